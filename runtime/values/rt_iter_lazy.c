/* rt_iter_lazy.c — how the lazy iterators that builtins make advance: enumerate, zip (strict too), map, filter
 * and reversed (RtIter kinds RT_IT_ENUMERATE...; made by builtins/rt_builtins_iter.c). They call functions
 * through rt_call_value only as they are consumed. Stage: runtime values (rt_next dispatches here).
 * Invariants: RtIter fields per kind are documented at RtIterKind (rt_object.h); only reversed() drops its
 * source when exhausted (exhausted()). Messages are CPython 3.11's. */
#include "rt_set.h"
#include "rt_svc.h"
#include "rt_values.h"

/* reversed() over a list or tuple drops its source once exhausted, as CPython's does. enumerate, zip, map
 * and filter keep theirs: CPython asks their sources again on every next() (a zip whose last source ran
 * dry still advances the first), and nothing a nested next() does can free what an outer one is using. */
static int exhausted(PCtx *c, RtIter *it) {
    pv_xdecref(c, it->src);
    it->src = PV_NULL;
    return 0;
}

/* zip strict: iterator i (0-based) ran out while others did not, or the reverse. */
static int zip_strict_check(PCtx *c, RtIter *it, pi64 i) {
    RtTuple *t = (RtTuple *)it->src;
    if (i > 0) {
        if (i == 1)
            rt_err(c, PITH_B_VALUEERROR, "zip() argument %lld is shorter than argument 1", i + 1);
        else
            rt_err(c, PITH_B_VALUEERROR, "zip() argument %lld is shorter than arguments 1-%lld", i + 1, i);
        return -1;
    }
    for (pi64 k = 1; k < t->n; k++) {
        PV x;
        int r = rt_next(c, t->items[k], &x);
        if (r < 0) return -1;
        if (r == 1) {
            pv_decref(c, x);
            if (k == 1)
                rt_err(c, PITH_B_VALUEERROR, "zip() argument %lld is longer than argument 1", k + 1);
            else
                rt_err(c, PITH_B_VALUEERROR, "zip() argument %lld is longer than arguments 1-%lld", k + 1, k);
            return -1;
        }
    }
    return 0;
}

/* One item from each iterator of the tuple src into out[0..n): 1, 0 (one ran out: which in *at), -1. */
static int next_each(PCtx *c, PV src, PV *out, pi64 *at) {
    RtTuple *t = (RtTuple *)src;
    for (pi64 i = 0; i < t->n; i++) {
        int r = rt_next(c, t->items[i], &out[i]);
        if (r != 1) {
            for (pi64 j = 0; j < i; j++) pv_decref(c, out[j]);
            *at = i;
            return r;
        }
    }
    return 1;
}

static int iter_next(PCtx *c, RtIter *it, PV *out) {
    switch (it->kind) {
    case RT_IT_ENUMERATE: {
        PV x, src = it->src;
        pv_incref(src); /* the inner next() may run code that drops this very enumerate */
        int r = rt_next(c, src, &x);
        pv_decref(c, src);
        if (r <= 0) return r;
        PV kv[2] = {it->aux, x}; /* the count read after the call: a nested next() may have advanced it */
        PV next = rt_binop(c, PITH_OP_ADD, it->aux, PV_INT(1));
        if (!next) {
            pv_decref(c, x);
            return -1;
        }
        it->aux = next; /* the tuple takes the old count's reference */
        *out = rt_tuple_from_steal(c, kv, 2);
        return *out ? 1 : -1;
    }
    case RT_IT_ZIP:
    case RT_IT_MAP: {
        PV src = it->src, fn = it->aux;
        pi64 n = ((RtTuple *)src)->n, at = 0;
        if (n == 0) return 0;
        PV local[8], *items = n <= 8 ? local : rt_alloc(c, (size_t)n * sizeof(PV));
        if (!items) return -1;
        /* held across the calls: the mapped function or a generator among the sources may drop every other
         * reference to this very iterator */
        pv_incref(src);
        if (fn) pv_incref(fn);
        int r = next_each(c, src, items, &at);
        if (r == 1) {
            if (it->kind == RT_IT_ZIP)
                *out = rt_tuple_from_steal(c, items, n);
            else {
                *out = rt_call_value(c, fn, items, (int)n, PV_NULL);
                for (pi64 i = 0; i < n; i++) pv_decref(c, items[i]);
            }
            if (!*out) r = -1;
        } else if (r == 0 && it->kind == RT_IT_ZIP && it->step && zip_strict_check(c, it, at) < 0) {
            r = -1;
        }
        pv_decref(c, src);
        pv_xdecref(c, fn);
        if (items != local) rt_free(c, items, (size_t)n * sizeof(PV));
        return r;
    }
    case RT_IT_FILTER: {
        /* held across the calls, as for zip: the predicate may drop this very filter */
        PV src = it->src, pred = it->aux;
        pv_incref(src);
        if (pred) pv_incref(pred);
        int r;
        for (;;) {
            PV x;
            r = rt_next(c, src, &x);
            if (r <= 0) break;
            int t;
            if (pred == PV_NONE)
                t = rt_truth(c, x);
            else {
                PV v = rt_call_value(c, pred, &x, 1, PV_NULL);
                t = v ? rt_truth(c, v) : -1;
                pv_xdecref(c, v);
            }
            if (t > 0) {
                *out = x;
                r = 1;
                break;
            }
            pv_decref(c, x);
            if (t < 0 || rt_svc_tick(c) < 0) {
                r = -1;
                break;
            }
        }
        pv_decref(c, src);
        pv_xdecref(c, pred);
        return r;
    }
    case RT_IT_LIST_REVERSED: {
        RtList *l = (RtList *)it->src;
        if (it->pos <= 0 || it->pos > l->n) return exhausted(c, it);
        *out = l->items[--it->pos];
        pv_incref(*out);
        return 1;
    }
    default: { /* RT_IT_REVERSED over a tuple */
        RtTuple *t = (RtTuple *)it->src;
        if (it->pos <= 0 || it->pos > t->n) return exhausted(c, it);
        *out = t->items[--it->pos];
        pv_incref(*out);
        return 1;
    }
    }
}

/* enumerate/zip/map/filter over one another recurse on the C stack once per level (zip(zip(zip(...)))), so
 * each level counts against the depth limit like a call: RecursionError, never a stack overflow. */
int rt_bi_iter_next(PCtx *c, RtIter *it, PV *out) {
    if (it->kind == RT_IT_LIST_REVERSED || it->kind == RT_IT_REVERSED) return iter_next(c, it, out);
    if (c->depth + 1 > c->max_depth || pv_stack_low(c)) {
        rt_err_recursion(c);
        return -1;
    }
    c->depth++;
    int r = iter_next(c, it, out);
    c->depth--;
    return r;
}
