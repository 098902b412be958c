/* test_snapshot_modobj.c — the objects itertools, functools and operator make (RT_T_MODOBJ) held by a waiting
 * execution: they survive dump and load mid-way (a count part-consumed, a groupby between groups, a tee's
 * buffer, a product's indices, a partial, a cache), and a snapshot whose objects are forged — an unknown kind,
 * slots of the wrong type, indices outside their lists — is refused as corrupt; every flipped byte (checksum
 * recomputed) is refused or loads and then runs to an end, never a crash.
 * The forgeries are made by changing the objects of a waiting execution, then dumping it. Stage: tests. */
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
#include "test_snap_util.h"
#include "rt_exec.h"
#include "rt_functools.h"
#include "rt_itertools.h"
#include "rt_modobj.h"

static const char *const EXTS[] = {"ask"};

static const char *SRC = "import itertools, functools, operator\n"
                         "c = itertools.count(5, 2)\n"
                         "g = itertools.groupby('aabbc')\n"
                         "t1, t2 = itertools.tee(iter([1, 2, 3]))\n"
                         "pr = itertools.product('ab', repeat=2)\n"
                         "cy = itertools.cycle('xy')\n"
                         "p = functools.partial(operator.add, 100)\n"
                         "cache = functools.lru_cache(maxsize=4)(lambda v: v * 2)\n"
                         "get = operator.itemgetter(1, 0)\n"
                         "first = (next(c), next(g)[0], next(t1), next(pr), next(cy), p(1), cache(3))\n"
                         "y = ask(1)\n"
                         "k, grp = next(g)\n"
                         "print(first, y, next(c), k, list(grp), list(t1), list(t2), list(pr), next(cy), p(y),\n"
                         "      cache(3), cache.cache_info(), get('xyz'))\n";

static const char *EXPECTED = "(5, 'a', 1, ('a', 'a'), 'x', 101, 6) 2 7 b ['b', 'b'] [2, 3] [1, 2, 3] "
                              "[('a', 'b'), ('b', 'a'), ('b', 'b')] y 102 6 CacheInfo(hits=1, misses=1, maxsize=4, "
                              "currsize=1) ('y', 'x')\n";

enum { KEEP, BAD_KIND, BAD_MODULE, CYCLE_SAVED_NOT_LIST, TEE_INDEX, PRODUCT_INDEX, PARTIAL_ARGS, LRU_CACHE_NOT_DICT,
       GETTER_ITEMS };

/* The global holding a module object of that module and kind. */
static RtModObj *find(PithExec *x, int mod, int kind) {
    for (int i = 0; i < x->ctx.prog->nglobals; i++) {
        PV v = x->ctx.pub.g[i];
        if (v && RT_IS(v, RT_T_MODOBJ) && MO(v)->mod == mod && MO(v)->kind == kind) return MO(v);
    }
    return NULL;
}

static PithExec *start(PithEngine *e, PithProgram **p) {
    PithCompileOptions co = {.externals = EXTS, .nexternals = 1};
    char diag[256];
    *p = pith_compile(e, SRC, strlen(SRC), &co, diag, sizeof diag);
    assert_non_null(*p);
    PithExec *x = pith_exec_start(*p, NULL);
    assert_int_equal(pith_exec_status(x), PITH_WAITING);
    return x;
}

/* Runs SRC to its host call, forges one object, dumps, loads, resumes with 2 and returns the load's error
 * (and the output, when it ran). Each forgery is undone before teardown, whose hooks trust the objects. */
