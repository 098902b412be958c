/* rt_mod_itertools.c — the run-time side of `itertools` (CPython 3.11's Modules/itertoolsmodule.c): its
 * iterators are module objects (rt_modobj.h) whose next() is written as steps, so one code serves next() from C
 * and a native frame that lets the Python they call (a predicate, a key, the source's generator) wait on the
 * host. Each kind follows CPython's algorithm, order of calls and messages; the combinatoric ones (product,
 * permutations, combinations...) are in rt_mod_itertools_comb.c. Every step is charged fuel by its driver, so
 * count() and cycle() consumed forever stop at the time limit. Stage: runtime, part modules/. */
#include <string.h>

#include "pith_mod_itertools.h"
#include "rt_exec.h"
#include "rt_itertools.h"

#define M_ARGS PCtx *c, PV *a, int n, PV kw

/* ---- shared ---- */

int rt_it_bad_state(PCtx *c) {
    rt_err(c, PITH_B_SYSTEMERROR, "corrupt native frame");
    return RT_STEP_ERR;
}

/* The outcome of an advance that did not give an item: the source's end, or its exception. */
static int ended(RtStep *s) { return s->got < 0 ? RT_STEP_ERR : RT_STEP_STOP; }

static int opt_any(PV v) { return v != 0; }

/* An iterator object of kind k whose slots take the given references (stolen; PV_NULL ones stay empty). */
PV rt_it_new(PCtx *c, int k, PV s0, PV s1, PV s2) {
    PV v = rt_modobj_new(c, PITH_MOD_ITERTOOLS, k);
    if (!v) {
        pv_xdecref(c, s0), pv_xdecref(c, s1), pv_xdecref(c, s2);
        return PV_NULL;
    }
    MO(v)->s[0] = s0, MO(v)->s[1] = s1, MO(v)->s[2] = s2;
    return v;
}

/* iter(v), stolen into a new iterator's slot */
static PV iter_of(PCtx *c, PV v) { return rt_iter(c, v); }

static int slot_waits(PV v) { return v && rt_advance_waits(v); }
static int fn_waits(PV f) { return f && f != PV_NONE && rt_call_waits(f); }

/* ---- count(start=0, step=1): s0 the next value, s1 the step ---- */

static int is_number(PV v) { return rt_is_int(v) || rt_is_float(v); }

static PV it_count(M_ARGS) {
    static const char *const names[] = {"start", "step"};
    PV p[2];
    if (rt_mod_args(c, "count", a, n, kw, names, 2, 0, 2, p) < 0) return PV_NULL;
    PV start = p[0] ? p[0] : PV_INT(0), step = p[1] ? p[1] : PV_INT(1);
    if (!is_number(start) || !is_number(step)) {
        rt_err(c, PITH_B_TYPEERROR, "a number is required");
        return PV_NULL;
    }
    pv_incref(start), pv_incref(step);
    return rt_it_new(c, IT_COUNT, start, step, PV_NULL);
}

static int count_step(PCtx *c, PV self, RtStep *s) {
    RtModObj *o = MO(self);
    PV next = rt_binop(c, PITH_OP_ADD, o->s[0], o->s[1]);
    if (!next) return RT_STEP_ERR;
    PV cur = o->s[0];
    o->s[0] = next;
    return rt_step_item(s, cur);
}

static PV count_repr(PCtx *c, PV v) {
    PV step = MO(v)->s[1];
    if (PV_IS_INT(step) && PV_IVAL(step) == 1) return rt_str_format_c(c, "count(%R)", MO(v)->s[0]);
    return rt_str_format_c(c, "count(%R, %R)", MO(v)->s[0], step);
}

static int count_check(const RtModObj *o) { return opt_any(o->s[0]) && opt_any(o->s[1]) ? 0 : -1; }

/* ---- cycle(iterable): s0 the source (PV_NULL once exhausted), s1 the items saved (a list), n0 the next one ---- */

static PV it_cycle(M_ARGS) {
    (void)n, (void)kw;
    PV it = iter_of(c, a[0]), saved = it ? rt_list_new(c, 0) : PV_NULL;
    if (!saved) {
        pv_xdecref(c, it);
        return PV_NULL;
    }
    return rt_it_new(c, IT_CYCLE, it, saved, PV_NULL);
}

static int cycle_step(PCtx *c, PV self, RtStep *s) {
    RtModObj *o = MO(self);
    if (s->state == 1) {
        if (s->got == 1) {
            if (rt_list_append(c, o->s[1], s->val) < 0) {
                pv_decref(c, s->val);
                return RT_STEP_ERR;
            }
            return RT_STEP_ITEM;
        }
        if (s->got < 0) return RT_STEP_ERR;
        rt_modobj_put(c, &o->s[0], PV_NULL);
    } else if (s->state != 0) {
        return rt_it_bad_state(c);
    } else if (o->s[0]) {
        return rt_step_advance(s, o->s[0], 1);
    }
    RtList *l = (RtList *)o->s[1];
    if (l->n == 0) return RT_STEP_STOP;
    if (o->n[0] < 0 || o->n[0] >= l->n) o->n[0] = 0;
    PV x = l->items[o->n[0]++];
    if (o->n[0] >= l->n) o->n[0] = 0;
    pv_incref(x);
    return rt_step_item(s, x);
}

