/* rt_builtins_num.c — the numeric builtins int(x[, base]), float(x) and abs(x), with CPython 3.11's text
 * parsing (Unicode digits and spaces, signs, base prefixes, single underscores between digits, inf/nan,
 * the 4300-digit limit of int()) and its messages. Stage: runtime. Invariants: rt_bi.h. */
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rt_bi.h"
#include "rt_class.h"

#define INT_MAX_STR_DIGITS 4300 /* sys.get_int_max_str_digits() default */

/* First code point of every run of ten Unicode decimal digits (category Nd, Unicode 14.0 as CPython 3.11). */
static const unsigned digit_blocks[] = {
    0x30,    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,
    0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,  0x1946,
    0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,  0xa900,  0xa9d0,
    0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0,
    0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60,
    0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0};

/* The decimal value of code point cp, or -1. */
static int unicode_decimal(unsigned cp) {
    int lo = 0, hi = (int)(sizeof digit_blocks / sizeof digit_blocks[0]) - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (cp < digit_blocks[mid])
            hi = mid - 1;
        else if (cp >= digit_blocks[mid] + 10)
            lo = mid + 1;
        else
            return (int)(cp - digit_blocks[mid]);
    }
    return -1;
}

/* Non-ASCII code points that str.isspace() accepts. */
static int unicode_space(unsigned cp) {
    return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 || cp == 0x2029 ||
           cp == 0x202f || cp == 0x205f || cp == 0x3000;
}

/* CPython's Py_ISSPACE: the ASCII whitespace int() and float() strip. */
static int ascii_space(char ch) { return ch == ' ' || (ch >= '\t' && ch <= '\r'); }

/* Decode one UTF-8 sequence of the (valid) text at s; returns its length. */
static int utf8_next(const unsigned char *s, size_t n, unsigned *cp) {
    unsigned ch = s[0];
    int len = ch < 0x80 ? 1 : ch < 0xE0 ? 2 : ch < 0xF0 ? 3 : 4;
    if ((size_t)len > n) len = (int)n;
    unsigned v = len == 1 ? ch : len == 2 ? ch & 0x1F : len == 3 ? ch & 0x0F : ch & 0x07;
    for (int i = 1; i < len; i++) v = (v << 6) | (s[i] & 0x3F);
    *cp = v;
    return len;
}

/* The ASCII text CPython parses for a str: Unicode spaces become ' ', decimal digits '0'..'9', and at the
 * first other code point >= 127 a '?' ends the text (no parser accepts it). Bytes are taken as they are.
 * Returns the text in local (cap bytes) or in an rt_alloc'd block (*heap set, free with *heapn); NULL on
 * MemoryError. */
static char *ascii_text(PCtx *c, PV obj, size_t *outn, char *local, size_t cap, char **heap, size_t *heapn) {
    const unsigned char *s;
    size_t n;
    int is_str = RT_IS(obj, RT_T_STR);
    if (is_str) {
        s = (const unsigned char *)rt_sdata(obj);
        n = (size_t)rt_slen(obj);
    } else {
        s = ((RtBytes *)obj)->data;
        n = (size_t)((RtBytes *)obj)->n;
    }
    *heap = NULL;
    char *out = local;
    if (n + 1 > cap) {
        out = rt_alloc(c, n + 1);
        if (!out) return NULL;
        *heap = out;
        *heapn = n + 1;
    }
    size_t o = 0;
    if (!is_str || (RT_OBJ(obj)->flags & RT_STR_ASCII)) {
        memcpy(out, s, n);
        o = n;
    } else {
        for (size_t i = 0; i < n;) {
            if (s[i] < 127) {
                out[o++] = (char)s[i++];
                continue;
            }
            unsigned cp;
            i += (size_t)utf8_next(s + i, n - i, &cp);
            int d = unicode_decimal(cp);
            if (unicode_space(cp)) {
                out[o++] = ' ';
            } else if (d >= 0) {
                out[o++] = (char)('0' + d);
            } else {
                out[o++] = '?';
                break;
            }
        }
    }
    out[o] = 0;
    *outn = o;
    return out;
}

