/* rt_method.c — what makes methods work: bound methods (RtBound) and the builtin wrappers of a class body
 * (staticmethod, classmethod, property and its setter/getter/deleter, super, object's own __init__/__str__/
 * __repr__/__setattr__ bound to an instance). The builtins that make them are builtins/rt_bi_class.c; calls
 * of user objects from state-machine code and the private chain are exec/rt_call_user.c.
 * Stage: runtime values. Layouts in rt_class.h. */
#include <stdio.h>
#include <string.h>

#include "rt_class.h"
#include "rt_svc.h"
#include "rt_snap_codec.h"

/* ---- bound methods ---- */

PV rt_bound_new(PCtx *c, PV func, PV self) {
    RtBound *m = (RtBound *)rt_obj_new(c, RT_T_BOUNDMETH, sizeof(RtBound));
    if (!m) return PV_NULL;
    pv_incref(func);
    pv_incref(self);
    m->func = func;
    m->self = self;
    return (PV)m;
}

/* (self, args...) in a local or allocated array; *a is what to free with rt_args_free. */
PV *rt_args_with_self(PCtx *c, PV self, PV *args, int nargs, PV *local) {
    PV *a = local;
    if (nargs + 1 > RT_ARGS_LOCAL && !(a = rt_alloc(c, sizeof(PV) * (size_t)(nargs + 1)))) return NULL;
    a[0] = self;
    for (int i = 0; i < nargs; i++) a[i + 1] = args[i];
    return a;
}

void rt_args_free(PCtx *c, PV *a, PV *local, int nargs) {
    if (a != local) rt_free(c, a, sizeof(PV) * (size_t)(nargs + 1));
}

static PV bound_call(PCtx *c, PV f, PV *args, int nargs, PV kwnames) {
    RtBound *m = (RtBound *)f;
    PV local[RT_ARGS_LOCAL], *a = rt_args_with_self(c, m->self, args, nargs, local);
    if (!a) return PV_NULL;
    PV func = m->func;
    pv_incref(func);
    PV r = rt_call_value(c, func, a, nargs + 1, kwnames);
    pv_decref(c, func);
    rt_args_free(c, a, local, nargs);
    return r;
}

static void bound_traverse(PObj *o, RtVisit visit, void *arg) {
    visit(&((RtBound *)o)->func, arg);
    visit(&((RtBound *)o)->self, arg);
}

/* "<bound method C.f of <__main__.C object at 0x...>>" */
static PV bound_repr(PCtx *c, PV v) {
    RtBound *m = (RtBound *)v;
    PithBuf b = rt_buf_new(c);
    pith_buf_puts(&b, "<bound method ");
    if (RT_IS(m->func, RT_T_FUNC)) {
        const PFuncDesc *fn = ((RtFunc *)m->func)->fn;
        pith_buf_puts(&b, fn->qualname ? fn->qualname : fn->name);
    } else {
        pith_buf_puts(&b, "?");
    }
    pith_buf_puts(&b, " of ");
    if (rt_buf_put_repr(&b, m->self) < 0) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    pith_buf_puts(&b, ">");
    return rt_buf_finish(&b);
}

static int bound_eq(PCtx *c, PV a, PV b) {
    const RtBound *x = (const RtBound *)a, *y = (const RtBound *)b;
    if (x->self != y->self) return 0;
    return rt_eq(c, x->func, y->func);
}

static int bound_hash(PCtx *c, PV v, pu64 *out) {
    (void)c;
    *out = rt_identity_hash(((RtBound *)v)->self) ^ rt_identity_hash(((RtBound *)v)->func);
    return 0;
}

static PV bound_snap_make(RtSnapR *r, int type) {
    RtBound *m = (RtBound *)rt_obj_new(rt_snap_ctx(r), type, sizeof(RtBound));
    if (m) m->func = m->self = PV_NULL;
    return (PV)m;
}

static int bound_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    return ((RtBound *)o)->func && ((RtBound *)o)->self ? 0 : -1;
}

