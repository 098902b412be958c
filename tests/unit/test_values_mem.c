/* test_values_mem.c — cmocka tests of the allocator's accounting and the memory limit as the value model
 * uses them: exact mem_live, GMP limbs counted, sizes refused before allocating ('x' * n, 10 ** n, 1 << n),
 * deep structures freed without recursion, deep repr/== stopped by RecursionError, and the end-of-run sweep.
 * Stage: tests (runtime). */
#include "test_values_util.h"

/* Every byte comes back: mem_live returns to its starting value once all objects are released. */
static void test_accounting_exact(void **state) {
    RtCtx *x = *state;
    PCtx *c = &x->pub;
    size_t start = x->mem_live;
    uint64_t allocs = x->nallocs;
    PV l = rt_list_new(c, 0);
    for (int i = 0; i < 1000; i++) {
        PV s = rt_str_cstr(c, "some text é");
        PV f = rt_float_new(c, i * 0.5);
        PV big = rt_binop(c, PITH_OP_POW, PV_INT(7), PV_INT(100 + i));
        PV t = rt_tuple_from_steal(c, (PV[]){s, f, big}, 3);
        assert_int_equal(rt_list_append(c, l, t), 0);
        pv_decref(c, t);
    }
    PV d = rt_dict_new(c);
    for (int i = 0; i < 1000; i++) assert_int_equal(rt_dict_set(c, d, PV_INT(i), l), 0);
    PV r = rt_repr(c, l);
    assert_true(r != PV_NULL);
    assert_true(x->mem_live > start + 100000);
    assert_true(x->nallocs > allocs + 4000);
    pv_decref(c, r);
    pv_decref(c, d);
    pv_decref(c, l);
    assert_int_equal(x->mem_live, start);
    assert_true(x->mem_peak >= x->mem_live);
}

/* A big int's limbs count against the limit, and are given back when it dies. */
static void test_bigint_limbs_counted(void **state) {
    RtCtx *x = *state;
    PCtx *c = &x->pub;
    size_t before = x->mem_live;
    PV big = rt_binop(c, PITH_OP_LSHIFT, PV_INT(1), PV_INT(8 * 1000000)); /* 1 MB of limbs */
    assert_true(RT_IS(big, RT_T_BIGINT));
    assert_true(x->mem_live >= before + 1000000);
    pv_decref(c, big);
    assert_int_equal(x->mem_live, before);
}

/* The limit: predictable sizes fail before allocating, with MemoryError and the limit flag set. */
static void check_refused(PV (*make)(PCtx *), const char *what) {
    RtCtx *x = tv_ctx_new(16 << 20);
    PCtx *c = &x->pub;
    size_t before = x->mem_live;
    PV r = make(c);
    if (r != PV_NULL) fail_msg("%s was not refused", what);
    assert_int_equal(x->limit, RT_LIMIT_MEMORY);
    PV e = rt_exc_fetch(c);
    assert_string_equal(rt_exc_type_name(e), "MemoryError");
    pv_xdecref(c, e);
    assert_true(x->mem_live <= before + 4096); /* nothing big was allocated */
    tv_ctx_free(x);
}

static PV make_str_repeat(PCtx *c) {
    PV s = rt_str_cstr(c, "xy");
    PV r = rt_binop(c, PITH_OP_MUL, s, rt_int_from_i64(c, 1000000000000LL));
    pv_decref(c, s);
    return r;
}
static PV make_list_repeat(PCtx *c) {
    PV l = tv_lit(c, "[0]");
    PV r = rt_binop(c, PITH_OP_MUL, l, rt_int_from_i64(c, 100000000LL));
    pv_decref(c, l);
    return r;
}
static PV make_pow(PCtx *c) {
    PV n = rt_binop(c, PITH_OP_POW, PV_INT(10), PV_INT(10)); /* 10 ** 10 ** 10 */
    PV r = rt_binop(c, PITH_OP_POW, PV_INT(10), n);
    pv_decref(c, n);
    return r;
}
static PV make_huge_pow(PCtx *c) {
    PV n = rt_binop(c, PITH_OP_POW, PV_INT(10), PV_INT(30));
    PV r = rt_binop(c, PITH_OP_POW, PV_INT(3), n);
    pv_decref(c, n);
    return r;
}
static PV make_shift(PCtx *c) { return rt_binop(c, PITH_OP_LSHIFT, PV_INT(1), rt_int_from_i64(c, 1000000000000LL)); }
static PV make_replace(PCtx *c) {
    PV s = rt_binop(c, PITH_OP_MUL, tv_lit(c, "'a'"), PV_INT(1000000));
    PV old = rt_str_cstr(c, "a"), new = rt_str_cstr(c, "0123456789012345678901234567890123456789");
    PV name = rt_str_cstr(c, "replace");
    PV args[2] = {old, new};
    PV r = rt_call_method(c, s, name, args, 2, PV_NULL);
    pv_decref(c, s);
    pv_decref(c, old);
    pv_decref(c, new);
    pv_decref(c, name);
    return r;
}
static PV make_list_imul(PCtx *c) {
    PV l = tv_lit(c, "[1, 2]");
    PV r = rt_inplace(c, PITH_OP_MUL, l, rt_int_from_i64(c, 1LL << 40));
    pv_decref(c, l);
    return r;
}

