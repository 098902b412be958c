/* test_snapshot_slots.c — a loaded snapshot's frames are checked against the slot kinds codegen emits
 * (PFuncDesc.slot_kinds): a frame whose cell slot holds another kind of value, or whose range loop's slots
 * (PITH_SLOTS_RANGE: cur, count, step, iterator) are in a state the loop cannot reach (what a forged
 * snapshot can do; generated code would make a value of nothing or a pointer of an int) is refused as
 * corrupt, while the same snapshot untouched loads. A loop left with no counters and no iterator loads (it is
 * the state before the loop) and resuming into it raises SystemError instead of dereferencing nothing. The
 * forgery is made by changing a waiting execution's frame, then dumping it. Stage: tests (runtime, api). */
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

static const char *const EXTS[] = {"ask"};

typedef void (*Forge)(PCtx *c, PV *slots, const void *arg);
typedef void (*ForgeFrame)(PCtx *c, PFrame *top, const void *arg);

/* Runs src to its first host call, lets forge rewrite the waiting frame chain (when forge is set), dumps and
 * loads; returns the load's error and, when `loaded` is given, the loaded execution resumed with 1. */
static PithSnapError load_forged_frame(const char *src, ForgeFrame forge, const void *arg, PithExec **loaded) {
    PithEngine *e = pith_engine_new();
    PithCompileOptions co = {.externals = EXTS, .nexternals = 1};
    char diag[256];
    PithProgram *p = pith_compile(e, src, strlen(src), &co, diag, sizeof diag);
    assert_non_null(p);
    PithExec *x = pith_exec_start(p, NULL);
    assert_int_equal(pith_exec_status(x), PITH_WAITING);
    if (forge) forge(&x->ctx.pub, x->ctx.top, arg);
    unsigned char *snap;
    size_t len;
    assert_int_equal(pith_exec_dump(x, NULL, 0, &snap, &len), PITH_SNAP_OK);
    pith_exec_free(x);
    PithSnapError err = PITH_SNAP_OK;
    PithExec *y = pith_exec_load(e, snap, len, NULL, 0, NULL, &err);
    if (loaded && y) {
        PithValue *v = pith_value_int(1);
        pith_exec_resume(y, v);
        pith_value_free(v);
        *loaded = y;
    } else
        pith_exec_free(y);
    free(snap);
    pith_program_free(p);
    pith_engine_free(e);
    return err;
}

/* load_forged_frame with forge given the top frame's slots from the first of kind `kind` on. */
typedef struct KindForge {
    char kind;
    Forge forge;
    const void *arg;
} KindForge;

static void forge_kind(PCtx *c, PFrame *fr, const void *arg) {
    const KindForge *k = arg;
    const char *kinds = fr->fn->slot_kinds;
    assert_non_null(kinds);
    const char *at = strchr(kinds, k->kind);
    assert_non_null(at);
    k->forge(c, fr->s + (at - kinds), k->arg);
}

static PithSnapError load_forged(const char *src, char kind, Forge forge, const void *arg, PithExec **loaded) {
    KindForge k = {kind, forge, arg};
    return load_forged_frame(src, forge ? forge_kind : NULL, &k, loaded);
}

/* Sets one slot (PV_NULL stands for a fresh float) and releases what it held. */
static void set_slot(PCtx *c, PV *s, PV v) {
    PV old = *s;
    *s = v == PV_NULL ? rt_float_new(c, 1.5) : v;
    if (old) pv_decref(c, old);
}

static void forge_cell(PCtx *c, PV *s, const void *arg) { set_slot(c, s, *(const PV *)arg); }

static const char *CELL = "def f(x):\n    g = lambda: x\n    y = ask(1)\n    return g() + y\nf(5)\n";

static void test_cell_slot(void **state) {
    (void)state;
    PV fl = PV_NULL, seven = PV_INT(7);
    assert_int_equal(load_forged(CELL, 'c', NULL, NULL, NULL), PITH_SNAP_OK);
    assert_int_equal(load_forged(CELL, 'c', forge_cell, &fl, NULL), PITH_SNAP_CORRUPT);    /* a float */
    assert_int_equal(load_forged(CELL, 'c', forge_cell, &seven, NULL), PITH_SNAP_CORRUPT); /* an int */
}

