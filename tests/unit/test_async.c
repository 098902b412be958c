/* test_async.c — cmocka tests of concurrent host calls through the public API (include/pith.h): async code
 * that awaits several host calls at once stops with all of them pending, each with an id; the host answers
 * them in any order, one at a time or several at once, and snapshots taken between answers resume exactly.
 * Expected results are CPython 3.11's for the same program (gather keeps argument order, tasks resume in the
 * order their answers come). Stage: tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <xxhash.h>

#include "pith.h"

static const char *const EXTS[] = {"fetch", "settings"};

/* gather(*(fetch(u) for u in urls)): every call is made before any answer */
static const char *const GATHER_SRC = "import asyncio\n"
                                      "async def work(u):\n"
                                      "    page = await fetch(u, retries=2)\n"
                                      "    print('got', u)\n"
                                      "    return page\n"
                                      "async def main():\n"
                                      "    return await asyncio.gather(*(work(u) for u in urls))\n"
                                      "asyncio.run(main())\n";

static PithProgram *compile(PithEngine *e, const char *src) {
    static const char *const inputs[] = {"urls"};
    PithCompileOptions o = {.filename = "async.py", .externals = EXTS, .nexternals = 2, .inputs = inputs, .ninputs = 1};
    char diag[1024];
    PithProgram *p = pith_compile(e, src, strlen(src), &o, diag, sizeof diag);
    if (!p) fprintf(stderr, "compile failed: %s\n", diag);
    assert_non_null(p);
    return p;
}

/* urls = ["u0", ..., "u{n-1}"] */
static PithExec *start(PithProgram *p, int n) {
    PithValue *urls = pith_value_list();
    for (int i = 0; i < n; i++) {
        char u[16];
        snprintf(u, sizeof u, "u%d", i);
        pith_value_append(urls, pith_value_str(u, strlen(u)));
    }
    const char *names[] = {"urls"};
    const PithValue *values[] = {urls};
    PithRunOptions ro = {.input_names = names, .input_values = values, .ninputs = 1};
    PithExec *x = pith_exec_start(p, &ro);
    pith_value_free(urls);
    return x;
}

/* The page the host gives for a call: "page of " + its first argument. */
static PithValue *page_for(const PithCall *call) {
    char t[64];
    const PithValue *u = call->args->u.seq.items[0];
    snprintf(t, sizeof t, "page of %.*s", (int)u->u.s.len, u->u.s.data);
    return pith_value_str(t, strlen(t));
}

static void check_result(PithExec *x, const char *json, const char *out) {
    if (pith_exec_status(x) == PITH_FAILED) fail_msg("failed: %s", pith_exec_error(x)->traceback);
    assert_int_equal(pith_exec_status(x), PITH_DONE);
    char *j = pith_value_to_json(pith_exec_result(x));
    assert_string_equal(j, json);
    free(j);
    size_t n;
    assert_string_equal(pith_exec_output(x, &n), out);
}

#define FIVE_PAGES "[\"page of u0\", \"page of u1\", \"page of u2\", \"page of u3\", \"page of u4\"]"

/* All five calls are pending at the first stop, with ids, names, args and kwargs; answered in reverse order
 * (all at once), the tasks resume in that order and gather's result keeps argument order. */
static void test_gather_all_pending_then_reverse(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    PithProgram *p = compile(e, GATHER_SRC);
    PithExec *x = start(p, 5);
    assert_int_equal(pith_exec_status(x), PITH_WAITING);
    assert_int_equal(pith_exec_call_count(x), 5);
    for (size_t i = 0; i < 5; i++) {
        const PithCall *c = pith_exec_call_at(x, i);
        assert_int_equal(c->id, (int64_t)i + 1);
        assert_string_equal(c->name, "fetch");
        char *args = pith_value_to_json(c->args), *kw = pith_value_to_json(c->kwargs), want[32];
        snprintf(want, sizeof want, "[\"u%zu\"]", i);
        assert_string_equal(args, want);
        assert_string_equal(kw, "{\"retries\": 2}");
        free(args);
        free(kw);
    }
    assert_ptr_equal(pith_exec_call(x), pith_exec_call_at(x, 0));
    assert_null(pith_exec_call_at(x, 5));
    for (size_t i = 5; i-- > 0;) {
        const PithCall *c = pith_exec_call_at(x, i);
        PithValue *v = page_for(c);
        assert_int_equal(pith_exec_answer(x, c->id, v), PITH_WAITING);
        pith_value_free(v);
    }
    assert_int_equal(pith_exec_continue(x), PITH_DONE);
    check_result(x, FIVE_PAGES, "got u4\ngot u3\ngot u2\ngot u1\ngot u0\n");
    pith_exec_free(x);
    pith_program_free(p);
    pith_engine_free(e);
}

/* One answer at a time: the run goes on and stops again with the calls still pending; answering an unknown
 * id or the same id twice is misuse. */
