/* rt_float.c — Python floats: boxed doubles, arithmetic with CPython's exact semantics (floor division and
 * modulo signs, -0.0, inf/nan, pow's special cases and errors), the numeric hash, and exact comparisons
 * between any mix of ints and floats. Stage: runtime. repr(float) is in rt_float_repr.c. */
#include <math.h>

#include "rt_values.h"
#include "rt_snap_codec.h"

#define HASH_BITS 61
#define HASH_MODULUS (((pu64)1 << HASH_BITS) - 1)

PV rt_float_new(PCtx *c, double d) {
    RtFloat *f = (RtFloat *)rt_obj_new(c, RT_T_FLOAT, sizeof(RtFloat));
    if (!f) return PV_NULL;
    f->d = d;
    return (PV)f;
}

double rt_float_value(PV v) { return ((RtFloat *)v)->d; }

int rt_is_float(PV v) { return RT_IS(v, RT_T_FLOAT); }

/* int, bool or float -> double; TypeError for anything else, OverflowError for a too-big int. */
int rt_to_double(PCtx *c, PV v, double *out) {
    if (RT_IS(v, RT_T_FLOAT)) {
        *out = ((RtFloat *)v)->d;
        return 0;
    }
    if (rt_is_int(v)) return rt_int_to_double(c, v, out);
    rt_err(c, PITH_B_TYPEERROR, "must be real number, not %T", v);
    return -1;
}

/* ---- arithmetic ---- */

PV rt_float_div(PCtx *c, double a, double b) {
    if (b == 0.0) {
        rt_err(c, PITH_B_ZERODIVISIONERROR, "float division by zero");
        return PV_NULL;
    }
    return rt_float_new(c, a / b);
}

PV rt_float_mod(PCtx *c, double a, double b) {
    if (b == 0.0) {
        rt_err(c, PITH_B_ZERODIVISIONERROR, "float modulo");
        return PV_NULL;
    }
    double m = fmod(a, b);
    if (m != 0.0) {
        if ((b < 0) != (m < 0)) m += b;
    } else {
        m = copysign(0.0, b);
    }
    return rt_float_new(c, m);
}

PV rt_float_floordiv(PCtx *c, double a, double b) {
    if (b == 0.0) {
        rt_err(c, PITH_B_ZERODIVISIONERROR, "float floor division by zero");
        return PV_NULL;
    }
    double m = fmod(a, b);
    double div = (a - m) / b;
    if (m != 0.0 && (b < 0) != (m < 0)) div -= 1.0;
    double fl;
    if (div != 0.0) {
        fl = floor(div);
        if (div - fl > 0.5) fl += 1.0;
    } else {
        fl = copysign(0.0, a / b);
    }
    return rt_float_new(c, fl);
}

static int is_odd_integer(double w) { return fmod(fabs(w), 2.0) == 1.0; }

/* a ** b with CPython's special cases. A negative base with a fractional exponent has a complex result in
 * Python; pith has no complex type, so that is a ValueError with a clear message. */
PV rt_float_pow(PCtx *c, double iv, double iw) {
    double r;
    if (iw == 0.0) return rt_float_new(c, 1.0);
    if (isnan(iv)) return rt_float_new(c, iv);
    if (isnan(iw)) return rt_float_new(c, iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        double a = fabs(iv);
        r = a == 1.0 ? 1.0 : ((iw > 0) == (a > 1.0)) ? fabs(iw) : 0.0;
        return rt_float_new(c, r);
    }
    if (isinf(iv)) {
        int odd = is_odd_integer(iw);
        r = iw > 0 ? (odd ? iv : fabs(iv)) : (odd ? copysign(0.0, iv) : 0.0);
        return rt_float_new(c, r);
    }
    if (iv == 0.0) {
        if (iw < 0.0) {
            rt_err(c, PITH_B_ZERODIVISIONERROR, "0.0 cannot be raised to a negative power");
            return PV_NULL;
        }
        return rt_float_new(c, is_odd_integer(iw) ? iv : 0.0);
    }
    int negate = 0;
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            rt_err(c, PITH_B_VALUEERROR,
                   "complex numbers are not supported (a negative number raised to a "
                   "fractional power)");
            return PV_NULL;
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return rt_float_new(c, negate ? -1.0 : 1.0);
    r = pow(iv, iw);
    if (isinf(r)) {
        rt_err(c, PITH_B_OVERFLOWERROR, "(34, 'Numerical result out of range')");
        return PV_NULL;
    }
    return rt_float_new(c, negate ? -r : r);
}

