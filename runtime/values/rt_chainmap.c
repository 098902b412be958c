/* rt_chainmap.c — collections.ChainMap: a list of mappings searched in order (maps), written through the first.
 * Lookups, writes, deletions, len, iteration (each key once, in the order of the flattened dict CPython builds:
 * the last map's keys first), `in`, ==, repr "ChainMap({'a': 1}, {'b': 2})", maps, parents, new_child, get,
 * keys/values/items, pop, popitem, clear and copy, as CPython 3.11's Lib/collections/__init__.py.
 * keys()/values()/items() are the views of that flattened dict (CPython's are KeysView(...) objects over the
 * ChainMap, which repr differently). Stage: runtime values. Invariant: maps is a list (owned). */
#include "rt_snap_codec.h"
#include "rt_values.h"

#define MAPS(v) ((RtList *)((RtChainMap *)(v))->maps)

static PV chainmap_new_steal(PCtx *c, PV maps) {
    if (!maps) return PV_NULL;
    RtChainMap *m = (RtChainMap *)rt_obj_new(c, RT_T_CHAINMAP, sizeof(RtChainMap));
    if (!m) {
        pv_decref(c, maps);
        return PV_NULL;
    }
    m->maps = maps;
    return (PV)m;
}

/* maps[0], the mapping writes go to (a ChainMap always has one unless its list was emptied by hand). */
static PV first_map(PCtx *c, PV v) {
    if (MAPS(v)->n) return MAPS(v)->items[0];
    rt_err(c, PITH_B_INDEXERROR, "list index out of range");
    return PV_NULL;
}

/* 1 found (*out new ref), 0 in no map, -1 error: each map's m[key], a KeyError meaning "not there". */
static int lookup(PCtx *c, PV v, PV key, PV *out) {
    for (pi64 i = 0; i < MAPS(v)->n; i++) {
        PV m = MAPS(v)->items[i];
        pv_incref(m);
        *out = rt_getitem(c, m, key);
        pv_decref(c, m);
        if (*out) return 1;
        if (!rt_exc_pending_is(c, PITH_B_KEYERROR)) return -1;
        pv_decref(c, rt_exc_fetch(c));
    }
    return 0;
}

/* The flattened dict: the keys of the last map first, each key's value from the first map that has it. */
PV rt_chainmap_flat(PCtx *c, PV v) {
    PV d = rt_dict_new(c);
    for (pi64 i = MAPS(v)->n - 1; d && i >= 0; i--) {
        PV keys = rt_seq_to_list(c, MAPS(v)->items[i]);
        for (pi64 k = 0; keys && k < ((RtList *)keys)->n; k++)
            if (rt_dict_set(c, d, ((RtList *)keys)->items[k], PV_NONE) < 0) {
                pv_decref(c, keys);
                keys = PV_NULL;
            }
        if (!keys) {
            pv_decref(c, d);
            return PV_NULL;
        }
        pv_decref(c, keys);
    }
    pi64 pos = 0;
    PV k, x, val;
    while (d && rt_dict_next_entry((RtDict *)d, &pos, &k, &x)) {
        int r = lookup(c, v, k, &val);
        if (r == 1) {
            r = rt_dict_set(c, d, k, val);
            pv_decref(c, val);
        }
        if (r < 0) {
            pv_decref(c, d);
            return PV_NULL;
        }
    }
    return d;
}

static PV chainmap_getitem(PCtx *c, PV v, PV key) {
    PV out;
    int r = lookup(c, v, key, &out);
    if (r == 0) rt_err_key(c, key);
    return r == 1 ? out : PV_NULL;
}

static int chainmap_setitem(PCtx *c, PV v, PV key, PV value) {
    PV m = first_map(c, v);
    return m ? rt_setitem(c, m, key, value) : -1;
}

/* KeyError("Key not found in the first mapping: 'x'") */
static void err_first(PCtx *c, PV key) {
    PV r = rt_repr(c, key);
    if (!r) return;
    rt_err(c, PITH_B_KEYERROR, "Key not found in the first mapping: %S", r);
    pv_decref(c, r);
}

