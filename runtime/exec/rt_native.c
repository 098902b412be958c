/* rt_native.c — runtime code that calls back into Python as frames on the execution's chain, so the Python
 * it calls may wait on the host (docs/ARCHITECTURE.md §3). Stage: runtime.
 *
 * A builtin that runs Python code (a key function, a mapped function, a generator it consumes) cannot keep
 * its loop on the C stack if that code may suspend the run: the C stack is gone when a snapshot resumes. So,
 * when state-machine code calls such a builtin with something that may wait (rt_sm_call_builtin and
 * rt_sm_call_method decide, per call, from the arguments), the builtin runs as a *native frame*: a PFrame
 * whose function descriptor is one of this file's, with a C step function and its loop state in the frame's
 * slots. Like Lua's lua_callk continuations, each step does one thing (advance an iterator, call a function,
 * or finish), records where to resume in fr->state and returns to the driver; a call it makes pushes the
 * callee above it and the result arrives in fr->callret. The frame is data, so a snapshot taken while the
 * callee waits holds it and resumes exactly. Calls that cannot wait run the ordinary C builtin at once.
 *
 * Every native keeps CPython's order of calls and its exceptions: sorted/list.sort compute every key first,
 * then sort; min/max compare each key as it comes; any/all stop at the first decisive item. Builtins that
 * consume a whole iterable and call nothing per item (list, tuple, set, dict, sum, str.join...) collect it
 * first and then run as usual (rt_nf_apply).
 *
 * Slots hold only owned references or small ints, and a snapshot may be forged: each step checks what it
 * reads (nf_slot) before trusting it. Native descriptors are numbered after the program's functions in
 * snapshots (rt_native_table, handed to the snapshot codec by runtime/snap/). */
#include <string.h>

#include "rt_class.h"
#include "rt_exec.h"
#include "rt_svc.h"
#include "rt_values.h"

/* ---- the natives' shared steps ---- */

/* dst takes src's items (dst is empty); src keeps dst's old buffer, empty: how list.sort empties the list while
 * it sorts a copy, and gives the sorted items back. */
static void take_items(RtList *dst, RtList *src) {
    PV *buf = dst->items;
    pi64 cap = dst->cap;
    dst->items = src->items;
    dst->n = src->n;
    dst->cap = src->cap;
    src->items = buf;
    src->n = 0;
    src->cap = cap;
}

/* The natives, in their snapshot order (append only); json's steps are rt_native_json.c's. */
enum {
    NF_APPLY,
    NF_ITER_NEXT,
    NF_NEXT,
    NF_MINMAX,
    NF_SORT,
    NF_ANYALL,
    NF_CONTAINS,
    NF_JSON_DUMPS,
    NF_JSON_LOADS,
    NF_BISECT,
    NF_DUNDER,
    NF_PRINT,
    NF_STEP,
    NF_LOOP,
    NF_DRIVE,
    NF_COUNT
};

static const PFuncDesc nf_desc[NF_COUNT];
static int call_waits(PV f);

/* Replaces slot i (stealing v). */
static void put(PCtx *c, PFrame *fr, int i, PV v_steal) {
    PV old = fr->s[i];
    fr->s[i] = v_steal;
    pv_xdecref(c, old);
}

/* A frame whose slots are not what its steps left there (only a forged snapshot makes one). */
static int corrupt(PCtx *c) {
    rt_err(c, PITH_B_SYSTEMERROR, "corrupt native frame");
    return PITH_STEP_ERR;
}

/* The small int in slot i, or -1 (a corrupt frame: SystemError raised). */
static pi64 slot_int(PCtx *c, PFrame *fr, int i) {
    PV v = fr->s[i];
    if (v && PV_IS_INT(v) && PV_IVAL(v) >= 0) return PV_IVAL(v);
    rt_err(c, PITH_B_SYSTEMERROR, "corrupt native frame");
    return -1;
}

/* Slot i holds an object of the type (0: any non-null value). */
static int slot_ok(PCtx *c, PFrame *fr, int i, int type) {
    PV v = fr->s[i];
    if (v && (!type || RT_IS(v, type))) return 1;
    rt_err(c, PITH_B_SYSTEMERROR, "corrupt native frame");
    return 0;
}

/* A call's keyword names as generated code passes them: a tuple of at most nargs str. */
static int kwnames_ok(PV kw, pi64 nargs) {
    if (!RT_IS(kw, RT_T_TUPLE) || ((RtTuple *)kw)->n > nargs) return 0;
    for (pi64 i = 0; i < ((RtTuple *)kw)->n; i++)
        if (!RT_IS(((RtTuple *)kw)->items[i], RT_T_STR)) return 0;
    return 1;
}

/* Advance iterator `it` (a slot of fr), resuming at `state`: the outcome comes from take(). */
static int advance(PCtx *c, PFrame *fr, PV it, int state) {
    fr->state = state;
    return rt_sm_send(c, fr, it, PV_NONE, PITH_SEND_VALUE);
}

/* Call f(args), resuming at `state` with the result in fr->callret (PV_NULL: an exception is pending). */
static int call(PCtx *c, PFrame *fr, int state, PV f, PV *args, int n, PV kwnames) {
    fr->state = state;
    int rc = rt_sm_call_value(c, fr, f, args, n, kwnames);
    if (rc == PITH_STEP_ERR) {
        pv_xdecref(c, fr->callret);
        fr->callret = PV_NULL;
        return PITH_STEP_CONT;
    }
    return rc;
}

/* The result of the call made before this step (PV_NULL: an exception is pending). */
static PV called(PFrame *fr) {
    PV v = fr->callret;
    fr->callret = PV_NULL;
    return v;
}

static int done(PFrame *fr, PV ret) {
    if (!ret) return PITH_STEP_ERR;
    fr->ret = ret;
    return PITH_STEP_DONE;
}

static int fuel(PCtx *c) { return --c->fuel < 0 && rt_fuel_out(c) ? -1 : 0; }

/* A native frame of kind k with its slots zeroed, pushed above caller. */
static PFrame *nf_new(PCtx *c, int k) { return rt_frame_new(c, &nf_desc[k]); }

/* ---- NF_APPLY: collect the iterable args[i] into a list, then call f with that list in its place (as state-machine
 * code calls, so f may wait in turn) ----
 * states: 0 start, 3 its iterator arrived, 1 an item arrived, 2 f returned
 * slots: 0 f (PV_NULL: the list itself is the result), 1 args tuple, 2 kwnames or PV_NULL, 3 i, 4 the
 * iterator, 5 the list, 6 the most items to collect or PV_NULL (all), 7 f(*args, **kwargs): the kwargs dict
 * or None (then f is called with the collected items as its arguments; PV_NULL: not such a call) */

static int apply_step(PCtx *c, PFrame *fr) {
    if (fuel(c) < 0) return PITH_STEP_ERR;
    pi64 i = slot_int(c, fr, 3);
    if (i < 0 || !slot_ok(c, fr, 1, RT_T_TUPLE) || i >= ((RtTuple *)fr->s[1])->n) return PITH_STEP_ERR;
    if (fr->state == 2) return done(fr, called(fr)); /* f(*args) returned */
    if (fr->state == 0) {                            /* iter(): a user class's __iter__ may wait too */
        fr->state = 3;
        int rc = rt_sm_dunder(c, fr, PITH_DU_ITER, ((RtTuple *)fr->s[1])->items[i], PV_NULL);
        if (rc == PITH_STEP_ERR) fr->callret = PV_NULL;
        return rc == PITH_STEP_ERR ? PITH_STEP_CONT : rc;
    }
    if (fr->state == 3) {
        PV it = called(fr);
        PV acc = it ? rt_list_new(c, 0) : PV_NULL;
        put(c, fr, 4, it);
        put(c, fr, 5, acc);
        if (!acc) return PITH_STEP_ERR;
        return advance(c, fr, it, 1);
    }
    if (!slot_ok(c, fr, 4, 0) || !slot_ok(c, fr, 5, RT_T_LIST)) return PITH_STEP_ERR;
    PV x;
    int r = rt_sm_received(c, fr, fr->s[4], &x);
    if (r < 0) return PITH_STEP_ERR;
    if (r == 1) {
        r = rt_list_append(c, fr->s[5], x);
        pv_decref(c, x);
        if (r < 0) return PITH_STEP_ERR;
        pi64 limit = fr->s[6] ? slot_int(c, fr, 6) : -1;
        if (fr->s[6] && limit < 0) return PITH_STEP_ERR;
        if (limit < 0 || ((RtList *)fr->s[5])->n < limit) return advance(c, fr, fr->s[4], 1);
    }
    PV acc = fr->s[5];
    if (!fr->s[0]) {
        pv_incref(acc);
        return done(fr, acc);
    }
    if (fr->s[7] && fr->s[7] != PV_NONE && !slot_ok(c, fr, 7, RT_T_DICT)) return PITH_STEP_ERR;
    if (fr->s[7]) { /* f(*iterable, **kwargs) */
        fr->state = 2;
        int rc = rt_sm_call_ex(c, fr, fr->s[0], acc, fr->s[7] == PV_NONE ? PV_NULL : fr->s[7]);
        if (rc == PITH_STEP_ERR) fr->callret = PV_NULL;
        return rc == PITH_STEP_ERR ? PITH_STEP_CONT : rc;
    }
    RtTuple *a = (RtTuple *)fr->s[1];
    PV local[8], *args = a->n <= 8 ? local : rt_alloc(c, (size_t)a->n * sizeof(PV));
    if (!args) return PITH_STEP_ERR;
    for (pi64 k = 0; k < a->n; k++) args[k] = k == i ? acc : a->items[k];
    PV kw = fr->s[2];
    if (kw && !kwnames_ok(kw, a->n)) {
        if (args != local) rt_free(c, args, (size_t)a->n * sizeof(PV));
        return corrupt(c);
    }
    /* from here too, so f may collect its next argument that waits (heapq.merge(gen1, gen2)) or push its own
     * natives; its result arrives at state 2 */
    int rc = call(c, fr, 2, fr->s[0], args, (int)a->n, kw);
    if (args != local) rt_free(c, args, (size_t)a->n * sizeof(PV));
    return rc;
}

