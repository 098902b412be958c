/* pith_value_repr.c — CPython's repr() of a host value and its float repr.
 * Stage: api, the host-value tree (malloc only). The formats copied here are CPython 3.11's
 * (Objects/unicodeobject.c unicode_repr, Objects/bytesobject.c, Python/pystrtod.c 'r' mode);
 * tests/unit/test_json.c checks them against what python3 prints. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pith_value_int.h"

/* ---- float repr: shortest round-trip digits, laid out as Python's float_repr_style 'short' ---- */

/* A decimal candidate: digits d[0..n-1] (no leading zero) meaning 0.d1d2... * 10^decpt. */
typedef struct HvDec {
    char d[24]; /* significant digits, NUL-terminated */
    int n;      /* number of digits */
    int decpt;  /* position of the decimal point relative to d[0] */
} HvDec;

/* The correctly rounded n-significant-digit decimal of a (> 0, finite), via printf's %.*e. */
static void hv_dec_round(double a, int n, HvDec *out) {
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%.*e", n - 1, a);
    int k = 0;
    const char *p = tmp;
    /* digits until 'e'; anything else (the locale's decimal point) is skipped */
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9' && k < n) out->d[k++] = *p;
    out->d[k] = '\0';
    out->n = k;
    out->decpt = (*p == 'e' ? atoi(p + 1) : 0) + 1;
}

/* Does the candidate read back (strtod) as exactly a? The text has no decimal point ("123e-5"), so
 * strtod's locale dependence cannot matter. */
static int hv_dec_roundtrips(const HvDec *c, double a) {
    char tmp[48];
    snprintf(tmp, sizeof tmp, "%se%d", c->d, c->decpt - c->n);
    return strtod(tmp, NULL) == a;
}

/* The n-digit neighbour one unit in the last place above (dir > 0) or below (dir < 0). Going down from
 * 10...0 gives 99...9 one decade lower, going up from 99...9 gives 10...0 one decade higher. */
static void hv_dec_step(const HvDec *c, int dir, HvDec *out) {
    *out = *c;
    int i = out->n - 1;
    if (dir > 0) {
        while (i >= 0 && out->d[i] == '9') out->d[i--] = '0';
        if (i < 0) {
            out->d[0] = '1';
            out->decpt++;
        } else {
            out->d[i]++;
        }
    } else {
        while (i >= 0 && out->d[i] == '0') out->d[i--] = '9';
        if (i == 0 && out->d[0] == '1') {
            /* 10..0 -> 09..9: renormalise to n nines, one decade down */
            memset(out->d, '9', (size_t)out->n);
            out->decpt--;
        } else if (i >= 0) {
            out->d[i]--;
        }
    }
}

/* |candidate - a| compared between two candidates, done in long double arithmetic on the read-back
 * values (only used to break the rare case where both the rounded value and a neighbour exist). */
static long double hv_dec_dist(const HvDec *c, double a) {
    char tmp[48];
    snprintf(tmp, sizeof tmp, "%se%d", c->d, c->decpt - c->n);
    long double v = strtold(tmp, NULL);
    return fabsl(v - (long double)a);
}

/* Shortest digits that round-trip; among equally short ones, the closest (like dtoa mode 0). */
static void hv_shortest(double a, HvDec *best) {
    for (int n = 1; n <= 17; n++) {
        HvDec c;
        hv_dec_round(a, n, &c);
        if (hv_dec_roundtrips(&c, a)) {
            *best = c;
            break;
        }
        /* The round-trip interval is asymmetric at powers of two: a neighbour may fit when the
         * correctly rounded candidate does not. At most one of the two can. */
        HvDec up, down;
        hv_dec_step(&c, 1, &up);
        hv_dec_step(&c, -1, &down);
        int ok_up = n < 17 && hv_dec_roundtrips(&up, a);
        int ok_down = n < 17 && hv_dec_roundtrips(&down, a);
        if (ok_up && ok_down) {
            *best = hv_dec_dist(&up, a) <= hv_dec_dist(&down, a) ? up : down;
            break;
        }
        if (ok_up || ok_down) {
            *best = ok_up ? up : down;
            break;
        }
        if (n == 17) *best = c; /* 17 digits always round-trip; defensive */
    }
    while (best->n > 1 && best->d[best->n - 1] == '0') best->d[--best->n] = '\0';
}

