/* rt_user_class.c — class objects: what the class statement builds (bases, C3 MRO, the namespace its body made),
 * attribute lookup along the MRO, class attributes read and written, and calling a class to make an
 * instance. Stage: runtime. Layouts and the design are in rt_class.h; instances are in rt_instance.c. */
#include <stdio.h>
#include <string.h>

#include "rt_class.h"
#include "rt_svc.h"
#include "rt_snap_codec.h"

/* ---- class values: builtin classes (RtBuiltin) and user classes (RtClass) ---- */

static const char *value_name(PV cls) { return RT_IS(cls, RT_T_CLASS) ? rt_class_name(cls) : rt_class_value_name(cls); }

static RtTuple *mro_of(PV cls) { return (RtTuple *)((RtClass *)cls)->mro; }

PV rt_class_lookup(PCtx *c, PV cls, PV name) {
    RtTuple *m = mro_of(cls);
    for (pi64 i = 0; i < m->n; i++) {
        if (!RT_IS(m->items[i], RT_T_CLASS)) continue;
        PV v; /* a str key: its hash is cached, and comparing strs cannot fail */
        if (rt_dict_lookup(c, ((RtClass *)m->items[i])->dict, name, &v) == 1) return v;
    }
    return PV_NULL;
}

PV rt_class_lookup_cstr(PV cls, const char *name) {
    RtTuple *m = mro_of(cls);
    for (pi64 i = 0; i < m->n; i++) {
        if (!RT_IS(m->items[i], RT_T_CLASS)) continue;
        RtDict *d = (RtDict *)((RtClass *)m->items[i])->dict;
        pi64 pos = 0;
        PV k, v;
        while (rt_dict_next_entry(d, &pos, &k, &v))
            if (rt_name_is(k, name)) return v;
    }
    return PV_NULL;
}

/* ---- building a class: bases, C3 linearisation, the namespace ---- */

/* enum's base classes as CPython 3.11 orders them (ReprEnum, which adds nothing here, left out) */
static const int enum_chain[][5] = {
    {PITH_B_ENUM, -1},
    {PITH_B_INTENUM, PITH_B_INT, PITH_B_ENUM, -1},
    {PITH_B_STRENUM, PITH_B_STR, PITH_B_ENUM, -1},
    {PITH_B_FLAG, PITH_B_ENUM, -1},
    {PITH_B_INTFLAG, PITH_B_INT, PITH_B_FLAG, PITH_B_ENUM, -1},
};

/* The MRO of a base as a tuple (new ref): a user class's own, a builtin class's chain up to object. */
static PV base_mro(PCtx *c, PV base) {
    if (RT_IS(base, RT_T_CLASS)) {
        pv_incref(((RtClass *)base)->mro);
        return ((RtClass *)base)->mro;
    }
    int id = ((RtBuiltin *)base)->id, n = 0, chain[64];
    if (id >= PITH_B_ENUM && id <= PITH_B_INTFLAG) {
        for (const int *e = enum_chain[id - PITH_B_ENUM]; *e >= 0; e++) chain[n++] = *e;
        id = PITH_B_OBJECT;
    }
    while (id != PITH_B_OBJECT && n < 62) {
        chain[n++] = id;
        if (id == PITH_B_BASEEXCEPTION) break;
        int up = -1;
        for (int b = PITH_B_FIRST_EXC; b < PITH_B_EXC_END; b++)
            if (b != id && rt_is_subclass(id, b) && (up < 0 || rt_is_subclass(b, up))) up = b;
        if (up < 0) break;
        id = up;
    }
    chain[n++] = PITH_B_OBJECT;
    PV t = rt_tuple_new(c, n);
    for (int i = 0; t && i < n; i++)
        if (!(((RtTuple *)t)->items[i] = rt_builtin(c, chain[i]))) {
            pv_decref(c, t);
            return PV_NULL;
        }
    return t;
}

static int in_tail(PV v, RtTuple **seqs, pi64 *heads, int nseq) {
    for (int s = 0; s < nseq; s++)
        for (pi64 i = heads[s] + 1; i < seqs[s]->n; i++)
            if (rt_same_class(seqs[s]->items[i], v)) return 1;
    return 0;
}

