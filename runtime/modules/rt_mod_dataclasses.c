/* rt_mod_dataclasses.c — the dataclasses module as CPython 3.11 behaves: @dataclass and @dataclass(...) (init,
 * repr, eq, order, unsafe_hash, frozen, match_args), field(), fields(), asdict(), astuple(), replace(),
 * is_dataclass(), FrozenInstanceError and MISSING. Stage: runtime, part modules/.
 * The decorator runs when the class is made, as CPython's: it collects the fields (the dataclass bases' along
 * the MRO, then the class's own annotated names, from the `__annotations__` the class body keeps), raises
 * CPython's errors for mutable defaults and misordered defaults, stores `__dataclass_fields__` (name -> Field)
 * and `__dataclass_params__` (the options) in the class dict, and adds the methods the class does not define
 * as runtime-written methods (RtNatMeth, rt_natmeth.c) that read the fields when called. Annotations are kept
 * as source text, so Field.type is a str ('int') where CPython has the class. Not supported, and refused at
 * compile time (the names cannot be imported) or by a TypeError here: InitVar, weakref_slot=True.
 * __post_init__ and default factories run on a private frame chain: a host
 * call inside one is the RuntimeError of any function called from C. */
#include <stdio.h>
#include <string.h>

#include "pith_mod_classes.h"
#include "rt_modules.h"
#include "rt_svc.h"
#include "rt_type.h"

#define DC_DEFAULT (RT_DC_INIT | RT_DC_REPR | RT_DC_EQ | RT_DC_MATCH_ARGS)
#define KW_UNSET 2 /* RtDcField.kw_only of a field() not given kw_only: the class's kw_only decides */

static PV missing(PCtx *c) { return rt_builtin(c, PITH_B_DC_MISSING); }
static int is_missing(PV v) { return v && RT_IS(v, RT_T_BUILTIN) && ((RtBuiltin *)v)->id == PITH_B_DC_MISSING; }

static PV own_get(PV cls, const char *name) {
    pi64 pos = 0;
    PV k, v;
    while (rt_dict_next_entry((RtDict *)((RtClass *)cls)->dict, &pos, &k, &v))
        if (rt_name_is(k, name)) return v;
    return PV_NULL;
}

static int own_set(PCtx *c, PV cls, const char *name, PV v) {
    PV k = rt_str_cstr(c, name);
    int r = k ? rt_dict_set(c, ((RtClass *)cls)->dict, k, v) : -1;
    pv_xdecref(c, k);
    return r;
}

/* A fields dict as the decorator made it: str -> Field. The program can reach the dict (getattr) and a snapshot
 * carries it, so every reader checks it. */
static int valid_fields(PV f) {
    if (!f || !RT_IS(f, RT_T_DICT)) return 0;
    pi64 pos = 0;
    PV k, v;
    while (rt_dict_next_entry((RtDict *)f, &pos, &k, &v))
        if (!rt_is_str(k) || !RT_IS(v, RT_T_DCFIELD)) return 0;
    return 1;
}

/* The fields dict (name -> Field) of a dataclass or an instance of one (borrowed), or PV_NULL. */
static PV fields_of(PV v) {
    PV cls = RT_IS(v, RT_T_CLASS) ? v : rt_user_class(v);
    if (!cls || !RT_IS(cls, RT_T_CLASS)) return PV_NULL;
    PV f = rt_class_lookup_cstr(cls, "__dataclass_fields__");
    return valid_fields(f) ? f : PV_NULL;
}

/* The fields of the dataclass a method serves (borrowed), or PV_NULL with a TypeError. */
static PV own_fields(PCtx *c, PV cls) {
    PV f = own_get(cls, "__dataclass_fields__");
    if (valid_fields(f)) return f;
    rt_err(c, PITH_B_TYPEERROR, "%s.__dataclass_fields__ is not a dataclass's fields", rt_class_name(cls));
    return PV_NULL;
}

static int params_of(PV cls) {
    PV p = own_get(cls, "__dataclass_params__");
    return p && PV_IS_INT(p) ? (int)PV_IVAL(p) : 0;
}

/* The field list of a dataclass as a tuple (new reference). */
static PV field_tuple(PCtx *c, PV fields) {
    PV t = rt_tuple_new(c, ((RtDict *)fields)->n);
    pi64 pos = 0, i = 0;
    PV k, v;
    while (t && rt_dict_next_entry((RtDict *)fields, &pos, &k, &v)) {
        pv_incref(v);
        ((RtTuple *)t)->items[i++] = v;
    }
    return t;
}

/* ---- FrozenInstanceError ---- */

static PV frozen_class(PCtx *c) { return rt_builtin(c, PITH_B_FROZENINSTANCEERROR); }

static void raise_frozen(PCtx *c, const char *verb, PV name) {
    PV r = rt_repr(c, name);
    PithBuf b = rt_buf_new(c);
    pith_buf_puts(&b, "cannot ");
    pith_buf_puts(&b, verb);
    pith_buf_puts(&b, " field ");
    if (r) rt_buf_put_str(&b, r);
    PV msg = r ? rt_buf_finish(&b) : (pith_buf_free(&b), PV_NULL);
    PV args = msg ? rt_tuple_from_steal(c, &msg, 1) : PV_NULL;
    PV e = args ? rt_exc_new(c, PITH_B_FROZENINSTANCEERROR, args) : PV_NULL;
    if (e) {
        rt_raise(c, e);
        pv_decref(c, e);
    }
    pv_xdecref(c, r);
}

/* ---- keyword arguments of the module's functions ---- */

/* Each keyword into vals[i] of the names list (borrowed; PV_NULL when absent). -1 with CPython's TypeError
 * for a name the function does not have. */
