/* test_api_misuse.c — cmocka tests of the public API (include/pith.h) called wrongly: NULL handles, counts
 * whose arrays or entries are NULL, answers to executions that are not waiting. Each call must answer
 * "nothing" or an error, never crash. Stage: tests (api). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "pith.h"

static void test_null_execution(void **state) {
    (void)state;
    size_t n = 7;
    PithValue *v = pith_value_int(1);
    unsigned char *out = NULL;
    assert_int_equal(pith_exec_status(NULL), PITH_INVALID);
    assert_null(pith_exec_call(NULL));
    assert_int_equal(pith_exec_resume(NULL, v), PITH_INVALID);
    assert_int_equal(pith_exec_resume_error(NULL, "ValueError", "x"), PITH_INVALID);
    assert_null(pith_exec_result(NULL));
    assert_null(pith_exec_error(NULL));
    assert_string_equal(pith_exec_output(NULL, &n), "");
    assert_int_equal(n, 0);
    assert_int_equal(pith_exec_dump(NULL, NULL, 0, &out, &n), PITH_SNAP_NOT_WAITING);
    assert_null(out);
    assert_null(pith_exec_load(NULL, NULL, 0, NULL, 0, NULL, NULL));
    pith_exec_free(NULL);
    pith_program_free(NULL);
    pith_engine_free(NULL);
    pith_value_free(v);
}

static void test_bad_compile_requests(void **state) {
    (void)state;
    char diag[256];
    PithEngine *e = pith_engine_new();
    assert_null(pith_compile(NULL, "1\n", 2, NULL, diag, sizeof diag));
    assert_string_equal(diag, "pith_compile: no engine");
    assert_null(pith_compile(e, NULL, 5, NULL, diag, sizeof diag));
    assert_string_equal(diag, "pith_compile: no source text");
    PithCompileOptions no_array = {.nexternals = 3};
    assert_null(pith_compile(e, "1\n", 2, &no_array, diag, sizeof diag));
    assert_string_equal(diag, "pith_compile: an external name is missing");
    const char *holes[] = {"a", NULL};
    PithCompileOptions null_entry = {.inputs = holes, .ninputs = 2};
    assert_null(pith_compile(e, "1\n", 2, &null_entry, diag, sizeof diag));
    assert_string_equal(diag, "pith_compile: an input name is missing");
    assert_null(pith_emit_c(NULL, "1\n", 2, NULL, NULL, 0));
    assert_null(pith_emit_ir(e, "1\n", 2, &no_array, NULL, 0));
    assert_null(pith_engine_last_stats(NULL));
    PithProgram *p = pith_compile(e, NULL, 0, NULL, diag, sizeof diag); /* no text at all: an empty program */
    assert_non_null(p);
    pith_program_free(p);
    pith_engine_free(e);
}

static void test_bad_starts_and_answers(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    PithProgram *p = pith_compile(e, "1 + 1\n", 6, NULL, NULL, 0);
    assert_non_null(p);
    assert_null(pith_exec_start(NULL, NULL));
    PithRunOptions counts_only = {.ninputs = 2};
    assert_null(pith_exec_start(p, &counts_only));
    PithExec *x = pith_exec_start(p, NULL);
    assert_int_equal(pith_exec_status(x), PITH_DONE);
    PithValue *v = pith_value_int(1);
    assert_int_equal(pith_exec_resume(x, v), PITH_INVALID); /* not waiting */
    assert_int_equal(pith_exec_resume_error(x, "ValueError", "x"), PITH_INVALID);
    assert_int_equal(pith_exec_status(x), PITH_DONE); /* and unharmed */
    assert_int_equal(pith_exec_result(x)->u.i, 2);
    assert_null(pith_exec_call(x));
    unsigned char *out = NULL;
    size_t n = 0;
    assert_int_equal(pith_exec_dump(x, NULL, 0, &out, &n), PITH_SNAP_NOT_WAITING);
    pith_value_free(v);
    pith_exec_free(x);
    pith_program_free(p);
    pith_engine_free(e);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_null_execution),
        cmocka_unit_test(test_bad_compile_requests),
        cmocka_unit_test(test_bad_starts_and_answers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