/* CPython's "Cannot create a consistent method resolution order (MRO) for bases A, B": the heads left. */
static void mro_error(PCtx *c, RtTuple **seqs, pi64 *heads, int nseq) {
    PithBuf b = rt_buf_new(c);
    pith_buf_puts(&b, "Cannot create a consistent method resolution\norder (MRO) for bases");
    int first = 1;
    for (int s = 0; s < nseq; s++) {
        if (heads[s] >= seqs[s]->n) continue;
        PV h = seqs[s]->items[heads[s]];
        int seen = 0;
        for (int t = 0; t < s; t++)
            if (heads[t] < seqs[t]->n && rt_same_class(seqs[t]->items[heads[t]], h)) seen = 1;
        if (seen) continue;
        pith_buf_puts(&b, first ? " " : ", ");
        pith_buf_puts(&b, value_name(h));
        first = 0;
    }
    PV msg = rt_buf_finish(&b);
    if (msg) {
        rt_err(c, PITH_B_TYPEERROR, "%S", msg);
        pv_decref(c, msg);
    }
}

/* C3: the class, then a merge of its bases' MROs and the list of bases. */
static PV c3_mro(PCtx *c, PV cls, RtTuple *bases) {
    int nseq = (int)bases->n + 1;
    RtTuple *seqs[PITH_MAX_CLASS_BASES + 1];
    pi64 heads[PITH_MAX_CLASS_BASES + 1];
    PV owned[PITH_MAX_CLASS_BASES];
    pi64 total = 1;
    for (int i = 0; i < nseq - 1; i++) {
        owned[i] = base_mro(c, bases->items[i]);
        if (!owned[i]) {
            for (int k = 0; k < i; k++) pv_decref(c, owned[k]);
            return PV_NULL;
        }
        seqs[i] = (RtTuple *)owned[i];
        total += seqs[i]->n;
    }
    seqs[nseq - 1] = bases;
    memset(heads, 0, sizeof heads);
    PV out = rt_list_new(c, total);
    int ok = out && rt_list_append(c, out, cls) == 0;
    while (ok) {
        PV pick = PV_NULL;
        int left = 0;
        for (int s = 0; s < nseq && !pick; s++) {
            if (heads[s] >= seqs[s]->n) continue;
            left = 1;
            PV cand = seqs[s]->items[heads[s]];
            if (!in_tail(cand, seqs, heads, nseq)) pick = cand;
        }
        if (!left) break;
        if (!pick) {
            mro_error(c, seqs, heads, nseq);
            ok = 0;
            break;
        }
        if (rt_list_append(c, out, pick) < 0) ok = 0;
        for (int s = 0; s < nseq; s++)
            if (heads[s] < seqs[s]->n && rt_same_class(seqs[s]->items[heads[s]], pick)) heads[s]++;
    }
    for (int i = 0; i < nseq - 1; i++) pv_decref(c, owned[i]);
    PV t = ok ? rt_list_to_tuple(c, out) : PV_NULL;
    pv_xdecref(c, out);
    return t;
}

static int is_enum_base(PV b) {
    if (RT_IS(b, RT_T_CLASS)) return rt_enum_kind(b) != 0;
    int id = RT_IS(b, RT_T_BUILTIN) ? ((RtBuiltin *)b)->id : -1;
    return id >= PITH_B_ENUM && id <= PITH_B_INTFLAG;
}

/* Bases must be classes pith can derive from: user classes, object, the exception classes and enum's; int or
 * str only beside an enum (`class Color(str, Enum)`: members are that value), tuple only for a namedtuple
 * the runtime makes (value_bases). */
