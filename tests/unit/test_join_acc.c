/* test_join_acc.c — cmocka tests of the sep.join(<genexp>) accumulator (rt_join_add/rt_join_end,
 * runtime/values/rt_str_methods.c): folding keeps the text of a plain join, and an accumulator whose layout
 * was forged (it lives in a frame slot, so a snapshot carries it) raises SystemError instead of being
 * trusted. Stage: tests (runtime). */
#include "test_values_util.h"

static PV str(PCtx *c, const char *s) {
    PV v = rt_str_cstr(c, s);
    assert_true(v != PV_NULL);
    return v;
}

/* 300 items (several folds) give the same text as joining the list at once. */
static void test_folding_matches_plain_join(void **state) {
    PCtx *c = &((RtCtx *)*state)->pub;
    PV sep = str(c, ", "), acc = rt_list_new(c, 0), all = rt_list_new(c, 0);
    char buf[16];
    for (int i = 0; i < 300; i++) {
        snprintf(buf, sizeof buf, "%d", i);
        PV s = str(c, buf);
        assert_int_equal(rt_join_add(c, sep, acc, s), 0);
        assert_int_equal(rt_list_append(c, all, s), 0);
        pv_decref(c, s);
    }
    assert_true(rt_len(c, acc) < 70); /* folded, not kept item by item */
    PV got = rt_join_end(c, sep, acc);
    PV join = str(c, "join");
    PV want = rt_call_method(c, sep, join, &all, 1, PV_NULL);
    pv_decref(c, join);
    assert_true(got && want && rt_eq(c, got, want) == 1);
    pv_decref(c, got);
    pv_decref(c, want);
    pv_decref(c, all);
    pv_decref(c, acc);
    pv_decref(c, sep);
}

/* Every layout that rt_join_add/rt_join_end never make is refused with SystemError. */
static void test_forged_layouts_refused(void **state) {
    PCtx *c = &((RtCtx *)*state)->pub;
    PV sep = str(c, "-"), s = str(c, "x");
    PV forged[] = {
        rt_list_from_steal(c, (PV[]){PV_INT(0)}, 1),                        /* too short */
        rt_list_from_steal(c, (PV[]){PV_NONE, str(c, "a")}, 2),             /* no count */
        rt_list_from_steal(c, (PV[]){PV_INT(3), PV_INT(4)}, 2),             /* folded part not a str */
        rt_list_from_steal(c, (PV[]){PV_INT(-3), PV_INT(1), PV_INT(2)}, 3), /* error state with extra items */
    };
    for (size_t i = 0; i < sizeof forged / sizeof *forged; i++) {
        assert_true(forged[i] != PV_NULL);
        assert_int_equal(rt_join_add(c, sep, forged[i], s), -1);
        tv_check_exc(c, "!SystemError: corrupt join accumulator");
        assert_true(rt_join_end(c, sep, forged[i]) == PV_NULL);
        tv_check_exc(c, "!SystemError: corrupt join accumulator");
        pv_decref(c, forged[i]);
    }
    /* a slot that should hold the accumulator or the separator holds something else */
    PV acc = rt_list_new(c, 0);
    assert_int_equal(rt_join_add(c, sep, PV_INT(5), s), -1);
    tv_check_exc(c, "!SystemError: corrupt join accumulator");
    assert_int_equal(rt_join_add(c, PV_INT(5), acc, s), -1);
    tv_check_exc(c, "!SystemError: corrupt join accumulator");
    assert_true(rt_join_end(c, PV_NONE, acc) == PV_NULL);
    tv_check_exc(c, "!SystemError: corrupt join accumulator");
    assert_true(rt_join_end(c, sep, PV_NULL) == PV_NULL);
    tv_check_exc(c, "!SystemError: corrupt join accumulator");
    pv_decref(c, acc);
    pv_decref(c, s);
    pv_decref(c, sep);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_folding_matches_plain_join, tv_setup, tv_teardown),
        cmocka_unit_test_setup_teardown(test_forged_layouts_refused, tv_setup, tv_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
