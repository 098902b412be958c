/* rt_bi.h — internals shared by the builtin-function files (rt_builtins.c, rt_builtins_num.c,
 * rt_builtins_seq.c): argument helpers and the builtins each file implements.
 * Stage: runtime (internal). Invariants: as rt_call_builtin — args borrowed, results new references,
 * PV_NULL/-1 with an exception set on failure; keyword values follow the npos positional arguments. */
#ifndef PITH_RT_BI_H
#define PITH_RT_BI_H

#include "rt_svc.h"

/* Match keyword arguments against allowed (NULL-terminated): out[i] = the value given for allowed[i] or
 * PV_NULL. Any other name: TypeError "'x' is an invalid keyword argument for fname()". */
int rt_bi_kw(PCtx *c, const char *fname, PV kwnames, PV *kwvals, const char *const *allowed, PV *out);
/* TypeError "fname() takes no keyword arguments" when any keyword was given. */
int rt_bi_nokw(PCtx *c, const char *fname, PV kwnames);
/* An int-like value (int, bool) as a C integer: TypeError "'float' object cannot be interpreted as an
 * integer", OverflowError beyond 64 bits. */
int rt_bi_index(PCtx *c, PV v, pi64 *out);
/* A tuple of n borrowed values (the array is only read). */
PV rt_bi_tuple_of(PCtx *c, PV *items, int n);

/* rt_builtins_num.c */
PV rt_bi_int_call(PCtx *c, PV *args, int npos, PV kwnames); /* int(x=0, base=10) with its checks */
PV rt_bi_float(PCtx *c, PV x);                              /* float(x) */
PV rt_bi_abs(PCtx *c, PV x);                                /* abs(x) */

/* rt_builtins_seq.c */
PV rt_bi_minmax(PCtx *c, PV *args, int npos, PV kwnames, int is_max);
PV rt_bi_sum(PCtx *c, PV *args, int npos, PV kwnames);
PV rt_bi_list(PCtx *c, PV iterable);                       /* list(iterable) */
PV rt_bi_tuple(PCtx *c, PV iterable);                      /* tuple(iterable), () for PV_NULL */
PV rt_bi_dict(PCtx *c, PV src, PV kwnames, PV *kwvals);    /* dict(src or PV_NULL, **kw) */

#endif
