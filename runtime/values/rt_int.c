/* rt_int.c — Python ints: tagged small ints (63-bit, see pith_abi.h) and RtBig (GMP mpz) beyond, always
 * normalised back to small when the value fits. Construction, conversion, text, hashing, comparison.
 * Stage: runtime. Arithmetic is in rt_int_ops.c. Invariant: an RtBig never holds a small-range value, and its
 * limb bytes (_mp_alloc limbs, fixed since big ints are immutable) are charged to the allocator. */
#include <stdlib.h>
#include <string.h>

#include "rt_values.h"
#include "rt_snap_codec.h"

#define HASH_BITS 61
#define HASH_MODULUS (((pu64)1 << HASH_BITS) - 1)

/* A read-only mpz for any int: big ints expose their own mpz, small ones a one-limb view (no allocation). */
mpz_srcptr rt_int_view(PV v, RtIntView *t) {
    if (RT_IS(v, RT_T_BIGINT)) return ((RtBig *)v)->z;
    pi64 i = PV_IS_INT(v) ? PV_IVAL(v) : (v == PV_TRUE);
    t->limb = (mp_limb_t)(i < 0 ? -(pu64)i : (pu64)i);
    return mpz_roinit_n(t->z, &t->limb, i < 0 ? -1 : i > 0 ? 1 : 0);
}

static int mpz_small(mpz_srcptr z, pi64 *out) {
    if (!mpz_fits_slong_p(z)) return 0;
    long v = mpz_get_si(z);
    if (v < PV_SMALL_MIN || v > PV_SMALL_MAX) return 0;
    *out = v;
    return 1;
}

/* Take z over: a small value becomes a tagged int, otherwise z's limbs move into a new RtBig. z is cleared
 * (or moved) on every path, so the caller must not clear it again. */
PV rt_big_steal(PCtx *c, mpz_t z) {
    pi64 small;
    if (mpz_small(z, &small)) {
        mpz_clear(z);
        return PV_INT(small);
    }
    size_t bytes = (size_t)z->_mp_alloc * sizeof(mp_limb_t);
    if (rt_gmp_settle(c, z) < 0 || rt_mem_charge(c, bytes) < 0) {
        mpz_clear(z);
        return PV_NULL;
    }
    RtBig *b = (RtBig *)rt_obj_new(c, RT_T_BIGINT, sizeof(RtBig));
    if (!b) {
        rt_mem_uncharge(c, bytes);
        mpz_clear(z);
        return PV_NULL;
    }
    b->z[0] = z[0]; /* the limbs now belong to b */
    return (PV)b;
}

/* A new int equal to z (z is only read). */
PV rt_big_from_mpz(PCtx *c, const mpz_t z) {
    pi64 small;
    if (mpz_small(z, &small)) return PV_INT(small);
    if (rt_mem_check(c, (double)mpz_size(z) * sizeof(mp_limb_t)) < 0) return PV_NULL;
    mpz_t t;
    mpz_init_set(t, z);
    return rt_big_steal(c, t);
}

PV rt_int_from_i64(PCtx *c, pi64 i) {
    if (i >= PV_SMALL_MIN && i <= PV_SMALL_MAX) return PV_INT(i);
    mpz_t z;
    mpz_init_set_si(z, i);
    return rt_big_steal(c, z);
}

int rt_int_to_mpz(PV v, mpz_t out) {
    if (!rt_is_int(v)) return -1;
    RtIntView t;
    mpz_init_set(out, rt_int_view(v, &t));
    return 0;
}

int rt_int_to_i64(PV v, pi64 *out) {
    if (PV_IS_INT(v)) {
        *out = PV_IVAL(v);
        return 0;
    }
    if (PV_IS_BOOL(v)) {
        *out = v == PV_TRUE;
        return 0;
    }
    if (RT_IS(v, RT_T_BIGINT) && mpz_fits_slong_p(((RtBig *)v)->z)) {
        *out = mpz_get_si(((RtBig *)v)->z);
        return 0;
    }
    return -1;
}

