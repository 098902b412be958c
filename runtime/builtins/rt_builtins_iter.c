/* rt_builtins_iter.c — iteration builtins: the constructors of the lazy iterators enumerate, zip, map, filter and
 * reversed (RtIter kinds RT_IT_ENUMERATE...; how they advance is values/rt_iter_lazy.c), sorted, any, all, iter,
 * next. Stage: runtime. Invariants: RtIter fields per kind are documented at RtIterKind
 * (rt_object.h); only reversed() drops its source when exhausted (exhausted()). Messages are CPython 3.11's. */
#include "rt_bi.h"
#include "rt_set.h"

static PV iter_make(PCtx *c, int kind, PV src_steal, PV aux_steal) {
    RtIter *it = (RtIter *)rt_obj_new(c, RT_T_ITER, sizeof(RtIter));
    if (!it) {
        pv_xdecref(c, src_steal);
        pv_xdecref(c, aux_steal);
        return PV_NULL;
    }
    it->kind = kind;
    it->src = src_steal;
    it->aux = aux_steal;
    return (PV)it;
}

/* A tuple of iterators over args[0..n); "zip argument #k must support iteration" style errors when what. */
static PV iter_tuple(PCtx *c, PV *args, int n, const char *what) {
    PV t = rt_tuple_new(c, n);
    if (!t) return PV_NULL;
    for (int i = 0; i < n; i++) {
        PV it = rt_iter(c, args[i]);
        if (!it) {
            if (what) {
                PV e = rt_exc_fetch(c);
                pv_xdecref(c, e);
                rt_err(c, PITH_B_TYPEERROR, "%s argument #%d must support iteration", what, i + 1);
            }
            ((RtTuple *)t)->n = i; /* only the made ones are released */
            pv_decref(c, t);
            return PV_NULL;
        }
        ((RtTuple *)t)->items[i] = it;
    }
    return t;
}

/* ---- constructors ---- */

/* Keyword k of a call is named name; else the TypeError of CPython's enumerate. */
static int enumerate_kw(PCtx *c, PV kwnames, int k, const char *name) {
    PV given = ((RtTuple *)kwnames)->items[k];
    if (rt_str_is(given, name)) return 1;
    rt_err(c, PITH_B_TYPEERROR, "'%S' is an invalid keyword argument for enumerate()", given);
    return 0;
}

/* One or two arguments (the count is checked); the keywords are matched as CPython 3.11's enum_vectorcall
 * does: start alone, iterable alone, or both in either order. */
PV rt_fn_enumerate(PCtx *c, PV *args, int npos, PV kwnames) {
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0;
    PV iterable = args[0], start = npos + nkw == 2 ? args[1] : PV_INT(0);
    if (nkw == 2 && rt_str_is(((RtTuple *)kwnames)->items[0], "start")) {
        if (!enumerate_kw(c, kwnames, 1, "iterable")) return PV_NULL;
        iterable = args[1];
        start = args[0];
    } else if (nkw == 2) {
        if (!enumerate_kw(c, kwnames, 0, "iterable") || !enumerate_kw(c, kwnames, 1, "start")) return PV_NULL;
    } else if (nkw == 1 && !enumerate_kw(c, kwnames, 0, npos ? "start" : "iterable")) {
        return PV_NULL;
    }
    if (!rt_is_int(start)) {
        rt_err(c, PITH_B_TYPEERROR, "'%T' object cannot be interpreted as an integer", start);
        return PV_NULL;
    }
    PV it = rt_iter(c, iterable);
    if (!it) return PV_NULL;
    PV count = PV_IS_BOOL(start) ? PV_INT(start == PV_TRUE) : start;
    pv_incref(count);
    return iter_make(c, RT_IT_ENUMERATE, it, count);
}

PV rt_fn_zip(PCtx *c, PV *args, int npos, PV kwnames) {
    static const char *const allowed[] = {"strict", NULL};
    PV kw[1];
    if (rt_bi_kw(c, "zip", kwnames, args + npos, allowed, kw) < 0) return PV_NULL;
    int strict = kw[0] ? rt_truth(c, kw[0]) : 0;
    if (strict < 0) return PV_NULL;
    PV t = iter_tuple(c, args, npos, NULL); /* 3.11: "'int' object is not iterable" */
    if (!t) return PV_NULL;
    PV it = iter_make(c, RT_IT_ZIP, t, PV_NULL);
    if (it) ((RtIter *)it)->step = strict;
    return it;
}

