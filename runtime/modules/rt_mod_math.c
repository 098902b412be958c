/* rt_mod_math.c — the run-time side of `math` (CPython 3.11's Modules/mathmodule.c): its functions and
 * constants, registered in rt_mod_math_impls by the rows of common/pith_mod_math.h. Results, special values
 * and error messages are CPython's: a NaN out of a non-NaN argument is "math domain error" (ValueError), an
 * infinity out of a finite one "math range error" (OverflowError) where the function can overflow. Integer
 * functions (factorial, comb, perm, isqrt, gcd, lcm) work on exact ints through GMP, each call estimated first
 * (rt_big_guard_chain / rt_big_guard_div), since one GMP call cannot be interrupted.
 * Stage: runtime, part modules/. */
#include <float.h>
#include <math.h>
#include <string.h>

#include "pith_mod_math.h"
#include "rt_modules.h"

#define M_ARGS PCtx *c, PV *a, int n, PV kw
#define UNUSED_ARGS (void)a, (void)n, (void)kw

static PV domain_error(PCtx *c) {
    rt_err(c, PITH_B_VALUEERROR, "math domain error");
    return PV_NULL;
}

static PV range_error(PCtx *c) {
    rt_err(c, PITH_B_OVERFLOWERROR, "math range error");
    return PV_NULL;
}

/* CPython's math_1: f(x) with its errors decided from the special values in and out. */
static PV math_1(PCtx *c, PV v, double (*f)(double), int can_overflow) {
    double x, r;
    if (rt_to_double(c, v, &x) < 0) return PV_NULL;
    r = f(x);
    if (isnan(r) && !isnan(x)) return domain_error(c);
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error(c) : domain_error(c);
    return rt_float_new(c, r);
}

#define MATH_1(name, f, can_overflow) \
    static PV m_##name(M_ARGS) { return UNUSED_ARGS, math_1(c, a[0], f, can_overflow); }
MATH_1(acos, acos, 0)
MATH_1(acosh, acosh, 0)
MATH_1(asin, asin, 0)
MATH_1(asinh, asinh, 0)
MATH_1(atan, atan, 0)
MATH_1(atanh, atanh, 0)
MATH_1(cos, cos, 0)
MATH_1(cosh, cosh, 1)
MATH_1(erf, erf, 0)
MATH_1(erfc, erfc, 0)
MATH_1(exp, exp, 1)
MATH_1(expm1, expm1, 1)
MATH_1(fabs, fabs, 0)
MATH_1(log1p, log1p, 0)
MATH_1(sin, sin, 0)
MATH_1(sinh, sinh, 1)
MATH_1(sqrt, sqrt, 0)
MATH_1(tan, tan, 0)
MATH_1(tanh, tanh, 0)

static double deg(double x) { return x * (180.0 / M_PI); }
static double rad(double x) { return x * (M_PI / 180.0); }
MATH_1(degrees, deg, 0)
MATH_1(radians, rad, 0)

/* ---- gamma and lgamma: CPython's own Lanczos approximation (the C library's differ in the last digits) ----
 * Lanczos' sum with N = 13, g = 6.024680040776729583740234375 (the published lanczos13m53 coefficients): the
 * numerator's, and the denominator's, which are those of x (x + 1) ... (x + 11). */
enum { LANCZOS_N = 13, GAMMA_EXACT = 23 };
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
static const double lanczos_den[LANCZOS_N] = {0.0,        39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                              45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                              1925.0,     66.0,       1.0};

/* The rational function of the approximation at x > 0; in powers of 1/x for large x, where powers of x
 * would overflow and lose accuracy. */
static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0)
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    else
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    return num / den;
}

/* sin(pi x) for finite x, exact at the integers and half-integers (the reflection formula's poles). */
static double sinpi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(M_PI * y); break;
    case 1: r = cos(M_PI * (y - 0.5)); break;
    case 2: r = sin(M_PI * (1.0 - y)); break; /* not -sin(pi (y - 1)): that gives -0.0 at y == 1 */
    case 3: r = -cos(M_PI * (y - 1.5)); break;
    default: r = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

typedef enum { MATH_OK, MATH_DOMAIN, MATH_RANGE } MathErr;

