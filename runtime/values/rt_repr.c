/* rt_repr.c — repr(x) and str(x) for every runtime value, dispatching to each type's printer.
 * Stage: runtime. Exceptions, functions and builtin objects are printed by their owners (rt_exc.c,
 * rt_func.c, rt_builtins.c); everything else is printed here or in its type's file. Type names
 * (rt_type_name) come from the class table in rt_builtins.c. */
#include <stdio.h>
#include <string.h>

#include "rt_values.h"
#include "rt_set.h"

/* "<list_iterator object at 0x7f...>" style for objects without a value repr. */
static PV at_repr(PCtx *c, const char *what, PV v) {
    char buf[160];
    int n = snprintf(buf, sizeof buf, "<%s object at 0x%llx>", what, (unsigned long long)rt_identity(c, v));
    return rt_str_new(c, buf, n);
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
        else
            n = snprintf(buf, sizeof buf, "<method '%.80s' of '%s' objects>", name, cls);
    } else {
        n = snprintf(buf, sizeof buf, "<built-in method %.80s of %s object at 0x%llx>", name, rt_type_name(m->self),
                     (unsigned long long)rt_identity(c, m->self));
    }
    return rt_str_new(c, buf, n);
}

PV rt_repr(PCtx *c, PV v) {
    if (v == PV_NONE) return rt_str_new(c, "None", 4);
    if (v == PV_TRUE) return rt_str_new(c, "True", 4);
    if (v == PV_FALSE) return rt_str_new(c, "False", 5);
    if (PV_IS_INT(v)) return rt_int_repr(c, v);
    switch (RT_TYPE(v)) {
    case RT_T_BIGINT: return rt_int_repr(c, v);
    case RT_T_FLOAT: return rt_float_repr(c, rt_float_value(v));
    case RT_T_STR: return rt_str_repr(c, v);
    case RT_T_BYTES: return rt_bytes_repr(c, v);
    case RT_T_LIST: case RT_T_TUPLE: return rt_seq_repr(c, v);
    case RT_T_DICT: return rt_dict_repr(c, v);
    case RT_T_RANGE: return rt_range_repr(c, v);
    case RT_T_SLICE: return rt_slice_repr(c, v);
    case RT_T_DICTVIEW: return rt_dictview_repr(c, v);
    case RT_T_SET: case RT_T_FROZENSET: return rt_set_repr(c, v); /* (A4) */
    case RT_T_FUNC: return rt_func_repr(c, v);
    case RT_T_EXTFN: return rt_ext_repr(c, v);
    case RT_T_GEN: return rt_gen_repr(c, v);
    case RT_T_BUILTIN: return rt_builtin_repr(c, v);
    case RT_T_METHOD: return method_repr(c, v);
    case RT_T_EXC: return rt_exc_repr(c, v);
    default: return at_repr(c, rt_type_name(v), v);
    }
}

/* str(x): a str is itself, an exception its message, everything else its repr. */
PV rt_str(PCtx *c, PV v) {
    if (rt_is_str(v)) { pv_incref(v); return v; }
    if (RT_IS(v, RT_T_EXC)) return rt_exc_message(c, v);
    return rt_repr(c, v);
}
