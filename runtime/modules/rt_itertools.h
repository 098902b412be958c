/* rt_itertools.h — what the two files of itertools share (rt_mod_itertools.c: the lazy iterators and the module's
 * rows; rt_mod_itertools_comb.c: the combinatoric ones): the kinds of its objects (rt_modobj.h), appended only
 * since a snapshot stores them. Stage: runtime, part modules/. */
#ifndef PITH_RT_ITERTOOLS_H
#define PITH_RT_ITERTOOLS_H

#include "rt_modobj.h"

enum {
    IT_COUNT,
    IT_CYCLE,
    IT_REPEAT,
    IT_ACCUMULATE,
    IT_CHAIN,
    IT_COMPRESS,
    IT_DROPWHILE,
    IT_TAKEWHILE,
    IT_FILTERFALSE,
    IT_STARMAP,
    IT_GROUPBY,
    IT_GROUPER,
    IT_ISLICE,
    IT_PAIRWISE,
    IT_TEE,
    IT_TEEDATA,
    IT_ZIP_LONGEST,
    IT_PRODUCT,
    IT_PERMUTATIONS,
    IT_COMBINATIONS,
    IT_CWR,
    IT_KIND_COUNT
};

int rt_it_bad_state(PCtx *c);                      /* SystemError for a step state no code made; RT_STEP_ERR */
PV rt_it_new(PCtx *c, int k, PV s0, PV s1, PV s2); /* an itertools object with those slots (stolen) */

/* rt_mod_itertools_comb.c */
PV rt_it_product(PCtx *c, PV *a, int n, PV kw);
PV rt_it_permutations(PCtx *c, PV *a, int n, PV kw);
PV rt_it_combinations(PCtx *c, PV *a, int n, PV kw);
PV rt_it_cwr(PCtx *c, PV *a, int n, PV kw);
int rt_it_product_step(PCtx *c, PV self, RtStep *s);
int rt_it_permutations_step(PCtx *c, PV self, RtStep *s);
int rt_it_combinations_step(PCtx *c, PV self, RtStep *s);
int rt_it_cwr_step(PCtx *c, PV self, RtStep *s);
int rt_it_comb_check(const RtModObj *o);

#endif
