/* rt_dict_kind.c — the dict subclasses of collections: Counter, defaultdict and OrderedDict. Each is a dict
 * (RT_T_DICT, rt_dict.c) whose kind sits in PObj.flags (rt_values.h), so dict's fast paths, isinstance(x, dict),
 * dict(x) and the dict methods need nothing; rt_dict.c's hooks ask this file only for what differs: the class,
 * a missing key (0 for a Counter, the factory's value for a defaultdict), repr, OrderedDict's order-sensitive
 * equality, `|` keeping the kind, the kinds' own methods and defaultdict.default_factory. Counter's counting and
 * arithmetic are rt_counter.c. Stage: runtime values. */
#include <string.h>

#include "rt_values.h"

PV rt_dict_kind_new(PCtx *c, int kind, PV factory) {
    RtDictKind *d = (RtDictKind *)rt_obj_new(c, RT_T_DICT, sizeof(RtDictKind));
    if (!d) return PV_NULL;
    d->d.h.flags = (unsigned short)kind;
    if (kind == RT_DK_DEFAULT) {
        pv_incref(factory);
        d->factory = factory;
    }
    return (PV)d;
}

int rt_dict_kind_class(PV d) {
    switch (rt_dict_kind(d)) {
    case RT_DK_COUNTER: return PITH_B_COUNTER;
    case RT_DK_DEFAULT: return PITH_B_DEFAULTDICT;
    case RT_DK_ORDERED: return PITH_B_ORDEREDDICT;
    default: return PITH_B_DICT;
    }
}

static PV factory_of(PV d) {
    PV f = rt_dict_kind(d) == RT_DK_DEFAULT ? ((RtDictKind *)d)->factory : PV_NULL;
    return f ? f : PV_NONE;
}

PV rt_dict_kind_copy(PCtx *c, PV d) {
    PV r = rt_dict_kind(d) ? rt_dict_kind_new(c, rt_dict_kind(d), factory_of(d)) : rt_dict_new(c);
    if (r && rt_dict_merge(c, r, d) < 0) {
        pv_decref(c, r);
        return PV_NULL;
    }
    return r;
}

/* ---- missing keys ---- */

PV rt_dict_kind_missing(PCtx *c, PV d, PV key) {
    if (rt_dict_kind(d) == RT_DK_COUNTER) return PV_INT(0);
    PV f = factory_of(d);
    if (rt_dict_kind(d) != RT_DK_DEFAULT || f == PV_NONE) {
        rt_err_key(c, key);
        return PV_NULL;
    }
    /* the factory is Python code: hold what it could drop */
    pv_incref(d);
    pv_incref(key);
    pv_incref(f);
    PV v = rt_call_value(c, f, NULL, 0, PV_NULL);
    if (v && rt_dict_set(c, d, key, v) < 0) {
        pv_decref(c, v);
        v = PV_NULL;
    }
    pv_decref(c, f);
    pv_decref(c, key);
    pv_decref(c, d);
    return v;
}

/* ---- repr ---- */

/* "OrderedDict([('a', 1)])", "OrderedDict()", "..." inside itself (CPython 3.11). */
static PV odict_repr(PCtx *c, PV d) {
    if (((RtDict *)d)->n == 0) return rt_str_cstr(c, "OrderedDict()");
    if (RT_OBJ(d)->flags & RT_FLAG_REPR) return rt_str_cstr(c, "...");
    if (rt_nest_enter(c, " while getting the repr of an object") < 0) return PV_NULL;
    RT_OBJ(d)->flags |= RT_FLAG_REPR;
    PithBuf b = rt_buf_new(c);
    int rc = pith_buf_puts(&b, "OrderedDict([");
    pi64 pos = 0;
    PV k, v;
    for (int first = 1; rc == 0 && rt_dict_next_entry((RtDict *)d, &pos, &k, &v); first = 0) {
        pv_incref(k);
        pv_incref(v);
        if (!first) rc = pith_buf_put(&b, ", ", 2);
        if (rc == 0) rc = pith_buf_putc(&b, '(');
        if (rc == 0) rc = rt_buf_put_repr(&b, k);
        if (rc == 0) rc = pith_buf_put(&b, ", ", 2);
        if (rc == 0) rc = rt_buf_put_repr(&b, v);
        if (rc == 0) rc = pith_buf_putc(&b, ')');
        pv_decref(c, k);
        pv_decref(c, v);
        if (rc == 0) rc = rt_tick(c, 1);
    }
    if (rc == 0) rc = pith_buf_puts(&b, "])");
    RT_OBJ(d)->flags &= (unsigned short)~RT_FLAG_REPR;
    rt_nest_leave(c);
    if (rc < 0) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    return rt_buf_finish(&b);
}

