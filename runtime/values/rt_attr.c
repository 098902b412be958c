/* rt_attr.c — attributes and methods of built-in values: rt_getattr (data attributes such as x.real or
 * r.start, and bound methods as RtMethod values), rt_setattr (an AttributeError worded as CPython, except on
 * functions), rt_call_method / rt_method_call, and the argument binding of RtMethDef tables with CPython's
 * messages for each calling style. Objects of user classes (instances, classes, bound methods, wrappers) are
 * handed to rt_instance.c. Stage: runtime. Data attributes are each type's getattr hook (rt_type.h). */
#include <stdio.h>
#include <string.h>

#include "pith_dunder.h"
#include "rt_class.h"
#include "rt_values.h"
#include "rt_set.h"
#include "rt_snap_codec.h"

static const RtMethDef *meth_in(const RtMethDef *const *tables, PV name) {
    for (; tables && *tables; tables++) {
        const RtMethDef *m = rt_meth_find(*tables, name);
        if (m) return m;
    }
    return NULL;
}

const RtMethDef *rt_meth_find(const RtMethDef *table, PV name) {
    for (; table && table->name; table++)
        if (rt_name_is(name, table->name)) return table;
    return NULL;
}

/* The method tables of a builtin class (str, list, ...) for unbound methods like str.lower; NULL if none.
 * bool's are int's: its values are immediates, with no descriptor of their own. */
static const RtMethDef *const *class_methods(int id) {
    const RtTypeDesc *t = rt_type_with_methods(id == PITH_B_BOOL ? PITH_B_INT : id);
    return t ? t->methods : rt_dict_kind_class_methods(id); /* Counter's share dict's descriptor */
}

/* A builtin class value (str, dict, ...) whose methods can be taken unbound: its PITH_B_* id, else -1. */
static int class_id(PV o) {
    if (!RT_IS(o, RT_T_BUILTIN)) return -1;
    int id = ((RtBuiltin *)o)->id;
    return class_methods(id) || rt_dict_kind_statics(id) ? id : -1;
}

/* The method `name` of self's type (its descriptor's tables), or NULL. Small ints and bools are not objects. */
static const RtMethDef *meth_lookup(PV self, PV name) {
    if (!PV_IS_OBJ(self)) return rt_is_int(self) ? rt_meth_find(rt_int_methods, name) : NULL;
    const RtTypeDesc *t = rt_type_desc(RT_OBJ(self));
    return meth_in(t->methods_of ? t->methods_of(self) : t->methods, name);
}

/* ---- data attributes ---- */

/* x.real, r.start, e.args, ...: 1 found (*out new ref), 0 no such data attribute, -1 error. */
static int data_attr(PCtx *c, PV o, PV name, PV *out) {
    if (!PV_IS_OBJ(o)) return rt_is_int(o) ? rt_int_getattr(c, o, name, out) : 0; /* small ints and bools */
    const RtTypeDesc *t = rt_type_desc(RT_OBJ(o));
    return t->getattr ? t->getattr(c, o, name, out) : 0;
}

static void err_no_attr(PCtx *c, PV o, PV name) {
    if (RT_IS(o, RT_T_BUILTIN) && rt_builtin_is_class(((RtBuiltin *)o)->id))
        rt_err(c, PITH_B_ATTRIBUTEERROR, "type object '%s' has no attribute '%S'", rt_class_value_name(o), name);
    else
        rt_err(c, PITH_B_ATTRIBUTEERROR, "'%s' object has no attribute '%S'", rt_type_name(o), name);
}

/* The method of class id that takes no instance (dict.fromkeys), or NULL: its type's statics. */
typedef PV (*StaticFn)(PCtx *c, PV *args, int nargs, PV kwnames);
static StaticFn static_find(int id, PV name) {
    const RtTypeDesc *t = id < 0 ? NULL : rt_type_with_methods(id);
    /* the dicts of collections share dict's descriptor but have class methods of their own */
    const RtStaticDef *statics = id >= 0 && rt_dict_kind_statics(id) ? rt_dict_kind_statics(id) : t ? t->statics : NULL;
    for (const RtStaticDef *d = statics; d && d->name; d++)
        if (rt_name_is(name, d->name)) return d->fn;
    return NULL;
}

/* Is name a method of class id, taken unbound (str.lower, dict.fromkeys)? */
static int class_has(int id, PV name) {
    if (id < 0) return 0;
    return static_find(id, name) || meth_in(class_methods(id), name);
}

/* Objects whose attributes user classes define: their type says so (RT_TF_USER_ATTRS), or they are instances of
 * a user exception class (an exception object whose class is a user class). */
