/* test_limits.c — cmocka tests of per-execution limits through the public API: each runaway program stops with
 * its own error kind, promptly, and the same engine then runs a normal program correctly; and the fault-injection
 * mode (fail the Nth allocation) turns every failure into a clean MemoryError, never a crash.
 * Wall-clock budgets are not asserted here (bench/ and tests/limits/ measure them). */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "pith.h"
#include "pith_testing.h"

/* Compiles and runs src, answering host calls with 1; fail_allocation: fault injection (0 = off). */
static PithExec *run_faulty(PithEngine *e, const char *src, const PithLimits *lim, const char *const *exts, size_t next,
                            uint64_t fail_allocation) {
    PithCompileOptions co = {.filename = "t.py", .externals = exts, .nexternals = next};
    char diag[512];
    PithProgram *p = pith_compile(e, src, strlen(src), &co, diag, sizeof diag);
    if (!p) fail_msg("compile failed: %s", diag);
    PithRunOptions ro = {0};
    if (lim) ro.limits = *lim;
    PithExec *x = pith_testing_exec_start(p, &ro, fail_allocation);
    while (pith_exec_status(x) == PITH_WAITING) { /* host calls answer 1 */
        PithValue *one = pith_value_int(1);
        pith_exec_resume(x, one);
        pith_value_free(one);
    }
    pith_program_free(p);
    return x;
}

static PithExec *run(PithEngine *e, const char *src, const PithLimits *lim, const char *const *exts, size_t next) {
    return run_faulty(e, src, lim, exts, next, 0);
}

static void expect_stop(PithEngine *e, const char *src, PithLimits lim, const char *kind) {
    const char *exts[] = {"tool"};
    PithExec *x = run(e, src, &lim, exts, 1);
    assert_int_equal(pith_exec_status(x), PITH_FAILED);
    assert_string_equal(pith_exec_error(x)->type, kind);
    pith_exec_free(x);
    /* the engine is still healthy */
    x = run(e, "print(sum(i * i for i in range(10)), [c for c in 'ok'])\n", NULL, NULL, 0);
    assert_int_equal(pith_exec_status(x), PITH_DONE);
    assert_string_equal(pith_exec_output(x, NULL), "285 ['o', 'k']\n");
    pith_exec_free(x);
}

static void test_each_limit_stops_and_engine_survives(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    expect_stop(e, "while True:\n    pass\n", (PithLimits){.max_seconds = 0.2}, "TimeLimitExceeded");
    expect_stop(e, "try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')\n",
                (PithLimits){.max_seconds = 0.2}, "TimeLimitExceeded");
    expect_stop(e, "x = []\nwhile True:\n    x.append('y' * 1000)\n", (PithLimits){.max_memory = 8 << 20},
                "MemoryLimitExceeded");
    expect_stop(e, "x = 'ab' * 10 ** 12\n", (PithLimits){0}, "MemoryLimitExceeded");
    expect_stop(e, "try:\n    x = [0] * 10 ** 12\nexcept MemoryError:\n    print('caught')\n", (PithLimits){0},
                "MemoryLimitExceeded");
    expect_stop(e, "x = []\nfor i in range(10 ** 6):\n    x.append([i])\n", (PithLimits){.max_allocations = 1000},
                "MemoryLimitExceeded");
    expect_stop(e, "def f(n):\n    return f(n + 1)\nf(0)\n", (PithLimits){.max_depth = 50}, "RecursionError");
    expect_stop(e, "while True:\n    tool(1)\n", (PithLimits){.max_host_calls = 20}, "HostCallLimitExceeded");
    expect_stop(e, "while True:\n    print('spam')\n", (PithLimits){.max_output = 1000}, "OutputLimitExceeded");
    pith_engine_free(e);
}

/* RecursionError stays catchable, as in CPython. */
static void test_recursion_error_is_catchable(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    PithLimits lim = {.max_depth = 100};
    PithExec *x =
        run(e, "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as err:\n    print(err)\n", &lim,
            NULL, 0);
    assert_int_equal(pith_exec_status(x), PITH_DONE);
    assert_string_equal(pith_exec_output(x, NULL), "maximum recursion depth exceeded\n");
    pith_exec_free(x);
    pith_engine_free(e);
}

/* Failing allocation N, for every N a program makes: the run ends DONE (the failure was caught by the
 * program, or never reached) or FAILED with a MemoryError; nothing crashes or leaks (valgrind-clean). */
