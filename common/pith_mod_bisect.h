/* pith_mod_bisect.h — the names of the `bisect` module (CPython 3.11), expanded by the module table
 * (pith_modules.c) and runtime/modules/rt_mod_bisect.c, as pith_mod_math.h is. Stage: common.
 * X(name, kind, arity, min, max, implementation). Appending rows keeps ids stable. */
#ifndef PITH_MOD_BISECT_H
#define PITH_MOD_BISECT_H

#define PITH_BISECT_NAMES(X)                                    \
    X("bisect", FUNC, PITH_MA_KW, 2, 4, b_bisect)         \
    X("bisect_left", FUNC, PITH_MA_KW, 2, 4, b_bisect_left)     \
    X("bisect_right", FUNC, PITH_MA_KW, 2, 4, b_bisect_right)   \
    X("insort", FUNC, PITH_MA_KW, 2, 4, b_insort)         \
    X("insort_left", FUNC, PITH_MA_KW, 2, 4, b_insort_left)     \
    X("insort_right", FUNC, PITH_MA_KW, 2, 4, b_insort_right)

#endif