static int take_kw(PCtx *c, const char *fname, PV *args, int npos, PV kwnames, const char *const *names, int n,
                   PV *vals) {
    for (int i = 0; i < n; i++) vals[i] = PV_NULL;
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0;
    for (int k = 0; k < nkw; k++) {
        PV kn = ((RtTuple *)kwnames)->items[k];
        int i = 0;
        while (i < n && !rt_name_is(kn, names[i])) i++;
        if (i == n) {
            rt_err(c, PITH_B_TYPEERROR, "%s() got an unexpected keyword argument '%S'", fname, kn);
            return -1;
        }
        vals[i] = args[npos + k];
    }
    return 0;
}

/* ---- field() ---- */

static PV field_new(PCtx *c, PV deflt, PV factory, int init, int repr, PV hash, int compare, PV metadata) {
    RtDcField *f = (RtDcField *)rt_obj_new(c, RT_T_DCFIELD, sizeof(RtDcField));
    if (!f) return PV_NULL;
    f->name = f->type = PV_NONE;
    pv_incref(deflt);
    pv_incref(factory);
    pv_incref(hash);
    pv_incref(metadata);
    f->deflt = deflt;
    f->factory = factory;
    f->hash = hash;
    f->metadata = metadata;
    f->init = init;
    f->repr = repr;
    f->compare = compare;
    f->kw_only = KW_UNSET;
    return (PV)f;
}

static PV dc_field(PCtx *c, PV *args, int npos, PV kwnames) {
    static const char *const names[] = {"default", "default_factory", "init",     "repr",
                                        "hash",    "compare",         "metadata", "kw_only"};
    PV v[8];
    if (npos) {
        rt_err(c, PITH_B_TYPEERROR, "field() takes 0 positional arguments but %d %s given", npos,
               npos == 1 ? "was" : "were");
        return PV_NULL;
    }
    if (take_kw(c, "field", args, npos, kwnames, names, 8, v) < 0) return PV_NULL;
    PV miss = missing(c);
    if (!miss) return PV_NULL;
    PV deflt = v[0] ? v[0] : miss, factory = v[1] ? v[1] : miss;
    pv_decref(c, miss);
    if (!is_missing(deflt) && !is_missing(factory)) {
        rt_err(c, PITH_B_VALUEERROR, "cannot specify both default and default_factory");
        return PV_NULL;
    }
    int kw_only = KW_UNSET;
    if (v[7] && !is_missing(v[7]) && (kw_only = rt_truth(c, v[7])) < 0) return PV_NULL;
    int flags[3];
    PV fv[3] = {v[2], v[3], v[5]};
    for (int i = 0; i < 3; i++) {
        flags[i] = fv[i] ? rt_truth(c, fv[i]) : 1;
        if (flags[i] < 0) return PV_NULL;
    }
    PV f = field_new(c, deflt, factory, flags[0], flags[1], v[4] ? v[4] : PV_NONE, flags[2], v[6] ? v[6] : PV_NONE);
    if (f) ((RtDcField *)f)->kw_only = kw_only;
    return f;
}

/* ---- @dataclass ---- */

static int starts_with(PV s, const char *p) { return !strncmp(rt_sdata(s), p, strlen(p)); }

/* A default CPython refuses: an instance of a class whose __hash__ is None (list, dict, set, an eq-only
 * dataclass...). */
static int mutable_default(PV v) {
    if (RT_IS(v, RT_T_LIST) || RT_IS(v, RT_T_DICT) || RT_IS(v, RT_T_SET)) return 1;
    PV k = rt_user_class(v);
    return k && RT_IS(k, RT_T_CLASS) && rt_class_lookup_cstr(k, "__hash__") == PV_NONE;
}

/* The Field of one annotated name (new reference): the field() the class body assigned, else one made for
 * its plain default. The class attribute becomes the default, or goes when there is none. */
static PV own_field(PCtx *c, PV cls, PV name, PV type, int kw_only) {
    PV dict = ((RtClass *)cls)->dict, value;
    int r = rt_dict_lookup(c, dict, name, &value);
    if (r < 0) return PV_NULL;
    PV f;
    if (r && RT_IS(value, RT_T_DCFIELD)) {
        f = value;
        pv_incref(f);
    } else {
        PV miss = missing(c);
        f = miss ? field_new(c, r ? value : miss, miss, 1, 1, PV_NONE, 1, PV_NONE) : PV_NULL;
        pv_xdecref(c, miss);
        if (!f) return PV_NULL;
    }
    RtDcField *fd = (RtDcField *)f;
    pv_incref(name);
    pv_incref(type);
    pv_decref(c, fd->name);
    pv_decref(c, fd->type);
    fd->name = name;
    fd->type = type;
    if (fd->kw_only == KW_UNSET) fd->kw_only = kw_only;
    if (!is_missing(fd->deflt) && mutable_default(fd->deflt)) {
        PV t = rt_type_of(c, fd->deflt);
        if (t)
            rt_err(c, PITH_B_VALUEERROR, "mutable default %R for field %S is not allowed: use default_factory", t,
                   name);
        pv_xdecref(c, t);
        pv_decref(c, f);
        return PV_NULL;
    }
    if (r && RT_IS(value, RT_T_DCFIELD)) {
        int rc = is_missing(fd->deflt) ? rt_dict_del(c, dict, name) : rt_dict_set(c, dict, name, fd->deflt);
        if (rc < 0) {
            pv_decref(c, f);
            return PV_NULL;
        }
    }
    return f;
}

static int is_kw_only_marker(PV type) {
    return rt_is_str(type) && (rt_str_is(type, "KW_ONLY") || rt_str_is(type, "dataclasses.KW_ONLY"));
}