/* ---------------------------------------------------------------- int() */

static int digit_value(char ch) {
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'z') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'Z') return ch - 'A' + 10;
    return 99;
}

/* PyLong_FromString on ASCII text a[0..n): 0 ok (*out set), -1 invalid literal (nothing set), -2 error set. */
static int parse_int_ascii(PCtx *c, const char *a, size_t n, int base, PV *out) {
    size_t i = 0;
    while (i < n && ascii_space(a[i])) i++;
    int neg = 0;
    if (i < n && (a[i] == '+' || a[i] == '-')) {
        neg = a[i] == '-';
        i++;
    }
    int zeros_only = 0;
    char p1 = i + 1 < n ? (char)(a[i + 1] | 0x20) : 0;
    if (base == 0) {
        if (i >= n || a[i] != '0')
            base = 10;
        else if (p1 == 'x')
            base = 16;
        else if (p1 == 'o')
            base = 8;
        else if (p1 == 'b')
            base = 2;
        else {
            zeros_only = 1; /* an old C-style octal literal: only zeros are still valid */
            base = 10;
        }
    }
    if (i < n && a[i] == '0' && ((base == 16 && p1 == 'x') || (base == 8 && p1 == 'o') || (base == 2 && p1 == 'b'))) {
        i += 2;
        if (i < n && a[i] == '_') /* one underscore may follow the prefix */
            i++;
    }
    if (i < n && a[i] == '_') return -1;
    size_t start = i, digits = 0;
    char prev = 0;
    while (i < n && (a[i] == '_' || digit_value(a[i]) < base)) {
        if (a[i] == '_') {
            if (prev == '_') return -1;
        } else {
            digits++;
        }
        prev = a[i++];
    }
    size_t end = i;
    if (prev == '_') return -1;
    if ((base & (base - 1)) != 0 && digits > INT_MAX_STR_DIGITS) {
        rt_err(c, PITH_B_VALUEERROR,
               "Exceeds the limit (%d digits) for integer string conversion: value has %zd digits; "
               "use sys.set_int_max_str_digits() to increase the limit",
               INT_MAX_STR_DIGITS, (ptrdiff_t)digits);
        return -2;
    }
    if (digits == 0) return -1;
    if (zeros_only)
        for (size_t k = start; k < end; k++)
            if (a[k] != '0' && a[k] != '_') return -1;
    while (i < n && ascii_space(a[i])) i++;
    if (i != n) return -1;
    if (base == 10 && digits <= 18) {
        pi64 v = 0;
        for (size_t k = start; k < end; k++)
            if (a[k] != '_') v = v * 10 + (a[k] - '0');
        *out = rt_int_from_i64(c, neg ? -v : v);
        return *out ? 0 : -2;
    }
    char *buf = rt_alloc(c, digits + 1);
    if (!buf) return -2;
    size_t o = 0;
    for (size_t k = start; k < end; k++)
        if (a[k] != '_') buf[o++] = a[k];
    buf[o] = 0;
    mpz_t z;
    mpz_init(z);
    int bad = mpz_set_str(z, buf, base);
    rt_free(c, buf, digits + 1);
    if (bad) {
        mpz_clear(z);
        return -1;
    }
    if (neg) mpz_neg(z, z);
    *out = rt_big_from_mpz(c, z);
    mpz_clear(z);
    return *out ? 0 : -2;
}

/* int(str or bytes, base). The message shows the caller's base and the original object's repr (cut to 200
 * characters; bytes first cut to 200 bytes), as CPython does. */
