/* test_values.c — cmocka tests of the value model against CPython 3.11: thousands of table-driven cases
 * (expected results produced by CPython itself, see test_values_gen.py) plus targeted tests of what a table
 * cannot show: small-int fast paths and promotion, int parsing, float repr round trips, hashing rules.
 * Stage: tests (runtime). More value tests: test_values_mem.c (allocator, limits, containers' internals). */
#include "test_values_util.h"

#include "test_values_cases.h"

#define RUN_TABLE(name)                                                                                             \
    static void test_cases_##name(void **state) {                                                                   \
        tv_run_cases(&((RtCtx *)*state)->pub, tv_cases_##name, sizeof tv_cases_##name / sizeof tv_cases_##name[0]); \
    }
RUN_TABLE(numeric)
RUN_TABLE(float_repr)
RUN_TABLE(str)
RUN_TABLE(bytes)
RUN_TABLE(seq)
RUN_TABLE(dict)
RUN_TABLE(range)
RUN_TABLE(format)

/* The inline fast paths of pith_abi.h at the 63-bit boundaries, and their promotion through rt_binop. */
static void test_small_int_fast_paths(void **state) {
    PCtx *c = &((RtCtx *)*state)->pub;
    PV max = PV_INT(PV_SMALL_MAX), min = PV_INT(PV_SMALL_MIN), one = PV_INT(1);
    tv_check_repr(c, pv_add(c, max, one), "4611686018427387904");
    tv_check_repr(c, pv_sub(c, min, one), "-4611686018427387905");
    tv_check_repr(c, pv_add(c, max, PV_INT(-1)), "4611686018427387902");
    tv_check_repr(c, pv_mul(c, max, PV_INT(2)), "9223372036854775806");
    tv_check_repr(c, pv_mul(c, PV_INT(3037000499), PV_INT(3037000499)), "9223372030926249001");
    tv_check_repr(c, pv_mul(c, PV_INT(-2147483648), PV_INT(2147483648)), "-4611686018427387904");
    tv_check_repr(c, pv_floordiv(c, min, PV_INT(-1)), "4611686018427387904");
    tv_check_repr(c, pv_floordiv(c, PV_INT(-7), PV_INT(2)), "-4");
    tv_check_repr(c, pv_mod(c, PV_INT(-7), PV_INT(2)), "1");
    tv_check_repr(c, pv_mod(c, PV_INT(7), PV_INT(-2)), "-1");
    tv_check_repr(c, pv_mod(c, min, PV_INT(-1)), "0");
    tv_check_repr(c, pv_floordiv(c, one, PV_INT(0)), "!ZeroDivisionError: integer division or modulo by zero");
    tv_check_repr(c, pv_mod(c, one, PV_INT(0)), "!ZeroDivisionError: integer modulo by zero");
    /* a promoted value comes back to the small range when it fits again */
    PV big = pv_add(c, max, one);
    PV back = pv_sub(c, big, one);
    assert_true(PV_IS_INT(back));
    assert_int_equal(PV_IVAL(back), PV_SMALL_MAX);
    assert_int_equal(pv_cmp_lt(c, max, big), 1);
    assert_int_equal(pv_cmp_gt(c, min, big), 0);
    assert_int_equal(pv_cmp_eq(c, big, big), 1);
    assert_int_equal(pv_truth(c, big), 1);
    pv_decref(c, big);
    /* rt_int_from_i64 boxes exactly outside the small range */
    PV a = rt_int_from_i64(c, PV_SMALL_MAX), b = rt_int_from_i64(c, PV_SMALL_MAX + 1);
    assert_true(PV_IS_INT(a));
    assert_true(RT_IS(b, RT_T_BIGINT));
    tv_check_repr(c, b, "4611686018427387904");
    tv_check_repr(c, rt_int_from_i64(c, INT64_MIN), "-9223372036854775808");
}

