/* rt_set_methods.c — the methods of set and frozenset (add, remove, discard, pop, clear, copy, update, union,
 * intersection(_update), difference(_update), symmetric_difference(_update), issubset, issuperset,
 * isdisjoint), with CPython 3.11's calling conventions and messages. Stage: runtime.
 * Argument conventions: rt_values.h (RtMethDef); the table and the algebra: rt_set.c. */
#include "rt_set.h"

static PV m_add(PCtx *c, PV self, PV *a, int n, PV kw) { return rt_set_add(c, self, a[0]) < 0 ? PV_NULL : PV_NONE; }

static PV m_discard(PCtx *c, PV self, PV *a, int n, PV kw) {
    return rt_set_discard(c, self, a[0]) < 0 ? PV_NULL : PV_NONE;
}

static PV m_remove(PCtx *c, PV self, PV *a, int n, PV kw) {
    int r = rt_set_discard(c, self, a[0]);
    if (r == 0) rt_err_key(c, a[0]);
    return r == 1 ? PV_NONE : PV_NULL;
}

static PV m_pop(PCtx *c, PV self, PV *a, int n, PV kw) { return rt_set_pop(c, self); }

static PV m_clear(PCtx *c, PV self, PV *a, int n, PV kw) {
    rt_set_clear(c, self);
    return PV_NONE;
}

static PV m_copy(PCtx *c, PV self, PV *a, int n, PV kw) {
    if (RT_IS(self, RT_T_FROZENSET)) {
        pv_incref(self);
        return self;
    }
    return rt_set_copy_as(c, self, 0);
}

/* The positional arguments of a *others method; -1 with CPython's TypeError when keywords were given. */
static int varargs(PCtx *c, PV self, const char *name, int nargs, PV kwnames) {
    if (kwnames && ((RtTuple *)kwnames)->n > 0) {
        rt_err(c, PITH_B_TYPEERROR, "%s.%s() takes no keyword arguments", rt_type_name(self), name);
        return -1;
    }
    return nargs;
}

static PV m_union(PCtx *c, PV self, PV *args, int nargs, PV kwnames) {
    int n = varargs(c, self, "union", nargs, kwnames);
    if (n < 0) return PV_NULL;
    PV res = rt_set_copy_as(c, self, RT_IS(self, RT_T_FROZENSET));
    for (int i = 0; res && i < n; i++)
        if (args[i] != self && rt_set_update(c, res, args[i]) < 0) {
            pv_decref(c, res);
            res = PV_NULL;
        }
    return res;
}

static PV m_update(PCtx *c, PV self, PV *args, int nargs, PV kwnames) {
    int n = varargs(c, self, "update", nargs, kwnames);
    for (int i = 0; i < n; i++)
        if (rt_set_update(c, self, args[i]) < 0) return PV_NULL;
    return n < 0 ? PV_NULL : PV_NONE;
}

/* self & others[0] & ... (a copy when there are none) */
static PV intersection_multi(PCtx *c, PV self, PV *args, int n) {
    if (n == 0) return rt_set_copy_as(c, self, RT_IS(self, RT_T_FROZENSET));
    PV res = self;
    pv_incref(res);
    for (int i = 0; i < n; i++) {
        PV next = rt_set_intersection(c, res, args[i]);
        pv_decref(c, res);
        if (!next) return PV_NULL;
        res = next;
    }
    return res;
}

static PV m_intersection(PCtx *c, PV self, PV *args, int nargs, PV kwnames) {
    int n = varargs(c, self, "intersection", nargs, kwnames);
    return n < 0 ? PV_NULL : intersection_multi(c, self, args, n);
}

static PV m_intersection_update(PCtx *c, PV self, PV *args, int nargs, PV kwnames) {
    int n = varargs(c, self, "intersection_update", nargs, kwnames);
    if (n < 0) return PV_NULL;
    PV t = intersection_multi(c, self, args, n);
    if (!t) return PV_NULL;
    rt_set_swap_bodies((RtSet *)self, (RtSet *)t);
    pv_decref(c, t);
    return PV_NONE;
}

static PV m_difference(PCtx *c, PV self, PV *args, int nargs, PV kwnames) {
    int n = varargs(c, self, "difference", nargs, kwnames);
    if (n < 0) return PV_NULL;
    if (n == 0) return rt_set_copy_as(c, self, RT_IS(self, RT_T_FROZENSET));
    PV res = rt_set_difference(c, self, args[0]);
    for (int i = 1; res && i < n; i++)
        if (rt_set_difference_update(c, res, args[i]) < 0) {
            pv_decref(c, res);
            res = PV_NULL;
        }
    return res;
}