/* The fields in order: every dataclass base's (the MRO from object up), then the class's own; kw_only is
 * the decorator's, and every field after a `_: KW_ONLY` annotation is keyword-only. */
static PV collect_fields(PCtx *c, PV cls, int kw_only) {
    PV fields = rt_dict_new(c);
    if (!fields) return PV_NULL;
    RtTuple *mro = (RtTuple *)((RtClass *)cls)->mro;
    for (pi64 i = mro->n - 1; i >= 1; i--) {
        PV b = mro->items[i], bf = RT_IS(b, RT_T_CLASS) ? own_get(b, "__dataclass_fields__") : PV_NULL;
        pi64 pos = 0;
        PV k, v;
        while (valid_fields(bf) && rt_dict_next_entry((RtDict *)bf, &pos, &k, &v))
            if (rt_dict_set(c, fields, k, v) < 0) goto fail;
    }
    PV ann = own_get(cls, "__annotations__");
    pi64 pos = 0;
    PV k, type;
    int seen_marker = 0;
    while (ann && RT_IS(ann, RT_T_DICT) && rt_dict_next_entry((RtDict *)ann, &pos, &k, &type)) {
        if (rt_is_str(type) && (starts_with(type, "ClassVar") || starts_with(type, "typing.ClassVar"))) continue;
        if (is_kw_only_marker(type)) {
            if (seen_marker) {
                rt_err(c, PITH_B_TYPEERROR, "'KW_ONLY' can only be used once per dataclass");
                goto fail;
            }
            seen_marker = kw_only = 1;
            continue;
        }
        if (rt_is_str(type) && (starts_with(type, "InitVar") || starts_with(type, "dataclasses.InitVar"))) {
            rt_err(c, PITH_B_TYPEERROR, "dataclass field %S: %S is not supported", k, type);
            goto fail;
        }
        PV f = own_field(c, cls, k, type, kw_only);
        if (!f) goto fail;
        int r = rt_dict_set(c, fields, k, f);
        pv_decref(c, f);
        if (r < 0) goto fail;
    }
    pos = 0; /* a field() without an annotation */
    PV v;
    while (rt_dict_next_entry((RtDict *)((RtClass *)cls)->dict, &pos, &k, &v)) {
        PV t;
        if (RT_IS(v, RT_T_DCFIELD) && !(ann && RT_IS(ann, RT_T_DICT) && rt_dict_lookup(c, ann, k, &t) == 1)) {
            rt_err(c, PITH_B_TYPEERROR, "%R is a field but has no type annotation", k);
            goto fail;
        }
    }
    return fields;
fail:
    pv_decref(c, fields);
    return PV_NULL;
}

/* CPython's _set_new_attribute: the class body's own definition wins; 1 when it had one. */
static int set_new(PCtx *c, PV cls, const char *name, int which) {
    if (own_get(cls, name)) return 1;
    PV m = rt_natmeth_new(c, which, cls);
    int r = m ? own_set(c, cls, name, m) : -1;
    pv_xdecref(c, m);
    return r < 0 ? -1 : 0;
}

static int check_default_order(PCtx *c, PV fields) {
    pi64 pos = 0;
    PV k, v;
    int seen_default = 0;
    while (rt_dict_next_entry((RtDict *)fields, &pos, &k, &v)) {
        const RtDcField *f = (const RtDcField *)v;
        if (!f->init || f->kw_only) continue; /* keyword-only parameters may come in any order */
        if (!is_missing(f->deflt) || !is_missing(f->factory))
            seen_default = 1;
        else if (seen_default) {
            rt_err(c, PITH_B_TYPEERROR, "non-default argument %R follows default argument", k);
            return -1;
        }
    }
    return 0;
}

/* CPython's _hash_action table, by (unsafe_hash, eq, frozen, has an explicit __hash__). */
static int set_hash(PCtx *c, PV cls, int opts, int had_eq, PV class_hash) {
    int explicit_hash = class_hash && !(class_hash == PV_NONE && had_eq);
    int unsafe = !!(opts & RT_DC_UNSAFE_HASH), eq = !!(opts & RT_DC_EQ), frozen = !!(opts & RT_DC_FROZEN);
    if (unsafe && explicit_hash) {
        rt_err(c, PITH_B_TYPEERROR, "Cannot overwrite attribute __hash__ in class %s", rt_class_name(cls));
        return -1;
    }
    if (explicit_hash) return 0;
    if (unsafe || (eq && frozen)) {
        PV m = rt_natmeth_new(c, RT_NM_DC_HASH, cls);
        int r = m ? own_set(c, cls, "__hash__", m) : -1;
        pv_xdecref(c, m);
        return r;
    }
    if (eq) return own_set(c, cls, "__hash__", PV_NONE);
    return 0;
}

/* slots=True: instances hold only the fields (CPython makes a new class with __slots__ of the field names; pith
 * limits the class's own instances the same way). A base without __slots__ gives instances a dict anyway. */
static int set_slots(PCtx *c, PV cls, PV fields) {
    RtTuple *mro = (RtTuple *)((RtClass *)cls)->mro;
    PV names = rt_list_new(c, 0);
    if (!names) return -1;
    for (pi64 i = 1; i < mro->n; i++)
        if (RT_IS(mro->items[i], RT_T_CLASS) && !((RtClass *)mro->items[i])->slots) {
            pv_decref(c, names);
            return 0;
        }
    pi64 pos = 0;
    PV k, v;
    while (rt_dict_next_entry((RtDict *)fields, &pos, &k, &v))
        if (rt_list_append(c, names, k) < 0) {
            pv_decref(c, names);
            return -1;
        }
    for (pi64 i = 1; i < mro->n; i++)
        if (RT_IS(mro->items[i], RT_T_CLASS) && rt_list_extend(c, names, ((RtClass *)mro->items[i])->slots) < 0) {
            pv_decref(c, names);
            return -1;
        }
    PV t = rt_list_to_tuple(c, names);
    pv_decref(c, names);
    if (!t) return -1;
    pv_xdecref(c, ((RtClass *)cls)->slots);
    ((RtClass *)cls)->slots = t;
    return 0;
}