static int cycle_waits(PV v) { return slot_waits(MO(v)->s[0]); }
static int cycle_check(const RtModObj *o) { return o->s[1] && RT_IS(o->s[1], RT_T_LIST) ? 0 : -1; }

/* ---- repeat(object[, times]): s0 the object, n0 the times left (-1: for ever) ---- */

static PV it_repeat(M_ARGS) {
    static const char *const names[] = {"object", "times"};
    PV p[2];
    if (rt_mod_args(c, "repeat", a, n, kw, names, 2, 1, 2, p) < 0) return PV_NULL;
    pi64 times = -1;
    if (p[1]) {
        if (rt_index_arg(c, p[1], &times) < 0) return PV_NULL;
        if (times < 0) times = 0;
    }
    pv_incref(p[0]);
    PV v = rt_it_new(c, IT_REPEAT, p[0], PV_NULL, PV_NULL);
    if (v) MO(v)->n[0] = times;
    return v;
}

static int repeat_step(PCtx *c, PV self, RtStep *s) {
    (void)c;
    RtModObj *o = MO(self);
    if (o->n[0] == 0) return RT_STEP_STOP;
    if (o->n[0] > 0) o->n[0]--;
    pv_incref(o->s[0]);
    return rt_step_item(s, o->s[0]);
}

static PV repeat_repr(PCtx *c, PV v) {
    if (MO(v)->n[0] < 0) return rt_str_format_c(c, "repeat(%R)", MO(v)->s[0]);
    return rt_str_format_c(c, "repeat(%R, %lld)", MO(v)->s[0], (long long)MO(v)->n[0]);
}

static int repeat_check(const RtModObj *o) { return o->s[0] && o->n[0] >= -1 ? 0 : -1; }

/* ---- accumulate(iterable, func=None, *, initial=None): s0 the source, s1 func (PV_NULL: +), s2 the total so
 * far (PV_NULL before the first), s3 initial until it is produced ---- */

static PV it_accumulate(M_ARGS) {
    static const char *const names[] = {"iterable", "func", "initial"};
    PV p[3];
    if (rt_mod_args(c, "accumulate", a, n, kw, names, 3, 1, 2, p) < 0) return PV_NULL;
    PV it = iter_of(c, p[0]);
    if (!it) return PV_NULL;
    PV f = p[1] && p[1] != PV_NONE ? p[1] : PV_NULL, init = p[2] && p[2] != PV_NONE ? p[2] : PV_NULL;
    if (f) pv_incref(f);
    PV v = rt_it_new(c, IT_ACCUMULATE, it, f, PV_NULL);
    if (v && init) pv_incref(init), MO(v)->s[3] = init;
    return v;
}

static int accumulate_step(PCtx *c, PV self, RtStep *s) {
    RtModObj *o = MO(self);
    switch (s->state) {
    case 0:
        if (o->s[3]) { /* initial comes first */
            PV x = o->s[3];
            o->s[3] = PV_NULL;
            pv_incref(x);
            rt_modobj_put(c, &o->s[2], x);
            return rt_step_item(s, x);
        }
        return rt_step_advance(s, o->s[0], 1);
    case 1: {
        if (s->got != 1) return ended(s);
        PV x = s->val;
        if (!o->s[2]) {
            pv_incref(x);
            o->s[2] = x;
            return rt_step_item(s, x);
        }
        if (o->s[1]) {
            PV args[2] = {o->s[2], x};
            int rc = rt_step_call(c, s, 2, o->s[1], args, 2);
            pv_decref(c, x);
            return rc;
        }
        PV t = rt_binop(c, PITH_OP_ADD, o->s[2], x);
        pv_decref(c, x);
        if (!t) return RT_STEP_ERR;
        pv_incref(t);
        rt_modobj_put(c, &o->s[2], t);
        return rt_step_item(s, t);
    }
    case 2:
        if (s->got != 1) return RT_STEP_ERR;
        pv_incref(s->val);
        rt_modobj_put(c, &o->s[2], s->val);
        return RT_STEP_ITEM;
    default: return rt_it_bad_state(c);
    }
}

static int accumulate_waits(PV v) { return slot_waits(MO(v)->s[0]) || fn_waits(MO(v)->s[1]); }
static int accumulate_check(const RtModObj *o) { return o->s[0] ? 0 : -1; }

/* ---- chain(*iterables), chain.from_iterable(iterable): s0 the iterator over the iterables (PV_NULL once it
 * ended), s1 the iterator of the current one, s2 chain()'s arguments (a tuple: whether one may wait is known),
 * PV_NULL for from_iterable (whose iterables are not known yet: it may wait) ---- */

static PV it_chain(M_ARGS) {
    (void)kw;
    PV t = rt_tuple_new(c, n);
    if (!t) return PV_NULL;
    for (int i = 0; i < n; i++) pv_incref(a[i]), ((RtTuple *)t)->items[i] = a[i];
    PV src = iter_of(c, t);
    if (!src) return pv_decref(c, t), PV_NULL;
    return rt_it_new(c, IT_CHAIN, src, PV_NULL, t);
}

static PV it_chain_from_iterable(M_ARGS) {
    if (rt_mod_no_kw(c, "chain.from_iterable", kw) < 0) return PV_NULL;
    if (n != 1) {
        rt_err(c, PITH_B_TYPEERROR, "chain.from_iterable() takes exactly one argument (%d given)", n);
        return PV_NULL;
    }
    PV src = iter_of(c, a[0]);
    return src ? rt_it_new(c, IT_CHAIN, src, PV_NULL, PV_NULL) : PV_NULL;
}

