/* test_snapshot_slots.c — a loaded snapshot's frames are checked against the slot kinds codegen emits
 * (PFuncDesc.slot_kinds): a frame whose cell slot or range-counter slot holds another kind of value (what a
 * forged snapshot can do; generated code would dereference it) is refused as corrupt, while the same
 * snapshot untouched loads. The forgery is made by changing a waiting execution's frame, then dumping it.
 * Stage: tests (runtime, api). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "pith.h"
#include "rt_exec.h"

static const char *const EXTS[] = {"ask"};

/* Runs src to its first host call, replaces the value of the first slot of kind `kind` in the waiting
 * frame by `forged` (when forge is set), dumps, loads and returns the load's error. */
static PithSnapError load_after(const char *src, char kind, int forge, PV forged) {
    PithEngine *e = pith_engine_new();
    PithCompileOptions co = {.externals = EXTS, .nexternals = 1};
    char diag[256];
    PithProgram *p = pith_compile(e, src, strlen(src), &co, diag, sizeof diag);
    assert_non_null(p);
    PithExec *x = pith_exec_start(p, NULL);
    assert_int_equal(pith_exec_status(x), PITH_WAITING);
    PFrame *fr = x->ctx.top;
    const char *kinds = fr->fn->slot_kinds;
    assert_non_null(kinds);
    const char *at = strchr(kinds, kind);
    assert_non_null(at);
    int slot = (int)(at - kinds);
    assert_true(fr->s[slot] != PV_NULL);
    if (forge) {
        PV old = fr->s[slot];
        fr->s[slot] = forged == PV_NULL ? rt_float_new(&x->ctx.pub, 1.5) : forged;
        pv_decref(&x->ctx.pub, old);
    }
    unsigned char *snap;
    size_t len;
    assert_int_equal(pith_exec_dump(x, NULL, 0, &snap, &len), PITH_SNAP_OK);
    pith_exec_free(x);
    PithSnapError err = PITH_SNAP_OK;
    PithExec *y = pith_exec_load(e, snap, len, NULL, 0, NULL, &err);
    pith_exec_free(y);
    free(snap);
    pith_program_free(p);
    pith_engine_free(e);
    return err;
}

static const char *CELL = "def f(x):\n    g = lambda: x\n    y = ask(1)\n    return g() + y\nf(5)\n";
static const char *RANGE = "def f():\n    t = 0\n    for i in range(3):\n        t += ask(i)\n    return t\nf()\n";

static void test_cell_slot(void **state) {
    (void)state;
    assert_int_equal(load_after(CELL, 'c', 0, PV_NULL), PITH_SNAP_OK);
    assert_int_equal(load_after(CELL, 'c', 1, PV_NULL), PITH_SNAP_CORRUPT);   /* a float where a cell was */
    assert_int_equal(load_after(CELL, 'c', 1, PV_INT(7)), PITH_SNAP_CORRUPT); /* an int */
}

static void test_range_counter_slot(void **state) {
    (void)state;
    assert_int_equal(load_after(RANGE, 'i', 0, PV_NULL), PITH_SNAP_OK);
    assert_int_equal(load_after(RANGE, 'i', 1, PV_NULL), PITH_SNAP_CORRUPT); /* a float where a counter was */
    assert_int_equal(load_after(RANGE, 'i', 1, PV_INT(2)), PITH_SNAP_OK);    /* another small int is fine */
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cell_slot),
        cmocka_unit_test(test_range_counter_slot),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