/* "defaultdict(<class 'list'>, {'a': [1]})" */
static PV defaultdict_repr(PCtx *c, PV d) {
    PV f = factory_of(d);
    pv_incref(f);
    PV fr = rt_repr(c, f), dr = fr ? rt_dict_repr_items(c, d) : PV_NULL;
    pv_decref(c, f);
    PithBuf b = rt_buf_new(c);
    int rc = dr ? pith_buf_puts(&b, "defaultdict(") : -1;
    if (rc == 0) rc = pith_buf_put(&b, rt_strp(fr)->data, (size_t)rt_strp(fr)->nbytes);
    if (rc == 0) rc = pith_buf_put(&b, ", ", 2);
    if (rc == 0) rc = pith_buf_put(&b, rt_strp(dr)->data, (size_t)rt_strp(dr)->nbytes);
    if (rc == 0) rc = pith_buf_putc(&b, ')');
    pv_xdecref(c, fr);
    pv_xdecref(c, dr);
    if (rc < 0) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    return rt_buf_finish(&b);
}

PV rt_dict_kind_repr(PCtx *c, PV d) {
    switch (rt_dict_kind(d)) {
    case RT_DK_COUNTER: return rt_counter_repr(c, d);
    case RT_DK_DEFAULT: return defaultdict_repr(c, d);
    case RT_DK_ORDERED: return odict_repr(c, d);
    default: return rt_dict_repr_items(c, d);
    }
}

/* ---- comparisons and operators ---- */

/* OrderedDict == OrderedDict also compares the order of the keys; everything else compares as dicts. */
static int odict_equal(PCtx *c, PV a, PV b) {
    int eq = rt_dict_equal(c, a, b);
    if (eq != 1) return eq;
    pi64 pa = 0, pb = 0;
    PV ka, va, kb, vb;
    while (eq == 1 && rt_dict_next_entry((RtDict *)a, &pa, &ka, &va) &&
           rt_dict_next_entry((RtDict *)b, &pb, &kb, &vb)) {
        pv_incref(ka);
        pv_incref(kb);
        eq = rt_eq(c, ka, kb);
        pv_decref(c, ka);
        pv_decref(c, kb);
    }
    return eq;
}

int rt_dict_kind_compare(PCtx *c, int op, PV a, PV b, PV *out) {
    if (!RT_IS(a, RT_T_DICT) || !RT_IS(b, RT_T_DICT)) return 0;
    int ka = rt_dict_kind(a), kb = rt_dict_kind(b);
    if (ka == RT_DK_COUNTER && kb == RT_DK_COUNTER) return rt_counter_compare(c, op, a, b, out);
    if (ka == RT_DK_ORDERED && kb == RT_DK_ORDERED && (op == PITH_CMP_EQ || op == PITH_CMP_NE)) {
        int eq = odict_equal(c, a, b);
        *out = eq < 0 ? PV_NULL : PV_BOOL(eq == (op == PITH_CMP_EQ));
        return 1;
    }
    return 0;
}

