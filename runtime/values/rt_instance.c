/* rt_instance.c — instances of user classes: attribute lookup and assignment in CPython's order (data
 * descriptors of the class, the instance dict, then methods bound on access), and the type-table hooks that
 * call the class's dunders (repr, hash, rich comparisons with the NotImplemented protocol, iteration, len,
 * truth, `in`, item access, calls, arithmetic with reflected operands, format). Exceptions of user classes
 * share the attribute and dunder code (they are RtExc objects with ucls set). Stage: runtime.
 * Messages are CPython 3.11's. Every dunder is looked up on the class, never the instance dict. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_class.h"
#include "rt_svc.h"
#include "rt_snap_codec.h"

#define ARGS_LOCAL 8

int rt_is_user_obj(PV v) { return rt_user_class(v) != PV_NULL; }

PV rt_instance_new(PCtx *c, PV cls) {
    RtInstance *o = (RtInstance *)rt_obj_new(c, RT_T_INSTANCE, sizeof(RtInstance));
    if (!o) return PV_NULL;
    if (cls) pv_incref(cls);
    o->cls = cls;
    o->dict = o->value = PV_NULL;
    return (PV)o;
}

static PV *dict_slot(PV o) {
    if (RT_IS(o, RT_T_INSTANCE)) return &((RtInstance *)o)->dict;
    if (RT_IS(o, RT_T_EXC)) return &((RtExc *)o)->dict;
    return NULL;
}

static const char *obj_name(PV o) { return rt_type_name(o); }

static int is_wrap(PV v, int kind) { return v && RT_IS(v, RT_T_WRAP) && ((RtWrap *)v)->kind == kind; }

/* A class attribute that an instance binds to itself: a function, or a method the runtime wrote. */
static int binds(PV v) {
    return v && PV_IS_OBJ(v) && (RT_IS(v, RT_T_FUNC) || (rt_type_desc(RT_OBJ(v))->flags & RT_TF_BINDS));
}

/* Call a class attribute found for self: a function gets self first, a classmethod the class, a staticmethod
 * nothing; anything else is called as it is. */
static PV call_found(PCtx *c, PV raw, PV self, PV *args, int nargs) {
    PV local[ARGS_LOCAL + 1];
    PV r;
    pv_incref(raw); /* the call may rebind the class attribute */
    if (binds(raw) || is_wrap(raw, RT_W_CLASSMETHOD)) {
        local[0] = is_wrap(raw, RT_W_CLASSMETHOD) ? rt_user_class(self) : self;
        for (int i = 0; i < nargs && i < ARGS_LOCAL; i++) local[i + 1] = args[i];
        r = rt_call_value(c, binds(raw) ? raw : ((RtWrap *)raw)->a, local, nargs + 1, PV_NULL);
    } else if (is_wrap(raw, RT_W_STATIC)) {
        r = rt_call_value(c, ((RtWrap *)raw)->a, args, nargs, PV_NULL);
    } else if (PV_IS_OBJ(raw) && rt_type_desc(RT_OBJ(raw))->bind) { /* a total_ordering method, a cached method */
        PV m = rt_type_desc(RT_OBJ(raw))->bind(c, raw, self, PV_NULL);
        r = m ? rt_call_value(c, m, args, nargs, PV_NULL) : PV_NULL;
        pv_xdecref(c, m);
    } else {
        r = rt_call_value(c, raw, args, nargs, PV_NULL);
    }
    pv_decref(c, raw);
    return r;
}

int rt_user_special(PCtx *c, PV v, const char *name, PV *args, int nargs, PV *out) {
    PV cls = rt_user_class(v);
    PV raw = cls ? rt_class_lookup_cstr(cls, name) : PV_NULL;
    if (!raw) return 0;
    *out = call_found(c, raw, v, args, nargs);
    return 1;
}

static int is_notimpl(PV v) { return RT_IS(v, RT_T_BUILTIN) && ((RtBuiltin *)v)->id == PITH_B_NOTIMPLEMENTED; }

/* ---- attributes ---- */

/* object's own attributes, as dir() lists them for an instance of a class without __slots__ */
static const char object_dir[] =
    "__class__ __delattr__ __dict__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ "
    "__gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __module__ __ne__ __new__ __reduce__ "
    "__reduce_ex__ __repr__ __setattr__ __sizeof__ __str__ __subclasshook__ __weakref__";

static void put_keys(PithBuf *b, PV d) {
    pi64 pos = 0;
    PV k, v;
    while (d && rt_dict_next_entry((RtDict *)d, &pos, &k, &v))
        if (rt_is_str(k) && !memchr(rt_sdata(k), ' ', (size_t)rt_slen(k))) {
            pith_buf_put(b, " ", 1);
            rt_buf_put_str(b, k);
        }
}

