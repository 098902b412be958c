/* test_frame_slots.c — the ABI entry points that generated code hands a frame slot's container to (a
 * comprehension's list, set or dict, a **kwargs dict, the list a tuple is made from) refuse what a forged
 * snapshot could put in that slot — nothing, or an object of another type — with SystemError instead of
 * trusting it (rt_slot_bad). Stage: tests (runtime). */
#include "test_values_util.h"

static void test_entry_points_check_their_slot(void **state) {
    PCtx *c = &((RtCtx *)*state)->pub;
    PV wrong[] = {PV_NULL, PV_INT(3), rt_str_cstr(c, "x")};
    PV d = rt_dict_new(c), l = rt_list_new(c, 0);
    for (size_t i = 0; i < sizeof wrong / sizeof *wrong; i++) {
        PV v = wrong[i];
        assert_int_equal(rt_list_append(c, v, PV_INT(1)), -1);
        tv_check_exc(c, i == 0   ? "!SystemError: corrupt frame: a list was expected, not nothing"
                        : i == 1 ? "!SystemError: corrupt frame: a list was expected, not int"
                                 : "!SystemError: corrupt frame: a list was expected, not str");
        assert_int_equal(rt_list_extend(c, v, l), -1);
        tv_check_exc(c, i == 0   ? "!SystemError: corrupt frame: a list was expected, not nothing"
                        : i == 1 ? "!SystemError: corrupt frame: a list was expected, not int"
                                 : "!SystemError: corrupt frame: a list was expected, not str");
        assert_int_equal(rt_set_add(c, v, PV_INT(1)), -1);
        assert_true(rt_exc_pending(c));
        tv_check_exc(c, i == 0   ? "!SystemError: corrupt frame: a set was expected, not nothing"
                        : i == 1 ? "!SystemError: corrupt frame: a set was expected, not int"
                                 : "!SystemError: corrupt frame: a set was expected, not str");
        assert_int_equal(rt_dict_update_mapping(c, v, d), -1);
        tv_check_exc(c, i == 0   ? "!SystemError: corrupt frame: a dict was expected, not nothing"
                        : i == 1 ? "!SystemError: corrupt frame: a dict was expected, not int"
                                 : "!SystemError: corrupt frame: a dict was expected, not str");
        assert_int_equal(rt_kwargs_merge(c, v, d, PV_NONE), -1);
        assert_true(rt_exc_pending(c));
        tv_show(c, PV_NULL, (char[256]){0}, 256); /* consume it */
        assert_true(rt_list_to_tuple(c, v) == PV_NULL);
        assert_true(rt_exc_pending(c));
        tv_show(c, PV_NULL, (char[256]){0}, 256);
    }
    pv_decref(c, wrong[2]);
    pv_decref(c, d);
    pv_decref(c, l);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_entry_points_check_their_slot, tv_setup, tv_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