static int chainmap_delitem(PCtx *c, PV v, PV key) {
    PV m = first_map(c, v);
    if (!m) return -1;
    if (rt_delitem(c, m, key) == 0) return 0;
    if (rt_exc_pending_is(c, PITH_B_KEYERROR)) {
        pv_decref(c, rt_exc_fetch(c));
        err_first(c, key);
    }
    return -1;
}

static int chainmap_contains(PCtx *c, PV v, PV key) {
    for (pi64 i = 0; i < MAPS(v)->n; i++) {
        int r = rt_contains(c, MAPS(v)->items[i], key);
        if (r) return r;
    }
    return 0;
}

static pi64 chainmap_len(PCtx *c, PV v) {
    PV d = rt_chainmap_flat(c, v);
    if (!d) return RT_LEN_ERROR;
    pi64 n = ((RtDict *)d)->n;
    pv_decref(c, d);
    return n;
}

static int chainmap_truth(PCtx *c, PV v) {
    for (pi64 i = 0; i < MAPS(v)->n; i++) {
        int t = rt_truth(c, MAPS(v)->items[i]);
        if (t) return t;
    }
    return 0;
}

static PV chainmap_iter(PCtx *c, PV v) {
    PV d = rt_chainmap_flat(c, v), it = d ? rt_iter(c, d) : PV_NULL;
    pv_xdecref(c, d);
    return it;
}

/* "ChainMap({'a': 1}, {})" */
static PV chainmap_repr(PCtx *c, PV v) {
    if (RT_OBJ(v)->flags & RT_FLAG_REPR) return rt_str_cstr(c, "...");
    RT_OBJ(v)->flags |= RT_FLAG_REPR;
    PithBuf b = rt_buf_new(c);
    int rc = pith_buf_puts(&b, "ChainMap(");
    for (pi64 i = 0; rc == 0 && i < MAPS(v)->n; i++) {
        if (i) rc = pith_buf_put(&b, ", ", 2);
        if (rc == 0) rc = rt_buf_put_repr(&b, MAPS(v)->items[i]);
    }
    if (rc == 0) rc = pith_buf_putc(&b, ')');
    RT_OBJ(v)->flags &= (unsigned short)~RT_FLAG_REPR;
    if (rc < 0) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    return rt_buf_finish(&b);
}

/* == another ChainMap or a dict: as the flattened dicts */
static int chainmap_compare(PCtx *c, int op, PV a, PV b, PV *out) {
    if (op != PITH_CMP_EQ && op != PITH_CMP_NE) return 0;
    PV x = RT_IS(a, RT_T_CHAINMAP) ? rt_chainmap_flat(c, a) : (pv_incref(a), a);
    PV y = x && RT_IS(b, RT_T_CHAINMAP) ? rt_chainmap_flat(c, b) : x ? (pv_incref(b), b) : PV_NULL;
    if (x && y && !(RT_IS(x, RT_T_DICT) && RT_IS(y, RT_T_DICT))) {
        pv_decref(c, x);
        pv_decref(c, y);
        return 0;
    }
    *out = y ? rt_compare(c, op, x, y) : PV_NULL;
    pv_xdecref(c, x);
    pv_xdecref(c, y);
    return 1;
}

PV rt_chainmap_call(PCtx *c, PV *args, int nargs, PV kwnames) {
    if (kwnames && ((RtTuple *)kwnames)->n) {
        rt_err(c, PITH_B_TYPEERROR, "ChainMap.__init__() got an unexpected keyword argument '%S'",
               ((RtTuple *)kwnames)->items[0]);
        return PV_NULL;
    }
    PV maps = rt_list_new(c, nargs ? nargs : 1);
    for (int i = 0; maps && i < nargs; i++)
        if (rt_list_append(c, maps, args[i]) < 0) pv_decref(c, maps), maps = PV_NULL;
    if (maps && nargs == 0) {
        PV d = rt_dict_new(c);
        if (!d || rt_list_append(c, maps, d) < 0) pv_decref(c, maps), maps = PV_NULL;
        pv_xdecref(c, d);
    }
    return chainmap_new_steal(c, maps);
}

