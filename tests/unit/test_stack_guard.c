/* test_stack_guard.c — the C stack guard (PCtx.stack_floor, set per run in api/api_exec.c) on a thread whose stack
 * is small: programs that recurse deeper than 256 KiB of C stack allows (direct functions with large frames,
 * a --max-depth far above what the stack holds, nested lazy iterators, repr of a deeply nested list) end with
 * a catchable RecursionError instead of a crash, and an execution started on the main thread and resumed on
 * the small one measures the small thread's stack again; host values as deep as the runtime converts cross
 * in both directions on the small thread without a crash. Programs are compiled on the main thread (the
 * compiler is not what is tested here); only the runs happen on the small stack. */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "pith.h"

#define SMALL_STACK (256 * 1024)
#define MSG "'maximum recursion depth exceeded'"

/* Catches the RecursionError and makes its message the program's result. */
#define CATCH(call)                 \
    "r = 'finished'\n"              \
    "try:\n"                        \
    "    " call "\n"                \
    "except RecursionError as e:\n" \
    "    r = str(e)[:32]\n"         \
    "r\n"

static const char *const trivial_recursion = "def f(n):\n"
                                             "    return f(n + 1) if n else 0\n" CATCH("f(1)");

static const char *const nested_maps = "it = iter([1])\n"
                                       "for _ in range(300000):\n"
                                       "    it = map(abs, it)\n" CATCH("list(it)");

static const char *const deep_list_repr = "x = []\n"
                                          "for _ in range(100000):\n"
                                          "    x = [x]\n" CATCH("repr(x)");

static const char *const after_host_call = "def f(n):\n"
                                           "    return f(n + 1) if n else 0\n"
                                           "start = ask()\n" CATCH("f(start)");

/* A direct function whose frame holds a 700-item list literal of temporaries (about 10 KB of C stack). */
static char *large_frames(void) {
    size_t cap = 16384, n = 0;
    char *s = malloc(cap);
    if (!s) return NULL;
    n += (size_t)snprintf(s + n, cap - n, "def f(n):\n    if n == 0:\n        return 0\n    x = [");
    for (int i = 0; i < 700; i++) n += (size_t)snprintf(s + n, cap - n, "%sn + %d", i ? ", " : "", i);
    snprintf(s + n, cap - n, "]\n    return f(n - 1) + x[0]\n" CATCH("f(990)"));
    return s;
}

static PithProgram *compile(PithEngine *e, const char *src, int with_ext) {
    const char *ext[] = {"ask"};
    PithCompileOptions o = {.filename = "stack.py", .externals = ext, .nexternals = with_ext ? 1 : 0};
    char diag[512] = "";
    PithProgram *p = pith_compile(e, src, strlen(src), &o, diag, sizeof diag);
    if (!p) print_error("compile: %s\n", diag);
    return p;
}

/* What the small thread does: start p, or resume x with answer. */
typedef struct Job {
    PithProgram *p;
    PithRunOptions opts;
    PithExec *x;
    const PithValue *answer;
} Job;

static void *job_run(void *arg) {
    Job *j = arg;
    if (j->x)
        pith_exec_resume(j->x, j->answer);
    else
        j->x = pith_exec_start(j->p, &j->opts);
    return NULL;
}

static void on_small_stack(Job *j) {
    pthread_attr_t a;
    pthread_t t;
    assert_int_equal(pthread_attr_init(&a), 0);
    assert_int_equal(pthread_attr_setstacksize(&a, SMALL_STACK), 0);
    assert_int_equal(pthread_create(&t, &a, job_run, j), 0);
    assert_int_equal(pthread_join(t, NULL), 0);
    pthread_attr_destroy(&a);
}

/* The execution finished and its result's repr is want. */
static void assert_result(PithExec *x, const char *want) {
    assert_non_null(x);
    if (pith_exec_status(x) != PITH_DONE) {
        const PithError *err = pith_exec_error(x);
        print_error("status %d: %s: %s\n", (int)pith_exec_status(x), err ? err->type : "", err ? err->message : "");
        fail();
    }
    char *repr = pith_value_repr(pith_exec_result(x));
    assert_non_null(repr);
    assert_string_equal(repr, want);
    free(repr);
}

static void run_small(const char *src, int max_depth) {
    PithEngine *e = pith_engine_new();
    PithProgram *p = compile(e, src, 0);
    assert_non_null(p);
    Job j = {.p = p, .opts = {.limits = {.max_depth = max_depth}}};
    on_small_stack(&j);
    assert_result(j.x, MSG);
    pith_exec_free(j.x);
    pith_program_free(p);
    pith_engine_free(e);
}

static void test_trivial_recursion_high_max_depth(void **state) {
    (void)state;
    run_small(trivial_recursion, 1000000);
}

static void test_trivial_recursion_default_depth(void **state) {
    (void)state;
    run_small(trivial_recursion, 0);
}