/* ---- NF_ITER_NEXT: one step of enumerate, zip, map or filter whose parts may wait ----
 * slots: 0 the RtIter, 1 the items gathered (a list), 2 the next source index (zip strict: the source being
 * checked), 3 filter's candidate.
 * Finishes with the item, or rt_stop_new's marker when a source ran out (rt_sm_received reads both). */

/* zip(strict=True) once a source ran out: source `at` (0-based) was exhausted while earlier ones were not
 * (got -1: just found), or source `at` answered got (1: an item, 0: exhausted) after source 0 ran out.
 * CPython's messages; all sources ending together is the normal end. */
static int zip_strict(PCtx *c, PFrame *fr, RtTuple *src, pi64 at, int got) {
    if (got < 0 && at > 0) {
        if (at == 1)
            rt_err(c, PITH_B_VALUEERROR, "zip() argument %lld is shorter than argument 1", at + 1);
        else
            rt_err(c, PITH_B_VALUEERROR, "zip() argument %lld is shorter than arguments 1-%lld", at + 1, at);
        return PITH_STEP_ERR;
    }
    if (got == 1) {
        if (at == 1)
            rt_err(c, PITH_B_VALUEERROR, "zip() argument %lld is longer than argument 1", at + 1);
        else
            rt_err(c, PITH_B_VALUEERROR, "zip() argument %lld is longer than arguments 1-%lld", at + 1, at);
        return PITH_STEP_ERR;
    }
    pi64 next = at + 1; /* source 0 (got -1, at 0) or source `at` (got 0) ended: ask the next one */
    if (next >= src->n) return done(fr, rt_stop_new(c));
    put(c, fr, 2, PV_INT(next));
    return advance(c, fr, src->items[next], 4);
}

static int iter_next_step(PCtx *c, PFrame *fr) {
    if (fuel(c) < 0 || !slot_ok(c, fr, 0, RT_T_ITER)) return PITH_STEP_ERR;
    RtIter *it = (RtIter *)fr->s[0];
    int kind = it->kind, many = kind == RT_IT_ZIP || kind == RT_IT_MAP;
    if (many ? !(it->src && RT_IS(it->src, RT_T_TUPLE)) : !it->src) return done(fr, rt_stop_new(c));
    PV src = it->src;
    pi64 n = many ? ((RtTuple *)src)->n : 1;
    switch (fr->state) {
    case 0: { /* start: gather one item from each source */
        PV acc = rt_list_new(c, n);
        put(c, fr, 1, acc);
        put(c, fr, 2, PV_INT(0));
        if (!acc) return PITH_STEP_ERR;
        if (n == 0) return done(fr, rt_stop_new(c));
        return advance(c, fr, many ? ((RtTuple *)src)->items[0] : src, 1);
    }
    case 1: { /* an item from source i arrived */
        pi64 i = slot_int(c, fr, 2);
        if (i < 0 || i >= n || !slot_ok(c, fr, 1, RT_T_LIST)) return PITH_STEP_ERR;
        PV x;
        int r = rt_sm_received(c, fr, many ? ((RtTuple *)src)->items[i] : src, &x);
        if (r < 0) return PITH_STEP_ERR;
        if (r == 0 && kind == RT_IT_ZIP && it->step) return zip_strict(c, fr, (RtTuple *)src, i, -1);
        if (r == 0) return done(fr, rt_stop_new(c));
        r = rt_list_append(c, fr->s[1], x);
        pv_decref(c, x);
        if (r < 0) return PITH_STEP_ERR;
        if (++i < n) {
            put(c, fr, 2, PV_INT(i));
            return advance(c, fr, ((RtTuple *)src)->items[i], 1);
        }
        RtList *items = (RtList *)fr->s[1];
        if (kind == RT_IT_ZIP) return done(fr, rt_list_to_tuple(c, (PV)items));
        if (kind == RT_IT_MAP) return call(c, fr, 2, it->aux, items->items, (int)items->n, PV_NULL);
        if (kind == RT_IT_ENUMERATE) {
            PV count = it->aux, next = rt_binop(c, PITH_OP_ADD, count, PV_INT(1));
            if (!next) return PITH_STEP_ERR;
            PV kv[2] = {count, items->items[0]};
            pv_incref(kv[1]);
            it->aux = next; /* the tuple takes the old count's reference */
            return done(fr, rt_tuple_from_steal(c, kv, 2));
        }
        /* filter: keep the item if the predicate (or its truth) says so */
        put(c, fr, 3, items->items[0]);
        pv_incref(fr->s[3]);
        if (it->aux && it->aux != PV_NONE) return call(c, fr, 3, it->aux, &fr->s[3], 1, PV_NULL);
        pv_incref(fr->s[3]);
        fr->callret = fr->s[3];
        fr->state = 3;
        return PITH_STEP_CONT;
    }
    case 2: return done(fr, called(fr)); /* map: the function's result */
    case 4: {                            /* zip(strict=True): source 0 ran out; did source i too? */
        pi64 i = slot_int(c, fr, 2);
        if (i < 1 || i >= n) return PITH_STEP_ERR;
        PV x;
        int r = rt_sm_received(c, fr, ((RtTuple *)src)->items[i], &x);
        if (r < 0) return PITH_STEP_ERR;
        if (r == 1) pv_decref(c, x);
        return zip_strict(c, fr, (RtTuple *)src, i, r);
    }
    case 3: { /* filter: the predicate's verdict */
        PV v = called(fr);
        if (!v || !slot_ok(c, fr, 3, 0)) {
            pv_xdecref(c, v);
            return PITH_STEP_ERR;
        }
        int t = rt_truth(c, v);
        pv_decref(c, v);
        if (t < 0) return PITH_STEP_ERR;
        if (t) {
            PV x = fr->s[3];
            fr->s[3] = PV_NULL;
            return done(fr, x);
        }
        put(c, fr, 3, PV_NULL);
        if (!slot_ok(c, fr, 1, RT_T_LIST)) return PITH_STEP_ERR;
        RtList *items = (RtList *)fr->s[1];
        while (items->n > 0) pv_decref(c, items->items[--items->n]);
        put(c, fr, 2, PV_INT(0));
        return advance(c, fr, src, 1);
    }
    default: return corrupt(c);
    }
}

/* ---- NF_NEXT: next(it[, default]), gen.send(v), gen.throw(exc), gen.close() ----
 * slots: 0 the iterator, 1 the default or PV_NULL, 2 the mode (NX_*), 3 the value sent or the exception
 * (NX_CLOSE_RERAISE: yield from closing its delegate, then raising that GeneratorExit again) */

enum { NX_NEXT, NX_SEND, NX_THROW, NX_CLOSE, NX_CLOSE_RERAISE };