static void test_one_at_a_time(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    PithProgram *p = compile(e, GATHER_SRC);
    PithExec *x = start(p, 3);
    PithValue *v = pith_value_str("p", 1);
    assert_int_equal(pith_exec_answer(x, 99, v), PITH_INVALID);
    assert_int_equal(pith_exec_answer(x, 2, v), PITH_WAITING);
    assert_int_equal(pith_exec_answer(x, 2, v), PITH_INVALID);
    assert_int_equal(pith_exec_continue(x), PITH_WAITING);
    assert_int_equal(pith_exec_call_count(x), 2);
    assert_int_equal(pith_exec_call_at(x, 0)->id, 1);
    assert_int_equal(pith_exec_call_at(x, 1)->id, 3);
    size_t n;
    assert_string_equal(pith_exec_output(x, &n), "got u1\n");
    /* the single-call API answers the first pending call */
    assert_int_equal(pith_exec_resume(x, v), PITH_WAITING);
    assert_int_equal(pith_exec_call_count(x), 1);
    assert_int_equal(pith_exec_call(x)->id, 3);
    assert_int_equal(pith_exec_resume(x, v), PITH_DONE);
    check_result(x, "[\"p\", \"p\", \"p\"]", "got u1\ngot u0\ngot u2\n");
    pith_value_free(v);
    pith_exec_free(x);
    pith_program_free(p);
    pith_engine_free(e);
}

static PithExec *reload(PithEngine **e, PithExec *x) {
    unsigned char *snap;
    size_t len;
    assert_int_equal(pith_exec_dump(x, NULL, 0, &snap, &len), PITH_SNAP_OK);
    pith_exec_free(x);
    pith_engine_free(*e);
    *e = pith_engine_new();
    PithSnapError err = PITH_SNAP_NOMEM;
    PithExec *y = pith_exec_load(*e, snap, len, NULL, 0, NULL, &err);
    free(snap);
    assert_int_equal(err, PITH_SNAP_OK);
    return y;
}

/* A waiting execution with four calls pending dumps and loads in a fresh engine with the same calls; two
 * answers recorded before the next dump survive it; the rest are answered after. */
static void test_snapshots_between_answers(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    PithProgram *p = compile(e, GATHER_SRC);
    PithExec *x = start(p, 4);
    pith_program_free(p);
    x = reload(&e, x);
    assert_int_equal(pith_exec_status(x), PITH_WAITING);
    assert_int_equal(pith_exec_call_count(x), 4);
    for (size_t i = 0; i < 4; i++) assert_int_equal(pith_exec_call_at(x, i)->id, (int64_t)i + 1);
    PithValue *v = page_for(pith_exec_call_at(x, 3));
    assert_int_equal(pith_exec_answer(x, 4, v), PITH_WAITING);
    pith_value_free(v);
    v = page_for(pith_exec_call_at(x, 1));
    assert_int_equal(pith_exec_answer(x, 2, v), PITH_WAITING);
    pith_value_free(v);
    x = reload(&e, x);
    assert_int_equal(pith_exec_call_count(x), 2); /* the answered ones are no longer pending */
    assert_int_equal(pith_exec_call_at(x, 0)->id, 1);
    assert_int_equal(pith_exec_call_at(x, 1)->id, 3);
    assert_int_equal(pith_exec_continue(x), PITH_WAITING);
    size_t n;
    assert_string_equal(pith_exec_output(x, &n), "got u3\ngot u1\n");
    x = reload(&e, x);
    for (int i = 0; i < 2; i++) {
        const PithCall *c = pith_exec_call_at(x, (size_t)i);
        v = page_for(c);
        assert_int_equal(pith_exec_answer(x, c->id, v), PITH_WAITING);
        pith_value_free(v);
    }
    assert_int_equal(pith_exec_continue(x), PITH_DONE);
    check_result(x, "[\"page of u0\", \"page of u1\", \"page of u2\", \"page of u3\"]",
                 "got u3\ngot u1\ngot u0\ngot u2\n");
    pith_exec_free(x);
    pith_engine_free(e);
}

/* An error answer raises at its await; with return_exceptions it takes its place in the results, as a
 * class the host named. */
static void test_error_answers(void **state) {
    (void)state;
    const char *src = "import asyncio\n"
                      "async def main():\n"
                      "    r = await asyncio.gather(*(fetch(u) for u in urls), return_exceptions=True)\n"
                      "    return [type(x).__name__ + ':' + str(x) for x in r]\n"
                      "asyncio.run(main())\n";
    PithEngine *e = pith_engine_new();
    PithProgram *p = compile(e, src);
    PithExec *x = start(p, 3);
    assert_int_equal(pith_exec_call_count(x), 3);
    PithValue *v = pith_value_str("ok", 2);
    assert_int_equal(pith_exec_answer_error(x, 2, "ToolError", "quota"), PITH_WAITING);
    assert_int_equal(pith_exec_answer_error(x, 3, "Not A Name", "x"), PITH_INVALID);
    assert_int_equal(pith_exec_answer(x, 3, v), PITH_WAITING);
    assert_int_equal(pith_exec_answer_error(x, 1, "KeyError", "k"), PITH_WAITING);
    assert_int_equal(pith_exec_continue(x), PITH_DONE);
    check_result(x, "[\"KeyError:'k'\", \"ToolError:quota\", \"str:ok\"]", "");
    pith_value_free(v);
    pith_exec_free(x);
    pith_program_free(p);
    pith_engine_free(e);
}

