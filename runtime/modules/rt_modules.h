/* rt_modules.h — the run-time side of the standard-library modules: module values (`import math`), module
 * function values (`math.sqrt`), and the table each module's file registers its implementations in.
 * Stage: runtime, part modules/ (level 4 beside builtins/: it may call core, values and exec; nothing below
 * calls it). Which names a module has, and what each binds, is common/pith_modules.h; this part only says
 * what they do. */
#ifndef PITH_RT_MODULES_H
#define PITH_RT_MODULES_H

#include "pith_modules.h"
#include "rt_class.h"
#include "rt_values.h"

/* A module function: args[0..npos) positional, then one value per name of kwnames (borrowed); a new
 * reference or PV_NULL + exception. A constant's row names a maker called with no arguments. The call hook
 * checks the argument counts of the row's arity before calling (pith_modfn_arity_error). */
typedef PV (*RtModImpl)(PCtx *c, PV *args, int npos, PV kwnames);

/* A module's implementations, indexed by its name rows (pith_modules.h); NULL for names that bind nothing. */
extern const RtModImpl rt_mod_math_impls[], rt_mod_typing_impls[], rt_mod_dataclasses_impls[], rt_mod_enum_impls[],
    rt_mod_collections_impls[];

/* The runtime-written methods of each module's classes (RtNatMeth, rt_natmeth.c dispatches by its which):
 * self first, as a function is called. */
PV rt_dc_method(PCtx *c, const RtNatMeth *m, PV *args, int nargs, PV kwnames); /* rt_mod_dataclasses.c */
PV rt_nt_method(PCtx *c, const RtNatMeth *m, PV *args, int nargs, PV kwnames); /* rt_mod_collections.c */

/* Python-function argument binding for the runtime's methods: args/kwnames bound to the parameters names[0..n)
 * — names[0..npos) positional-or-keyword, the last of them taking the items of the tuple defaults, the rest
 * keyword-only with their defaults in the dict kwdefaults (PV_NULL: none) — into out (new references), with
 * CPython's messages naming qualname (rt_natmeth.c). 0, or -1 with the TypeError. */
int rt_nat_bind(PCtx *c, const char *qualname, const char *const *names, int n, int npos, PV defaults,
                PV kwdefaults, PV *args, int nargs, PV kwnames, PV *out);

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