static double gamma_of(double x, MathErr *err) {
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        *err = MATH_DOMAIN;
        return NAN;
    }
    if (x == 0.0 || (x == floor(x) && x < 0.0)) {
        *err = MATH_DOMAIN;
        return NAN;
    }
    if (x == floor(x) && x <= GAMMA_EXACT) { /* (x - 1)!, exact in a double up to 22! */
        double f = 1.0;
        for (int k = 2; k < (int)x; k++) f *= k;
        return f;
    }
    double absx = fabs(x), r;
    if (absx < 1e-20) { /* gamma(x) ~ 1/x */
        r = 1.0 / x;
        if (isinf(r)) *err = MATH_RANGE;
        return r;
    }
    if (absx > 200.0) { /* overflows, or underflows to +-0 */
        if (x < 0.0) return 0.0 / sinpi(x);
        *err = MATH_RANGE;
        return HUGE_VAL;
    }
    double y = absx + lanczos_g_minus_half, z;
    if (absx > lanczos_g_minus_half) /* the rounding error of y, kept: it matters near the poles */
        z = (y - absx) - lanczos_g_minus_half;
    else
        z = (y - lanczos_g_minus_half) - absx;
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -M_PI / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0)
            r /= pow(y, absx - 0.5);
        else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0)
            r *= pow(y, absx - 0.5);
        else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25); /* y ** (x - 0.5) would overflow on its own */
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r)) *err = MATH_RANGE;
    return r;
}

static double lgamma_of(double x, MathErr *err) {
    if (!isfinite(x)) return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x > 0.0) return 0.0; /* lgamma(1) = lgamma(2) = 0 */
        *err = MATH_DOMAIN;      /* a pole */
        return HUGE_VAL;
    }
    double absx = fabs(x);
    if (absx < 1e-20) return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) /* the reflection formula */
        r = 1.144729885849400174143427351353058711647 /* log(pi) */ - log(fabs(sinpi(absx))) - log(absx) - r;
    if (isinf(r)) *err = MATH_RANGE;
    return r;
}

static PV gamma_result(PCtx *c, PV v, double (*f)(double, MathErr *)) {
    double x;
    if (rt_to_double(c, v, &x) < 0) return PV_NULL;
    MathErr err = MATH_OK;
    double r = f(x, &err);
    if (err == MATH_DOMAIN) return domain_error(c);
    if (err == MATH_RANGE && fabs(r) >= 1.5) return range_error(c);
    return rt_float_new(c, r);
}

static PV m_gamma(M_ARGS) { return UNUSED_ARGS, gamma_result(c, a[0], gamma_of); }
static PV m_lgamma(M_ARGS) { return UNUSED_ARGS, gamma_result(c, a[0], lgamma_of); }

/* Two floats, then CPython's checks: a NaN from non-NaNs is a domain error. */
static int two(PCtx *c, PV *a, double *x, double *y) {
    return rt_to_double(c, a[0], x) < 0 || rt_to_double(c, a[1], y) < 0 ? -1 : 0;
}

static PV m_atan2(M_ARGS) {
    UNUSED_ARGS;
    double x, y;
    return two(c, a, &y, &x) < 0 ? PV_NULL : rt_float_new(c, atan2(y, x));
}

static PV m_copysign(M_ARGS) {
    UNUSED_ARGS;
    double x, y;
    return two(c, a, &x, &y) < 0 ? PV_NULL : rt_float_new(c, copysign(x, y));
}

