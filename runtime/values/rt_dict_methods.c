/* rt_dict_methods.c — dict methods (get, keys, values, items, pop, popitem, setdefault, update, copy, clear)
 * and the dict views d.keys() / d.values() / d.items(): live, iterable, sized, `in`, repr "dict_keys([...])".
 * Stage: runtime. Argument conventions: rt_values.h (RtMethDef); table layout: rt_dict.c. */
#include "rt_values.h"
#include "rt_set.h"
#include "rt_snap_codec.h"

static PV m_get(PCtx *c, PV self, PV *a, int n, PV kw) {
    PV v;
    int r = rt_dict_lookup(c, self, a[0], &v);
    if (r < 0) return PV_NULL;
    if (r == 0) v = a[1] ? a[1] : PV_NONE;
    pv_incref(v);
    return v;
}

static PV m_setdefault(PCtx *c, PV self, PV *a, int n, PV kw) {
    PV v;
    int r = rt_dict_lookup(c, self, a[0], &v);
    if (r < 0) return PV_NULL;
    if (r == 0) {
        v = a[1] ? a[1] : PV_NONE;
        if (rt_dict_set(c, self, a[0], v) < 0) return PV_NULL;
    }
    pv_incref(v);
    return v;
}

static PV m_pop(PCtx *c, PV self, PV *a, int n, PV kw) {
    PV v;
    int r = rt_dict_pop_value(c, self, a[0], &v);
    if (r != 0) return r > 0 ? v : PV_NULL;
    if (a[1]) {
        pv_incref(a[1]);
        return a[1];
    }
    rt_err_key(c, a[0]);
    return PV_NULL;
}

static PV m_popitem(PCtx *c, PV self, PV *a, int n, PV kw) {
    if (((RtDict *)self)->n == 0) {
        PV msg = rt_str_cstr(c, "popitem(): dictionary is empty");
        if (msg) {
            rt_err_key(c, msg);
            pv_decref(c, msg);
        }
        return PV_NULL;
    }
    PV kv[2];
    rt_dict_pop_last(c, self, &kv[0], &kv[1]);
    return rt_tuple_from_steal(c, kv, 2);
}

static PV m_update(PCtx *c, PV self, PV *args, int nargs, PV kwnames) {
    pi64 nkw = kwnames ? ((RtTuple *)kwnames)->n : 0;
    pi64 npos = nargs - nkw;
    if (npos > 1) {
        rt_err(c, PITH_B_TYPEERROR, "update expected at most 1 argument, got %lld", npos);
        return PV_NULL;
    }
    if (npos == 1 && rt_dict_merge(c, self, args[0]) < 0) return PV_NULL;
    for (pi64 i = 0; i < nkw; i++)
        if (rt_dict_set(c, self, ((RtTuple *)kwnames)->items[i], args[npos + i]) < 0) return PV_NULL;
    return PV_NONE;
}

static PV m_copy(PCtx *c, PV self, PV *a, int n, PV kw) { return rt_dict_copy(c, self); }

static PV m_clear(PCtx *c, PV self, PV *a, int n, PV kw) {
    rt_dict_clear(c, self);
    return PV_NONE;
}

static PV m_keys(PCtx *c, PV self, PV *a, int n, PV kw) { return rt_dict_view_new(c, self, RT_IT_DICT_KEYS); }
static PV m_values(PCtx *c, PV self, PV *a, int n, PV kw) { return rt_dict_view_new(c, self, RT_IT_DICT_VALUES); }
static PV m_items(PCtx *c, PV self, PV *a, int n, PV kw) { return rt_dict_view_new(c, self, RT_IT_DICT_ITEMS); }

/* dict.fromkeys(iterable[, value]): a class method, so it takes no instance. */
PV rt_dict_fromkeys(PCtx *c, PV *args, int nargs, PV kwnames) {
    int npos = nargs - (kwnames ? (int)((RtTuple *)kwnames)->n : 0);
    if (npos != nargs) {
        rt_err(c, PITH_B_TYPEERROR, "dict.fromkeys() takes no keyword arguments");
        return PV_NULL;
    }
    if (npos < 1) {
        rt_err(c, PITH_B_TYPEERROR, "fromkeys expected at least 1 argument, got %d", npos);
        return PV_NULL;
    }
    if (npos > 2) {
        rt_err(c, PITH_B_TYPEERROR, "fromkeys expected at most 2 arguments, got %d", npos);
        return PV_NULL;
    }
    PV d = rt_dict_new(c), it = d ? rt_iter(c, args[0]) : PV_NULL, k;
    int r = it ? 1 : -1;
    while (r == 1 && (r = rt_next(c, it, &k)) == 1) {
        if (rt_dict_set(c, d, k, npos > 1 ? args[1] : PV_NONE) < 0) r = -1;
        pv_decref(c, k);
    }
    pv_xdecref(c, it);
    if (r < 0) {
        pv_xdecref(c, d);
        return PV_NULL;
    }
    return d;
}