/* ChainMap(first, *maps[from:]) */
static PV with_maps(PCtx *c, PV v, PV first, pi64 from) {
    PV maps = rt_list_new(c, MAPS(v)->n + 1);
    if (maps && first && rt_list_append(c, maps, first) < 0) pv_decref(c, maps), maps = PV_NULL;
    for (pi64 i = from; maps && i < MAPS(v)->n; i++)
        if (rt_list_append(c, maps, MAPS(v)->items[i]) < 0) pv_decref(c, maps), maps = PV_NULL;
    return chainmap_new_steal(c, maps);
}

static int chainmap_getattr(PCtx *c, PV v, PV name, PV *out) {
    if (rt_name_is(name, "maps")) {
        *out = ((RtChainMap *)v)->maps;
        pv_incref(*out);
        return 1;
    }
    if (rt_name_is(name, "parents")) {
        *out = with_maps(c, v, PV_NULL, 1);
        return *out ? 1 : -1;
    }
    return 0;
}

/* new_child(m=None, **kwargs) */
static PV m_new_child(PCtx *c, PV self, PV *args, int nargs, PV kwnames) {
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0, npos = nargs - nkw;
    PV m = npos ? args[0] : PV_NONE;
    for (int i = 0; i < nkw; i++)
        if (rt_name_is(((RtTuple *)kwnames)->items[i], "m")) m = args[npos + i];
    if (npos > 1) {
        rt_err(c, PITH_B_TYPEERROR, "ChainMap.new_child() takes from 1 to 2 positional arguments but %d were given",
               npos + 1);
        return PV_NULL;
    }
    if (m == PV_NONE) m = PV_NULL;
    PV child = m ? (pv_incref(m), m) : rt_dict_new(c);
    for (int i = 0; child && i < nkw; i++) {
        PV k = ((RtTuple *)kwnames)->items[i];
        if (!rt_name_is(k, "m") && rt_setitem(c, child, k, args[npos + i]) < 0) pv_decref(c, child), child = PV_NULL;
    }
    if (!child) return PV_NULL;
    PV r = with_maps(c, self, child, 0);
    pv_decref(c, child);
    return r;
}

static PV m_get(PCtx *c, PV self, PV *a, int n, PV kw) {
    PV out;
    int r = lookup(c, self, a[0], &out);
    if (r == 0) {
        out = a[1] ? a[1] : PV_NONE;
        pv_incref(out);
    }
    return r < 0 ? PV_NULL : out;
}

static PV view(PCtx *c, PV self, const char *name) {
    PV d = rt_chainmap_flat(c, self), s = d ? rt_str_cstr(c, name) : PV_NULL;
    PV r = s ? rt_call_method(c, d, s, NULL, 0, PV_NULL) : PV_NULL;
    pv_xdecref(c, s);
    pv_xdecref(c, d);
    return r;
}

static PV m_keys(PCtx *c, PV self, PV *a, int n, PV kw) { return view(c, self, "keys"); }
static PV m_values(PCtx *c, PV self, PV *a, int n, PV kw) { return view(c, self, "values"); }
static PV m_items(PCtx *c, PV self, PV *a, int n, PV kw) { return view(c, self, "items"); }

static PV m_pop(PCtx *c, PV self, PV *a, int n, PV kw) {
    PV m = first_map(c, self), args[2] = {a[0], a[1]};
    if (!m) return PV_NULL;
    PV name = rt_str_cstr(c, "pop");
    PV r = name ? rt_call_method(c, m, name, args, a[1] ? 2 : 1, PV_NULL) : PV_NULL;
    pv_xdecref(c, name);
    if (!r && rt_exc_pending_is(c, PITH_B_KEYERROR)) {
        pv_decref(c, rt_exc_fetch(c));
        err_first(c, a[0]);
    }
    return r;
}

