/* rt_value_base.c — instances that are builtin values: an IntEnum or StrEnum member is an int or a str, a
 * namedtuple is a tuple. Such an instance keeps the value it is in RtInstance.value, and every behaviour its
 * class does not define is the value's (rt_instance.c asks here after the class's own dunders: arithmetic,
 * comparisons, hash, len, iteration, indexing, `in`, and the value's methods), as a subclass of int, str or
 * tuple behaves in CPython. This file also makes namedtuple classes: `class P(NamedTuple)` and
 * collections.namedtuple; their methods are runtime-written ones (RT_NM_NT_*, rt_mod_collections.c).
 * Stage: runtime, part values. */
#include <string.h>

#include "rt_class.h"
#include "rt_svc.h"

PV rt_instance_value(PV v) { return v && RT_IS(v, RT_T_INSTANCE) ? ((RtInstance *)v)->value : PV_NULL; }

PV rt_tuple_class_fields(PV cls) {
    if (!cls || !RT_IS(cls, RT_T_CLASS)) return PV_NULL;
    PV f = rt_class_lookup_cstr(cls, "_fields"); /* a class attribute the program could rebind: checked */
    if (!f || !RT_IS(f, RT_T_TUPLE)) return PV_NULL;
    for (pi64 i = 0; i < ((RtTuple *)f)->n; i++)
        if (!rt_is_str(((RtTuple *)f)->items[i])) return PV_NULL;
    return f;
}

/* The index of name in a namedtuple's fields, or -1. */
static pi64 field_index(PV o, PV name) {
    PV value = rt_instance_value(o), f = rt_tuple_class_fields(rt_user_class(o));
    if (!value || !RT_IS(value, RT_T_TUPLE) || !f) return -1;
    for (pi64 i = 0; i < ((RtTuple *)f)->n && i < ((RtTuple *)value)->n; i++)
        if (rt_is_str(((RtTuple *)f)->items[i]) && rt_str_eq(((RtTuple *)f)->items[i], name)) return i;
    return -1;
}

int rt_value_getattr(PCtx *c, PV o, PV name, PV *out) {
    PV value = rt_instance_value(o);
    if (!value) return 0;
    pi64 i = field_index(o, name);
    if (i >= 0) {
        *out = ((RtTuple *)value)->items[i];
        pv_incref(*out);
        return 1;
    }
    if (rt_sdata(name)[0] == '_' && rt_sdata(name)[1] == '_') return 0; /* dunders are the class's */
    PV r = rt_getattr(c, value, name); /* "upper" of a StrEnum member, "count" of a namedtuple */
    if (!r) {                          /* the instance's own AttributeError is raised instead */
        if (RT_CTX(c)->limit != RT_LIMIT_NONE) return -1;
        pv_decref(c, rt_exc_fetch(c));
        return 0;
    }
    *out = r;
    return 1;
}

int rt_value_setattr_refused(PCtx *c, PV o, PV name) {
    if (field_index(o, name) < 0) return 0;
    rt_err(c, PITH_B_ATTRIBUTEERROR, "can't set attribute");
    return 1;
}

/* ---- making namedtuple classes ---- */

static int set_cstr(PCtx *c, PV d, const char *key, PV value_steal) {
    if (!value_steal) return -1;
    PV k = rt_str_cstr(c, key);
    int r = k ? rt_dict_set(c, d, k, value_steal) : -1;
    pv_xdecref(c, k);
    pv_decref(c, value_steal);
    return r;
}

/* What every namedtuple class has, added to ns where the class body did not define it. */
static int add_methods(PCtx *c, PV ns, PV fields, PV defaults_dict) {
    static const struct {
        const char *name;
        int which;
    } meths[] = {{"__init__", RT_NM_NT_NEW},
                 {"__repr__", RT_NM_NT_REPR},
                 {"_replace", RT_NM_NT_REPLACE},
                 {"_asdict", RT_NM_NT_ASDICT}};
    if (set_cstr(c, ns, "_fields", (pv_incref(fields), fields)) < 0 ||
        set_cstr(c, ns, "_field_defaults", (pv_incref(defaults_dict), defaults_dict)) < 0 ||
        set_cstr(c, ns, "__match_args__", (pv_incref(fields), fields)) < 0 ||
        set_cstr(c, ns, "__slots__", rt_tuple_new(c, 0)) < 0)
        return -1;
    for (size_t i = 0; i < sizeof meths / sizeof meths[0]; i++) {
        PV k = rt_str_cstr(c, meths[i].name), have;
        int r = k ? rt_dict_lookup(c, ns, k, &have) : -1;
        pv_xdecref(c, k);
        if (r < 0) return -1;
        if (r == 0 && set_cstr(c, ns, meths[i].name, rt_natmeth_new(c, meths[i].which, PV_NONE)) < 0) return -1;
    }
    PV make = rt_natmeth_new(c, RT_NM_NT_MAKE, PV_NONE);
    PV cm = make ? rt_wrap_new(c, RT_W_CLASSMETHOD, make, PV_NULL, PV_NULL) : PV_NULL;
    pv_xdecref(c, make);
    return set_cstr(c, ns, "_make", cm);
}

