/* rt_bi_class.c — the builtins of user classes: object(), super(), staticmethod(), classmethod(), property(),
 * delattr() and the class statement's __build_class__ (rows PITH_BUILTIN_CLASS_ROWS of pith_builtins.h; the
 * objects they make are values/rt_method.c's). Stage: runtime builtins. */
#include <stdio.h>

#include "rt_bi.h"
#include "rt_class.h"
#include "rt_svc.h"

static int npos_of(int nargs, PV kwnames) { return nargs - (kwnames ? (int)((RtTuple *)kwnames)->n : 0); }

/* super(cls, obj): obj an instance of cls or a subclass of it. */
static PV super_new(PCtx *c, PV *args, int npos) {
    if (npos == 0) {
        rt_err(c, PITH_B_RUNTIMEERROR, "super(): no arguments");
        return PV_NULL;
    }
    if (!rt_is_class(args[0])) {
        rt_err(c, PITH_B_TYPEERROR, "super() argument 1 must be a type, not %s", rt_type_name(args[0]));
        return PV_NULL;
    }
    if (npos == 1 || !RT_IS(args[0], RT_T_CLASS)) {
        rt_err(c, PITH_B_TYPEERROR, "super() with this form is not supported");
        return PV_NULL;
    }
    PV obj = args[1], k = RT_IS(obj, RT_T_CLASS) ? obj : rt_user_class(obj);
    if (!k || !rt_class_is_sub(k, args[0])) {
        rt_err(c, PITH_B_TYPEERROR, "super(type, obj): obj must be an instance or subtype of type");
        return PV_NULL;
    }
    return rt_wrap_new(c, RT_W_SUPER, args[0], obj, PV_NULL);
}

static PV object_new(PCtx *c, PV *args, int nargs, PV kwnames) {
    (void)args;
    if (nargs) {
        (void)kwnames;
        rt_err(c, PITH_B_TYPEERROR, "object() takes no arguments");
        return PV_NULL;
    }
    return rt_instance_new(c, PV_NULL);
}

static PV one_function(PCtx *c, int kind, PV *args, int npos, PV kwnames) {
    const char *name = kind == RT_W_STATIC ? "staticmethod" : "classmethod";
    if (rt_bi_nokw(c, name, kwnames) < 0) return PV_NULL;
    if (npos != 1) {
        rt_err(c, PITH_B_TYPEERROR, "%s expected 1 argument, got %d", name, npos);
        return PV_NULL;
    }
    return rt_wrap_new(c, kind, args[0], PV_NULL, PV_NULL);
}

/* property(fget=None, fset=None, fdel=None, doc=None) */
static PV property_new(PCtx *c, PV *args, int npos, PV kwnames) {
    static const char *const kw[] = {"fget", "fset", "fdel", "doc", NULL};
    PV got[4] = {0}, kv[4];
    if (npos > 4) {
        rt_err(c, PITH_B_TYPEERROR, "property() takes at most 4 arguments (%d given)", npos);
        return PV_NULL;
    }
    for (int i = 0; i < npos; i++) got[i] = args[i];
    if (rt_bi_kw(c, "property", kwnames, args + npos, kw, kv) < 0) return PV_NULL;
    for (int i = 0; i < 4; i++)
        if (kv[i]) got[i] = kv[i];
    for (int i = 0; i < 3; i++)
        if (got[i] == PV_NONE) got[i] = PV_NULL;
    return rt_wrap_new(c, RT_W_PROPERTY, got[0], got[1], got[2]);
}

static PV delattr_fn(PCtx *c, PV *args, int npos, PV kwnames) {
    if (rt_bi_nokw(c, "delattr", kwnames) < 0) return PV_NULL;
    if (npos != 2) {
        rt_err(c, PITH_B_TYPEERROR, "delattr expected 2 arguments, got %d", npos);
        return PV_NULL;
    }
    if (!rt_is_str(args[1])) {
        rt_err(c, PITH_B_TYPEERROR, "attribute name must be string, not '%s'", rt_type_name(args[1]));
        return PV_NULL;
    }
    return rt_delattr(c, args[0], args[1]) < 0 ? PV_NULL : PV_NONE; /* as `del o.name` (rt_del.c) */
}

/* __build_class__(namespace, name, qualname, *bases) */
static PV build_class(PCtx *c, PV *args, int npos) {
    if (npos < 3) {
        rt_err(c, PITH_B_SYSTEMERROR, "internal error: bad class statement");
        return PV_NULL;
    }
    PV bases = rt_bi_tuple_of(c, args + 3, npos - 3);
    if (!bases) return PV_NULL;
    PV r = rt_class_build(c, args[0], args[1], args[2], bases);
    pv_decref(c, bases);
    return r;
}

PV rt_bi_class_row(PCtx *c, int id, PV *args, int nargs, PV kwnames) {
    int npos = npos_of(nargs, kwnames);
    switch (id) {
    case PITH_B_OBJECT: return object_new(c, args, nargs, kwnames);
    case PITH_B_SUPER:
        if (rt_bi_nokw(c, "super", kwnames) < 0) return PV_NULL;
        if (npos > 2) {
            rt_err(c, PITH_B_TYPEERROR, "super() takes at most 2 arguments (%d given)", npos);
            return PV_NULL;
        }
        return super_new(c, args, npos);
    case PITH_B_STATICMETHOD: return one_function(c, RT_W_STATIC, args, npos, kwnames);
    case PITH_B_CLASSMETHOD: return one_function(c, RT_W_CLASSMETHOD, args, npos, kwnames);
    case PITH_B_PROPERTY: return property_new(c, args, npos, kwnames);
    case PITH_B_DELATTR: return delattr_fn(c, args, npos, kwnames);
    case PITH_B_BUILD_CLASS: return build_class(c, args, npos);
    case PITH_B_COUNTER:
    case PITH_B_DEFAULTDICT:
    case PITH_B_ORDEREDDICT: return rt_dict_kind_call(c, id, args, nargs, kwnames);
    case PITH_B_DEQUE: return rt_deque_call(c, args, nargs, kwnames);
    case PITH_B_CHAINMAP: return rt_chainmap_call(c, args, nargs, kwnames);
    case PITH_B_ENUM:
    case PITH_B_INTENUM:
    case PITH_B_STRENUM:
    case PITH_B_FLAG:
    case PITH_B_INTFLAG: /* Enum('Color', 'RED GREEN'): pith makes enums from class statements only */
        rt_err(c, PITH_B_TYPEERROR, "the functional API %s(...) is not supported: define a class", rt_builtin_name(id));
        return PV_NULL;
    case PITH_B_NAMEDTUPLE:
        rt_err(c, PITH_B_TYPEERROR,
               "the functional form NamedTuple(...) is not supported: use the class syntax or collections.namedtuple");
        return PV_NULL;
    default: rt_err(c, PITH_B_TYPEERROR, "cannot create '%s' instances", rt_builtin_name(id)); return PV_NULL;
    }
}
