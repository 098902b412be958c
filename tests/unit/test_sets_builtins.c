/* test_sets_builtins.c — unit tests of set/frozenset (rt_set.c, rt_set_methods.c) and the builtins added with
 * them (rt_builtins_iter.c, rt_builtins_misc.c). Stage: tests (cmocka). Every expected text was printed by
 * CPython 3.11 for the same expression (noted next to each case). */
#include "test_values_util.h"

#include "rt_set.h"

/* builtin id applied to the literal arguments in args (a tuple literal); repr of the result or "!Exc: msg" */
static void call_case(PCtx *c, int id, const char *args, const char *want) {
    PV t = tv_lit(c, args);
    PV r = rt_call_builtin(c, id, ((RtTuple *)t)->items, (int)((RtTuple *)t)->n, PV_NULL);
    tv_check_repr(c, r, want);
    pv_decref(c, t);
}

/* method name of the builtin-made subject, as call_case */
static void meth_case(PCtx *c, PV self, const char *name, const char *args, const char *want) {
    PV t = tv_lit(c, args), n = rt_str_cstr(c, name);
    PV r = rt_call_method(c, self, n, ((RtTuple *)t)->items, (int)((RtTuple *)t)->n, PV_NULL);
    tv_check_repr(c, r, want);
    pv_decref(c, t);
    pv_decref(c, n);
}

static PV mkset(PCtx *c, const char *list, int frozen) {
    PV l = tv_lit(c, list);
    PV s = rt_set_from_iterable(c, l, frozen);
    pv_decref(c, l);
    assert_true(s != PV_NULL);
    return s;
}

static void test_set_basics(void **state) {
    PCtx *c = &((RtCtx *)*state)->pub;
    call_case(c, PITH_B_SET, "([3, 1, 2],)", "{1, 2, 3}");
    call_case(c, PITH_B_SET, "()", "set()");
    call_case(c, PITH_B_FROZENSET, "()", "frozenset()");
    call_case(c, PITH_B_FROZENSET, "([1, 2],)", "frozenset({1, 2})");
    /* CPython's table order: print(set([10, 100, 1000, 7, 33, 64, 8, 16])) */
    call_case(c, PITH_B_SET, "([10, 100, 1000, 7, 33, 64, 8, 16],)", "{64, 33, 100, 7, 1000, 8, 10, 16}");
    call_case(c, PITH_B_SET, "([[1]],)", "!TypeError: unhashable type: 'list'");
    call_case(c, PITH_B_SET, "(1,)", "!TypeError: 'int' object is not iterable");
    call_case(c, PITH_B_SET, "(1, 2)", "!TypeError: set expected at most 1 argument, got 2");
    /* hash(frozenset([1, 2, 3])), hash(frozenset()) */
    call_case(c, PITH_B_HASH, "(1,)", "1");
    PV f = mkset(c, "[1, 2, 3]", 1), e = mkset(c, "[]", 1);
    pu64 h;
    assert_int_equal(rt_hash(c, f, &h), 0);
    assert_true((pi64)h == -272375401224217160LL);
    assert_int_equal(rt_hash(c, e, &h), 0);
    assert_true((pi64)h == 133146708735736LL);
    pv_decref(c, f);
    pv_decref(c, e);
}

static void test_set_ops(void **state) {
    PCtx *c = &((RtCtx *)*state)->pub;
    PV a = mkset(c, "[1, 2, 3]", 0), b = mkset(c, "[2, 3, 4]", 0);
    tv_check_repr(c, rt_binop(c, PITH_OP_BITOR, a, b), "{1, 2, 3, 4}");
    tv_check_repr(c, rt_binop(c, PITH_OP_BITAND, a, b), "{2, 3}");
    tv_check_repr(c, rt_binop(c, PITH_OP_SUB, a, b), "{1}");
    tv_check_repr(c, rt_binop(c, PITH_OP_BITXOR, a, b), "{1, 4}");
    tv_check_repr(c, rt_compare(c, PITH_CMP_LE, a, b), "False");
    tv_check_repr(c, rt_compare(c, PITH_CMP_EQ, a, a), "True");
    PV l = tv_lit(c, "[1]");
    tv_check_repr(c, rt_binop(c, PITH_OP_BITOR, a, l),
                  "!TypeError: unsupported operand type(s) for |: 'set' and 'list'");
    tv_check_repr(c, rt_compare(c, PITH_CMP_LT, a, l),
                  "!TypeError: '<' not supported between instances of 'set' and 'list'");
    meth_case(c, a, "union", "([9], (4,))", "{1, 2, 3, 4, 9}");
    meth_case(c, a, "issuperset", "([1],)", "True");
    meth_case(c, a, "isdisjoint", "([7],)", "True");
    meth_case(c, a, "remove", "(7,)", "!KeyError: 7");
    meth_case(c, a, "add", "()", "!TypeError: set.add() takes exactly one argument (0 given)");
    PV fz = mkset(c, "[1, 2]", 1), s3 = mkset(c, "[3]", 0);
    tv_check_repr(c, rt_binop(c, PITH_OP_BITOR, fz, s3), "frozenset({1, 2, 3})");
    tv_check_repr(c, rt_binop(c, PITH_OP_BITOR, s3, fz), "{1, 2, 3}");
    PV empty = mkset(c, "[]", 0);
    meth_case(c, empty, "pop", "()", "!KeyError: 'pop from an empty set'");
    pv_decref(c, a);
    pv_decref(c, b);
    pv_decref(c, l);
    pv_decref(c, fz);
    pv_decref(c, s3);
    pv_decref(c, empty);
}

