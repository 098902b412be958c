/* pith_mod_functools.h — the names of the `functools` module (CPython 3.11) pith has, one row each, expanded by
 * the module table (pith_modules.c) and the run-time side (runtime/modules/rt_mod_functools.c), as
 * pith_mod_math.h is. Stage: common. Appending rows keeps the ids a snapshot stores stable.
 * X(name, kind, arity, min, max, implementation); PITH_MA_KW rows check their own arguments. */
#ifndef PITH_MOD_FUNCTOOLS_H
#define PITH_MOD_FUNCTOOLS_H

#define PITH_FUNCTOOLS_NAMES(X)                                                \
    X("WRAPPER_ASSIGNMENTS", CONST, PITH_MA_ONE, 0, 0, ft_wrapper_assignments) \
    X("WRAPPER_UPDATES", CONST, PITH_MA_ONE, 0, 0, ft_wrapper_updates)         \
    X("cache", FUNC, PITH_MA_KW, 1, 1, ft_cache)                               \
    X("cached_property", CLASS, PITH_MA_KW, 1, 1, ft_cached_property)          \
    X("cmp_to_key", FUNC, PITH_MA_KW, 1, 1, ft_cmp_to_key)                     \
    X("lru_cache", FUNC, PITH_MA_KW, 0, 2, ft_lru_cache)                       \
    X("partial", CLASS, PITH_MA_KW, 1, -1, ft_partial)                         \
    X("reduce", FUNC, PITH_MA_TYPE, 2, 3, ft_reduce)                           \
    X("singledispatch", FUNC, PITH_MA_KW, 1, 1, ft_singledispatch)             \
    X("total_ordering", FUNC, PITH_MA_KW, 1, 1, ft_total_ordering)             \
    X("update_wrapper", FUNC, PITH_MA_KW, 2, 4, ft_update_wrapper)             \
    X("wraps", FUNC, PITH_MA_KW, 1, 3, ft_wraps)

#endif