static PV process(PCtx *c, PV cls, int opts) {
    if (!RT_IS(cls, RT_T_CLASS)) {
        rt_err(c, PITH_B_TYPEERROR, "dataclass() should be called on a class, not '%s'", rt_type_name(cls));
        return PV_NULL;
    }
    /* what the class body defined, before the decorator adds anything */
    int had_eq = own_get(cls, "__eq__") != PV_NULL;
    PV class_hash = own_get(cls, "__hash__"); /* None when the body defined __eq__ alone (rt_class_build) */
    PV fields = collect_fields(c, cls, (opts & RT_DC_KW_ONLY) != 0);
    if (!fields) return PV_NULL;
    RtTuple *mro = (RtTuple *)((RtClass *)cls)->mro;
    for (pi64 i = 1; i < mro->n; i++) {
        PV b = mro->items[i];
        if (!RT_IS(b, RT_T_CLASS) || !own_get(b, "__dataclass_fields__")) continue;
        int bf = params_of(b) & RT_DC_FROZEN, me = opts & RT_DC_FROZEN;
        if (bf && !me) {
            rt_err(c, PITH_B_TYPEERROR, "cannot inherit non-frozen dataclass from a frozen one");
            goto fail;
        }
        if (!bf && me) {
            rt_err(c, PITH_B_TYPEERROR, "cannot inherit frozen dataclass from a non-frozen one");
            goto fail;
        }
    }
    if (own_set(c, cls, "__dataclass_fields__", fields) < 0 ||
        own_set(c, cls, "__dataclass_params__", PV_INT(opts)) < 0)
        goto fail;
    if (opts & RT_DC_INIT) {
        if (check_default_order(c, fields) < 0 || set_new(c, cls, "__init__", RT_NM_DC_INIT) < 0) goto fail;
    }
    if ((opts & RT_DC_REPR) && set_new(c, cls, "__repr__", RT_NM_DC_REPR) < 0) goto fail;
    if ((opts & RT_DC_EQ) && !had_eq && set_new(c, cls, "__eq__", RT_NM_DC_EQ) < 0) goto fail;
    if (opts & RT_DC_ORDER) {
        if (!(opts & RT_DC_EQ)) {
            rt_err(c, PITH_B_VALUEERROR, "eq must be true if order is true");
            goto fail;
        }
        static const char *const ops[] = {"__lt__", "__le__", "__gt__", "__ge__"};
        for (int i = 0; i < 4; i++) {
            int r = set_new(c, cls, ops[i], RT_NM_DC_LT + i);
            if (r < 0) goto fail;
            if (r) {
                rt_err(c, PITH_B_TYPEERROR,
                       "Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering", ops[i],
                       rt_class_name(cls));
                goto fail;
            }
        }
    }
    if (opts & RT_DC_FROZEN) {
        static const char *const ops[] = {"__setattr__", "__delattr__"};
        for (int i = 0; i < 2; i++) {
            int r = set_new(c, cls, ops[i], RT_NM_DC_SETATTR + i);
            if (r < 0) goto fail;
            if (r) {
                rt_err(c, PITH_B_TYPEERROR, "Cannot overwrite attribute %s in class %s", ops[i], rt_class_name(cls));
                goto fail;
            }
        }
    }
    if (set_hash(c, cls, opts, had_eq, class_hash) < 0) goto fail;
    if ((opts & RT_DC_SLOTS) && set_slots(c, cls, fields) < 0) goto fail;
    if ((opts & RT_DC_MATCH_ARGS) && !own_get(cls, "__match_args__")) {
        PV names = rt_list_new(c, 0), t = PV_NULL;
        pi64 pos = 0;
        PV k, v;
        while (names && rt_dict_next_entry((RtDict *)fields, &pos, &k, &v))
            if (((RtDcField *)v)->init && !((RtDcField *)v)->kw_only && rt_list_append(c, names, k) < 0) break;
        if (names) t = rt_list_to_tuple(c, names);
        pv_xdecref(c, names);
        int r = t ? own_set(c, cls, "__match_args__", t) : -1;
        pv_xdecref(c, t);
        if (r < 0) goto fail;
    }
    pv_decref(c, fields);
    pv_incref(cls);
    return cls;
fail:
    pv_decref(c, fields);
    return PV_NULL;
}

