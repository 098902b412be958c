/* rt_modules.h — the run-time side of the standard-library modules: module values (`import math`), module
 * function values (`math.sqrt`), and the table each module's file registers its implementations in.
 * Stage: runtime, part modules/ (level 4 beside builtins/: it may call core, values and exec; nothing below
 * calls it). Which names a module has, and what each binds, is common/pith_modules.h; this part only says
 * what they do. */
#ifndef PITH_RT_MODULES_H
#define PITH_RT_MODULES_H

#include "pith_modules.h"
#include "rt_values.h"

/* A module function: args[0..npos) positional, then one value per name of kwnames (borrowed); a new
 * reference or PV_NULL + exception. A constant's row names a maker called with no arguments. The call hook
 * checks the argument counts of the row's arity before calling (pith_modfn_arity_error). */
typedef PV (*RtModImpl)(PCtx *c, PV *args, int npos, PV kwnames);

/* A module's implementations, indexed by its name rows (pith_modules.h); NULL for names that bind nothing. */
extern const RtModImpl rt_mod_math_impls[];
extern const RtModImpl rt_mod_re_impls[];

/* A module function called from state-machine code, for the few that call back into Python that may wait (the
 * function given to re.sub): a PITH_STEP_* code, or RT_SM_DECLINED for the ordinary call (rt_type.h's sm_call). */
typedef int (*RtModSmImpl)(PCtx *c, PFrame *caller, PV *args, int npos, PV kwnames);
extern const RtModSmImpl rt_mod_re_sm_impls[];

typedef struct RtModule {
    PObj h;
    int mod; /* PITH_MOD_* */
} RtModule;

typedef struct RtModFn {
    PObj h;
    int mod;  /* PITH_MOD_* */
    int name; /* its row in the module's names, a PITH_MN_FUNC */
} RtModFn;

#endif