static int chain_step(PCtx *c, PV self, RtStep *s) {
    RtModObj *o = MO(self);
    if (s->state == 1) { /* the current iterable answered */
        if (s->got == 1) return RT_STEP_ITEM;
        if (s->got < 0) return RT_STEP_ERR;
        rt_modobj_put(c, &o->s[1], PV_NULL);
    } else if (s->state == 2) { /* the next iterable */
        if (s->got != 1) {
            rt_modobj_put(c, &o->s[0], PV_NULL);
            return ended(s);
        }
        PV it = iter_of(c, s->val);
        pv_decref(c, s->val);
        if (!it) {
            rt_modobj_put(c, &o->s[0], PV_NULL);
            return RT_STEP_ERR;
        }
        rt_modobj_put(c, &o->s[1], it);
    } else if (s->state != 0) {
        return rt_it_bad_state(c);
    }
    if (o->s[1]) return rt_step_advance(s, o->s[1], 1);
    if (o->s[0]) return rt_step_advance(s, o->s[0], 2);
    return RT_STEP_STOP;
}

static int chain_waits(PV v) {
    PV args = MO(v)->s[2];
    if (slot_waits(MO(v)->s[1]) || !args || !RT_IS(args, RT_T_TUPLE)) return 1;
    for (pi64 i = 0; i < ((RtTuple *)args)->n; i++)
        if (slot_waits(((RtTuple *)args)->items[i])) return 1;
    return 0;
}

/* ---- compress(data, selectors): s0 data, s1 selectors; held: the datum whose selector is asked for ---- */

static PV it_compress(M_ARGS) {
    static const char *const names[] = {"data", "selectors"};
    PV p[2];
    if (rt_mod_args(c, "compress", a, n, kw, names, 2, 2, 2, p) < 0) return PV_NULL;
    PV d = iter_of(c, p[0]), sel = d ? iter_of(c, p[1]) : PV_NULL;
    if (!sel) {
        pv_xdecref(c, d);
        return PV_NULL;
    }
    return rt_it_new(c, IT_COMPRESS, d, sel, PV_NULL);
}

static int compress_step(PCtx *c, PV self, RtStep *s) {
    RtModObj *o = MO(self);
    switch (s->state) {
    case 0: return rt_step_advance(s, o->s[0], 1);
    case 1:
        if (s->got != 1) return ended(s);
        rt_modobj_put(c, &s->held, s->val);
        s->val = PV_NULL;
        return rt_step_advance(s, o->s[1], 2);
    case 2: {
        if (!s->held) return rt_it_bad_state(c);
        if (s->got != 1) return ended(s);
        int t = rt_truth(c, s->val);
        pv_decref(c, s->val);
        s->val = PV_NULL;
        if (t < 0) return RT_STEP_ERR;
        if (t) {
            PV x = s->held;
            s->held = PV_NULL;
            return rt_step_item(s, x);
        }
        rt_modobj_put(c, &s->held, PV_NULL);
        return rt_step_advance(s, o->s[0], 1);
    }
    default: return rt_it_bad_state(c);
    }
}

static int two_sources_waits(PV v) { return slot_waits(MO(v)->s[0]) || slot_waits(MO(v)->s[1]); }
static int two_check(const RtModObj *o) { return o->s[0] && o->s[1] ? 0 : -1; }

/* ---- dropwhile, takewhile, filterfalse (predicate, iterable): s0 the predicate, s1 the source, n0 dropwhile:
 * done dropping, takewhile: stopped; held: the item the predicate is asked about ---- */

static PV pred_new(PCtx *c, int k, PV *a) {
    PV it = iter_of(c, a[1]);
    if (!it) return PV_NULL;
    pv_incref(a[0]);
    return rt_it_new(c, k, a[0], it, PV_NULL);
}

static PV it_dropwhile(M_ARGS) { return (void)n, (void)kw, pred_new(c, IT_DROPWHILE, a); }
static PV it_takewhile(M_ARGS) { return (void)n, (void)kw, pred_new(c, IT_TAKEWHILE, a); }
static PV it_filterfalse(M_ARGS) { return (void)n, (void)kw, pred_new(c, IT_FILTERFALSE, a); }

/* The predicate's answer about held, as a truth value (0/1, -1 raised); the answer is consumed. */
static int answer(PCtx *c, RtStep *s) {
    if (!s->held) return rt_it_bad_state(c), -1;
    if (s->got != 1) return -1;
    int t = rt_truth(c, s->val);
    pv_decref(c, s->val);
    s->val = PV_NULL;
    return t;
}

static int ask(PCtx *c, RtStep *s, PV pred) {
    s->held = s->val;
    s->val = PV_NULL;
    return rt_step_call(c, s, 2, pred, &s->held, 1);
}

static PV take_held(RtStep *s) {
    PV x = s->held;
    s->held = PV_NULL;
    return x;
}

static int dropwhile_step(PCtx *c, PV self, RtStep *s) {
    RtModObj *o = MO(self);
    switch (s->state) {
    case 0: return rt_step_advance(s, o->s[1], 1);
    case 1:
        if (s->got != 1) return ended(s);
        if (o->n[0]) return RT_STEP_ITEM;
        return ask(c, s, o->s[0]);
    case 2: {
        int t = answer(c, s);
        if (t < 0) return RT_STEP_ERR;
        if (!t) {
            o->n[0] = 1;
            return rt_step_item(s, take_held(s));
        }
        rt_modobj_put(c, &s->held, PV_NULL);
        return rt_step_advance(s, o->s[1], 1);
    }
    default: return rt_it_bad_state(c);
    }
}