static int user_attrs(PV o) {
    return PV_IS_OBJ(o) && ((rt_type_desc(RT_OBJ(o))->flags & RT_TF_USER_ATTRS) || rt_is_user_obj(o));
}

PV rt_getattr(PCtx *c, PV o, PV name) {
    PV v;
    if (user_attrs(o)) return rt_user_getattr(c, o, name, 0);
    if (rt_name_is(name, "__class__")) return rt_type_of(c, o);
    if (((RtStr *)name)->data[0] == '_' && ((RtStr *)name)->data[1] == '_') {
        int r = pith_dunder_allowed(((RtStr *)name)->data) ? rt_dunder_get(c, o, ((RtStr *)name)->data, &v) : 0;
        if (!r && pith_dunder_allowed(((RtStr *)name)->data)) r = rt_builtin_dunder(c, o, name, &v); /* [].__len__ */
        if (r) return r > 0 ? v : PV_NULL;
        if (!meth_lookup(o, name)) { /* a dunder method of the type's own table: asyncio.Lock's __aenter__ */
            err_no_attr(c, o, name);
            return PV_NULL;
        }
    } else {
        int r = data_attr(c, o, name, &v);
        if (r) return r > 0 ? v : PV_NULL;
        if (!meth_lookup(o, name) && !class_has(class_id(o), name) && !static_find(rt_class_of(o), name)) {
            err_no_attr(c, o, name);
            return PV_NULL;
        }
    }
    RtMethod *m = (RtMethod *)rt_obj_new(c, RT_T_METHOD, sizeof(RtMethod));
    if (!m) return PV_NULL;
    pv_incref(o);
    pv_incref(name);
    m->self = o;
    m->name = name;
    return (PV)m;
}

int rt_setattr(PCtx *c, PV o, PV name, PV value) {
    const RtTypeDesc *t = PV_IS_OBJ(o) ? rt_type_desc(RT_OBJ(o)) : NULL;
    int r = t && t->setattr ? t->setattr(c, o, name, value) : 0;
    if (r) return r > 0 ? 0 : -1;
    PV v; /* refused: say why, as CPython does */
    r = data_attr(c, o, name, &v);
    if (r < 0) return -1;
    if (r > 0) {
        pv_decref(c, v);
        if (PV_IS_OBJ(o) && (rt_type_desc(RT_OBJ(o))->flags & RT_TF_READONLY_FIELDS))
            rt_err(c, PITH_B_ATTRIBUTEERROR, "readonly attribute");
        else
            rt_err(c, PITH_B_ATTRIBUTEERROR, "attribute '%S' of '%s' objects is not writable", name, rt_type_name(o));
    } else if (meth_lookup(o, name)) {
        rt_err(c, PITH_B_ATTRIBUTEERROR, "'%s' object attribute '%S' is read-only", rt_type_name(o), name);
    } else {
        rt_err(c, PITH_B_ATTRIBUTEERROR, "'%s' object has no attribute '%S'", rt_type_name(o), name);
    }
    return -1;
}

/* ---- argument binding ---- */

static const char *plural(int n) { return n == 1 ? "" : "s"; }

/* How a method's errors name its type: the class's own name ("deque.pop()", not "collections.deque.pop()"). */
static const char *owner(PV self) {
    const char *n = rt_type_name(self), *dot = strrchr(n, '.');
    return dot ? dot + 1 : n;
}

/* Positional count check for the non-keyword styles; 0 ok, -1 TypeError. */
static int check_count(PCtx *c, const RtMethDef *m, PV self, int n) {
    switch (m->style) {
    case RT_M_NOARGS:
        if (n == 0) return 0;
        rt_err(c, PITH_B_TYPEERROR, "%s.%s() takes no arguments (%d given)", owner(self), m->name, n);
        return -1;
    case RT_M_O:
        if (n == 1) return 0;
        rt_err(c, PITH_B_TYPEERROR, "%s.%s() takes exactly one argument (%d given)", owner(self), m->name, n);
        return -1;
    case RT_M_POS:
        if (n < m->min && m->min == m->max)
            rt_err(c, PITH_B_TYPEERROR, "%s expected %d argument%s, got %d", m->name, m->min, plural(m->min), n);
        else if (n < m->min)
            rt_err(c, PITH_B_TYPEERROR, "%s expected at least %d argument%s, got %d", m->name, m->min, plural(m->min),
                   n);
        else if (n > m->max)
            rt_err(c, PITH_B_TYPEERROR, "%s expected at most %d argument%s, got %d", m->name, m->max, plural(m->max),
                   n);
        else
            return 0;
        return -1;
    default: /* RT_M_OLD */
        if (n < m->min)
            rt_err(c, PITH_B_TYPEERROR, "%s() takes at least %d argument%s (%d given)", m->name, m->min, plural(m->min),
                   n);
        else if (n > m->max)
            rt_err(c, PITH_B_TYPEERROR, "%s() takes at most %d argument%s (%d given)", m->name, m->max, plural(m->max),
                   n);
        else
            return 0;
        return -1;
    }
}