static int next_step(PCtx *c, PFrame *fr) {
    if (fuel(c) < 0 || !slot_ok(c, fr, 0, 0)) return PITH_STEP_ERR;
    pi64 mode = slot_int(c, fr, 2);
    if (mode < 0 || mode > NX_CLOSE_RERAISE) return PITH_STEP_ERR;
    int closing = mode == NX_CLOSE || mode == NX_CLOSE_RERAISE;
    PV it = fr->s[0];
    if (fr->state == 0) {
        fr->state = 1;
        if (mode == NX_NEXT || mode == NX_SEND)
            return rt_sm_send(c, fr, it, mode == NX_SEND && fr->s[3] ? fr->s[3] : PV_NONE, PITH_SEND_VALUE);
        PV e = mode == NX_THROW ? fr->s[3] : rt_exc_new(c, PITH_B_GENERATOREXIT, PV_NULL);
        if (!e) return PITH_STEP_ERR;
        rt_raise(c, e);
        if (mode != NX_THROW) pv_decref(c, e);
        return rt_sm_send(c, fr, it, PV_NULL, RT_SEND_THROW_IN);
    }
    PV x = PV_NULL;
    int r = rt_sm_received(c, fr, it, &x);
    if (closing) {
        if (r == 1) {
            pv_decref(c, x);
            rt_err(c, PITH_B_RUNTIMEERROR, "generator ignored GeneratorExit");
            return PITH_STEP_ERR;
        }
        if (r == 0) pv_decref(c, x);
        int cls = r < 0 ? rt_exc_pending_class(c) : -1;
        if (r < 0 && cls != PITH_B_GENERATOREXIT && cls != PITH_B_STOPITERATION) return PITH_STEP_ERR;
        if (r < 0) pv_decref(c, rt_exc_fetch(c));
        if (mode == NX_CLOSE) return done(fr, PV_NONE);
        if (!fr->s[3]) return PITH_STEP_ERR;
        rt_raise(c, fr->s[3]); /* yield from: the delegate closed, the GeneratorExit goes on */
        return PITH_STEP_ERR;
    }
    if (r == 1) return done(fr, x);
    if (r < 0) return PITH_STEP_ERR;
    if (mode == NX_NEXT && fr->s[1]) {
        pv_decref(c, x);
        pv_incref(fr->s[1]);
        return done(fr, fr->s[1]);
    }
    rt_raise_stop(c, x);
    return PITH_STEP_ERR;
}

/* ---- NF_MINMAX: min()/max() whose key or iterable may wait ----
 * slots: 0 the iterator, 1 the key or PV_NULL, 2 best item, 3 its key, 4 the current item, 5 the default
 * or PV_NULL, 6 1 for max */

static int minmax_step(PCtx *c, PFrame *fr) {
    if (fuel(c) < 0 || !slot_ok(c, fr, 0, 0)) return PITH_STEP_ERR;
    pi64 is_max = slot_int(c, fr, 6);
    if (is_max < 0) return PITH_STEP_ERR;
    PV it = fr->s[0];
    if (fr->state == 0) return advance(c, fr, it, 1);
    PV k;
    if (fr->state == 1) {
        PV x;
        int r = rt_sm_received(c, fr, it, &x);
        if (r < 0) return PITH_STEP_ERR;
        if (r == 0) {
            if (fr->s[2]) {
                pv_incref(fr->s[2]);
                return done(fr, fr->s[2]);
            }
            if (fr->s[5]) {
                pv_incref(fr->s[5]);
                return done(fr, fr->s[5]);
            }
            rt_err(c, PITH_B_VALUEERROR, "%s() arg is an empty sequence", is_max ? "max" : "min");
            return PITH_STEP_ERR;
        }
        put(c, fr, 4, x);
        if (fr->s[1]) return call(c, fr, 2, fr->s[1], &fr->s[4], 1, PV_NULL);
        k = x;
        pv_incref(k);
    } else {
        k = called(fr);
        if (!k || !slot_ok(c, fr, 4, 0)) {
            pv_xdecref(c, k);
            return PITH_STEP_ERR;
        }
    }
    if (fr->s[2]) {
        if (!slot_ok(c, fr, 3, 0)) {
            pv_decref(c, k);
            return PITH_STEP_ERR;
        }
        PV cmp = rt_compare(c, is_max ? PITH_CMP_GT : PITH_CMP_LT, k, fr->s[3]);
        int t = cmp ? rt_truth(c, cmp) : -1;
        pv_xdecref(c, cmp);
        if (t <= 0) {
            pv_decref(c, k);
            put(c, fr, 4, PV_NULL);
            return t < 0 ? PITH_STEP_ERR : advance(c, fr, it, 1);
        }
    }
    put(c, fr, 2, fr->s[4]);
    fr->s[4] = PV_NULL;
    put(c, fr, 3, k);
    return advance(c, fr, it, 1);
}

/* ---- NF_SORT: sorted(iterable, key=...) and list.sort(key=...): every key first (CPython's order), then
 * the sort by those keys ----
 * slots: 0 the items (a list), 1 the key, 2 reverse (a bool), 3 the keys (a list), 4 the next index,
 * 5 sorted: the iterable's iterator while collecting; 6 list.sort: the list being sorted (empty meanwhile,
 * as CPython leaves it); 7 how many of the sorted items to keep (heapq.nlargest/nsmallest) or PV_NULL */

static int sort_finish(PCtx *c, PFrame *fr) {
    PV items = fr->s[0], r = rt_list_sort_by_keys(c, items, fr->s[3], fr->s[2] == PV_TRUE);
    if (!r) return PITH_STEP_ERR;
    pv_decref(c, r);
    if (fr->s[7]) { /* sorted(...)[:keep] */
        pi64 keep = slot_int(c, fr, 7);
        if (keep < 0) return PITH_STEP_ERR;
        RtList *l = (RtList *)items;
        while (l->n > keep) pv_decref(c, l->items[--l->n]);
    }
    if (!fr->s[6]) {
        pv_incref(items);
        return done(fr, items);
    }
    RtList *dst = (RtList *)fr->s[6], *src = (RtList *)items;
    if (dst->n) { /* the key function put something in the list meanwhile */
        rt_err(c, PITH_B_VALUEERROR, "list modified during sort");
        return PITH_STEP_ERR;
    }
    take_items(dst, src);
    return done(fr, PV_NONE);
}

static int sort_step(PCtx *c, PFrame *fr) {
    if (fuel(c) < 0 || !slot_ok(c, fr, 0, RT_T_LIST) || !slot_ok(c, fr, 3, RT_T_LIST) || !slot_ok(c, fr, 1, 0))
        return PITH_STEP_ERR;
    if (fr->s[6] && !slot_ok(c, fr, 6, RT_T_LIST)) return PITH_STEP_ERR;
    RtList *items = (RtList *)fr->s[0], *keys = (RtList *)fr->s[3];
    if (fr->state == 0 && fr->s[5]) return advance(c, fr, fr->s[5], 1);
    if (fr->state == 1) { /* sorted(): collecting the iterable */
        PV x;
        int r = rt_sm_received(c, fr, fr->s[5], &x);
        if (r < 0) return PITH_STEP_ERR;
        if (r == 1) {
            r = rt_list_append(c, (PV)items, x);
            pv_decref(c, x);
            return r < 0 ? PITH_STEP_ERR : advance(c, fr, fr->s[5], 1);
        }
        put(c, fr, 5, PV_NULL);
    }
    if (fr->state == 2) { /* a key arrived */
        PV k = called(fr);
        if (!k) return PITH_STEP_ERR;
        int r = rt_list_append(c, (PV)keys, k);
        pv_decref(c, k);
        if (r < 0) return PITH_STEP_ERR;
    }
    pi64 i = keys->n;
    if (i > items->n) return corrupt(c);
    if (i == items->n) return sort_finish(c, fr);
    return call(c, fr, 2, fr->s[1], &items->items[i], 1, PV_NULL);
}

/* States 0 and 2 of NF_ANYALL and NF_CONTAINS: slot 0 holds an iterable; iter() of it (a user class's
 * __iter__ may wait) replaces it, then the first item is asked for (state 1). */
static int iter_then_advance(PCtx *c, PFrame *fr) {
    if (fr->state == 0) {
        fr->state = 2;
        int rc = rt_sm_dunder(c, fr, PITH_DU_ITER, fr->s[0], PV_NULL);
        if (rc == PITH_STEP_ERR) fr->callret = PV_NULL;
        return rc == PITH_STEP_ERR ? PITH_STEP_CONT : rc;
    }
    if (fr->state != 2) return corrupt(c);
    PV it = called(fr);
    if (!it) return PITH_STEP_ERR;
    put(c, fr, 0, it);
    return advance(c, fr, it, 1);
}

/* ---- NF_ANYALL: any()/all() over an iterator that may wait; stops at the first decisive item ----
 * slots: 0 the iterator, 1 1 for all() */

static int anyall_step(PCtx *c, PFrame *fr) {
    if (fuel(c) < 0 || !slot_ok(c, fr, 0, 0)) return PITH_STEP_ERR;
    pi64 is_all = slot_int(c, fr, 1);
    if (is_all < 0) return PITH_STEP_ERR;
    if (fr->state != 1) return iter_then_advance(c, fr);
    PV x;
    int r = rt_sm_received(c, fr, fr->s[0], &x);
    if (r < 0) return PITH_STEP_ERR;
    if (r == 0) return done(fr, PV_BOOL(is_all));
    int t = rt_truth(c, x);
    pv_decref(c, x);
    if (t < 0) return PITH_STEP_ERR;
    if (t != is_all) return done(fr, PV_BOOL(!is_all));
    return advance(c, fr, fr->s[0], 1);
}

