/* rt_repr.c — repr(x) and str(x) for every runtime value: immediates here, objects by their type's printer
 * (RtTypeDesc.repr, rt_type.h), "<class object at 0x...>" for types without one. Type names (rt_type_name)
 * come from the class table in rt_class.c. Stage: runtime core: error messages (%R, %S) print values. */
#include <stdio.h>

#include "rt_make.h"
#include "rt_type.h"

/* "<list_iterator object at 0x7f...>" style for objects without a value repr. */
static PV at_repr(PCtx *c, const char *what, PV v) {
    char buf[160];
    int n = snprintf(buf, sizeof buf, "<%s object at 0x%llx>", what, (unsigned long long)rt_identity(c, v));
    return rt_str_new(c, buf, n);
}

PV rt_repr(PCtx *c, PV v) {
    if (v == PV_NONE) return rt_str_new(c, "None", 4);
    if (v == PV_TRUE) return rt_str_new(c, "True", 4);
    if (v == PV_FALSE) return rt_str_new(c, "False", 5);
    if (PV_IS_INT(v)) return rt_str_from_i64(c, PV_IVAL(v)); /* at most 19 digits: no digit limit applies
                                                                  (big ints: their type) */
    if (!PV_IS_OBJ(v)) return at_repr(c, rt_type_name(v), v);
    const RtTypeDesc *t = rt_type_desc(RT_OBJ(v));
    return t->repr ? t->repr(c, v) : at_repr(c, rt_type_name(v), v);
}

/* str(x): a str is itself, an exception its message, an instance its __str__ (each its type's str hook),
 * everything else its repr. */
PV rt_str(PCtx *c, PV v) {
    if (RT_IS(v, RT_T_STR)) {
        pv_incref(v);
        return v;
    }
    const RtTypeDesc *t = PV_IS_OBJ(v) ? rt_type_desc(RT_OBJ(v)) : NULL;
    return t && t->str ? t->str(c, v) : rt_repr(c, v);
}
