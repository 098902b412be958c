/* test_gc.c — cmocka tests of the cycle collector (runtime/core/rt_gc.c) and of the traverse it shares
 * with rt_dealloc, observed through the allocator's live-byte count: cycles of lists, dicts, closures and
 * exceptions are freed and give back every byte; what is reachable from outside stays intact; a collection
 * runs on allocation pressure and before the memory limit is declared, and spends fuel; long chains free
 * without recursion.
 * Stage: tests (runtime). */
#include "test_values_util.h"

/* A function descriptor for closures made by hand (no code: never called). */
static const PFuncDesc closure_fn = {.name = "f", .qualname = "f", .nfrees = 1, .id = 0};

/* a = []; b = [a]; a.append(b); both dropped: the pair is garbage only the collector frees. */
static void make_list_pair(PCtx *c) {
    PV a = rt_list_new(c, 0), b = rt_list_new(c, 0);
    assert_int_equal(rt_list_append(c, b, a), 0);
    assert_int_equal(rt_list_append(c, a, b), 0);
    pv_decref(c, a);
    pv_decref(c, b);
}

/* def f(): return f  — function -> closure tuple -> cell -> function. */
static void make_closure_cycle(PCtx *c) {
    PV cell = rt_cell_new(c, PV_NULL);
    PV cl = rt_tuple_from_steal(c, (PV[]){cell}, 1);
    PV f = rt_func_new(c, &closure_fn, PV_NULL, PV_NULL, cl);
    assert_true(f != PV_NULL);
    pv_incref(f);
    ((PCellObj *)cell)->v = f;
    pv_decref(c, f);
}

/* d = {'self': d, 'e': ValueError([d])} */
static void make_dict_exc_cycle(PCtx *c) {
    PV d = rt_dict_new(c), k = rt_str_cstr(c, "self"), ke = rt_str_cstr(c, "e");
    assert_int_equal(rt_dict_set(c, d, k, d), 0);
    PV inner = rt_list_new(c, 0);
    assert_int_equal(rt_list_append(c, inner, d), 0);
    pv_incref(inner);
    PV e = rt_exc_new(c, PITH_B_VALUEERROR, rt_tuple_from_steal(c, (PV[]){inner}, 1));
    assert_int_equal(rt_dict_set(c, d, ke, e), 0);
    pv_decref(c, e);
    pv_decref(c, inner);
    pv_decref(c, k);
    pv_decref(c, ke);
    pv_decref(c, d);
}

static void test_cycles_freed_exactly(void **state) {
    RtCtx *x = *state;
    PCtx *c = &x->pub;
    size_t start = x->mem_live;
    uint64_t runs = x->gc_runs;
    for (int i = 0; i < 100; i++) {
        make_list_pair(c);
        make_closure_cycle(c);
        make_dict_exc_cycle(c);
    }
    assert_int_equal(x->gc_runs, runs); /* below the threshold: nothing ran yet */
    assert_true(x->mem_live > start + 100 * 500);
    /* 2 lists + (cell, tuple, function) + (dict, list, tuple, exception) per round */
    assert_int_equal(rt_gc_collect(c), 100 * (2 + 3 + 4));
    assert_int_equal(x->mem_live, start);
    assert_int_equal(rt_gc_collect(c), 0);
}

/* A cycle referenced from outside (here: a C local) is kept whole, and so is all it references. */
static void test_reachable_kept(void **state) {
    RtCtx *x = *state;
    PCtx *c = &x->pub;
    size_t start = x->mem_live;
    PV a = tv_lit(c, "[1, 'two', (3,)]"), b = rt_list_new(c, 0);
    assert_int_equal(rt_list_append(c, a, b), 0);
    assert_int_equal(rt_list_append(c, b, a), 0);
    pv_decref(c, b); /* b lives through a only */
    make_list_pair(c);
    size_t before = x->mem_live;
    assert_int_equal(rt_gc_collect(c), 2); /* only the unreferenced pair */
    assert_true(x->mem_live < before);
    tv_check_repr(c, a, "[1, 'two', (3,), [[...]]]"); /* drops a */
    assert_true(x->mem_live > start);                 /* a and b still form a cycle */
    assert_int_equal(rt_gc_collect(c), 3);
    assert_int_equal(x->mem_live, start);
}