static int cmp_names(const void *x, const void *y) { return strcmp(*(const char *const *)x, *(const char *const *)y); }

/* The words of text (space-separated, NUL-terminated, changed in place) sorted and without repeats, joined
 * again with spaces; freed words leave trailing blanks, which are empty words that never match. */
static void sort_words(PCtx *c, char *text, size_t n) {
    size_t nw = 1;
    for (size_t i = 0; i < n; i++) nw += text[i] == ' ';
    char **w = rt_alloc(c, nw * sizeof *w), *copy = w ? rt_alloc(c, n + 1) : NULL;
    if (copy) {
        memcpy(copy, text, n + 1);
        size_t k = 0;
        for (char *p = copy; *p && k < nw;) {
            char *e = strchr(p, ' ');
            if (e) *e = 0;
            if (*p) w[k++] = p;
            if (!e) break;
            p = e + 1;
        }
        qsort(w, k, sizeof *w, cmp_names);
        size_t at = 0;
        for (size_t i = 0; i < k; i++) {
            if (i && !strcmp(w[i], w[i - 1])) continue;
            size_t len = strlen(w[i]);
            if (at) text[at++] = ' ';
            memcpy(text + at, w[i], len);
            at += len;
        }
        memset(text + at, ' ', n - at);
        rt_free(c, copy, n + 1);
    }
    if (w) rt_free(c, w, nw * sizeof *w);
}

/* The ". Did you mean" data of the pending AttributeError on a user object or class: its dir() (the instance
 * dict, every class dict along the MRO and object's attributes, sorted and without repeats, as CPython's
 * dir()), kept with the missing name for rt_exc_suggest.c. The text is internal: never a Python value. */
void rt_attr_hint(PCtx *c, PV o, PV name) {
    RtCtx *x = RT_CTX(c);
    PV cls = RT_IS(o, RT_T_CLASS) ? o : rt_user_class(o), *ds = RT_IS(o, RT_T_CLASS) ? NULL : dict_slot(o);
    PV e = x->exc;
    if (!cls || !e || !RT_IS(e, RT_T_EXC) || ((RtExc *)e)->type != PITH_B_ATTRIBUTEERROR) return;
    pv_incref(e);
    PithBuf b = rt_buf_new(c);
    pith_buf_puts(&b, object_dir);
    if (ds) put_keys(&b, *ds);
    RtTuple *mro = (RtTuple *)((RtClass *)cls)->mro;
    for (pi64 i = 0; i < mro->n; i++)
        if (RT_IS(mro->items[i], RT_T_CLASS)) put_keys(&b, ((RtClass *)mro->items[i])->dict);
    PV text = rt_buf_finish(&b), pair[2] = {name, text};
    if (text) sort_words(c, ((RtStr *)text)->data, (size_t)rt_slen(text));
    pv_incref(name);
    PV t = text ? rt_tuple_from_steal(c, pair, 2) : PV_NULL;
    if (!text) pv_decref(c, name);
    if (t && x->exc == e) { /* a failed allocation made MemoryError the pending exception instead */
        RtExc *ae = (RtExc *)e;
        pv_xdecref(c, ae->name);
        ae->name = t;
        ae->attr_cls = RT_ATTR_DIR;
    } else {
        pv_xdecref(c, t);
    }
    pv_decref(c, e);
}

static void err_attr(PCtx *c, PV o, PV name) {
    rt_err(c, PITH_B_ATTRIBUTEERROR, "'%s' object has no attribute '%S'", obj_name(o), name);
    rt_attr_hint(c, o, name);
}

static PV property_get(PCtx *c, PV prop, PV o, PV name) {
    RtWrap *p = (RtWrap *)prop;
    if (!p->a) {
        rt_err(c, PITH_B_ATTRIBUTEERROR, "property '%S' of '%s' object has no getter", name, obj_name(o));
        return PV_NULL;
    }
    PV f = p->a;
    pv_incref(f);
    PV r = rt_call_value(c, f, &o, 1, PV_NULL);
    pv_decref(c, f);
    return r;
}

