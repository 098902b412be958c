/* rt_set.h — internal interface of set and frozenset (rt_set.c, rt_set_methods.c) for the other runtime files
 * (operators, iteration, repr, builtins). Stage: runtime (internal).
 * Invariants: the table layout (RtSet in rt_object.h) follows CPython's setobject.c so that iteration order,
 * pop() order and hash(frozenset) match CPython; results are new references, arguments borrowed. */
#ifndef PITH_RT_SET_H
#define PITH_RT_SET_H

#include "rt_values.h"

static inline int rt_is_anyset(PV v) { return RT_IS(v, RT_T_SET) || RT_IS(v, RT_T_FROZENSET); }

PV rt_set_new(PCtx *c, int frozen);                        /* an empty set / frozenset */
PV rt_set_from_iterable(PCtx *c, PV iterable, int frozen); /* set(iterable) / frozenset(iterable) */
PV rt_set_copy_as(PCtx *c, PV set, int frozen);            /* a copy (same slot layout as CPython's copy) */
int rt_set_update(PCtx *c, PV set, PV iterable);           /* set |= iterable (any iterable); 0 / -1 */
int rt_set_add_hashed(PCtx *c, PV set, PV key, pu64 h);    /* add key whose hash is h */
int rt_set_contains(PCtx *c, PV set, PV key);              /* 0/1, -1 (TypeError for unhashable keys) */
int rt_set_discard(PCtx *c, PV set, PV key);               /* 1 removed, 0 absent, -1 error */
void rt_set_clear(PCtx *c, PV set);
int rt_set_hash(PCtx *c, PV set, pu64 *out);                     /* frozenset: CPython's algorithm; set: TypeError */
PV rt_set_repr(PCtx *c, PV set);                                 /* "{1, 2}", "set()", "frozenset({1})" */
int rt_set_next(PCtx *c, RtIter *it, PV *out);                   /* RT_IT_SET step of rt_next */
int rt_set_next_entry(RtSet *s, pi64 *pos, PV *key, pu64 *hash); /* borrowed; 0 at the end */
/* Binary operators | & - ^ (inplace: |= &= -= ^= on a set mutate it). Returns 1 when they apply to a and b
 * (*out the result or PV_NULL with an exception), 0 when not (the caller raises its TypeError). Dict keys/items
 * views take part as CPython's dict views do. */
int rt_set_binop(PCtx *c, int op, PV a, PV b, int inplace, PV *out);
/* set algebra shared with the methods (rt_set_methods.c) */
PV rt_set_intersection(PCtx *c, PV a, PV other); /* result has a's type */
PV rt_set_difference(PCtx *c, PV a, PV other);
PV rt_set_symmetric_difference(PCtx *c, PV a, PV other);
int rt_set_difference_update(PCtx *c, PV set, PV other);
int rt_set_symmetric_difference_update(PCtx *c, PV set, PV other);
int rt_set_issubset(PCtx *c, PV a, PV other); /* 0/1, -1 */
void rt_set_swap_bodies(RtSet *a, RtSet *b);  /* exchange the tables (intersection_update) */
PV rt_set_pop(PCtx *c, PV set);               /* KeyError('pop from an empty set') */

/* The lazy iterators of enumerate/zip/map/filter/reversed (rt_builtins_iter.c): rt_next's step for their kinds. */
int rt_bi_iter_next(PCtx *c, RtIter *it, PV *out);

extern const RtMethDef rt_set_methods[];
extern const RtMethDef rt_frozenset_methods[];

#endif
