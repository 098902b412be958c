/* test_snapshot_collections.c — the values of collections held by a waiting execution (a Counter, a defaultdict
 * with its factory, an OrderedDict, a bounded deque and an iterator over it, a ChainMap) survive dump and load,
 * and a snapshot whose deque or ChainMap is forged — more items than its maxlen, maps that are not a list — is
 * refused as corrupt. The forgery is made by changing the objects of a waiting execution, then dumping it.
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
#include "rt_values.h"

static const char *const EXTS[] = {"ask"};

static const char *SRC = "from collections import *\n"
                         "c = Counter('abca')\n"
                         "d = defaultdict(list)\n"
                         "d['k'].append(1)\n"
                         "o = OrderedDict(b=1, a=2)\n"
                         "q = deque([1, 2], maxlen=2)\n"
                         "it = iter(q)\n"
                         "first = next(it)\n"
                         "m = ChainMap({'x': 1}, {'y': 2})\n"
                         "y = ask(1)\n"
                         "d['z'].append(y)\n"
                         "q.append(y)\n"
                         "print(c, d, o, q, first, m['y'], m)\n";

enum { KEEP, DEQUE_OVER_MAXLEN, MAPS_NOT_LIST };

static PithSnapError load_after(int forge, char *out, size_t cap) {
    PithEngine *e = pith_engine_new();
    PithCompileOptions co = {.externals = EXTS, .nexternals = 1};
    char diag[256];
    PithProgram *p = pith_compile(e, SRC, strlen(SRC), &co, diag, sizeof diag);
    assert_non_null(p);
    PithExec *x = pith_exec_start(p, NULL);
    assert_int_equal(pith_exec_status(x), PITH_WAITING);
    RtDeque *q = NULL;
    RtChainMap *m = NULL;
    for (int i = 0; i < x->ctx.prog->nglobals; i++) {
        PV v = x->ctx.pub.g[i];
        if (v && RT_IS(v, RT_T_DEQUE)) q = (RtDeque *)v;
        if (v && RT_IS(v, RT_T_CHAINMAP)) m = (RtChainMap *)v;
    }
    assert_non_null(q);
    assert_non_null(m);
    PV maps = m->maps;
    if (forge == DEQUE_OVER_MAXLEN) q->maxlen = 1;
    if (forge == MAPS_NOT_LIST) m->maps = ((RtList *)maps)->items[0]; /* a dict */
    unsigned char *snap;
    size_t len;
    assert_int_equal(pith_exec_dump(x, NULL, 0, &snap, &len), PITH_SNAP_OK);
    q->maxlen = 2; /* teardown sees the objects as they were */
    m->maps = maps;
    pith_exec_free(x);
    PithSnapError err = load_resume_output(e, snap, len, 7, out, cap);
    pith_program_free(p);
    pith_engine_free(e);
    return err;
}

static void test_collections_survive(void **state) {
    (void)state;
    char out[512] = "";
    assert_int_equal(load_after(KEEP, out, sizeof out), PITH_SNAP_OK);
    assert_string_equal(out, "Counter({'a': 2, 'b': 1, 'c': 1}) defaultdict(<class 'list'>, {'k': [1], 'z': [7]}) "
                             "OrderedDict([('b', 1), ('a', 2)]) deque([2, 7], maxlen=2) 1 2 "
                             "ChainMap({'x': 1}, {'y': 2})\n");
}

static void test_deque_over_maxlen_refused(void **state) {
    (void)state;
    char out[512] = "";
    assert_int_equal(load_after(DEQUE_OVER_MAXLEN, out, sizeof out), PITH_SNAP_CORRUPT);
}

static void test_chainmap_maps_not_list_refused(void **state) {
    (void)state;
    char out[512] = "";
    assert_int_equal(load_after(MAPS_NOT_LIST, out, sizeof out), PITH_SNAP_CORRUPT);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_collections_survive),
        cmocka_unit_test(test_deque_over_maxlen_refused),
        cmocka_unit_test(test_chainmap_maps_not_list_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
