/* rt_mod_enum.c — the enum module's names: the base classes Enum, IntEnum, StrEnum, Flag and IntFlag (builtin
 * class values; what they do is runtime/values/rt_enum.c), auto() and @unique. Stage: runtime, part modules/. */
#include "pith_mod_classes.h"
#include "rt_modules.h"
#include "rt_svc.h"

static PV en_enum(PCtx *c, PV *args, int npos, PV kwnames) {
    (void)args, (void)npos, (void)kwnames;
    return rt_builtin(c, PITH_B_ENUM);
}

static PV en_intenum(PCtx *c, PV *args, int npos, PV kwnames) {
    (void)args, (void)npos, (void)kwnames;
    return rt_builtin(c, PITH_B_INTENUM);
}

static PV en_strenum(PCtx *c, PV *args, int npos, PV kwnames) {
    (void)args, (void)npos, (void)kwnames;
    return rt_builtin(c, PITH_B_STRENUM);
}

static PV en_flag(PCtx *c, PV *args, int npos, PV kwnames) {
    (void)args, (void)npos, (void)kwnames;
    return rt_builtin(c, PITH_B_FLAG);
}

static PV en_intflag(PCtx *c, PV *args, int npos, PV kwnames) {
    (void)args, (void)npos, (void)kwnames;
    return rt_builtin(c, PITH_B_INTFLAG);
}

/* auto(): the marker the class statement replaces with the next value; auto(value) is that value. */
static PV en_auto(PCtx *c, PV *args, int npos, PV kwnames) {
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0;
    if (nkw == 0 && npos == 1) return pv_incref(args[0]), args[0];
    if (nkw || npos) {
        rt_err(c, PITH_B_TYPEERROR, "auto() takes at most 1 argument");
        return PV_NULL;
    }
    return rt_enum_auto(c);
}

static PV en_unique(PCtx *c, PV *args, int npos, PV kwnames) {
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0;
    if (nkw || npos != 1) {
        rt_err(c, PITH_B_TYPEERROR,
               npos + nkw ? "unique() takes 1 positional argument but %d were given"
                          : "unique() missing 1 required positional argument: 'enumeration'",
               npos + nkw);
        return PV_NULL;
    }
    if (rt_enum_unique(c, args[0]) < 0) return PV_NULL;
    return pv_incref(args[0]), args[0];
}

const RtModImpl rt_mod_enum_impls[] = {
#define EN_IMPL(name, kind, arity, min, max, fn) fn,
    PITH_ENUM_NAMES(EN_IMPL)
#undef EN_IMPL
};