/* RT_M_KW: place keywords by name after the positionals. */
static int bind_keywords(PCtx *c, const RtMethDef *m, PV *a, int npos, PV *kwv, PV kwnames) {
    if (npos > m->max) {
        if (m->max == 0)
            rt_err(c, PITH_B_TYPEERROR, "%s() takes no positional arguments", m->name);
        else
            rt_err(c, PITH_B_TYPEERROR, "%s() takes at most %d argument%s (%d given)", m->name, m->max, plural(m->max),
                   npos);
        return -1;
    }
    pi64 nkw = kwnames ? ((RtTuple *)kwnames)->n : 0;
    for (pi64 k = 0; k < nkw; k++) {
        PV kn = ((RtTuple *)kwnames)->items[k];
        int slot = -1;
        for (int i = 0; i < m->npar; i++)
            if (rt_name_is(kn, m->kw[i])) slot = i;
        if (slot < 0) {
            rt_err(c, PITH_B_TYPEERROR, "'%S' is an invalid keyword argument for %s()", kn, m->name);
            return -1;
        }
        if (slot < npos) {
            rt_err(c, PITH_B_TYPEERROR, "argument for %s() given by name ('%s') and position (%d)", m->name,
                   m->kw[slot], slot + 1);
            return -1;
        }
        a[slot] = kwv[k];
    }
    for (int i = npos; i < m->min; i++) {
        if (!a[i]) {
            rt_err(c, PITH_B_TYPEERROR, "%s() missing required argument '%s' (pos %d)", m->name, m->kw[i], i + 1);
            return -1;
        }
    }
    return 0;
}

static PV call_def(PCtx *c, const RtMethDef *m, PV self, PV *args, int nargs, PV kwnames) {
    if (m->style == RT_M_RAW) return m->fn(c, self, args, nargs, kwnames);
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0, npos = nargs - nkw;
    PV a[RT_MAX_METH_ARGS] = {0};
    if (m->style == RT_M_KW) {
        if (bind_keywords(c, m, a, npos, args + npos, kwnames) < 0) return PV_NULL;
    } else {
        if (nkw) {
            if (m->style == RT_M_OLD)
                rt_err(c, PITH_B_TYPEERROR, "%s() takes no keyword arguments", m->name);
            else
                rt_err(c, PITH_B_TYPEERROR, "%s.%s() takes no keyword arguments", owner(self), m->name);
            return PV_NULL;
        }
        if (check_count(c, m, self, npos) < 0) return PV_NULL;
    }
    for (int i = 0; i < npos && i < RT_MAX_METH_ARGS; i++) a[i] = args[i];
    return m->fn(c, self, a, npos, PV_NULL);
}

/* dict.fromkeys(iterable, value=None). */
/* cls.name(self, *args): an unbound method of a builtin class called with its instance first. */
static PV call_unbound(PCtx *c, int id, PV name, PV *args, int nargs, PV kwnames) {
    StaticFn sf = static_find(id, name);
    if (sf) return sf(c, args, nargs, kwnames);
    int npos = nargs - (kwnames ? (int)((RtTuple *)kwnames)->n : 0);
    const char *cls = rt_builtin_name(id);
    if (npos < 1) {
        rt_err(c, PITH_B_TYPEERROR, "unbound method %s.%S() needs an argument", cls, name);
        return PV_NULL;
    }
    int k = rt_class_of(args[0]);
    if (k != id && !rt_is_subclass(k, id)) {
        rt_err(c, PITH_B_TYPEERROR, "descriptor '%S' for '%s' objects doesn't apply to a '%s' object", name, cls,
               rt_type_name(args[0]));
        return PV_NULL;
    }
    const RtMethDef *m = k != id ? meth_in(class_methods(id), name) : NULL;
    if (m) return call_def(c, m, args[0], args + 1, nargs - 1, kwnames); /* dict.update(counter): dict's own */
    return rt_call_method(c, args[0], name, args + 1, nargs - 1, kwnames);
}