/* Attributes of the builtin wrappers themselves: prop.setter, prop.fget, super().name. */
static PV wrap_getattr(PCtx *c, PV o, PV name, int quiet) {
    RtWrap *w = (RtWrap *)o;
    if (w->kind == RT_W_SUPER) return rt_super_getattr(c, o, name);
    if (w->kind == RT_W_PROPERTY) {
        static const char *const fns[] = {"fget", "fset", "fdel"};
        static const int kinds[] = {RT_W_PROP_GETTER, RT_W_PROP_SETTER, RT_W_PROP_DELETER};
        static const char *const makers[] = {"getter", "setter", "deleter"};
        PV parts[3] = {w->a, w->b, w->c};
        for (int i = 0; i < 3; i++) {
            if (rt_name_is(name, fns[i])) {
                PV v = parts[i] ? parts[i] : PV_NONE;
                pv_incref(v);
                return v;
            }
            if (rt_name_is(name, makers[i])) return rt_wrap_new(c, kinds[i], o, PV_NULL, PV_NULL);
        }
    }
    if ((w->kind == RT_W_STATIC || w->kind == RT_W_CLASSMETHOD) && rt_name_is(name, "__name__"))
        return rt_getattr(c, w->a, name);
    if (!quiet) err_attr(c, o, name);
    return PV_NULL;
}

PV rt_user_getattr(PCtx *c, PV o, PV name, int quiet) {
    if (RT_IS(o, RT_T_CLASS)) return rt_class_getattr(c, o, name);
    if (RT_IS(o, RT_T_WRAP)) return wrap_getattr(c, o, name, quiet);
    if (RT_IS(o, RT_T_BOUNDMETH)) {
        if (rt_name_is(name, "__name__") || rt_name_is(name, "__qualname__"))
            return rt_getattr(c, ((RtBound *)o)->func, name);
        if (!quiet) err_attr(c, o, name);
        return PV_NULL;
    }
    PV cls = rt_user_class(o);
    PV raw = cls ? rt_class_lookup(c, cls, name) : PV_NULL;
    if (is_wrap(raw, RT_W_PROPERTY)) return property_get(c, raw, o, name);
    PV *ds = dict_slot(o), v;
    if (ds && *ds) {
        int r = rt_dict_lookup(c, *ds, name, &v);
        if (r < 0) return PV_NULL;
        if (r) {
            pv_incref(v);
            return v;
        }
    }
    if (RT_IS(o, RT_T_EXC)) { /* e.args, e.__cause__, ... */
        if (rt_name_is(name, "args")) return pv_incref(((RtExc *)o)->args), ((RtExc *)o)->args;
        int r = rt_sdata(name)[0] == '_' && rt_sdata(name)[1] == '_' ? rt_dunder_get(c, o, rt_sdata(name), &v) : 0;
        if (r) return r > 0 ? v : PV_NULL;
    }
    if (raw) {
        if (binds(raw)) return rt_bound_new(c, raw, o);
        if (is_wrap(raw, RT_W_CLASSMETHOD)) return rt_bound_new(c, ((RtWrap *)raw)->a, cls);
        if (is_wrap(raw, RT_W_STATIC)) raw = ((RtWrap *)raw)->a;
        if (PV_IS_OBJ(raw) && rt_type_desc(RT_OBJ(raw))->bind) return rt_type_desc(RT_OBJ(raw))->bind(c, raw, o, name);
        pv_incref(raw);
        return raw;
    }
    if (rt_name_is(name, "__class__")) {
        if (cls) return pv_incref(cls), cls;
        return rt_builtin(c, PITH_B_OBJECT);
    }
    if (rt_object_has(name)) return rt_wrap_new(c, RT_W_OBJECT_INIT, o, name, PV_NULL); /* object's own */
    if (cls && (rt_name_is(name, "__module__") || rt_name_is(name, "__doc__"))) return rt_class_getattr(c, cls, name);
    int r = rt_enum_getattr(c, o, name, &v); /* member.name, member.value */
    if (!r) r = rt_value_getattr(c, o, name, &v); /* a namedtuple's field, the methods of the value */
    if (r) return r > 0 ? v : PV_NULL;
    PV ga = cls ? rt_class_lookup_cstr(cls, "__getattr__") : PV_NULL;
    if (ga) return call_found(c, ga, o, &name, 1);
    if (!quiet) err_attr(c, o, name);
    return PV_NULL;
}

/* The names a __slots__ class lets its instances hold. */
static int slot_allowed(PV cls, PV name) {
    PV s = cls ? ((RtClass *)cls)->slots : PV_NULL;
    if (!s) return 1;
    for (pi64 i = 0; i < ((RtTuple *)s)->n; i++)
        if (rt_str_eq(((RtTuple *)s)->items[i], name)) return 1;
    return 0;
}

