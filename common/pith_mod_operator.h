/* pith_mod_operator.h — the names of the `operator` module (CPython 3.11's, without the dunder aliases), one row
 * each, expanded by the module table (pith_modules.c) and the run-time side (runtime/modules/rt_mod_operator.c), as
 * pith_mod_math.h is. Stage: common. Appending rows keeps the ids a snapshot stores stable.
 * X(name, kind, arity, min, max, implementation). CPython's functions are _operator's, and say so in their
 * argument errors ("_operator.neg() takes exactly one argument (0 given)"): pith_modfn_arity_error. */
#ifndef PITH_MOD_OPERATOR_H
#define PITH_MOD_OPERATOR_H

#define PITH_OPERATOR_NAMES(X)                                   \
    X("abs", FUNC, PITH_MA_ONE, 1, 1, op_abs)                    \
    X("add", FUNC, PITH_MA_POS, 2, 2, op_add)                    \
    X("and_", FUNC, PITH_MA_POS, 2, 2, op_and_)                  \
    X("attrgetter", CLASS, PITH_MA_KW, 1, -1, op_attrgetter)     \
    X("concat", FUNC, PITH_MA_POS, 2, 2, op_concat)              \
    X("contains", FUNC, PITH_MA_POS, 2, 2, op_contains)          \
    X("countOf", FUNC, PITH_MA_POS, 2, 2, op_countOf)            \
    X("delitem", FUNC, PITH_MA_POS, 2, 2, op_delitem)            \
    X("eq", FUNC, PITH_MA_POS, 2, 2, op_eq)                      \
    X("floordiv", FUNC, PITH_MA_POS, 2, 2, op_floordiv)          \
    X("ge", FUNC, PITH_MA_POS, 2, 2, op_ge)                      \
    X("getitem", FUNC, PITH_MA_POS, 2, 2, op_getitem)            \
    X("gt", FUNC, PITH_MA_POS, 2, 2, op_gt)                      \
    X("iadd", FUNC, PITH_MA_POS, 2, 2, op_iadd)                  \
    X("iand", FUNC, PITH_MA_POS, 2, 2, op_iand)                  \
    X("iconcat", FUNC, PITH_MA_POS, 2, 2, op_iconcat)            \
    X("ifloordiv", FUNC, PITH_MA_POS, 2, 2, op_ifloordiv)        \
    X("ilshift", FUNC, PITH_MA_POS, 2, 2, op_ilshift)            \
    X("imod", FUNC, PITH_MA_POS, 2, 2, op_imod)                  \
    X("imul", FUNC, PITH_MA_POS, 2, 2, op_imul)                  \
    X("index", FUNC, PITH_MA_ONE, 1, 1, op_index)                \
    X("indexOf", FUNC, PITH_MA_POS, 2, 2, op_indexOf)            \
    X("inv", FUNC, PITH_MA_ONE, 1, 1, op_inv)                    \
    X("invert", FUNC, PITH_MA_ONE, 1, 1, op_invert)              \
    X("ior", FUNC, PITH_MA_POS, 2, 2, op_ior)                    \
    X("ipow", FUNC, PITH_MA_POS, 2, 2, op_ipow)                  \
    X("irshift", FUNC, PITH_MA_POS, 2, 2, op_irshift)            \
    X("is_", FUNC, PITH_MA_POS, 2, 2, op_is_)                    \
    X("is_not", FUNC, PITH_MA_POS, 2, 2, op_is_not)              \
    X("isub", FUNC, PITH_MA_POS, 2, 2, op_isub)                  \
    X("itemgetter", CLASS, PITH_MA_KW, 1, -1, op_itemgetter)     \
    X("itruediv", FUNC, PITH_MA_POS, 2, 2, op_itruediv)          \
    X("ixor", FUNC, PITH_MA_POS, 2, 2, op_ixor)                  \
    X("le", FUNC, PITH_MA_POS, 2, 2, op_le)                      \
    X("length_hint", FUNC, PITH_MA_POS, 1, 2, op_length_hint)    \
    X("lshift", FUNC, PITH_MA_POS, 2, 2, op_lshift)              \
    X("lt", FUNC, PITH_MA_POS, 2, 2, op_lt)                      \
    X("methodcaller", CLASS, PITH_MA_KW, 1, -1, op_methodcaller) \
    X("mod", FUNC, PITH_MA_POS, 2, 2, op_mod)                    \
    X("mul", FUNC, PITH_MA_POS, 2, 2, op_mul)                    \
    X("ne", FUNC, PITH_MA_POS, 2, 2, op_ne)                      \
    X("neg", FUNC, PITH_MA_ONE, 1, 1, op_neg)                    \
    X("not_", FUNC, PITH_MA_ONE, 1, 1, op_not_)                  \
    X("or_", FUNC, PITH_MA_POS, 2, 2, op_or_)                    \
    X("pos", FUNC, PITH_MA_ONE, 1, 1, op_pos)                    \
    X("pow", FUNC, PITH_MA_POS, 2, 2, op_pow)                    \
    X("rshift", FUNC, PITH_MA_POS, 2, 2, op_rshift)              \
    X("setitem", FUNC, PITH_MA_POS, 3, 3, op_setitem)            \
    X("sub", FUNC, PITH_MA_POS, 2, 2, op_sub)                    \
    X("truediv", FUNC, PITH_MA_POS, 2, 2, op_truediv)            \
    X("truth", FUNC, PITH_MA_ONE, 1, 1, op_truth)                \
    X("xor", FUNC, PITH_MA_POS, 2, 2, op_xor)

#endif
