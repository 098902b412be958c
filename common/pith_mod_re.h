/* pith_mod_re.h — the names of the `re` module (CPython 3.11's re.__all__ less the deprecated template and
 * the DEBUG/TEMPLATE flags), one row each, expanded into the module table (pith_modules.c) and into the run-time
 * side (runtime/modules/rt_mod_re.c: the implementation each row names). Stage: common. Appending rows keeps the
 * ids a snapshot stores stable.
 *
 * X(name, kind, arity, min, max, implementation), as in pith_mod_math.h. The functions take keywords
 * (flags=, count=, maxsplit=), so each checks its own arguments in the words of CPython's re.py. */
#ifndef PITH_MOD_RE_H
#define PITH_MOD_RE_H

#define PITH_RE_NAMES(X)                                    \
    X("A", CONST, PITH_MA_ONE, 0, 0, m_flag_a)              \
    X("ASCII", CONST, PITH_MA_ONE, 0, 0, m_flag_a)          \
    X("DOTALL", CONST, PITH_MA_ONE, 0, 0, m_flag_s)         \
    X("I", CONST, PITH_MA_ONE, 0, 0, m_flag_i)              \
    X("IGNORECASE", CONST, PITH_MA_ONE, 0, 0, m_flag_i)     \
    X("L", CONST, PITH_MA_ONE, 0, 0, m_flag_l)              \
    X("LOCALE", CONST, PITH_MA_ONE, 0, 0, m_flag_l)         \
    X("M", CONST, PITH_MA_ONE, 0, 0, m_flag_m)              \
    X("MULTILINE", CONST, PITH_MA_ONE, 0, 0, m_flag_m)      \
    X("Match", CONST, PITH_MA_ONE, 0, 0, m_match_class)     \
    X("NOFLAG", CONST, PITH_MA_ONE, 0, 0, m_flag_none)      \
    X("Pattern", CONST, PITH_MA_ONE, 0, 0, m_pattern_class) \
    X("S", CONST, PITH_MA_ONE, 0, 0, m_flag_s)              \
    X("U", CONST, PITH_MA_ONE, 0, 0, m_flag_u)              \
    X("UNICODE", CONST, PITH_MA_ONE, 0, 0, m_flag_u)        \
    X("VERBOSE", CONST, PITH_MA_ONE, 0, 0, m_flag_x)        \
    X("X", CONST, PITH_MA_ONE, 0, 0, m_flag_x)              \
    X("compile", FUNC, PITH_MA_KW, 1, 2, m_compile)         \
    X("error", CONST, PITH_MA_ONE, 0, 0, m_error)           \
    X("escape", FUNC, PITH_MA_KW, 1, 1, m_escape)           \
    X("findall", FUNC, PITH_MA_KW, 2, 3, m_findall)         \
    X("finditer", FUNC, PITH_MA_KW, 2, 3, m_finditer)       \
    X("fullmatch", FUNC, PITH_MA_KW, 2, 3, m_fullmatch)     \
    X("match", FUNC, PITH_MA_KW, 2, 3, m_match)             \
    X("purge", FUNC, PITH_MA_KW, 0, 0, m_purge)             \
    X("search", FUNC, PITH_MA_KW, 2, 3, m_search)           \
    X("split", FUNC, PITH_MA_KW, 2, 4, m_split)             \
    X("sub", FUNC, PITH_MA_KW, 3, 5, m_sub)                 \
    X("subn", FUNC, PITH_MA_KW, 3, 5, m_subn)

#endif