/* A range loop's four slots as a forgery sets them: EMPTY leaves a slot empty, KEEP keeps it, LIST puts a
 * list there; anything else is the value. */
#define EMPTY ((PV)2)
#define KEEP ((PV)4)
#define LIST ((PV)6)
typedef struct RangeSlots {
    PV v[4];
} RangeSlots;

static void forge_range(PCtx *c, PV *s, const void *arg) {
    const RangeSlots *f = arg;
    for (int i = 0; i < 4; i++) {
        if (f->v[i] == KEEP) continue;
        if (f->v[i] != EMPTY) {
            set_slot(c, &s[i], f->v[i] == LIST ? rt_list_new(c, 0) : f->v[i]);
        } else if (s[i]) {
            pv_decref(c, s[i]);
            s[i] = 0;
        }
    }
}

/* waiting inside the loop with (cur, count, step) = (1, 2, 1): the counting path */
static const char *RANGE = "def f():\n    t = 0\n    for i in range(3):\n        t += ask(i)\n    return t\nf()\n";
/* waiting inside a loop over a range past 64 bits: no counters, the iterator */
static const char *BIG = "def f():\n    t = 0\n    for i in range(2**64, 2**64 + 3):\n        t += ask(i)\n"
                         "    return t\nf()\n";

static PithSnapError load_range(const char *src, PV cur, PV count, PV step, PV iter) {
    RangeSlots f = {{cur, count, step, iter}};
    return load_forged(src, PITH_SLOTS_RANGE[0], forge_range, &f, NULL);
}

static void test_range_slots_consistent(void **state) {
    (void)state;
    assert_int_equal(load_forged(RANGE, 'r', NULL, NULL, NULL), PITH_SNAP_OK);
    assert_int_equal(load_forged(BIG, 'r', NULL, NULL, NULL), PITH_SNAP_OK);
    /* other counters a range could leave */
    assert_int_equal(load_range(RANGE, PV_INT(2), KEEP, KEEP, KEEP), PITH_SNAP_OK);
    assert_int_equal(load_range(RANGE, PV_INT(-9), PV_INT(5), PV_INT(-3), KEEP), PITH_SNAP_OK);
    assert_int_equal(load_range(RANGE, PV_INT(PV_SMALL_MAX), PV_INT(0), KEEP, KEEP), PITH_SNAP_OK); /* done */
    assert_int_equal(load_range(RANGE, PV_INT(PV_SMALL_MAX - 2), PV_INT(2), PV_INT(2), KEEP), PITH_SNAP_OK);
}

static void test_range_slots_inconsistent(void **state) {
    (void)state;
    PV fl = PV_NULL;                                                                      /* set_slot's float */
    assert_int_equal(load_range(RANGE, fl, KEEP, KEEP, KEEP), PITH_SNAP_CORRUPT);         /* a float */
    assert_int_equal(load_range(RANGE, KEEP, KEEP, LIST, KEEP), PITH_SNAP_CORRUPT);       /* a list */
    assert_int_equal(load_range(RANGE, EMPTY, KEEP, KEEP, KEEP), PITH_SNAP_CORRUPT);      /* no cur, count 2 */
    assert_int_equal(load_range(RANGE, KEEP, EMPTY, KEEP, KEEP), PITH_SNAP_CORRUPT);      /* no count */
    assert_int_equal(load_range(RANGE, KEEP, KEEP, EMPTY, KEEP), PITH_SNAP_CORRUPT);      /* no step */
    assert_int_equal(load_range(RANGE, EMPTY, EMPTY, KEEP, KEEP), PITH_SNAP_CORRUPT);     /* a step alone */
    assert_int_equal(load_range(RANGE, KEEP, KEEP, PV_INT(0), KEEP), PITH_SNAP_CORRUPT);  /* step 0 */
    assert_int_equal(load_range(RANGE, KEEP, PV_INT(-1), KEEP, KEEP), PITH_SNAP_CORRUPT); /* count < 0 */
    assert_int_equal(load_range(RANGE, KEEP, KEEP, KEEP, LIST), PITH_SNAP_CORRUPT);       /* and an iterator */
    assert_int_equal(load_range(RANGE, PV_INT(PV_SMALL_MAX), KEEP, KEEP, KEEP), PITH_SNAP_CORRUPT); /* overflows */
    assert_int_equal(load_range(RANGE, PV_INT(PV_SMALL_MIN), PV_INT(PV_SMALL_MAX), PV_INT(-1), KEEP),
                     PITH_SNAP_CORRUPT);
    assert_int_equal(load_range(BIG, PV_INT(0), PV_INT(1), PV_INT(1), KEEP), PITH_SNAP_CORRUPT); /* both ways */
}