/* A bound method is named by its function in argument errors: "__main__.C.f()". */
static PV bound_call_name(PCtx *c, PV m) {
    PV f = ((RtBound *)m)->func;
    const RtTypeDesc *t = PV_IS_OBJ(f) ? rt_type_desc(RT_OBJ(f)) : NULL;
    return t && t->call_name ? t->call_name(c, f) : rt_str(c, f);
}

const RtTypeDesc rt_bound_type = {
    .name = "method",
    .flags = RT_TF_GC | RT_TF_USER_ATTRS,
    .cls = PITH_B_METHOD,
    .traverse = bound_traverse,
    .repr = bound_repr,
    .eq = bound_eq,
    .hash = bound_hash,
    .call = bound_call,
    .call_name = bound_call_name,
    .snap_tag = SNAP_O_BOUNDMETH,
    .snap_make = bound_snap_make,
    .snap_check = bound_snap_check,
};

/* ---- wrappers ---- */

PV rt_wrap_new(PCtx *c, int kind, PV a, PV b, PV cc) {
    RtWrap *w = (RtWrap *)rt_obj_new(c, RT_T_WRAP, sizeof(RtWrap));
    if (!w) return PV_NULL;
    w->kind = kind;
    if (a) pv_incref(a);
    if (b) pv_incref(b);
    if (cc) pv_incref(cc);
    w->a = a;
    w->b = b;
    w->c = cc;
    return (PV)w;
}

static int npos_of(int nargs, PV kwnames) { return nargs - (kwnames ? (int)((RtTuple *)kwnames)->n : 0); }

/* The methods every object has from object (and exceptions from BaseException) that pith serves. */
static const char *const object_methods[] = {"__init__", "__str__", "__repr__", "__setattr__", "__format__", "__hash__",
                                             "__eq__",   "__ne__",  "__lt__",   "__le__",      "__gt__",     "__ge__"};

int rt_object_has(PV name) {
    for (size_t i = 0; i < sizeof object_methods / sizeof object_methods[0]; i++)
        if (rt_name_is(name, object_methods[i])) return 1;
    return 0;
}

/* object.__eq__ and friends: identity, else NotImplemented; __ne__ inverts the class's own __eq__. */
static PV object_compare(PCtx *c, PV self, PV name, PV other) {
    if (rt_name_is(name, "__eq__")) return self == other ? PV_TRUE : rt_builtin(c, PITH_B_NOTIMPLEMENTED);
    if (rt_name_is(name, "__ne__")) {
        PV r;
        if (!rt_user_special(c, self, "__eq__", &other, 1, &r))
            r = self == other ? PV_TRUE : PV_NULL;
        else if (!r)
            return PV_NULL;
        if (!r || (RT_IS(r, RT_T_BUILTIN) && ((RtBuiltin *)r)->id == PITH_B_NOTIMPLEMENTED)) {
            pv_xdecref(c, r);
            return rt_builtin(c, PITH_B_NOTIMPLEMENTED);
        }
        int t = rt_truth(c, r);
        pv_decref(c, r);
        return t < 0 ? PV_NULL : PV_BOOL(!t);
    }
    return rt_builtin(c, PITH_B_NOTIMPLEMENTED);
}

/* object.__init__, BaseException.__init__ and object's other methods (object_methods), bound to w->a (or,
 * taken from a class, unbound: the instance comes first). */