PV rt_fn_map(PCtx *c, PV *args, int npos, PV kwnames) {
    PV t = iter_tuple(c, args + 1, npos - 1, NULL);
    if (!t) return PV_NULL;
    pv_incref(args[0]);
    return iter_make(c, RT_IT_MAP, t, args[0]);
}

PV rt_fn_filter(PCtx *c, PV *args, int npos, PV kwnames) {
    PV it = rt_iter(c, args[1]);
    if (!it) return PV_NULL;
    pv_incref(args[0]);
    return iter_make(c, RT_IT_FILTER, it, args[0]);
}

PV rt_fn_reversed(PCtx *c, PV *args, int npos, PV kwnames) {
    PV o = args[0];
    const RtTypeDesc *t = PV_IS_OBJ(o) ? rt_type_desc(RT_OBJ(o)) : NULL;
    if (t && t->reversed) return t->reversed(c, o);
    rt_err(c, PITH_B_TYPEERROR, "'%T' object is not reversible", o);
    return PV_NULL;
}

PV rt_fn_sorted(PCtx *c, PV *args, int npos, PV kwnames) {
    static const char *const allowed[] = {"key", "reverse", NULL};
    PV kw[2];
    if (rt_bi_kw(c, "sort", kwnames, args + npos, allowed, kw) < 0) return PV_NULL;
    pi64 rev = 0;
    if (kw[1] && rt_bi_index(c, kw[1], &rev) < 0) return PV_NULL;
    PV l = rt_seq_to_list(c, args[0]);
    if (!l) return PV_NULL;
    PV r = rt_list_sort(c, l, kw[0] ? kw[0] : PV_NONE, rev != 0);
    if (!r) {
        pv_decref(c, l);
        return PV_NULL;
    }
    pv_decref(c, r);
    return l;
}

static PV any_all(PCtx *c, PV *args, int is_all) {
    PV it = rt_iter(c, args[0]), x;
    if (!it) return PV_NULL;
    int r, t = 0;
    while ((r = rt_next(c, it, &x)) == 1) {
        t = rt_truth(c, x);
        pv_decref(c, x);
        if (t >= 0 && rt_svc_tick(c) < 0) t = -1;
        if (t < 0 || t != is_all) break;
    }
    pv_decref(c, it);
    if (r < 0 || t < 0) return PV_NULL;
    return r == 1 ? PV_BOOL(!is_all) : PV_BOOL(is_all);
}

PV rt_fn_any(PCtx *c, PV *args, int npos, PV kwnames) { return any_all(c, args, 0); }

PV rt_fn_all(PCtx *c, PV *args, int npos, PV kwnames) { return any_all(c, args, 1); }

PV rt_fn_next(PCtx *c, PV *args, int npos, PV kwnames) {
    PV x;
    if (RT_IS(args[0], RT_T_GEN)) { /* its StopIteration carries the generator's return value */
        x = rt_gen_send(c, args[0], PV_NONE);
        if (x || npos < 2 || rt_exc_pending_class(c) != PITH_B_STOPITERATION) return x;
        pv_decref(c, rt_exc_fetch(c));
        pv_incref(args[1]);
        return args[1];
    }
    int r = rt_next(c, args[0], &x);
    if (r == 1) return x;
    if (r < 0) return PV_NULL;
    if (npos == 2) {
        pv_incref(args[1]);
        return args[1];
    }
    PV t = rt_tuple_new(c, 0);
    PV e = t ? rt_exc_new(c, PITH_B_STOPITERATION, t) : PV_NULL;
    if (e) {
        rt_raise(c, e);
        pv_decref(c, e);
    }
    return PV_NULL;
}

PV rt_fn_iter(PCtx *c, PV *args, int npos, PV kwnames) {
    if (npos == 2) {
        rt_err(c, PITH_B_TYPEERROR, "iter(callable, sentinel) is not supported");
        return PV_NULL;
    }
    return rt_iter(c, args[0]);
}