static PV m_fmod(M_ARGS) {
    UNUSED_ARGS;
    double x, y;
    if (two(c, a, &x, &y) < 0) return PV_NULL;
    if (isinf(y) && isfinite(x)) return rt_float_new(c, x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error(c);
    return rt_float_new(c, r);
}

static PV m_remainder(M_ARGS) {
    UNUSED_ARGS;
    double x, y;
    if (two(c, a, &x, &y) < 0) return PV_NULL;
    double r = remainder(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error(c);
    return rt_float_new(c, r);
}

static PV m_nextafter(M_ARGS) {
    UNUSED_ARGS;
    double x, y;
    return two(c, a, &x, &y) < 0 ? PV_NULL : rt_float_new(c, nextafter(x, y));
}

/* CPython's math_pow_impl: C99's pow with Python's special cases and errors. */
static PV m_pow(M_ARGS) {
    UNUSED_ARGS;
    double x, y, r;
    if (two(c, a, &x, &y) < 0) return PV_NULL;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x))
            r = y == 0.0 ? 1.0 : x;
        else if (isnan(y))
            r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            int odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.)
                r = odd_y ? x : fabs(x);
            else if (y == 0.)
                r = 1.;
            else
                r = odd_y ? copysign(0., x) : 0.;
        } else if (fabs(x) == 1.0)
            r = 1.;
        else if (y > 0. && fabs(x) > 1.0)
            r = y;
        else if (y < 0. && fabs(x) < 1.0)
            r = -y;
        else
            r = 0.;
        return rt_float_new(c, r);
    }
    r = pow(x, y);
    if (isnan(r)) return domain_error(c);
    if (isinf(r)) return x == 0. ? domain_error(c) : range_error(c);
    return rt_float_new(c, r);
}

/* ---- logarithms: an int too large for a float still has one (CPython's loghelper) ---- */

static PV loghelper(PCtx *c, PV v, double (*f)(double), double *out) {
    if (rt_is_int(v)) {
        if (rt_int_sign(v) <= 0) return domain_error(c);
        double x;
        if (!RT_IS(v, RT_T_BIGINT) || mpz_sizeinbase(((RtBig *)v)->z, 2) < 1000) {
            if (rt_int_to_double(c, v, &x) < 0) return PV_NULL;
            *out = f(x);
            return PV_TRUE;
        }
        long e;
        x = mpz_get_d_2exp(&e, ((RtBig *)v)->z);
        *out = f(x) + (double)e * f(2.0);
        return PV_TRUE;
    }
    double x;
    if (rt_to_double(c, v, &x) < 0) return PV_NULL;
    if (isnan(x) || x == HUGE_VAL) {
        *out = x;
        return PV_TRUE;
    }
    if (x <= 0) return domain_error(c);
    *out = f(x);
    return PV_TRUE;
}

static PV m_log(M_ARGS) {
    UNUSED_ARGS;
    double num, den;
    if (!loghelper(c, a[0], log, &num)) return PV_NULL;
    if (n == 1) return rt_float_new(c, num);
    if (!loghelper(c, a[1], log, &den)) return PV_NULL;
    if (den == 0) {
        rt_err(c, PITH_B_ZERODIVISIONERROR, "float division by zero");
        return PV_NULL;
    }
    return rt_float_new(c, num / den);
}

#define LOGN(name)                                                          \
    static PV m_##name(M_ARGS) {                                            \
        UNUSED_ARGS;                                                        \
        double r;                                                           \
        return loghelper(c, a[0], name, &r) ? rt_float_new(c, r) : PV_NULL; \
    }
LOGN(log2)
LOGN(log10)

/* ---- float decomposition and classification ---- */

static PV pair(PCtx *c, PV x, PV y) {
    PV t = x && y ? rt_tuple_new(c, 2) : PV_NULL;
    if (!t) {
        if (x) pv_decref(c, x);
        if (y) pv_decref(c, y);
        return PV_NULL;
    }
    ((RtTuple *)t)->items[0] = x;
    ((RtTuple *)t)->items[1] = y;
    return t;
}

static PV m_modf(M_ARGS) {
    UNUSED_ARGS;
    double x, ip;
    if (rt_to_double(c, a[0], &x) < 0) return PV_NULL;
    if (isinf(x)) return pair(c, rt_float_new(c, copysign(0., x)), rt_float_new(c, x));
    double fp = modf(x, &ip);
    return pair(c, rt_float_new(c, fp), rt_float_new(c, ip));
}

static PV m_frexp(M_ARGS) {
    UNUSED_ARGS;
    double x;
    int e = 0;
    if (rt_to_double(c, a[0], &x) < 0) return PV_NULL;
    if (isfinite(x) && x != 0) x = frexp(x, &e);
    return pair(c, rt_float_new(c, x), rt_int_from_i64(c, e));
}

