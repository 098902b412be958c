/* rt_del.c — the `del` statements that no container type answers: `del obj.attr` (rt_delattr) and `del x`
 * of a variable that lives in a closure cell (rt_cell_del). Stage: runtime; called by generated code
 * (codegen/ir_build_stmt.c lowers `del`). Items (`del a[i]`, `del d[k]`) are each type's delitem hook, and
 * plain locals and globals are cleared by generated code itself. Conventions of rt_object.h. */
#include <string.h>

#include "rt_class.h"
#include "rt_values.h"

int rt_delattr(PCtx *c, PV o, PV name) {
    const char *s = ((RtStr *)name)->data;
    if (rt_is_user_obj(o) || RT_IS(o, RT_T_CLASS) || RT_IS(o, RT_T_INSTANCE)) /* __delattr__, properties, dict */
        return rt_user_setattr(c, o, name, PV_NULL);
    if (RT_IS(o, RT_T_FUNC) && (s[0] != '_' || s[1] != '_')) { /* the only attributes pith lets a program set */
        RtFunc *f = (RtFunc *)o;
        int r = f->attrs ? rt_dict_del(c, f->attrs, name) : 0;
        if (r == 0) rt_err(c, PITH_B_ATTRIBUTEERROR, "'function' object has no attribute '%S'", name);
        return r > 0 ? 0 : -1;
    }
    if (RT_IS(o, RT_T_EXC) && !strcmp(s, "args")) {
        rt_err(c, PITH_B_TYPEERROR, "args may not be deleted");
        return -1;
    }
    /* everything else refuses deletion exactly as it refuses assignment (CPython words both alike) */
    return rt_setattr(c, o, name, PV_NONE);
}

int rt_cell_del(PCtx *c, PV cell, PV name, int is_free) {
    if (rt_slot_bad(c, cell, RT_T_CELL)) return -1;
    PCellObj *cl = (PCellObj *)cell;
    if (!cl->v) {
        if (is_free)
            rt_err_free_unbound(c, name);
        else
            rt_err_unbound_local(c, name);
        return -1;
    }
    PV v = cl->v;
    cl->v = PV_NULL;
    pv_decref(c, v);
    return 0;
}
