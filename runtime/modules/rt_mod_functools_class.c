/* rt_mod_functools_class.c — the parts of `functools` that wrap functions and classes a program defines:
 * lru_cache/cache (CPython's C _lru_cache_wrapper: a dict of results, hits and misses, the oldest entry evicted
 * when a bounded cache is full, hits moving an entry to the newest end), total_ordering (Lib/functools.py's
 * _convert table: each missing comparison computed from the root one and ==/!=) and cached_property (the value
 * computed once, then kept in the instance's attributes, which the attribute lookup asks first) and
 * singledispatch (the function registered for the nearest class of the first argument).
 * A cached function's call is steps: a miss calls the function as an operation, so it may wait on the host.
 * Stage: runtime, part modules/. */
#include <stdio.h>
#include <string.h>

#include "rt_class.h"
#include "rt_exec.h"
#include "rt_functools.h"

static PV ft_new(PCtx *c, int kind) { return rt_modobj_new(c, PITH_MOD_FUNCTOOLS, kind); }

static int bad_state(PCtx *c) {
    rt_err(c, PITH_B_SYSTEMERROR, "corrupt native frame");
    return RT_STEP_ERR;
}

/* ---- lru_cache(maxsize=128, typed=False), cache(user_function) ----
 * FT_LRU: s0 the function, s1 the cache (a dict: key -> result, oldest first), n0 maxsize (-1: None), n1 typed,
 * n2 hits, n3 misses. FT_LRU_DECORATOR: n0 maxsize, n1 typed. */

static PV lru_new(PCtx *c, PV func, pi64 maxsize, int typed) {
    PV d = rt_dict_new(c), w = d ? ft_new(c, FT_LRU) : PV_NULL;
    if (!w) return pv_xdecref(c, d), PV_NULL;
    pv_incref(func);
    MO(w)->s[0] = func;
    MO(w)->s[1] = d;
    MO(w)->n[0] = maxsize;
    MO(w)->n[1] = typed;
    return w;
}

PV rt_ft_lru_cache(PCtx *c, PV *a, int n, PV kw) {
    int nkw = kw ? (int)((RtTuple *)kw)->n : 0;
    PV maxsize = n > 0 ? a[0] : PV_NULL, typed = n > 1 ? a[1] : PV_NULL;
    if (n > 2) {
        rt_err(c, PITH_B_TYPEERROR, "lru_cache() takes from 0 to 2 positional arguments but %d were given", n);
        return PV_NULL;
    }
    for (int j = 0; j < nkw; j++) {
        PV name = ((RtTuple *)kw)->items[j];
        PV *slot = rt_name_is(name, "maxsize") ? &maxsize : rt_name_is(name, "typed") ? &typed : NULL;
        if (!slot) {
            rt_err(c, PITH_B_TYPEERROR, "lru_cache() got an unexpected keyword argument '%S'", name);
            return PV_NULL;
        }
        if (*slot) {
            rt_err(c, PITH_B_TYPEERROR, "lru_cache() got multiple values for argument '%S'", name);
            return PV_NULL;
        }
        *slot = a[n + j];
    }
    if (!maxsize) maxsize = PV_INT(128);
    int t = typed ? rt_truth(c, typed) : 0;
    if (t < 0) return PV_NULL;
    pi64 size = -1;
    if (rt_is_int(maxsize)) {
        if (rt_int_to_i64(maxsize, &size) < 0) size = rt_int_sign(maxsize) < 0 ? 0 : PV_SMALL_MAX;
        if (size < 0) size = 0;
    } else if (rt_ft_callable(maxsize) && (!typed || typed == PV_TRUE || typed == PV_FALSE)) {
        return lru_new(c, maxsize, 128, t); /* @lru_cache without parentheses */
    } else if (maxsize != PV_NONE) {
        rt_err(c, PITH_B_TYPEERROR, "Expected first argument to be an integer, a callable, or None");
        return PV_NULL;
    }
    PV d = ft_new(c, FT_LRU_DECORATOR);
    if (d) MO(d)->n[0] = size, MO(d)->n[1] = t;
    return d;
}