static PV int_from_text(PCtx *c, PV obj, int base) {
    char local[128], *heap;
    size_t n, heapn = 0;
    char *a = ascii_text(c, obj, &n, local, sizeof local, &heap, &heapn);
    if (!a) return PV_NULL;
    PV r = PV_NULL;
    int st = parse_int_ascii(c, a, n, base, &r);
    if (heap) rt_free(c, heap, heapn);
    if (st == 0) return r;
    if (st == -2) return PV_NULL;
    PV shown = obj;
    if (RT_IS(obj, RT_T_BYTES) && ((RtBytes *)obj)->n > 200) {
        shown = rt_bytes_const(c, (const char *)((RtBytes *)obj)->data, 200);
        if (!shown) return PV_NULL;
    } else {
        pv_incref(shown);
    }
    rt_err(c, PITH_B_VALUEERROR, "invalid literal for int() with base %d: %.200R", base, shown);
    pv_decref(c, shown);
    return PV_NULL;
}

/* int(x) of a float: truncation toward zero. */
static PV int_from_double(PCtx *c, double d) {
    if (isinf(d)) {
        rt_err(c, PITH_B_OVERFLOWERROR, "cannot convert float infinity to integer");
        return PV_NULL;
    }
    if (isnan(d)) {
        rt_err(c, PITH_B_VALUEERROR, "cannot convert float NaN to integer");
        return PV_NULL;
    }
    double t = trunc(d);
    if (t > -4.0e18 && t < 4.0e18) return rt_int_from_i64(c, (pi64)t);
    mpz_t z;
    mpz_init_set_d(z, t);
    PV r = rt_big_from_mpz(c, z);
    mpz_clear(z);
    return r;
}

/* int(x) without a base. */
static PV int_of(PCtx *c, PV x) {
    if (rt_instance_value(x) && rt_is_int(rt_instance_value(x))) x = rt_instance_value(x); /* an IntEnum member */
    if (PV_IS_INT(x)) return x;
    if (PV_IS_BOOL(x)) return PV_INT(x == PV_TRUE);
    if (RT_IS(x, RT_T_BIGINT)) {
        pv_incref(x);
        return x;
    }
    if (RT_IS(x, RT_T_FLOAT)) return int_from_double(c, rt_float_value(x));
    if (RT_IS(x, RT_T_STR) || RT_IS(x, RT_T_BYTES)) return int_from_text(c, x, 10);
    rt_err(c, PITH_B_TYPEERROR, "int() argument must be a string, a bytes-like object or a real number, not '%T'", x);
    return PV_NULL;
}

PV rt_fn_int(PCtx *c, PV *args, int npos, PV kwnames) {
    static const char *const params[] = {"x", "base", NULL}; /* x is positional-only */
    PV kw[2];
    if (rt_bi_clinic(c, "int", args, npos, kwnames, params, 1, 0, kw) < 0) return PV_NULL;
    PV x = kw[0], obase = kw[1];
    if (!x) {
        if (obase) {
            rt_err(c, PITH_B_TYPEERROR, "int() missing string argument");
            return PV_NULL;
        }
        return PV_INT(0);
    }
    if (!obase) return int_of(c, x);
    pi64 base;
    if (RT_IS(obase, RT_T_BIGINT))
        base = -1; /* far out of range: CPython clamps it, then reports the range */
    else if (rt_bi_index(c, obase, &base) < 0)
        return PV_NULL;
    if ((base != 0 && base < 2) || base > 36) {
        rt_err(c, PITH_B_VALUEERROR, "int() base must be >= 2 and <= 36, or 0");
        return PV_NULL;
    }
    if (!RT_IS(x, RT_T_STR) && !RT_IS(x, RT_T_BYTES)) {
        rt_err(c, PITH_B_TYPEERROR, "int() can't convert non-string with explicit base");
        return PV_NULL;
    }
    return int_from_text(c, x, (int)base);
}

/* ---------------------------------------------------------------- float() */

/* Case-insensitive: does a[0..n) equal the lower-case word w? */
static int word_is(const char *a, size_t n, const char *w) {
    if (strlen(w) != n) return 0;
    for (size_t i = 0; i < n; i++)
        if ((a[i] | 0x20) != w[i]) return 0;
    return 1;
}