/* a | b where a kind is involved: defaultdict and OrderedDict keep their kind (their __or__, or __ror__ when
 * only b has one: a copy of a of b's kind, then b merged); Counter | Counter is Counter's; else a plain dict. */
int rt_dict_kind_binop(PCtx *c, int op, PV a, PV b, int inplace, PV *out) {
    int r = rt_counter_binop(c, op, a, b, inplace, out);
    if (r || op != PITH_OP_BITOR || !RT_IS(a, RT_T_DICT)) return r;
    if (inplace) {
        *out = rt_dict_merge(c, a, b) < 0 ? PV_NULL : (pv_incref(a), a);
        return 1;
    }
    if (!RT_IS(b, RT_T_DICT)) return 0;
    int ka = rt_dict_kind(a), kb = rt_dict_kind(b);
    PV like = ka == RT_DK_DEFAULT || ka == RT_DK_ORDERED ? a : kb == RT_DK_DEFAULT || kb == RT_DK_ORDERED ? b : PV_NULL;
    *out = like ? rt_dict_kind_new(c, rt_dict_kind(like), factory_of(like)) : rt_dict_new(c);
    if (*out && (rt_dict_merge(c, *out, a) < 0 || rt_dict_merge(c, *out, b) < 0)) {
        pv_decref(c, *out);
        *out = PV_NULL;
    }
    return 1;
}

/* ---- attributes and methods ---- */

int rt_dict_kind_getattr(PCtx *c, PV d, PV name, PV *out) {
    (void)c;
    if (rt_dict_kind(d) != RT_DK_DEFAULT || !rt_name_is(name, "default_factory")) return 0;
    *out = factory_of(d);
    pv_incref(*out);
    return 1;
}

/* d.default_factory = f (any value, as CPython allows): 1 done, 0 refused (rt_setattr words the error). */
int rt_dict_kind_setattr(PCtx *c, PV d, PV name, PV value) {
    if (rt_dict_kind(d) != RT_DK_DEFAULT || !rt_name_is(name, "default_factory")) return 0;
    PV old = ((RtDictKind *)d)->factory;
    pv_incref(value);
    ((RtDictKind *)d)->factory = value;
    pv_xdecref(c, old);
    return 1;
}

static PV m_copy(PCtx *c, PV self, PV *a, int n, PV kw) { return rt_dict_kind_copy(c, self); }

static const RtMethDef defaultdict_methods[] = {
    {"copy", m_copy, RT_M_NOARGS, 0, 0, 0, NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL},
};

/* Re-inserting every other key after `key` moves it to the front: the table keeps insertion order only. */
static int move_to_front(PCtx *c, PV d, PV key) {
    PV rest = rt_dict_new(c), v;
    if (!rest) return -1;
    int r = rt_dict_pop_value(c, d, key, &v);
    if (r == 1) {
        r = rt_dict_merge(c, rest, d);
        if (r == 0) {
            rt_dict_clear(c, d);
            r = rt_dict_set(c, d, key, v);
        }
        if (r == 0) r = rt_dict_merge(c, d, rest);
        pv_decref(c, v);
    }
    pv_decref(c, rest);
    return r;
}

static int last_arg(PCtx *c, PV v) { return v ? rt_truth(c, v) : 1; }

static const char *const move_kw[] = {"key", "last"};

/* od.move_to_end(key, last=True): KeyError(key) when absent. */
static PV m_move_to_end(PCtx *c, PV self, PV *a, int n, PV kw) {
    int last = last_arg(c, a[1]);
    if (last < 0) return PV_NULL;
    PV v;
    int r = rt_dict_lookup(c, self, a[0], &v);
    if (r == 0) rt_err_key(c, a[0]);
    if (r != 1) return PV_NULL;
    PV key = a[0];
    pv_incref(key);
    if (last) {
        r = rt_dict_pop_value(c, self, key, &v);
        if (r == 1) {
            r = rt_dict_set(c, self, key, v);
            pv_decref(c, v);
        }
    } else {
        r = move_to_front(c, self, key);
    }
    pv_decref(c, key);
    return r < 0 ? PV_NULL : PV_NONE;
}