static int check_bases(PCtx *c, RtTuple *bases, int value_bases) {
    int enum_base = 0;
    for (pi64 i = 0; i < bases->n; i++) enum_base |= is_enum_base(bases->items[i]);
    if (bases->n > PITH_MAX_CLASS_BASES) {
        rt_err(c, PITH_B_TYPEERROR, "too many base classes (the limit is %d)", PITH_MAX_CLASS_BASES);
        return -1;
    }
    for (pi64 i = 0; i < bases->n; i++) {
        PV b = bases->items[i];
        if (RT_IS(b, RT_T_BUILTIN) && ((RtBuiltin *)b)->host_name) {
            rt_err(c, PITH_B_TYPEERROR, "deriving from the host's class '%s' is not supported", value_name(b));
            return -1;
        }
        if (RT_IS(b, RT_T_BUILTIN) && rt_builtin_is_class(((RtBuiltin *)b)->id)) {
            int id = ((RtBuiltin *)b)->id;
            int value_ok = ((id == PITH_B_INT || id == PITH_B_STR) && enum_base) || (id == PITH_B_TUPLE && value_bases);
            if (id != PITH_B_OBJECT && !PITH_B_IS_EXC(id) && !is_enum_base(b) && !value_ok) {
                rt_err(c, PITH_B_TYPEERROR, "deriving a class from the builtin '%s' is not supported",
                       rt_builtin_name(id));
                return -1;
            }
        } else if (!RT_IS(b, RT_T_CLASS)) {
            rt_err(c, PITH_B_TYPEERROR, "bases must be types");
            return -1;
        }
        for (pi64 k = 0; k < i; k++)
            if (rt_same_class(bases->items[k], b)) {
                rt_err(c, PITH_B_TYPEERROR, "duplicate base class %s", value_name(b));
                return -1;
            }
    }
    return 0;
}

/* The builtin class instances are made as: the first exception class in the MRO, else object. */
static int layout_base(RtTuple *mro) {
    for (pi64 i = 0; i < mro->n; i++)
        if (RT_IS(mro->items[i], RT_T_BUILTIN) && PITH_B_IS_EXC(((RtBuiltin *)mro->items[i])->id))
            return ((RtBuiltin *)mro->items[i])->id;
    return PITH_B_OBJECT;
}

/* __slots__ of the namespace as a tuple of names (new ref), PV_NULL + no error when absent. */
static PV own_slots(PCtx *c, PV ns, int *err) {
    *err = 0;
    PV s = PV_NULL;
    pi64 pos = 0;
    PV k, v;
    while (rt_dict_next_entry((RtDict *)ns, &pos, &k, &v))
        if (rt_name_is(k, "__slots__")) s = v;
    if (!s) return PV_NULL;
    PV items;
    if (rt_is_str(s)) {
        pv_incref(s);
        items = rt_tuple_from_steal(c, &s, 1);
    } else {
        PV it = rt_iter(c, s), lst = it ? rt_seq_to_list(c, it) : PV_NULL;
        pv_xdecref(c, it);
        items = lst ? rt_list_to_tuple(c, lst) : PV_NULL;
        pv_xdecref(c, lst);
    }
    if (!items) {
        *err = 1;
        return PV_NULL;
    }
    RtTuple *t = (RtTuple *)items;
    for (pi64 i = 0; i < t->n; i++)
        if (!rt_is_str(t->items[i])) {
            rt_err(c, PITH_B_TYPEERROR, "__slots__ items must be strings, not '%s'", rt_type_name(t->items[i]));
            pv_decref(c, items);
            *err = 1;
            return PV_NULL;
        }
    return items;
}

/* The slot names instances may hold: when every user class of the MRO has __slots__, all of them together;
 * otherwise PV_NULL (instances have a dict). */
static PV all_slots(PCtx *c, PV own, RtTuple *mro) {
    if (!own) return PV_NULL;
    PV lst = rt_list_new(c, 0);
    if (!lst || rt_list_extend(c, lst, own) < 0) goto fail;
    for (pi64 i = 1; i < mro->n; i++) {
        if (!RT_IS(mro->items[i], RT_T_CLASS)) continue;
        PV s = ((RtClass *)mro->items[i])->slots;
        if (!s) {
            pv_decref(c, lst);
            return PV_NULL;
        }
        if (rt_list_extend(c, lst, s) < 0) goto fail;
    }
    PV t = rt_list_to_tuple(c, lst);
    pv_decref(c, lst);
    return t;
fail:
    pv_xdecref(c, lst);
    return PV_NULL;
}

static int ns_has(PV ns, const char *name) {
    pi64 pos = 0;
    PV k, v;
    while (rt_dict_next_entry((RtDict *)ns, &pos, &k, &v))
        if (rt_name_is(k, name)) return 1;
    return 0;
}