static void test_fault_injection_every_allocation(void **state) {
    (void)state;
    static const char *const programs[] = {
        "d = {}\nfor w in 'a b a c b a'.split():\n    d[w] = d.get(w, 0) + 1\nprint(sorted(d.items()), 2 ** 100)\n",
        "def mk(n):\n    def add(x):\n        return x + n\n    return add\nfs = [mk(i) for i in range(5)]\n"
        "print([f(1) for f in fs], f'{3.5:>8.2f}', {1, 2} | {3})\n",
        "try:\n    {}['k']\nexcept KeyError as e:\n    print(repr(e), tuple(x for x in 'ab'))\n",
        "r = [tool(i) for i in range(3)]\nprint(r, max(r), str(r) * 2)\n",
    };
    const char *exts[] = {"tool"};
    PithEngine *e = pith_engine_new();
    for (size_t i = 0; i < sizeof programs / sizeof programs[0]; i++) {
        int done = 0, failed = 0; /* done: consecutive clean runs (allocation n is optional, or past the end) */
        for (uint64_t n = 1; n < 5000 && done < 50; n++) {
            PithExec *x = run_faulty(e, programs[i], NULL, exts, 1, n);
            if (pith_exec_status(x) == PITH_FAILED) {
                const char *type = pith_exec_error(x)->type;
                failed++;
                done = 0;
                if (strcmp(type, "MemoryError") != 0)
                    fail_msg("program %zu, allocation %llu failed: %s: %s", i, (unsigned long long)n, type,
                             pith_exec_error(x)->message);
            } else {
                assert_int_equal(pith_exec_status(x), PITH_DONE);
                done++;
            }
            pith_exec_free(x);
        }
        assert_int_equal(done, 50);
        assert_true(failed >= 10); /* the injection really reached the program's allocations */
    }
    pith_engine_free(e);
}

/* GMP's memory functions are process-wide, but each execution counts only its own big-int scratch: one
 * run makes 30 MB of temporaries while another, started later on another thread and engine, keeps within
 * 24 MB. If the first run's scratch were charged to the second, the second would stop with
 * MemoryLimitExceeded. */
typedef struct BigRun {
    const char *src;
    PithLimits lim;
    const char *expect;
    PithStatus status;
    char out[64];
} BigRun;

static void *big_run(void *arg) {
    BigRun *r = arg;
    PithEngine *e = pith_engine_new();
    PithExec *x = run(e, r->src, &r->lim, NULL, 0);
    r->status = pith_exec_status(x);
    snprintf(r->out, sizeof r->out, "%s",
             r->status == PITH_DONE ? pith_exec_output(x, NULL) : pith_exec_error(x)->type);
    pith_exec_free(x);
    pith_engine_free(e);
    return NULL;
}

static void test_two_threads_count_their_own_bigint_memory(void **state) {
    (void)state;
    BigRun runs[2] = {
        {"x = (1 << 40000000) - 1\ns = 0\nfor i in range(6):\n    s += (x * (x + i)) % 1000003\nprint(s)\n",
         {.max_memory = 128 << 20, .max_seconds = 60},
         "3237291\n",
         PITH_FAILED,
         ""},
        {"x = 3 ** 200000\ns = 0\nfor i in range(3000):\n    s += (x * (x + i)) % 1000003\nprint(s)\n",
         {.max_memory = 24 << 20, .max_seconds = 60},
         "1500278666\n",
         PITH_FAILED,
         ""},
    };
    pthread_t t[2];
    for (int i = 0; i < 2; i++) {
        assert_int_equal(pthread_create(&t[i], NULL, big_run, &runs[i]), 0);
        if (i == 0)
            nanosleep(&(struct timespec){.tv_nsec = 300 * 1000 * 1000}, NULL); /* the big run is
                                                              * under way when the small one starts */
    }
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    for (int i = 0; i < 2; i++) {
        assert_string_equal(runs[i].out, runs[i].expect);
        assert_int_equal(runs[i].status, PITH_DONE);
    }
}

/* A big-int operation is refused before it starts when its result and GMP's scratch cannot fit the memory
 * limit, or its estimated time the time left: the run stops at once, not after the work. */
static void test_bigint_refused_before_the_work(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    expect_stop(e, "x = (1 << (40 * 10 ** 6)) - 1\ny = x * x\n", (PithLimits){.max_memory = 24 << 20},
                "MemoryLimitExceeded");
    expect_stop(e, "x = (1 << (40 * 10 ** 6)) - 1\ny = x % ((1 << (20 * 10 ** 6)) - 3)\n",
                (PithLimits){.max_memory = 16 << 20}, "MemoryLimitExceeded");
    expect_stop(e, "x = 10 ** (6 * 10 ** 8)\n", (PithLimits){.max_memory = 512 << 20}, "MemoryLimitExceeded");
    expect_stop(e, "while True:\n    pow(3, 10 ** 40000, 10 ** 40000 + 7)\n", (PithLimits){.max_seconds = 0.2},
                "TimeLimitExceeded");
    pith_engine_free(e);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_each_limit_stops_and_engine_survives),
        cmocka_unit_test(test_recursion_error_is_catchable),
        cmocka_unit_test(test_fault_injection_every_allocation),
        cmocka_unit_test(test_two_threads_count_their_own_bigint_memory),
        cmocka_unit_test(test_bigint_refused_before_the_work),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