static const char *const popitem_kw[] = {"last"};

/* od.popitem(last=True): the last (or first) pair, KeyError('dictionary is empty'). */
static PV m_popitem(PCtx *c, PV self, PV *a, int n, PV kw) {
    int last = last_arg(c, a[0]);
    if (last < 0) return PV_NULL;
    RtDict *d = (RtDict *)self;
    if (d->n == 0) {
        PV msg = rt_str_cstr(c, "dictionary is empty");
        if (msg) rt_err_key(c, msg);
        pv_xdecref(c, msg);
        return PV_NULL;
    }
    PV kv[2];
    if (last) {
        rt_dict_pop_last(c, self, &kv[0], &kv[1]);
    } else {
        pi64 pos = 0;
        PV k, v;
        rt_dict_next_entry(d, &pos, &k, &v);
        pv_incref(k);
        int r = rt_dict_pop_value(c, self, k, &kv[1]);
        kv[0] = k;
        if (r != 1) {
            pv_decref(c, k);
            return PV_NULL;
        }
    }
    return rt_tuple_from_steal(c, kv, 2);
}

static const RtMethDef odict_methods[] = {
    {"copy", m_copy, RT_M_NOARGS, 0, 0, 0, NULL},
    {"move_to_end", m_move_to_end, RT_M_KW, 1, 2, 2, move_kw},
    {"popitem", m_popitem, RT_M_KW, 0, 1, 1, popitem_kw},
    {NULL, NULL, 0, 0, 0, 0, NULL},
};

static const RtMethDef *const counter_tables[] = {rt_counter_methods, rt_dict_methods, NULL};
static const RtMethDef *const default_tables[] = {defaultdict_methods, rt_dict_methods, NULL};
static const RtMethDef *const odict_tables[] = {odict_methods, rt_dict_methods, NULL};
static const RtMethDef *const plain_tables[] = {rt_dict_methods, NULL};

const RtMethDef *const *rt_dict_kind_methods(PV d) {
    switch (rt_dict_kind(d)) {
    case RT_DK_COUNTER: return counter_tables;
    case RT_DK_DEFAULT: return default_tables;
    case RT_DK_ORDERED: return odict_tables;
    default: return plain_tables;
    }
}

const RtMethDef *const *rt_dict_kind_class_methods(int cls) {
    switch (cls) {
    case PITH_B_COUNTER: return counter_tables;
    case PITH_B_DEFAULTDICT: return default_tables;
    case PITH_B_ORDEREDDICT: return odict_tables;
    default: return NULL;
    }
}

/* ---- the class methods: OrderedDict.fromkeys(...) (deduplicating in order, as agents use it) ---- */

static PV kind_fromkeys(PCtx *c, int kind, PV *args, int nargs, PV kwnames) {
    PV plain = rt_dict_fromkeys(c, args, nargs, kwnames);
    PV d = plain ? rt_dict_kind_new(c, kind, PV_NONE) : PV_NULL;
    if (d && rt_dict_merge(c, d, plain) < 0) {
        pv_decref(c, d);
        d = PV_NULL;
    }
    pv_xdecref(c, plain);
    return d;
}

static PV odict_fromkeys(PCtx *c, PV *args, int nargs, PV kwnames) {
    return kind_fromkeys(c, RT_DK_ORDERED, args, nargs, kwnames);
}

static PV defaultdict_fromkeys(PCtx *c, PV *args, int nargs, PV kwnames) {
    return kind_fromkeys(c, RT_DK_DEFAULT, args, nargs, kwnames);
}