static void test_sizes_refused(void **state) {
    check_refused(make_str_repeat, "'xy' * 10**12");
    check_refused(make_list_repeat, "[0] * 10**8");
    check_refused(make_pow, "10 ** 10 ** 10");
    check_refused(make_huge_pow, "3 ** 10 ** 30");
    check_refused(make_shift, "1 << 10**12");
    check_refused(make_replace, "str.replace growing past the limit");
    check_refused(make_list_imul, "lst *= 2**40");
}

/* Growing one list past the limit fails cleanly; the list stays valid and frees completely. */
static void test_growth_hits_limit(void **state) {
    RtCtx *x = tv_ctx_new(1 << 20);
    PCtx *c = &x->pub;
    size_t start = x->mem_live;
    PV l = rt_list_new(c, 0);
    int rc = 0;
    pi64 n = 0;
    while ((rc = rt_list_append(c, l, PV_INT(n))) == 0) n++;
    assert_true(n > 1000);
    assert_int_equal(x->limit, RT_LIMIT_MEMORY);
    assert_int_equal(rt_len(c, l), n);
    pv_xdecref(c, rt_exc_fetch(c));
    pv_decref(c, l);
    assert_int_equal(x->mem_live, start);
    tv_ctx_free(x);
}

/* A million nested lists free iteratively (no C stack growth), and repr/== of deep nesting raise
 * RecursionError instead of overflowing the C stack. */
static void test_deep_nesting(void **state) {
    RtCtx *x = tv_ctx_new((size_t)512 << 20);
    PCtx *c = &x->pub;
    size_t start = x->mem_live;
    PV l = rt_list_new(c, 0);
    for (int i = 0; i < 1000000; i++) {
        PV outer = rt_list_new(c, 1);
        assert_int_equal(rt_list_append(c, outer, l), 0);
        pv_decref(c, l);
        l = outer;
    }
    tv_check_repr(c, rt_repr(c, l),
                  "!RecursionError: maximum recursion depth exceeded while getting the repr of an object");
    PV m = rt_compare(c, PITH_CMP_EQ, l, l); /* identical: no walk needed */
    assert_true(m == PV_TRUE);
    PV other = rt_list_new(c, 0);
    for (int i = 0; i < 5000; i++) {
        PV outer = rt_list_new(c, 1);
        assert_int_equal(rt_list_append(c, outer, other), 0);
        pv_decref(c, other);
        other = outer;
    }
    tv_check_repr(c, rt_compare(c, PITH_CMP_EQ, l, other),
                  "!RecursionError: maximum recursion depth exceeded in comparison");
    assert_int_equal(c->depth, 0);
    pv_decref(c, other);
    pv_decref(c, l);
    assert_int_equal(x->mem_live, start);
    tv_ctx_free(x);
}

/* The end-of-run sweep frees what reference counting cannot (cycles, leaks, big ints' limbs). */
static void test_release_all(void **state) {
    RtCtx *x = tv_ctx_new(64 << 20);
    PCtx *c = &x->pub;
    PV a = rt_list_new(c, 0), b = rt_dict_new(c), k = rt_str_cstr(c, "k");
    assert_int_equal(rt_list_append(c, a, b), 0);
    assert_int_equal(rt_dict_set(c, b, k, a), 0); /* a cycle */
    PV big = rt_binop(c, PITH_OP_POW, PV_INT(3), PV_INT(100000));
    assert_int_equal(rt_list_append(c, a, big), 0);
    pv_decref(c, big);
    pv_decref(c, k);
    pv_decref(c, a);
    pv_decref(c, b);
    assert_true(x->mem_live > 10000); /* the cycle keeps it all alive */
    rt_ctx_release_all(x);
    assert_int_equal(x->mem_live, 0);
    assert_true(x->blocks.next == &x->blocks);
    free(x);
}

/* Blocks keep their bytes as they grow and shrink across size classes and between the pool and malloc
 * (rt_pool.c), every allocation counts once (a resize is not one), and the count returns to its start. */