PV rt_ft_cache(PCtx *c, PV *a, int n, PV kw) {
    int nkw = kw ? (int)((RtTuple *)kw)->n : 0;
    if (nkw) {
        rt_err(c, PITH_B_TYPEERROR, "cache() got an unexpected keyword argument '%S'", ((RtTuple *)kw)->items[0]);
        return PV_NULL;
    }
    if (n != 1) {
        if (n == 0)
            rt_err(c, PITH_B_TYPEERROR, "cache() missing 1 required positional argument: 'user_function'");
        else
            rt_err(c, PITH_B_TYPEERROR, "cache() takes 1 positional argument but %d were given", n);
        return PV_NULL;
    }
    return lru_new(c, a[0], -1, 0);
}

PV rt_ft_lru_decorate(PCtx *c, PV f, PV *args, int nargs, PV kw) {
    if (rt_mod_no_kw(c, "decorating_function", kw) < 0) return PV_NULL;
    if (nargs != 1) {
        rt_err(c, PITH_B_TYPEERROR, "decorating_function() takes 1 positional argument but %d were given", nargs);
        return PV_NULL;
    }
    return lru_new(c, args[0], MO(f)->n[0], (int)MO(f)->n[1]);
}

/* The cache key of a call (CPython's lru_cache_make_key): its positional arguments, then (when there are
 * keywords) the wrapper itself as a mark followed by each keyword's name and value, then (typed) the type of
 * each value. A lone int or str argument is its own key, so f(1) and f(1.0) are two entries (and f(True), whose
 * key is a tuple, shares f(1.0)'s), as in CPython. */
static PV make_key(PCtx *c, PV self, PV args, PV kwnames, int typed) {
    RtTuple *a = (RtTuple *)args;
    pi64 nkw = kwnames != PV_NONE ? ((RtTuple *)kwnames)->n : 0, npos = a->n - nkw;
    if (!typed && !nkw && a->n == 1 && !PV_IS_BOOL(a->items[0]) &&
        (PV_IS_INT(a->items[0]) || RT_IS(a->items[0], RT_T_BIGINT) || RT_IS(a->items[0], RT_T_STR))) {
        pv_incref(a->items[0]);
        return a->items[0];
    }
    pi64 n = npos + (nkw ? 1 + 2 * nkw : 0) + (typed ? a->n : 0), k = 0;
    PV key = rt_tuple_new(c, n);
    if (!key) return PV_NULL;
    PV *out = ((RtTuple *)key)->items;
    for (pi64 i = 0; i < npos; i++) pv_incref(a->items[i]), out[k++] = a->items[i];
    if (nkw) {
        pv_incref(self), out[k++] = self;
        for (pi64 j = 0; j < nkw; j++) {
            pv_incref(((RtTuple *)kwnames)->items[j]), out[k++] = ((RtTuple *)kwnames)->items[j];
            pv_incref(a->items[npos + j]), out[k++] = a->items[npos + j];
        }
    }
    for (pi64 i = 0; typed && i < a->n; i++)
        if (!(out[k++] = rt_type_of(c, a->items[i]))) {
            for (pi64 j = k - 1; j < n; j++) out[j] = PV_NONE;
            pv_decref(c, key);
            return PV_NULL;
        }
    return key;
}

/* held: (args, kwnames or None) as a call starts; (args, kwnames or None, key) while the function runs */
static int held_ok(PV h, pi64 want) {
    if (!h || !RT_IS(h, RT_T_TUPLE) || ((RtTuple *)h)->n != want) return 0;
    PV a = ((RtTuple *)h)->items[0], k = ((RtTuple *)h)->items[1];
    if (!RT_IS(a, RT_T_TUPLE)) return 0;
    if (k == PV_NONE) return 1;
    if (!RT_IS(k, RT_T_TUPLE) || ((RtTuple *)k)->n > ((RtTuple *)a)->n) return 0;
    for (pi64 i = 0; i < ((RtTuple *)k)->n; i++)
        if (!RT_IS(((RtTuple *)k)->items[i], RT_T_STR)) return 0;
    return 1;
}

