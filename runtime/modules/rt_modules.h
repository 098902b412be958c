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

/* A module function called from a state-machine function, when it may have to push a frame (a callback that
 * may wait on the host): PITH_STEP_CONT with the result in caller->callret, PITH_STEP_CALL or PITH_STEP_ERR.
 * The arity check has run. */
typedef int (*RtModSmImpl)(PCtx *c, PFrame *caller, PV *args, int npos, PV kwnames);

/* A module's implementations, indexed by its name rows (pith_modules.h); NULL for names that bind nothing. */
extern const RtModImpl rt_mod_math_impls[], rt_mod_typing_impls[], rt_mod_dataclasses_impls[], rt_mod_enum_impls[];
extern const RtModImpl rt_mod_json_impls[];
extern const RtModImpl rt_mod_collections_impls[], rt_mod_heapq_impls[], rt_mod_bisect_impls[], rt_mod_copy_impls[];

/* The arguments of a module function with keywords, bound to its parameters names[0..nnames) (the first
 * npar of them positional-or-keyword, the rest keyword-only): out[i] the value (borrowed) or PV_NULL; the
 * first nreq are required. TypeError worded as CPython words it for a function written in Python (python 1:
 * heapq.nlargest, copy.copy) or for an Argument Clinic one (bisect.bisect_left). 0 ok, -1 error. */
int rt_mod_bind(PCtx *c, const char *fn, int python, const char *const *names, int nnames, int npar, int nreq, PV *args,
                int npos, PV kwnames, PV *out);

/* A module function whose Python callbacks (key=) may wait on the host, called from state-machine code: it
 * pushes a native frame (runtime/exec/rt_native.c) when its key may wait, returning a PITH_STEP_* code; or
 * RT_SM_DECLINED (nothing done, no exception left) for the ordinary call. Indexed by name rows; NULL: none. */
extern const RtModSmImpl rt_mod_heapq_sm[], rt_mod_bisect_sm[], rt_mod_json_sm[];

extern const RtModImpl rt_mod_itertools_impls[];
extern const RtModImpl rt_mod_functools_impls[];
extern const RtModImpl rt_mod_operator_impls[];

/* A module function f called from a state machine (the modfn type's sm_call hook): CONT with the caller's
 * callret set, or CALL with a frame pushed when the Python it runs may wait (functools.reduce). */
typedef int (*RtModSmCall)(PCtx *c, PFrame *caller, PV f, PV *args, int nargs, PV kwnames);
int rt_mod_sm_at_once(PCtx *c, PFrame *caller, PV f, PV *args, int nargs, PV kwnames); /* the ordinary call */
int rt_mod_itertools_sm_call(PCtx *c, PFrame *caller, PV f, PV *args, int nargs, PV kwnames);
int rt_mod_functools_sm_call(PCtx *c, PFrame *caller, PV f, PV *args, int nargs, PV kwnames);

extern const RtModImpl rt_mod_asyncio_impls[];
int rt_mod_asyncio_sm_call(PCtx *c, PFrame *caller, PV f, PV *args, int nargs, PV kwnames); /* asyncio.run: its event
                                                                                               * loop as a frame */


/* The runtime-written methods of each module's classes (RtNatMeth, rt_natmeth.c dispatches by its which):
 * self first, as a function is called. */
PV rt_dc_method(PCtx *c, const RtNatMeth *m, PV *args, int nargs, PV kwnames); /* rt_mod_dataclasses.c */
PV rt_nt_method(PCtx *c, const RtNatMeth *m, PV *args, int nargs, PV kwnames); /* rt_mod_namedtuple.c */

/* Python-function argument binding for the runtime's methods: args/kwnames bound to the parameters names[0..n)
 * — names[0..npos) positional-or-keyword, the last of them taking the items of the tuple defaults, the rest
 * keyword-only with their defaults in the dict kwdefaults (PV_NULL: none) — into out (new references), with
 * CPython's messages naming qualname (rt_natmeth.c). 0, or -1 with the TypeError. */
int rt_nat_bind(PCtx *c, const char *qualname, const char *const *names, int n, int npos, PV defaults,
                PV kwdefaults, PV *args, int nargs, PV kwnames, PV *out);
PV rt_mod_namedtuple(PCtx *c, PV *args, int npos, PV kwnames); /* collections.namedtuple (rt_mod_namedtuple.c) */

extern const RtModImpl rt_mod_re_impls[];
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