size_t rt_hv_float_repr(double f, char out[32]) {
    if (isnan(f)) return (size_t)snprintf(out, 32, "nan");
    if (isinf(f)) return (size_t)snprintf(out, 32, f < 0 ? "-inf" : "inf");
    size_t k = 0;
    if (signbit(f)) {
        out[k++] = '-';
        f = -f;
    }
    if (f == 0.0) {
        memcpy(out + k, "0.0", 4);
        return k + 3;
    }
    HvDec c;
    hv_shortest(f, &c);
    if (c.decpt > -4 && c.decpt <= 16) {
        /* fixed notation, always with a fractional part */
        if (c.decpt <= 0) {
            out[k++] = '0';
            out[k++] = '.';
            for (int i = 0; i < -c.decpt; i++) out[k++] = '0';
            memcpy(out + k, c.d, (size_t)c.n);
            k += (size_t)c.n;
        } else if (c.decpt < c.n) {
            memcpy(out + k, c.d, (size_t)c.decpt);
            k += (size_t)c.decpt;
            out[k++] = '.';
            memcpy(out + k, c.d + c.decpt, (size_t)(c.n - c.decpt));
            k += (size_t)(c.n - c.decpt);
        } else {
            memcpy(out + k, c.d, (size_t)c.n);
            k += (size_t)c.n;
            for (int i = c.n; i < c.decpt; i++) out[k++] = '0';
            out[k++] = '.';
            out[k++] = '0';
        }
        out[k] = '\0';
        return k;
    }
    /* exponent notation: d[.ddd]e[+-]XX, at least two exponent digits */
    out[k++] = c.d[0];
    if (c.n > 1) {
        out[k++] = '.';
        memcpy(out + k, c.d + 1, (size_t)(c.n - 1));
        k += (size_t)(c.n - 1);
    }
    int e = c.decpt - 1;
    k += (size_t)snprintf(out + k, 32 - k, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    return k;
}

/* ---- UTF-8 ---- */

uint32_t rt_hv_utf8_next(const unsigned char *s, size_t len, size_t *i) {
    size_t p = *i;
    unsigned c = s[p];
    if (c < 0x80) {
        *i = p + 1;
        return c;
    }
    int need;
    uint32_t cp, min;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        cp = c & 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        cp = c & 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        cp = c & 0x07;
        min = 0x10000;
    } else {
        *i = p + 1;
        return 0xDC00 + c;
    }
    if (p + (size_t)need >= len) {
        /* not enough bytes left */
        *i = p + 1;
        return 0xDC00 + c;
    }
    for (int k = 1; k <= need; k++) {
        unsigned cc = s[p + (size_t)k];
        if ((cc & 0xC0) != 0x80) {
            *i = p + 1;
            return 0xDC00 + c;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF) {
        *i = p + 1;
        return 0xDC00 + c;
    }
    *i = p + 1 + (size_t)need;
    return cp;
}

/* ---- repr ---- */

static const char hv_hex[] = "0123456789abcdef";

/* Append a backslash escape: \xHH, \uHHHH or \UHHHHHHHH (the shortest CPython uses for cp). */
static int hv_put_escape(PithBuf *b, uint32_t cp) {
    char tmp[12];
    int digits = cp <= 0xFF ? 2 : cp <= 0xFFFF ? 4 : 8;
    tmp[0] = '\\';
    tmp[1] = cp <= 0xFF ? 'x' : cp <= 0xFFFF ? 'u' : 'U';
    for (int k = 0; k < digits; k++) tmp[2 + k] = hv_hex[(cp >> (4 * (digits - 1 - k))) & 0xF];
    return pith_buf_put(b, tmp, (size_t)(2 + digits));
}

/* CPython picks " only when the text holds a ' and no ". */
static char hv_pick_quote(const char *s, size_t n) {
    int single = memchr(s, '\'', n) != NULL, dbl = memchr(s, '"', n) != NULL;
    return single && !dbl ? '"' : '\'';
}

/* repr(str) of UTF-8 text (unicode_repr): printable characters stay, the rest are escaped. */
static int hv_repr_str(PithBuf *b, const char *text, size_t n) {
    const unsigned char *s = (const unsigned char *)(text ? text : "");
    if (!text) n = 0;
    char q = hv_pick_quote((const char *)s, n);
    pith_buf_putc(b, q);
    size_t i = 0;
    while (i < n) {
        size_t start = i;
        uint32_t cp = rt_hv_utf8_next(s, n, &i);
        if (cp == (uint32_t)q || cp == '\\') {
            pith_buf_putc(b, '\\');
            pith_buf_putc(b, (char)cp);
        } else if (cp == '\t') {
            pith_buf_put(b, "\\t", 2);
        } else if (cp == '\n') {
            pith_buf_put(b, "\\n", 2);
        } else if (cp == '\r') {
            pith_buf_put(b, "\\r", 2);
        } else if (cp < 0x20 || cp == 0x7F) {
            hv_put_escape(b, cp);
        } else if (cp < 0x7F) {
            pith_buf_putc(b, (char)cp);
        } else if (rt_hv_isprintable(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
            pith_buf_put(b, (const char *)s + start, i - start);
        } else {
            hv_put_escape(b, cp);
        }
    }
    return pith_buf_putc(b, q);
}

/* repr(bytes): b'...' with \t \n \r \\ \xHH escapes. */
static int hv_repr_bytes(PithBuf *b, const char *text, size_t n) {
    const unsigned char *s = (const unsigned char *)(text ? text : "");
    if (!text) n = 0;
    char q = hv_pick_quote((const char *)s, n);
    pith_buf_putc(b, 'b');
    pith_buf_putc(b, q);
    for (size_t i = 0; i < n; i++) {
        unsigned c = s[i];
        if (c == (unsigned)q || c == '\\') {
            pith_buf_putc(b, '\\');
            pith_buf_putc(b, (char)c);
        } else if (c == '\t') {
            pith_buf_put(b, "\\t", 2);
        } else if (c == '\n') {
            pith_buf_put(b, "\\n", 2);
        } else if (c == '\r') {
            pith_buf_put(b, "\\r", 2);
        } else if (c < 0x20 || c >= 0x7F) {
            hv_put_escape(b, c);
        } else {
            pith_buf_putc(b, (char)c);
        }
    }
    return pith_buf_putc(b, q);
}

/* repr of the items of a list/tuple/set between open and close, comma-separated. */
static int hv_repr_items(PithBuf *b, const PithValue *v, int depth, const char *open, const char *close) {
    pith_buf_puts(b, open);
    for (size_t k = 0; k < v->u.seq.n; k++) {
        if (k) pith_buf_put(b, ", ", 2);
        if (rt_hv_repr_into(b, v->u.seq.items ? v->u.seq.items[k] : NULL, depth + 1) != 0) return -1;
    }
    return pith_buf_puts(b, close);
}

int rt_hv_repr_into(PithBuf *b, const PithValue *v, int depth) {
    char num[32];
    if (depth > RT_HV_MAX_RENDER_DEPTH) return -1;
    if (!v) return pith_buf_puts(b, "None");
    switch (v->kind) {
    case PITH_NONE: return pith_buf_puts(b, "None");
    case PITH_BOOL: return pith_buf_puts(b, v->u.b ? "True" : "False");
    case PITH_INT: snprintf(num, sizeof num, "%lld", (long long)v->u.i); return pith_buf_puts(b, num);
    case PITH_BIGINT: return pith_buf_puts(b, v->u.bigint ? v->u.bigint : "0");
    case PITH_FLOAT: return pith_buf_put(b, num, rt_hv_float_repr(v->u.f, num));
    case PITH_STR: return hv_repr_str(b, v->u.s.data, v->u.s.len);
    case PITH_BYTES: return hv_repr_bytes(b, v->u.s.data, v->u.s.len);
    case PITH_OTHER: return pith_buf_put(b, v->u.s.data ? v->u.s.data : "", v->u.s.data ? v->u.s.len : 0);
    case PITH_LIST: return hv_repr_items(b, v, depth, "[", "]");
    case PITH_TUPLE: return hv_repr_items(b, v, depth, "(", v->u.seq.n == 1 ? ",)" : ")");
    case PITH_SET:
        if (v->u.seq.n == 0) return pith_buf_puts(b, "set()");
        return hv_repr_items(b, v, depth, "{", "}");
    case PITH_DICT:
        pith_buf_putc(b, '{');
        for (size_t k = 0; k < v->u.dict.n; k++) {
            if (k) pith_buf_put(b, ", ", 2);
            if (rt_hv_repr_into(b, v->u.dict.keys ? v->u.dict.keys[k] : NULL, depth + 1) != 0) return -1;
            pith_buf_put(b, ": ", 2);
            if (rt_hv_repr_into(b, v->u.dict.values ? v->u.dict.values[k] : NULL, depth + 1) != 0) return -1;
        }
        return pith_buf_putc(b, '}');
    }
    return pith_buf_puts(b, "None");
}