/* No counters and no iterator is the state before the loop: it loads, and resuming into the loop raises
 * SystemError (a corrupt frame) rather than reading nothing as an iterator. */
static void test_range_slots_empty_resume(void **state) {
    (void)state;
    const char *srcs[2] = {RANGE, BIG};
    for (int i = 0; i < 2; i++) {
        RangeSlots f = {{EMPTY, EMPTY, EMPTY, EMPTY}};
        PithExec *y = NULL;
        assert_int_equal(load_forged(srcs[i], 'r', forge_range, &f, &y), PITH_SNAP_OK);
        assert_non_null(y);
        assert_int_equal(pith_exec_status(y), PITH_FAILED);
        assert_string_equal(pith_exec_error(y)->type, "SystemError");
        pith_exec_free(y);
    }
}

/* ---- what a resumed frame reads (PFuncDesc.resume_slots), frames in the chain, containers ---- */

/* The slots the top frame's function reads once resumed at its state: the changes of states 1 .. state
 * replayed (each state's entries change the set before it: slot + 1 adds, -(slot + 1) removes, 0 empties). */
static int required_slots(const PFrame *fr, int *out, int cap) {
    const int *rs = fr->fn->resume_slots;
    assert_non_null(rs);
    assert_true(rs[0] >= fr->state && fr->state > 0);
    char in[256] = {0};
    assert_true(fr->fn->nslots <= 256);
    for (int k = 1; k <= fr->state; k++)
        for (int i = rs[k]; i < rs[k + 1]; i++) {
            if (rs[i] == 0)
                memset(in, 0, sizeof in);
            else
                in[(rs[i] > 0 ? rs[i] : -rs[i]) - 1] = rs[i] > 0;
        }
    int n = 0;
    for (int s = 0; s < fr->fn->nslots && n < cap; s++)
        if (in[s]) out[n++] = s;
    return n;
}

static void forge_required_null(PCtx *c, PFrame *fr, const void *arg) {
    int which = *(const int *)arg, slots[16];
    int n = required_slots(fr, slots, 16);
    assert_true(which < n);
    assert_true(fr->s[slots[which]] != PV_NULL);
    pv_decref(c, fr->s[slots[which]]);
    fr->s[slots[which]] = PV_NULL;
}

static void count_required(PCtx *c, PFrame *fr, const void *arg) {
    (void)c;
    int slots[16];
    *(int *)arg = required_slots(fr, slots, 16);
}

/* A local read after the call (b) and a temp held across it (len(xs) waiting for print's other argument). */
static const char *HELD = "def f(a):\n    b = a * 2\n    xs = [a]\n    print(len(xs), ask(b), b)\n    return b\nf(3)\n";

static void test_resume_slots(void **state) {
    (void)state;
    int n = -1;
    assert_int_equal(load_forged_frame(HELD, count_required, &n, NULL), PITH_SNAP_OK);
    assert_int_equal(n, 2); /* b and the temp of len(xs); not a or xs, which nothing reads again */
    for (int which = 0; which < n; which++)
        assert_int_equal(load_forged_frame(HELD, forge_required_null, &which, NULL), PITH_SNAP_CORRUPT);
}

/* how = {depth in the chain from the top, the state to give that frame} */
/* A call inside an except handler: the local it reads, checked bound just before, is required at the call
 * (the handler's entry set, from the raising block, and the check both feed it). */
static const char *HANDLER = "def f(a):\n    b = a * 2\n    try:\n        b = b + 1\n        raise ValueError\n"
                             "    except ValueError:\n        c = ask(b)\n    return b + c\nf(3)\n";