int rt_ft_lru_step(PCtx *c, PV self, RtStep *s) {
    RtModObj *o = MO(self);
    PV cache = o->s[1];
    if (s->state == 2) return s->got == 1 ? RT_STEP_ITEM : RT_STEP_ERR; /* maxsize=0: nothing kept */
    if (s->state == 1) {                                                /* a miss returned */
        if (!held_ok(s->held, 3)) return bad_state(c);
        if (s->got != 1) return RT_STEP_ERR;
        PV key = ((RtTuple *)s->held)->items[2], v;
        int found = rt_dict_lookup(c, cache, key, &v);
        if (found < 0) return RT_STEP_ERR;
        if (!found) { /* a recursive call may have added it meanwhile */
            if (o->n[0] > 0 && ((RtDict *)cache)->n >= o->n[0]) {
                pi64 pos = 0;
                PV oldest, ov;
                if (rt_dict_next_entry((RtDict *)cache, &pos, &oldest, &ov)) {
                    pv_incref(oldest);
                    int r = rt_dict_del(c, cache, oldest);
                    pv_decref(c, oldest);
                    if (r < 0) return RT_STEP_ERR;
                }
            }
            if (rt_dict_set(c, cache, key, s->val) < 0) return RT_STEP_ERR;
        }
        return RT_STEP_ITEM;
    }
    if (s->state != 0 || !held_ok(s->held, 2)) return bad_state(c);
    RtTuple *h = (RtTuple *)s->held;
    PV args = h->items[0], kwn = h->items[1];
    if (o->n[0] == 0) {
        o->n[3]++;
        return rt_step_call_tuple(c, s, 2, o->s[0], args, kwn == PV_NONE ? PV_NULL : kwn);
    }
    PV key = make_key(c, self, args, kwn, (int)o->n[1]), v;
    if (!key) return RT_STEP_ERR;
    int found = rt_dict_lookup(c, cache, key, &v);
    if (found < 0) return pv_decref(c, key), RT_STEP_ERR;
    if (found) {
        o->n[2]++;
        pv_incref(v);
        if (o->n[0] > 0) { /* a hit becomes the newest entry */
            int r = rt_dict_del(c, cache, key) < 0 || rt_dict_set(c, cache, key, v) < 0 ? -1 : 0;
            if (r < 0) return pv_decref(c, key), pv_decref(c, v), RT_STEP_ERR;
        }
        pv_decref(c, key);
        return rt_step_item(s, v);
    }
    o->n[3]++;
    PV nh = rt_tuple_new(c, 3);
    if (!nh) return pv_decref(c, key), RT_STEP_ERR;
    pv_incref(args), pv_incref(kwn);
    ((RtTuple *)nh)->items[0] = args;
    ((RtTuple *)nh)->items[1] = kwn;
    ((RtTuple *)nh)->items[2] = key;
    rt_modobj_put(c, &s->held, nh);
    return rt_step_call_tuple(c, s, 1, o->s[0], args, kwn == PV_NONE ? PV_NULL : kwn);
}

int rt_ft_lru_waits(PV v) { return rt_call_waits(MO(v)->s[0]); }

int rt_ft_lru_check(const RtModObj *o) {
    return o->s[0] && o->s[1] && RT_IS(o->s[1], RT_T_DICT) && o->n[0] >= -1 && o->n[2] >= 0 && o->n[3] >= 0 ? 0 : -1;
}

/* ---- cache_info(), cache_clear(), cache_parameters(): FT_LRU_METHOD, s0 the wrapper, n0 which ---- */

static const char *const lru_methods[] = {"cache_info", "cache_clear", "cache_parameters"};

int rt_ft_lru_getattr(PCtx *c, PV o, PV name, PV *out) {
    for (int i = 0; i < 3; i++)
        if (rt_name_is(name, lru_methods[i])) {
            PV m = ft_new(c, FT_LRU_METHOD);
            if (!m) return -1;
            pv_incref(o);
            MO(m)->s[0] = o;
            MO(m)->n[0] = i;
            *out = m;
            return 1;
        }
    PV f = MO(o)->s[0]; /* update_wrapper copied the function's attributes: ask the function */
    const RtTypeDesc *t = PV_IS_OBJ(f) ? rt_type_desc(RT_OBJ(f)) : NULL;
    return t && t->getattr && !RT_IS(f, RT_T_INSTANCE) ? t->getattr(c, f, name, out) : 0;
}