static int takewhile_step(PCtx *c, PV self, RtStep *s) {
    RtModObj *o = MO(self);
    switch (s->state) {
    case 0: return o->n[0] ? RT_STEP_STOP : rt_step_advance(s, o->s[1], 1);
    case 1: return s->got != 1 ? ended(s) : ask(c, s, o->s[0]);
    case 2: {
        int t = answer(c, s);
        if (t > 0) return rt_step_item(s, take_held(s));
        if (t == 0) o->n[0] = 1;
        return t < 0 ? RT_STEP_ERR : RT_STEP_STOP;
    }
    default: return rt_it_bad_state(c);
    }
}

static int filterfalse_step(PCtx *c, PV self, RtStep *s) {
    RtModObj *o = MO(self);
    int t;
    switch (s->state) {
    case 0: return rt_step_advance(s, o->s[1], 1);
    case 1:
        if (s->got != 1) return ended(s);
        if (o->s[0] != PV_NONE && !(RT_IS(o->s[0], RT_T_BUILTIN) && ((RtBuiltin *)o->s[0])->id == PITH_B_BOOL))
            return ask(c, s, o->s[0]);
        s->held = s->val; /* filterfalse(None, ...) and (bool, ...) test the item itself */
        pv_incref(s->val);
        s->got = 1;
        /* fall through */
    case 2:
        t = answer(c, s);
        if (t < 0) return RT_STEP_ERR;
        if (!t) return rt_step_item(s, take_held(s));
        rt_modobj_put(c, &s->held, PV_NULL);
        return rt_step_advance(s, o->s[1], 1);
    default: return rt_it_bad_state(c);
    }
}

static int pred_waits(PV v) { return fn_waits(MO(v)->s[0]) || slot_waits(MO(v)->s[1]); }

/* ---- starmap(function, iterable): s0 the function, s1 the source ---- */

static PV it_starmap(M_ARGS) { return (void)n, (void)kw, pred_new(c, IT_STARMAP, a); }

static int starmap_step(PCtx *c, PV self, RtStep *s) {
    RtModObj *o = MO(self);
    switch (s->state) {
    case 0: return rt_step_advance(s, o->s[1], 1);
    case 1: {
        if (s->got != 1) return ended(s);
        PV args = s->val;
        s->val = PV_NULL;
        if (!RT_IS(args, RT_T_TUPLE)) {
            PV l = rt_seq_to_list(c, args);
            pv_decref(c, args);
            args = l ? rt_list_to_tuple(c, l) : PV_NULL;
            pv_xdecref(c, l);
            if (!args) return RT_STEP_ERR;
        }
        int rc = rt_step_call_tuple(c, s, 2, o->s[0], args, PV_NULL);
        pv_decref(c, args);
        return rc;
    }
    case 2: return s->got == 1 ? RT_STEP_ITEM : RT_STEP_ERR;
    default: return rt_it_bad_state(c);
    }
}

/* ---- groupby(iterable, key=None): s0 the source, s1 key (PV_NULL: the item), s2 the group's key, s3 the
 * current key, s4 the current value, n0 the group's number (a _grouper of an older number is over: CPython's
 * currgrouper, without a reference back). _grouper: s0 the groupby, s1 its key, n0 its number.
 * Both advance the groupby's source the same way (group_fetch): the next value, then its key. ---- */

static PV it_groupby(M_ARGS) {
    static const char *const names[] = {"iterable", "key"};
    PV p[2];
    if (rt_mod_args(c, "groupby", a, n, kw, names, 2, 1, 2, p) < 0) return PV_NULL;
    PV it = iter_of(c, p[0]);
    if (!it) return PV_NULL;
    PV key = p[1] && p[1] != PV_NONE ? p[1] : PV_NULL;
    if (key) pv_incref(key);
    return rt_it_new(c, IT_GROUPBY, it, key, PV_NULL);
}

/* States 1 and 2 of a groupby or a _grouper (g the groupby): the value arrived, then its key. 1: fetched
 * (current value and key set), 0: the source ended (or raised: RT_STEP_ERR in *rc), 2: asked (*rc). */
static int group_fetch(PCtx *c, RtModObj *g, RtStep *s, int *rc) {
    if (s->state == 1) {
        if (s->got != 1) return *rc = ended(s), 0;
        if (g->s[1]) {
            s->held = s->val;
            s->val = PV_NULL;
            *rc = rt_step_call(c, s, 2, g->s[1], &s->held, 1);
            return 2;
        }
        pv_incref(s->val);
        rt_modobj_put(c, &g->s[4], s->val);
        rt_modobj_put(c, &g->s[3], s->val);
        s->val = PV_NULL;
        return 1;
    }
    if (!s->held) return *rc = rt_it_bad_state(c), 0;
    if (s->got != 1) return *rc = RT_STEP_ERR, 0;
    rt_modobj_put(c, &g->s[4], take_held(s));
    rt_modobj_put(c, &g->s[3], s->val);
    s->val = PV_NULL;
    return 1;
}

