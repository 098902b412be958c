/* test_pipeline.c — cmocka tests of the whole pipeline through the public API: compile, run, the
 * start -> waiting -> resume loop, the compile cache, the sandbox of generated code, and the ABI symbol list.
 * Python behaviour itself is checked against CPython by the case runner (tests/run_cases.py). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "codegen.h"
#include "pith.h"
#include "rt_abi_symbols.h"

static PithProgram *compile(PithEngine *e, const char *src, const char *const *exts, size_t next, char *diag) {
    PithCompileOptions o = {.filename = "t.py", .externals = exts, .nexternals = next};
    return pith_compile(e, src, strlen(src), &o, diag, 1024);
}

static void test_run_prints_and_returns(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    char diag[1024];
    PithProgram *p = compile(e, "x = 2\nprint('hi', x * 21)\nx + 1\n", NULL, 0, diag);
    assert_non_null(p);
    PithExec *x = pith_exec_start(p, NULL);
    assert_int_equal(pith_exec_status(x), PITH_DONE);
    size_t n;
    assert_string_equal(pith_exec_output(x, &n), "hi 42\n");
    const PithValue *r = pith_exec_result(x);
    assert_int_equal(r->kind, PITH_INT);
    assert_int_equal(r->u.i, 3);
    pith_exec_free(x);
    pith_program_free(p);
    pith_engine_free(e);
}

/* A program waiting on a host call three times, answered with values and once with an exception. */
static void test_start_resume_loop(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    const char *exts[] = {"fetch"};
    const char *src = "def get(k):\n"
                      "    return fetch(k, retries=2)\n"
                      "total = 0\n"
                      "for k in ['a', 'b']:\n"
                      "    total = total + get(k)\n"
                      "try:\n"
                      "    fetch('c')\n"
                      "except ValueError as err:\n"
                      "    print('caught', err)\n"
                      "total\n";
    char diag[1024];
    PithProgram *p = compile(e, src, exts, 1, diag);
    assert_non_null(p);
    PithExec *x = pith_exec_start(p, NULL);
    for (int i = 0; i < 2; i++) {
        assert_int_equal(pith_exec_status(x), PITH_WAITING);
        const PithCall *call = pith_exec_call(x);
        assert_string_equal(call->name, "fetch");
        assert_int_equal(call->args->kind, PITH_LIST);
        assert_int_equal(call->args->u.seq.n, 1);
        assert_string_equal(call->args->u.seq.items[0]->u.s.data, i == 0 ? "a" : "b");
        assert_int_equal(call->kwargs->u.dict.n, 1);
        assert_string_equal(call->kwargs->u.dict.keys[0]->u.s.data, "retries");
        PithValue *v = pith_value_int(10 * (i + 1));
        pith_exec_resume(x, v);
        pith_value_free(v);
    }
    assert_int_equal(pith_exec_status(x), PITH_WAITING);
    pith_exec_resume_error(x, "ValueError", "no such key");
    assert_int_equal(pith_exec_status(x), PITH_DONE);
    assert_string_equal(pith_exec_output(x, NULL), "caught no such key\n");
    assert_int_equal(pith_exec_result(x)->u.i, 30);
    pith_exec_free(x);
    pith_program_free(p);
    pith_engine_free(e);
}

static void test_uncaught_error_has_traceback(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    char diag[1024];
    PithProgram *p = compile(e, "def f(n):\n    return 10 // n\nf(0)\n", NULL, 0, diag);
    assert_non_null(p);
    PithExec *x = pith_exec_start(p, NULL);
    assert_int_equal(pith_exec_status(x), PITH_FAILED);
    const PithError *err = pith_exec_error(x);
    assert_string_equal(err->type, "ZeroDivisionError");
    assert_string_equal(err->message, "integer division or modulo by zero");
    assert_non_null(strstr(err->traceback, "Traceback (most recent call last):\n"));
    assert_non_null(strstr(err->traceback, "  File \"t.py\", line 3, in <module>\n"));
    assert_non_null(strstr(err->traceback, "  File \"t.py\", line 2, in f\n"));
    pith_exec_free(x);
    pith_program_free(p);
    pith_engine_free(e);
}

/* The second compile of the same request is a cache hit: same program, libtcc not called. */
static void test_cache_hit_skips_compiler(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    char diag[1024];
    PithProgram *a = compile(e, "print(1 + 1)\n", NULL, 0, diag);
    assert_non_null(a);
    assert_int_equal(pith_engine_last_stats(e)->cache_hit, 0);
    assert_true(pith_engine_last_stats(e)->tcc_us > 0);
    PithProgram *b = compile(e, "print(1 + 1)\n", NULL, 0, diag);
    assert_ptr_equal(a, b);
    assert_int_equal(pith_engine_last_stats(e)->cache_hit, 1);
    assert_true(pith_engine_last_stats(e)->tcc_us == 0);
    PithProgram *c = compile(e, "print(1 + 2)\n", NULL, 0, diag);
    assert_ptr_not_equal(a, c);
    assert_int_equal(pith_engine_last_stats(e)->cache_hit, 0);
    pith_program_free(a);
    pith_program_free(b);
    pith_program_free(c);
    pith_engine_free(e);
}

