/* rt_dunder.c — the few dunder attributes a snippet may read: names of classes, functions and generators,
 * and the chaining fields of exceptions. Stage: runtime. Everything here is read-only data; no dunder that reaches
 * code, classes' internals, frames or globals exists. Which names: common/pith_dunder.h, the list
 * the frontend also checks at compile time. */
#include <string.h>

#include "rt_object.h"

static PV name_of(PCtx *c, PV o, int qualified) {
    if (RT_IS(o, RT_T_BUILTIN)) return rt_str_cstr(c, rt_class_value_name(o));
    if (RT_IS(o, RT_T_FUNC)) {
        const PFuncDesc *fn = ((RtFunc *)o)->fn;
        return rt_str_cstr(c, qualified && fn->qualname ? fn->qualname : fn->name);
    }
    if (RT_IS(o, RT_T_GEN)) return rt_gen_name(c, o, qualified);
    return PV_NULL;
}

static PV or_none(PV v) {
    if (!v) v = PV_NONE;
    pv_incref(v);
    return v;
}

/* 1 with *out set (new ref), 0 when o has no such attribute, -1 on error. */
int rt_dunder_get(PCtx *c, PV o, const char *name, PV *out) {
    if (!strcmp(name, "__name__") || !strcmp(name, "__qualname__")) {
        PV v = name_of(c, o, name[2] == 'q');
        if (!v) return rt_exc_pending(c) ? -1 : 0;
        *out = v;
        return 1;
    }
    if (!RT_IS(o, RT_T_EXC)) return 0;
    const RtExc *e = (const RtExc *)o;
    if (!strcmp(name, "__cause__")) {
        *out = or_none(e->cause);
        return 1;
    }
    if (!strcmp(name, "__context__")) {
        *out = or_none(e->context);
        return 1;
    }
    if (!strcmp(name, "__suppress_context__")) {
        *out = PV_BOOL(e->suppress_context);
        return 1;
    }
    return 0;
}