static int groupby_step(PCtx *c, PV self, RtStep *s) {
    RtModObj *g = MO(self);
    int rc;
    if (s->state == 0) {
        g->n[0]++; /* the previous group is over */
    } else if (s->state == 1 || s->state == 2) {
        int f = group_fetch(c, g, s, &rc);
        if (f != 1) return rc;
    } else {
        return rt_it_bad_state(c);
    }
    for (;;) { /* skip to the next group */
        if (g->s[3]) {
            if (!g->s[2]) break;
            int eq = rt_eq(c, g->s[2], g->s[3]);
            if (eq < 0) return RT_STEP_ERR;
            if (!eq) break;
        }
        return rt_step_advance(s, g->s[0], 1);
    }
    pv_incref(g->s[3]);
    rt_modobj_put(c, &g->s[2], g->s[3]);
    pv_incref(self), pv_incref(g->s[2]);
    PV grouper = rt_it_new(c, IT_GROUPER, self, g->s[2], PV_NULL);
    if (!grouper) return RT_STEP_ERR;
    MO(grouper)->n[0] = g->n[0];
    pv_incref(g->s[3]);
    PV kv[2] = {g->s[3], grouper};
    return rt_step_item(s, rt_tuple_from_steal(c, kv, 2));
}

static int grouper_step(PCtx *c, PV self, RtStep *s) {
    RtModObj *o = MO(self), *g = MO(o->s[0]);
    int rc;
    if (s->state == 0) {
        if (g->n[0] != o->n[0]) return RT_STEP_STOP;
        if (!g->s[4]) return rt_step_advance(s, g->s[0], 1);
    } else if (s->state == 1 || s->state == 2) {
        int f = group_fetch(c, g, s, &rc);
        if (f != 1) return rc;
    } else {
        return rt_it_bad_state(c);
    }
    if (!g->s[3]) return rt_it_bad_state(c);
    int eq = rt_eq(c, o->s[1], g->s[3]);
    if (eq <= 0) return eq < 0 ? RT_STEP_ERR : RT_STEP_STOP;
    PV x = g->s[4];
    g->s[4] = PV_NULL;
    rt_modobj_put(c, &g->s[3], PV_NULL);
    return rt_step_item(s, x);
}

static int groupby_waits(PV v) { return slot_waits(MO(v)->s[0]) || fn_waits(MO(v)->s[1]); }
static int grouper_waits(PV v) { return groupby_waits(MO(v)->s[0]); }
static int groupby_check(const RtModObj *o) { return o->s[0] ? 0 : -1; }
static int grouper_check(const RtModObj *o) {
    return o->s[1] && rt_modobj_is(o->s[0], PITH_MOD_ITERTOOLS, IT_GROUPBY) ? 0 : -1;
}

/* ---- islice(iterable, stop) / islice(iterable, start, stop[, step]): s0 the source (PV_NULL once over), n0 the
 * index of the next item to produce, n1 stop (-1: None), n2 step, n3 how many were consumed ---- */

/* CPython's PyNumber_AsSsize_t with its error cleared: the index, or -1 for anything else. */
static pi64 ssize_or_minus1(PCtx *c, PV v) {
    pi64 x;
    if (!rt_is_int(v)) return -1;
    if (rt_index_arg(c, v, &x) < 0) {
        pv_decref(c, rt_exc_fetch(c));
        return -1;
    }
    return x;
}