/* __name__, __qualname__, __doc__, __module__ are the function's (update_wrapper copied them); __wrapped__ is it */
int rt_ft_lru_dunder(PCtx *c, PV o, const char *name, PV *out) {
    PV f = MO(o)->s[0];
    if (strcmp(name, "__wrapped__") == 0) {
        pv_incref(f);
        *out = f;
        return 1;
    }
    if (strcmp(name, "__name__") && strcmp(name, "__qualname__") && strcmp(name, "__doc__") &&
        strcmp(name, "__module__"))
        return 0;
    return rt_dunder_get(c, f, name, out);
}

static PV cache_info_new(PCtx *c, RtModObj *w) {
    PV i = ft_new(c, FT_CACHE_INFO);
    if (!i) return PV_NULL;
    MO(i)->n[0] = w->n[2];
    MO(i)->n[1] = w->n[3];
    MO(i)->n[2] = w->n[0];
    MO(i)->n[3] = ((RtDict *)w->s[1])->n;
    return i;
}

PV rt_ft_lru_method_call(PCtx *c, PV f, PV *args, int nargs, PV kw) {
    RtModObj *w = MO(MO(f)->s[0]);
    const char *name = lru_methods[MO(f)->n[0]];
    if (rt_mod_no_kw(c, name, kw) < 0) return PV_NULL;
    if (nargs) {
        if (MO(f)->n[0] == 2)
            rt_err(c, PITH_B_TYPEERROR, "<lambda>() takes 0 positional arguments but %d were given", nargs);
        else
            rt_err(c, PITH_B_TYPEERROR, "%s() takes no arguments (%d given)", name, nargs);
        return PV_NULL;
    }
    switch (MO(f)->n[0]) {
    case 0: return cache_info_new(c, w);
    case 1:
        rt_dict_clear(c, w->s[1]);
        w->n[2] = w->n[3] = 0;
        return PV_NONE;
    default: {
        PV kv[4] = {rt_str_cstr(c, "maxsize"), w->n[0] < 0 ? PV_NONE : rt_int_from_i64(c, w->n[0]),
                    rt_str_cstr(c, "typed"), PV_BOOL(w->n[1])};
        if (!kv[0] || !kv[1] || !kv[2]) {
            for (int i = 0; i < 3; i++) pv_xdecref(c, kv[i]);
            return PV_NULL;
        }
        return rt_dict_from_steal(c, kv, 2);
    }
    }
}

PV rt_ft_lru_method_repr(PCtx *c, PV v) {
    char buf[160];
    snprintf(buf, sizeof buf, "<built-in method %s of functools._lru_cache_wrapper object at 0x%llx>",
             lru_methods[MO(v)->n[0]], (unsigned long long)rt_identity(c, MO(v)->s[0]));
    return rt_str_cstr(c, buf);
}

int rt_ft_lru_method_check(const RtModObj *o) {
    return rt_modobj_is(o->s[0], PITH_MOD_FUNCTOOLS, FT_LRU) && o->n[0] >= 0 && o->n[0] < 3 ? 0 : -1;
}

/* ---- CacheInfo: n0 hits, n1 misses, n2 maxsize (-1: None), n3 currsize; a named tuple in CPython ---- */

PV rt_ft_cache_info_repr(PCtx *c, PV v) {
    char buf[200], size[32] = "None";
    if (MO(v)->n[2] >= 0) snprintf(size, sizeof size, "%lld", (long long)MO(v)->n[2]);
    snprintf(buf, sizeof buf, "CacheInfo(hits=%lld, misses=%lld, maxsize=%s, currsize=%lld)", (long long)MO(v)->n[0],
             (long long)MO(v)->n[1], size, (long long)MO(v)->n[3]);
    return rt_str_cstr(c, buf);
}

static PV info_field(PCtx *c, PV v, int i) {
    pi64 x = MO(v)->n[i];
    return i == 2 && x < 0 ? PV_NONE : rt_int_from_i64(c, x);
}

int rt_ft_cache_info_getattr(PCtx *c, PV o, PV name, PV *out) {
    static const char *const fields[] = {"hits", "misses", "maxsize", "currsize"};
    for (int i = 0; i < 4; i++)
        if (rt_name_is(name, fields[i])) return (*out = info_field(c, o, i)) ? 1 : -1;
    return 0;
}