PV rt_class_ns(PCtx *c, PV names, PV *vals, int n) {
    if (!RT_IS(names, RT_T_TUPLE) || ((RtTuple *)names)->n != n) {
        rt_err(c, PITH_B_SYSTEMERROR, "internal error: bad class namespace");
        return PV_NULL;
    }
    PV d = rt_dict_new(c);
    for (int i = 0; d && i < n; i++)
        if (vals[i] && rt_dict_set(c, d, ((RtTuple *)names)->items[i], vals[i]) < 0) {
            pv_decref(c, d);
            return PV_NULL;
        }
    return d;
}

/* `class P(NamedTuple)`: typing.NamedTuple among the bases (which must then be it alone, as CPython's
 * "can only inherit from a NamedTuple type and Generic" requires), 1; else 0. */
static int namedtuple_base(PCtx *c, RtTuple *bases) {
    int found = 0;
    for (pi64 i = 0; i < bases->n; i++)
        found |= RT_IS(bases->items[i], RT_T_BUILTIN) && ((RtBuiltin *)bases->items[i])->id == PITH_B_NAMEDTUPLE;
    if (found && bases->n != 1) {
        rt_err(c, PITH_B_TYPEERROR, "can only inherit from a NamedTuple type and Generic");
        return -1;
    }
    return found;
}

/* The class statement: ns is the dict the body returned (its bound names, and __classcell__ when a method
 * uses super() or __class__), bases the evaluated base expressions. An enum's members and a NamedTuple's
 * fields are made from the namespace once the class is (rt_enum.c, rt_value_base.c). */
PV rt_class_build(PCtx *c, PV ns, PV name, PV qualname, PV bases) {
    if (!RT_IS(ns, RT_T_DICT) || !rt_is_str(name) || !rt_is_str(qualname) || !RT_IS(bases, RT_T_TUPLE)) {
        rt_err(c, PITH_B_SYSTEMERROR, "internal error: bad class statement");
        return PV_NULL;
    }
    int nt = namedtuple_base(c, (RtTuple *)bases);
    if (nt < 0) return PV_NULL;
    if (nt) return rt_namedtuple_class_stmt(c, ns, name, qualname);
    PV cls = rt_class_make(c, ns, name, qualname, bases, 0);
    if (cls && rt_enum_kind(cls) && rt_enum_finish(c, cls) < 0) {
        pv_decref(c, cls);
        return PV_NULL;
    }
    return cls;
}

PV rt_class_make(PCtx *c, PV ns, PV name, PV qualname, PV bases, int value_bases) {
    if (check_bases(c, (RtTuple *)bases, value_bases) < 0) return PV_NULL;
    PV obj = PV_NULL, own = PV_NULL;
    if (((RtTuple *)bases)->n == 0) {
        obj = rt_builtin(c, PITH_B_OBJECT);
        if (!obj) return PV_NULL;
        bases = rt_tuple_from_steal(c, &obj, 1);
        if (!bases) return PV_NULL;
    } else {
        pv_incref(bases);
    }
    RtClass *k = (RtClass *)rt_obj_new(c, RT_T_CLASS, sizeof(RtClass));
    if (!k) {
        pv_decref(c, bases);
        return PV_NULL;
    }
    pv_incref(name);
    pv_incref(qualname);
    k->name = name;
    k->qualname = qualname;
    k->bases = bases;
    k->mro = k->dict = k->slots = PV_NULL;
    k->base_id = PITH_B_OBJECT;
    PV cls = (PV)k;
    if (!(k->mro = c3_mro(c, cls, (RtTuple *)bases))) goto fail;
    k->base_id = layout_base((RtTuple *)k->mro);
    if (!(k->dict = rt_dict_new(c))) goto fail;
    /* the namespace becomes the class dict, less __classcell__, which is given the class */
    pi64 pos = 0;
    PV key, v;
    while (rt_dict_next_entry((RtDict *)ns, &pos, &key, &v)) {
        if (rt_name_is(key, "__classcell__")) {
            if (RT_IS(v, RT_T_CELL)) {
                PCellObj *cell = (PCellObj *)v;
                pv_xdecref(c, cell->v);
                pv_incref(cls);
                cell->v = cls;
            }
            continue;
        }
        if (rt_dict_set(c, k->dict, key, v) < 0) goto fail;
    }
    if (ns_has(ns, "__eq__") && !ns_has(ns, "__hash__")) { /* CPython: defining __eq__ alone unhashes */
        PV h = rt_str_cstr(c, "__hash__");
        int r = h ? rt_dict_set(c, k->dict, h, PV_NONE) : -1;
        pv_xdecref(c, h);
        if (r < 0) goto fail;
    }
    int err;
    own = own_slots(c, ns, &err);
    if (err) goto fail;
    k->slots = all_slots(c, own, (RtTuple *)k->mro);
    if (own && !k->slots && rt_exc_pending(c)) goto fail;
    pv_xdecref(c, own);
    return cls;
fail:
    pv_xdecref(c, own);
    pv_decref(c, cls);
    return PV_NULL;
}