/* CPython's float grammar on stripped ASCII text without underscores:
 * [sign] (inf | infinity | nan | digits [. [digits]] | . digits) [(e|E) [sign] digits]. */
static int float_syntax_ok(const char *a, size_t n) {
    size_t i = 0;
    if (i < n && (a[i] == '+' || a[i] == '-')) i++;
    if (word_is(a + i, n - i, "inf") || word_is(a + i, n - i, "infinity") || word_is(a + i, n - i, "nan")) return 1;
    size_t d1 = 0, d2 = 0;
    while (i < n && a[i] >= '0' && a[i] <= '9') {
        i++;
        d1++;
    }
    if (i < n && a[i] == '.') {
        i++;
        while (i < n && a[i] >= '0' && a[i] <= '9') {
            i++;
            d2++;
        }
    }
    if (d1 + d2 == 0) return 0;
    if (i < n && (a[i] == 'e' || a[i] == 'E')) {
        i++;
        if (i < n && (a[i] == '+' || a[i] == '-')) i++;
        size_t d3 = 0;
        while (i < n && a[i] >= '0' && a[i] <= '9') {
            i++;
            d3++;
        }
        if (d3 == 0) return 0;
    }
    return i == n;
}

/* float(str or bytes). 0 ok, -1 bad text (nothing set), -2 error set. */
static int parse_float_ascii(PCtx *c, char *a, size_t n, double *out) {
    size_t i = 0;
    while (i < n && ascii_space(a[i])) i++;
    while (n > i && ascii_space(a[n - 1])) n--;
    a += i;
    n -= i;
    if (n == 0) return -1;
    /* underscores only between two digits; drop them in place */
    size_t o = 0;
    char prev = 0;
    for (size_t k = 0; k < n; k++) {
        char ch = a[k];
        if (ch == '_') {
            if (!(prev >= '0' && prev <= '9')) return -1;
        } else {
            if (prev == '_' && !(ch >= '0' && ch <= '9')) return -1;
            a[o++] = ch;
        }
        prev = ch;
    }
    if (prev == '_') return -1;
    n = o;
    a[n] = 0;
    if (!float_syntax_ok(a, n)) return -1;
    locale_t cl = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    if (!cl) {
        rt_err_nomem(c);
        return -2;
    }
    char *end = NULL;
    double d = strtod_l(a, &end, cl);
    freelocale(cl);
    if (end != a + n) return -1;
    *out = d;
    return 0;
}

PV rt_bi_float(PCtx *c, PV x) {
    if (rt_instance_value(x) && rt_is_int(rt_instance_value(x))) x = rt_instance_value(x); /* an IntEnum member */
    if (RT_IS(x, RT_T_FLOAT)) {
        pv_incref(x);
        return x;
    }
    if (PV_IS_INT(x)) return rt_float_new(c, (double)PV_IVAL(x));
    if (PV_IS_BOOL(x)) return rt_float_new(c, x == PV_TRUE ? 1.0 : 0.0);
    if (RT_IS(x, RT_T_BIGINT)) {
        double d;
        if (rt_to_double(c, x, &d) < 0) return PV_NULL;
        return rt_float_new(c, d);
    }
    if (RT_IS(x, RT_T_STR) || RT_IS(x, RT_T_BYTES)) {
        char local[128], *heap;
        size_t n, heapn = 0;
        char *a = ascii_text(c, x, &n, local, sizeof local, &heap, &heapn);
        if (!a) return PV_NULL;
        double d = 0;
        int st = parse_float_ascii(c, a, n, &d);
        if (heap) rt_free(c, heap, heapn);
        if (st == 0) return rt_float_new(c, d);
        if (st == -1) rt_err(c, PITH_B_VALUEERROR, "could not convert string to float: %R", x);
        return PV_NULL;
    }
    rt_err(c, PITH_B_TYPEERROR, "float() argument must be a string or a real number, not '%T'", x);
    return PV_NULL;
}

/* ---------------------------------------------------------------- abs() */