static PV m_ldexp(M_ARGS) {
    UNUSED_ARGS;
    double x;
    if (rt_to_double(c, a[0], &x) < 0) return PV_NULL;
    if (!rt_is_int(a[1])) {
        rt_err(c, PITH_B_TYPEERROR, "Expected an int as second argument to ldexp.");
        return PV_NULL;
    }
    if (x == 0 || !isfinite(x)) return rt_float_new(c, x);
    pi64 e;
    if (rt_int_to_i64(a[1], &e) < 0) e = rt_int_sign(a[1]) > 0 ? INT64_MAX : INT64_MIN;
    if (e > 100000) return range_error(c);
    if (e < -100000) return rt_float_new(c, copysign(0., x));
    double r = ldexp(x, (int)e);
    if (isinf(r)) return range_error(c);
    return rt_float_new(c, r);
}

static PV m_ulp(M_ARGS) {
    UNUSED_ARGS;
    double x;
    if (rt_to_double(c, a[0], &x) < 0) return PV_NULL;
    if (isnan(x) || isinf(x)) return rt_float_new(c, isnan(x) ? x : HUGE_VAL);
    x = fabs(x);
    double x2 = nextafter(x, HUGE_VAL);
    if (isinf(x2)) return rt_float_new(c, x - nextafter(x, -HUGE_VAL));
    return rt_float_new(c, x2 - x);
}

#define CLASSIFY(name, test)                               \
    static PV m_##name(M_ARGS) {                           \
        UNUSED_ARGS;                                       \
        double x;                                          \
        if (rt_to_double(c, a[0], &x) < 0) return PV_NULL; \
        return PV_BOOL(test(x));                           \
    }
CLASSIFY(isfinite, isfinite)
CLASSIFY(isinf, isinf)
CLASSIFY(isnan, isnan)

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0), Argument Clinic's messages. */
static PV m_isclose(M_ARGS) {
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    PV v[4] = {0};
    int nkw = kw ? (int)((RtTuple *)kw)->n : 0;
    if (n + nkw > 4) {
        rt_err(c, PITH_B_TYPEERROR, "isclose() takes at most 4 arguments (%d given)", n + nkw);
        return PV_NULL;
    }
    if (n > 2) {
        rt_err(c, PITH_B_TYPEERROR, "isclose() takes exactly 2 positional arguments (%d given)", n);
        return PV_NULL;
    }
    for (int i = 0; i < n; i++) v[i] = a[i];
    for (int i = 0; i < nkw; i++) {
        int k = 0;
        while (k < 4 && !rt_name_is(((RtTuple *)kw)->items[i], names[k])) k++;
        if (k == 4) {
            rt_err(c, PITH_B_TYPEERROR, "'%S' is an invalid keyword argument for isclose()", ((RtTuple *)kw)->items[i]);
            return PV_NULL;
        }
        if (v[k]) {
            rt_err(c, PITH_B_TYPEERROR, "argument for isclose() given by name ('%s') and position (%d)", names[k],
                   k + 1);
            return PV_NULL;
        }
        v[k] = a[n + i];
    }
    for (int k = 0; k < 2; k++)
        if (!v[k]) {
            rt_err(c, PITH_B_TYPEERROR, "isclose() missing required argument '%s' (pos %d)", names[k], k + 1);
            return PV_NULL;
        }
    double x, y, rel = 1e-09, abs_tol = 0.0;
    if (rt_to_double(c, v[0], &x) < 0 || rt_to_double(c, v[1], &y) < 0) return PV_NULL;
    if (v[2] && rt_to_double(c, v[2], &rel) < 0) return PV_NULL;
    if (v[3] && rt_to_double(c, v[3], &abs_tol) < 0) return PV_NULL;
    if (rel < 0.0 || abs_tol < 0.0) {
        rt_err(c, PITH_B_VALUEERROR, "tolerances must be non-negative");
        return PV_NULL;
    }
    if (x == y) return PV_TRUE;
    if (isinf(x) || isinf(y)) return PV_FALSE;
    double diff = fabs(y - x);
    return PV_BOOL((diff <= fabs(rel * y)) || (diff <= fabs(rel * x)) || (diff <= abs_tol));
}

/* ---- rounding to ints ---- */