static PV dc_dataclass(PCtx *c, PV *args, int npos, PV kwnames) {
    static const char *const names[] = {"init",   "repr",       "eq",      "order", "unsafe_hash",
                                        "frozen", "match_args", "kw_only", "slots", "weakref_slot"};
    static const int bits[] = {RT_DC_INIT,   RT_DC_REPR,       RT_DC_EQ,      RT_DC_ORDER, RT_DC_UNSAFE_HASH,
                               RT_DC_FROZEN, RT_DC_MATCH_ARGS, RT_DC_KW_ONLY, RT_DC_SLOTS};
    PV v[10];
    if (npos > 1) {
        rt_err(c, PITH_B_TYPEERROR, "dataclass() takes from 0 to 1 positional arguments but %d were given", npos);
        return PV_NULL;
    }
    if (take_kw(c, "dataclass", args, npos, kwnames, names, 10, v) < 0) return PV_NULL;
    int opts = DC_DEFAULT;
    for (int i = 0; i < 10; i++) {
        if (!v[i]) continue;
        int t = rt_truth(c, v[i]);
        if (t < 0) return PV_NULL;
        if (i >= 9) {
            if (t) {
                rt_err(c, PITH_B_TYPEERROR, "dataclass(%s=True) is not supported", names[i]);
                return PV_NULL;
            }
            continue;
        }
        opts = t ? opts | bits[i] : opts & ~bits[i];
    }
    if (npos == 1 && args[0] != PV_NONE) return process(c, args[0], opts);
    return rt_natmeth_new(c, RT_NM_DC_DECORATOR, PV_INT(opts));
}

/* ---- the methods ---- */

/* getattr(self, field name) for each field that passes the filter, as a tuple (new reference). */
enum { F_ALL, F_REPR, F_COMPARE, F_HASH };
static PV field_values(PCtx *c, PV self, PV fields, int filter) {
    PV lst = rt_list_new(c, 0);
    pi64 pos = 0;
    PV k, v;
    while (lst && rt_dict_next_entry((RtDict *)fields, &pos, &k, &v)) {
        const RtDcField *f = (const RtDcField *)v;
        int keep = filter == F_ALL       ? 1
                   : filter == F_REPR    ? f->repr
                   : filter == F_COMPARE ? f->compare
                                         : (f->hash == PV_NONE ? f->compare : rt_truth(c, f->hash) == 1);
        if (!keep) continue;
        PV x = rt_getattr(c, self, k);
        if (!x || rt_list_append(c, lst, x) < 0) {
            pv_xdecref(c, x);
            pv_decref(c, lst);
            return PV_NULL;
        }
        pv_decref(c, x);
    }
    PV t = lst ? rt_list_to_tuple(c, lst) : PV_NULL;
    pv_xdecref(c, lst);
    return t;
}

static int assign(PCtx *c, PV self, PV name, PV value, int frozen) {
    if (!frozen) return rt_setattr(c, self, name, value);
    RtInstance *o = (RtInstance *)self; /* object.__setattr__: past the frozen class's own __setattr__ */
    if (!RT_IS(self, RT_T_INSTANCE)) return rt_setattr(c, self, name, value);
    if (!o->dict && !(o->dict = rt_dict_new(c))) return -1;
    return rt_dict_set(c, o->dict, name, value);
}

static PV dc_init(PCtx *c, PV cls, PV *args, int nargs, PV kwnames) {
    PV fields = own_fields(c, cls);
    if (!fields) return PV_NULL;
    /* the parameters: self, the init fields in order, then the keyword-only ones (CPython's order); slot[i]
     * is the parameter of the i-th field. A default factory's default is the field itself, a marker. */
    const char *names[65];
    int slot[65];
    PV out[65], defs = rt_list_new(c, 0), kwdefs = rt_dict_new(c), defaults = PV_NULL, r = PV_NULL;
    int n = 1, ndef = 0, npos = 1, nkwdef = 0;
    names[0] = "self";
    PV k, v;
    for (int pass = 0; pass < 2; pass++) {
        pi64 pos = 0, fi = 0;
        while (defs && kwdefs && rt_dict_next_entry((RtDict *)fields, &pos, &k, &v)) {
            const RtDcField *f = (const RtDcField *)v;
            if (fi >= 64 || n >= 65) {
                rt_err(c, PITH_B_TYPEERROR, "a dataclass with more than 64 fields is not supported");
                goto done;
            }
            int this_pass = f->init && (f->kw_only ? pass == 1 : pass == 0);
            if (this_pass) slot[fi] = n;
            fi++;
            if (!this_pass) continue;
            names[n++] = rt_sdata(k);
            if (pass == 0) npos = n;
            if (is_missing(f->deflt) && is_missing(f->factory)) continue;
            PV d = is_missing(f->factory) ? f->deflt : v;
            if (pass == 0 ? rt_list_append(c, defs, d) : rt_dict_set(c, kwdefs, k, d)) goto done;
            pass == 0 ? ndef++ : nkwdef++;
        }
    }
    if (!defs || !kwdefs || !(defaults = rt_list_to_tuple(c, defs))) goto done;
    char qn[300];
    snprintf(qn, sizeof qn, "%.280s.__init__", rt_sdata(((RtClass *)cls)->qualname));
    if (rt_nat_bind(c, qn, names, n, npos, ndef ? defaults : PV_NULL, nkwdef ? kwdefs : PV_NULL, args, nargs, kwnames,
                    out) < 0)
        goto done;
    PV self = out[0];
    int frozen = params_of(cls) & RT_DC_FROZEN, fi = 0, ok = 1;
    pi64 pos = 0;
    while (ok && rt_dict_next_entry((RtDict *)fields, &pos, &k, &v)) {
        const RtDcField *f = (const RtDcField *)v;
        PV value = PV_NULL;
        int s = slot[fi++];
        if (f->init) {
            value = out[s];
            pv_incref(value);
            if (value == v) { /* the factory's marker: no argument given */
                pv_decref(c, value);
                value = rt_call_value(c, f->factory, NULL, 0, PV_NULL);
                ok = value != PV_NULL;
            }
        } else if (!is_missing(f->factory)) {
            ok = (value = rt_call_value(c, f->factory, NULL, 0, PV_NULL)) != PV_NULL;
        } else if (!is_missing(f->deflt)) {
            value = f->deflt;
            pv_incref(value);
        }
        if (ok && value && assign(c, self, k, value, frozen) < 0) ok = 0;
        pv_xdecref(c, value);
    }
    if (ok && rt_class_lookup_cstr(rt_user_class(self), "__post_init__")) {
        PV pi = rt_str_cstr(c, "__post_init__");
        PV m = pi ? rt_getattr(c, self, pi) : PV_NULL;
        PV res = m ? rt_call_value(c, m, NULL, 0, PV_NULL) : PV_NULL;
        pv_xdecref(c, pi);
        pv_xdecref(c, m);
        ok = res != PV_NULL;
        pv_xdecref(c, res);
    }
    for (int j = 0; j < n; j++) pv_decref(c, out[j]);
    if (ok) r = PV_NONE;
done:
    pv_xdecref(c, defs);
    pv_xdecref(c, kwdefs);
    pv_xdecref(c, defaults);
    return r;
}