/* ---- NF_CONTAINS: `item in it` for an iterator that may wait; consumed up to the match ----
 * slots: 0 the iterator, 1 the item */

static int contains_step(PCtx *c, PFrame *fr) {
    if (fuel(c) < 0 || !slot_ok(c, fr, 0, 0) || !slot_ok(c, fr, 1, 0)) return PITH_STEP_ERR;
    if (fr->state != 1) return iter_then_advance(c, fr);
    PV x;
    int r = rt_sm_received(c, fr, fr->s[0], &x);
    if (r < 0) return PITH_STEP_ERR;
    if (r == 0) return done(fr, PV_FALSE);
    int found = rt_eq(c, x, fr->s[1]);
    pv_decref(c, x);
    if (found < 0) return PITH_STEP_ERR;
    return found ? done(fr, PV_TRUE) : advance(c, fr, fr->s[0], 1);
}

/* ---- NF_BISECT: bisect_left/right and insort_left/right whose key may wait: CPython's binary search, one key call per probe
 * (and insort's key(x) first) ----
 * slots: 0 the sequence, 1 x, 2 the key, 3 lo, 4 hi, 5 mode (1: right, 2: insort), 6 what the probes compare
 * with (x, or key(x) for insort), 7 the probe's index */

enum { BS_RIGHT = 1, BS_INSORT = 2 };

static int bisect_probe(PCtx *c, PFrame *fr) {
    pi64 lo = slot_int(c, fr, 3), hi = slot_int(c, fr, 4);
    if (lo < 0 || hi < 0 || !slot_ok(c, fr, 0, 0) || !slot_ok(c, fr, 1, 0) || !slot_ok(c, fr, 6, 0)) return PITH_STEP_ERR;
    if (lo >= hi) { /* found: the index, or insort's insertion */
        if (!(PV_IVAL(fr->s[5]) & BS_INSORT)) return done(fr, PV_INT(lo));
        PV name = rt_str_cstr(c, "insert"), args[2] = {PV_INT(lo), fr->s[1]};
        PV r = name ? rt_call_method(c, fr->s[0], name, args, 2, PV_NULL) : PV_NULL;
        pv_xdecref(c, name);
        if (!r) return PITH_STEP_ERR;
        pv_decref(c, r);
        return done(fr, PV_NONE);
    }
    pi64 mid = (lo + hi) / 2;
    PV item = rt_getitem(c, fr->s[0], PV_INT(mid));
    if (!item) return PITH_STEP_ERR;
    put(c, fr, 7, PV_INT(mid));
    int rc = call(c, fr, 3, fr->s[2], &item, 1, PV_NULL);
    pv_decref(c, item);
    return rc;
}

static int bisect_step(PCtx *c, PFrame *fr) {
    if (fuel(c) < 0 || !slot_ok(c, fr, 2, 0)) return PITH_STEP_ERR;
    pi64 mode = slot_int(c, fr, 5);
    if (mode < 0 || mode > 3) return PITH_STEP_ERR;
    switch (fr->state) {
    case 0: /* insort: key(x) first; bisect: x itself */
        if (mode & BS_INSORT) return call(c, fr, 1, fr->s[2], &fr->s[1], 1, PV_NULL);
        pv_incref(fr->s[1]);
        put(c, fr, 6, fr->s[1]);
        return bisect_probe(c, fr);
    case 1: {
        PV k = called(fr);
        if (!k) return PITH_STEP_ERR;
        put(c, fr, 6, k);
        return bisect_probe(c, fr);
    }
    case 3: { /* key(a[mid]) arrived: halve the range */
        PV k = called(fr);
        pi64 mid = slot_int(c, fr, 7);
        if (!k || mid < 0 || !slot_ok(c, fr, 6, 0)) {
            pv_xdecref(c, k);
            return PITH_STEP_ERR;
        }
        PV lt = mode & BS_RIGHT ? rt_compare(c, PITH_CMP_LT, fr->s[6], k) : rt_compare(c, PITH_CMP_LT, k, fr->s[6]);
        pv_decref(c, k);
        int t = lt ? rt_truth(c, lt) : -1;
        pv_xdecref(c, lt);
        if (t < 0) return PITH_STEP_ERR;
        if ((mode & BS_RIGHT) ? t : !t)
            put(c, fr, 4, PV_INT(mid));
        else
            put(c, fr, 3, PV_INT(mid + 1));
        return bisect_probe(c, fr);
    }
    default: return corrupt(c);
    }
}

/* ---- NF_DUNDER: a user dunder (or property getter) called by an operation, then its result checked ----
 * slots: 0 what to call, 1 its arguments (a tuple), 2 how the result is finished (RtFinish, or DU_NEXT: a
 * StopIteration ends an iteration), 3 the format spec the text gets, or PV_NULL */

enum { DU_NEXT = RT_FIN_COUNT };

/* The pending exception is a StopIteration (not a limit stop): what ends a __next__ iteration. */
static int stop_pending(PCtx *c) {
    int k = rt_exc_pending_class(c);
    return k >= 0 && rt_is_subclass(k, PITH_B_STOPITERATION);
}

static int dunder_step(PCtx *c, PFrame *fr) {
    if (fuel(c) < 0 || !slot_ok(c, fr, 0, 0) || !slot_ok(c, fr, 1, RT_T_TUPLE)) return PITH_STEP_ERR;
    pi64 finish = slot_int(c, fr, 2);
    if (finish < 0) return PITH_STEP_ERR;
    if (finish > DU_NEXT || (fr->s[3] && !RT_IS(fr->s[3], RT_T_STR))) return corrupt(c);
    if (fr->state == 0) {
        RtTuple *a = (RtTuple *)fr->s[1];
        return call(c, fr, 1, fr->s[0], a->items, (int)a->n, PV_NULL);
    }
    PV r = called(fr);
    if (finish != DU_NEXT) return done(fr, rt_user_finish(c, (int)finish, r, fr->s[3]));
    if (r) return done(fr, r);
    if (!stop_pending(c)) return PITH_STEP_ERR;
    pv_decref(c, rt_exc_fetch(c));
    return done(fr, rt_stop_new(c));
}

/* ---- NF_PRINT: print(*args, sep=, end=) where str() of an argument may wait ----
 * CPython writes each piece as it goes (the separator before the next argument's str()), so the pieces are
 * written by the print builtin itself, one call each. slots: 0 the arguments (a tuple), 1 sep, 2 end (each a
 * str or PV_NULL: the default), 3 the next argument's index */

/* print(text, end='') or, text PV_NULL, print(end=end_text): writes exactly one piece. */
static int write_piece(PCtx *c, PV text, PV end_text) {
    PV f = rt_builtin(c, PITH_B_PRINT), name = f ? rt_str_cstr(c, "end") : PV_NULL;
    PV kw = name ? rt_tuple_from_steal(c, &name, 1) : PV_NULL;
    PV empty = kw ? rt_str_new(c, "", 0) : PV_NULL;
    PV r = PV_NULL;
    if (empty) {
        PV args[2] = {text, end_text ? end_text : empty};
        r = text ? rt_call_value(c, f, args, 2, kw) : rt_call_value(c, f, args + 1, 1, kw);
    }
    pv_xdecref(c, empty);
    pv_xdecref(c, kw);
    pv_xdecref(c, f);
    if (!r) return -1;
    pv_decref(c, r);
    return 0;
}

static int print_step(PCtx *c, PFrame *fr) {
    if (fuel(c) < 0 || !slot_ok(c, fr, 0, RT_T_TUPLE)) return PITH_STEP_ERR;
    pi64 i = slot_int(c, fr, 3);
    RtTuple *a = (RtTuple *)fr->s[0];
    if (i < 0) return PITH_STEP_ERR;
    if (i > a->n || (fr->s[1] && !RT_IS(fr->s[1], RT_T_STR)) || (fr->s[2] && !RT_IS(fr->s[2], RT_T_STR)))
        return corrupt(c);
    if (fr->state == 1) { /* the text of argument i arrived */
        PV text = called(fr);
        if (!text || i >= a->n) {
            pv_xdecref(c, text);
            return text ? corrupt(c) : PITH_STEP_ERR;
        }
        int rc = write_piece(c, text, PV_NULL);
        pv_decref(c, text);
        if (rc < 0) return PITH_STEP_ERR;
        fr->s[3] = PV_INT(++i);
    }
    for (; i < a->n; fr->s[3] = PV_INT(++i)) {
        if (i > 0) {
            PV sep = fr->s[1] ? fr->s[1] : rt_str_new(c, " ", 1);
            int rc = sep ? write_piece(c, PV_NULL, sep) : -1;
            if (!fr->s[1]) pv_xdecref(c, sep);
            if (rc < 0) return PITH_STEP_ERR;
        }
        RtPlan p;
        if (rt_user_plan(c, PITH_DU_STR, a->items[i], PV_NULL, &p) && call_waits(p.fn)) {
            fr->state = 1;
            return rt_sm_dunder(c, fr, PITH_DU_STR, a->items[i], PV_NULL);
        }
        PV text = rt_str(c, a->items[i]);
        int rc = text ? write_piece(c, text, PV_NULL) : -1;
        pv_xdecref(c, text);
        if (rc < 0) return PITH_STEP_ERR;
    }
    PV nl = fr->s[2] ? PV_NULL : rt_str_new(c, "\n", 1);
    int rc = fr->s[2] || nl ? write_piece(c, PV_NULL, fr->s[2] ? fr->s[2] : nl) : -1;
    pv_xdecref(c, nl);
    return rc < 0 ? PITH_STEP_ERR : done(fr, PV_NONE);
}