static void test_int_from_text(void **state) {
    PCtx *c = &((RtCtx *)*state)->pub;
    tv_check_repr(c, rt_int_from_text(c, "123456789012345678901234567890", 10), "123456789012345678901234567890");
    tv_check_repr(c, rt_int_from_text(c, "-0x_ff", 16), "-255");
    tv_check_repr(c, rt_int_from_text(c, "0o17", 0), "15");
    tv_check_repr(c, rt_int_from_text(c, "0b1010", 2), "10");
    tv_check_repr(c, rt_int_from_text(c, "  1_000  ", 10), "1000");
    tv_check_repr(c, rt_int_from_text(c, "zz", 36), "1295");
    tv_check_repr(c, rt_int_from_text(c, "000", 0), "0");
    tv_check_repr(c, rt_int_from_text(c, "010", 0), "!ValueError: invalid literal for int() with base 0: '010'");
    tv_check_repr(c, rt_int_from_text(c, "1__0", 10), "!ValueError: invalid literal for int() with base 10: '1__0'");
    tv_check_repr(c, rt_int_from_text(c, "12a", 10), "!ValueError: invalid literal for int() with base 10: '12a'");
    tv_check_repr(c, rt_int_from_text(c, "", 10), "!ValueError: invalid literal for int() with base 10: ''");
    tv_check_repr(c, rt_int_from_text(c, "0x", 16), "!ValueError: invalid literal for int() with base 16: '0x'");
    tv_check_repr(c, rt_int_from_text(c, "1", 37), "!ValueError: int() base must be >= 2 and <= 36, or 0");
    char digits[5002];
    memset(digits, '7', 5000);
    digits[5000] = 0;
    tv_check_repr(c, rt_int_from_text(c, digits, 10),
                  "!ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; "
                  "use sys.set_int_max_str_digits() to increase the limit");
    digits[4300] = 0; /* exactly at the limit: fine, and it prints back */
    PV v = rt_int_from_text(c, digits, 10);
    PV r = rt_repr(c, v);
    assert_int_equal(rt_strp(r)->nbytes, 4300);
    pv_decref(c, r);
    PV big = rt_binop(c, PITH_OP_MUL, v, PV_INT(10)); /* 4301 digits: str() refuses */
    tv_check_repr(c, rt_repr(c, big),
                  "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
                  "use sys.set_int_max_str_digits() to increase the limit");
    pv_decref(c, big);
    pv_decref(c, v);
}

/* hash(1) == hash(1.0) == hash(True), -1 is never a hash, equal strs hash equal, and the three are one key. */
static void test_hash_rules(void **state) {
    PCtx *c = &((RtCtx *)*state)->pub;
    pu64 h1, h2, h3;
    PV f = rt_float_new(c, 1.0);
    assert_int_equal(rt_hash(c, PV_INT(1), &h1), 0);
    assert_int_equal(rt_hash(c, f, &h2), 0);
    assert_int_equal(rt_hash(c, PV_TRUE, &h3), 0);
    assert_true(h1 == h2 && h2 == h3);
    assert_int_equal(rt_hash(c, PV_INT(-1), &h1), 0);
    assert_int_equal((pi64)h1, -2);
    PV s1 = rt_str_cstr(c, "héllo"), s2 = rt_str_from_parts(c, "hé", 3, "llo", 3);
    assert_int_equal(rt_hash(c, s1, &h1), 0);
    assert_int_equal(rt_hash(c, s2, &h2), 0);
    assert_true(h1 == h2);
    assert_true((pi64)h1 != -1);
    PV d = rt_dict_new(c);
    assert_int_equal(rt_dict_set(c, d, PV_INT(1), s1), 0);
    assert_int_equal(rt_dict_set(c, d, f, s2), 0);
    assert_int_equal(rt_dict_set(c, d, PV_TRUE, PV_NONE), 0);
    tv_check_repr(c, d, "{1: None}");
    pv_decref(c, f);
    pv_decref(c, s1);
    pv_decref(c, s2);
}