static PV dc_repr_method(PCtx *c, PV cls, PV self) {
    PV fields = own_fields(c, cls);
    if (!fields || rt_nest_enter(c, " while getting the repr of an object") < 0) return PV_NULL;
    PithBuf b = rt_buf_new(c);
    PV uc = rt_user_class(self);
    rt_buf_put_str(&b, uc ? ((RtClass *)uc)->qualname : ((RtClass *)cls)->qualname);
    pith_buf_put(&b, "(", 1);
    pi64 pos = 0;
    PV k, v;
    int first = 1, ok = 1;
    while (ok && fields && rt_dict_next_entry((RtDict *)fields, &pos, &k, &v)) {
        if (!((RtDcField *)v)->repr) continue;
        PV x = rt_getattr(c, self, k), xr = x ? rt_repr(c, x) : PV_NULL;
        pv_xdecref(c, x);
        if (!xr) {
            ok = 0;
            break;
        }
        if (!first) pith_buf_puts(&b, ", ");
        first = 0;
        rt_buf_put_str(&b, k);
        pith_buf_put(&b, "=", 1);
        rt_buf_put_str(&b, xr);
        pv_decref(c, xr);
    }
    rt_nest_leave(c);
    if (!ok) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    pith_buf_put(&b, ")", 1);
    return rt_buf_finish(&b);
}

/* __eq__ and the orderings: the field tuples of two instances of the same class, else NotImplemented. */
static PV dc_compare(PCtx *c, PV cls, int op, PV self, PV other) {
    PV k1 = rt_user_class(self), k2 = rt_user_class(other);
    if (!k1 || k1 != k2) return rt_builtin(c, PITH_B_NOTIMPLEMENTED);
    PV fields = own_fields(c, cls);
    if (!fields) return PV_NULL;
    PV a = field_values(c, self, fields, F_COMPARE), b = a ? field_values(c, other, fields, F_COMPARE) : PV_NULL;
    PV r = b ? rt_compare(c, op, a, b) : PV_NULL;
    pv_xdecref(c, a);
    pv_xdecref(c, b);
    return r;
}

static PV dc_hash_method(PCtx *c, PV cls, PV self) {
    PV fields = own_fields(c, cls), t = fields ? field_values(c, self, fields, F_HASH) : PV_NULL;
    pu64 h;
    int r = t ? rt_hash(c, t, &h) : -1;
    pv_xdecref(c, t);
    return r < 0 ? PV_NULL : rt_int_from_i64(c, (pi64)h);
}

static PV dc_setattr(PCtx *c, PV cls, PV self, PV name, PV value) {
    PV fields = own_fields(c, cls), f;
    if (!fields) return PV_NULL;
    int in_fields = rt_is_str(name) ? rt_dict_lookup(c, fields, name, &f) : 0;
    if (in_fields < 0) return PV_NULL;
    if (rt_user_class(self) == cls || in_fields) {
        raise_frozen(c, value ? "assign to" : "delete", name);
        return PV_NULL;
    }
    RtInstance *o = (RtInstance *)self; /* super().__setattr__: object's */
    if (!RT_IS(self, RT_T_INSTANCE)) {
        rt_err(c, PITH_B_TYPEERROR, "can't set attributes of this object");
        return PV_NULL;
    }
    if (value) {
        if (!o->dict && !(o->dict = rt_dict_new(c))) return PV_NULL;
        return rt_dict_set(c, o->dict, name, value) < 0 ? PV_NULL : PV_NONE;
    }
    int r = o->dict ? rt_dict_del(c, o->dict, name) : 0;
    if (r == 0) rt_err(c, PITH_B_ATTRIBUTEERROR, "%S", name);
    return r > 0 ? PV_NONE : PV_NULL;
}

static int want_args(PCtx *c, const char *qn, int nargs, PV kwnames, int n) {
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0;
    if (nkw) {
        rt_err(c, PITH_B_TYPEERROR, "%s() got an unexpected keyword argument '%S'", qn, ((RtTuple *)kwnames)->items[0]);
        return -1;
    }
    if (nargs == n) return 0;
    rt_err(c, PITH_B_TYPEERROR, "%s() takes %d positional argument%s but %d were given", qn, n, n == 1 ? "" : "s",
           nargs);
    return -1;
}