/* ---- attributes of a class ---- */

PV rt_class_getattr(PCtx *c, PV cls, PV name) {
    RtClass *k = (RtClass *)cls;
    PV v = rt_class_lookup(c, cls, name);
    if (v) {
        if (RT_IS(v, RT_T_WRAP)) {
            RtWrap *w = (RtWrap *)v;
            if (w->kind == RT_W_STATIC) v = w->a;
            if (w->kind == RT_W_CLASSMETHOD) return rt_bound_new(c, w->a, cls);
        }
        pv_incref(v);
        return v;
    }
    if (rt_name_is(name, "__name__")) return pv_incref(k->name), k->name;
    if (rt_name_is(name, "__qualname__")) return pv_incref(k->qualname), k->qualname;
    if (rt_name_is(name, "__module__")) return rt_str_cstr(c, "__main__");
    if (rt_name_is(name, "__doc__")) return PV_NONE;
    if (rt_name_is(name, "__members__") && rt_enum_kind(cls)) return rt_enum_members(c, cls);
    if (rt_name_is(name, "__class__")) return rt_builtin(c, PITH_B_TYPE);
    if (rt_object_has(name)) return rt_wrap_new(c, RT_W_OBJECT_INIT, PV_NULL, name, cls); /* object's, unbound */
    rt_err(c, PITH_B_ATTRIBUTEERROR, "type object '%s' has no attribute '%S'", rt_class_name(cls), name);
    rt_attr_hint(c, cls, name);
    return PV_NULL;
}

int rt_class_setattr(PCtx *c, PV cls, PV name, PV value) {
    RtClass *k = (RtClass *)cls;
    if (value) return rt_dict_set(c, k->dict, name, value);
    int r = rt_dict_del(c, k->dict, name);
    if (r == 0) rt_err(c, PITH_B_ATTRIBUTEERROR, "type object '%s' has no attribute '%S'", rt_class_name(cls), name);
    return r > 0 ? 0 : -1;
}

/* ---- calling a class ---- */

int rt_init_result(PCtx *c, PV r) {
    if (r == PV_NONE) return 0;
    rt_err(c, PITH_B_TYPEERROR, "__init__() should return None, not '%s'", rt_type_name(r));
    return -1;
}

PV rt_class_alloc(PCtx *c, PV cls, PV *args, int nargs, PV kwnames, PV *init) {
    RtClass *k = (RtClass *)cls;
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0;
    *init = rt_class_lookup_cstr(cls, "__init__");
    if (*init && !RT_IS(*init, RT_T_FUNC) && !RT_IS(*init, RT_T_BUILTIN) && !RT_IS(*init, RT_T_NATMETH)) *init = PV_NULL;
    if (rt_enum_kind(cls)) { /* Color(1): a lookup by value, never a new member */
        *init = PV_NULL;
        return rt_enum_class_call(c, cls, args, nargs, kwnames);
    }
    if (PITH_B_IS_EXC(k->base_id)) { /* BaseException.__new__: args are the positional arguments */
        if (!*init && nkw) {
            rt_err(c, PITH_B_TYPEERROR, "%s() takes no keyword arguments", rt_class_name(cls));
            return PV_NULL;
        }
        PV t = rt_tuple_new(c, nargs - nkw);
        for (int i = 0; t && i < nargs - nkw; i++) {
            pv_incref(args[i]);
            ((RtTuple *)t)->items[i] = args[i];
        }
        PV e = t ? rt_exc_new(c, k->base_id, t) : PV_NULL;
        if (e) {
            pv_incref(cls);
            ((RtExc *)e)->ucls = cls;
            RT_OBJ(e)->flags |= RT_EXC_USER;
        }
        return e;
    }
    if (!*init && nargs) {
        rt_err(c, PITH_B_TYPEERROR, "%s() takes no arguments", rt_class_name(cls));
        return PV_NULL;
    }
    return rt_instance_new(c, cls);
}