int rt_int_sign(PV v) {
    if (PV_IS_INT(v)) {
        pi64 i = PV_IVAL(v);
        return (i > 0) - (i < 0);
    }
    if (PV_IS_BOOL(v)) return v == PV_TRUE;
    return mpz_sgn(((RtBig *)v)->z);
}

int rt_int_cmp(PV a, PV b) {
    if (!RT_IS(a, RT_T_BIGINT) && !RT_IS(b, RT_T_BIGINT)) {
        pi64 x = 0, y = 0;
        rt_int_to_i64(a, &x);
        rt_int_to_i64(b, &y);
        return (x > y) - (x < y);
    }
    RtIntView ta, tb;
    int r = mpz_cmp(rt_int_view(a, &ta), rt_int_view(b, &tb));
    return (r > 0) - (r < 0);
}

/* CPython's int hash: |x| mod (2**61 - 1) with x's sign; -1 becomes -2. */
pu64 rt_int_hash(PV v) {
    RtIntView t;
    mpz_srcptr z = rt_int_view(v, &t);
    pu64 h = (pu64)mpz_tdiv_ui(z, HASH_MODULUS); /* absolute value of the remainder */
    if (mpz_sgn(z) < 0) h = (pu64)(-(pi64)h);
    if (h == (pu64)-1) h = (pu64)-2;
    return h;
}

/* ---- int -> text ---- */

static void err_str_digits(PCtx *c) {
    rt_err(c, PITH_B_VALUEERROR,
           "Exceeds the limit (%d digits) for integer string conversion; "
           "use sys.set_int_max_str_digits() to increase the limit",
           RT_INT_MAX_STR_DIGITS);
}

/* Decimal text of any int as a str. */
PV rt_int_repr(PCtx *c, PV v) {
    if (!RT_IS(v, RT_T_BIGINT)) {
        pi64 i = 0;
        rt_int_to_i64(v, &i);
        return rt_str_from_i64(c, i);
    }
    mpz_srcptr z = ((RtBig *)v)->z;
    size_t est = mpz_sizeinbase(z, 10); /* exact or one too big */
    if (est > RT_INT_MAX_STR_DIGITS + 1) {
        err_str_digits(c);
        return PV_NULL;
    }
    char *buf = rt_alloc(c, est + 2);
    if (!buf) return PV_NULL;
    mpz_get_str(buf, 10, z);
    size_t n = strlen(buf);
    PV r = PV_NULL;
    if (n - (buf[0] == '-') > RT_INT_MAX_STR_DIGITS)
        err_str_digits(c);
    else
        r = rt_str_new(c, buf, (pi64)n);
    rt_free(c, buf, est + 2);
    return r;
}

/* ---- text -> int ---- */

static int digit_value(unsigned char ch) {
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'z') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'Z') return ch - 'A' + 10;
    return 99;
}

static int is_space(unsigned char ch) { return ch == ' ' || (ch >= '\t' && ch <= '\r'); }

static void err_literal(PCtx *c, const char *text, int base) {
    PV s = rt_str_cstr(c, text);
    if (!s) return;
    rt_err(c, PITH_B_VALUEERROR, "invalid literal for int() with base %d: %R", base, s);
    pv_decref(c, s);
}

/* Skip the 0x/0o/0b prefix matching base (or pick the base from it when base == 0). Returns the new
 * position or NULL when base 0 sees a number with a leading zero (only "0", "00"... are allowed). */
static const char *skip_prefix(const char *p, int *base) {
    char k = p[0] == '0' ? (char)(p[1] | 0x20) : 0;
    int pb = k == 'x' ? 16 : k == 'o' ? 8 : k == 'b' ? 2 : 0;
    if (pb && (*base == 0 || *base == pb)) {
        *base = pb;
        return p + 2;
    }
    if (*base == 0) *base = 10;
    return p;
}

/* Copy the digits of p (Python rules: single underscores between digits, and after a prefix) into out.
 * Returns the digit count, or -1 when the text is not a valid number in base. */
