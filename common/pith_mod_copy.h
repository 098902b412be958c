/* pith_mod_copy.h — the names of the `copy` module (CPython 3.11), expanded by the module table
 * (pith_modules.c) and runtime/modules/rt_mod_copy.c, as pith_mod_math.h is. Stage: common.
 * X(name, kind, arity, min, max, implementation). Appending rows keeps ids stable. */
#ifndef PITH_MOD_COPY_H
#define PITH_MOD_COPY_H

#define PITH_COPY_NAMES(X)                              \
    X("copy", FUNC, PITH_MA_KW, 1, 1, cp_copy)          \
    X("deepcopy", FUNC, PITH_MA_KW, 1, 2, cp_deepcopy)

#endif