/* ---- NF_STEP: work written as steps (RtTypeDesc.step: an itertools iterator's next, functools.reduce, a
 * partial's call) whose operations may wait; each operation is one advance or one call on the chain ----
 * slots: 0 the object whose steps run, 1 what its work holds across an operation (RtStep.held), 2 the
 * iterator being advanced, 3 the operation asked for (RT_STEP_ADVANCE or RT_STEP_CALL; 0 before the first).
 * fr->state is the work's own state. Finishes with the item or result, or rt_stop_new's marker (an iterator
 * exhausted), as NF_ITER_NEXT does. */

static int step_step(PCtx *c, PFrame *fr) {
    if (fuel(c) < 0 || !slot_ok(c, fr, 0, 0)) return PITH_STEP_ERR;
    const RtTypeDesc *d = PV_IS_OBJ(fr->s[0]) ? rt_type_desc(RT_OBJ(fr->s[0])) : NULL;
    if (!d || !d->step || fr->state < 0) return corrupt(c);
    RtStep st = {.state = fr->state, .held = fr->s[1]};
    fr->s[1] = PV_NULL;
    if (fr->state > 0) {
        pi64 op = slot_int(c, fr, 3);
        if (op == RT_STEP_ADVANCE && slot_ok(c, fr, 2, 0)) {
            st.got = rt_sm_received(c, fr, fr->s[2], &st.val);
            if (st.got == 0) pv_decref(c, st.val), st.val = PV_NULL;
        } else if (op == RT_STEP_CALL) {
            st.val = called(fr);
            st.got = st.val ? 1 : -1;
        } else {
            pv_xdecref(c, st.held);
            return op < 0 || !rt_exc_pending(c) ? corrupt(c) : PITH_STEP_ERR;
        }
        put(c, fr, 2, PV_NULL);
        fr->s[3] = PV_INT(0);
    }
    int r = d->step(c, fr->s[0], &st);
    fr->s[1] = st.held;
    if ((r == RT_STEP_ADVANCE || r == RT_STEP_CALL) && st.state <= 0) {
        pv_xdecref(c, st.op_fn), pv_xdecref(c, st.op_args), pv_xdecref(c, st.op_kw);
        return corrupt(c);
    }
    switch (r) {
    case RT_STEP_ITEM: return done(fr, st.val);
    case RT_STEP_STOP: return done(fr, rt_stop_new(c));
    case RT_STEP_ADVANCE:
        fr->s[2] = st.op_fn;
        fr->s[3] = PV_INT(RT_STEP_ADVANCE);
        return advance(c, fr, st.op_fn, st.state);
    case RT_STEP_CALL: {
        fr->s[3] = PV_INT(RT_STEP_CALL);
        RtTuple *a = (RtTuple *)st.op_args;
        int rc = call(c, fr, st.state, st.op_fn, a->items, (int)a->n, st.op_kw);
        pv_decref(c, st.op_fn), pv_decref(c, st.op_args), pv_xdecref(c, st.op_kw);
        return rc;
    }
    default: return PITH_STEP_ERR;
    }
}

/* ---- NF_DRIVE: a loop of a type's drive hook (re.sub with a function), one call of Python per step ----
 * slots: the loop's state, s[0] the object whose type drives it (rt_type.h, RtTypeDesc.drive) */

static int drive_step(PCtx *c, PFrame *fr) {
    if (fuel(c) < 0 || !slot_ok(c, fr, 0, 0)) return PITH_STEP_ERR;
    PV s0 = fr->s[0];
    if (!PV_IS_OBJ(s0) || !rt_type_desc(RT_OBJ(s0))->drive || fr->state > 1) return corrupt(c);
    PV got = PV_NULL, f = PV_NULL, arg = PV_NULL, out = PV_NULL;
    if (fr->state == 1 && !(got = called(fr))) return PITH_STEP_ERR;
    int r = rt_type_desc(RT_OBJ(s0))->drive(c, fr->s, got, &f, &arg, &out);
    pv_xdecref(c, got);
    if (r < 0) return PITH_STEP_ERR;
    if (r == 0) return done(fr, out);
    return call(c, fr, 1, f, &arg, 1, PV_NULL);
}

static const PFuncDesc nf_desc[NF_COUNT] = {
    [NF_APPLY] = {.name = "<native apply>", .qualname = "<native apply>", .nslots = 8, .step = apply_step, .id = -1},
    [NF_ITER_NEXT] =
        {.name = "<native next>", .qualname = "<native next>", .nslots = 4, .step = iter_next_step, .id = -1},
    [NF_NEXT] = {.name = "<native send>", .qualname = "<native send>", .nslots = 4, .step = next_step, .id = -1},
    [NF_MINMAX] =
        {.name = "<native minmax>", .qualname = "<native minmax>", .nslots = 7, .step = minmax_step, .id = -1},
    [NF_SORT] = {.name = "<native sort>", .qualname = "<native sort>", .nslots = 8, .step = sort_step, .id = -1},
    [NF_ANYALL] =
        {.name = "<native anyall>", .qualname = "<native anyall>", .nslots = 2, .step = anyall_step, .id = -1},
    [NF_CONTAINS] = {.name = "<native in>", .qualname = "<native in>", .nslots = 2, .step = contains_step, .id = -1},
    [NF_JSON_DUMPS] = {.name = "<native json.dumps>",
                       .qualname = "<native json.dumps>",
                       .nslots = 4,
                       .step = rt_native_json_dumps_step,
                       .id = -1},
    [NF_JSON_LOADS] = {.name = "<native json.loads>",
                       .qualname = "<native json.loads>",
                       .nslots = 4,
                       .step = rt_native_json_loads_step,
                       .id = -1},
    [NF_BISECT] =
        {.name = "<native bisect>", .qualname = "<native bisect>", .nslots = 8, .step = bisect_step, .id = -1},
    [NF_DUNDER] =
        {.name = "<native dunder>", .qualname = "<native dunder>", .nslots = 4, .step = dunder_step, .id = -1},
    [NF_PRINT] = {.name = "<native print>", .qualname = "<native print>", .nslots = 4, .step = print_step, .id = -1},
    [NF_STEP] = {.name = "<native step>", .qualname = "<native step>", .nslots = 4, .step = step_step, .id = -1},
    /* asyncio.run's event loop (rt_async.c) */
    [NF_LOOP] = {.name = "run", .qualname = "run", .nslots = 7, .step = rt_async_loop_step, .id = -1},
    [NF_DRIVE] = {.name = "<native drive>", .qualname = "<native drive>", .nslots = RT_DRIVE_SLOTS, .step = drive_step,
                  .id = -1},
};

PFrame *rt_native_json_dumps_frame(PCtx *c) { return nf_new(c, NF_JSON_DUMPS); }
PFrame *rt_native_json_loads_frame(PCtx *c) { return nf_new(c, NF_JSON_LOADS); }

int rt_sm_push_step(PCtx *c, PFrame *caller, PV obj, PV held_steal) {
    PFrame *nf = nf_new(c, NF_STEP);
    if (!nf) {
        pv_xdecref(c, held_steal);
        return PITH_STEP_ERR;
    }
    pv_incref(obj);
    nf->s[0] = obj;
    nf->s[1] = held_steal;
    nf->s[3] = PV_INT(0);
    return rt_frame_push(c, caller, nf);
}

const PFuncDesc *rt_native_loop(void) { return &nf_desc[NF_LOOP]; }

const PFuncDesc *rt_native_table(int *n) {
    *n = NF_COUNT;
    return nf_desc;
}

/* ---- deciding, per call, whether it needs a native frame ---- */

static int consumes_iterable(PV name);

/* Whether calling f may run code that waits on the host: a state machine, a host function, a generator's
 * bound send, or a builtin or method that calls back into Python with what it is given (rt_sm_call_builtin
 * and rt_sm_call_method then decide from the arguments). */
static int user_dunder_waits(PV v, const char *name);