static PithSnapError load_after(int forge, char *out, size_t cap) {
    PithEngine *e = pith_engine_new();
    PithProgram *p;
    PithExec *x = start(e, &p);
    RtModObj *cnt = find(x, PITH_MOD_ITERTOOLS, IT_COUNT), *cyc = find(x, PITH_MOD_ITERTOOLS, IT_CYCLE);
    RtModObj *tee = find(x, PITH_MOD_ITERTOOLS, IT_TEE), *prod = find(x, PITH_MOD_ITERTOOLS, IT_PRODUCT);
    RtModObj *part = find(x, PITH_MOD_FUNCTOOLS, FT_PARTIAL), *lru = find(x, PITH_MOD_FUNCTOOLS, FT_LRU);
    RtModObj *get = find(x, PITH_MOD_OPERATOR, 0); /* operator's first kind: itemgetter */
    RtModObj *grp = find(x, PITH_MOD_ITERTOOLS, IT_GROUPBY);
    assert_non_null(cnt), assert_non_null(cyc), assert_non_null(tee), assert_non_null(prod);
    assert_non_null(part), assert_non_null(lru), assert_non_null(get), assert_non_null(grp);
    RtModObj saved_cnt = *cnt, saved_tee = *tee;
    PV saved_slot = PV_NULL, *slot = NULL, saved_index = PV_NULL;
    switch (forge) {
    case BAD_KIND: cnt->kind = 1000; break;
    case BAD_MODULE: cnt->mod = PITH_MOD_COUNT + 1; break;
    case CYCLE_SAVED_NOT_LIST: slot = &cyc->s[1]; break;
    case TEE_INDEX: tee->n[0] = 50; break;
    case PRODUCT_INDEX:
        saved_index = ((RtList *)prod->s[1])->items[0];
        ((RtList *)prod->s[1])->items[0] = PV_INT(7);
        break;
    case PARTIAL_ARGS: slot = &part->s[1]; break;
    case LRU_CACHE_NOT_DICT: slot = &lru->s[1]; break;
    case GETTER_ITEMS: slot = &get->s[0]; break;
    default: break;
    }
    if (slot) {
        saved_slot = *slot;
        *slot = PV_INT(3);
    }
    unsigned char *snap;
    size_t len;
    assert_int_equal(pith_exec_dump(x, NULL, 0, &snap, &len), PITH_SNAP_OK);
    if (slot) *slot = saved_slot;
    *cnt = saved_cnt;
    *tee = saved_tee;
    if (saved_index) ((RtList *)prod->s[1])->items[0] = saved_index;
    pith_exec_free(x);
    PithSnapError err = load_resume_output(e, snap, len, 2, out, cap);
    pith_program_free(p);
    pith_engine_free(e);
    return err;
}

static void test_module_objects_survive(void **state) {
    (void)state;
    char out[512] = "";
    assert_int_equal(load_after(KEEP, out, sizeof out), PITH_SNAP_OK);
    assert_string_equal(out, EXPECTED);
}

static void test_forged_objects_refused(void **state) {
    (void)state;
    char out[512];
    for (int forge = BAD_KIND; forge <= GETTER_ITEMS; forge++) {
        PithSnapError err = load_after(forge, out, sizeof out);
        if (err != PITH_SNAP_CORRUPT) fail_msg("forgery %d loaded (error %d)", forge, (int)err);
    }
}

/* Every flipped byte with the checksum recomputed reaches the decoder: refused (typed), or loaded and then
 * run to an end (done or failed) — never a crash. */
static void test_flips_past_checksum(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    PithProgram *p;
    PithExec *x = start(e, &p);
    unsigned char *snap;
    size_t len;
    assert_int_equal(pith_exec_dump(x, NULL, 0, &snap, &len), PITH_SNAP_OK);
    pith_exec_free(x);
    unsigned char *copy = malloc(len);
    int refused = 0, loaded = 0;
    for (size_t i = 0; i + 8 < len; i += 2) {
        memcpy(copy, snap, len);
        copy[i] ^= (unsigned char)(1u << (i % 7));
        uint64_t sum = XXH3_64bits(copy, len - 8);
        for (int k = 0; k < 8; k++) copy[len - 8 + (size_t)k] = (unsigned char)(sum >> (8 * k));
        PithSnapError err = PITH_SNAP_OK;
        PithExec *y = pith_exec_load_program(p, copy, len, NULL, 0, NULL, &err);
        if (!y) {
            assert_true(err > PITH_SNAP_OK && err <= PITH_SNAP_UNSUPPORTED);
            refused++;
            continue;
        }
        loaded++;
        PithValue *two = pith_value_int(2);
        PithStatus st = pith_exec_resume(y, two);
        pith_value_free(two);
        assert_true(st == PITH_DONE || st == PITH_FAILED || st == PITH_WAITING);
        pith_exec_free(y);
    }
    assert_true(refused > 0);
    assert_true(loaded > 0);
    free(copy);
    free(snap);
    pith_program_free(p);
    pith_engine_free(e);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_module_objects_survive),
        cmocka_unit_test(test_forged_objects_refused),
        cmocka_unit_test(test_flips_past_checksum),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