/* The natmeths were made before their class: each serves the class it is found on. */
static void bind_methods(PCtx *c, PV cls) {
    pi64 pos = 0;
    PV k, v;
    while (rt_dict_next_entry((RtDict *)((RtClass *)cls)->dict, &pos, &k, &v)) {
        if (RT_IS(v, RT_T_WRAP) && ((RtWrap *)v)->kind == RT_W_CLASSMETHOD) v = ((RtWrap *)v)->a;
        if (!RT_IS(v, RT_T_NATMETH) || ((RtNatMeth *)v)->data != PV_NONE) continue;
        pv_incref(cls);
        ((RtNatMeth *)v)->data = cls; /* None is immortal: nothing to release */
    }
}

static PV make_class(PCtx *c, PV ns, PV name, PV qualname, PV fields, PV defaults_dict) {
    PV tup = rt_builtin(c, PITH_B_TUPLE);
    PV bases = tup ? rt_tuple_from_steal(c, &tup, 1) : PV_NULL;
    PV cls = PV_NULL;
    if (bases && add_methods(c, ns, fields, defaults_dict) == 0) cls = rt_class_make(c, ns, name, qualname, bases, 1);
    pv_xdecref(c, bases);
    if (cls) bind_methods(c, cls);
    return cls;
}

PV rt_namedtuple_class(PCtx *c, PV name, PV fields, PV defaults) {
    PV ns = rt_dict_new(c), dd = rt_dict_new(c);
    PV cls = PV_NULL;
    pi64 nf = ((RtTuple *)fields)->n, nd = ((RtTuple *)defaults)->n;
    int ok = ns && dd;
    for (pi64 i = 0; ok && i < nd; i++)
        ok = rt_dict_set(c, dd, ((RtTuple *)fields)->items[nf - nd + i], ((RtTuple *)defaults)->items[i]) == 0;
    if (ok) cls = make_class(c, ns, name, name, fields, dd);
    pv_xdecref(c, ns);
    pv_xdecref(c, dd);
    return cls;
}

PV rt_namedtuple_class_stmt(PCtx *c, PV ns, PV name, PV qualname) {
    PV ann = PV_NULL, k, v;
    pi64 pos = 0;
    while (rt_dict_next_entry((RtDict *)ns, &pos, &k, &v))
        if (rt_name_is(k, "__annotations__")) ann = v;
    PV body = rt_dict_new(c), dd = rt_dict_new(c), names = rt_list_new(c, 0), fields = PV_NULL, cls = PV_NULL;
    if (!body || !dd || !names) goto done;
    int prev_default = 0;
    pos = 0;
    while (ann && RT_IS(ann, RT_T_DICT) && rt_dict_next_entry((RtDict *)ann, &pos, &k, &v)) {
        if (rt_sdata(k)[0] == '_') {
            rt_err(c, PITH_B_VALUEERROR, "Field names cannot start with an underscore: %R", k);
            goto done;
        }
        if (rt_list_append(c, names, k) < 0) goto done;
        PV d;
        int r = rt_dict_lookup(c, ns, k, &d);
        if (r < 0) goto done;
        if (r) {
            if (rt_dict_set(c, dd, k, d) < 0) goto done;
            prev_default = 1;
        } else if (prev_default) {
            PithBuf b = rt_buf_new(c);
            pi64 p2 = 0;
            PV dk, dv;
            while (rt_dict_next_entry((RtDict *)dd, &p2, &dk, &dv)) {
                if (p2 > 1) pith_buf_puts(&b, ", ");
                rt_buf_put_str(&b, dk);
            }
            PV joined = rt_buf_finish(&b);
            if (joined)
                rt_err(c, PITH_B_TYPEERROR, "Non-default namedtuple field %S cannot follow default field%s %S", k,
                       ((RtDict *)dd)->n > 1 ? "s" : "", joined);
            pv_xdecref(c, joined);
            goto done;
        }
    }
    pos = 0; /* the body's names, less the fields (their defaults are in _field_defaults) */
    while (rt_dict_next_entry((RtDict *)ns, &pos, &k, &v)) {
        PV d;
        int r = ann && RT_IS(ann, RT_T_DICT) ? rt_dict_lookup(c, ann, k, &d) : 0;
        if (r < 0) goto done;
        if (!r && !rt_name_is(k, "__annotations__") && rt_dict_set(c, body, k, v) < 0) goto done;
    }
    if (!(fields = rt_list_to_tuple(c, names))) goto done;
    cls = make_class(c, body, name, qualname, fields, dd);
done:
    pv_xdecref(c, body);
    pv_xdecref(c, dd);
    pv_xdecref(c, names);
    pv_xdecref(c, fields);
    return cls;
}