static int call_waits(PV f) {
    if (!f || !PV_IS_OBJ(f)) return 0;
    if (rt_is_user_obj(f)) return user_dunder_waits(f, "__call__");
    if (RT_IS(f, RT_T_EXTFN)) return 1;
    if (RT_IS(f, RT_T_FUNC)) {
        const PFuncDesc *fn = ((RtFunc *)f)->fn;
        return fn && !fn->direct && !(fn->flags & PITH_F_GENERATOR);
    }
    if (RT_IS(f, RT_T_BUILTIN)) return !((RtBuiltin *)f)->host_name && pith_builtin_calls_back(((RtBuiltin *)f)->id);
    if (RT_IS(f, RT_T_BOUNDMETH)) return call_waits(((RtBound *)f)->func); /* key=obj.method */
    if (RT_IS(f, RT_T_CLASS)) return 1; /* map(C, xs): its __init__ may wait (rt_sm_call_user decides) */
    if (rt_type_desc(RT_OBJ(f))->waits) return rt_type_desc(RT_OBJ(f))->waits(f); /* partial(f), lru_cache(f) */
    if (RT_IS(f, RT_T_METHOD)) {
        RtMethod *m = (RtMethod *)f;
        return RT_IS(m->self, RT_T_GEN) || RT_IS(m->self, RT_T_FUNC) ||
               (RT_IS(m->name, RT_T_STR) && (consumes_iterable(m->name) || rt_str_is(m->name, "sort")));
    }
    return 0;
}

int rt_call_waits(PV f) { return call_waits(f); }

/* The dunder `name` of v's user class is a function that may wait (a generator function's body too). */
static int user_dunder_waits(PV v, const char *name) {
    PV cls = rt_user_class(v);
    PV raw = cls ? rt_class_lookup_cstr(cls, name) : PV_NULL;
    if (raw && RT_IS(raw, RT_T_WRAP) &&
        (((RtWrap *)raw)->kind == RT_W_STATIC || ((RtWrap *)raw)->kind == RT_W_CLASSMETHOD))
        raw = ((RtWrap *)raw)->a;
    if (!raw) return 0;
    if (RT_IS(raw, RT_T_FUNC)) return ((RtFunc *)raw)->fn && !((RtFunc *)raw)->fn->direct;
    return call_waits(raw);
}

static int advance_waits(PV it, int depth) {
    if (!it || !PV_IS_OBJ(it)) return 0;
    if (RT_IS(it, RT_T_GEN)) return 1;
    if (rt_is_user_obj(it)) return user_dunder_waits(it, "__next__");
    if (rt_type_desc(RT_OBJ(it))->waits) return depth > 64 || rt_type_desc(RT_OBJ(it))->waits(it); /* itertools */
    if (!RT_IS(it, RT_T_ITER)) return 0;
    RtIter *x = (RtIter *)it;
    if (depth > 64) return 1;
    switch (x->kind) {
    case RT_IT_MAP:
    case RT_IT_FILTER:
        if (call_waits(x->aux)) return 1;
        /* fall through */
    case RT_IT_ZIP:
    case RT_IT_ENUMERATE:
        if (x->src && RT_IS(x->src, RT_T_TUPLE)) {
            for (pi64 i = 0; i < ((RtTuple *)x->src)->n; i++)
                if (advance_waits(((RtTuple *)x->src)->items[i], depth + 1)) return 1;
            return 0;
        }
        return advance_waits(x->src, depth + 1);
    default: return 0;
    }
}

int rt_advance_waits(PV it) { return advance_waits(it, 0); }

/* Iterating v (an iterable, not yet an iterator) may wait: v is itself an iterator that may, or an object
 * whose class's __iter__ may. */
static int iterable_waits(PV v) {
    return advance_waits(v, 0) || (rt_is_user_obj(v) && user_dunder_waits(v, "__iter__"));
}

static int push_dunder(PCtx *c, PFrame *caller, const RtPlan *p, int finish) {
    PFrame *nf = nf_new(c, NF_DUNDER);
    PV t = nf ? rt_tuple_new(c, p->nargs) : PV_NULL;
    if (!t) {
        pv_xdecref(c, (PV)nf);
        return PITH_STEP_ERR;
    }
    for (int k = 0; k < p->nargs; k++) {
        pv_incref(p->args[k]);
        ((RtTuple *)t)->items[k] = p->args[k];
    }
    pv_incref(p->fn);
    nf->s[0] = p->fn;
    nf->s[1] = t;
    nf->s[2] = PV_INT(finish);
    if (p->spec) pv_incref(p->spec), nf->s[3] = p->spec;
    return rt_frame_push(c, caller, nf);
}

int rt_sm_push_iter_next(PCtx *c, PFrame *caller, PV it) {
    if (PV_IS_OBJ(it) && rt_type_desc(RT_OBJ(it))->step) return rt_sm_push_step(c, caller, it, PV_NULL);
    RtPlan p;
    if (rt_is_user_obj(it) && rt_user_plan(c, PITH_DU_NEXT, it, PV_NULL, &p))
        return push_dunder(c, caller, &p, DU_NEXT);
    PFrame *nf = nf_new(c, NF_ITER_NEXT);
    if (!nf) return PITH_STEP_ERR;
    pv_incref(it);
    nf->s[0] = it;
    return rt_frame_push(c, caller, nf);
}

/* The keyword argument `name` of a call, or PV_NULL; *other is set when another keyword is there. */
static PV kwarg(PV *args, int nargs, PV kwnames, const char *name, int *nkw) {
    int n = kwnames ? (int)((RtTuple *)kwnames)->n : 0;
    *nkw = n;
    for (int i = 0; i < n; i++)
        if (rt_str_is(((RtTuple *)kwnames)->items[i], name)) return args[nargs - n + i];
    return PV_NULL;
}

static int deliver(PCtx *c, PFrame *caller, PV r) {
    if (!r) return PITH_STEP_ERR;
    pv_xdecref(c, caller->callret);
    caller->callret = r;
    return PITH_STEP_CONT;
}

/* Collect args[i] first, then call f (a builtin or bound method value, borrowed) with it. */
static int push_apply(PCtx *c, PFrame *caller, PV f, PV *args, int nargs, PV kwnames, int i) {
    PFrame *nf = nf_new(c, NF_APPLY);
    PV t = nf ? rt_tuple_new(c, nargs) : PV_NULL;
    if (!t) {
        pv_xdecref(c, (PV)nf);
        return PITH_STEP_ERR;
    }
    for (int k = 0; k < nargs; k++) {
        pv_incref(args[k]);
        ((RtTuple *)t)->items[k] = args[k];
    }
    if (f) pv_incref(f);
    nf->s[0] = f;
    nf->s[1] = t;
    if (kwnames) pv_incref(kwnames);
    nf->s[2] = kwnames;
    nf->s[3] = PV_INT(i);
    return rt_frame_push(c, caller, nf);
}

/* The operation of rt_sm_dunder run at once, in C. */
static PV dunder_at_once(PCtx *c, int op, PV v, PV arg) {
    switch (op) {
    case PITH_DU_ITER: return rt_iter(c, v);
    case PITH_DU_GETATTR: return rt_getattr(c, v, arg);
    case PITH_DU_GETITEM: return rt_getitem(c, v, arg);
    case PITH_DU_TRUTH: {
        int t = rt_truth(c, v);
        return t < 0 ? PV_NULL : PV_BOOL(t);
    }
    case PITH_DU_LEN: {
        pi64 n = rt_len(c, v);
        return n < 0 ? PV_NULL : rt_int_from_i64(c, n);
    }
    case PITH_DU_STR: return rt_str(c, v);
    case PITH_DU_REPR: return rt_repr(c, v);
    default: rt_err(c, PITH_B_SYSTEMERROR, "bad dunder operation %d", op); return PV_NULL;
    }
}

int rt_sm_dunder(PCtx *c, PFrame *caller, int op, PV v, PV arg) {
    RtPlan p;
    if (op != PITH_DU_NEXT && rt_user_plan(c, op, v, arg, &p) && call_waits(p.fn))
        return push_dunder(c, caller, &p, p.finish);
    return deliver(c, caller, dunder_at_once(c, op, v, arg));
}

int rt_sm_format(PCtx *c, PFrame *caller, PV v, int conv, PV spec) {
    RtPlan p;
    if (!conv && !spec && rt_is_user_obj(v)) { /* f"{v}" asks __format__ with an empty spec */
        PV empty = rt_str_new(c, "", 0);
        if (!empty) return PITH_STEP_ERR;
        int rc = rt_sm_format(c, caller, v, 0, empty);
        pv_decref(c, empty);
        return rc;
    }
    if (rt_user_plan_format(c, v, conv, spec, &p) && call_waits(p.fn)) return push_dunder(c, caller, &p, p.finish);
    return deliver(c, caller, rt_format_value(c, v, conv, spec));
}