/* str indexing and slicing count code points, also across 2-, 3- and 4-byte characters. */
static void test_str_unicode_addressing(void **state) {
    PCtx *c = &((RtCtx *)*state)->pub;
    PV s = rt_str_cstr(c, "aé日😀b");
    assert_int_equal(rt_len(c, s), 5);
    assert_int_equal(rt_strp(s)->nbytes, 1 + 2 + 3 + 4 + 1);
    assert_false(RT_OBJ(s)->flags & RT_STR_ASCII);
    const char *want[] = {"'a'", "'é'", "'日'", "'😀'", "'b'"};
    for (int i = 0; i < 5; i++) {
        tv_check_repr(c, rt_getitem(c, s, PV_INT(i)), want[i]);
        tv_check_repr(c, rt_getitem(c, s, PV_INT(i - 5)), want[i]);
    }
    PV sl = tv_lit(c, "slice(None, None, -2)");
    tv_check_repr(c, rt_getitem(c, s, sl), "'b日a'");
    pv_decref(c, sl);
    sl = tv_lit(c, "slice(1, 4)");
    PV sub = rt_getitem(c, s, sl);
    assert_int_equal(rt_len(c, sub), 3);
    tv_check_repr(c, sub, "'é日😀'");
    pv_decref(c, sl);
    PV it = rt_iter(c, s), x;
    int n = 0;
    while (rt_next(c, it, &x) == 1) {
        tv_check_repr(c, x, want[n]);
        n++;
    }
    assert_int_equal(n, 5);
    pv_decref(c, it);
    pv_decref(c, s);
    /* a long non-ASCII str gets a code point index: every position still maps right, and its memory is
     * given back with the str */
    size_t live = ((RtCtx *)*state)->mem_live;
    static const char *const pieces[] = {"a", "é", "日", "😀"};
    char buf[4 * 3000];
    size_t nb = 0;
    for (int i = 0; i < 3000; i++) {
        const char *p = pieces[(i * 7 + i / 5) % 4];
        memcpy(buf + nb, p, strlen(p));
        nb += strlen(p);
    }
    PV big = rt_str_new(c, buf, (pi64)nb);
    for (int i = 2999; i >= 0; i -= 1) {
        PV ch = rt_getitem(c, big, PV_INT(i));
        const char *p = pieces[(i * 7 + i / 5) % 4];
        assert_int_equal(rt_strp(ch)->nbytes, strlen(p));
        assert_memory_equal(rt_strp(ch)->data, p, strlen(p));
        pv_decref(c, ch);
    }
    pv_decref(c, big);
    assert_int_equal(((RtCtx *)*state)->mem_live, live);
}

/* list.sort with key= (called through rt_call_value) and a key that fails half way. */
static void test_sort_key(void **state) {
    PCtx *c = &((RtCtx *)*state)->pub;
    PV l = tv_lit(c, "['ccc', 'a', 'bb', 'dd', '']");
    PV key = rt_builtin(c, PITH_B_LEN);
    assert_true(key != PV_NULL);
    assert_true(rt_list_sort(c, l, key, 0) == PV_NONE);
    tv_check_repr(c, rt_repr(c, l), "\"['', 'a', 'bb', 'dd', 'ccc']\"");
    assert_true(rt_list_sort(c, l, key, 1) == PV_NONE);
    tv_check_repr(c, rt_repr(c, l), "\"['ccc', 'bb', 'dd', 'a', '']\"");
    pv_decref(c, l);
    l = tv_lit(c, "['ab', 3, 'c']"); /* len(3) raises: the list keeps all its items */
    assert_true(rt_list_sort(c, l, key, 0) == PV_NULL);
    tv_check_exc(c, "!TypeError: object of type 'int' has no len()");
    tv_check_repr(c, rt_repr(c, l), "\"['ab', 3, 'c']\"");
    pv_decref(c, l);
    pv_decref(c, key);
}

