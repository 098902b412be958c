/* test_snapshot_re.c — re's objects in snapshots: a Pattern (stored as its source, flags and group count,
 * compiled again on load), a Match (its pattern, subject and code point spans) and the native frame of re.sub
 * with a function that waits on the host survive dump and load; forged ones are refused: a Match whose span
 * leaves its subject, whose group count disagrees with its pattern or whose subject is not text; a Pattern
 * whose source no longer compiles or whose flags cannot go with a str pattern; and a sub loop whose saved scan
 * position leaves the subject, or whose subject is missing, stops with SystemError when it resumes. The
 * forgery is made by changing the objects of a waiting execution, then dumping it. Stage: tests (runtime,
 * api). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "pith.h"
#include "rt_exec.h"
#include "rt_mod_re.h"

static const char *const EXTS[] = {"ask"};

/* The first host call waits with a Pattern and a Match in globals; the second inside re.sub's function. */
static const char *SRC = "import re\n"
                         "p = re.compile(r'(?P<w>\\w+)-(\\d)?', re.I)\n"
                         "m = p.search('xx ABé-')\n"
                         "y = ask(1)\n"
                         "print(p, m, m.span('w'), m.group(2), m.lastgroup)\n"
                         "print(p.sub(lambda k: k.group('w') + str(ask(2)), 'a-1 b-'))\n";

enum { KEEP, SPAN_OUT, GROUPS, SUBJECT_INT, SOURCE_BAD, FLAGS_BAD, DRIVE_POS, DRIVE_NULL };

static PV global_of(PithExec *x, int type) {
    for (int i = 0; i < x->ctx.prog->nglobals; i++) {
        PV v = x->ctx.pub.g[i];
        if (v && RT_IS(v, type)) return v;
    }
    return PV_NULL;
}

/* The native frame of the sub loop, on the chain of a run waiting inside the replacement function. */
static PFrame *drive_frame(PithExec *x) {
    for (PFrame *f = x->ctx.top; f; f = f->parent)
        if (f->fn && f->fn->name && strcmp(f->fn->name, "<native drive>") == 0) return f;
    return NULL;
}

static PithExec *load(PithEngine *e, PithExec *x, PithSnapError *err) {
    unsigned char *snap;
    size_t len;
    assert_int_equal(pith_exec_dump(x, NULL, 0, &snap, &len), PITH_SNAP_OK);
    PithExec *y = pith_exec_load(e, snap, len, NULL, 0, NULL, err);
    free(snap);
    return y;
}

static PithStatus answer(PithExec *x, long v) {
    PithValue *n = pith_value_int(v);
    PithStatus s = pith_exec_resume(x, n);
    pith_value_free(n);
    return s;
}

/* Runs SRC to its first host call, forges (or not), dumps and loads; resumes the loaded run to its second host
 * call, forges the sub loop there when asked, dumps, loads and finishes it. Returns the first failing load's
 * error, the final status in *status and the output in out. */