/* Generated code links -nostdlib against the runtime only: libc names never resolve. */
static void test_generated_code_cannot_reach_libc(void **state) {
    (void)state;
    const char *names[] = {"system", "open", "printf", "dlsym", "execve", "fopen"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char text[512], err[512];
        snprintf(text, sizeof text, "int %s();\nint pith_program[16];\nint evil(void) { return %s(\"id\"); }\n",
                 names[i], names[i]);
        CgCode code;
        assert_int_equal(cg_tcc_compile(text, &code, err, sizeof err), -1);
        assert_non_null(strstr(err, names[i]));
    }
    /* and from Python, such names are not even names */
    PithEngine *e = pith_engine_new();
    char diag[1024];
    assert_null(compile(e, "system('id')\n", NULL, 0, diag));
    assert_non_null(strstr(diag, "t.py:1:1: error: name 'system' is not defined"));
    assert_null(compile(e, "__import__('os')\n", NULL, 0, diag));
    pith_engine_free(e);
}

/* Every rt_ function pith_abi.h declares is registered with libtcc, and nothing else. */
static void test_abi_symbol_list_matches_header(void **state) {
    (void)state;
    extern const char cg_abi_text[];
    const char *listed[] = {
#define PITH_NAME(n) #n,
        PITH_ABI_SYMBOLS(PITH_NAME)
#undef PITH_NAME
    };
    size_t nlisted = sizeof listed / sizeof listed[0];
    for (size_t i = 0; i < nlisted; i++) {
        char pat[96];
        snprintf(pat, sizeof pat, "%s(", listed[i]);
        const char *at = strstr(cg_abi_text, pat);
        if (!at) fail_msg("%s is registered but not declared in pith_abi.h", listed[i]);
    }
    size_t declared = 0;
    for (const char *p = cg_abi_text; (p = strstr(p, "rt_")) != NULL; p++) {
        if (p > cg_abi_text && (p[-1] == '_' || (p[-1] >= 'a' && p[-1] <= 'z'))) continue;
        const char *q = p;
        while ((*q >= 'a' && *q <= 'z') || (*q >= '0' && *q <= '9') || *q == '_') q++;
        if (*q != '(') continue;
        int found = 0;
        for (size_t i = 0; i < nlisted && !found; i++)
            found = strlen(listed[i]) == (size_t)(q - p) && strncmp(listed[i], p, (size_t)(q - p)) == 0;
        if (!found) fail_msg("%.*s is declared in pith_abi.h but not registered", (int)(q - p), p);
        declared++;
    }
    assert_true(declared >= nlisted);
}

/* The frame-layout digest that ties snapshots to the code that resumes them. */
static uint64_t layout_of(const char *src) {
    const char *exts[] = {"tool"};
    FeDecls decls = {.externals = exts, .nexternals = 1};
    FeDiag d;
    FeModule *fe = fe_compile("t.py", src, strlen(src), &decls, &d);
    assert_non_null(fe);
    IrModule *ir = ir_build(fe, &decls, &d);
    assert_non_null(ir);
    ir_analyse(ir);
    uint64_t h = ir_layout_digest(ir);
    ir_free(ir);
    fe_module_free(fe);
    return h;
}

static void test_layout_digest_follows_suspend_points(void **state) {
    (void)state;
    uint64_t one = layout_of("x = tool(1)\nprint(x)\n");
    assert_true(one == layout_of("x = tool(1)\nprint(x)\n"));
    assert_true(one == layout_of("x = tool(99)\nprint(x)\n"));             /* same frames, same resume points */
    assert_true(one != layout_of("x = tool(1)\ny = tool(2)\nprint(x)\n")); /* one more suspend point */
    assert_true(one != layout_of("def f():\n    return tool(1)\nx = f()\nprint(x)\n"));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_run_prints_and_returns),
        cmocka_unit_test(test_start_resume_loop),
        cmocka_unit_test(test_uncaught_error_has_traceback),
        cmocka_unit_test(test_cache_hit_skips_compiler),
        cmocka_unit_test(test_generated_code_cannot_reach_libc),
        cmocka_unit_test(test_abi_symbol_list_matches_header),
        cmocka_unit_test(test_layout_digest_follows_suspend_points),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