PV rt_call_method(PCtx *c, PV self, PV name, PV *args, int nargs, PV kwnames) {
    if (user_attrs(self)) { /* the bound method (or whatever the attribute is), then the call */
        PV f = rt_user_getattr(c, self, name, 0);
        if (!f) return PV_NULL;
        PV r = rt_call_value(c, f, args, nargs, kwnames);
        pv_decref(c, f);
        return r;
    }
    const RtTypeDesc *t = PV_IS_OBJ(self) ? rt_type_desc(RT_OBJ(self)) : NULL;
    const RtMethDef *m = meth_lookup(self, name);
    /* methods that scan their receiver are charged time in proportion (its type's method_scan) */
    if (m && t && t->method_scan && rt_tick(c, t->method_scan(self) >> 8) < 0) return PV_NULL;
    if (m) return call_def(c, m, self, args, nargs, kwnames);
    StaticFn sf = static_find(rt_class_of(self), name);
    if (sf) return sf(c, args, nargs, kwnames);
    int id = class_id(self);
    if (class_has(id, name)) return call_unbound(c, id, name, args, nargs, kwnames);
    PV f = rt_getattr(c, self, name); /* data attributes, exception attributes, or the AttributeError */
    if (!f) return PV_NULL;
    PV r = rt_call_value(c, f, args, nargs, kwnames);
    pv_decref(c, f);
    return r;
}

PV rt_method_call(PCtx *c, PV method, PV *args, int nargs, PV kwnames) {
    RtMethod *m = (RtMethod *)method;
    return rt_call_method(c, m->self, m->name, args, nargs, kwnames);
}

/* ---- the bound-method type ---- */

static void method_traverse(PObj *o, RtVisit visit, void *arg) {
    visit(&((RtMethod *)o)->self, arg);
    visit(&((RtMethod *)o)->name, arg);
}

/* "<built-in method append of list object at 0x...>"; unbound: "<method 'lower' of 'str' objects>". */
static PV method_repr(PCtx *c, PV v) {
    RtMethod *m = (RtMethod *)v;
    char buf[200];
    const char *name = rt_strp(m->name)->data;
    int n;
    if (RT_IS(m->self, RT_T_BUILTIN)) {
        const char *cls = rt_builtin_name(((RtBuiltin *)m->self)->id);
        if (strcmp(name, "fromkeys") == 0)
            n = snprintf(buf, sizeof buf, "<built-in method fromkeys of type object at 0x%llx>",
                         (unsigned long long)rt_identity(c, m->self));
        else if (rt_builtin_module(((RtBuiltin *)m->self)->id))
            n = snprintf(buf, sizeof buf, "<method '%.80s' of '%s.%s' objects>", name,
                         rt_builtin_module(((RtBuiltin *)m->self)->id), cls);
        else
            n = snprintf(buf, sizeof buf, "<method '%.80s' of '%s' objects>", name, cls);
    } else {
        n = snprintf(buf, sizeof buf, "<built-in method %.80s of %s object at 0x%llx>", name, rt_type_name(m->self),
                     (unsigned long long)rt_identity(c, m->self));
    }
    return rt_str_new(c, buf, n);
}

static int method_hash(PCtx *c, PV v, pu64 *out) {
    *out = rt_identity_hash(((RtMethod *)v)->self) ^ rt_str_hash(c, ((RtMethod *)v)->name);
    return 0;
}

static int method_eq(PCtx *c, PV a, PV b) {
    (void)c;
    const RtMethod *x = (const RtMethod *)a, *y = (const RtMethod *)b;
    return x->self == y->self && rt_str_eq(x->name, y->name);
}

static PV method_snap_make(RtSnapR *r, int type) { return (PV)rt_obj_new(rt_snap_ctx(r), type, sizeof(RtMethod)); }

static int method_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    RtMethod *m = (RtMethod *)o;
    return m->self && m->name && RT_IS(m->name, RT_T_STR) ? 0 : -1;
}

/* "list.append()", "str.join()": how argument errors name a method. */
static PV method_call_name(PCtx *c, PV f) {
    RtMethod *m = (RtMethod *)f;
    const char *owner =
        RT_IS(m->self, RT_T_BUILTIN) ? rt_builtin_name(((RtBuiltin *)m->self)->id) : rt_type_name(m->self);
    char buf[220];
    snprintf(buf, sizeof buf, "%s.%.100s()", owner, RT_IS(m->name, RT_T_STR) ? rt_strp(m->name)->data : "?");
    return rt_str_cstr(c, buf);
}

const RtTypeDesc rt_method_type = {
    .name = "builtin_function_or_method",
    .flags = RT_TF_GC,
    .cls = PITH_B_BUILTIN_FUNCTION,
    .traverse = method_traverse,
    .repr = method_repr,
    .hash = method_hash,
    .eq = method_eq,
    .call = rt_method_call,
    .call_name = method_call_name,
    .snap_tag = SNAP_O_METHOD,
    .snap_make = method_snap_make,
    .snap_check = method_snap_check,
};