static PV object_method(PCtx *c, RtWrap *w, PV *args, int nargs, PV kwnames) {
    PV self = w->a;
    if (!self) {
        if (npos_of(nargs, kwnames) < 1) {
            rt_err(c, PITH_B_TYPEERROR, "descriptor '%S' of 'object' object needs an argument", w->b);
            return PV_NULL;
        }
        self = args[0];
        args++;
        nargs--;
    }
    int npos = npos_of(nargs, kwnames);
    if (rt_name_is(w->b, "__init__")) {
        if (RT_IS(self, RT_T_EXC)) { /* BaseException.__init__(self, *args): args are set again */
            if (kwnames && ((RtTuple *)kwnames)->n) {
                rt_err(c, PITH_B_TYPEERROR, "%s() takes no keyword arguments", rt_type_name(self));
                return PV_NULL;
            }
            PV t = rt_tuple_new(c, npos);
            if (!t) return PV_NULL;
            for (int i = 0; i < npos; i++) {
                pv_incref(args[i]);
                ((RtTuple *)t)->items[i] = args[i];
            }
            RtExc *e = (RtExc *)self;
            pv_decref(c, e->args);
            e->args = t;
            return PV_NONE;
        }
        if (nargs) {
            rt_err(c, PITH_B_TYPEERROR, "object.__init__() takes exactly one argument (the instance to initialize)");
            return PV_NULL;
        }
        return PV_NONE;
    }
    int want = rt_name_is(w->b, "__setattr__")                                                               ? 2
               : rt_name_is(w->b, "__str__") || rt_name_is(w->b, "__repr__") || rt_name_is(w->b, "__hash__") ? 0
                                                                                                             : 1;
    if (nargs != want || kwnames) {
        rt_err(c, PITH_B_TYPEERROR, "expected %d argument%s, got %d", want, want == 1 ? "" : "s", nargs);
        return PV_NULL;
    }
    if (rt_name_is(w->b, "__hash__")) return rt_int_from_i64(c, (pi64)(rt_identity(c, self) >> 4));
    if (rt_name_is(w->b, "__format__")) {
        if (!rt_is_str(args[0])) {
            rt_err(c, PITH_B_TYPEERROR, "argument to __format__ must be str, not %s", rt_type_name(args[0]));
            return PV_NULL;
        }
        if (rt_slen(args[0])) {
            rt_err(c, PITH_B_TYPEERROR, "unsupported format string passed to %s.__format__", rt_type_name(self));
            return PV_NULL;
        }
        return rt_str(c, self);
    }
    if (!rt_name_is(w->b, "__setattr__") && !rt_name_is(w->b, "__str__") && !rt_name_is(w->b, "__repr__"))
        return object_compare(c, self, w->b, args[0]);
    if (rt_name_is(w->b, "__setattr__")) {
        if (!rt_is_str(args[0])) {
            rt_err(c, PITH_B_TYPEERROR, "attribute name must be string, not '%s'", rt_type_name(args[0]));
            return PV_NULL;
        }
        PV cls = rt_user_class(self);
        PV d = RT_IS(self, RT_T_INSTANCE) ? ((RtInstance *)self)->dict
               : RT_IS(self, RT_T_EXC)    ? ((RtExc *)self)->dict
                                          : 0;
        if (!cls) return rt_setattr(c, self, args[0], args[1]) < 0 ? PV_NULL : PV_NONE;
        if (!d) {
            d = rt_dict_new(c);
            if (!d) return PV_NULL;
            if (RT_IS(self, RT_T_INSTANCE))
                ((RtInstance *)self)->dict = d;
            else
                ((RtExc *)self)->dict = d;
        }
        return rt_dict_set(c, d, args[0], args[1]) < 0 ? PV_NULL : PV_NONE;
    }
    if (RT_IS(self, RT_T_EXC)) return rt_name_is(w->b, "__str__") ? rt_exc_message(c, self) : rt_exc_repr(c, self);
    if (rt_is_user_obj(self)) { /* object.__repr__ (and __str__, which is repr) */
        char buf[300];
        PV cls = rt_user_class(self);
        int n = snprintf(buf, sizeof buf, "<__main__.%.200s object at 0x%llx>", rt_sdata(((RtClass *)cls)->qualname),
                         (unsigned long long)rt_identity(c, self));
        return rt_str_new(c, buf, n);
    }
    return rt_repr(c, self);
}

/* prop.setter(f) and friends: a copy of the property with that function replaced. */
static PV property_with(PCtx *c, RtWrap *w, PV *args, int nargs, PV kwnames) {
    if (nargs != 1 || kwnames) {
        rt_err(c, PITH_B_TYPEERROR, "%s expected 1 argument, got %d",
               w->kind == RT_W_PROP_SETTER   ? "setter"
               : w->kind == RT_W_PROP_GETTER ? "getter"
                                             : "deleter",
               nargs);
        return PV_NULL;
    }
    RtWrap *p = (RtWrap *)w->a;
    PV f = args[0] == PV_NONE ? PV_NULL : args[0];
    return rt_wrap_new(c, RT_W_PROPERTY, w->kind == RT_W_PROP_GETTER ? f : p->a, w->kind == RT_W_PROP_SETTER ? f : p->b,
                       w->kind == RT_W_PROP_DELETER ? f : p->c);
}