static void test_blocks_across_classes(void **state) {
    RtCtx *x = *state;
    PCtx *c = &x->pub;
    size_t start = x->mem_live;
    uint64_t allocs = x->nallocs;
    static const size_t sizes[] = {0, 1, 15, 16, 17, 100, 511, 512, 513, 4000, 300, 40, 2};
    unsigned char *p = rt_alloc(c, 1);
    assert_non_null(p);
    p[0] = 7;
    size_t n = 1;
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        size_t m = sizes[i];
        p = rt_realloc(c, p, n, m);
        assert_true(p != NULL || m == 0);
        if (n && m) assert_int_equal(p[0], 7);
        for (size_t j = 1; j < m; j++) p[j] = (unsigned char)j;
        if (m) p[0] = 7;
        n = m;
        assert_int_equal(x->mem_live, start + n + 48);
    }
    for (size_t j = 1; j < n; j++) assert_int_equal(p[j], (unsigned char)j);
    rt_free(c, p, n);
    assert_int_equal(x->mem_live, start);
    assert_int_equal(x->nallocs, allocs + 1);
    /* a freed block is reused by its class, and the next one of the class is a different block */
    void *a = rt_alloc(c, 24), *b = rt_alloc(c, 24);
    assert_true(a != b);
    rt_free(c, a, 24);
    void *a2 = rt_alloc(c, 30);
    assert_ptr_equal(a, a2);
    rt_free(c, a2, 30);
    rt_free(c, b, 24);
    assert_int_equal(x->mem_live, start);
}

/* The end-of-run sweep gives big ints' limbs back from pooled blocks too, and a swept pool works again. */
static void test_release_all_pool_reuse(void **state) {
    (void)state;
    RtCtx *x = tv_ctx_new(64 << 20);
    PCtx *c = &x->pub;
    PV keep = rt_list_new(c, 0);
    for (int i = 0; i < 20000; i++) { /* more than one chunk */
        PV big = rt_binop(c, PITH_OP_POW, PV_INT(3), PV_INT(100 + i % 50));
        assert_int_equal(rt_list_append(c, keep, big), 0);
        pv_decref(c, big);
    }
    rt_ctx_release_all(x);
    assert_int_equal(x->mem_live, 0);
    assert_null(x->pool.chunks);
    PV s = rt_str_cstr(c, "after the sweep");
    assert_true(s != PV_NULL);
    rt_ctx_release_all(x);
    free(x);
}

/* "" and one-ASCII-character strs are one object each per execution (rt_str_small), outside the counts:
 * making them changes neither limit's count; other strs are made anew. */
static void test_small_strs_shared(void **state) {
    RtCtx *x = *state;
    PCtx *c = &x->pub;
    size_t start = x->mem_live;
    uint64_t allocs = x->nallocs;
    PV a = rt_str_new(c, "abc", 1), b = rt_str_cstr(c, "a"), e = rt_str_new(c, "", 0), e2 = rt_str_cstr(c, "");
    PV u = rt_str_cstr(c, "\xc3\xa9"), u2 = rt_str_cstr(c, "\xc3\xa9");
    assert_ptr_equal(a, b);
    assert_ptr_equal(e, e2);
    assert_true(a != e && u != u2);
    assert_int_equal(x->nallocs, allocs + 2);
    PV k = rt_str_const(c, "a", 1); /* a program's constant is its own object, as in CPython */
    assert_true(k != a);
    tv_check_repr(c, rt_str_cstr(c, "a"), "'a'");
    PV vals[] = {a, b, e, e2, u, u2, k};
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) pv_decref(c, vals[i]);
    assert_int_equal(x->mem_live, start);
    assert_ptr_equal(rt_str_cstr(c, "a"), a); /* still alive: the context holds it */
    pv_decref(c, a);
}

/* A comparison failing during sort leaves every item in the list (nothing lost or duplicated). */
static void test_sort_error_keeps_items(void **state) {
    RtCtx *x = *state;
    PCtx *c = &x->pub;
    PV l = rt_list_new(c, 0);
    for (int i = 0; i < 200; i++) {
        PV v = i == 150 ? rt_str_cstr(c, "x") : PV_INT((i * 37) % 101);
        assert_int_equal(rt_list_append(c, l, v), 0);
        pv_decref(c, v);
    }
    assert_true(rt_list_sort(c, l, PV_NULL, 0) == PV_NULL);
    tv_check_exc(c, "!TypeError: '<' not supported between instances of 'str' and 'int'");
    assert_int_equal(rt_len(c, l), 200);
    int seen[101] = {0}, strs = 0;
    for (pi64 i = 0; i < 200; i++) {
        PV v = ((RtList *)l)->items[i];
        if (PV_IS_INT(v))
            seen[PV_IVAL(v)]++;
        else
            strs++;
    }
    assert_int_equal(strs, 1);
    for (int i = 0; i < 200; i++)
        if (i != 150) seen[(i * 37) % 101]--;
    for (int i = 0; i < 101; i++) assert_int_equal(seen[i], 0);
    pv_decref(c, l);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_accounting_exact, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_bigint_limbs_counted, tv_setup, tv_teardown),
        cmocka_unit_test(test_sizes_refused),
        cmocka_unit_test(test_growth_hits_limit),
        cmocka_unit_test(test_deep_nesting),
        cmocka_unit_test(test_release_all),
        cmocka_unit_test_setup_teardown(test_blocks_across_classes, tv_setup, tv_teardown),
        cmocka_unit_test(test_release_all_pool_reuse),
        cmocka_unit_test_setup_teardown(test_small_strs_shared, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_sort_error_keeps_items, tv_setup, tv_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