/* Allocation pressure: a long loop of cycles in a 2 MiB heap never fails, the collector runs many times. */
static void test_collects_on_pressure(void **state) {
    (void)state;
    RtCtx *x = tv_ctx_new(2 << 20);
    PCtx *c = &x->pub;
    for (int i = 0; i < 200000; i++) {
        make_list_pair(c);
        assert_false(rt_exc_pending(c));
    }
    assert_true(x->gc_runs >= 10);
    assert_true(x->mem_peak <= (size_t)2 << 20);
    tv_ctx_free(x);
}

/* At the limit, garbage is collected before MemoryError: with the threshold out of the way, filling the
 * heap with cycles still never fails, and a real overflow still does. */
static void test_collects_before_limit(void **state) {
    (void)state;
    RtCtx *x = tv_ctx_new(1 << 20);
    PCtx *c = &x->pub;
    x->gc_threshold = SIZE_MAX; /* only the limit can trigger it */
    for (int i = 0; i < 50000; i++) make_list_pair(c);
    assert_false(rt_exc_pending(c));
    assert_true(x->gc_runs >= 1);
    PV keep = rt_list_new(c, 0);
    while (rt_list_append(c, keep, PV_INT(1)) == 0) {}
    assert_int_equal(x->limit, RT_LIMIT_MEMORY);
    pv_xdecref(c, rt_exc_fetch(c));
    pv_decref(c, keep);
    tv_ctx_free(x);
}

/* A collection spends fuel in proportion to the tracked objects it examined, so the next fuel check reads
 * the clock: a collection cannot stretch the time limit. */
static void test_work_charged_to_fuel(void **state) {
    RtCtx *x = *state;
    PCtx *c = &x->pub;
    PV keep = rt_list_new(c, 0);
    for (int i = 0; i < 5000; i++) {
        PV t = rt_list_new(c, 0);
        assert_int_equal(rt_list_append(c, keep, t), 0);
        pv_decref(c, t);
    }
    c->fuel = 1000000;
    rt_gc_collect(c);
    assert_true(c->fuel <= 1000000 - 5000);
    pv_decref(c, keep);
}

/* A ring of 300,000 lists (garbage) and a 300,000-deep chain of mixed containers (freed by reference
 * counting) both go without C recursion. */
static void test_long_chains(void **state) {
    RtCtx *x = tv_ctx_new((size_t)256 << 20);
    PCtx *c = &x->pub;
    (void)state;
    size_t start = x->mem_live;
    PV first = rt_list_new(c, 0), cur = first;
    pv_incref(first);
    for (int i = 0; i < 300000; i++) {
        PV next = rt_list_new(c, 0);
        assert_int_equal(rt_list_append(c, cur, next), 0);
        pv_decref(c, cur);
        cur = next;
    }
    assert_int_equal(rt_list_append(c, cur, first), 0); /* close the ring */
    pv_decref(c, cur);
    pv_decref(c, first);
    assert_int_equal(rt_gc_collect(c), 300001);
    assert_int_equal(x->mem_live, start);

    PV v = PV_NONE;
    for (int i = 0; i < 300000; i++) {
        PV next;
        switch (i % 4) {
        case 0: next = rt_tuple_from_steal(c, (PV[]){v}, 1); break;
        case 1:
            next = rt_cell_new(c, v);
            pv_decref(c, v);
            break;
        case 2:
            next = rt_dict_new(c);
            assert_int_equal(rt_dict_set(c, next, PV_INT(i), v), 0);
            pv_decref(c, v);
            break;
        default:
            next = rt_list_new(c, 1);
            assert_int_equal(rt_list_append(c, next, v), 0);
            pv_decref(c, v);
            break;
        }
        assert_true(next != PV_NULL);
        v = next;
    }
    pv_decref(c, v);
    assert_int_equal(x->mem_live, start);
    tv_ctx_free(x);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_cycles_freed_exactly, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_reachable_kept, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_work_charged_to_fuel, tv_setup, tv_teardown),
        cmocka_unit_test(test_collects_on_pressure),
        cmocka_unit_test(test_collects_before_limit),
        cmocka_unit_test(test_long_chains),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