/* == and != against another CacheInfo or a 4-tuple, as the named tuple compares */
int rt_ft_cache_info_compare(PCtx *c, int op, PV a, PV b, PV *out) {
    if (op != PITH_CMP_EQ && op != PITH_CMP_NE) return 0;
    PV t[2] = {a, b}, owned[2] = {PV_NULL, PV_NULL};
    for (int k = 0; k < 2; k++)
        if (rt_modobj_is(t[k], PITH_MOD_FUNCTOOLS, FT_CACHE_INFO)) {
            PV f[4];
            for (int i = 0; i < 4; i++) f[i] = info_field(c, t[k], i);
            owned[k] = t[k] = rt_tuple_from_steal(c, f, 4);
            if (!t[k]) return pv_xdecref(c, owned[0]), *out = PV_NULL, 1;
        }
    if (!RT_IS(t[0], RT_T_TUPLE) || !RT_IS(t[1], RT_T_TUPLE)) {
        pv_xdecref(c, owned[0]), pv_xdecref(c, owned[1]);
        return 0;
    }
    *out = rt_compare(c, op, t[0], t[1]);
    pv_xdecref(c, owned[0]), pv_xdecref(c, owned[1]);
    return 1;
}

/* a cached function read through an instance binds to it as a function does */
PV rt_ft_bind_method(PCtx *c, PV v, PV instance, PV name) {
    (void)name;
    return rt_bound_new(c, v, instance);
}

/* ---- total_ordering(cls): FT_ORDER_OP, n0 the root comparison (ORD_*), n1 how the missing one follows from
 * it (the _convert rows of Lib/functools.py) ---- */

enum { ORD_LT, ORD_LE, ORD_GT, ORD_GE };
static const char *const ord_names[] = {"__lt__", "__le__", "__gt__", "__ge__"};
enum {
    F_NOT_AND_NE, /* not r and self != other */
    F_OR_EQ,      /* r or self == other */
    F_NOT,        /* not r */
    F_NOT_OR_EQ,  /* not r or self == other */
    F_AND_NE,     /* r and self != other */
};
static const struct {
    int op, formula;
} convert[4][3] = {
    [ORD_LT] = {{ORD_GT, F_NOT_AND_NE}, {ORD_LE, F_OR_EQ}, {ORD_GE, F_NOT}},
    [ORD_LE] = {{ORD_GE, F_NOT_OR_EQ}, {ORD_LT, F_AND_NE}, {ORD_GT, F_NOT}},
    [ORD_GT] = {{ORD_LT, F_NOT_AND_NE}, {ORD_GE, F_OR_EQ}, {ORD_LE, F_NOT}},
    [ORD_GE] = {{ORD_LE, F_NOT_OR_EQ}, {ORD_GT, F_AND_NE}, {ORD_LT, F_NOT}},
};

PV rt_ft_total_ordering(PCtx *c, PV *a, int n, PV kw) {
    if (kw && ((RtTuple *)kw)->n) {
        rt_err(c, PITH_B_TYPEERROR, "total_ordering() got an unexpected keyword argument '%S'",
               ((RtTuple *)kw)->items[0]);
        return PV_NULL;
    }
    if (n != 1) {
        rt_err(c, PITH_B_TYPEERROR, "total_ordering() takes 1 positional argument but %d were given", n);
        return PV_NULL;
    }
    PV cls = a[0];
    if (!RT_IS(cls, RT_T_CLASS)) return pv_incref(cls), cls; /* no root differs from object's: nothing added */
    int roots[4], root = -1;
    for (int i = 0; i < 4; i++) roots[i] = rt_class_lookup_cstr(cls, ord_names[i]) != PV_NULL;
    static const int by_name[] = {ORD_LT, ORD_LE, ORD_GT, ORD_GE}; /* max() of the names: __lt__ first */
    for (int i = 0; i < 4 && root < 0; i++)
        if (roots[by_name[i]]) root = by_name[i];
    if (root < 0) {
        rt_err(c, PITH_B_VALUEERROR, "must define at least one ordering operation: < > <= >=");
        return PV_NULL;
    }
    for (int k = 0; k < 3; k++) {
        int op = convert[root][k].op;
        if (roots[op]) continue;
        PV f = ft_new(c, FT_ORDER_OP), name = f ? rt_str_cstr(c, ord_names[op]) : PV_NULL;
        int r = name ? (MO(f)->n[0] = root, MO(f)->n[1] = convert[root][k].formula, rt_setattr(c, cls, name, f)) : -1;
        pv_xdecref(c, f), pv_xdecref(c, name);
        if (r < 0) return PV_NULL;
    }
    pv_incref(cls);
    return cls;
}

