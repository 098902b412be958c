/* rt_int_ops.c — int arithmetic with Python semantics for the generic path: + - * // % ** / << >> & | ^,
 * unary - + ~ and abs, int -> float conversion (correctly rounded). Small ints take C fast paths; anything
 * that overflows goes through GMP. Stage: runtime. Sizes predictable before computing (10 ** n, 1 << n)
 * are checked against the memory limit first (rt_mem_check), so a huge result fails cleanly. */
#include <float.h>
#include <math.h>

#include "rt_values.h"

/* ---- correctly rounded a / b -> double (CPython's long_true_divide algorithm, on GMP) ---- */

/* |a| / |b| rounded half-even to a double (b != 0), sign applied by the caller. -1 on overflow. */
static int ratio_to_double(mpz_srcptr a, mpz_srcptr b, double *out) {
    if (mpz_sgn(a) == 0) {
        *out = 0.0;
        return 0;
    }
    long abits = (long)mpz_sizeinbase(a, 2), bbits = (long)mpz_sizeinbase(b, 2);
    long diff = abits - bbits; /* the quotient lies in [2**(diff-1), 2**(diff+1)) */
    if (diff > DBL_MAX_EXP) return -1;
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
        *out = 0.0;
        return 0;
    }
    long shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    mpz_t x, r;
    mpz_inits(x, r, NULL);
    int inexact = 0;
    if (shift <= 0) {
        mpz_mul_2exp(x, a, (mp_bitcnt_t)-shift);
        mpz_abs(x, x);
    } else {
        mpz_abs(x, a);
        inexact = mpz_scan1(x, 0) < (mp_bitcnt_t)shift;
        mpz_tdiv_q_2exp(x, x, (mp_bitcnt_t)shift);
    }
    mpz_t bb;
    mpz_init(bb);
    mpz_abs(bb, b);
    mpz_tdiv_qr(x, r, x, bb);
    inexact |= mpz_sgn(r) != 0;
    pu64 q = mpz_get_ui(x); /* < 2**56 by the choice of shift */
    long qbits = (long)mpz_sizeinbase(x, 2);
    mpz_clears(x, r, bb, NULL);
    long keep_from = qbits > DBL_MIN_EXP - shift ? qbits : DBL_MIN_EXP - shift;
    int extra = (int)(keep_from - DBL_MANT_DIG); /* low bits to round away (>= 2) */
    pu64 mask = (pu64)1 << (extra - 1);
    pu64 low = q | (pu64)inexact;
    if ((low & mask) && (low & (3 * mask - 1))) q += mask; /* half-even: above half, or half and odd */
    q &= ~(2 * mask - 1);
    double dx = (double)q; /* exact: at most 53 significant bits */
    if (shift + qbits >= DBL_MAX_EXP && (shift + qbits > DBL_MAX_EXP || dx == ldexp(1.0, (int)qbits))) return -1;
    *out = ldexp(dx, (int)shift);
    return 0;
}

/* Any int -> the nearest double. OverflowError "int too large to convert to float". */
int rt_int_to_double(PCtx *c, PV v, double *out) {
    if (!RT_IS(v, RT_T_BIGINT)) {
        pi64 i = 0;
        rt_int_to_i64(v, &i);
        *out = (double)i;
        return 0;
    }
    mpz_srcptr z = ((RtBig *)v)->z;
    RtIntView one;
    double d;
    if (ratio_to_double(z, rt_int_view(PV_INT(1), &one), &d) < 0) {
        rt_err(c, PITH_B_OVERFLOWERROR, "int too large to convert to float");
        return -1;
    }
    *out = mpz_sgn(z) < 0 ? -d : d;
    return 0;
}

static PV int_truediv(PCtx *c, PV a, PV b) {
    RtIntView ta, tb;
    mpz_srcptr za = rt_int_view(a, &ta), zb = rt_int_view(b, &tb);
    if (mpz_sgn(zb) == 0) {
        rt_err(c, PITH_B_ZERODIVISIONERROR, "division by zero");
        return PV_NULL;
    }
    if (mpz_sizeinbase(za, 2) <= DBL_MANT_DIG && mpz_sizeinbase(zb, 2) <= DBL_MANT_DIG)
        return rt_float_new(c, mpz_get_d(za) / mpz_get_d(zb)); /* both exact: one correctly rounded op */
    double d;
    if (ratio_to_double(za, zb, &d) < 0) {
        rt_err(c, PITH_B_OVERFLOWERROR, "integer division result too large for a float");
        return PV_NULL;
    }
    return rt_float_new(c, (mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0) ? -d : d);
}

/* ---- the GMP path ---- */

/* Refuse a result of about `bits` bits that cannot fit the memory limit. */
static int guard_bits(PCtx *c, double bits) { return rt_mem_check(c, bits / 8.0 + 64.0); }

static double bits_of(mpz_srcptr z) { return (double)mpz_sizeinbase(z, 2); }

static void err_zero(PCtx *c, int op) {
    rt_err(c, PITH_B_ZERODIVISIONERROR,
           op == PITH_OP_MOD ? "integer modulo by zero" : "integer division or modulo by zero");
}

