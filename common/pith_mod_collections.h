/* pith_mod_collections.h — the names of the `collections` module, one row each, expanded by the module table
 * (pith_modules.c) and the run-time side (runtime/modules/rt_mod_collections.c), as pith_mod_math.h is.
 * Stage: common. X(name, kind, arity, min, max, implementation). Each class is a constant whose value is the
 * class (a builtin class value: calling it and isinstance work as for dict); the classes themselves are
 * runtime/values/rt_dict_kind.c, rt_counter.c, rt_deque.c and rt_chainmap.c. Appending rows keeps ids stable. */
#ifndef PITH_MOD_COLLECTIONS_H
#define PITH_MOD_COLLECTIONS_H

#define PITH_COLLECTIONS_NAMES(X)                                \
    X("ChainMap", CONST, PITH_MA_ONE, 0, 0, m_chainmap)          \
    X("Counter", CONST, PITH_MA_ONE, 0, 0, m_counter)            \
    X("OrderedDict", CONST, PITH_MA_ONE, 0, 0, m_ordereddict)    \
    X("defaultdict", CONST, PITH_MA_ONE, 0, 0, m_defaultdict)    \
    X("deque", CONST, PITH_MA_ONE, 0, 0, m_deque)                \
    X("namedtuple", FUNC, PITH_MA_KW, 0, -1, rt_mod_namedtuple)

#endif