/* print(...) whose arguments' str() may wait: sep and end as the builtin reads them (None: the default). */
static int push_print(PCtx *c, PFrame *caller, PV *args, int npos, PV sep, PV end) {
    PFrame *nf = nf_new(c, NF_PRINT);
    PV t = nf ? rt_tuple_new(c, npos) : PV_NULL;
    if (!t) {
        pv_xdecref(c, (PV)nf);
        return PITH_STEP_ERR;
    }
    for (int k = 0; k < npos; k++) pv_incref(args[k]), ((RtTuple *)t)->items[k] = args[k];
    nf->s[0] = t;
    if (sep && sep != PV_NONE) pv_incref(sep), nf->s[1] = sep;
    if (end && end != PV_NONE) pv_incref(end), nf->s[2] = end;
    nf->s[3] = PV_INT(0);
    return rt_frame_push(c, caller, nf);
}

/* A builtin that calls a dunder of its one argument (str, repr, len, bool, iter, format, print): as a native
 * frame when that dunder may wait; 0 when the ordinary builtin should run. */
static int dunder_builtin(PCtx *c, PFrame *caller, int id, PV *args, int nargs, PV kwnames, int *rc) {
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0, npos = nargs - nkw, other;
    RtPlan p;
    if (id == PITH_B_PRINT) {
        PV sep = kwarg(args, nargs, kwnames, "sep", &other), end = kwarg(args, nargs, kwnames, "end", &other);
        if (nkw != (sep != PV_NULL) + (end != PV_NULL)) return 0; /* file=, flush=: the builtin */
        if ((sep && sep != PV_NONE && !RT_IS(sep, RT_T_STR)) || (end && end != PV_NONE && !RT_IS(end, RT_T_STR)))
            return 0;
        for (int i = 0; i < npos; i++)
            if (rt_user_plan(c, PITH_DU_STR, args[i], PV_NULL, &p) && call_waits(p.fn)) {
                *rc = push_print(c, caller, args, npos, sep, end);
                return 1;
            }
        return 0;
    }
    if (nkw || npos < 1 || npos > 2 || (npos == 2 && id != PITH_B_FORMAT)) return 0;
    if (id == PITH_B_FORMAT) {
        PV empty = npos == 1 ? rt_str_new(c, "", 0) : PV_NULL;
        PV spec = npos == 2 ? args[1] : empty;
        if (!spec || !RT_IS(spec, RT_T_STR)) {
            pv_xdecref(c, empty);
            return 0;
        }
        int planned = rt_user_plan_format(c, args[0], 0, spec, &p) && call_waits(p.fn);
        if (planned) *rc = push_dunder(c, caller, &p, p.finish);
        pv_xdecref(c, empty);
        return planned;
    }
    int op = id == PITH_B_STR    ? PITH_DU_STR
             : id == PITH_B_REPR ? PITH_DU_REPR
             : id == PITH_B_LEN  ? PITH_DU_LEN
             : id == PITH_B_BOOL ? PITH_DU_TRUTH
                                 : PITH_DU_ITER;
    if (!rt_user_plan(c, op, args[0], PV_NULL, &p) || !call_waits(p.fn)) return 0;
    *rc = push_dunder(c, caller, &p, p.finish);
    return 1;
}

int rt_sm_drive(PCtx *c, PFrame *caller, PV *state_steal) {
    PFrame *nf = nf_new(c, NF_DRIVE);
    if (!nf) return PITH_STEP_ERR;
    for (int k = 0; k < RT_DRIVE_SLOTS; k++) nf->s[k] = state_steal[k], state_steal[k] = PV_NULL;
    return rt_frame_push(c, caller, nf);
}

int rt_sm_contains(PCtx *c, PFrame *caller, PV container, PV item) {
    PV cls = rt_user_class(container); /* __contains__ answers before iteration */
    if (!iterable_waits(container) || (cls && rt_class_lookup_cstr(cls, "__contains__"))) {
        int r = rt_contains(c, container, item);
        return r < 0 ? PITH_STEP_ERR : deliver(c, caller, PV_BOOL(r));
    }
    PFrame *nf = nf_new(c, NF_CONTAINS);
    if (!nf) return PITH_STEP_ERR;
    pv_incref(container);
    pv_incref(item);
    nf->s[0] = container;
    nf->s[1] = item;
    return rt_frame_push(c, caller, nf);
}

int rt_sm_materialize(PCtx *c, PFrame *caller, PV v, int limit) {
    if (!iterable_waits(v)) {
        pv_incref(v);
        return deliver(c, caller, v);
    }
    int rc = push_apply(c, caller, PV_NULL, &v, 1, PV_NULL, 0);
    if (rc == PITH_STEP_CALL && limit >= 0) RT_CTX(c)->top->s[6] = PV_INT(limit);
    return rc;
}

int rt_sm_call_ex_waits(PCtx *c, PFrame *caller, PV f, PV args, PV kwargs) {
    int rc = push_apply(c, caller, f, &args, 1, PV_NULL, 0);
    if (rc != PITH_STEP_CALL) return rc;
    PV kw = kwargs ? kwargs : PV_NONE;
    pv_incref(kw);
    RT_CTX(c)->top->s[7] = kw;
    return rc;
}

int rt_sm_call_collecting(PCtx *c, PFrame *caller, PV f, PV *args, int nargs, PV kwnames) {
    int npos = nargs - (kwnames ? (int)((RtTuple *)kwnames)->n : 0);
    for (int i = 0; i < npos; i++)
        if (iterable_waits(args[i])) return push_apply(c, caller, f, args, nargs, kwnames, i);
    return deliver(c, caller, rt_call_value(c, f, args, nargs, kwnames));
}

static int push_builtin_apply(PCtx *c, PFrame *caller, int id, PV *args, int nargs, PV kwnames) {
    PV f = rt_builtin(c, id);
    if (!f) return PITH_STEP_ERR;
    int rc = push_apply(c, caller, f, args, nargs, kwnames, 0);
    pv_decref(c, f);
    return rc;
}

static int push_minmax(PCtx *c, PFrame *caller, PV it_steal, PV key, PV dflt, int is_max) {
    PFrame *nf = nf_new(c, NF_MINMAX);
    if (!nf) {
        pv_decref(c, it_steal);
        return PITH_STEP_ERR;
    }
    nf->s[0] = it_steal;
    if (key && key != PV_NONE) pv_incref(key), nf->s[1] = key;
    if (dflt) pv_incref(dflt), nf->s[5] = dflt;
    nf->s[6] = PV_INT(is_max);
    return rt_frame_push(c, caller, nf);
}

/* sorted(iterable) (list PV_NULL) or list.sort() (the list) with the key key. */
static int push_sort(PCtx *c, PFrame *caller, PV iterable, PV list, PV key, int reverse) {
    PFrame *nf = nf_new(c, NF_SORT);
    if (!nf) return PITH_STEP_ERR;
    PV items = rt_list_new(c, 0), keys = items ? rt_list_new(c, 0) : PV_NULL;
    PV it = keys && iterable ? rt_iter(c, iterable) : PV_NULL;
    if (!keys || (iterable && !it)) {
        pv_xdecref(c, items);
        pv_xdecref(c, keys);
        pv_decref(c, (PV)nf);
        return PITH_STEP_ERR;
    }
    if (list) { /* the list is empty while it is sorted, as in CPython */
        take_items((RtList *)items, (RtList *)list);
        pv_incref(list);
    }
    pv_incref(key);
    nf->s[0] = items;
    nf->s[1] = key;
    nf->s[2] = PV_BOOL(reverse);
    nf->s[3] = keys;
    nf->s[5] = it;
    nf->s[6] = list;
    return rt_frame_push(c, caller, nf);
}

int rt_sm_sorted_head(PCtx *c, PFrame *caller, PV iterable, PV key, int reverse, pi64 keep) {
    int rc = push_sort(c, caller, iterable, PV_NULL, key, reverse);
    if (rc == PITH_STEP_CALL) RT_CTX(c)->top->s[7] = PV_INT(keep < 0 ? 0 : keep);
    return rc;
}

int rt_sm_bisect(PCtx *c, PFrame *caller, PV seq, PV x, PV key, pi64 lo, pi64 hi, int right, int insort) {
    if (lo < 0 || hi < 0 || hi > ((pi64)1 << 60)) {
        rt_err(c, PITH_B_SYSTEMERROR, "bisect bounds out of range");
        return PITH_STEP_ERR;
    }
    PFrame *nf = nf_new(c, NF_BISECT);
    if (!nf) return PITH_STEP_ERR;
    pv_incref(seq);
    pv_incref(x);
    pv_incref(key);
    nf->s[0] = seq;
    nf->s[1] = x;
    nf->s[2] = key;
    nf->s[3] = PV_INT(lo);
    nf->s[4] = PV_INT(hi);
    nf->s[5] = PV_INT((right ? BS_RIGHT : 0) | (insort ? BS_INSORT : 0));
    return rt_frame_push(c, caller, nf);
}