/* A host call made by ordinary code inside a task blocks the whole run: with an async call pending too, both
 * are listed; answering only the async one does not let the run go on. */
static void test_blocking_call_among_async(void **state) {
    (void)state;
    const char *src = "import asyncio\n"
                      "def limit():\n"
                      "    return settings('limit')\n"
                      "async def a():\n"
                      "    return await fetch('x')\n"
                      "async def b():\n"
                      "    await asyncio.sleep(0)\n"
                      "    return limit()\n"
                      "async def main():\n"
                      "    return await asyncio.gather(a(), b())\n"
                      "asyncio.run(main())\n";
    PithEngine *e = pith_engine_new();
    PithProgram *p = compile(e, src);
    PithExec *x = start(p, 0);
    assert_int_equal(pith_exec_status(x), PITH_WAITING);
    assert_int_equal(pith_exec_call_count(x), 2);
    assert_string_equal(pith_exec_call_at(x, 0)->name, "fetch");
    assert_string_equal(pith_exec_call_at(x, 1)->name, "settings");
    x = reload(&e, x);
    assert_int_equal(pith_exec_call_count(x), 2);
    PithValue *one = pith_value_int(1), *two = pith_value_int(2);
    assert_int_equal(pith_exec_answer(x, 1, one), PITH_WAITING);
    assert_int_equal(pith_exec_continue(x), PITH_WAITING); /* still blocked by settings() */
    assert_int_equal(pith_exec_call_count(x), 1);
    assert_int_equal(pith_exec_call(x)->id, 2);
    assert_int_equal(pith_exec_answer(x, 2, two), PITH_WAITING);
    unsigned char *snap;
    size_t len;
    assert_int_equal(pith_exec_dump(x, NULL, 0, &snap, &len), PITH_SNAP_NOT_WAITING);
    assert_int_equal(pith_exec_continue(x), PITH_DONE);
    check_result(x, "[1, 2]", "");
    pith_value_free(one);
    pith_value_free(two);
    pith_exec_free(x);
    pith_program_free(p);
    pith_engine_free(e);
}

/* A waiting async execution's snapshot with bytes flipped and the checksum recomputed reaches the decoder and,
 * when it loads, the event loop: each must refuse (a typed error, a SystemError or a failed run) or run, never
 * crash or leak (run under valgrind / the sanitizers). */
static void test_flips_past_checksum(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    PithProgram *p = compile(e, GATHER_SRC);
    PithExec *x = start(p, 2);
    PithValue *v = pith_value_str("p", 1);
    assert_int_equal(pith_exec_answer(x, 2, v), PITH_WAITING); /* an answered call in the loop's list too */
    unsigned char *snap;
    size_t len;
    assert_int_equal(pith_exec_dump(x, NULL, 0, &snap, &len), PITH_SNAP_OK);
    pith_exec_free(x);
    unsigned char *copy = malloc(len);
    PithRunOptions ro = {.limits = {.max_seconds = 0.5}};
    int refused = 0, ran = 0;
    for (size_t i = 0; i + 8 < len; i++) {
        for (int bit = 0; bit < 8; bit += 5) {
            memcpy(copy, snap, len);
            copy[i] ^= (unsigned char)(1u << bit);
            uint64_t sum = XXH3_64bits(copy, len - 8);
            for (int k = 0; k < 8; k++) copy[len - 8 + (size_t)k] = (unsigned char)(sum >> (8 * k));
            PithSnapError err = PITH_SNAP_OK;
            PithExec *y = pith_exec_load(e, copy, len, NULL, 0, &ro, &err);
            if (!y) {
                assert_true(err > PITH_SNAP_OK && err <= PITH_SNAP_UNSUPPORTED);
                refused++;
                continue;
            }
            for (int steps = 0; pith_exec_status(y) == PITH_WAITING && steps < 8; steps++) {
                size_t n = pith_exec_call_count(y);
                for (size_t k = 0; k < n; k++) pith_exec_answer(y, pith_exec_call_at(y, k)->id, v);
                pith_exec_continue(y);
            }
            ran++;
            pith_exec_free(y);
        }
    }
    assert_true(refused > 0 && ran > 0);
    free(copy);
    free(snap);
    pith_value_free(v);
    pith_program_free(p);
    pith_engine_free(e);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_gather_all_pending_then_reverse), cmocka_unit_test(test_one_at_a_time),
        cmocka_unit_test(test_snapshots_between_answers),       cmocka_unit_test(test_error_answers),
        cmocka_unit_test(test_blocking_call_among_async),
        cmocka_unit_test(test_flips_past_checksum),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