static PV m_difference_update(PCtx *c, PV self, PV *args, int nargs, PV kwnames) {
    int n = varargs(c, self, "difference_update", nargs, kwnames);
    for (int i = 0; i < n; i++)
        if (rt_set_difference_update(c, self, args[i]) < 0) return PV_NULL;
    return n < 0 ? PV_NULL : PV_NONE;
}

static PV m_symmetric_difference(PCtx *c, PV self, PV *a, int n, PV kw) {
    return rt_set_symmetric_difference(c, self, a[0]);
}

static PV m_symmetric_difference_update(PCtx *c, PV self, PV *a, int n, PV kw) {
    return rt_set_symmetric_difference_update(c, self, a[0]) < 0 ? PV_NULL : PV_NONE;
}

static PV m_issubset(PCtx *c, PV self, PV *a, int n, PV kw) {
    int r = rt_set_issubset(c, self, a[0]);
    return r < 0 ? PV_NULL : PV_BOOL(r);
}

static PV m_issuperset(PCtx *c, PV self, PV *a, int n, PV kw) {
    if (rt_is_anyset(a[0])) {
        int r = rt_set_issubset(c, a[0], self);
        return r < 0 ? PV_NULL : PV_BOOL(r);
    }
    PV it = rt_iter(c, a[0]), x;
    if (!it) return PV_NULL;
    int r, found = 1;
    while (found == 1 && (r = rt_next(c, it, &x)) == 1) {
        found = rt_set_contains(c, self, x);
        pv_decref(c, x);
    }
    pv_decref(c, it);
    if (found < 0 || r < 0) return PV_NULL;
    return PV_BOOL(found == 1);
}

static PV m_isdisjoint(PCtx *c, PV self, PV *a, int n, PV kw) {
    PV small = a[0], big = self;
    if (rt_is_anyset(small) && ((RtSet *)small)->used > ((RtSet *)big)->used) {
        small = self;
        big = a[0];
    }
    PV it = rt_iter(c, small), x;
    if (!it) return PV_NULL;
    int r, found = 0;
    while (found == 0 && (r = rt_next(c, it, &x)) == 1) {
        found = rt_set_contains(c, big, x);
        pv_decref(c, x);
    }
    pv_decref(c, it);
    if (found < 0 || r < 0) return PV_NULL;
    return PV_BOOL(found == 0);
}

const RtMethDef rt_set_methods[] = {
    {"add", m_add, RT_M_O, 1, 1, 0, NULL},
    {"clear", m_clear, RT_M_NOARGS, 0, 0, 0, NULL},
    {"copy", m_copy, RT_M_NOARGS, 0, 0, 0, NULL},
    {"discard", m_discard, RT_M_O, 1, 1, 0, NULL},
    {"difference", m_difference, RT_M_RAW, 0, 0, 0, NULL},
    {"difference_update", m_difference_update, RT_M_RAW, 0, 0, 0, NULL},
    {"intersection", m_intersection, RT_M_RAW, 0, 0, 0, NULL},
    {"intersection_update", m_intersection_update, RT_M_RAW, 0, 0, 0, NULL},
    {"isdisjoint", m_isdisjoint, RT_M_O, 1, 1, 0, NULL},
    {"issubset", m_issubset, RT_M_O, 1, 1, 0, NULL},
    {"issuperset", m_issuperset, RT_M_O, 1, 1, 0, NULL},
    {"pop", m_pop, RT_M_NOARGS, 0, 0, 0, NULL},
    {"remove", m_remove, RT_M_O, 1, 1, 0, NULL},
    {"symmetric_difference", m_symmetric_difference, RT_M_O, 1, 1, 0, NULL},
    {"symmetric_difference_update", m_symmetric_difference_update, RT_M_O, 1, 1, 0, NULL},
    {"union", m_union, RT_M_RAW, 0, 0, 0, NULL},
    {"update", m_update, RT_M_RAW, 0, 0, 0, NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL},
};

const RtMethDef rt_frozenset_methods[] = {
    {"copy", m_copy, RT_M_NOARGS, 0, 0, 0, NULL},
    {"difference", m_difference, RT_M_RAW, 0, 0, 0, NULL},
    {"intersection", m_intersection, RT_M_RAW, 0, 0, 0, NULL},
    {"isdisjoint", m_isdisjoint, RT_M_O, 1, 1, 0, NULL},
    {"issubset", m_issubset, RT_M_O, 1, 1, 0, NULL},
    {"issuperset", m_issuperset, RT_M_O, 1, 1, 0, NULL},
    {"symmetric_difference", m_symmetric_difference, RT_M_O, 1, 1, 0, NULL},
    {"union", m_union, RT_M_RAW, 0, 0, 0, NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL},
};