/* a op b on doubles for the arithmetic ops (the caller rejects the bitwise ones). */
PV rt_float_binop(PCtx *c, int op, double a, double b) {
    switch (op) {
    case PITH_OP_ADD: return rt_float_new(c, a + b);
    case PITH_OP_SUB: return rt_float_new(c, a - b);
    case PITH_OP_MUL: return rt_float_new(c, a * b);
    case PITH_OP_TRUEDIV: return rt_float_div(c, a, b);
    case PITH_OP_FLOORDIV: return rt_float_floordiv(c, a, b);
    case PITH_OP_MOD: return rt_float_mod(c, a, b);
    case PITH_OP_POW: return rt_float_pow(c, a, b);
    default: return PV_NULL;
    }
}

/* ---- hashing: CPython's _Py_HashDouble, so hash(1.0) == hash(1) and dict keys unify ---- */
pu64 rt_float_hash(PV v) {
    double d = ((RtFloat *)v)->d;
    if (isinf(d)) return d > 0 ? 314159 : (pu64)-314159;
    if (isnan(d)) {
        pu64 p = (pu64)v;
        return (p >> 4) | (p << 60);
    } /* identity, as CPython 3.10+ */
    int e;
    double m = frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    pu64 x = 0;
    while (m != 0.0) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0; /* 2**28 */
        e -= 28;
        pu64 y = (pu64)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    if (sign < 0) x = (pu64)(-(pi64)x);
    if (x == (pu64)-1) x = (pu64)-2;
    return x;
}

/* ---- comparisons across int and float ---- */

/* int vs double exactly: -1/0/1, or 2 when d is NaN. */
static int int_vs_double(PV i, double d) {
    if (isnan(d)) return 2;
    if (isinf(d)) return d > 0 ? -1 : 1;
    pi64 x;
    if (rt_int_to_i64(i, &x) == 0 && x <= (1LL << 53) && x >= -(1LL << 53)) {
        double xd = (double)x;
        return (xd > d) - (xd < d);
    }
    RtIntView t;
    int r = mpz_cmp_d(rt_int_view(i, &t), d); /* exact, fractional parts included */
    return (r > 0) - (r < 0);
}

/* Compare two numbers (int, bool or float). *res: -1, 0, 1, or 2 when unordered (NaN). 0 ok, -1 if one
 * is not a number (no exception set: the caller reports the TypeError it needs). */
static int num_cmp(PCtx *c, PV a, PV b, int *res) {
    int fa = RT_IS(a, RT_T_FLOAT), fb = RT_IS(b, RT_T_FLOAT);
    if ((!fa && !rt_is_int(a)) || (!fb && !rt_is_int(b))) return -1;
    if (!fa && !fb) {
        if (RT_IS(a, RT_T_BIGINT)) rt_spend(c, (pi64)mpz_size(((RtBig *)a)->z) >> 3); /* equal big ints: a long scan */
        *res = rt_int_cmp(a, b);
        return 0;
    }
    if (fa && fb) {
        double x = ((RtFloat *)a)->d, y = ((RtFloat *)b)->d;
        *res = (isnan(x) || isnan(y)) ? 2 : (x > y) - (x < y);
        return 0;
    }
    if (fb) {
        *res = int_vs_double(a, ((RtFloat *)b)->d);
        return 0;
    }
    int r = int_vs_double(b, ((RtFloat *)a)->d);
    *res = r == 2 ? 2 : -r;
    return 0;
}

/* The compare hook of int and float: any two numbers, whichever operand's type asks. */
int rt_num_compare(PCtx *c, int op, PV a, PV b, PV *out) {
    int r;
    if (num_cmp(c, a, b, &r) < 0) return 0;
    *out = r == 2 ? PV_BOOL(op == PITH_CMP_NE) : rt_cmp_result(op, r); /* NaN: only != holds */
    return 1;
}

/* ---- float methods ---- */

