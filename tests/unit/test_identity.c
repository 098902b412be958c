/* test_identity.c — cmocka tests of rt_identity (runtime/core/rt_identity.c): the id() of 10,000 live objects
 * is unique, stable, CPython-shaped (a multiple of 16 below 2**47) and never the object's address; an
 * immediate's id never equals an object's. Stage: tests (runtime). */
#include "test_values_util.h"

#define N 10000

static int cmp_u64(const void *a, const void *b) {
    pu64 x = *(const pu64 *)a, y = *(const pu64 *)b;
    return x < y ? -1 : x > y;
}

static void test_ids_unique_stable_hidden(void **state) {
    PCtx *c = &((RtCtx *)*state)->pub;
    static PV objs[N];
    static pu64 ids[N];
    for (int i = 0; i < N; i++) {
        objs[i] = rt_list_new(c, 0);
        assert_true(objs[i] != PV_NULL);
        ids[i] = rt_identity(c, objs[i]);
        assert_true(ids[i] != (pu64)objs[i]);
        assert_int_equal(ids[i] % 16, 0);
        assert_true(ids[i] < (1ull << 47));
        assert_true(rt_identity(c, objs[i]) == ids[i]);
    }
    qsort(ids, N, sizeof *ids, cmp_u64);
    for (int i = 1; i < N; i++) assert_true(ids[i] != ids[i - 1]);
    PV imm[] = {PV_NONE, PV_TRUE, PV_FALSE, PV_INT(0), PV_INT(-1), PV_INT(1 << 20)};
    for (size_t i = 0; i < sizeof imm / sizeof *imm; i++) assert_true(rt_identity(c, imm[i]) % 16 != 0);
    for (int i = 0; i < N; i++) pv_decref(c, objs[i]);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_ids_unique_stable_hidden, tv_setup, tv_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