static void test_large_frames(void **state) {
    (void)state;
    char *src = large_frames();
    assert_non_null(src);
    run_small(src, 0);
    free(src);
}

static void test_nested_iterators(void **state) {
    (void)state;
    run_small(nested_maps, 1000000);
}

static void test_deep_list_repr(void **state) {
    (void)state;
    run_small(deep_list_repr, 1000000);
}

/* Uncaught, the RecursionError ends the run like any exception. */
static void test_uncaught(void **state) {
    (void)state;
    static const char src[] = "def f(n):\n    return f(n + 1) if n else 0\nf(1)\n";
    PithEngine *e = pith_engine_new();
    PithProgram *p = compile(e, src, 0);
    assert_non_null(p);
    Job j = {.p = p, .opts = {.limits = {.max_depth = 1000000}}};
    on_small_stack(&j);
    assert_int_equal(pith_exec_status(j.x), PITH_FAILED);
    assert_string_equal(pith_exec_error(j.x)->type, "RecursionError");
    assert_string_equal(pith_exec_error(j.x)->message, "maximum recursion depth exceeded");
    pith_exec_free(j.x);
    pith_program_free(p);
    pith_engine_free(e);
}

/* Started on the main thread's large stack, resumed on the small one: the floor follows the thread. */
static void test_resume_on_small_stack(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    PithProgram *p = compile(e, after_host_call, 1);
    assert_non_null(p);
    PithRunOptions o = {.limits = {.max_depth = 1000000}};
    PithExec *x = pith_exec_start(p, &o);
    assert_int_equal(pith_exec_status(x), PITH_WAITING);
    PithValue *one = pith_value_int(1);
    Job j = {.x = x, .answer = one};
    on_small_stack(&j);
    assert_result(x, MSG);
    pith_value_free(one);
    pith_exec_free(x);
    pith_program_free(p);
    pith_engine_free(e);
}

/* Host values cross in both directions by recursive conversion (rt_host.c), bounded at 1000 levels and by
 * the C stack guard: on the small thread a value 990 deep either makes the round trip or stops with
 * RecursionError (which one depends on the build's frame sizes), never a crash. */
typedef struct HostJob {
    PithProgram *p;
    const PithValue *v;
    PithExec *x;
} HostJob;

static PithValue *nested_list(int depth) {
    PithValue *v = pith_value_list();
    for (int i = 1; i < depth && v; i++) {
        PithValue *outer = pith_value_list();
        if (!outer || pith_value_append(outer, v) != 0) {
            pith_value_free(v);
            pith_value_free(outer);
            return NULL;
        }
        v = outer;
    }
    return v;
}

static void *host_job(void *arg) {
    HostJob *j = arg;
    const char *names[] = {"v"};
    const PithValue *values[] = {j->v};
    PithRunOptions o = {.input_names = names, .input_values = values, .ninputs = 1};
    j->x = pith_exec_start(j->p, &o);
    return NULL;
}

static void test_host_values(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    const char *in[] = {"v"};
    PithCompileOptions co = {.filename = "stack.py", .inputs = in, .ninputs = 1};
    char diag[512];
    PithProgram *p = pith_compile(e, "v\n", 2, &co, diag, sizeof diag); /* the program's result is its input */
    assert_non_null(p);
    PithValue *deep = nested_list(990);
    assert_non_null(deep);
    HostJob j = {.p = p, .v = deep};
    pthread_attr_t a;
    pthread_t t;
    assert_int_equal(pthread_attr_init(&a), 0);
    assert_int_equal(pthread_attr_setstacksize(&a, SMALL_STACK), 0);
    assert_int_equal(pthread_create(&t, &a, host_job, &j), 0);
    assert_int_equal(pthread_join(t, NULL), 0);
    pthread_attr_destroy(&a);
    assert_non_null(j.x);
    if (pith_exec_status(j.x) == PITH_DONE) {
        char *want = pith_value_repr(deep), *got = pith_value_repr(pith_exec_result(j.x));
        assert_non_null(want);
        assert_non_null(got);
        assert_string_equal(got, want);
        free(want);
        free(got);
    } else {
        assert_int_equal(pith_exec_status(j.x), PITH_FAILED);
        assert_string_equal(pith_exec_error(j.x)->type, "RecursionError");
    }
    pith_exec_free(j.x);
    pith_value_free(deep);
    pith_program_free(p);
    pith_engine_free(e);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_trivial_recursion_high_max_depth),
        cmocka_unit_test(test_trivial_recursion_default_depth),
        cmocka_unit_test(test_large_frames),
        cmocka_unit_test(test_nested_iterators),
        cmocka_unit_test(test_deep_list_repr),
        cmocka_unit_test(test_uncaught),
        cmocka_unit_test(test_resume_on_small_stack),
        cmocka_unit_test(test_host_values),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
