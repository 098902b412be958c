/* rt_mod_itertools_comb.c — itertools' combinatoric iterators: product, permutations, combinations and
 * combinations_with_replacement, CPython 3.11's algorithms (the index arithmetic of itertoolsmodule.c), so they
 * produce the same tuples in the same order. Each collects its input when made, as CPython does (a list, so a
 * huge one stops at the memory limit), then calls no Python: their steps never ask for an operation.
 * Slots: s0 the pool (product: a list of pools), s1 the indices (a list of small ints), s2 permutations' cycles;
 * n0 r, n1 1 once the first tuple was produced, n2 1 once exhausted. Stage: runtime, part modules/. */
#include "rt_itertools.h"

static int r_arg(PCtx *c, PV v, pi64 *r) {
    if (!rt_is_int(v)) {
        rt_err(c, PITH_B_TYPEERROR, "Expected int as r");
        return -1;
    }
    if (rt_index_arg(c, v, r) < 0) return -1;
    if (*r < 0) {
        rt_err(c, PITH_B_VALUEERROR, "r must be non-negative");
        return -1;
    }
    return 0;
}

/* A list of n small ints, each first(i). */
static PV index_list(PCtx *c, pi64 n, pi64 (*first)(pi64 i, pi64 arg), pi64 arg) {
    PV l = rt_list_new(c, n);
    if (!l) return PV_NULL;
    for (pi64 i = 0; i < n; i++) ((RtList *)l)->items[i] = PV_INT(first(i, arg));
    ((RtList *)l)->n = n;
    return l;
}
static pi64 idx_self(pi64 i, pi64 arg) { return (void)arg, i; }
static pi64 idx_zero(pi64 i, pi64 arg) { return (void)i, (void)arg, 0; }
static pi64 idx_cycle(pi64 i, pi64 n) { return n - i; }

static PV comb_new(PCtx *c, int kind, PV pool, PV indices, PV cycles, pi64 r) {
    if (!indices || (kind == IT_PERMUTATIONS && !cycles)) {
        pv_xdecref(c, pool), pv_xdecref(c, indices), pv_xdecref(c, cycles);
        return PV_NULL;
    }
    PV v = rt_it_new(c, kind, pool, indices, cycles);
    if (v) MO(v)->n[0] = r;
    return v;
}

#define IX(l, i) PV_IVAL(((RtList *)(l))->items[i])
#define SET_IX(l, i, x) (((RtList *)(l))->items[i] = PV_INT(x))

/* The tuple of pool[indices[i]] for i < r (product: pools[i][indices[i]]). */
static PV gather(PCtx *c, RtModObj *o, pi64 r) {
    PV t = rt_tuple_new(c, r);
    if (!t) return PV_NULL;
    for (pi64 i = 0; i < r; i++) {
        PV pool = o->kind == IT_PRODUCT ? ((RtList *)o->s[0])->items[i] : o->s[0];
        PV x = ((RtList *)pool)->items[IX(o->s[1], i)];
        pv_incref(x);
        ((RtTuple *)t)->items[i] = x;
    }
    return t;
}

static int finish(PCtx *c, RtModObj *o, RtStep *s, pi64 r) {
    o->n[1] = 1;
    return rt_step_item(s, gather(c, o, r));
}

static int stop(RtModObj *o) {
    o->n[2] = 1;
    return RT_STEP_STOP;
}

/* ---- product(*iterables, repeat=1) ---- */

PV rt_it_product(PCtx *c, PV *a, int n, PV kw) {
    pi64 repeat = 1;
    int nkw = kw ? (int)((RtTuple *)kw)->n : 0;
    for (int j = 0; j < nkw; j++) {
        PV name = ((RtTuple *)kw)->items[j];
        if (!rt_name_is(name, "repeat")) {
            rt_err(c, PITH_B_TYPEERROR, "'%S' is an invalid keyword argument for product()", name);
            return PV_NULL;
        }
        if (rt_index_arg(c, a[n + j], &repeat) < 0) return PV_NULL;
    }
    if (repeat < 0) {
        rt_err(c, PITH_B_VALUEERROR, "repeat argument cannot be negative");
        return PV_NULL;
    }
    int nargs = repeat == 0 ? 0 : n;
    if (nargs && (double)nargs * (double)repeat > 1e9) {
        rt_err_nomem(c);
        return PV_NULL;
    }
    pi64 npools = nargs * repeat;
    PV pools = rt_list_new(c, npools);
    if (!pools) return PV_NULL;
    for (int i = 0; i < nargs; i++) {
        PV p = rt_seq_to_list(c, a[i]);
        if (!p) {
            pv_decref(c, pools);
            return PV_NULL;
        }
        ((RtList *)pools)->items[((RtList *)pools)->n++] = p;
    }
    for (pi64 i = nargs; i < npools; i++) { /* the pools again, repeat times */
        PV p = ((RtList *)pools)->items[i - nargs];
        pv_incref(p);
        ((RtList *)pools)->items[((RtList *)pools)->n++] = p;
    }
    return comb_new(c, IT_PRODUCT, pools, index_list(c, npools, idx_zero, 0), PV_NULL, npools);
}

