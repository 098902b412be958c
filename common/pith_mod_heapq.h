/* pith_mod_heapq.h — the names of the `heapq` module (CPython 3.11), expanded by the module table
 * (pith_modules.c) and runtime/modules/rt_mod_heapq.c, as pith_mod_math.h is. Stage: common.
 * X(name, kind, arity, min, max, implementation). Appending rows keeps ids stable. */
#ifndef PITH_MOD_HEAPQ_H
#define PITH_MOD_HEAPQ_H

#define PITH_HEAPQ_NAMES(X)                                        \
    X("heapify", FUNC, PITH_MA_ONE, 1, 1, h_heapify)               \
    X("heappop", FUNC, PITH_MA_ONE, 1, 1, h_heappop)               \
    X("heappush", FUNC, PITH_MA_POS, 2, 2, h_heappush)             \
    X("heappushpop", FUNC, PITH_MA_POS, 2, 2, h_heappushpop)       \
    X("heapreplace", FUNC, PITH_MA_POS, 2, 2, h_heapreplace)       \
    X("merge", FUNC, PITH_MA_KW, 0, -1, h_merge)                   \
    X("nlargest", FUNC, PITH_MA_KW, 2, 3, h_nlargest)              \
    X("nsmallest", FUNC, PITH_MA_KW, 2, 3, h_nsmallest)

#endif