/* Shift count as an unsigned long; big counts: ValueError when negative, MemoryError (left) or saturate. */
static int shift_count(PCtx *c, mpz_srcptr n, unsigned long *out) {
    if (mpz_sgn(n) < 0) {
        rt_err(c, PITH_B_VALUEERROR, "negative shift count");
        return -1;
    }
    *out = mpz_fits_ulong_p(n) ? mpz_get_ui(n) : (unsigned long)-1;
    return 0;
}

static PV big_shift(PCtx *c, int op, mpz_srcptr x, mpz_srcptr n) {
    unsigned long k;
    if (shift_count(c, n, &k) < 0) return PV_NULL;
    mpz_t r;
    if (op == PITH_OP_RSHIFT) {
        if (k >= mpz_sizeinbase(x, 2)) return PV_INT(mpz_sgn(x) < 0 ? -1 : 0);
        mpz_init(r);
        mpz_fdiv_q_2exp(r, x, k);
        return rt_big_steal(c, r);
    }
    if (mpz_sgn(x) == 0) return PV_INT(0);
    if (guard_bits(c, bits_of(x) + (double)k) < 0) return PV_NULL;
    mpz_init(r);
    mpz_mul_2exp(r, x, k);
    return rt_big_steal(c, r);
}

/* x ** n for n >= 0 (n an int). */
static PV big_pow(PCtx *c, mpz_srcptr x, mpz_srcptr n) {
    if (mpz_cmpabs_ui(x, 1) <= 0) { /* 0, 1, -1: no growth */
        if (mpz_sgn(n) == 0) return PV_INT(1);
        if (mpz_sgn(x) >= 0) return PV_INT(mpz_sgn(x));
        return PV_INT(mpz_odd_p(n) ? -1 : 1);
    }
    long e2;
    double m = mpz_get_d_2exp(&e2, x); /* |x| = |m| * 2**e2 with 0.5 <= |m| < 1 */
    double bits = ((double)e2 + log2(fabs(m))) * mpz_get_d(n);
    if (!mpz_fits_ulong_p(n)) {
        rt_mem_check(c, HUGE_VAL);
        return PV_NULL;
    }
    if (guard_bits(c, bits) < 0) return PV_NULL;
    return rt_big_pow(c, x, mpz_get_ui(n), bits);
}

/* Every binary int op through GMP (both operands ints or bools). */
static PV big_binop(PCtx *c, int op, PV a, PV b) {
    RtIntView ta, tb;
    mpz_srcptr x = rt_int_view(a, &ta), y = rt_int_view(b, &tb);
    mpz_t r;
    switch (op) {
    case PITH_OP_ADD:
    case PITH_OP_SUB:
        if (guard_bits(c, fmax(bits_of(x), bits_of(y)) + 1) < 0) return PV_NULL;
        mpz_init(r);
        if (op == PITH_OP_ADD)
            mpz_add(r, x, y);
        else
            mpz_sub(r, x, y);
        return rt_big_steal(c, r);
    case PITH_OP_MUL:
        mpz_init(r);
        if (rt_big_mul(c, r, x, y) < 0) {
            mpz_clear(r);
            return PV_NULL;
        }
        return rt_big_steal(c, r);
    case PITH_OP_FLOORDIV:
    case PITH_OP_MOD:
        if (mpz_sgn(y) == 0) {
            err_zero(c, op);
            return PV_NULL;
        }
        if (rt_big_guard_div(c, mpz_size(x), mpz_size(y)) < 0) return PV_NULL;
        mpz_init(r);
        if (op == PITH_OP_FLOORDIV)
            mpz_fdiv_q(r, x, y);
        else
            mpz_fdiv_r(r, x, y);
        return rt_big_steal(c, r);
    case PITH_OP_BITAND:
    case PITH_OP_BITOR:
    case PITH_OP_BITXOR:
        if (guard_bits(c, fmax(bits_of(x), bits_of(y)) + 1) < 0) return PV_NULL;
        mpz_init(r);
        if (op == PITH_OP_BITAND)
            mpz_and(r, x, y);
        else if (op == PITH_OP_BITOR)
            mpz_ior(r, x, y);
        else
            mpz_xor(r, x, y);
        return rt_big_steal(c, r);
    case PITH_OP_LSHIFT:
    case PITH_OP_RSHIFT: return big_shift(c, op, x, y);
    case PITH_OP_POW: return big_pow(c, x, y);
    default: return PV_NULL;
    }
}

/* ---- small fast paths ---- */

/* x ** n for small x and 0 <= n; PV_NULL without an exception when it overflows 63 bits. */
static PV small_pow(pi64 x, pi64 n) {
    pi64 r = 1;
    while (n > 0) {
        if (n & 1 && __builtin_mul_overflow(r, x, &r)) return PV_NULL;
        n >>= 1;
        if (n && __builtin_mul_overflow(x, x, &x)) return PV_NULL;
    }
    return r >= PV_SMALL_MIN && r <= PV_SMALL_MAX ? PV_INT(r) : PV_NULL;
}