static PV counter_fromkeys(PCtx *c, PV *args, int nargs, PV kwnames) {
    rt_err(c, PITH_B_NOTIMPLEMENTEDERROR, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
    return PV_NULL;
}

static const RtStaticDef odict_statics[] = {{"fromkeys", odict_fromkeys}, {NULL, NULL}};
static const RtStaticDef defaultdict_statics[] = {{"fromkeys", defaultdict_fromkeys}, {NULL, NULL}};
static const RtStaticDef counter_statics[] = {{"fromkeys", counter_fromkeys}, {NULL, NULL}};

const RtStaticDef *rt_dict_kind_statics(int cls) {
    switch (cls) {
    case PITH_B_ORDEREDDICT: return odict_statics;
    case PITH_B_DEFAULTDICT: return defaultdict_statics;
    case PITH_B_COUNTER: return counter_statics;
    default: return NULL;
    }
}

/* ---- construction: Counter(...), defaultdict(...), OrderedDict(...) ---- */

/* dict(src, **kw) into d (the dict constructor's arguments). */
static int fill_like_dict(PCtx *c, PV d, const char *name, PV *args, int npos, PV kwnames) {
    if (npos > 1) {
        rt_err(c, PITH_B_TYPEERROR, "%s expected at most 1 arguments, got %d", name, npos);
        return -1;
    }
    if (npos == 1 && rt_dict_merge(c, d, args[0]) < 0) return -1;
    for (pi64 i = 0; kwnames && i < ((RtTuple *)kwnames)->n; i++)
        if (rt_dict_set(c, d, ((RtTuple *)kwnames)->items[i], args[npos + i]) < 0) return -1;
    return 0;
}

static PV counter_call(PCtx *c, PV *args, int npos, PV kwnames) {
    if (npos > 1) {
        rt_err(c, PITH_B_TYPEERROR, "Counter.__init__() takes from 1 to 2 positional arguments but %d were given",
               npos + 1);
        return PV_NULL;
    }
    PV d = rt_dict_kind_new(c, RT_DK_COUNTER, PV_NULL);
    if (!d) return PV_NULL;
    int r = npos == 1 && args[0] != PV_NONE ? rt_counter_update(c, d, args[0], 1) : 0;
    if (r == 0 && kwnames && ((RtTuple *)kwnames)->n) {
        PV kw = rt_dict_new(c);
        r = kw ? fill_like_dict(c, kw, "Counter", args + npos, 0, kwnames) : -1;
        if (r == 0) r = rt_counter_update(c, d, kw, 1);
        pv_xdecref(c, kw);
    }
    if (r < 0) {
        pv_decref(c, d);
        return PV_NULL;
    }
    return d;
}

static PV defaultdict_call(PCtx *c, PV *args, int npos, PV kwnames) {
    PV f = npos ? args[0] : PV_NONE;
    if (f != PV_NONE && !(PV_IS_OBJ(f) && rt_type_desc(RT_OBJ(f))->call)) {
        rt_err(c, PITH_B_TYPEERROR, "first argument must be callable or None");
        return PV_NULL;
    }
    PV d = rt_dict_kind_new(c, RT_DK_DEFAULT, f);
    if (d && fill_like_dict(c, d, "defaultdict", args + (npos ? 1 : 0), npos ? npos - 1 : 0, kwnames) < 0) {
        pv_decref(c, d);
        return PV_NULL;
    }
    return d;
}

PV rt_dict_kind_call(PCtx *c, int id, PV *args, int nargs, PV kwnames) {
    int npos = nargs - (kwnames ? (int)((RtTuple *)kwnames)->n : 0);
    if (id == PITH_B_COUNTER) return counter_call(c, args, npos, kwnames);
    if (id == PITH_B_DEFAULTDICT) return defaultdict_call(c, args, npos, kwnames);
    PV d = rt_dict_kind_new(c, RT_DK_ORDERED, PV_NULL);
    if (d && fill_like_dict(c, d, "OrderedDict", args, npos, kwnames) < 0) {
        pv_decref(c, d);
        return PV_NULL;
    }
    return d;
}