static int is_notimpl(PV v) { return RT_IS(v, RT_T_BUILTIN) && ((RtBuiltin *)v)->id == PITH_B_NOTIMPLEMENTED; }

PV rt_ft_order_call(PCtx *c, PV f, PV *args, int nargs, PV kw) {
    if (rt_mod_no_kw(c, "total_ordering", kw) < 0) return PV_NULL;
    if (nargs != 2) {
        rt_err(c, PITH_B_TYPEERROR, "expected 2 arguments, got %d", nargs);
        return PV_NULL;
    }
    PV self = args[0], other = args[1], cls = rt_user_class(self);
    PV rootf = cls ? rt_class_lookup_cstr(cls, ord_names[MO(f)->n[0]]) : PV_NULL;
    if (!rootf) {
        rt_err(c, PITH_B_TYPEERROR, "'%T' object has no %s", self, ord_names[MO(f)->n[0]]);
        return PV_NULL;
    }
    pv_incref(rootf);
    PV r = rt_call_value(c, rootf, args, 2, PV_NULL);
    pv_decref(c, rootf);
    if (!r || is_notimpl(r)) return r;
    int t = rt_truth(c, r), formula = (int)MO(f)->n[1];
    if (t < 0) return pv_decref(c, r), PV_NULL;
    switch (formula) {
    case F_NOT: pv_decref(c, r); return PV_BOOL(!t);
    case F_NOT_AND_NE: pv_decref(c, r); return t ? PV_FALSE : rt_compare(c, PITH_CMP_NE, self, other);
    case F_NOT_OR_EQ: pv_decref(c, r); return !t ? PV_TRUE : rt_compare(c, PITH_CMP_EQ, self, other);
    case F_OR_EQ: return t ? r : (pv_decref(c, r), rt_compare(c, PITH_CMP_EQ, self, other));
    default: /* F_AND_NE */ return !t ? r : (pv_decref(c, r), rt_compare(c, PITH_CMP_NE, self, other));
    }
}

int rt_ft_order_check(const RtModObj *o) {
    return o->n[0] >= 0 && o->n[0] < 4 && o->n[1] >= 0 && o->n[1] <= F_AND_NE ? 0 : -1;
}

/* ---- cached_property(func): FT_CACHED_PROPERTY, s0 the function ---- */

PV rt_ft_cached_property(PCtx *c, PV *a, int n, PV kw) {
    if ((kw && ((RtTuple *)kw)->n) || n != 1) {
        rt_err(c, PITH_B_TYPEERROR, "cached_property.__init__() takes 2 positional arguments but %d were given",
               n + 1 + (kw ? (int)((RtTuple *)kw)->n : 0));
        return PV_NULL;
    }
    PV p = ft_new(c, FT_CACHED_PROPERTY);
    if (p) pv_incref(a[0]), MO(p)->s[0] = a[0];
    return p;
}

/* Read through an instance: the function's value, kept as the instance's attribute of that name, which the
 * lookup finds first from then on. */
PV rt_ft_cached_property_get(PCtx *c, PV v, PV instance, PV name) {
    PV f = MO(v)->s[0];
    pv_incref(f);
    PV r = rt_call_value(c, f, &instance, 1, PV_NULL);
    pv_decref(c, f);
    if (r && name && rt_setattr(c, instance, name, r) < 0) {
        pv_decref(c, r);
        return PV_NULL;
    }
    return r;
}

int rt_ft_cached_property_getattr(PCtx *c, PV o, PV name, PV *out) {
    (void)c;
    if (!rt_name_is(name, "func")) return 0;
    *out = MO(o)->s[0];
    pv_incref(*out);
    return 1;
}