static const char *wrap_type_name(int kind) {
    switch (kind) {
    case RT_W_STATIC: return "staticmethod";
    case RT_W_CLASSMETHOD: return "classmethod";
    case RT_W_PROPERTY: return "property";
    case RT_W_SUPER: return "super";
    default: return "builtin_function_or_method";
    }
}

static PV wrap_call(PCtx *c, PV f, PV *args, int nargs, PV kwnames) {
    RtWrap *w = (RtWrap *)f;
    switch (w->kind) {
    case RT_W_STATIC: return rt_call_value(c, w->a, args, nargs, kwnames);
    case RT_W_PROP_GETTER:
    case RT_W_PROP_SETTER:
    case RT_W_PROP_DELETER: return property_with(c, w, args, nargs, kwnames);
    case RT_W_OBJECT_INIT: return object_method(c, w, args, nargs, kwnames);
    case RT_W_SLOT: return rt_slot_call(c, w->a, w->b, args, nargs, kwnames);
    default: rt_err(c, PITH_B_TYPEERROR, "'%s' object is not callable", wrap_type_name(w->kind)); return PV_NULL;
    }
}

static int wrap_class(PV v) {
    switch (((RtWrap *)v)->kind) {
    case RT_W_STATIC: return PITH_B_STATICMETHOD;
    case RT_W_CLASSMETHOD: return PITH_B_CLASSMETHOD;
    case RT_W_PROPERTY: return PITH_B_PROPERTY;
    case RT_W_SUPER: return PITH_B_SUPER;
    default: return PITH_B_BUILTIN_FUNCTION;
    }
}

static PV wrap_repr(PCtx *c, PV v) {
    RtWrap *w = (RtWrap *)v;
    char buf[300];
    int n;
    if (w->kind == RT_W_STATIC || w->kind == RT_W_CLASSMETHOD) {
        PV inner = rt_repr(c, w->a);
        if (!inner) return PV_NULL;
        n = snprintf(buf, sizeof buf, "<%s(%.200s)>", wrap_type_name(w->kind), rt_sdata(inner));
        pv_decref(c, inner);
    } else if (w->kind == RT_W_SUPER) {
        PV inner = rt_repr(c, w->a);
        if (!inner) return PV_NULL;
        n = snprintf(buf, sizeof buf, "<super: %.200s, <%s object>>", rt_sdata(inner),
                     RT_IS(w->b, RT_T_CLASS) ? "type" : rt_type_name(w->b));
        pv_decref(c, inner);
    } else {
        n = snprintf(buf, sizeof buf, "<%s object at 0x%llx>", wrap_type_name(w->kind),
                     (unsigned long long)rt_identity(c, v));
    }
    return rt_str_new(c, buf, n);
}

static void wrap_traverse(PObj *o, RtVisit visit, void *arg) {
    RtWrap *w = (RtWrap *)o;
    visit(&w->a, arg);
    visit(&w->b, arg);
    visit(&w->c, arg);
}

static void wrap_snap_put(RtSnapW *w, PObj *o) { rt_snap_put_uv(w, (uint64_t)((RtWrap *)o)->kind); }

static PV wrap_snap_make(RtSnapR *r, int type) {
    uint64_t kind = rt_snap_get_uv(r);
    if (rt_snap_r_bad(r) || kind < RT_W_STATIC || kind >= RT_W_COUNT) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    RtWrap *w = (RtWrap *)rt_obj_new(rt_snap_ctx(r), type, sizeof(RtWrap));
    if (!w) return PV_NULL;
    w->kind = (int)kind;
    w->a = w->b = w->c = PV_NULL;
    return (PV)w;
}