static PV m_is_integer(PCtx *c, PV self, PV *a, int n, PV kw) {
    double d = rt_float_value(self);
    return PV_BOOL(isfinite(d) && d == floor(d));
}

static PV m_conjugate(PCtx *c, PV self, PV *a, int n, PV kw) {
    pv_incref(self);
    return self;
}

/* (numerator, denominator) in lowest terms, exactly equal to the float. */
static PV m_as_integer_ratio(PCtx *c, PV self, PV *a, int n, PV kw) {
    double d = rt_float_value(self);
    if (isinf(d)) {
        rt_err(c, PITH_B_OVERFLOWERROR, "cannot convert Infinity to integer ratio");
        return PV_NULL;
    }
    if (isnan(d)) {
        rt_err(c, PITH_B_VALUEERROR, "cannot convert NaN to integer ratio");
        return PV_NULL;
    }
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    mpz_t num, den;
    mpz_init_set_d(num, m);
    mpz_init_set_ui(den, 1);
    if (e > 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    mp_bitcnt_t tz = mpz_sgn(num) ? mpz_scan1(num, 0) : 0, dz = mpz_scan1(den, 0);
    mp_bitcnt_t k = tz < dz ? tz : dz;
    mpz_tdiv_q_2exp(num, num, k);
    mpz_tdiv_q_2exp(den, den, k);
    PV parts[2] = {rt_big_steal(c, num), rt_big_steal(c, den)};
    if (!parts[0] || !parts[1]) {
        pv_xdecref(c, parts[0]);
        pv_xdecref(c, parts[1]);
        return PV_NULL;
    }
    return rt_tuple_from_steal(c, parts, 2);
}

const RtMethDef rt_float_methods[] = {
    {"is_integer", m_is_integer, RT_M_NOARGS, 0, 0, 0, NULL},
    {"conjugate", m_conjugate, RT_M_NOARGS, 0, 0, 0, NULL},
    {"as_integer_ratio", m_as_integer_ratio, RT_M_NOARGS, 0, 0, 0, NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL},
};

/* ---- the type ---- */

static void float_snap_put(RtSnapW *w, PObj *o) { rt_snap_put_f64(w, ((RtFloat *)o)->d); }

static PV float_snap_make(RtSnapR *r, int type) {
    (void)type;
    double d = rt_snap_get_f64(r);
    return rt_snap_r_bad(r) ? PV_NULL : rt_float_new(rt_snap_ctx(r), d);
}

static int float_truth(PCtx *c, PV v) {
    (void)c;
    return rt_float_value(v) != 0.0;
}

static PV float_repr(PCtx *c, PV v) { return rt_float_repr(c, rt_float_value(v)); }

static int float_hash(PCtx *c, PV v, pu64 *out) {
    (void)c;
    *out = rt_float_hash(v);
    return 0;
}

static int float_getattr(PCtx *c, PV v, PV name, PV *out) {
    if (rt_name_is(name, "real")) {
        pv_incref(v);
        *out = v;
        return 1;
    }
    if (rt_name_is(name, "imag")) {
        *out = rt_float_new(c, 0.0);
        return *out ? 1 : -1;
    }
    return 0;
}

static PithValue *float_to_host(PCtx *c, PV v, RtHostPath *path) {
    (void)path;
    PithValue *h = rt_host_node(c, PITH_FLOAT);
    if (h) h->u.f = rt_float_value(v);
    return h;
}

static const RtMethDef *const float_methods[] = {rt_float_methods, NULL};

/* -x and +x (~x is a TypeError, as CPython's). */
static int float_unop(PCtx *c, int op, PV v, PV *out) {
    if (op == PITH_UOP_INVERT) return 0;
    if (op == PITH_UOP_POS) {
        pv_incref(v);
        *out = v;
    } else {
        *out = rt_float_new(c, -rt_float_value(v));
    }
    return 1;
}

const RtTypeDesc rt_float_type = {
    .name = "float",
    .cls = PITH_B_FLOAT,
    .repr = float_repr,
    .hash = float_hash,
    .compare = rt_num_compare,
    .unop = float_unop,
    .getattr = float_getattr,
    .methods = float_methods,
    .to_host = float_to_host,
    .truth = float_truth,
    .snap_tag = SNAP_O_FLOAT,
    .snap_put = float_snap_put,
    .snap_make = float_snap_make,
};
