/* pith_mod_itertools.h — the names of the `itertools` module (CPython 3.11), one row each, expanded by the module
 * table (pith_modules.c) and the run-time side (runtime/modules/rt_mod_itertools.c), as pith_mod_math.h is.
 * Stage: common. Appending rows keeps the ids a snapshot stores stable.
 *
 * X(name, kind, arity, min, max, implementation). CPython's itertools are classes (CLASS rows) whose constructors word their
 * argument errors in three ways: PITH_MA_TYPE (positional only: "cycle expected 1 argument, got 0", "cycle() takes
 * no keyword arguments"), PITH_MA_KW (keywords too: the implementation checks, rt_mod_args) and PITH_MA_POS
 * (tee, a function). A row whose name holds a dot is an attribute of the row before it (chain.from_iterable):
 * reached only through that function (modfn getattr), never importable. */
#ifndef PITH_MOD_ITERTOOLS_H
#define PITH_MOD_ITERTOOLS_H

#define PITH_ITERTOOLS_NAMES(X)                                              \
    X("accumulate", CLASS, PITH_MA_KW, 1, 2, it_accumulate)                  \
    X("chain", CLASS, PITH_MA_TYPE, 0, -1, it_chain)                         \
    X("chain.from_iterable", FUNC, PITH_MA_KW, 1, 1, it_chain_from_iterable) \
    X("combinations", CLASS, PITH_MA_KW, 2, 2, it_combinations)              \
    X("combinations_with_replacement", CLASS, PITH_MA_KW, 2, 2, it_cwr)      \
    X("compress", CLASS, PITH_MA_KW, 2, 2, it_compress)                      \
    X("count", CLASS, PITH_MA_KW, 0, 2, it_count)                            \
    X("cycle", CLASS, PITH_MA_TYPE, 1, 1, it_cycle)                          \
    X("dropwhile", CLASS, PITH_MA_TYPE, 2, 2, it_dropwhile)                  \
    X("filterfalse", CLASS, PITH_MA_TYPE, 2, 2, it_filterfalse)              \
    X("groupby", CLASS, PITH_MA_KW, 1, 2, it_groupby)                        \
    X("islice", CLASS, PITH_MA_TYPE, 2, 4, it_islice)                        \
    X("pairwise", CLASS, PITH_MA_TYPE, 1, 1, it_pairwise)                    \
    X("permutations", CLASS, PITH_MA_KW, 1, 2, it_permutations)              \
    X("product", CLASS, PITH_MA_KW, 0, -1, it_product)                       \
    X("repeat", CLASS, PITH_MA_KW, 1, 2, it_repeat)                          \
    X("starmap", CLASS, PITH_MA_TYPE, 2, 2, it_starmap)                      \
    X("takewhile", CLASS, PITH_MA_TYPE, 2, 2, it_takewhile)                  \
    X("tee", FUNC, PITH_MA_POS, 1, 2, it_tee)                                \
    X("zip_longest", CLASS, PITH_MA_KW, 0, -1, it_zip_longest)

#endif