static PV m_popitem(PCtx *c, PV self, PV *a, int n, PV kw) {
    PV m = first_map(c, self), name = m ? rt_str_cstr(c, "popitem") : PV_NULL;
    PV r = name ? rt_call_method(c, m, name, NULL, 0, PV_NULL) : PV_NULL;
    pv_xdecref(c, name);
    if (!r && rt_exc_pending_is(c, PITH_B_KEYERROR)) {
        pv_decref(c, rt_exc_fetch(c));
        rt_err(c, PITH_B_KEYERROR, "No keys found in the first mapping.");
    }
    return r;
}

static PV m_clear(PCtx *c, PV self, PV *a, int n, PV kw) {
    PV m = first_map(c, self), name = m ? rt_str_cstr(c, "clear") : PV_NULL;
    PV r = name ? rt_call_method(c, m, name, NULL, 0, PV_NULL) : PV_NULL;
    pv_xdecref(c, name);
    return r;
}

/* ChainMap(maps[0].copy(), *maps[1:]) */
static PV m_copy(PCtx *c, PV self, PV *a, int n, PV kw) {
    PV m = first_map(c, self), name = m ? rt_str_cstr(c, "copy") : PV_NULL;
    PV first = name ? rt_call_method(c, m, name, NULL, 0, PV_NULL) : PV_NULL;
    pv_xdecref(c, name);
    PV r = first ? with_maps(c, self, first, 1) : PV_NULL;
    pv_xdecref(c, first);
    return r;
}

static const RtMethDef chainmap_methods_table[] = {
    {"new_child", m_new_child, RT_M_RAW, 0, 1, 0, NULL},
    {"get", m_get, RT_M_POS, 1, 2, 0, NULL},
    {"keys", m_keys, RT_M_NOARGS, 0, 0, 0, NULL},
    {"values", m_values, RT_M_NOARGS, 0, 0, 0, NULL},
    {"items", m_items, RT_M_NOARGS, 0, 0, 0, NULL},
    {"pop", m_pop, RT_M_POS, 1, 2, 0, NULL},
    {"popitem", m_popitem, RT_M_NOARGS, 0, 0, 0, NULL},
    {"clear", m_clear, RT_M_NOARGS, 0, 0, 0, NULL},
    {"copy", m_copy, RT_M_NOARGS, 0, 0, 0, NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL},
};
static const RtMethDef *const chainmap_methods[] = {chainmap_methods_table, NULL};

static void chainmap_traverse(PObj *o, RtVisit visit, void *arg) { visit(&((RtChainMap *)o)->maps, arg); }

static PV chainmap_snap_make(RtSnapR *r, int type) {
    return (PV)rt_obj_new(rt_snap_ctx(r), type, sizeof(RtChainMap));
}

static int chainmap_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    PV m = ((RtChainMap *)o)->maps;
    return m && RT_IS(m, RT_T_LIST) ? 0 : -1;
}

static PithValue *chainmap_to_host(PCtx *c, PV v, RtHostPath *path) {
    PV d = rt_chainmap_flat(c, v);
    PithValue *h = d ? rt_host_value(c, d, path) : NULL;
    pv_xdecref(c, d);
    return h;
}

const RtTypeDesc rt_chainmap_type = {
    .name = "ChainMap",
    .flags = RT_TF_GC,
    .cls = PITH_B_CHAINMAP,
    .traverse = chainmap_traverse,
    .repr = chainmap_repr,
    .hash = rt_hash_unhashable,
    .compare = chainmap_compare,
    .iter = chainmap_iter,
    .methods = chainmap_methods,
    .to_host = chainmap_to_host,
    .len = chainmap_len,
    .truth = chainmap_truth,
    .contains = chainmap_contains,
    .getitem = chainmap_getitem,
    .setitem = chainmap_setitem,
    .delitem = chainmap_delitem,
    .getattr = chainmap_getattr,
    .snap_tag = SNAP_O_CHAINMAP,
    .snap_make = chainmap_snap_make,
    .snap_check = chainmap_snap_check,
};