static PV int_of_double(PCtx *c, double d) {
    if (isnan(d)) {
        rt_err(c, PITH_B_VALUEERROR, "cannot convert float NaN to integer");
        return PV_NULL;
    }
    if (isinf(d)) {
        rt_err(c, PITH_B_OVERFLOWERROR, "cannot convert float infinity to integer");
        return PV_NULL;
    }
    if (fabs(d) < 4e18) return rt_int_from_i64(c, (pi64)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    return rt_big_steal(c, z);
}

/* An int argument is its own floor, ceil and trunc (a bool becomes the int). */
static PV int_itself(PCtx *c, PV v) {
    if (PV_IS_BOOL(v)) return rt_int_from_i64(c, v == PV_TRUE);
    pv_incref(v);
    return v;
}

static PV round_with(PCtx *c, PV v, double (*f)(double)) {
    if (rt_is_int(v)) return int_itself(c, v);
    double x;
    if (rt_to_double(c, v, &x) < 0) return PV_NULL;
    return int_of_double(c, f(x));
}

static PV m_floor(M_ARGS) { return UNUSED_ARGS, round_with(c, a[0], floor); }
static PV m_ceil(M_ARGS) { return UNUSED_ARGS, round_with(c, a[0], ceil); }

static PV m_trunc(M_ARGS) {
    UNUSED_ARGS;
    if (!rt_is_int(a[0]) && !RT_IS(a[0], RT_T_FLOAT)) {
        rt_err(c, PITH_B_TYPEERROR, "type %s doesn't define __trunc__ method", rt_type_name(a[0]));
        return PV_NULL;
    }
    return round_with(c, a[0], trunc);
}

/* ---- exact integer functions ---- */

/* An int argument (operator.index): a float or str is CPython's TypeError. */
static int int_arg(PCtx *c, PV v) {
    if (rt_is_int(v)) return 0;
    rt_err(c, PITH_B_TYPEERROR, "'%s' object cannot be interpreted as an integer", rt_type_name(v));
    return -1;
}

static double limbs_of_bits(double bits) { return bits / GMP_NUMB_BITS + 2; }

static PV m_factorial(M_ARGS) {
    UNUSED_ARGS;
    if (int_arg(c, a[0]) < 0) return PV_NULL;
    pi64 k;
    if (rt_int_to_i64(a[0], &k) < 0 && rt_int_sign(a[0]) > 0) {
        rt_err(c, PITH_B_OVERFLOWERROR, "factorial() argument should not exceed %lld", (long long)INT64_MAX);
        return PV_NULL;
    }
    if (rt_int_sign(a[0]) < 0) {
        rt_err(c, PITH_B_VALUEERROR, "factorial() not defined for negative values");
        return PV_NULL;
    }
    double bits = k < 2 ? 1 : (double)k * (log2((double)k) - M_LOG2E) + 64;
    if (rt_big_guard_chain(c, limbs_of_bits(bits)) < 0) return PV_NULL;
    mpz_t z;
    mpz_init(z);
    mpz_fac_ui(z, (unsigned long)k);
    return rt_big_steal(c, z);
}

/* comb and perm: n and k non-negative ints; k > n gives 0. */
static int n_k(PCtx *c, PV n, PV k) {
    if (int_arg(c, n) < 0 || int_arg(c, k) < 0) return -1;
    if (rt_int_sign(n) < 0) {
        rt_err(c, PITH_B_VALUEERROR, "n must be a non-negative integer");
        return -1;
    }
    if (rt_int_sign(k) < 0) {
        rt_err(c, PITH_B_VALUEERROR, "k must be a non-negative integer");
        return -1;
    }
    return 0;
}

/* C(n, k) into r (k <= n), guarded: about k * log2(n) bits. */
static int binomial(PCtx *c, mpz_t r, mpz_srcptr n, unsigned long k) {
    double bits = (double)k * ((double)mpz_sizeinbase(n, 2) + 1) + 64;
    if (rt_big_guard_chain(c, limbs_of_bits(bits)) < 0) return -1;
    mpz_bin_ui(r, n, k);
    return 0;
}

static PV m_comb(M_ARGS) {
    UNUSED_ARGS;
    if (n_k(c, a[0], a[1]) < 0) return PV_NULL;
    if (rt_int_cmp(a[1], a[0]) > 0) return rt_int_from_i64(c, 0);
    RtIntView vn, vk;
    mpz_srcptr zn = rt_int_view(a[0], &vn), zk = rt_int_view(a[1], &vk);
    mpz_t k;
    mpz_init(k);
    mpz_sub(k, zn, zk); /* min(n - k, k) */
    if (mpz_cmp(k, zk) > 0) mpz_set(k, zk);
    if (!mpz_fits_slong_p(k)) {
        mpz_clear(k);
        rt_err(c, PITH_B_OVERFLOWERROR, "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
        return PV_NULL;
    }
    unsigned long kk = mpz_get_ui(k);
    mpz_clear(k);
    mpz_t r;
    mpz_init(r);
    if (binomial(c, r, zn, kk) < 0) {
        mpz_clear(r);
        return PV_NULL;
    }
    return rt_big_steal(c, r);
}

/* perm(n) is factorial(n), with factorial's errors (as CPython). */
static PV m_perm(M_ARGS) {
    UNUSED_ARGS;
    if (n == 1 || a[1] == PV_NONE) return m_factorial(c, a, 1, PV_NULL);
    if (n_k(c, a[0], a[1]) < 0) return PV_NULL;
    if (rt_int_cmp(a[1], a[0]) > 0) return rt_int_from_i64(c, 0);
    pi64 k;
    if (rt_int_to_i64(a[1], &k) < 0) {
        rt_err(c, PITH_B_OVERFLOWERROR, "k must not exceed %lld", (long long)INT64_MAX);
        return PV_NULL;
    }
    RtIntView vn;
    mpz_srcptr zn = rt_int_view(a[0], &vn);
    mpz_t r, f;
    mpz_inits(r, f, NULL);
    /* n! / (n - k)! = C(n, k) * k! */
    double bits = (double)k * ((double)mpz_sizeinbase(zn, 2) + 1) + 64;
    int bad = binomial(c, r, zn, (unsigned long)k) < 0 || rt_big_guard_chain(c, limbs_of_bits(2 * bits)) < 0;
    if (!bad) {
        mpz_fac_ui(f, (unsigned long)k);
        mpz_mul(r, r, f);
    }
    mpz_clear(f);
    if (bad) {
        mpz_clear(r);
        return PV_NULL;
    }
    return rt_big_steal(c, r);
}

static PV m_isqrt(M_ARGS) {
    UNUSED_ARGS;
    if (int_arg(c, a[0]) < 0) return PV_NULL;
    if (rt_int_sign(a[0]) < 0) {
        rt_err(c, PITH_B_VALUEERROR, "isqrt() argument must be nonnegative");
        return PV_NULL;
    }
    RtIntView v;
    mpz_srcptr z = rt_int_view(a[0], &v);
    if (rt_big_guard_div(c, mpz_size(z) + 1, mpz_size(z) / 2 + 1) < 0) return PV_NULL;
    mpz_t r;
    mpz_init(r);
    mpz_sqrt(r, z);
    return rt_big_steal(c, r);
}

/* gcd(*ints) and lcm(*ints): non-negative, gcd() == 0, lcm() == 1. */
static PV gcd_lcm(PCtx *c, PV *a, int n, int lcm) {
    mpz_t r;
    mpz_init_set_ui(r, lcm ? 1 : 0);
    for (int i = 0; i < n; i++) {
        if (int_arg(c, a[i]) < 0) goto fail;
        RtIntView v;
        mpz_srcptr z = rt_int_view(a[i], &v);
        size_t big = mpz_size(r) > mpz_size(z) ? mpz_size(r) : mpz_size(z);
        if (lcm ? rt_big_guard_chain(c, (double)(mpz_size(r) + mpz_size(z) + 1)) < 0
                : rt_big_guard_div(c, big + 1, big + 1) < 0)
            goto fail;
        if (lcm)
            mpz_lcm(r, r, z);
        else
            mpz_gcd(r, r, z);
    }
    return rt_big_steal(c, r);
fail:
    mpz_clear(r);
    return PV_NULL;
}

static PV m_gcd(M_ARGS) { return (void)kw, gcd_lcm(c, a, n, 0); }
static PV m_lcm(M_ARGS) { return (void)kw, gcd_lcm(c, a, n, 1); }

/* ---- sums, products and norms over iterables ---- */

/* Each item of an iterable as a float, in a block of the execution (freed with rt_free(c, v, cap)). */
typedef struct {
    double *v;
    pi64 n, cap;
} Floats;

static void floats_free(PCtx *c, Floats *f) {
    if (f->v) rt_free(c, f->v, (size_t)f->cap * sizeof *f->v);
    f->v = NULL;
}

static int collect_floats(PCtx *c, PV iterable, Floats *f) {
    f->n = 0;
    f->cap = 8;
    f->v = NULL;
    PV it = rt_iter(c, iterable);
    if (!it) return -1;
    f->v = rt_alloc(c, (size_t)f->cap * sizeof *f->v);
    PV item;
    int r = f->v ? 1 : -1;
    while (r > 0 && (r = rt_next(c, it, &item)) > 0) {
        double d;
        int bad = rt_to_double(c, item, &d);
        pv_decref(c, item);
        if (bad < 0 || rt_tick(c, 1) < 0) {
            r = -1;
            break;
        }
        if (f->n == f->cap) {
            double *w = rt_alloc(c, (size_t)f->cap * 2 * sizeof *w);
            if (!w) {
                r = -1;
                break;
            }
            memcpy(w, f->v, (size_t)f->n * sizeof *w);
            floats_free(c, f);
            f->v = w;
            f->cap *= 2;
        }
        f->v[f->n++] = d;
    }
    pv_decref(c, it);
    if (r < 0) floats_free(c, f);
    return r < 0 ? -1 : 0;
}

/* CPython's fsum: Shewchuk's exact partials, then a correctly rounded sum. */
static PV m_fsum(M_ARGS) {
    UNUSED_ARGS;
    Floats f;
    if (collect_floats(c, a[0], &f) < 0) return PV_NULL;
    double *xs = f.v;
    pi64 count = f.n;
    double p[128], special_sum = 0.0, inf_sum = 0.0, x, y, t, hi, yr, lo = 0.0;
    int np = 0;
    for (pi64 k = 0; k < count; k++) {
        x = xs[k];
        double xsave = x;
        int i = 0;
        for (int j = 0; j < np; j++) {
            y = p[j];
            if (fabs(x) < fabs(y)) {
                t = x;
                x = y;
                y = t;
            }
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        np = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave)) {
                    floats_free(c, &f);
                    rt_err(c, PITH_B_OVERFLOWERROR, "intermediate overflow in fsum");
                    return PV_NULL;
                }
                if (isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                np = 0;
            } else if (np < 128) /* non-overlapping partials of doubles: about 40 at most */
                p[np++] = x;
        }
    }
    floats_free(c, &f);
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) {
            rt_err(c, PITH_B_VALUEERROR, "-inf + inf in fsum");
            return PV_NULL;
        }
        return rt_float_new(c, special_sum);
    }
    hi = 0.0;
    if (np > 0) {
        hi = p[--np];
        while (np > 0) {
            x = hi;
            y = p[--np];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        if (np > 0 && ((lo < 0.0 && p[np - 1] < 0.0) || (lo > 0.0 && p[np - 1] > 0.0))) {
            y = lo * 2.0;
            x = hi + y;
            yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return rt_float_new(c, hi);
}

/* CPython 3.11's vector_norm: the Euclidean norm of non-negative finite values, correctly rounded in nearly
 * every case (lossless scaling and squaring, then one correction step). */
typedef struct {
    double hi, lo;
} DL;
static DL dl_fast_sum(double a, double b) {
    double x = a + b, z = x - a, y = b - z;
    return (DL){x, y};
}
static DL dl_mul(double x, double y) {
    double z = x * y;
    return (DL){z, fma(x, y, -z)};
}

static double vector_norm(pi64 n, double *vec, double max, int found_nan) {
    double x, h, scale, csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    DL pr, sm;
    int max_e;
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    frexp(max, &max_e);
    if (max_e < -1023) {
        for (pi64 i = 0; i < n; i++) vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    scale = ldexp(1.0, -max_e);
    for (pi64 i = 0; i < n; i++) {
        x = vec[i] * scale;
        pr = dl_mul(x, x);
        sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    h = sqrt(csum - 1.0 + (frac1 + frac2));
    pr = dl_mul(-h, h);
    sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

/* |v| of each value, their max and whether one is NaN, then the norm. */
static PV norm_of(PCtx *c, double *v, pi64 n) {
    double max = 0.0;
    int found_nan = 0;
    for (pi64 i = 0; i < n; i++) {
        v[i] = fabs(v[i]);
        found_nan |= isnan(v[i]);
        if (v[i] > max) max = v[i];
    }
    return rt_float_new(c, vector_norm(n, v, max, found_nan));
}

static PV m_hypot(M_ARGS) {
    UNUSED_ARGS;
    if (rt_tick(c, n) < 0) return PV_NULL;
    size_t bytes = (size_t)(n ? n : 1) * sizeof(double);
    double *v = rt_alloc(c, bytes);
    if (!v) return PV_NULL;
    PV r = PV_NULL;
    int i = 0;
    while (i < n && rt_to_double(c, a[i], &v[i]) == 0) i++;
    if (i == n) r = norm_of(c, v, n);
    rt_free(c, v, bytes);
    return r;
}

static PV m_dist(M_ARGS) {
    UNUSED_ARGS;
    Floats p, q;
    if (collect_floats(c, a[0], &p) < 0) return PV_NULL;
    if (collect_floats(c, a[1], &q) < 0) {
        floats_free(c, &p);
        return PV_NULL;
    }
    PV r = PV_NULL;
    if (p.n != q.n)
        rt_err(c, PITH_B_VALUEERROR, "both points must have the same number of dimensions");
    else {
        for (pi64 i = 0; i < p.n; i++) p.v[i] -= q.v[i];
        r = norm_of(c, p.v, p.n);
    }
    floats_free(c, &p);
    floats_free(c, &q);
    return r;
}

/* prod(iterable, /, *, start=1): the generic `*`, so ints stay exact and every product is guarded. */
static PV m_prod(M_ARGS) {
    int nkw = kw ? (int)((RtTuple *)kw)->n : 0;
    if (n + nkw > 2) {
        rt_err(c, PITH_B_TYPEERROR, "prod() takes at most 2 arguments (%d given)", n + nkw);
        return PV_NULL;
    }
    if (n != 1) {
        rt_err(c, PITH_B_TYPEERROR, "prod() takes exactly 1 positional argument (%d given)", n);
        return PV_NULL;
    }
    PV acc = rt_int_from_i64(c, 1);
    if (nkw) {
        if (!rt_name_is(((RtTuple *)kw)->items[0], "start")) {
            rt_err(c, PITH_B_TYPEERROR, "'%S' is an invalid keyword argument for prod()", ((RtTuple *)kw)->items[0]);
            return PV_NULL;
        }
        acc = a[1];
        pv_incref(acc);
    }
    PV it = rt_iter(c, a[0]);
    if (!it) {
        pv_decref(c, acc);
        return PV_NULL;
    }
    PV item;
    int r;
    while ((r = rt_next(c, it, &item)) > 0) {
        PV m = rt_binop(c, PITH_OP_MUL, acc, item);
        pv_decref(c, item);
        pv_decref(c, acc);
        acc = m;
        if (!acc || rt_tick(c, 1) < 0) {
            r = -1;
            break;
        }
    }
    pv_decref(c, it);
    if (r < 0) {
        if (acc) pv_decref(c, acc);
        return PV_NULL;
    }
    return acc;
}

/* ---- constants ---- */

static PV m_pi(M_ARGS) { return UNUSED_ARGS, rt_float_new(c, M_PI); }
static PV m_e(M_ARGS) { return UNUSED_ARGS, rt_float_new(c, M_E); }
static PV m_tau(M_ARGS) { return UNUSED_ARGS, rt_float_new(c, 2 * M_PI); }
static PV m_inf(M_ARGS) { return UNUSED_ARGS, rt_float_new(c, HUGE_VAL); }
static PV m_nan(M_ARGS) { return UNUSED_ARGS, rt_float_new(c, NAN); }

const RtModImpl rt_mod_math_impls[] = {
#define IMPL(name, kind, arity, min, max, fn) fn,
    PITH_MATH_NAMES(IMPL)
#undef IMPL
};