static void test_resume_slots_in_handler(void **state) {
    (void)state;
    int n = -1;
    assert_int_equal(load_forged_frame(HANDLER, count_required, &n, NULL), PITH_SNAP_OK);
    assert_int_equal(n, 1); /* b */
    int which = 0;
    assert_int_equal(load_forged_frame(HANDLER, forge_required_null, &which, NULL), PITH_SNAP_CORRUPT);
}

static void forge_state(PCtx *c, PFrame *fr, const void *arg) {
    (void)c;
    const int *how = arg;
    for (int d = 0; d < how[0]; d++) fr = fr->parent;
    assert_non_null(fr);
    fr->state = how[1];
}

/* Every frame of the chain waits at a call (a state > 0): one made to look not started would run its
 * body again from the top; a state the function does not have is refused too. */
static void test_chain_states(void **state) {
    (void)state;
    int top0[2] = {0, 0}, parent0[2] = {1, 0}, top_big[2] = {0, 1000}, module_big[2] = {1, 1000};
    assert_int_equal(load_forged_frame(HELD, forge_state, top0, NULL), PITH_SNAP_CORRUPT);
    assert_int_equal(load_forged_frame(HELD, forge_state, parent0, NULL), PITH_SNAP_CORRUPT);
    assert_int_equal(load_forged_frame(HELD, forge_state, top_big, NULL), PITH_SNAP_CORRUPT);
    assert_int_equal(load_forged_frame(HELD, forge_state, module_big, NULL), PITH_SNAP_CORRUPT);
}

/* Waiting inside an except block: its hidden locals hold the exception handled and the one before ('e'). */
static const char *EXC = "def f():\n    try:\n        raise ValueError(1)\n    except ValueError:\n        y = ask(0)\n"
                         "        raise\n    return 1\nf()\n";

static void test_exception_slots(void **state) {
    (void)state;
    PV seven = PV_INT(7), fl = PV_NULL;
    assert_int_equal(load_forged(EXC, 'e', NULL, NULL, NULL), PITH_SNAP_OK);
    assert_int_equal(load_forged(EXC, 'e', forge_cell, &seven, NULL), PITH_SNAP_CORRUPT); /* an int */
    assert_int_equal(load_forged(EXC, 'e', forge_cell, &fl, NULL), PITH_SNAP_CORRUPT);    /* a float */
}

/* A list and a tuple in the frame hold a value in every item, a slice in each of its three fields. */
static const char *ITEMS = "def f():\n    xs = [1, 2]\n    t = (3, 4)\n    y = ask(0)\n    return xs, t, y\nf()\n";

static void forge_item_null(PCtx *c, PFrame *fr, const void *arg) {
    int type = *(const int *)arg;
    for (int i = 0; i < fr->fn->nslots; i++) {
        PV v = fr->s[i];
        if (!v || !PV_IS_OBJ(v) || RT_OBJ(v)->type != type) continue;
        PV *items = type == RT_T_LIST ? ((RtList *)v)->items : ((RtTuple *)v)->items;
        pv_decref(c, items[0]);
        items[0] = PV_NULL;
        return;
    }
    fail_msg("no such container in the frame");
}

/* Puts a slice whose step is missing in place of xs[0] (slices live only in temps: none waits in a frame). */
static void forge_slice_null(PCtx *c, PFrame *fr, const void *arg) {
    (void)arg;
    for (int i = 0; i < fr->fn->nslots; i++) {
        PV v = fr->s[i];
        if (!v || !PV_IS_OBJ(v) || RT_OBJ(v)->type != RT_T_LIST) continue;
        PV sl = rt_slice_new(c, PV_NONE, PV_NONE, PV_NONE);
        assert_non_null(sl);
        ((RtSlice *)sl)->step = PV_NULL;
        pv_decref(c, ((RtList *)v)->items[0]);
        ((RtList *)v)->items[0] = sl;
        return;
    }
    fail_msg("no list in the frame");
}

static void test_container_items(void **state) {
    (void)state;
    int list = RT_T_LIST, tuple = RT_T_TUPLE;
    assert_int_equal(load_forged_frame(ITEMS, forge_slice_null, NULL, NULL), PITH_SNAP_CORRUPT);
    assert_int_equal(load_forged_frame(ITEMS, NULL, NULL, NULL), PITH_SNAP_OK);
    assert_int_equal(load_forged_frame(ITEMS, forge_item_null, &list, NULL), PITH_SNAP_CORRUPT);
    assert_int_equal(load_forged_frame(ITEMS, forge_item_null, &tuple, NULL), PITH_SNAP_CORRUPT);
}