/* Method values: x = lst.append; x(3); attribute errors worded as CPython. */
static void test_method_values(void **state) {
    PCtx *c = &((RtCtx *)*state)->pub;
    PV l = tv_lit(c, "[1]"), name = rt_str_cstr(c, "append"), three = PV_INT(3);
    PV m = rt_getattr(c, l, name);
    assert_true(RT_IS(m, RT_T_METHOD));
    tv_check_repr(c, rt_method_call(c, m, &three, 1, PV_NULL), "None");
    tv_check_repr(c, rt_call_value(c, m, &three, 1, PV_NULL), "None");
    tv_check_repr(c, rt_repr(c, l), "'[1, 3, 3]'");
    assert_int_equal(rt_setattr(c, l, name, PV_NONE), -1);
    tv_check_exc(c, "!AttributeError: 'list' object attribute 'append' is read-only");
    PV foo = rt_str_cstr(c, "foo");
    assert_int_equal(rt_setattr(c, PV_INT(1), foo, PV_NONE), -1);
    tv_check_exc(c, "!AttributeError: 'int' object has no attribute 'foo'");
    tv_check_repr(c, rt_getattr(c, m, foo),
                  "!AttributeError: 'builtin_function_or_method' object has no attribute 'foo'");
    PV real = rt_str_cstr(c, "real");
    assert_int_equal(rt_setattr(c, PV_INT(1), real, PV_NONE), -1);
    tv_check_exc(c, "!AttributeError: attribute 'real' of 'int' objects is not writable");
    pv_decref(c, real);
    pv_decref(c, foo);
    pv_decref(c, m);
    pv_decref(c, name);
    pv_decref(c, l);
}

/* Methods taken from the class: str.lower(x), dict.fromkeys(keys), and their errors. */
static void test_unbound_methods(void **state) {
    PCtx *c = &((RtCtx *)*state)->pub;
    PV str_cls = rt_builtin(c, PITH_B_STR), dict_cls = rt_builtin(c, PITH_B_DICT);
    PV lower = rt_str_cstr(c, "lower"), fromkeys = rt_str_cstr(c, "fromkeys");
    PV m = rt_getattr(c, str_cls, lower);
    tv_check_repr(c, rt_repr(c, m), "\"<method 'lower' of 'str' objects>\"");
    PV arg = rt_str_cstr(c, "AbC");
    tv_check_repr(c, rt_call_value(c, m, &arg, 1, PV_NULL), "'abc'");
    PV one = PV_INT(1);
    tv_check_repr(c, rt_call_value(c, m, &one, 1, PV_NULL),
                  "!TypeError: descriptor 'lower' for 'str' objects doesn't apply to a 'int' object");
    tv_check_repr(c, rt_call_value(c, m, NULL, 0, PV_NULL), "!TypeError: unbound method str.lower() needs an argument");
    PV keys = tv_lit(c, "'ab'");
    PV args[2] = {keys, PV_INT(0)};
    tv_check_repr(c, rt_call_method(c, dict_cls, fromkeys, args, 2, PV_NULL), "{'a': 0, 'b': 0}");
    tv_check_repr(c, rt_getattr(c, str_cls, fromkeys),
                  "!AttributeError: type object 'str' has no attribute 'fromkeys'");
    pv_decref(c, keys);
    pv_decref(c, arg);
    pv_decref(c, m);
    pv_decref(c, lower);
    pv_decref(c, fromkeys);
    pv_decref(c, str_cls);
    pv_decref(c, dict_cls);
}

/* Self-referencing containers print [...] / {...}. */
static void test_recursive_repr(void **state) {
    PCtx *c = &((RtCtx *)*state)->pub;
    PV l = tv_lit(c, "[1]"), d = rt_dict_new(c), k = rt_str_cstr(c, "self");
    assert_int_equal(rt_list_append(c, l, l), 0);
    tv_check_repr(c, rt_repr(c, l), "'[1, [...]]'");
    assert_int_equal(rt_dict_set(c, d, k, d), 0);
    assert_int_equal(rt_list_append(c, l, d), 0);
    tv_check_repr(c, rt_repr(c, l), "\"[1, [...], {'self': {...}}]\"");
    tv_check_repr(c, rt_repr(c, d), "\"{'self': {...}}\"");
    /* break the cycles so the refcounts free everything */
    assert_int_equal(rt_dict_del(c, d, k), 1);
    PV m = rt_str_cstr(c, "clear");
    tv_check_repr(c, rt_call_method(c, l, m, NULL, 0, PV_NULL), "None");
    pv_decref(c, m);
    pv_decref(c, k);
    pv_decref(c, d);
    pv_decref(c, l);
}

