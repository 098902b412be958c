/* rt_mod_bisect.c — the run-time side of `bisect` (CPython 3.11's Modules/_bisectmodule.c): binary search of a
 * sorted sequence with lo, hi and key=, and insort, in CPython's order of comparisons and key calls (key is
 * called on a[mid] only, and once on x by insort). Stage: runtime, part modules/. */
#include "pith_mod_bisect.h"
#include "rt_exec.h"
#include "rt_modules.h"

static const char *const names[] = {"a", "x", "lo", "hi", "key"};

typedef struct Args {
    PV a, x, key; /* borrowed; key PV_NULL for none */
    pi64 lo, hi;
} Args;

static int parse(PCtx *c, const char *fn, PV *args, int npos, PV kwnames, Args *out) {
    PV v[5];
    if (rt_mod_bind(c, fn, 0, names, 5, 4, 2, args, npos, kwnames, v) < 0) return -1;
    out->a = v[0];
    out->x = v[1];
    out->key = v[4] && v[4] != PV_NONE ? v[4] : PV_NULL;
    out->lo = 0;
    out->hi = -1;
    if (v[2] && rt_index_arg(c, v[2], &out->lo) < 0) return -1;
    if (v[3] && v[3] != PV_NONE && rt_index_arg(c, v[3], &out->hi) < 0) return -1;
    if (out->lo < 0) {
        rt_err(c, PITH_B_VALUEERROR, "lo must be non-negative");
        return -1;
    }
    if (out->hi == -1) {
        out->hi = rt_len(c, out->a);
        if (out->hi < 0) return -1;
    }
    return 0;
}

/* The insertion point of x (already through key when insort has one) in a[lo:hi]; -1 on error. */
static pi64 search(PCtx *c, const Args *g, PV x, int right) {
    pi64 lo = g->lo, hi = g->hi;
    while (lo < hi) {
        pi64 mid = (pi64)(((unsigned long long)lo + (unsigned long long)hi) / 2);
        PV item = rt_getitem(c, g->a, PV_INT(mid));
        if (!item) return -1;
        if (g->key) {
            PV k = rt_call_value(c, g->key, &item, 1, PV_NULL);
            pv_decref(c, item);
            if (!k) return -1;
            item = k;
        }
        PV r = right ? rt_compare(c, PITH_CMP_LT, x, item) : rt_compare(c, PITH_CMP_LT, item, x);
        pv_decref(c, item);
        int t = r ? rt_truth(c, r) : -1;
        pv_xdecref(c, r);
        if (t < 0 || rt_tick(c, 1) < 0) return -1;
        if (right ? t : !t)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

static PV bisect(PCtx *c, const char *fn, PV *args, int npos, PV kwnames, int right) {
    Args g;
    if (parse(c, fn, args, npos, kwnames, &g) < 0) return PV_NULL;
    pi64 i = search(c, &g, g.x, right);
    return i < 0 ? PV_NULL : rt_int_from_i64(c, i);
}

static PV insort(PCtx *c, const char *fn, PV *args, int npos, PV kwnames, int right) {
    Args g;
    if (parse(c, fn, args, npos, kwnames, &g) < 0) return PV_NULL;
    PV x = g.key ? rt_call_value(c, g.key, &g.x, 1, PV_NULL) : (pv_incref(g.x), g.x);
    pi64 i = x ? search(c, &g, x, right) : -1;
    pv_xdecref(c, x);
    if (i < 0) return PV_NULL;
    PV at = rt_int_from_i64(c, i), name = at ? rt_str_cstr(c, "insert") : PV_NULL;
    PV pair[2] = {at, g.x};
    PV r = name ? rt_call_method(c, g.a, name, pair, 2, PV_NULL) : PV_NULL;
    pv_xdecref(c, name);
    pv_xdecref(c, at);
    if (!r) return PV_NULL;
    pv_decref(c, r);
    return PV_NONE;
}

static PV b_bisect_left(PCtx *c, PV *a, int n, PV kw) { return bisect(c, "bisect_left", a, n, kw, 0); }
static PV b_bisect_right(PCtx *c, PV *a, int n, PV kw) { return bisect(c, "bisect_right", a, n, kw, 1); }
static PV b_bisect(PCtx *c, PV *a, int n, PV kw) { return bisect(c, "bisect_right", a, n, kw, 1); }
static PV b_insort_left(PCtx *c, PV *a, int n, PV kw) { return insort(c, "insort_left", a, n, kw, 0); }
static PV b_insort_right(PCtx *c, PV *a, int n, PV kw) { return insort(c, "insort_right", a, n, kw, 1); }
static PV b_insort(PCtx *c, PV *a, int n, PV kw) { return insort(c, "insort_right", a, n, kw, 1); }

const RtModImpl rt_mod_bisect_impls[] = {
#define IMPL(name, kind, arity, min, max, fn) fn,
    PITH_BISECT_NAMES(IMPL)
#undef IMPL
};

/* From state-machine code with a key that may wait: the search as a native frame (rt_sm_bisect). */
static int bisect_sm(PCtx *c, PFrame *caller, const char *fn, PV *args, int npos, PV kwnames, int right, int ins) {
    Args g;
    if (parse(c, fn, args, npos, kwnames, &g) < 0 || !g.key || !rt_call_waits(g.key)) {
        if (rt_exc_pending(c)) pv_decref(c, rt_exc_fetch(c)); /* the ordinary call raises it again */
        return RT_SM_DECLINED;
    }
    return rt_sm_bisect(c, caller, g.a, g.x, g.key, g.lo, g.hi, right, ins);
}

#define SM_ROW(fn, name, right, ins) \
    static int sm_##fn(PCtx *c, PFrame *f, PV *a, int n, PV kw) { return bisect_sm(c, f, name, a, n, kw, right, ins); }
SM_ROW(b_bisect_left, "bisect_left", 0, 0)
SM_ROW(b_bisect_right, "bisect_right", 1, 0)
SM_ROW(b_bisect, "bisect_right", 1, 0)
SM_ROW(b_insort_left, "insort_left", 0, 1)
SM_ROW(b_insort_right, "insort_right", 1, 1)
SM_ROW(b_insort, "insort_right", 1, 1)
#undef SM_ROW

const RtModSmImpl rt_mod_bisect_sm[] = {
#define SM(name, kind, arity, min, max, fn) sm_##fn,
    PITH_BISECT_NAMES(SM)
#undef SM
};