const RtMethDef rt_dict_methods[] = {
    {"get", m_get, RT_M_POS, 1, 2, 0, NULL},
    {"keys", m_keys, RT_M_NOARGS, 0, 0, 0, NULL},
    {"values", m_values, RT_M_NOARGS, 0, 0, 0, NULL},
    {"items", m_items, RT_M_NOARGS, 0, 0, 0, NULL},
    {"pop", m_pop, RT_M_POS, 1, 2, 0, NULL},
    {"popitem", m_popitem, RT_M_NOARGS, 0, 0, 0, NULL},
    {"setdefault", m_setdefault, RT_M_POS, 1, 2, 0, NULL},
    {"update", m_update, RT_M_RAW, 0, 1, 0, NULL},
    {"copy", m_copy, RT_M_NOARGS, 0, 0, 0, NULL},
    {"clear", m_clear, RT_M_NOARGS, 0, 0, 0, NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL},
};

/* ---- views ---- */

PV rt_dict_view_new(PCtx *c, PV d, int kind) {
    RtDictView *v = (RtDictView *)rt_obj_new(c, RT_T_DICTVIEW, sizeof(RtDictView));
    if (!v) return PV_NULL;
    v->kind = kind;
    pv_incref(d);
    v->dict = d;
    return (PV)v;
}

static const char *view_name(int kind) {
    return kind == RT_IT_DICT_KEYS ? "dict_keys" : kind == RT_IT_DICT_VALUES ? "dict_values" : "dict_items";
}

/* "dict_keys(['a', 'b'])": the repr of the list of its elements inside the view's name. */
PV rt_dictview_repr(PCtx *c, PV v) {
    RtDictView *dv = (RtDictView *)v;
    if (dv->h.flags & RT_FLAG_REPR) return rt_str_cstr(c, "...");
    PV items = rt_seq_to_list(c, v);
    if (!items) return PV_NULL;
    dv->h.flags |= RT_FLAG_REPR;
    PithBuf b = rt_buf_new(c);
    int rc = RT_IS(dv->dict, RT_T_DICT) && rt_dict_kind(dv->dict) == RT_DK_ORDERED ? pith_buf_putc(&b, 'o') : 0;
    if (rc == 0) rc = pith_buf_puts(&b, view_name(dv->kind)); /* odict_keys([...]) for an OrderedDict */
    if (rc == 0) rc = pith_buf_putc(&b, '(');
    if (rc == 0) rc = rt_buf_put_repr(&b, items);
    if (rc == 0) rc = pith_buf_putc(&b, ')');
    dv->h.flags &= (unsigned short)~RT_FLAG_REPR;
    pv_decref(c, items);
    if (rc < 0) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    return rt_buf_finish(&b);
}

int rt_dictview_contains(PCtx *c, PV v, PV item) {
    RtDictView *dv = (RtDictView *)v;
    RtDict *d = (RtDict *)dv->dict;
    PV found;
    if (dv->kind == RT_IT_DICT_KEYS) return rt_dict_lookup(c, dv->dict, item, &found);
    if (dv->kind == RT_IT_DICT_ITEMS) {
        if (!RT_IS(item, RT_T_TUPLE) || ((RtTuple *)item)->n != 2) return 0;
        PV *kv = ((RtTuple *)item)->items;
        int r = rt_dict_lookup(c, dv->dict, kv[0], &found);
        if (r != 1) return r;
        pv_incref(found);
        r = rt_eq(c, found, kv[1]);
        pv_decref(c, found);
        return r;
    }
    pi64 pos = 0;
    PV k, val;
    while (rt_dict_next_entry(d, &pos, &k, &val)) {
        int r = rt_eq(c, val, item);
        if (r != 0 || rt_tick(c, 1) < 0) return r != 0 ? r : -1;
    }
    return 0;
}

/* ---- the view type ---- */