PV rt_dc_method(PCtx *c, const RtNatMeth *m, PV *args, int nargs, PV kwnames) {
    static const int cmp_of[] = {PITH_CMP_LT, PITH_CMP_LE, PITH_CMP_GT, PITH_CMP_GE};
    PV cls = m->data;
    switch (m->which) {
    case RT_NM_DC_DECORATOR:
        if (want_args(c, "wrap", nargs, kwnames, 1) < 0) return PV_NULL;
        return process(c, args[0], (int)PV_IVAL(m->data));
    case RT_NM_DC_INIT: return dc_init(c, cls, args, nargs, kwnames);
    case RT_NM_DC_REPR:
        return want_args(c, "__repr__", nargs, kwnames, 1) < 0 ? PV_NULL : dc_repr_method(c, cls, args[0]);
    case RT_NM_DC_EQ:
        return want_args(c, "__eq__", nargs, kwnames, 2) < 0 ? PV_NULL
                                                             : dc_compare(c, cls, PITH_CMP_EQ, args[0], args[1]);
    case RT_NM_DC_LT:
    case RT_NM_DC_LE:
    case RT_NM_DC_GT:
    case RT_NM_DC_GE:
        if (want_args(c, "__lt__", nargs, kwnames, 2) < 0) return PV_NULL;
        return dc_compare(c, cls, cmp_of[m->which - RT_NM_DC_LT], args[0], args[1]);
    case RT_NM_DC_HASH:
        return want_args(c, "__hash__", nargs, kwnames, 1) < 0 ? PV_NULL : dc_hash_method(c, cls, args[0]);
    case RT_NM_DC_SETATTR:
        return want_args(c, "__setattr__", nargs, kwnames, 3) < 0 ? PV_NULL
                                                                  : dc_setattr(c, cls, args[0], args[1], args[2]);
    case RT_NM_DC_DELATTR:
        return want_args(c, "__delattr__", nargs, kwnames, 2) < 0 ? PV_NULL
                                                                  : dc_setattr(c, cls, args[0], args[1], PV_NULL);
    default: rt_err(c, PITH_B_SYSTEMERROR, "internal error: bad dataclass method"); return PV_NULL;
    }
}

/* ---- fields(), asdict(), astuple(), replace(), is_dataclass() ---- */

/* The one positional argument of a module function written in Python: CPython's messages. */
static int one_arg(PCtx *c, const char *fname, const char *param, int npos, PV kwnames) {
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0;
    if (nkw && !(nkw == 1 && npos == 0 && rt_name_is(((RtTuple *)kwnames)->items[0], param))) {
        rt_err(c, PITH_B_TYPEERROR, "%s() got an unexpected keyword argument '%S'", fname,
               ((RtTuple *)kwnames)->items[0]);
        return -1;
    }
    if (npos + nkw == 0) {
        rt_err(c, PITH_B_TYPEERROR, "%s() missing 1 required positional argument: '%s'", fname, param);
        return -1;
    }
    if (npos + nkw > 1) {
        rt_err(c, PITH_B_TYPEERROR, "%s() takes 1 positional argument but %d were given", fname, npos + nkw);
        return -1;
    }
    return 0;
}

static PV dc_fields(PCtx *c, PV *args, int npos, PV kwnames) {
    if (one_arg(c, "fields", "class_or_instance", npos, kwnames) < 0) return PV_NULL;
    PV f = fields_of(args[0]);
    if (!f) {
        rt_err(c, PITH_B_TYPEERROR, "must be called with a dataclass type or instance");
        return PV_NULL;
    }
    return field_tuple(c, f);
}

static PV dc_is_dataclass(PCtx *c, PV *args, int npos, PV kwnames) {
    if (one_arg(c, "is_dataclass", "obj", npos, kwnames) < 0) return PV_NULL;
    return PV_BOOL(fields_of(args[0]) != PV_NULL);
}

/* CPython's _asdict_inner / _astuple_inner: dataclass instances, namedtuples, lists, tuples and dicts are
 * rebuilt with their contents converted; any other value is itself (CPython deep-copies it). */
static PV inner(PCtx *c, PV obj, int as_dict) {
    if (rt_tick(c, 1) < 0 || rt_nest_enter(c, " while converting a dataclass") < 0) return PV_NULL;
    PV r = PV_NULL, fields = rt_user_class(obj) ? fields_of(obj) : PV_NULL;
    if (fields) {
        PV d = as_dict ? rt_dict_new(c) : rt_list_new(c, 0);
        pi64 pos = 0;
        PV k, v;
        int ok = d != PV_NULL;
        while (ok && rt_dict_next_entry((RtDict *)fields, &pos, &k, &v)) {
            PV x = rt_getattr(c, obj, k), y = x ? inner(c, x, as_dict) : PV_NULL;
            ok = y && (as_dict ? rt_dict_set(c, d, k, y) : rt_list_append(c, d, y)) == 0;
            pv_xdecref(c, x);
            pv_xdecref(c, y);
        }
        if (ok) r = as_dict ? (pv_incref(d), d) : rt_list_to_tuple(c, d);
        pv_xdecref(c, d);
    } else if (RT_IS(obj, RT_T_LIST) || RT_IS(obj, RT_T_TUPLE) ||
               (rt_instance_value(obj) && RT_IS(rt_instance_value(obj), RT_T_TUPLE))) {
        PV src = RT_IS(obj, RT_T_INSTANCE) ? rt_instance_value(obj) : obj;
        RtTuple *t = (RtTuple *)src; /* lists and tuples share n/items */
        pi64 n = RT_IS(src, RT_T_LIST) ? ((RtList *)src)->n : t->n;
        PV lst = rt_list_new(c, n);
        int ok = lst != PV_NULL;
        for (pi64 i = 0; ok && i < n; i++) {
            PV item = RT_IS(src, RT_T_LIST) ? ((RtList *)src)->items[i] : t->items[i];
            pv_incref(item);
            PV y = inner(c, item, as_dict);
            pv_decref(c, item);
            ok = y && rt_list_append(c, lst, y) == 0;
            pv_xdecref(c, y);
        }
        if (ok && RT_IS(obj, RT_T_LIST))
            r = (pv_incref(lst), lst);
        else if (ok && RT_IS(obj, RT_T_TUPLE))
            r = rt_list_to_tuple(c, lst);
        else if (ok) { /* a namedtuple: its class called with the converted items */
            PV cls = rt_user_class(obj);
            r = rt_call_value(c, cls, ((RtList *)lst)->items, (int)((RtList *)lst)->n, PV_NULL);
        }
        pv_xdecref(c, lst);
    } else if (RT_IS(obj, RT_T_DICT)) {
        PV d = rt_dict_new(c);
        pi64 pos = 0;
        PV k, v;
        int ok = d != PV_NULL;
        while (ok && rt_dict_next_entry((RtDict *)obj, &pos, &k, &v)) {
            pv_incref(k);
            pv_incref(v);
            PV kk = inner(c, k, as_dict), vv = kk ? inner(c, v, as_dict) : PV_NULL;
            ok = vv && rt_dict_set(c, d, kk, vv) == 0;
            pv_decref(c, k);
            pv_decref(c, v);
            pv_xdecref(c, kk);
            pv_xdecref(c, vv);
        }
        if (ok) r = (pv_incref(d), d);
        pv_xdecref(c, d);
    } else {
        pv_incref(obj);
        r = obj;
    }
    rt_nest_leave(c);
    return r;
}