/* Both small (or bool): 1 when handled here (*out is the result, or PV_NULL with an exception set), 0 when
 * the result overflows 63 bits and the GMP path must compute it. */
static int small_binop(PCtx *c, int op, pi64 x, pi64 y, PV *out) {
    pi64 r;
    *out = PV_NULL;
    switch (op) {
    case PITH_OP_ADD: *out = rt_int_from_i64(c, x + y); return 1;
    case PITH_OP_SUB: *out = rt_int_from_i64(c, x - y); return 1;
    case PITH_OP_MUL:
        if (__builtin_mul_overflow(x, y, &r)) return 0;
        *out = rt_int_from_i64(c, r);
        return 1;
    case PITH_OP_FLOORDIV:
    case PITH_OP_MOD:
        if (y == 0) {
            err_zero(c, op);
            return 1;
        }
        if (op == PITH_OP_FLOORDIV) {
            r = x / y;
            if (r * y != x && ((x < 0) != (y < 0))) r--;
            *out = rt_int_from_i64(c, r); /* PV_SMALL_MIN // -1 needs a big int */
            return 1;
        }
        r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        *out = PV_INT(r);
        return 1;
    case PITH_OP_BITAND: *out = PV_INT(x & y); return 1;
    case PITH_OP_BITOR: *out = PV_INT(x | y); return 1;
    case PITH_OP_BITXOR: *out = PV_INT(x ^ y); return 1;
    case PITH_OP_LSHIFT:
        if (y < 0) {
            rt_err(c, PITH_B_VALUEERROR, "negative shift count");
            return 1;
        }
        if (x == 0) {
            *out = PV_INT(0);
            return 1;
        }
        if (y < 62) {
            r = (pi64)((pu64)x << y);
            if ((r >> y) == x && r >= PV_SMALL_MIN && r <= PV_SMALL_MAX) {
                *out = PV_INT(r);
                return 1;
            }
        }
        return 0;
    case PITH_OP_RSHIFT:
        if (y < 0) {
            rt_err(c, PITH_B_VALUEERROR, "negative shift count");
            return 1;
        }
        *out = PV_INT(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
        return 1;
    case PITH_OP_POW: *out = small_pow(x, y); return *out != PV_NULL;
    default: return 0;
    }
}

/* a op b for ints/bools (bool results of & | ^ on two bools are rt_ops.c's business). */
PV rt_int_binop(PCtx *c, int op, PV a, PV b) {
    if (op == PITH_OP_TRUEDIV) return int_truediv(c, a, b);
    if (op == PITH_OP_POW && rt_int_sign(b) < 0) { /* negative exponent: a float result */
        double x, y;
        if (rt_int_to_double(c, a, &x) < 0 || rt_int_to_double(c, b, &y) < 0) return PV_NULL;
        return rt_float_pow(c, x, y);
    }
    pi64 x, y;
    if (!RT_IS(a, RT_T_BIGINT) && !RT_IS(b, RT_T_BIGINT)) {
        rt_int_to_i64(a, &x);
        rt_int_to_i64(b, &y);
        PV r;
        if (small_binop(c, op, x, y, &r)) return r;
    }
    return big_binop(c, op, a, b);
}

PV rt_int_unop(PCtx *c, int op, PV a) {
    if (!RT_IS(a, RT_T_BIGINT)) {
        pi64 x = 0;
        rt_int_to_i64(a, &x);
        return rt_int_from_i64(c, op == PITH_UOP_NEG ? -x : op == PITH_UOP_INVERT ? ~x : x);
    }
    if (op == PITH_UOP_POS) {
        pv_incref(a);
        return a;
    }
    if (guard_bits(c, bits_of(((RtBig *)a)->z) + 1) < 0) return PV_NULL;
    mpz_t r;
    mpz_init(r);
    if (op == PITH_UOP_NEG)
        mpz_neg(r, ((RtBig *)a)->z);
    else
        mpz_com(r, ((RtBig *)a)->z);
    return rt_big_steal(c, r);
}

PV rt_abs(PCtx *c, PV x) {
    if (PV_IS_INT(x)) {
        pi64 v = PV_IVAL(x);
        return v < 0 ? rt_int_from_i64(c, -v) : x;
    }
    if (PV_IS_BOOL(x)) return PV_INT(x == PV_TRUE);
    if (RT_IS(x, RT_T_FLOAT)) return rt_float_new(c, fabs(rt_float_value(x)));
    if (RT_IS(x, RT_T_BIGINT)) {
        if (mpz_sgn(((RtBig *)x)->z) >= 0) {
            pv_incref(x);
            return x;
        }
        mpz_t z;
        mpz_init(z);
        mpz_abs(z, ((RtBig *)x)->z);
        PV r = rt_big_from_mpz(c, z);
        mpz_clear(z);
        return r;
    }
    rt_err(c, PITH_B_TYPEERROR, "bad operand type for abs(): '%T'", x);
    return PV_NULL;
}
