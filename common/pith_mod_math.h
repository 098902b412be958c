/* pith_mod_math.h — the names of the `math` module (CPython 3.11), one row each, in one list that the module
 * table (pith_modules.c: what each name binds, how its calls count arguments) and the run-time side
 * (runtime/modules/rt_mod_math.c: the implementation each row names) both expand, so they cannot disagree.
 * Stage: common. Appending rows keeps the ids a snapshot stores stable.
 *
 * X(name, kind, arity, min, max, implementation): kind FUNC or CONST (PITH_MN_*); arity a PithModArity
 * (pith_modules.h) with the positional bounds min..max (-1: any number); a constant's implementation makes
 * its value. */
#ifndef PITH_MOD_MATH_H
#define PITH_MOD_MATH_H

#define PITH_MATH_NAMES(X)                               \
    X("acos", FUNC, PITH_MA_ONE, 1, 1, m_acos)           \
    X("acosh", FUNC, PITH_MA_ONE, 1, 1, m_acosh)         \
    X("asin", FUNC, PITH_MA_ONE, 1, 1, m_asin)           \
    X("asinh", FUNC, PITH_MA_ONE, 1, 1, m_asinh)         \
    X("atan", FUNC, PITH_MA_ONE, 1, 1, m_atan)           \
    X("atan2", FUNC, PITH_MA_POS, 2, 2, m_atan2)         \
    X("atanh", FUNC, PITH_MA_ONE, 1, 1, m_atanh)         \
    X("ceil", FUNC, PITH_MA_ONE, 1, 1, m_ceil)           \
    X("comb", FUNC, PITH_MA_POS, 2, 2, m_comb)           \
    X("copysign", FUNC, PITH_MA_POS, 2, 2, m_copysign)   \
    X("cos", FUNC, PITH_MA_ONE, 1, 1, m_cos)             \
    X("cosh", FUNC, PITH_MA_ONE, 1, 1, m_cosh)           \
    X("degrees", FUNC, PITH_MA_ONE, 1, 1, m_degrees)     \
    X("dist", FUNC, PITH_MA_POS, 2, 2, m_dist)           \
    X("e", CONST, PITH_MA_ONE, 0, 0, m_e)                \
    X("erf", FUNC, PITH_MA_ONE, 1, 1, m_erf)             \
    X("erfc", FUNC, PITH_MA_ONE, 1, 1, m_erfc)           \
    X("exp", FUNC, PITH_MA_ONE, 1, 1, m_exp)             \
    X("expm1", FUNC, PITH_MA_ONE, 1, 1, m_expm1)         \
    X("fabs", FUNC, PITH_MA_ONE, 1, 1, m_fabs)           \
    X("factorial", FUNC, PITH_MA_ONE, 1, 1, m_factorial) \
    X("floor", FUNC, PITH_MA_ONE, 1, 1, m_floor)         \
    X("fmod", FUNC, PITH_MA_POS, 2, 2, m_fmod)           \
    X("frexp", FUNC, PITH_MA_ONE, 1, 1, m_frexp)         \
    X("fsum", FUNC, PITH_MA_ONE, 1, 1, m_fsum)           \
    X("gamma", FUNC, PITH_MA_ONE, 1, 1, m_gamma)         \
    X("gcd", FUNC, PITH_MA_POS, 0, -1, m_gcd)            \
    X("hypot", FUNC, PITH_MA_POS, 0, -1, m_hypot)        \
    X("inf", CONST, PITH_MA_ONE, 0, 0, m_inf)            \
    X("isclose", FUNC, PITH_MA_KW, 2, 4, m_isclose)      \
    X("isfinite", FUNC, PITH_MA_ONE, 1, 1, m_isfinite)   \
    X("isinf", FUNC, PITH_MA_ONE, 1, 1, m_isinf)         \
    X("isnan", FUNC, PITH_MA_ONE, 1, 1, m_isnan)         \
    X("isqrt", FUNC, PITH_MA_ONE, 1, 1, m_isqrt)         \
    X("lcm", FUNC, PITH_MA_POS, 0, -1, m_lcm)            \
    X("ldexp", FUNC, PITH_MA_POS, 2, 2, m_ldexp)         \
    X("lgamma", FUNC, PITH_MA_ONE, 1, 1, m_lgamma)       \
    X("log", FUNC, PITH_MA_LOG, 1, 2, m_log)             \
    X("log10", FUNC, PITH_MA_ONE, 1, 1, m_log10)         \
    X("log1p", FUNC, PITH_MA_ONE, 1, 1, m_log1p)         \
    X("log2", FUNC, PITH_MA_ONE, 1, 1, m_log2)           \
    X("modf", FUNC, PITH_MA_ONE, 1, 1, m_modf)           \
    X("nan", CONST, PITH_MA_ONE, 0, 0, m_nan)            \
    X("nextafter", FUNC, PITH_MA_POS, 2, 2, m_nextafter) \
    X("perm", FUNC, PITH_MA_POS, 1, 2, m_perm)           \
    X("pi", CONST, PITH_MA_ONE, 0, 0, m_pi)              \
    X("pow", FUNC, PITH_MA_POS, 2, 2, m_pow)             \
    X("prod", FUNC, PITH_MA_KW, 1, 2, m_prod)            \
    X("radians", FUNC, PITH_MA_ONE, 1, 1, m_radians)     \
    X("remainder", FUNC, PITH_MA_POS, 2, 2, m_remainder) \
    X("sin", FUNC, PITH_MA_ONE, 1, 1, m_sin)             \
    X("sinh", FUNC, PITH_MA_ONE, 1, 1, m_sinh)           \
    X("sqrt", FUNC, PITH_MA_ONE, 1, 1, m_sqrt)           \
    X("tan", FUNC, PITH_MA_ONE, 1, 1, m_tan)             \
    X("tanh", FUNC, PITH_MA_ONE, 1, 1, m_tanh)           \
    X("tau", CONST, PITH_MA_ONE, 0, 0, m_tau)            \
    X("trunc", FUNC, PITH_MA_ONE, 1, 1, m_trunc)         \
    X("ulp", FUNC, PITH_MA_ONE, 1, 1, m_ulp)

#endif