/* What calls and lookups trust for each kind. */
static int wrap_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    RtWrap *w = (RtWrap *)o;
    switch (w->kind) {
    case RT_W_STATIC:
    case RT_W_CLASSMETHOD: return w->a ? 0 : -1;
    case RT_W_PROPERTY: return 0;
    case RT_W_PROP_GETTER:
    case RT_W_PROP_SETTER:
    case RT_W_PROP_DELETER: return w->a && RT_IS(w->a, RT_T_WRAP) && ((RtWrap *)w->a)->kind == RT_W_PROPERTY ? 0 : -1;
    case RT_W_SUPER: /* super(a, b): b an instance of a user class, or a user class */
        return w->a && RT_IS(w->a, RT_T_CLASS) && w->b && (RT_IS(w->b, RT_T_CLASS) || rt_is_user_obj(w->b)) ? 0 : -1;
    case RT_W_OBJECT_INIT: return w->b && rt_is_str(w->b) ? 0 : -1;
    case RT_W_SLOT: return w->a && w->b && rt_is_str(w->b) ? 0 : -1;
    case RT_W_AUTO: return 0;
    default: return -1;
    }
}

const RtTypeDesc rt_wrap_type = {
    .name = "wrapper",
    .flags = RT_TF_GC | RT_TF_USER_ATTRS,
    .class_of = wrap_class,
    .traverse = wrap_traverse,
    .repr = wrap_repr,
    .call = wrap_call,
    .snap_tag = SNAP_O_WRAP,
    .snap_put = wrap_snap_put,
    .snap_make = wrap_snap_make,
    .snap_check = wrap_snap_check,
};

/* ---- the methods the runtime writes (their type: runtime/modules/rt_natmeth.c) ---- */

PV rt_natmeth_new(PCtx *c, int which, PV data) {
    RtNatMeth *m = (RtNatMeth *)rt_obj_new(c, RT_T_NATMETH, sizeof(RtNatMeth));
    if (!m) return PV_NULL;
    m->which = which;
    pv_incref(data);
    m->data = data;
    return (PV)m;
}

/* ---- super ---- */

PV rt_super_getattr(PCtx *c, PV sup, PV name) {
    RtWrap *w = (RtWrap *)sup;
    PV obj = w->b, k = RT_IS(obj, RT_T_CLASS) ? obj : rt_user_class(obj);
    if (!k) { /* never made so (super_new); a snapshot's is checked the same way */
        rt_err(c, PITH_B_SYSTEMERROR, "internal error: bad super object");
        return PV_NULL;
    }
    RtTuple *mro = (RtTuple *)((RtClass *)k)->mro;
    pi64 i = 0;
    while (i < mro->n && mro->items[i] != w->a) i++;
    for (i++; i < mro->n; i++) {
        PV entry = mro->items[i];
        if (RT_IS(entry, RT_T_CLASS)) {
            PV v = PV_NULL, key, val;
            pi64 pos = 0;
            while (!v && rt_dict_next_entry((RtDict *)((RtClass *)entry)->dict, &pos, &key, &val))
                if (rt_str_eq(key, name)) v = val;
            if (!v) continue;
            if (RT_IS(v, RT_T_WRAP)) {
                RtWrap *x = (RtWrap *)v;
                if (x->kind == RT_W_STATIC) v = x->a;
                if (x->kind == RT_W_CLASSMETHOD) return rt_bound_new(c, x->a, k);
                if (x->kind == RT_W_PROPERTY && obj != k) {
                    if (!x->a) break;
                    PV getter = x->a, r; /* held: the getter may rebind the class attribute */
                    pv_incref(getter);
                    r = rt_call_value(c, getter, &obj, 1, PV_NULL);
                    pv_decref(c, getter);
                    return r;
                }
            }
            if ((RT_IS(v, RT_T_FUNC) || RT_IS(v, RT_T_NATMETH)) && obj != k) return rt_bound_new(c, v, obj);
            pv_incref(v);
            return v;
        }
        if (rt_object_has(name)) return rt_wrap_new(c, RT_W_OBJECT_INIT, obj == k ? PV_NULL : obj, name, PV_NULL);
    }
    rt_err(c, PITH_B_ATTRIBUTEERROR, "'super' object has no attribute '%S'", name);
    return PV_NULL;
}