static PV as_container(PCtx *c, PV *args, int npos, PV kwnames, int as_dict) {
    const char *fname = as_dict ? "asdict" : "astuple";
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0;
    if (nkw) {
        rt_err(c, PITH_B_TYPEERROR, "%s(%s=...) is not supported", fname, as_dict ? "dict_factory" : "tuple_factory");
        return PV_NULL;
    }
    if (one_arg(c, fname, "obj", npos, kwnames) < 0) return PV_NULL;
    if (!rt_user_class(args[0]) || !fields_of(args[0])) {
        rt_err(c, PITH_B_TYPEERROR, "%s() should be called on dataclass instances", fname);
        return PV_NULL;
    }
    return inner(c, args[0], as_dict);
}

static PV dc_asdict(PCtx *c, PV *args, int npos, PV kwnames) { return as_container(c, args, npos, kwnames, 1); }
static PV dc_astuple(PCtx *c, PV *args, int npos, PV kwnames) { return as_container(c, args, npos, kwnames, 0); }

static PV dc_replace(PCtx *c, PV *args, int npos, PV kwnames) {
    if (npos != 1) {
        rt_err(c, PITH_B_TYPEERROR,
               npos ? "replace() takes 1 positional argument but %d were given"
                    : "replace() missing 1 required positional argument: 'obj'",
               npos);
        return PV_NULL;
    }
    PV obj = args[0], fields = rt_user_class(obj) ? fields_of(obj) : PV_NULL;
    if (!fields) {
        rt_err(c, PITH_B_TYPEERROR, "replace() should be called on dataclass instances");
        return PV_NULL;
    }
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0;
    PV changes = rt_dict_new(c), r = PV_NULL;
    for (int k = 0; changes && k < nkw; k++)
        if (rt_dict_set(c, changes, ((RtTuple *)kwnames)->items[k], args[npos + k]) < 0) goto done;
    if (!changes) return PV_NULL;
    pi64 pos = 0;
    PV k, v, x;
    while (rt_dict_next_entry((RtDict *)fields, &pos, &k, &v)) {
        int has = rt_dict_lookup(c, changes, k, &x);
        if (has < 0) goto done;
        if (!((RtDcField *)v)->init) {
            if (has) {
                rt_err(c, PITH_B_VALUEERROR,
                       "field %S is declared with init=False, it cannot be specified with replace()", k);
                goto done;
            }
            continue;
        }
        if (has) continue;
        PV cur = rt_getattr(c, obj, k);
        int rc = cur ? rt_dict_set(c, changes, k, cur) : -1;
        pv_xdecref(c, cur);
        if (rc < 0) goto done;
    }
    /* the class called with every init field by keyword (unknown names: __init__'s own error) */
    pi64 n = ((RtDict *)changes)->n;
    PV names = rt_tuple_new(c, n), *vals = names ? rt_alloc(c, sizeof(PV) * (size_t)(n ? n : 1)) : NULL;
    if (vals) {
        pi64 i = 0;
        pos = 0;
        while (rt_dict_next_entry((RtDict *)changes, &pos, &k, &v)) {
            pv_incref(k);
            ((RtTuple *)names)->items[i] = k;
            vals[i++] = v;
        }
        r = rt_call_value(c, rt_user_class(obj), vals, (int)n, names);
        rt_free(c, vals, sizeof(PV) * (size_t)(n ? n : 1));
    }
    pv_xdecref(c, names);
done:
    pv_decref(c, changes);
    return r;
}

/* ---- the constants ---- */

static PV dc_frozen_error(PCtx *c, PV *args, int npos, PV kwnames) {
    (void)args, (void)npos, (void)kwnames;
    return frozen_class(c);
}

static PV dc_missing(PCtx *c, PV *args, int npos, PV kwnames) {
    (void)args, (void)npos, (void)kwnames;
    return missing(c);
}

/* KW_ONLY: the decorator recognises `_: KW_ONLY` by the annotation's text; the value only has to exist. */
static PV dc_kw_only(PCtx *c, PV *args, int npos, PV kwnames) {
    (void)args, (void)npos, (void)kwnames;
    return rt_str_cstr(c, "KW_ONLY");
}

const RtModImpl rt_mod_dataclasses_impls[] = {
#define DC_IMPL(name, kind, arity, min, max, fn) fn,
    PITH_DATACLASSES_NAMES(DC_IMPL)
#undef DC_IMPL
};