/* Iterators in the frame: an exhausted one (its source forgotten) loads; one whose state no next() could
 * leave is refused. */
static const char *ITERS =
    "def f():\n    a = filter(None, [1])\n    b = enumerate([1])\n    c = reversed((1, 2))\n"
    "    d = iter([1])\n    next(d)\n    next(d, 0)\n    y = ask(0)\n    return a, b, c, d, y\nf()\n";

/* how = {iterator kind, what to do: 0 the aux made empty, 1 aux made a str, 2 the source made a str} */
static void forge_iter(PCtx *c, PFrame *fr, const void *arg) {
    const int *how = arg;
    for (int i = 0; i < fr->fn->nslots; i++) {
        PV v = fr->s[i];
        if (!v || !PV_IS_OBJ(v) || RT_OBJ(v)->type != RT_T_ITER || ((RtIter *)v)->kind != how[0]) continue;
        RtIter *it = (RtIter *)v;
        PV *field = how[1] == 2 ? &it->src : &it->aux, old = *field;
        *field = how[1] == 0 ? PV_NULL : rt_str_cstr(c, "forged");
        if (old) pv_decref(c, old);
        return;
    }
    fail_msg("no such iterator in the frame");
}

static void test_iterator_states(void **state) {
    (void)state;
    int filter_pred[2] = {RT_IT_FILTER, 0}, enum_count[2] = {RT_IT_ENUMERATE, 1};
    int enum_none[2] = {RT_IT_ENUMERATE, 0}, reversed_str[2] = {RT_IT_REVERSED, 2};
    assert_int_equal(load_forged_frame(ITERS, NULL, NULL, NULL), PITH_SNAP_OK); /* d is exhausted */
    assert_int_equal(load_forged_frame(ITERS, forge_iter, filter_pred, NULL), PITH_SNAP_CORRUPT);
    assert_int_equal(load_forged_frame(ITERS, forge_iter, enum_count, NULL), PITH_SNAP_CORRUPT);
    assert_int_equal(load_forged_frame(ITERS, forge_iter, enum_none, NULL), PITH_SNAP_CORRUPT);
    assert_int_equal(load_forged_frame(ITERS, forge_iter, reversed_str, NULL), PITH_SNAP_CORRUPT);
}

/* The table grows with the changes from one suspend point to the next, not with their product: 3,000 host
 * calls in one expression (each keeps the results before it live) give a table of a few entries each. */
static void test_resume_table_linear(void **state) {
    (void)state;
    enum { N = 3000 };
    char *src = malloc(N * 12 + 16), *p = src;
    assert_non_null(src);
    p += sprintf(p, "print(");
    for (int i = 0; i < N; i++) p += sprintf(p, "%sask(%d)", i ? ", " : "", i);
    sprintf(p, ")\n");
    PithEngine *e = pith_engine_new();
    PithCompileOptions co = {.externals = EXTS, .nexternals = 1};
    char diag[256];
    char *c = pith_emit_c(e, src, strlen(src), &co, diag, sizeof diag);
    assert_non_null(c);
    const char *rs = strstr(c, "rs_0[] = {");
    assert_non_null(rs);
    assert_true(strncmp(rs, "rs_0[] = {0}", 12) != 0); /* a table was made */
    const char *end = strchr(rs, ';');
    assert_true(end - rs < 12 * N * 4); /* a few entries per state (it was N * N / 2 entries) */
    free(c);
    free(src);
    pith_engine_free(e);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cell_slot),
        cmocka_unit_test(test_range_slots_consistent),
        cmocka_unit_test(test_range_slots_inconsistent),
        cmocka_unit_test(test_range_slots_empty_resume),
        cmocka_unit_test(test_resume_slots),
        cmocka_unit_test(test_resume_slots_in_handler),
        cmocka_unit_test(test_chain_states),
        cmocka_unit_test(test_container_items),
        cmocka_unit_test(test_exception_slots),
        cmocka_unit_test(test_iterator_states),
        cmocka_unit_test(test_resume_table_linear),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