/* Dict iteration notices a size change; list iterators see appends until exhausted. */
static void test_iteration_rules(void **state) {
    PCtx *c = &((RtCtx *)*state)->pub;
    PV d = tv_lit(c, "{1: 1, 2: 2}"), it = rt_iter(c, d), x;
    assert_int_equal(rt_next(c, it, &x), 1);
    pv_decref(c, x);
    assert_int_equal(rt_dict_set(c, d, PV_INT(3), PV_INT(3)), 0);
    assert_int_equal(rt_next(c, it, &x), -1);
    tv_check_exc(c, "!RuntimeError: dictionary changed size during iteration");
    pv_decref(c, it);
    PV l = tv_lit(c, "[1]");
    it = rt_iter(c, l);
    assert_int_equal(rt_next(c, it, &x), 1);
    pv_decref(c, x);
    assert_int_equal(rt_list_append(c, l, PV_INT(2)), 0);
    assert_int_equal(rt_next(c, it, &x), 1);
    tv_check_repr(c, x, "2");
    assert_int_equal(rt_next(c, it, &x), 0);
    assert_int_equal(rt_list_append(c, l, PV_INT(3)), 0);
    assert_int_equal(rt_next(c, it, &x), 0); /* exhausted iterators stay exhausted */
    pv_decref(c, it);
    tv_check_repr(c, rt_next(c, l, &x) < 0 ? PV_NULL : PV_NONE, "!TypeError: 'list' object is not an iterator");
    tv_check_repr(c, rt_iter(c, PV_INT(1)), "!TypeError: 'int' object is not iterable");
    pv_decref(c, l);
    pv_decref(c, d);
}

/* The dict keeps insertion order through deletions, re-insertions and many resizes. */
static void test_dict_growth_and_order(void **state) {
    PCtx *c = &((RtCtx *)*state)->pub;
    PV d = rt_dict_new(c);
    for (int i = 0; i < 5000; i++) assert_int_equal(rt_dict_set(c, d, PV_INT(i * 7), PV_INT(i)), 0);
    for (int i = 0; i < 5000; i += 2) assert_int_equal(rt_dict_del(c, d, PV_INT(i * 7)), 1);
    assert_int_equal(rt_len(c, d), 2500);
    for (int i = 0; i < 5000; i += 4) assert_int_equal(rt_dict_set(c, d, PV_INT(i * 7), PV_INT(-i)), 0);
    assert_int_equal(rt_len(c, d), 3750);
    pi64 pos = 0, n = 0, prev_odd = -1;
    PV k, v;
    int seen_even = 0;
    while (rt_dict_next_entry((RtDict *)d, &pos, &k, &v)) {
        pi64 i = PV_IVAL(k) / 7;
        if (i % 2) {
            assert_false(seen_even);
            assert_true(i > prev_odd);
            prev_odd = i;
        } /* survivors first, in order */
        else {
            seen_even = 1;
            assert_int_equal(PV_IVAL(v), -i);
        }
        n++;
    }
    assert_int_equal(n, 3750);
    for (int i = 1; i < 5000; i += 2) {
        PV got = rt_dict_get(c, d, PV_INT(i * 7));
        assert_true(got == PV_INT(i));
    }
    assert_true(rt_dict_get(c, d, PV_INT(2 * 7)) == PV_NULL);
    assert_false(rt_exc_pending(c));
    pv_decref(c, d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_cases_numeric, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_cases_float_repr, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_cases_str, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_cases_bytes, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_cases_seq, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_cases_dict, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_cases_range, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_cases_format, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_small_int_fast_paths, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_int_from_text, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_hash_rules, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_str_unicode_addressing, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_sort_key, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_method_values, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_unbound_methods, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_recursive_repr, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_iteration_rules, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_dict_growth_and_order, tv_setup, tv_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