static pi64 clean_digits(const char *p, int base, int after_prefix, char *out) {
    pi64 n = 0;
    int prev_us = after_prefix ? 0 : 1; /* an underscore may follow a prefix but not start the number */
    if (after_prefix && *p == '_') {
        p++;
        prev_us = 1;
        if (!*p) return -1;
    }
    for (; *p && !is_space((unsigned char)*p); p++) {
        if (*p == '_') {
            if (prev_us || n == 0) return -1;
            prev_us = 1;
            continue;
        }
        if (digit_value((unsigned char)*p) >= base) return -1;
        out[n++] = *p;
        prev_us = 0;
    }
    while (is_space((unsigned char)*p)) p++;
    if (*p || n == 0 || prev_us) return -1;
    out[n] = 0;
    return n;
}

/* int(text, base): optional surrounding whitespace and sign, the prefix matching base (base 0: any prefix,
 * decimal otherwise), underscores as Python allows. ValueError as CPython's int() on bad text. */
PV rt_int_from_text(PCtx *c, const char *text, int base) {
    if (base != 0 && (base < 2 || base > 36)) {
        rt_err(c, PITH_B_VALUEERROR, "int() base must be >= 2 and <= 36, or 0");
        return PV_NULL;
    }
    int b = base;
    const char *p = text;
    while (is_space((unsigned char)*p)) p++;
    int neg = *p == '-';
    if (*p == '-' || *p == '+') p++;
    const char *d = skip_prefix(p, &b);
    size_t len = strlen(d);
    char *buf = rt_alloc(c, len + 1);
    if (!buf) return PV_NULL;
    pi64 n = clean_digits(d, b, d != p, buf);
    if (n > 0 && base == 0 && d == p && buf[0] == '0') { /* base 0 forbids 012, allows 0000 */
        for (pi64 i = 0; i < n; i++)
            if (buf[i] != '0') {
                n = -1;
                break;
            }
    }
    PV r = PV_NULL;
    if (n < 0) {
        err_literal(c, text, base);
    } else if ((b & (b - 1)) != 0 && n > RT_INT_MAX_STR_DIGITS) {
        rt_err(c, PITH_B_VALUEERROR,
               "Exceeds the limit (%d digits) for integer string conversion: value has "
               "%lld digits; use sys.set_int_max_str_digits() to increase the limit",
               RT_INT_MAX_STR_DIGITS, n);
    } else if (rt_mem_check(c, (double)n * 5.0 / 8.0 + 16) == 0) { /* <= log2(36) bits per digit */
        mpz_t z;
        mpz_init_set_str(z, buf, b);
        if (neg) mpz_neg(z, z);
        r = rt_big_steal(c, z);
    }
    rt_free(c, buf, len + 1);
    return r;
}

/* ---- int methods ---- */

static PV m_bit_length(PCtx *c, PV self, PV *a, int n, PV kw) {
    RtIntView t;
    mpz_srcptr z = rt_int_view(self, &t);
    return mpz_sgn(z) == 0 ? PV_INT(0) : rt_int_from_i64(c, (pi64)mpz_sizeinbase(z, 2));
}

static PV m_bit_count(PCtx *c, PV self, PV *a, int n, PV kw) {
    RtIntView t;
    mpz_t x;
    mpz_init(x);
    mpz_abs(x, rt_int_view(self, &t));
    pi64 k = (pi64)mpz_popcount(x);
    mpz_clear(x);
    return rt_int_from_i64(c, k);
}

static PV m_conjugate(PCtx *c, PV self, PV *a, int n, PV kw) { return rt_int_unop(c, PITH_UOP_POS, self); }

const RtMethDef rt_int_methods[] = {
    {"bit_length", m_bit_length, RT_M_NOARGS, 0, 0, 0, NULL},
    {"bit_count", m_bit_count, RT_M_NOARGS, 0, 0, 0, NULL},
    {"conjugate", m_conjugate, RT_M_NOARGS, 0, 0, 0, NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL},
};

/* ---- the type ---- */