/* C(...) from C code: the instance, then its __init__ (a step-only __init__ runs on a private chain). */
PV rt_class_call(PCtx *c, PV cls, PV *args, int nargs, PV kwnames) {
    PV init, obj = rt_class_alloc(c, cls, args, nargs, kwnames, &init);
    if (!obj || !init) return obj;
    PV local[17], *a = local;
    if (nargs + 1 > 17 && !(a = rt_alloc(c, sizeof(PV) * (size_t)(nargs + 1)))) {
        pv_decref(c, obj);
        return PV_NULL;
    }
    a[0] = obj;
    for (int i = 0; i < nargs; i++) a[i + 1] = args[i];
    pv_incref(init); /* __init__ may rebind itself on the class */
    PV r = rt_call_value(c, init, a, nargs + 1, kwnames);
    pv_decref(c, init);
    if (a != local) rt_free(c, a, sizeof(PV) * (size_t)(nargs + 1));
    if (!r || rt_init_result(c, r) < 0) {
        pv_xdecref(c, r);
        pv_decref(c, obj);
        return PV_NULL;
    }
    return obj;
}

int rt_raise_user_class_named(PCtx *c, const char *name, const char *message) {
    const PProgDesc *p = RT_CTX(c)->prog;
    PV cls = PV_NULL;
    for (int i = 0; p && i < p->nglobals && !cls; i++) {
        PV v = c->g[i];
        if (v && RT_IS(v, RT_T_CLASS) && PITH_B_IS_EXC(((RtClass *)v)->base_id) && !strcmp(rt_class_name(v), name))
            cls = v;
    }
    if (!cls) return 0;
    PV msg = rt_str_cstr(c, message);
    if (!msg) return 1;
    PV e = rt_class_call(c, cls, &msg, 1, PV_NULL); /* what a Python host would raise: ToolError(message) */
    if (!e && RT_CTX(c)->limit == RT_LIMIT_NONE) {  /* an __init__ that wants more: the bare instance */
        pv_decref(c, rt_exc_fetch(c));
        PV init;
        e = rt_class_alloc(c, cls, &msg, 1, PV_NULL, &init);
    }
    pv_decref(c, msg);
    if (e && RT_IS(e, RT_T_EXC)) rt_raise(c, e);
    pv_xdecref(c, e);
    return 1;
}

/* ---- the type ---- */

static void class_traverse(PObj *o, RtVisit visit, void *arg) {
    RtClass *k = (RtClass *)o;
    visit(&k->name, arg);
    visit(&k->qualname, arg);
    visit(&k->bases, arg);
    visit(&k->mro, arg);
    visit(&k->dict, arg);
    visit(&k->slots, arg);
}

/* "<class '__main__.Outer.Inner'>"; an enum's "<enum 'Color'>" */
static PV class_repr(PCtx *c, PV v) {
    int ek = rt_enum_kind(v);
    PithBuf b = rt_buf_new(c);
    if (ek) {
        pith_buf_puts(&b, ek & RT_ENUM_FLAG ? "<flag '" : "<enum '");
        rt_buf_put_str(&b, ((RtClass *)v)->name);
        pith_buf_puts(&b, "'>");
        return rt_buf_finish(&b);
    }
    pith_buf_puts(&b, "<class '__main__.");
    rt_buf_put_str(&b, ((RtClass *)v)->qualname);
    pith_buf_puts(&b, "'>");
    return rt_buf_finish(&b);
}

static void class_snap_put(RtSnapW *w, PObj *o) { rt_snap_put_uv(w, (uint64_t)((RtClass *)o)->base_id); }

static PV class_snap_make(RtSnapR *r, int type) {
    uint64_t id = rt_snap_get_uv(r);
    if (rt_snap_r_bad(r) || (id != PITH_B_OBJECT && !PITH_B_IS_EXC((int)id))) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    RtClass *k = (RtClass *)rt_obj_new(rt_snap_ctx(r), type, sizeof(RtClass));
    if (!k) return PV_NULL;
    k->name = k->qualname = k->bases = k->mro = k->dict = k->slots = PV_NULL;
    k->base_id = (int)id;
    return (PV)k;
}

