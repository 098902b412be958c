/* test_snapshot_modules.c — a module and a module function held by a waiting execution survive dump and load
 * (they are stored as ids into common/pith_modules.h), and a snapshot whose ids are forged — a module that
 * does not exist, a name row out of range, a row that is a constant and not a function — is refused as
 * corrupt. The forgery is made by changing the objects of a waiting execution, then dumping it.
 * Stage: tests (runtime, api). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "pith.h"
#include "test_snap_util.h"
#include "rt_exec.h"
#include "rt_modules.h"

static const char *const EXTS[] = {"ask"};

static const char *SRC = "import math\nm = math\nf = math.sqrt\ny = ask(1)\nprint(m.floor(f(y) * 10), f, m)\n";

enum { KEEP, BAD_MODULE, BAD_NAME, CONST_ROW, BAD_MODULE_VALUE };

/* Runs SRC to its host call, forges the module function or module it holds, dumps, loads, resumes with 2
 * and returns the load's error (and the output, when it ran). */
static PithSnapError load_after(int forge, char *out, size_t cap) {
    PithEngine *e = pith_engine_new();
    PithCompileOptions co = {.externals = EXTS, .nexternals = 1};
    char diag[256];
    PithProgram *p = pith_compile(e, SRC, strlen(SRC), &co, diag, sizeof diag);
    assert_non_null(p);
    PithExec *x = pith_exec_start(p, NULL);
    assert_int_equal(pith_exec_status(x), PITH_WAITING);
    RtModFn *fn = NULL;
    RtModule *mod = NULL;
    for (int i = 0; i < x->ctx.prog->nglobals; i++) {
        PV v = x->ctx.pub.g[i];
        if (v && RT_IS(v, RT_T_MODFN)) fn = (RtModFn *)v;
        if (v && RT_IS(v, RT_T_MODULE)) mod = (RtModule *)v;
    }
    assert_non_null(fn);
    assert_non_null(mod);
    if (forge == BAD_MODULE) fn->mod = PITH_MOD_COUNT + 3;
    if (forge == BAD_NAME) fn->name = 100000;
    if (forge == CONST_ROW) fn->name = pith_module_name_index(PITH_MOD_MATH, "pi");
    if (forge == BAD_MODULE_VALUE) mod->mod = PITH_MOD_COUNT;
    unsigned char *snap;
    size_t len;
    assert_int_equal(pith_exec_dump(x, NULL, 0, &snap, &len), PITH_SNAP_OK);
    /* the forged objects must not reach teardown with ids its hooks would read */
    fn->mod = PITH_MOD_MATH;
    fn->name = pith_module_name_index(PITH_MOD_MATH, "sqrt");
    mod->mod = PITH_MOD_MATH;
    pith_exec_free(x);
    PithSnapError err = load_resume_output(e, snap, len, 2, out, cap);
    pith_program_free(p);
    pith_engine_free(e);
    return err;
}

static void test_module_values_survive(void **state) {
    (void)state;
    char out[256] = "";
    assert_int_equal(load_after(KEEP, out, sizeof out), PITH_SNAP_OK);
    assert_string_equal(out, "14 <built-in function sqrt> <module 'math' (built-in)>\n");
}

static void test_forged_ids_refused(void **state) {
    (void)state;
    char out[256];
    assert_int_equal(load_after(BAD_MODULE, out, sizeof out), PITH_SNAP_CORRUPT);
    assert_int_equal(load_after(BAD_NAME, out, sizeof out), PITH_SNAP_CORRUPT);
    assert_int_equal(load_after(CONST_ROW, out, sizeof out), PITH_SNAP_CORRUPT);
    assert_int_equal(load_after(BAD_MODULE_VALUE, out, sizeof out), PITH_SNAP_CORRUPT);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_module_values_survive),
        cmocka_unit_test(test_forged_ids_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