static void test_builtins(void **state) {
    PCtx *c = &((RtCtx *)*state)->pub;
    call_case(c, PITH_B_ROUND, "(2.5,)", "2");
    call_case(c, PITH_B_ROUND, "(2.675, 2)", "2.67");
    call_case(c, PITH_B_ROUND, "(1250, -2)", "1200");
    call_case(c, PITH_B_ROUND, "(1234.5, -2)", "1200.0");
    call_case(c, PITH_B_DIVMOD, "(7, -2)", "(-4, -1)");
    call_case(c, PITH_B_DIVMOD, "(1.0, 0)", "!ZeroDivisionError: float divmod()");
    call_case(c, PITH_B_POW, "(3, -1, 7)", "5");
    call_case(c, PITH_B_POW, "(3, 4, 0)", "!ValueError: pow() 3rd argument cannot be 0");
    call_case(c, PITH_B_HEX, "(255,)", "'0xff'");
    call_case(c, PITH_B_OCT, "(-8,)", "'-0o10'");
    call_case(c, PITH_B_BIN, "(5,)", "'0b101'");
    call_case(c, PITH_B_CHR, "(1114112,)", "!ValueError: chr() arg not in range(0x110000)");
    call_case(c, PITH_B_ORD, "('ab',)", "!TypeError: ord() expected a character, but string of length 2 found");
    call_case(c, PITH_B_BYTES, "([65, 66],)", "b'AB'");
    call_case(c, PITH_B_BYTES, "(3,)", "b'\\x00\\x00\\x00'");
    call_case(c, PITH_B_BYTES, "([256],)", "!ValueError: bytes must be in range(0, 256)");
    call_case(c, PITH_B_SORTED, "([3, 1, 2],)", "[1, 2, 3]");
    call_case(c, PITH_B_ANY, "([0, 1],)", "True");
    call_case(c, PITH_B_ALL, "([],)", "True");
    call_case(c, PITH_B_REVERSED, "(1,)", "!TypeError: 'int' object is not reversible");
    call_case(c, PITH_B_FILTER, "(None,)", "!TypeError: filter expected 2 arguments, got 1");
    call_case(c, PITH_B_MAP, "(None,)", "!TypeError: map() must have at least two arguments.");
    call_case(c, PITH_B_ZIP, "([1], 2)", "!TypeError: 'int' object is not iterable");
}

static void test_lazy_iterators(void **state) {
    PCtx *c = &((RtCtx *)*state)->pub;
    PV t = tv_lit(c, "('ab',)");
    PV e = rt_call_builtin(c, PITH_B_ENUMERATE, ((RtTuple *)t)->items, 1, PV_NULL);
    assert_true(e != PV_NULL);
    tv_check_repr(c, rt_seq_to_list(c, e), "[(0, 'a'), (1, 'b')]");
    pv_decref(c, e);
    pv_decref(c, t);
    t = tv_lit(c, "([1, 2, 3], 'ab')");
    PV z = rt_call_builtin(c, PITH_B_ZIP, ((RtTuple *)t)->items, 2, PV_NULL);
    tv_check_repr(c, rt_seq_to_list(c, z), "[(1, 'a'), (2, 'b')]");
    pv_decref(c, z);
    pv_decref(c, t);
    t = tv_lit(c, "([1, 2, 3],)");
    PV r = rt_call_builtin(c, PITH_B_REVERSED, ((RtTuple *)t)->items, 1, PV_NULL);
    assert_string_equal(rt_type_name(r), "list_reverseiterator");
    tv_check_repr(c, rt_seq_to_list(c, r), "[3, 2, 1]");
    pv_decref(c, r);
    pv_decref(c, t);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_set_basics, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_set_ops, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_builtins, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_lazy_iterators, tv_setup, tv_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