static int push_next(PCtx *c, PFrame *caller, PV it, PV dflt, int mode, PV value) {
    PFrame *nf = nf_new(c, NF_NEXT);
    if (!nf) return PITH_STEP_ERR;
    pv_incref(it);
    nf->s[0] = it;
    if (dflt) pv_incref(dflt), nf->s[1] = dflt;
    nf->s[2] = PV_INT(mode);
    if (value) pv_incref(value), nf->s[3] = value;
    return rt_frame_push(c, caller, nf);
}

/* reverse= of sorted/list.sort as CPython reads it (an int); -1 when the C builtin should report it. */
static int reverse_arg(PV v) {
    if (!v || v == PV_FALSE) return 0;
    if (v == PV_TRUE) return 1;
    if (PV_IS_INT(v)) return PV_IVAL(v) != 0;
    return -1;
}

int rt_sm_call_builtin(PCtx *c, PFrame *caller, int id, PV *args, int nargs, PV kwnames) {
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0, npos = nargs - nkw, other;
    switch (id) {
    case PITH_B_SORTED: {
        PV key = kwarg(args, nargs, kwnames, "key", &other), rev = kwarg(args, nargs, kwnames, "reverse", &other);
        int reverse = reverse_arg(rev);
        if (npos != 1 || nkw != (key != PV_NULL) + (rev != PV_NULL) || reverse < 0) break;
        if (key && key != PV_NONE && call_waits(key)) return push_sort(c, caller, args[0], PV_NULL, key, reverse);
        if (iterable_waits(args[0]) && key && key != PV_NONE)
            return push_sort(c, caller, args[0], PV_NULL, key, reverse);
        if (iterable_waits(args[0])) return push_builtin_apply(c, caller, id, args, nargs, kwnames);
        break;
    }
    case PITH_B_MIN:
    case PITH_B_MAX: {
        PV key = kwarg(args, nargs, kwnames, "key", &other), dflt = kwarg(args, nargs, kwnames, "default", &other);
        if (npos < 1 || nkw != (key != PV_NULL) + (dflt != PV_NULL) || (npos > 1 && dflt)) break;
        int waits = (key && key != PV_NONE && call_waits(key)) || (npos == 1 && iterable_waits(args[0]));
        if (!waits) break;
        PV src = npos == 1 ? args[0] : PV_NULL;
        if (!src) {
            src = rt_tuple_new(c, npos);
            if (!src) return PITH_STEP_ERR;
            for (int i = 0; i < npos; i++) pv_incref(args[i]), ((RtTuple *)src)->items[i] = args[i];
        } else {
            pv_incref(src);
        }
        PV it = rt_iter(c, src);
        pv_decref(c, src);
        if (!it) return PITH_STEP_ERR;
        return push_minmax(c, caller, it, key, dflt, id == PITH_B_MAX);
    }
    case PITH_B_ANY:
    case PITH_B_ALL:
        if (nargs == 1 && !kwnames && iterable_waits(args[0])) {
            PFrame *nf = nf_new(c, NF_ANYALL);
            if (!nf) return PITH_STEP_ERR;
            pv_incref(args[0]);
            nf->s[0] = args[0];
            nf->s[1] = PV_INT(id == PITH_B_ALL);
            return rt_frame_push(c, caller, nf);
        }
        break;
    case PITH_B_NEXT:
        if ((nargs == 1 || nargs == 2) && !kwnames && (RT_IS(args[0], RT_T_GEN) || rt_advance_waits(args[0])))
            return push_next(c, caller, args[0], nargs == 2 ? args[1] : PV_NULL, NX_NEXT, PV_NULL);
        break;
    case PITH_B_LIST:
    case PITH_B_TUPLE:
    case PITH_B_SET:
    case PITH_B_FROZENSET:
    case PITH_B_DICT:
    case PITH_B_SUM:
    case PITH_B_BYTES:
    case PITH_B_COUNTER:
    case PITH_B_ORDEREDDICT:
    case PITH_B_DEQUE:
        if (npos >= 1 && iterable_waits(args[0])) return push_builtin_apply(c, caller, id, args, nargs, kwnames);
        break;
    default:
        if (pith_builtin_calls_dunder(id)) {
            int rc;
            if (dunder_builtin(c, caller, id, args, nargs, kwnames, &rc)) return rc;
        }
        break;
    }
    PV f = rt_builtin(c, id); /* the builtin through its value's call hook: builtins/ sits above exec/ */
    PV r = f ? rt_call_value(c, f, args, nargs, kwnames) : PV_NULL;
    pv_xdecref(c, f);
    return deliver(c, caller, r);
}

/* Methods that consume an iterable argument whole (collected first when it may wait). */
static int consumes_iterable(PV name) {
    static const char *const names[] = {"join",
                                        "extend",
                                        "update",
                                        "union",
                                        "intersection",
                                        "difference",
                                        "symmetric_difference",
                                        "issubset",
                                        "issuperset",
                                        "isdisjoint",
                                        "intersection_update",
                                        "difference_update",
                                        "symmetric_difference_update",
                                        "fromkeys",
                                        "subtract",
                                        "extendleft",
                                        NULL};
    for (int i = 0; names[i]; i++)
        if (rt_str_is(name, names[i])) return 1;
    return 0;
}

int rt_sm_call_method(PCtx *c, PFrame *caller, PV self, PV name, PV *args, int nargs, PV kwnames) {
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0, npos = nargs - nkw, other;
    if (PV_IS_OBJ(self) && rt_type_desc(RT_OBJ(self))->sm_call_method) { /* p.sub(f, s) */
        int rc = rt_type_desc(RT_OBJ(self))->sm_call_method(c, caller, self, name, args, nargs, kwnames);
        if (rc != RT_SM_DECLINED) return rc;
    }
    if (RT_IS(self, RT_T_GEN) && RT_IS(name, RT_T_STR)) {
        if (rt_str_is(name, "send") && nargs == 1) return push_next(c, caller, self, PV_NULL, NX_SEND, args[0]);
        if (rt_str_is(name, "close") && nargs == 0) return push_next(c, caller, self, PV_NULL, NX_CLOSE, PV_NULL);
        if (rt_str_is(name, "__next__") && nargs == 0) return push_next(c, caller, self, PV_NULL, NX_NEXT, PV_NULL);
        if (rt_str_is(name, "throw") && npos >= 1 && npos <= 3 && !kwnames) {
            PV e = rt_gen_throw_exception(c, args[0], npos > 1 ? args[1] : PV_NULL);
            if (!e) return PITH_STEP_ERR;
            int rc = push_next(c, caller, self, PV_NULL, NX_THROW, e);
            pv_decref(c, e);
            return rc;
        }
    }
    if (RT_IS(self, RT_T_LIST) && RT_IS(name, RT_T_STR) && rt_str_is(name, "sort") && npos == 0) {
        PV key = kwarg(args, nargs, kwnames, "key", &other), rev = kwarg(args, nargs, kwnames, "reverse", &other);
        int reverse = reverse_arg(rev);
        if (key && key != PV_NONE && call_waits(key) && reverse >= 0 && nkw == 1 + (rev != PV_NULL))
            return push_sort(c, caller, PV_NULL, self, key, reverse);
    }
    if (RT_IS(name, RT_T_STR) && consumes_iterable(name))
        for (int i = 0; i < npos; i++)
            if (iterable_waits(args[i])) {
                PV f = rt_getattr(c, self, name);
                if (!f) return PITH_STEP_ERR;
                int rc = push_apply(c, caller, f, args, nargs, kwnames, i);
                pv_decref(c, f);
                return rc;
            }
    /* f.callback(...): a function stored as an attribute of a function; obj.method(...), C.make(...),
     * super().__init__(...): a method of a user class, whose frame is pushed so that it may wait too; m.f(...) on
     * a module, or on a value without methods: the attribute is the callable, which decides */
    if (RT_IS(self, RT_T_FUNC) || rt_user_class(self) || RT_IS(self, RT_T_CLASS) || RT_IS(self, RT_T_WRAP) ||
        (PV_IS_OBJ(self) && !rt_type_desc(RT_OBJ(self))->methods && rt_type_desc(RT_OBJ(self))->getattr)) {
        PV f = rt_getattr(c, self, name);
        if (!f) return PITH_STEP_ERR;
        int rc = rt_sm_call_value(c, caller, f, args, nargs, kwnames);
        pv_decref(c, f);
        return rc;
    }
    return deliver(c, caller, rt_call_method(c, self, name, args, nargs, kwnames));
}

int rt_sm_close_delegate(PCtx *c, PFrame *caller, PV gen) {
    PV exc = rt_exc_fetch(c); /* the GeneratorExit, raised again once the delegate closed */
    int rc = push_next(c, caller, gen, PV_NULL, NX_CLOSE_RERAISE, exc);
    pv_xdecref(c, exc);
    return rc == PITH_STEP_ERR ? (caller->callret = PV_NULL, PITH_STEP_CONT) : rc;
}
