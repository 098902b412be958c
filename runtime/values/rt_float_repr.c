/* rt_float_repr.c — repr(float) exactly as CPython: the shortest decimal string that reads back to the same
 * double (the nearest such string when several exist), laid out with CPython's 'r' rules: positional for
 * 1e-4 <= |x| < 1e16 ("0.0001", "123.0"), exponent otherwise ("1e-05", "1e+16", "1.5e+300").
 * Stage: runtime. Method: glibc's correctly rounded "%.*e" at 1..17 digits, plus the two neighbouring
 * digit strings at each length (they matter next to powers of two, where the rounding interval is lopsided). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_values.h"

/* A decimal significand: digits d[0..n) (no dot), value = 0.d0d1... * 10**decpt. */
typedef struct Dec {
    char d[24]; /* decimal digits, no dot */
    int n;      /* digits used */
    int decpt;  /* decimal exponent: value = 0.d0d1... * 10**decpt */
} Dec;

/* Parse "%.*e" output ("d.ddde+XX") into a Dec. */
static void parse_sci(const char *s, Dec *out) {
    out->n = 0;
    const char *p = s;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') out->d[out->n++] = *p;
    out->decpt = (*p == 'e' ? atoi(p + 1) : 0) + 1;
}

static double dec_value(const Dec *x) {
    char buf[48];
    memcpy(buf, "0.", 2);
    memcpy(buf + 2, x->d, (size_t)x->n);
    snprintf(buf + 2 + x->n, sizeof buf - 2 - (size_t)x->n, "e%d", x->decpt);
    return strtod(buf, NULL);
}

/* Add delta (+1 or -1) in the last digit place; carries may change decpt. Returns 0 if impossible. */
static int dec_step(const Dec *x, int delta, Dec *out) {
    *out = *x;
    int i = out->n - 1;
    if (delta > 0) {
        while (i >= 0 && out->d[i] == '9') out->d[i--] = '0';
        if (i < 0) { /* 99..9 + 1 = 100..0 */
            memmove(out->d + 1, out->d, (size_t)out->n);
            out->d[0] = '1';
            out->decpt++;
            return 1;
        }
        out->d[i]++;
        return 1;
    }
    while (i >= 0 && out->d[i] == '0') out->d[i--] = '9';
    if (i < 0) return 0;
    out->d[i]--;
    if (out->d[0] == '0') return 0; /* 10..0 - 1 = 9..9 has one digit less: a shorter length covers it */
    return 1;
}

/* Shortest round-tripping digits of a finite d > 0. */
static void shortest(double d, Dec *out) {
    char buf[40];
    for (int p = 1; p <= 17; p++) {
        snprintf(buf, sizeof buf, "%.*e", p - 1, d);
        parse_sci(buf, out);
        if (strtod(buf, NULL) == d) break;
        Dec alt;
        if (dec_step(out, +1, &alt) && dec_value(&alt) == d) {
            *out = alt;
            break;
        }
        if (dec_step(out, -1, &alt) && dec_value(&alt) == d) {
            *out = alt;
            break;
        }
    }
    while (out->n > 1 && out->d[out->n - 1] == '0') out->n--;
}

static size_t put(char *buf, size_t cap, size_t at, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (at + i + 1 < cap) buf[at + i] = s[i];
    return at + n;
}

/* Write CPython's repr of d into buf (NUL-terminated when cap allows; 32 bytes always suffice). */
size_t rt_float_repr_buf(double d, char *buf, size_t cap) {
    size_t n = 0;
    if (isnan(d))
        n = put(buf, cap, 0, "nan", 3);
    else if (isinf(d))
        n = d > 0 ? put(buf, cap, 0, "inf", 3) : put(buf, cap, 0, "-inf", 4);
    else if (d == 0.0)
        n = signbit(d) ? put(buf, cap, 0, "-0.0", 4) : put(buf, cap, 0, "0.0", 3);
    else {
        if (d < 0) {
            n = put(buf, cap, n, "-", 1);
            d = -d;
        }
        Dec x;
        shortest(d, &x);
        if (x.decpt <= -4 || x.decpt > 16) {
            char exp[16];
            n = put(buf, cap, n, x.d, 1);
            if (x.n > 1) {
                n = put(buf, cap, n, ".", 1);
                n = put(buf, cap, n, x.d + 1, (size_t)x.n - 1);
            }
            int e = x.decpt - 1;
            int m = snprintf(exp, sizeof exp, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
            n = put(buf, cap, n, exp, (size_t)m);
        } else if (x.decpt <= 0) {
            n = put(buf, cap, n, "0.", 2);
            for (int i = 0; i < -x.decpt; i++) n = put(buf, cap, n, "0", 1);
            n = put(buf, cap, n, x.d, (size_t)x.n);
        } else if (x.decpt >= x.n) {
            n = put(buf, cap, n, x.d, (size_t)x.n);
            for (int i = x.n; i < x.decpt; i++) n = put(buf, cap, n, "0", 1);
            n = put(buf, cap, n, ".0", 2);
        } else {
            n = put(buf, cap, n, x.d, (size_t)x.decpt);
            n = put(buf, cap, n, ".", 1);
            n = put(buf, cap, n, x.d + x.decpt, (size_t)(x.n - x.decpt));
        }
    }
    if (cap) buf[n < cap ? n : cap - 1] = 0;
    return n;
}

PV rt_float_repr(PCtx *c, double d) {
    char buf[40];
    size_t n = rt_float_repr_buf(d, buf, sizeof buf);
    return rt_str_new(c, buf, (pi64)n);
}