int rt_it_product_step(PCtx *c, PV self, RtStep *s) {
    RtModObj *o = MO(self);
    RtList *pools = (RtList *)o->s[0];
    if (s->state != 0) return rt_it_bad_state(c);
    if (o->n[2]) return RT_STEP_STOP;
    if (!o->n[1]) {
        for (pi64 i = 0; i < pools->n; i++)
            if (((RtList *)pools->items[i])->n == 0) return stop(o);
        return finish(c, o, s, pools->n);
    }
    pi64 i;
    for (i = pools->n - 1; i >= 0; i--) { /* right to left; a pool that rolls over advances the next */
        pi64 k = IX(o->s[1], i) + 1;
        if (k < ((RtList *)pools->items[i])->n) {
            SET_IX(o->s[1], i, k);
            break;
        }
        SET_IX(o->s[1], i, 0);
    }
    return i < 0 ? stop(o) : finish(c, o, s, pools->n);
}

/* ---- permutations(iterable, r=None) ---- */

PV rt_it_permutations(PCtx *c, PV *a, int n, PV kw) {
    static const char *const names[] = {"iterable", "r"};
    PV p[2];
    if (rt_mod_args(c, "permutations", a, n, kw, names, 2, 1, 2, p) < 0) return PV_NULL;
    PV pool = rt_seq_to_list(c, p[0]);
    if (!pool) return PV_NULL;
    pi64 len = ((RtList *)pool)->n, r = len;
    if (p[1] && p[1] != PV_NONE && r_arg(c, p[1], &r) < 0) {
        pv_decref(c, pool);
        return PV_NULL;
    }
    pi64 ncycles = r > len ? 0 : r;
    return comb_new(c, IT_PERMUTATIONS, pool, index_list(c, len, idx_self, 0), index_list(c, ncycles, idx_cycle, len),
                    r);
}

int rt_it_permutations_step(PCtx *c, PV self, RtStep *s) {
    RtModObj *o = MO(self);
    PV ind = o->s[1], cyc = o->s[2];
    pi64 n = ((RtList *)o->s[0])->n, r = o->n[0];
    if (s->state != 0) return rt_it_bad_state(c);
    if (o->n[2]) return RT_STEP_STOP;
    if (!o->n[1]) return r > n ? stop(o) : finish(c, o, s, r);
    if (n == 0) return stop(o);
    pi64 i;
    for (i = r - 1; i >= 0; i--) { /* decrement the rightmost cycle, moving left when one rolls over */
        pi64 k = IX(cyc, i) - 1;
        SET_IX(cyc, i, k);
        if (k == 0) { /* indices[i:] = indices[i+1:] + indices[i:i+1] */
            pi64 first = IX(ind, i);
            for (pi64 j = i; j < n - 1; j++) SET_IX(ind, j, IX(ind, j + 1));
            SET_IX(ind, n - 1, first);
            SET_IX(cyc, i, n - i);
        } else {
            pi64 x = IX(ind, i);
            SET_IX(ind, i, IX(ind, n - k));
            SET_IX(ind, n - k, x);
            break;
        }
    }
    return i < 0 ? stop(o) : finish(c, o, s, r);
}

/* ---- combinations(iterable, r), combinations_with_replacement(iterable, r) ---- */

static PV comb_make(PCtx *c, PV *a, int n, PV kw, int kind) {
    static const char *const names[] = {"iterable", "r"};
    PV p[2];
    const char *fname = kind == IT_CWR ? "combinations_with_replacement" : "combinations";
    if (rt_mod_args(c, fname, a, n, kw, names, 2, 2, 2, p) < 0) return PV_NULL;
    pi64 r;
    if (rt_index_arg(c, p[1], &r) < 0) return PV_NULL; /* clinic converts r first, then the pool is read */
    PV pool = rt_seq_to_list(c, p[0]);
    if (!pool) return PV_NULL;
    if (r < 0) {
        pv_decref(c, pool);
        rt_err(c, PITH_B_VALUEERROR, "r must be non-negative");
        return PV_NULL;
    }
    if (r > ((RtList *)pool)->n && kind == IT_COMBINATIONS) /* nothing to produce: no index list of r */
        return comb_new(c, kind, pool, index_list(c, 0, idx_self, 0), PV_NULL, r);
    if ((double)r > 1e8) {
        pv_decref(c, pool);
        rt_err_nomem(c);
        return PV_NULL;
    }
    return comb_new(c, kind, pool, index_list(c, r, kind == IT_CWR ? idx_zero : idx_self, 0), PV_NULL, r);
}