static int all_classes(PV t, int from) {
    if (!t || !RT_IS(t, RT_T_TUPLE)) return 0;
    for (pi64 i = from; i < ((RtTuple *)t)->n; i++)
        if (!rt_is_class(((RtTuple *)t)->items[i])) return 0;
    return 1;
}

static int all_strs(PV t) {
    if (!RT_IS(t, RT_T_TUPLE)) return 0;
    for (pi64 i = 0; i < ((RtTuple *)t)->n; i++)
        if (!rt_is_str(((RtTuple *)t)->items[i])) return 0;
    return 1;
}

/* What lookups trust: names are strs, the MRO starts with the class and holds classes, the dict is a dict
 * of str keys, slots are names. */
static int class_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    RtClass *k = (RtClass *)o;
    if (!k->name || !rt_is_str(k->name) || !k->qualname || !rt_is_str(k->qualname)) return -1;
    if (!all_classes(k->bases, 0) || !all_classes(k->mro, 1) || ((RtTuple *)k->mro)->n < 1 ||
        ((RtTuple *)k->mro)->items[0] != (PV)k)
        return -1;
    if (!k->dict || !RT_IS(k->dict, RT_T_DICT) || (k->slots && !all_strs(k->slots))) return -1;
    pi64 pos = 0;
    PV key, v;
    while (rt_dict_next_entry((RtDict *)k->dict, &pos, &key, &v))
        if (!rt_is_str(key)) return -1;
    return 0;
}

static int class_setattr_hook(PCtx *c, PV cls, PV name, PV value) {
    int r = rt_enum_class_setattr(c, cls, name, value);
    if (r) return r;
    return rt_class_setattr(c, cls, name, value) < 0 ? -1 : 1;
}

/* A class is iterable, sized and subscriptable only when it is an enum (EnumType's methods); otherwise these
 * hooks say what CPython says of a class. */
static PV class_iter(PCtx *c, PV cls) {
    if (rt_enum_kind(cls)) return rt_enum_class_iter(c, cls);
    rt_err(c, PITH_B_TYPEERROR, "'type' object is not iterable");
    return PV_NULL;
}

static pi64 class_len(PCtx *c, PV cls) {
    if (rt_enum_kind(cls)) return rt_enum_class_len(c, cls);
    rt_err(c, PITH_B_TYPEERROR, "object of type 'type' has no len()");
    return RT_LEN_ERROR;
}

static int class_truth(PCtx *c, PV cls) {
    (void)c;
    (void)cls;
    return 1;
}

static int class_contains(PCtx *c, PV cls, PV item) {
    if (rt_enum_kind(cls)) return rt_enum_class_contains(c, cls, item);
    rt_err(c, PITH_B_TYPEERROR, "argument of type 'type' is not iterable");
    return -1;
}

static PV class_getitem(PCtx *c, PV cls, PV key) {
    if (rt_enum_kind(cls)) return rt_enum_class_getitem(c, cls, key);
    rt_err(c, PITH_B_TYPEERROR, "'type' object is not subscriptable");
    return PV_NULL;
}

/* "__main__.Point()": how argument errors name a class. */
static PV class_call_name(PCtx *c, PV cls) {
    char buf[320];
    snprintf(buf, sizeof buf, "__main__.%.200s()", rt_sdata(((RtClass *)cls)->qualname));
    return rt_str_cstr(c, buf);
}

const RtTypeDesc rt_class_type = {
    .name = "type",
    .flags = RT_TF_GC | RT_TF_USER_ATTRS,
    .cls = PITH_B_TYPE,
    .traverse = class_traverse,
    .repr = class_repr,
    .setattr = class_setattr_hook,
    .iter = class_iter,
    .len = class_len,
    .truth = class_truth,
    .contains = class_contains,
    .getitem = class_getitem,
    .call = rt_class_call,
    .call_name = class_call_name,
    .snap_tag = SNAP_O_CLASS,
    .snap_put = class_snap_put,
    .snap_make = class_snap_make,
    .snap_check = class_snap_check,
};
