/* rt_bi.h — internals shared by the builtin-function files (rt_builtins*.c): the implementations the table
 * of rt_builtins.h names, argument helpers, and helpers one file lends another.
 * Stage: runtime (internal). Invariants: as rt_call_builtin — args borrowed, results new references,
 * PV_NULL/-1 with an exception set on failure; keyword values follow the npos positional arguments. */
#ifndef PITH_RT_BI_H
#define PITH_RT_BI_H

#include "rt_svc.h"
#include "rt_values.h"
#include "pith_abi_fast.h"

/* A builtin function's implementation. rt_call_builtin has already checked the argument counts against
 * the arity columns of its row (so a PITH_AR_ONE builtin may read args[0] unconditionally); the
 * implementation checks keyword names and values. */
typedef PV (*RtBuiltinFn)(PCtx *c, PV *args, int npos, PV kwnames);
#define RT_FN_DECL(id, name, arity, min, max, kw, fn) PV fn(PCtx *c, PV *args, int npos, PV kwnames);
PITH_BUILTIN_FUNCS(RT_FN_DECL)
#undef RT_FN_DECL

/* Match keyword arguments against allowed (NULL-terminated): out[i] = the value given for allowed[i] or
 * PV_NULL. Any other name: TypeError "'x' is an invalid keyword argument for fname()". */
int rt_bi_kw(PCtx *c, const char *fname, PV kwnames, PV *kwvals, const char *const *allowed, PV *out);
/* Argument Clinic's matching of a call to the parameters names (NULL-terminated), as CPython 3.11's
 * _PyArg_UnpackKeywords does once the counts are fine: out[i] = parameter i's value, by position or by
 * keyword, or PV_NULL. The first posonly parameters cannot be keywords; the first nrequired must be given.
 * TypeErrors in CPython's order: "fname() missing required argument 'x' (pos N)", "argument for fname()
 * given by name ('x') and position (N)", "'x' is an invalid keyword argument for fname()". */
int rt_bi_clinic(PCtx *c, const char *fname, PV *args, int npos, PV kwnames, const char *const *names, int posonly,
                 int nrequired, PV *out);
/* TypeError "fname() takes no keyword arguments" when any keyword was given. */
int rt_bi_nokw(PCtx *c, const char *fname, PV kwnames);
/* An int-like value (int, bool) as a C integer: TypeError "'float' object cannot be interpreted as an
 * integer", OverflowError beyond 64 bits. */
int rt_bi_index(PCtx *c, PV v, pi64 *out);
/* A tuple of n borrowed values (the array is only read). */
PV rt_bi_tuple_of(PCtx *c, PV *items, int n);

/* rt_bi_class.c: object(), super(), staticmethod(), classmethod(), property(), delattr(), __build_class__ */
PV rt_bi_class_row(PCtx *c, int id, PV *args, int nargs, PV kwnames);

/* rt_builtins_num.c */
PV rt_bi_float(PCtx *c, PV x); /* float(x) */

/* rt_builtins_seq.c */
PV rt_bi_list(PCtx *c, PV iterable);                    /* list(iterable) */
PV rt_bi_tuple(PCtx *c, PV iterable);                   /* tuple(iterable), () for PV_NULL */
PV rt_bi_dict(PCtx *c, PV src, PV kwnames, PV *kwvals); /* dict(src or PV_NULL, **kw) */

#endif
