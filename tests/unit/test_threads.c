/* test_threads.c — two engines in two threads are independent (include/pith.h): each thread owns an engine
 * and compiles and runs many distinct programs (loops, closures, generators, host calls answered by the
 * thread, host calls answered with an exception, uncaught exceptions, snapshots taken and resumed), checking
 * every result, output and error exactly. A data race in any stage shows up as a wrong result, a program
 * that does not compile, or a crash. Expected values are computed here in C from the same constants.
 * Failures are recorded per thread (cmocka's asserts must not run off the main thread) and asserted after
 * the join. */
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

#define PROGRAMS_PER_THREAD 150
#define SHAPES 7

/* One program and everything it must produce. */
typedef struct Case {
    char src[2048];
    char ext[32];        /* its external function, "" if none */
    char want_repr[128]; /* DONE: repr of the result */
    char want_out[128];  /* DONE: captured output */
    char want_type[32];  /* FAILED: exception type ("" when the program must finish) */
    char want_msg[128];  /* FAILED: exception message */
} Case;

typedef struct Worker {
    int id;             /* 1 or 2: part of every name and constant, so no two programs are alike */
    int passed;         /* programs whose every check held */
    char failure[4096]; /* the first mismatch, "" while none */
} Worker;

static void mismatch(Worker *w, const Case *c, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void mismatch(Worker *w, const Case *c, const char *fmt, ...) {
    if (w->failure[0]) return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(w->failure, sizeof w->failure, fmt, ap);
    va_end(ap);
    if (n >= 0 && (size_t)n < sizeof w->failure)
        snprintf(w->failure + n, sizeof w->failure - (size_t)n, "\n--- thread %d, program:\n%s", w->id, c->src);
}

/* Python's repr of k / 4 (exact in binary, so the digits are known). */
static void quarter_repr(char *out, size_t n, long long k) {
    static const char *const frac[4] = {"0", "25", "5", "75"};
    snprintf(out, n, "%lld.%s", k / 4, frac[k % 4]);
}

/* Program number i of thread t: the shape is i % SHAPES, constants and names derive from (t, i). */
static void make_case(Case *c, int t, int i) {
    memset(c, 0, sizeof *c);
    long long k = t * 1000 + i, m = 3 + i % 17;
    switch (i % SHAPES) {
    case 0: { /* a loop in a function */
        snprintf(c->src, sizeof c->src,
                 "def total_%d_%d(n):\n"
                 "    acc = 0\n"
                 "    for j in range(n):\n"
                 "        acc += j * %lld\n"
                 "    return acc\n"
                 "total_%d_%d(%lld)\n",
                 t, i, k, t, i, m);
        snprintf(c->want_repr, sizeof c->want_repr, "%lld", k * m * (m - 1) / 2);
        break;
    }
    case 1: { /* a closure called from a comprehension */
        snprintf(c->src, sizeof c->src,
                 "def make_%d_%d(a):\n"
                 "    def inner(b):\n"
                 "        return a * b + %lld\n"
                 "    return inner\n"
                 "g_%d = make_%d_%d(%lld)\n"
                 "[g_%d(x) for x in range(3)]\n",
                 t, i, k, i, t, i, m, i);
        snprintf(c->want_repr, sizeof c->want_repr, "[%lld, %lld, %lld]", k, m + k, 2 * m + k);
        break;
    }
    case 2: { /* a generator (over a closure cell) consumed by sum() */
        snprintf(c->src, sizeof c->src,
                 "def squares_%d(n):\n"
                 "    base = %lld\n"
                 "    return sum(j * j + base for j in range(n))\n"
                 "print('n', %lld)\n"
                 "squares_%d(%lld)\n",
                 i, k, m, i, m);
        snprintf(c->want_repr, sizeof c->want_repr, "%lld", (m - 1) * m * (2 * m - 1) / 6 + m * k);
        snprintf(c->want_out, sizeof c->want_out, "n %lld\n", m);
        break;
    }
    case 3: { /* host calls from a function (a state machine), with a keyword argument; answered with 2 * n */
        snprintf(c->ext, sizeof c->ext, "ask_%d_%d", t, i);
        snprintf(c->src, sizeof c->src,
                 "def twice_%d(n):\n"
                 "    return ask_%d_%d(n, tag='v%lld')\n"
                 "x = twice_%d(%lld)\n"
                 "y = twice_%d(x + 1)\n"
                 "print('got', x, y)\n"
                 "x + y\n",
                 i, t, i, k, i, k, i);
        snprintf(c->want_repr, sizeof c->want_repr, "%lld", 6 * k + 2);
        snprintf(c->want_out, sizeof c->want_out, "got %lld %lld\n", 2 * k, 4 * k + 2);
        break;
    }
    case 4: { /* an uncaught exception raised deep in a loop */
        snprintf(c->src, sizeof c->src,
                 "def check_%d(v):\n"
                 "    if v > %lld:\n"
                 "        raise ValueError('too big: ' + str(v + %lld))\n"
                 "    return v\n"
                 "s = 0\n"
                 "for v in range(%lld):\n"
                 "    s += check_%d(v)\n",
                 i, m, k, m + 5, i);
        snprintf(c->want_type, sizeof c->want_type, "ValueError");
        snprintf(c->want_msg, sizeof c->want_msg, "too big: %lld", m + 1 + k);
        break;
    }
    case 5: { /* a host call answered with an exception, caught by the program */
        snprintf(c->ext, sizeof c->ext, "fetch_%d_%d", t, i);
        snprintf(c->src, sizeof c->src,
                 "try:\n"
                 "    v = fetch_%d_%d('key%lld')\n"
                 "except ValueError as err:\n"
                 "    v = 'caught ' + str(err)\n"
                 "v\n",
                 t, i, k);
        snprintf(c->want_repr, sizeof c->want_repr, "'caught no key%lld'", k);
        break;
    }
    default: { /* strings, a dict, an f-string and a float */
        char q[32];
        quarter_repr(q, sizeof q, k);
        snprintf(c->src, sizeof c->src,
                 "label_%d_%d = 'item%lld'\n"
                 "d = {label_%d_%d: %lld, 'half': %lld / 4}\n"
                 "f'{label_%d_%d}={d[label_%d_%d]}', d['half']\n",
                 t, i, k, t, i, k, k, t, i, t, i);
        snprintf(c->want_repr, sizeof c->want_repr, "('item%lld=%lld', %s)", k, k, q);
        break;
    }
    }
}

/* Replaces a waiting execution by one loaded from its snapshot (the old one is freed). NULL on failure. */
static PithExec *through_snapshot(Worker *w, const Case *c, PithEngine *e, PithExec *x) {
    unsigned char *bytes = NULL;
    size_t len = 0;
    PithSnapError err = pith_exec_dump(x, NULL, 0, &bytes, &len);
    pith_exec_free(x);
    if (err != PITH_SNAP_OK) {
        mismatch(w, c, "dump: %s", pith_snap_error_text(err));
        return NULL;
    }
    PithExec *y = pith_exec_load(e, bytes, len, NULL, 0, NULL, &err);
    free(bytes);
    if (!y) mismatch(w, c, "load: %s", pith_snap_error_text(err));
    return y;
}

/* Answers the pending call as the host of make_case does: ask_* doubles its int, fetch_* raises. */
static int answer(Worker *w, const Case *c, PithExec *x) {
    const PithCall *call = pith_exec_call(x);
    if (!call || strcmp(call->name, c->ext) != 0) {
        mismatch(w, c, "waiting on %s, expected %s", call ? call->name : "nothing", c->ext);
        return -1;
    }
    if (call->args->kind != PITH_LIST || call->args->u.seq.n != 1) {
        mismatch(w, c, "bad arguments");
        return -1;
    }
    const PithValue *arg = call->args->u.seq.items[0];
    if (c->ext[0] == 'f') {
        if (arg->kind != PITH_STR) {
            mismatch(w, c, "fetch: not a str");
            return -1;
        }
        char msg[64];
        snprintf(msg, sizeof msg, "no %s", arg->u.s.data);
        pith_exec_resume_error(x, "ValueError", msg);
        return 0;
    }
    if (arg->kind != PITH_INT || call->kwargs->u.dict.n != 1 ||
        strcmp(call->kwargs->u.dict.keys[0]->u.s.data, "tag") != 0) {
        mismatch(w, c, "ask: bad arguments");
        return -1;
    }
    PithValue *v = pith_value_int(2 * arg->u.i);
    pith_exec_resume(x, v);
    pith_value_free(v);
    return 0;
}

static void check_outcome(Worker *w, const Case *c, PithExec *x) {
    PithStatus st = pith_exec_status(x);
    if (c->want_type[0]) {
        const PithError *err = st == PITH_FAILED ? pith_exec_error(x) : NULL;
        if (!err) {
            mismatch(w, c, "status %d, expected %s", (int)st, c->want_type);
            return;
        }
        if (strcmp(err->type, c->want_type) != 0 || strcmp(err->message, c->want_msg) != 0) {
            mismatch(w, c, "raised %s: %s, expected %s: %s", err->type, err->message, c->want_type, c->want_msg);
            return;
        }
        w->passed++;
        return;
    }
    if (st != PITH_DONE) {
        const PithError *err = st == PITH_FAILED ? pith_exec_error(x) : NULL;
        mismatch(w, c, "status %d (%s: %s)", (int)st, err ? err->type : "", err ? err->message : "");
        return;
    }
    char *repr = pith_value_repr(pith_exec_result(x));
    const char *out = pith_exec_output(x, NULL);
    if (!repr || strcmp(repr, c->want_repr) != 0)
        mismatch(w, c, "result %s, expected %s", repr ? repr : "(null)", c->want_repr);
    else if (strcmp(out, c->want_out) != 0)
        mismatch(w, c, "output \"%s\", expected \"%s\"", out, c->want_out);
    else
        w->passed++;
    free(repr);
}

static void run_case(Worker *w, PithEngine *e, const Case *c, int i) {
    const char *exts[] = {c->ext};
    char filename[32], diag[1024];
    snprintf(filename, sizeof filename, "t%d_%d.py", w->id, i);
    PithCompileOptions o = {.filename = filename, .externals = exts, .nexternals = c->ext[0] ? 1 : 0};
    PithProgram *p = pith_compile(e, c->src, strlen(c->src), &o, diag, sizeof diag);
    if (!p) {
        mismatch(w, c, "compile: %s", diag);
        return;
    }
    PithExec *x = pith_exec_start(p, NULL);
    pith_program_free(p); /* the execution keeps it alive */
    if (!x) {
        mismatch(w, c, "out of memory starting");
        return;
    }
    for (int calls = 0; pith_exec_status(x) == PITH_WAITING; calls++) {
        if (calls > 4) {
            mismatch(w, c, "too many host calls");
            break;
        }
        if ((i / SHAPES) % 2 == 0 && !(x = through_snapshot(w, c, e, x))) return; /* half resume from bytes */
        if (answer(w, c, x)) break;
    }
    if (!w->failure[0]) check_outcome(w, c, x);
    pith_exec_free(x);
}

static void *work(void *arg) {
    Worker *w = arg;
    PithEngine *e = pith_engine_new();
    if (!e) {
        snprintf(w->failure, sizeof w->failure, "thread %d: no engine", w->id);
        return NULL;
    }
    Case c;
    for (int i = 0; i < PROGRAMS_PER_THREAD && !w->failure[0]; i++) {
        make_case(&c, w->id, i);
        run_case(w, e, &c, i);
    }
    pith_engine_free(e);
    return NULL;
}

static void test_two_engines_in_two_threads(void **state) {
    (void)state;
    Worker w[2] = {{.id = 1}, {.id = 2}};
    pthread_t th[2];
    for (int i = 0; i < 2; i++) assert_int_equal(pthread_create(&th[i], NULL, work, &w[i]), 0);
    for (int i = 0; i < 2; i++) assert_int_equal(pthread_join(th[i], NULL), 0);
    for (int i = 0; i < 2; i++) {
        if (w[i].failure[0]) fail_msg("%s", w[i].failure);
        assert_int_equal(w[i].passed, PROGRAMS_PER_THREAD);
    }
}

/* The same checks on one thread: a wrong expectation shows here, apart from any race. */
static void test_programs_alone(void **state) {
    (void)state;
    Worker w = {.id = 3};
    work(&w);
    if (w.failure[0]) fail_msg("%s", w.failure);
    assert_int_equal(w.passed, PROGRAMS_PER_THREAD);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_programs_alone),
        cmocka_unit_test(test_two_engines_in_two_threads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