static PV it_islice(M_ARGS) {
    (void)kw;
    pi64 start = 0, stop = -1, step = 1;
    static const char stop_msg[] = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    if (n == 2) {
        if (a[1] != PV_NONE && (stop = ssize_or_minus1(c, a[1])) == -1) {
            rt_err(c, PITH_B_VALUEERROR, "%s", stop_msg);
            return PV_NULL;
        }
    } else {
        if (a[1] != PV_NONE) start = ssize_or_minus1(c, a[1]);
        if (a[2] != PV_NONE && (stop = ssize_or_minus1(c, a[2])) == -1) {
            rt_err(c, PITH_B_VALUEERROR, "%s", stop_msg);
            return PV_NULL;
        }
    }
    if (start < 0 || stop < -1) {
        rt_err(c, PITH_B_VALUEERROR, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        return PV_NULL;
    }
    if (n == 4 && a[3] != PV_NONE) step = ssize_or_minus1(c, a[3]);
    if (step < 1) {
        rt_err(c, PITH_B_VALUEERROR, "Step for islice() must be a positive integer or None.");
        return PV_NULL;
    }
    PV it = iter_of(c, a[0]);
    PV v = it ? rt_it_new(c, IT_ISLICE, it, PV_NULL, PV_NULL) : PV_NULL;
    if (v) MO(v)->n[0] = start, MO(v)->n[1] = stop, MO(v)->n[2] = step;
    return v;
}

static int islice_step(PCtx *c, PV self, RtStep *s) {
    RtModObj *o = MO(self);
    switch (s->state) {
    case 1: /* an item skipped */
        if (s->got != 1) break;
        pv_decref(c, s->val);
        s->val = PV_NULL;
        o->n[3]++;
        /* fall through */
    case 0:
        if (!o->s[0]) return RT_STEP_STOP;
        if (o->n[3] < o->n[0]) return rt_step_advance(s, o->s[0], 1);
        if (o->n[1] != -1 && o->n[3] >= o->n[1]) break;
        return rt_step_advance(s, o->s[0], 2);
    case 2: { /* the item produced */
        if (s->got != 1) break;
        o->n[3]++;
        pi64 old = o->n[0];
        o->n[0] = (pi64)((pu64)o->n[0] + (pu64)o->n[2]);
        if (o->n[0] < old || (o->n[1] != -1 && o->n[0] > o->n[1])) o->n[0] = o->n[1];
        return RT_STEP_ITEM;
    }
    default: return rt_it_bad_state(c);
    }
    rt_modobj_put(c, &o->s[0], PV_NULL);
    return s->got < 0 && s->state ? RT_STEP_ERR : RT_STEP_STOP;
}

static int islice_check(const RtModObj *o) { return o->n[0] >= -1 && o->n[1] >= -1 && o->n[2] >= 1 ? 0 : -1; }
static int first_waits(PV v) { return slot_waits(MO(v)->s[0]); }

/* ---- pairwise(iterable): s0 the source (PV_NULL once over), s1 the previous item ---- */

static PV it_pairwise(M_ARGS) {
    (void)n, (void)kw;
    PV it = iter_of(c, a[0]);
    return it ? rt_it_new(c, IT_PAIRWISE, it, PV_NULL, PV_NULL) : PV_NULL;
}

static int pairwise_step(PCtx *c, PV self, RtStep *s) {
    RtModObj *o = MO(self);
    switch (s->state) {
    case 0:
        if (!o->s[0]) return RT_STEP_STOP;
        return rt_step_advance(s, o->s[0], o->s[1] ? 2 : 1);
    case 1:
        if (s->got != 1) {
            rt_modobj_put(c, &o->s[0], PV_NULL);
            return ended(s);
        }
        rt_modobj_put(c, &o->s[1], s->val);
        s->val = PV_NULL;
        if (!o->s[0]) return RT_STEP_STOP;
        return rt_step_advance(s, o->s[0], 2);
    case 2: {
        if (s->got != 1 || !o->s[1]) {
            rt_modobj_put(c, &o->s[0], PV_NULL);
            rt_modobj_put(c, &o->s[1], PV_NULL);
            return s->got == 1 ? (pv_decref(c, s->val), rt_it_bad_state(c)) : ended(s);
        }
        PV old = o->s[1];
        pv_incref(s->val);
        o->s[1] = s->val;
        PV kv[2] = {old, s->val};
        s->val = PV_NULL;
        return rt_step_item(s, rt_tuple_from_steal(c, kv, 2));
    }
    default: return rt_it_bad_state(c);
    }
}

/* ---- tee(iterable, n=2): n _tee objects over one _tee_dataobject: s0 the source, s1 the items read and not yet
 * read by every _tee (a list), s2 where each _tee is (a list of small ints, one per _tee made), n0 the index of
 * s1's first item. _tee: s0 the data, n0 the index of its next item, n1 its entry in the data's s2. Items every
 * _tee has read are dropped (a _tee that is gone keeps its place: pith does not know it is gone), so _tees
 * consumed side by side hold a bounded buffer, as CPython's do. ---- */

enum { TEE_TRIM = 64 }; /* items dropped at once: the positions are scanned once per TEE_TRIM items */

static PV tee_new(PCtx *c, PV data, pi64 index) {
    RtList *pos = (RtList *)MO(data)->s[2];
    if (rt_list_append(c, (PV)pos, PV_INT(index)) < 0) return PV_NULL;
    pv_incref(data);
    PV t = rt_it_new(c, IT_TEE, data, PV_NULL, PV_NULL);
    if (t) MO(t)->n[0] = index, MO(t)->n[1] = pos->n - 1;
    return t;
}

static PV it_tee(M_ARGS) {
    (void)kw;
    pi64 count = 2;
    if (n == 2 && rt_index_arg(c, a[1], &count) < 0) return PV_NULL;
    if (count < 0) {
        rt_err(c, PITH_B_VALUEERROR, "n must be >= 0");
        return PV_NULL;
    }
    PV it = iter_of(c, a[0]);
    if (!it) return PV_NULL;
    PV first = it;
    if (!rt_modobj_is(it, PITH_MOD_ITERTOOLS, IT_TEE)) { /* a _tee is copied; anything else gets its data */
        PV buf = rt_list_new(c, 0), pos = buf ? rt_list_new(c, 0) : PV_NULL;
        if (!pos) pv_xdecref(c, buf), buf = PV_NULL;
        PV data = buf ? rt_it_new(c, IT_TEEDATA, it, buf, pos) : (pv_decref(c, it), PV_NULL);
        first = data ? tee_new(c, data, 0) : PV_NULL;
        pv_xdecref(c, data);
        if (!first) return PV_NULL;
    }
    PV out = rt_tuple_new(c, count);
    if (!out) {
        pv_decref(c, first);
        return PV_NULL;
    }
    for (pi64 i = 0; i < count; i++) ((RtTuple *)out)->items[i] = PV_NONE;
    for (pi64 i = 0; i < count; i++) {
        PV t = i == 0 ? (pv_incref(first), first) : tee_new(c, MO(first)->s[0], MO(first)->n[0]);
        if (!t) {
            pv_decref(c, first);
            pv_decref(c, out);
            return PV_NULL;
        }
        ((RtTuple *)out)->items[i] = t;
    }
    pv_decref(c, first);
    return out;
}

/* Drop the items every _tee has read (in blocks of TEE_TRIM). */
static void tee_trim(PCtx *c, RtModObj *d) {
    RtList *buf = (RtList *)d->s[1], *pos = (RtList *)d->s[2];
    pi64 least = d->n[0] + buf->n;
    for (pi64 i = 0; i < pos->n; i++)
        if (PV_IVAL(pos->items[i]) < least) least = PV_IVAL(pos->items[i]);
    pi64 k = least - d->n[0];
    if (k < TEE_TRIM) return;
    for (pi64 i = 0; i < k; i++) pv_decref(c, buf->items[i]);
    memmove(buf->items, buf->items + k, (size_t)(buf->n - k) * sizeof(PV));
    buf->n -= k;
    d->n[0] += k;
}

static int tee_step(PCtx *c, PV self, RtStep *s) {
    RtModObj *o = MO(self), *d = MO(o->s[0]);
    RtList *buf = (RtList *)d->s[1], *pos = (RtList *)d->s[2];
    if (s->state == 1) {
        if (s->got != 1) return ended(s);
        int r = rt_list_append(c, (PV)buf, s->val);
        pv_decref(c, s->val);
        s->val = PV_NULL;
        if (r < 0) return RT_STEP_ERR;
    } else if (s->state != 0) {
        return rt_it_bad_state(c);
    }
    pi64 at = o->n[0] - d->n[0];
    if (at < 0 || at > buf->n || o->n[1] < 0 || o->n[1] >= pos->n) return rt_it_bad_state(c);
    if (at == buf->n) return rt_step_advance(s, d->s[0], 1);
    PV x = buf->items[at];
    pv_incref(x);
    pos->items[o->n[1]] = PV_INT(++o->n[0]);
    if (o->n[0] % TEE_TRIM == 0) tee_trim(c, d);
    return rt_step_item(s, x);
}

static int tee_waits(PV v) { return slot_waits(MO(MO(v)->s[0])->s[0]); }

/* Where each _tee is must lie inside the data's buffer (or at its end). */
static int teedata_check(const RtModObj *o) {
    if (!o->s[0] || !o->s[1] || !RT_IS(o->s[1], RT_T_LIST) || !o->s[2] || !RT_IS(o->s[2], RT_T_LIST) || o->n[0] < 0)
        return -1;
    RtList *pos = (RtList *)o->s[2];
    for (pi64 i = 0; i < pos->n; i++) {
        PV p = pos->items[i];
        if (!PV_IS_INT(p) || PV_IVAL(p) < o->n[0] || PV_IVAL(p) > o->n[0] + ((RtList *)o->s[1])->n) return -1;
    }
    return 0;
}

static int tee_check(const RtModObj *o) {
    if (!rt_modobj_is(o->s[0], PITH_MOD_ITERTOOLS, IT_TEEDATA) || teedata_check(MO(o->s[0])) < 0) return -1;
    RtList *pos = (RtList *)MO(o->s[0])->s[2];
    return o->n[1] >= 0 && o->n[1] < pos->n && PV_IVAL(pos->items[o->n[1]]) == o->n[0] ? 0 : -1;
}

/* ---- zip_longest(*iterables, fillvalue=None): s0 the iterators (a list; None once one ran out), s1 the fill
 * value, n0 how many are active, n1 the next index while one tuple is gathered in held (a list) ---- */

static PV it_zip_longest(M_ARGS) {
    int nkw = kw ? (int)((RtTuple *)kw)->n : 0;
    PV fill = PV_NONE;
    if (nkw) {
        if (nkw != 1 || !rt_name_is(((RtTuple *)kw)->items[0], "fillvalue")) {
            rt_err(c, PITH_B_TYPEERROR, "zip_longest() got an unexpected keyword argument");
            return PV_NULL;
        }
        fill = a[n];
    }
    PV its = rt_list_new(c, n);
    if (!its) return PV_NULL;
    for (int i = 0; i < n; i++) {
        PV it = iter_of(c, a[i]);
        if (!it) {
            pv_decref(c, its);
            return PV_NULL;
        }
        ((RtList *)its)->items[((RtList *)its)->n++] = it;
    }
    pv_incref(fill);
    PV v = rt_it_new(c, IT_ZIP_LONGEST, its, fill, PV_NULL);
    if (v) MO(v)->n[0] = n;
    return v;
}

static int zip_longest_step(PCtx *c, PV self, RtStep *s) {
    RtModObj *o = MO(self);
    RtList *its = (RtList *)o->s[0];
    if (s->state == 0) {
        if (its->n == 0 || o->n[0] <= 0) return RT_STEP_STOP;
        PV l = rt_list_new(c, its->n);
        if (!l) return RT_STEP_ERR;
        rt_modobj_put(c, &s->held, l);
        o->n[1] = 0;
    } else if (s->state == 1) {
        if (!s->held || !RT_IS(s->held, RT_T_LIST) || o->n[1] < 0 || o->n[1] >= its->n) return rt_it_bad_state(c);
        if (s->got != 1) {
            if (--o->n[0] <= 0 || s->got < 0) {
                o->n[0] = 0;
                return ended(s);
            }
            PV dead = its->items[o->n[1]];
            its->items[o->n[1]] = PV_NONE;
            pv_decref(c, dead);
            pv_incref(o->s[1]);
            s->val = o->s[1];
        }
        int r = rt_list_append(c, s->held, s->val);
        pv_decref(c, s->val);
        s->val = PV_NULL;
        if (r < 0) return RT_STEP_ERR;
        o->n[1]++;
    } else {
        return rt_it_bad_state(c);
    }
    while (o->n[1] < its->n) {
        PV it = its->items[o->n[1]];
        if (it != PV_NONE) return rt_step_advance(s, it, 1);
        if (rt_list_append(c, s->held, o->s[1]) < 0) return RT_STEP_ERR;
        o->n[1]++;
    }
    PV l = take_held(s);
    PV t = rt_list_to_tuple(c, l);
    pv_decref(c, l);
    return rt_step_item(s, t);
}

static int list_waits(PV l) {
    for (pi64 i = 0; l && RT_IS(l, RT_T_LIST) && i < ((RtList *)l)->n; i++)
        if (slot_waits(((RtList *)l)->items[i])) return 1;
    return 0;
}

static int zip_longest_waits(PV v) { return list_waits(MO(v)->s[0]); }
static int zip_longest_check(const RtModObj *o) {
    return o->s[0] && RT_IS(o->s[0], RT_T_LIST) && o->s[1] && o->n[0] >= 0 ? 0 : -1;
}

/* ---- the kinds and the rows ---- */

/* A state machine's call of an itertools function: the lazy ones take their iterables as they are (advancing
 * them later, as steps); product and the combinatoric ones read theirs whole when made, so one that may wait is
 * collected first by a native frame. */
int rt_mod_itertools_sm_call(PCtx *c, PFrame *caller, PV f, PV *args, int nargs, PV kwnames) {
    const char *name = pith_modules[((RtModFn *)f)->mod].names[((RtModFn *)f)->name].name;
    if (!strcmp(name, "product") || !strcmp(name, "permutations") || !strncmp(name, "combinations", 12))
        return rt_sm_call_collecting(c, caller, f, args, nargs, kwnames);
    return rt_mod_sm_at_once(c, caller, f, args, nargs, kwnames);
}

/* an iterator kind whose class is the row `nm` of the module (type(x) is itertools.nm) */
#define ITER_KIND(nm, stepfn, waitsfn, reprfn, checkfn) \
    { .name = "itertools." nm, .row = nm, .step = stepfn, .waits = waitsfn, .repr = reprfn, .check = checkfn }

const RtModKind rt_itertools_kinds[] = {
    [IT_COUNT] = ITER_KIND("count", count_step, NULL, count_repr, count_check),
    [IT_CYCLE] = ITER_KIND("cycle", cycle_step, cycle_waits, NULL, cycle_check),
    [IT_REPEAT] = ITER_KIND("repeat", repeat_step, NULL, repeat_repr, repeat_check),
    [IT_ACCUMULATE] = ITER_KIND("accumulate", accumulate_step, accumulate_waits, NULL, accumulate_check),
    [IT_CHAIN] = ITER_KIND("chain", chain_step, chain_waits, NULL, NULL),
    [IT_COMPRESS] = ITER_KIND("compress", compress_step, two_sources_waits, NULL, two_check),
    [IT_DROPWHILE] = ITER_KIND("dropwhile", dropwhile_step, pred_waits, NULL, two_check),
    [IT_TAKEWHILE] = ITER_KIND("takewhile", takewhile_step, pred_waits, NULL, two_check),
    [IT_FILTERFALSE] = ITER_KIND("filterfalse", filterfalse_step, pred_waits, NULL, two_check),
    [IT_STARMAP] = ITER_KIND("starmap", starmap_step, pred_waits, NULL, two_check),
    [IT_GROUPBY] = ITER_KIND("groupby", groupby_step, groupby_waits, NULL, groupby_check),
    [IT_GROUPER] = ITER_KIND("_grouper", grouper_step, grouper_waits, NULL, grouper_check),
    [IT_ISLICE] = ITER_KIND("islice", islice_step, first_waits, NULL, islice_check),
    [IT_PAIRWISE] = ITER_KIND("pairwise", pairwise_step, first_waits, NULL, NULL),
    [IT_TEE] = ITER_KIND("_tee", tee_step, tee_waits, NULL, tee_check),
    [IT_TEEDATA] = {.name = "itertools._tee_dataobject", .check = teedata_check},
    [IT_ZIP_LONGEST] = ITER_KIND("zip_longest", zip_longest_step, zip_longest_waits, NULL, zip_longest_check),
    [IT_PRODUCT] = ITER_KIND("product", rt_it_product_step, NULL, NULL, rt_it_comb_check),
    [IT_PERMUTATIONS] = ITER_KIND("permutations", rt_it_permutations_step, NULL, NULL, rt_it_comb_check),
    [IT_COMBINATIONS] = ITER_KIND("combinations", rt_it_combinations_step, NULL, NULL, rt_it_comb_check),
    [IT_CWR] = ITER_KIND("combinations_with_replacement", rt_it_cwr_step, NULL, NULL, rt_it_comb_check),
};
const int rt_itertools_nkinds = IT_KIND_COUNT;

#define it_product rt_it_product
#define it_permutations rt_it_permutations
#define it_combinations rt_it_combinations
#define it_cwr rt_it_cwr

const RtModImpl rt_mod_itertools_impls[] = {
#define IMPL(name, kind, arity, min, max, fn) fn,
    PITH_ITERTOOLS_NAMES(IMPL)
#undef IMPL
};