/* ---- singledispatch(func): FT_SINGLEDISPATCH, s0 the default function, s1 the registry (a dict: class ->
 * function, object -> the default). A call is steps (held: (args, kwnames or None)): the function registered
 * for the first argument's class or the nearest class above it, called as an operation so it may wait.
 * FT_SD_METHOD: s0 the dispatcher, n0 which (register, dispatch); FT_SD_REGISTER: s0 the dispatcher, s1 the class
 * a register(cls) decorator registers for. ---- */

PV rt_ft_singledispatch(PCtx *c, PV *a, int n, PV kw) {
    if ((kw && ((RtTuple *)kw)->n) || n != 1) {
        rt_err(c, PITH_B_TYPEERROR, "singledispatch() takes 1 positional argument but %d were given",
               n + (kw ? (int)((RtTuple *)kw)->n : 0));
        return PV_NULL;
    }
    PV reg = rt_dict_new(c), obj = reg ? rt_builtin(c, PITH_B_OBJECT) : PV_NULL;
    PV d = obj ? ft_new(c, FT_SINGLEDISPATCH) : PV_NULL;
    if (!d || rt_dict_set(c, reg, obj, a[0]) < 0) {
        pv_xdecref(c, reg), pv_xdecref(c, obj), pv_xdecref(c, d);
        return PV_NULL;
    }
    pv_decref(c, obj);
    pv_incref(a[0]);
    MO(d)->s[0] = a[0];
    MO(d)->s[1] = reg;
    return d;
}

/* The function registered for cls or the nearest class above it (borrowed), or PV_NULL. A user class follows
 * its MRO; a builtin class the most specific registered builtin class it is a subclass of (bool, int, object;
 * an exception's bases). */
static PV sd_find(PCtx *c, PV reg, PV cls) {
    PV f;
    if (RT_IS(cls, RT_T_CLASS)) {
        RtTuple *mro = (RtTuple *)((RtClass *)cls)->mro;
        for (pi64 i = 0; i < mro->n; i++) {
            int r = rt_dict_lookup(c, reg, mro->items[i], &f);
            if (r) return r > 0 ? f : PV_NULL;
        }
        return PV_NULL;
    }
    if (!RT_IS(cls, RT_T_BUILTIN)) return PV_NULL;
    int id = ((RtBuiltin *)cls)->id, best = -1;
    PV best_f = PV_NULL, k, v;
    pi64 pos = 0;
    while (rt_dict_next_entry((RtDict *)reg, &pos, &k, &v)) {
        if (!RT_IS(k, RT_T_BUILTIN) || ((RtBuiltin *)k)->host_name) continue;
        int kid = ((RtBuiltin *)k)->id;
        if (!(rt_is_subclass(id, kid) || kid == PITH_B_OBJECT)) continue;
        if (best < 0 || best == PITH_B_OBJECT || (kid != PITH_B_OBJECT && rt_is_subclass(kid, best))) {
            best = kid;
            best_f = v;
        }
    }
    return best_f;
}

int rt_ft_sd_step(PCtx *c, PV self, RtStep *s) {
    if (s->state == 1) return s->got == 1 ? RT_STEP_ITEM : RT_STEP_ERR;
    if (s->state != 0 || !held_ok(s->held, 2)) return bad_state(c);
    RtTuple *h = (RtTuple *)s->held;
    PV args = h->items[0], kwn = h->items[1];
    pi64 npos = ((RtTuple *)args)->n - (kwn != PV_NONE ? ((RtTuple *)kwn)->n : 0);
    if (npos < 1) {
        PV name = rt_getattr(c, MO(self)->s[0], rt_str_cstr(c, "__name__"));
        rt_err(c, PITH_B_TYPEERROR, "%S requires at least 1 positional argument", name ? name : PV_NONE);
        pv_xdecref(c, name);
        return RT_STEP_ERR;
    }
    PV cls = rt_type_of(c, ((RtTuple *)args)->items[0]);
    PV f = cls ? sd_find(c, MO(self)->s[1], cls) : PV_NULL;
    pv_xdecref(c, cls);
    if (!f) {
        if (!rt_exc_pending(c))
            f = MO(self)->s[0];
        else
            return RT_STEP_ERR;
    }
    return rt_step_call_tuple(c, s, 1, f, args, kwn == PV_NONE ? PV_NULL : kwn);
}

int rt_ft_sd_waits(PV v) { return (void)v, 1; } /* which function runs, only the call tells */