/* The limbs were charged to the heap when the value was made (rt_mem_charge). */
static void big_finalize(PCtx *c, PObj *o) {
    RtBig *b = (RtBig *)o;
    rt_mem_uncharge(c, (size_t)b->z->_mp_alloc * sizeof(mp_limb_t));
    mpz_clear(b->z);
}

/* Payload: u8 negative, then the magnitude as little-endian bytes. */
/* An int as a snapshot payload (sign byte, then the magnitude's bytes): big ints' record and range's big bounds. */
void rt_int_snap_put(RtSnapW *w, PV v) {
    RtIntView tmp;
    mpz_srcptr z = rt_int_view(v, &tmp);
    size_t n = 0;
    void *mag = mpz_export(NULL, &n, -1, 1, -1, 0, z);
    if (!mag && n) {
        rt_snap_w_nomem(w);
        return;
    }
    rt_snap_put_u8(w, mpz_sgn(z) < 0);
    rt_snap_put_bytes(w, mag, n);
    rt_gmp_free(mag, n);
}

PV rt_int_snap_get(RtSnapR *r) {
    unsigned neg = rt_snap_get_u8(r);
    size_t n = 0;
    const unsigned char *s = rt_snap_get_bytes(r, &n);
    if (rt_snap_r_bad(r) || neg > 1) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    mpz_t z;
    mpz_init(z);
    if (n) mpz_import(z, n, -1, 1, -1, 0, s);
    if (neg) mpz_neg(z, z);
    return rt_big_steal(rt_snap_ctx(r), z); /* a small value comes back as a small int, not an object */
}

static void big_snap_put(RtSnapW *w, PObj *o) { rt_int_snap_put(w, (PV)o); }

static PV big_snap_make(RtSnapR *r, int type) {
    (void)type;
    return rt_int_snap_get(r);
}

static int big_hash(PCtx *c, PV v, pu64 *out) {
    rt_spend(c, (pi64)mpz_size(((RtBig *)v)->z) >> 3); /* not cached: each hash costs the limbs */
    *out = rt_int_hash(v);
    return 0;
}

/* The data attributes of any int: small ints and bools, which are not objects, come here from rt_attr.c. */
int rt_int_getattr(PCtx *c, PV v, PV name, PV *out) {
    if (rt_name_is(name, "real") || rt_name_is(name, "numerator")) {
        *out = rt_int_unop(c, PITH_UOP_POS, v);
        return *out ? 1 : -1;
    }
    if (rt_name_is(name, "imag")) {
        *out = PV_INT(0);
        return 1;
    }
    if (rt_name_is(name, "denominator")) {
        *out = PV_INT(1);
        return 1;
    }
    return 0;
}

/* A big int that fits 64 bits goes to the host as PITH_INT, a bigger one as decimal text. */
static PithValue *big_to_host(PCtx *c, PV v, RtHostPath *path) {
    (void)path;
    RtBig *b = (RtBig *)v;
    PithValue *h;
    if (mpz_fits_slong_p(b->z) && sizeof(long) == 8) {
        if ((h = rt_host_node(c, PITH_INT))) h->u.i = mpz_get_si(b->z);
        return h;
    }
    char *txt = mpz_get_str(NULL, 10, b->z);
    if (!txt) {
        rt_err_nomem(c);
        return NULL;
    }
    h = rt_host_text(c, PITH_BIGINT, txt, strlen(txt));
    void (*freefn)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &freefn);
    freefn(txt, strlen(txt) + 1);
    return h;
}

/* (small ints and bools, which are not objects, find the same table in rt_attr.c) */
static const RtMethDef *const int_methods[] = {rt_int_methods, NULL};

const RtTypeDesc rt_bigint_type = {
    .name = "int",
    .cls = PITH_B_INT,
    .finalize = big_finalize,
    .repr = rt_int_repr,
    .hash = big_hash,
    .compare = rt_num_compare,
    .getattr = rt_int_getattr,
    .methods = int_methods,
    .to_host = big_to_host,
    .snap_tag = SNAP_O_BIGINT,
    .snap_put = big_snap_put,
    .snap_make = big_snap_make,
};