int rt_user_setattr(PCtx *c, PV o, PV name, PV value) {
    if (RT_IS(o, RT_T_CLASS)) return rt_class_setattr(c, o, name, value);
    if (rt_name_is(name, "__class__")) { /* an instance's class is fixed in pith: refused, never ignored */
        rt_err(c, PITH_B_TYPEERROR, "assigning __class__ is not supported");
        return -1;
    }
    PV cls = rt_user_class(o);
    if (rt_enum_setattr_refused(c, o, name) || rt_value_setattr_refused(c, o, name)) return -1;
    PV raw = cls ? rt_class_lookup(c, cls, name) : PV_NULL;
    if (is_wrap(raw, RT_W_PROPERTY)) {
        RtWrap *p = (RtWrap *)raw;
        PV f = value ? p->b : p->c;
        if (!f) {
            rt_err(c, PITH_B_ATTRIBUTEERROR, "property '%S' of '%s' object has no %s", name, obj_name(o),
                   value ? "setter" : "deleter");
            return -1;
        }
        PV args[2] = {o, value};
        pv_incref(f);
        PV r = rt_call_value(c, f, args, value ? 2 : 1, PV_NULL);
        pv_decref(c, f);
        if (!r) return -1;
        pv_decref(c, r);
        return 0;
    }
    PV hook = cls ? rt_class_lookup_cstr(cls, value ? "__setattr__" : "__delattr__") : PV_NULL;
    if (hook) {
        PV args[2] = {name, value};
        PV r = call_found(c, hook, o, args, value ? 2 : 1);
        if (!r) return -1;
        pv_decref(c, r);
        return 0;
    }
    PV *ds = dict_slot(o);
    if (!cls || !ds || !slot_allowed(cls, name)) {
        if (!cls && RT_IS(o, RT_T_INSTANCE))
            rt_err(c, PITH_B_ATTRIBUTEERROR, "'object' object has no attribute '%S'", name);
        else
            err_attr(c, o, name);
        return -1;
    }
    if (!value) {
        int r = *ds ? rt_dict_del(c, *ds, name) : 0;
        if (r == 0) {
            if (((RtClass *)cls)->slots)
                rt_err(c, PITH_B_ATTRIBUTEERROR, "%S", name);
            else
                err_attr(c, o, name);
        }
        return r > 0 ? 0 : -1;
    }
    if (!*ds && !(*ds = rt_dict_new(c))) return -1;
    return rt_dict_set(c, *ds, name, value);
}

/* ---- printing ---- */

PV rt_user_checked_str(PCtx *c, PV r, const char *what) {
    if (r && !rt_is_str(r)) {
        rt_err(c, PITH_B_TYPEERROR, "%s returned non-string (type %s)", what, rt_type_name(r));
        pv_decref(c, r);
        return PV_NULL;
    }
    return r;
}

static PV default_repr(PCtx *c, PV v) {
    char buf[300];
    PV cls = rt_user_class(v);
    int n = snprintf(buf, sizeof buf, "<%s%.200s object at 0x%llx>", cls ? "__main__." : "",
                     cls ? rt_sdata(((RtClass *)cls)->qualname) : "object", (unsigned long long)rt_identity(c, v));
    return rt_str_new(c, buf, n);
}

static PV inst_repr(PCtx *c, PV v) {
    PV r;
    if (rt_nest_enter(c, " while getting the repr of an object") < 0) return PV_NULL;
    int found = rt_user_special(c, v, "__repr__", NULL, 0, &r);
    rt_nest_leave(c);
    if (found) return rt_user_checked_str(c, r, "__repr__");
    if (rt_is_enum_member(v)) return rt_enum_repr(c, v);
    return RT_IS(v, RT_T_EXC) ? rt_exc_args_repr(c, v) : default_repr(c, v);
}

PV rt_user_str(PCtx *c, PV v) {
    PV r;
    if (rt_user_special(c, v, "__str__", NULL, 0, &r)) return rt_user_checked_str(c, r, "__str__");
    if (RT_IS(v, RT_T_EXC)) return rt_exc_args_message(c, v);
    if (rt_is_enum_member(v)) return rt_enum_str(c, v);
    return inst_repr(c, v);
}

PV rt_user_repr(PCtx *c, PV v) { return inst_repr(c, v); }

PV rt_user_format(PCtx *c, PV v, PV spec) {
    PV r;
    if (rt_user_special(c, v, "__format__", &spec, 1, &r)) return rt_user_checked_str(c, r, "__format__");
    if (rt_is_enum_member(v)) return rt_enum_format(c, v, spec);
    if (rt_strp(spec)->nbytes) {
        rt_err(c, PITH_B_TYPEERROR, "unsupported format string passed to %s.__format__", obj_name(v));
        return PV_NULL;
    }
    return rt_user_str(c, v);
}

/* ---- hash and comparisons ---- */