static PithSnapError run(int forge, PithStatus *status, char *out, size_t cap) {
    PithEngine *e = pith_engine_new();
    PithCompileOptions co = {.externals = EXTS, .nexternals = 1};
    char diag[256];
    PithProgram *p = pith_compile(e, SRC, strlen(SRC), &co, diag, sizeof diag);
    assert_non_null(p);
    PithExec *x = pith_exec_start(p, NULL);
    assert_int_equal(pith_exec_status(x), PITH_WAITING);
    RtReMatch *m = (RtReMatch *)global_of(x, RT_T_RE_MATCH);
    RtRePattern *pat = (RtRePattern *)global_of(x, RT_T_RE_PATTERN);
    assert_non_null(m);
    assert_non_null(pat);
    RtReMatch saved_m = *m;
    pi64 saved_end = m->span[1];
    int saved_flags = pat->flags;
    PV saved_src = pat->pattern, bad_src = PV_NULL;
    if (forge == SPAN_OUT) m->span[1] = 1000;
    if (forge == GROUPS) m->ngroups = 1;
    if (forge == SUBJECT_INT) m->string = PV_INT(5);
    if (forge == SOURCE_BAD) pat->pattern = bad_src = rt_str_cstr(&x->ctx.pub, "(");
    if (forge == FLAGS_BAD) pat->flags |= RE_LOCALE;
    PithSnapError err = PITH_SNAP_OK;
    PithExec *y = load(e, x, &err);
    /* the forged objects must not reach teardown as they are */
    m->span[1] = saved_end;
    m->ngroups = saved_m.ngroups;
    m->string = saved_m.string;
    pat->pattern = saved_src;
    pat->flags = saved_flags;
    if (bad_src) pv_decref(&x->ctx.pub, bad_src);
    pith_exec_free(x);
    *status = PITH_FAILED;
    out[0] = 0;
    if (y && answer(y, 2) == PITH_WAITING) {
        PithExec *z = y;
        PFrame *d = drive_frame(z);
        assert_non_null(d);
        PV saved_next = d->s[4], saved_subject = d->s[1];
        if (forge == DRIVE_POS) d->s[4] = PV_INT(100000);
        if (forge == DRIVE_NULL) d->s[1] = PV_NULL; /* found by fuzz_resume: the step read it as an object */
        y = load(e, z, &err);
        d->s[4] = saved_next;
        d->s[1] = saved_subject;
        pith_exec_free(z);
        if (y) {
            while ((*status = answer(y, 7)) == PITH_WAITING) {}
            size_t n = 0;
            const char *o = pith_exec_output(y, &n);
            snprintf(out, cap, "%.*s", (int)n, o ? o : "");
            if (*status == PITH_FAILED) snprintf(out, cap, "%s", pith_exec_error(y)->message);
        }
    }
    pith_exec_free(y);
    pith_program_free(p);
    pith_engine_free(e);
    return err;
}

static void test_re_values_survive(void **state) {
    (void)state;
    char out[512];
    PithStatus st;
    assert_int_equal(run(KEEP, &st, out, sizeof out), PITH_SNAP_OK);
    assert_int_equal(st, PITH_DONE);
    assert_string_equal(out, "re.compile('(?P<w>\\\\w+)-(\\\\d)?', re.IGNORECASE) "
                             "<re.Match object; span=(3, 7), match='ABé-'> (3, 6) None w\na7 b7\n");
}

static void test_forged_re_objects_refused(void **state) {
    (void)state;
    char out[512];
    PithStatus st;
    assert_int_equal(run(SPAN_OUT, &st, out, sizeof out), PITH_SNAP_CORRUPT);
    assert_int_equal(run(GROUPS, &st, out, sizeof out), PITH_SNAP_CORRUPT);
    assert_int_equal(run(SUBJECT_INT, &st, out, sizeof out), PITH_SNAP_CORRUPT);
    assert_int_equal(run(SOURCE_BAD, &st, out, sizeof out), PITH_SNAP_CORRUPT);
    assert_int_equal(run(FLAGS_BAD, &st, out, sizeof out), PITH_SNAP_CORRUPT);
}

static void test_forged_sub_loop_stops(void **state) {
    (void)state;
    char out[512];
    PithStatus st;
    assert_int_equal(run(DRIVE_POS, &st, out, sizeof out), PITH_SNAP_OK);
    assert_int_equal(st, PITH_FAILED);
    assert_string_equal(out, "corrupt native frame");
    assert_int_equal(run(DRIVE_NULL, &st, out, sizeof out), PITH_SNAP_OK);
    assert_int_equal(st, PITH_FAILED);
    assert_string_equal(out, "corrupt native frame");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_re_values_survive),
        cmocka_unit_test(test_forged_re_objects_refused),
        cmocka_unit_test(test_forged_sub_loop_stops),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