int rt_ft_sd_getattr(PCtx *c, PV o, PV name, PV *out) {
    int which = rt_name_is(name, "register") ? 0 : rt_name_is(name, "dispatch") ? 1 : -1;
    if (rt_name_is(name, "registry")) return pv_incref(MO(o)->s[1]), *out = MO(o)->s[1], 1;
    if (which < 0) return 0;
    PV m = ft_new(c, FT_SD_METHOD);
    if (!m) return -1;
    pv_incref(o);
    MO(m)->s[0] = o;
    MO(m)->n[0] = which;
    *out = m;
    return 1;
}

int rt_ft_sd_dunder(PCtx *c, PV o, const char *name, PV *out) {
    PV f = MO(o)->s[0];
    if (strcmp(name, "__wrapped__") == 0) return pv_incref(f), *out = f, 1;
    if (strcmp(name, "__name__") && strcmp(name, "__qualname__") && strcmp(name, "__doc__")) return 0;
    return rt_dunder_get(c, f, name, out);
}

int rt_ft_sd_check(const RtModObj *o) { return o->s[0] && o->s[1] && RT_IS(o->s[1], RT_T_DICT) ? 0 : -1; }

static int sd_register(PCtx *c, PV d, PV cls, PV f) {
    if (!rt_is_class(cls)) {
        rt_err(c, PITH_B_TYPEERROR,
               "Invalid first argument to `register()`: %R. Use either `@register(some_class)` "
               "or plain `@register` on an annotated function.",
               cls);
        return -1;
    }
    return rt_dict_set(c, MO(d)->s[1], cls, f);
}

PV rt_ft_sd_method_call(PCtx *c, PV f, PV *args, int nargs, PV kw) {
    PV d = MO(f)->s[0];
    if (rt_mod_no_kw(c, MO(f)->n[0] ? "dispatch" : "register", kw) < 0) return PV_NULL;
    if (MO(f)->n[0] == 1) { /* dispatch(cls) */
        if (nargs != 1) {
            rt_err(c, PITH_B_TYPEERROR, "dispatch() takes 1 positional argument but %d were given", nargs);
            return PV_NULL;
        }
        PV impl = sd_find(c, MO(d)->s[1], args[0]);
        if (!impl && rt_exc_pending(c)) return PV_NULL;
        impl = impl ? impl : MO(d)->s[0];
        return pv_incref(impl), impl;
    }
    if (nargs < 1 || nargs > 2) {
        rt_err(c, PITH_B_TYPEERROR, "register() takes from 1 to 2 positional arguments but %d were given", nargs);
        return PV_NULL;
    }
    if (nargs == 2) return sd_register(c, d, args[0], args[1]) < 0 ? PV_NULL : (pv_incref(args[1]), args[1]);
    if (!rt_is_class(args[0])) return sd_register(c, d, args[0], PV_NONE) < 0 ? PV_NULL : PV_NONE;
    PV r = ft_new(c, FT_SD_REGISTER);
    if (!r) return PV_NULL;
    pv_incref(d), pv_incref(args[0]);
    MO(r)->s[0] = d;
    MO(r)->s[1] = args[0];
    return r;
}

int rt_ft_sd_method_check(const RtModObj *o) {
    return rt_modobj_is(o->s[0], PITH_MOD_FUNCTOOLS, FT_SINGLEDISPATCH) && o->n[0] >= 0 && o->n[0] <= 1 ? 0 : -1;
}

PV rt_ft_sd_register_call(PCtx *c, PV f, PV *args, int nargs, PV kw) {
    if (rt_mod_no_kw(c, "register", kw) < 0) return PV_NULL;
    if (nargs != 1) {
        rt_err(c, PITH_B_TYPEERROR, "register.<locals>.<lambda>() takes 1 positional argument but %d were given",
               nargs);
        return PV_NULL;
    }
    if (sd_register(c, MO(f)->s[0], MO(f)->s[1], args[0]) < 0) return PV_NULL;
    pv_incref(args[0]);
    return args[0];
}

int rt_ft_sd_register_check(const RtModObj *o) {
    return rt_modobj_is(o->s[0], PITH_MOD_FUNCTOOLS, FT_SINGLEDISPATCH) && rt_is_class(o->s[1]) ? 0 : -1;
}