PV rt_it_combinations(PCtx *c, PV *a, int n, PV kw) { return comb_make(c, a, n, kw, IT_COMBINATIONS); }
PV rt_it_cwr(PCtx *c, PV *a, int n, PV kw) { return comb_make(c, a, n, kw, IT_CWR); }

int rt_it_combinations_step(PCtx *c, PV self, RtStep *s) {
    RtModObj *o = MO(self);
    PV ind = o->s[1];
    pi64 n = ((RtList *)o->s[0])->n, r = o->n[0], i;
    if (s->state != 0) return rt_it_bad_state(c);
    if (o->n[2]) return RT_STEP_STOP;
    if (!o->n[1]) return r > n ? stop(o) : finish(c, o, s, r);
    for (i = r - 1; i >= 0 && IX(ind, i) == i + n - r; i--) /* the rightmost index not at its maximum */
        ;
    if (i < 0) return stop(o);
    SET_IX(ind, i, IX(ind, i) + 1);
    for (pi64 j = i + 1; j < r; j++) SET_IX(ind, j, IX(ind, j - 1) + 1);
    return finish(c, o, s, r);
}

int rt_it_cwr_step(PCtx *c, PV self, RtStep *s) {
    RtModObj *o = MO(self);
    PV ind = o->s[1];
    pi64 n = ((RtList *)o->s[0])->n, r = o->n[0], i;
    if (s->state != 0) return rt_it_bad_state(c);
    if (o->n[2]) return RT_STEP_STOP;
    if (!o->n[1]) return n == 0 && r > 0 ? stop(o) : finish(c, o, s, r);
    for (i = r - 1; i >= 0 && IX(ind, i) == n - 1; i--)
        ;
    if (i < 0) return stop(o);
    pi64 k = IX(ind, i) + 1;
    for (pi64 j = i; j < r; j++) SET_IX(ind, j, k);
    return finish(c, o, s, r);
}

/* ---- what a snapshot must hold for the arithmetic above to stay inside its lists ---- */

static int ints_below(PV l, pi64 n, pi64 lo, pi64 hi) {
    if (!l || !RT_IS(l, RT_T_LIST) || ((RtList *)l)->n != n) return 0;
    for (pi64 i = 0; i < n; i++) {
        PV x = ((RtList *)l)->items[i];
        if (!PV_IS_INT(x) || PV_IVAL(x) < lo || PV_IVAL(x) > hi) return 0;
    }
    return 1;
}

int rt_it_comb_check(const RtModObj *o) {
    if (!o->s[0] || !RT_IS(o->s[0], RT_T_LIST) || o->n[0] < 0) return -1;
    RtList *pool = (RtList *)o->s[0];
    pi64 n = pool->n, r = o->n[0];
    switch (o->kind) {
    case IT_PRODUCT:
        if (r != n || !ints_below(o->s[1], n, 0, PV_SMALL_MAX)) return -1;
        for (pi64 i = 0; i < n; i++) {
            PV p = pool->items[i];
            if (!RT_IS(p, RT_T_LIST)) return -1;
            if (o->n[1] && (((RtList *)p)->n == 0 || IX(o->s[1], i) >= ((RtList *)p)->n)) return -1;
        }
        return 0;
    case IT_PERMUTATIONS:
        if (!ints_below(o->s[1], n, 0, n - 1)) return -1;
        return ints_below(o->s[2], r > n ? 0 : r, 1, n) ? 0 : -1;
    case IT_COMBINATIONS:
        if (r > n) return ints_below(o->s[1], 0, 0, 0) ? 0 : -1;
        return ints_below(o->s[1], r, 0, n - 1) ? 0 : -1;
    default: /* IT_CWR */
        if (n == 0 && r > 0) return ints_below(o->s[1], r, 0, 0) ? 0 : -1;
        return ints_below(o->s[1], r, 0, n - 1) ? 0 : -1;
    }
}