static void dictview_traverse(PObj *o, RtVisit visit, void *arg) { visit(&((RtDictView *)o)->dict, arg); }

static void dictview_snap_put(RtSnapW *w, PObj *o) { rt_snap_put_uv(w, (uint64_t)((RtDictView *)o)->kind); }

static PV dictview_snap_make(RtSnapR *r, int type) {
    uint64_t kind = rt_snap_get_uv(r);
    if (kind != RT_IT_DICT_KEYS && kind != RT_IT_DICT_VALUES && kind != RT_IT_DICT_ITEMS) rt_snap_corrupt(r);
    if (rt_snap_r_bad(r)) return PV_NULL;
    RtDictView *v = (RtDictView *)rt_obj_new(rt_snap_ctx(r), type, sizeof(RtDictView));
    if (v) v->kind = (int)kind;
    return (PV)v;
}

static int dictview_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    PV d = ((RtDictView *)o)->dict;
    return d && RT_IS(d, RT_T_DICT) ? 0 : -1;
}

static int dictview_class(PV v) {
    switch (((RtDictView *)v)->kind) {
    case RT_IT_DICT_KEYS: return PITH_B_DICT_KEYS;
    case RT_IT_DICT_VALUES: return PITH_B_DICT_VALUES;
    case RT_IT_DICT_ITEMS: return PITH_B_DICT_ITEMS;
    default: return -1;
    }
}

static pi64 dictview_len(PCtx *c, PV v) {
    (void)c;
    return ((RtDict *)((RtDictView *)v)->dict)->n;
}

static PV dictview_iter(PCtx *c, PV v) {
    PV d = ((RtDictView *)v)->dict, it = rt_iter_new(c, ((RtDictView *)v)->kind, d);
    if (it) ((RtIter *)it)->stop = ((RtDict *)d)->n;
    return it;
}

/* Whether every element of a is in b (CPython's all_contained_in). */
static int all_contained_in(PCtx *c, PV a, PV b) {
    PV it = rt_iter(c, a), x;
    if (!it) return -1;
    int r = 1, n;
    while (r == 1 && (n = rt_next(c, it, &x)) == 1) {
        r = rt_contains(c, b, x);
        pv_decref(c, x);
    }
    pv_decref(c, it);
    return n < 0 ? -1 : r;
}

/* A set, a frozenset, or a keys/items view (values views are not set-like). */
static int setlike(PV v) {
    return rt_is_anyset(v) || (RT_IS(v, RT_T_DICTVIEW) && ((RtDictView *)v)->kind != RT_IT_DICT_VALUES);
}

/* The compare hook of views: keys and items views compare with sets and with each other as sets, by size
 * and inclusion (CPython's dictview_richcompare), in both operand orders. */
static int dictview_compare(PCtx *c, int op, PV a, PV b, PV *out) {
    if (!setlike(a) || !setlike(b)) return 0;
    pi64 na = rt_len(c, a), nb = rt_len(c, b);
    int r;
    switch (op) {
    case PITH_CMP_EQ:
    case PITH_CMP_NE:
        r = na == nb ? all_contained_in(c, a, b) : 0;
        if (r >= 0 && op == PITH_CMP_NE) r = !r;
        break;
    case PITH_CMP_LT: r = na < nb ? all_contained_in(c, a, b) : 0; break;
    case PITH_CMP_LE: r = na <= nb ? all_contained_in(c, a, b) : 0; break;
    case PITH_CMP_GT: r = na > nb ? all_contained_in(c, b, a) : 0; break;
    default: r = na >= nb ? all_contained_in(c, b, a) : 0; break;
    }
    *out = r < 0 ? PV_NULL : PV_BOOL(r);
    return 1;
}

const RtTypeDesc rt_dictview_type = {
    .name = "dict view",
    .flags = RT_TF_GC,
    .class_of = dictview_class,
    .traverse = dictview_traverse,
    .repr = rt_dictview_repr,
    .hash = rt_hash_unhashable,
    .compare = dictview_compare,
    .binop = rt_set_binop, /* keys and items views combine like sets */
    .iter = dictview_iter,
    .reversed = rt_reversed_by_copy,
    .len = dictview_len,
    .contains = rt_dictview_contains,
    .snap_tag = SNAP_O_DICTVIEW,
    .snap_put = dictview_snap_put,
    .snap_make = dictview_snap_make,
    .snap_check = dictview_snap_check,
};