int rt_user_hash(PCtx *c, PV v, pu64 *out) {
    PV cls = rt_user_class(v);
    PV raw = cls ? rt_class_lookup_cstr(cls, "__hash__") : PV_NULL;
    if (raw == PV_NONE) return rt_hash_unhashable(c, v, out);
    if (!raw) {
        if (rt_is_enum_member(v)) return rt_enum_hash(c, v, out);
        if (rt_instance_value(v)) return rt_hash(c, rt_instance_value(v), out); /* int's, str's, tuple's */
        *out = rt_identity_hash(v);
        return 0;
    }
    PV r = call_found(c, raw, v, NULL, 0);
    if (!r) return -1;
    if (!rt_is_int(r)) {
        pv_decref(c, r);
        rt_err(c, PITH_B_TYPEERROR, "__hash__ method should return an integer");
        return -1;
    }
    pi64 h; /* CPython: a result that fits a hash is the hash (-1 is reserved: -2), a bigger int is hashed */
    int rc = 0;
    if (rt_int_to_i64(r, &h) == 0)
        *out = (pu64)(h == -1 ? -2 : h);
    else
        rc = rt_hash(c, r, out);
    pv_decref(c, r);
    return rc;
}

static const char *const cmp_dunder[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
static const int cmp_swap[] = {PITH_CMP_GT, PITH_CMP_GE, PITH_CMP_EQ, PITH_CMP_NE, PITH_CMP_LT, PITH_CMP_LE};
static const char *const cmp_sym[] = {"<", "<=", "==", "!=", ">", ">="};

/* x.__op__(y) as CPython's slot would: a new reference, NotImplemented when x does not answer, PV_NULL on
 * error. object's __ne__ inverts __eq__. */
static PV try_cmp(PCtx *c, int op, PV x, PV y) {
    PV r;
    if (rt_user_special(c, x, cmp_dunder[op], &y, 1, &r)) return r;
    if (op == PITH_CMP_NE && rt_is_user_obj(x) && rt_user_special(c, x, "__eq__", &y, 1, &r)) {
        if (!r || is_notimpl(r)) return r;
        int t = rt_truth(c, r);
        pv_decref(c, r);
        return t < 0 ? PV_NULL : PV_BOOL(!t);
    }
    return rt_builtin(c, PITH_B_NOTIMPLEMENTED);
}

/* Whether the builtin values of instances (an IntEnum member's int, a namedtuple's tuple) answer a binary
 * operation their classes did not: when one operand has a value and the other is a value too or no user
 * object (else the error must name both classes, which the operation on the value could not). */
static int values_decide(PV a, PV va, PV b, PV vb) {
    return (va || vb) && (va || !rt_is_user_obj(a)) && (vb || !rt_is_user_obj(b));
}

static int is_strict_sub(PV a, PV b) {
    PV ka = rt_user_class(a), kb = rt_user_class(b);
    return kb && kb != ka && (!ka || rt_class_is_sub(kb, ka));
}

static int inst_compare(PCtx *c, int op, PV a, PV b, PV *out) {
    PV r = PV_NULL;
    int reflected_first = rt_is_user_obj(b) && is_strict_sub(a, b);
    if (reflected_first) {
        r = try_cmp(c, cmp_swap[op], b, a);
        if (!r) return *out = PV_NULL, 1;
        if (!is_notimpl(r)) goto done;
        pv_decref(c, r);
    }
    if (rt_is_user_obj(a)) {
        r = try_cmp(c, op, a, b);
        if (!r) return *out = PV_NULL, 1;
        if (!is_notimpl(r)) goto done;
        pv_decref(c, r);
    } else if (!rt_is_user_obj(b)) {
        return 0;
    }
    if (!reflected_first && rt_is_user_obj(b)) {
        r = try_cmp(c, cmp_swap[op], b, a);
        if (!r) return *out = PV_NULL, 1;
        if (!is_notimpl(r)) goto done;
        pv_decref(c, r);
    }
    PV va = rt_instance_value(a), vb = rt_instance_value(b);
    if (values_decide(a, va, b, vb)) { /* int's, str's, tuple's comparison */
        *out = rt_compare(c, op, va ? va : a, vb ? vb : b);
        return 1;
    }
    if (op == PITH_CMP_EQ || op == PITH_CMP_NE) {
        *out = PV_BOOL((a == b) == (op == PITH_CMP_EQ));
        return 1;
    }
    rt_err(c, PITH_B_TYPEERROR, "'%s' not supported between instances of '%s' and '%s'", cmp_sym[op], obj_name(a),
           obj_name(b));
    *out = PV_NULL;
    return 1;
done:; /* generated code branches on a bool: the dunder's answer is given as its truth */
    int t = rt_truth(c, r);
    pv_decref(c, r);
    *out = t < 0 ? PV_NULL : PV_BOOL(t);
    return 1;
}


/* ---- arithmetic ---- */

static const char *const op_name[] = {"add",    "sub",    "mul", "truediv", "floordiv", "mod",   "pow",
                                      "lshift", "rshift", "and", "or",      "xor",      "matmul"};
static const char *const op_sym[] = {"+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "@"};

/* x.__<prefix><op>__(y): a new reference, NotImplemented when x has no such method, PV_NULL on error. */
static PV try_op(PCtx *c, const char *prefix, int op, PV x, PV y) {
    char name[24];
    snprintf(name, sizeof name, "__%s%s__", prefix, op_name[op]);
    PV r;
    if (rt_is_user_obj(x) && rt_user_special(c, x, name, &y, 1, &r)) return r;
    return rt_builtin(c, PITH_B_NOTIMPLEMENTED);
}

int rt_user_binop(PCtx *c, int op, PV a, PV b, int inplace, PV *out) {
    int ua = rt_is_user_obj(a), ub = rt_is_user_obj(b);
    if ((!ua && !ub) || op < 0 || op > PITH_OP_MATMUL) return 0;
    PV r;
    if (inplace && ua) {
        r = try_op(c, "i", op, a, b);
        if (!r || !is_notimpl(r)) return *out = r, 1;
        pv_decref(c, r);
    }
    int differ = rt_user_class(a) != rt_user_class(b);
    int reflected_first = ub && differ && is_strict_sub(a, b);
    if (reflected_first) {
        r = try_op(c, "r", op, b, a);
        if (!r || !is_notimpl(r)) return *out = r, 1;
        pv_decref(c, r);
    }
    if (ua) {
        r = try_op(c, "", op, a, b);
        if (!r || !is_notimpl(r)) return *out = r, 1;
        pv_decref(c, r);
    }
    if (ub && differ && !reflected_first) {
        r = try_op(c, "r", op, b, a);
        if (!r || !is_notimpl(r)) return *out = r, 1;
        pv_decref(c, r);
    }
    if (rt_enum_binop(c, op, a, b, out)) return 1; /* Flag's | & ^ */
    PV va = ua ? rt_instance_value(a) : PV_NULL, vb = ub ? rt_instance_value(b) : PV_NULL;
    if (values_decide(a, va, b, vb)) { /* what int, str or tuple does with it */
        *out = inplace ? rt_inplace(c, op, va ? va : a, vb ? vb : b) : rt_binop(c, op, va ? va : a, vb ? vb : b);
        return 1;
    }
    if (!ua) return 0; /* the builtin left operand's own error ("can only concatenate ...") */
    if (inplace)
        rt_err(c, PITH_B_TYPEERROR, "unsupported operand type(s) for %s=: '%s' and '%s'",
               op == PITH_OP_POW ? "**" : op_sym[op], obj_name(a), obj_name(b));
    else
        rt_err(c, PITH_B_TYPEERROR, "unsupported operand type(s) for %s: '%s' and '%s'", op_sym[op], obj_name(a),
               obj_name(b));
    *out = PV_NULL;
    return 1;
}

int rt_user_unop(PCtx *c, int op, PV a, PV *out) {
    if (!rt_is_user_obj(a)) return 0;
    static const char *const names[] = {"__neg__", "__pos__", "__invert__"};
    if (rt_user_special(c, a, names[op], NULL, 0, out)) return 1;
    if (op == PITH_UOP_INVERT && rt_enum_invert(c, a, out)) return 1;
    if (rt_instance_value(a)) return *out = rt_unop(c, op, rt_instance_value(a)), 1;
    rt_err(c, PITH_B_TYPEERROR, "bad operand type for unary %s: '%s'",
           op == PITH_UOP_NEG   ? "-"
           : op == PITH_UOP_POS ? "+"
                                : "~",
           obj_name(a));
    *out = PV_NULL;
    return 1;
}

/* ---- truth, len, iteration, containers, calls ---- */

pi64 rt_user_len_result(PCtx *c, PV r) {
    if (!r) return -1;
    if (!rt_is_int(r)) {
        rt_err(c, PITH_B_TYPEERROR, "'%s' object cannot be interpreted as an integer", rt_type_name(r));
        pv_decref(c, r);
        return -1;
    }
    pi64 n;
    int fits = rt_int_to_i64(r, &n) == 0;
    int neg = rt_int_sign(r) < 0;
    pv_decref(c, r);
    if (neg) {
        rt_err(c, PITH_B_VALUEERROR, "__len__() should return >= 0");
        return -1;
    }
    if (!fits) {
        rt_err(c, PITH_B_OVERFLOWERROR, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return n;
}

/* bool(v): __bool__, else __len__ (either may fail), else true. */
static int inst_truth(PCtx *c, PV v) {
    PV r;
    if (rt_user_special(c, v, "__bool__", NULL, 0, &r)) {
        if (!r) return -1;
        if (r != PV_TRUE && r != PV_FALSE) {
            rt_err(c, PITH_B_TYPEERROR, "__bool__ should return bool, returned %s", rt_type_name(r));
            pv_decref(c, r);
            return -1;
        }
        return r == PV_TRUE;
    }
    if (rt_user_special(c, v, "__len__", NULL, 0, &r)) {
        pi64 n = rt_user_len_result(c, r);
        return n < 0 ? -1 : n != 0;
    }
    if (rt_is_enum_member(v)) return rt_enum_truth(c, v);
    if (rt_instance_value(v)) return rt_truth(c, rt_instance_value(v));
    return 1;
}

/* len(v) by __len__; without one, CPython's "has no len()" (an instance always has this hook). */
static pi64 inst_len(PCtx *c, PV v) {
    PV r;
    if (rt_user_special(c, v, "__len__", NULL, 0, &r)) {
        pi64 n = rt_user_len_result(c, r);
        return n < 0 ? RT_LEN_ERROR : n;
    }
    if (rt_enum_is_flag_member(v)) {
        PV t = rt_enum_flag_members(c, v);
        pi64 n = t ? ((RtTuple *)t)->n : RT_LEN_ERROR;
        pv_xdecref(c, t);
        return n;
    }
    if (rt_instance_value(v) && !rt_is_int(rt_instance_value(v))) {
        pi64 n = rt_len(c, rt_instance_value(v));
        return n < 0 ? RT_LEN_ERROR : n;
    }
    rt_err(c, PITH_B_TYPEERROR, "object of type '%s' has no len()", obj_name(v));
    return RT_LEN_ERROR;
}

static PV inst_iter(PCtx *c, PV v) {
    PV r;
    if (!rt_user_special(c, v, "__iter__", NULL, 0, &r)) {
        if (rt_enum_is_flag_member(v)) {
            PV t = rt_enum_flag_members(c, v), it = t ? rt_iter(c, t) : PV_NULL;
            pv_xdecref(c, t);
            return it;
        }
        if (rt_instance_value(v) && !rt_is_int(rt_instance_value(v))) return rt_iter(c, rt_instance_value(v));
        rt_err(c, PITH_B_TYPEERROR, "'%s' object is not iterable", obj_name(v));
        return PV_NULL;
    }
    return rt_user_checked_iter(c, r);
}

PV rt_user_checked_iter(PCtx *c, PV r) {
    if (!r) return PV_NULL;
    PV k = rt_user_class(r);
    if (k ? rt_class_lookup_cstr(k, "__next__") != PV_NULL : PV_IS_OBJ(r) && rt_type_desc(RT_OBJ(r))->next) return r;
    rt_err(c, PITH_B_TYPEERROR, "iter() returned non-iterator of type '%s'", rt_type_name(r));
    pv_decref(c, r);
    return PV_NULL;
}

int rt_user_next(PCtx *c, PV it, PV *out) {
    PV r;
    if (!rt_user_special(c, it, "__next__", NULL, 0, &r)) {
        rt_err(c, PITH_B_TYPEERROR, "'%s' object is not an iterator", obj_name(it));
        return -1;
    }
    if (r) {
        *out = r;
        return 1;
    }
    RtCtx *x = RT_CTX(c); /* StopIteration raised by __next__ ends the iteration */
    if (x->limit == RT_LIMIT_NONE && x->exc && RT_IS(x->exc, RT_T_EXC) &&
        rt_is_subclass(((RtExc *)x->exc)->type, PITH_B_STOPITERATION)) {
        pv_decref(c, rt_exc_fetch(c));
        return 0;
    }
    return -1;
}

static int inst_contains(PCtx *c, PV v, PV item) {
    PV r;
    if (rt_user_special(c, v, "__contains__", &item, 1, &r)) {
        if (!r) return -1;
        int t = rt_truth(c, r);
        pv_decref(c, r);
        return t;
    }
    int f = rt_enum_contains(c, v, item);
    if (f != -2) return f;
    if (rt_instance_value(v) && !rt_is_int(rt_instance_value(v))) return rt_contains(c, rt_instance_value(v), item);
    PV k = rt_user_class(v);
    if (!k || !rt_class_lookup_cstr(k, "__iter__")) {
        rt_err(c, PITH_B_TYPEERROR, "argument of type '%s' is not iterable", obj_name(v));
        return -1;
    }
    PV it = inst_iter(c, v);
    if (!it) return -1;
    int found = rt_contains_by_iter(c, it, item);
    pv_decref(c, it);
    return found;
}

static PV inst_getitem(PCtx *c, PV v, PV key) {
    PV r;
    if (rt_user_special(c, v, "__getitem__", &key, 1, &r)) return r;
    if (rt_instance_value(v) && !rt_is_int(rt_instance_value(v))) return rt_getitem(c, rt_instance_value(v), key);
    rt_err(c, PITH_B_TYPEERROR, "'%s' object is not subscriptable", obj_name(v));
    return PV_NULL;
}

static int inst_setitem(PCtx *c, PV v, PV key, PV value) {
    PV r, args[2] = {key, value};
    if (!rt_user_special(c, v, "__setitem__", args, 2, &r)) {
        rt_err(c, PITH_B_TYPEERROR, "'%s' object does not support item assignment", obj_name(v));
        return -1;
    }
    if (!r) return -1;
    pv_decref(c, r);
    return 0;
}

static int inst_delitem(PCtx *c, PV v, PV key) {
    PV r;
    if (!rt_user_special(c, v, "__delitem__", &key, 1, &r)) {
        rt_err(c, PITH_B_TYPEERROR, "'%s' object doesn't support item deletion", obj_name(v));
        return -1;
    }
    if (!r) return -1;
    pv_decref(c, r);
    return 0;
}

static PV inst_call(PCtx *c, PV f, PV *args, int nargs, PV kwnames) {
    PV cls = rt_user_class(f);
    PV raw = cls ? rt_class_lookup_cstr(cls, "__call__") : PV_NULL;
    if (!raw) {
        rt_err(c, PITH_B_TYPEERROR, "'%s' object is not callable", obj_name(f));
        return PV_NULL;
    }
    PV m = binds(raw) ? rt_bound_new(c, raw, f) : (pv_incref(raw), raw);
    if (!m) return PV_NULL;
    PV r = rt_call_value(c, m, args, nargs, kwnames);
    pv_decref(c, m);
    return r;
}

/* ---- the type ---- */

static void inst_traverse(PObj *o, RtVisit visit, void *arg) {
    visit(&((RtInstance *)o)->cls, arg);
    visit(&((RtInstance *)o)->dict, arg);
    visit(&((RtInstance *)o)->value, arg);
}

static PV inst_snap_make(RtSnapR *r, int type) {
    (void)type;
    return rt_instance_new(rt_snap_ctx(r), PV_NULL);
}

static int inst_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    RtInstance *i = (RtInstance *)o;
    if (i->cls && (!RT_IS(i->cls, RT_T_CLASS) || PITH_B_IS_EXC(((RtClass *)i->cls)->base_id))) return -1;
    if (i->value && (!i->cls || !(rt_is_int(i->value) || rt_is_str(i->value) || RT_IS(i->value, RT_T_TUPLE))))
        return -1;
    if (!i->dict) return 0;
    if (!RT_IS(i->dict, RT_T_DICT)) return -1;
    pi64 pos = 0;
    PV k, v;
    while (rt_dict_next_entry((RtDict *)i->dict, &pos, &k, &v))
        if (!rt_is_str(k)) return -1;
    return 0;
}

static int inst_class(PV v) {
    (void)v;
    return PITH_B_OBJECT;
}

/* The setattr hook: instances (and user exceptions, whose type hands them over) keep what they are given. */
static int inst_setattr(PCtx *c, PV o, PV name, PV value) { return rt_user_setattr(c, o, name, value) < 0 ? -1 : 1; }

const RtTypeDesc rt_instance_type = {
    .name = "object",
    .flags = RT_TF_GC | RT_TF_DUNDER_OPS | RT_TF_USER_ATTRS,
    .binop = rt_user_binop,
    .unop = rt_user_unop,
    .next = rt_user_next,
    .setattr = inst_setattr,
    .class_of = inst_class,
    .traverse = inst_traverse,
    .repr = inst_repr,
    .str = rt_user_str,
    .hash = rt_user_hash,
    .compare = inst_compare,
    .truth = inst_truth,
    .len = inst_len,
    .iter = inst_iter,
    .contains = inst_contains,
    .getitem = inst_getitem,
    .setitem = inst_setitem,
    .delitem = inst_delitem,
    .call = inst_call,
    .snap_tag = SNAP_O_INSTANCE,
    .snap_make = inst_snap_make,
    .snap_check = inst_snap_check,
};
