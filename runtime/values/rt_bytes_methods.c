/* rt_bytes_methods.c — the methods of bytes that mirror str's: find/rfind/index/rindex/count, startswith/
 * endswith, split/rsplit, join, strip/lstrip/rstrip, replace, upper/lower, hex, bytes.fromhex; and the method
 * table (decode is in rt_bytes.c). Stage: runtime. Indices are byte offsets; byte searches reuse
 * rt_str_find / rt_str_rfind, which work on raw bytes. Whitespace is ASCII's (space \t \n \v \f \r). */
#include <string.h>

#include "rt_values.h"

static RtBytes *B(PV v) { return (RtBytes *)v; }
static const char *D(RtBytes *b) { return (const char *)b->data; }

static int is_ws(unsigned char ch) { return ch == ' ' || (ch >= '\t' && ch <= '\r'); }

/* "a bytes-like object is required, not 'str'" unless v is bytes. */
static int need_bytes(PCtx *c, PV v) {
    if (RT_IS(v, RT_T_BYTES)) return 0;
    rt_err(c, PITH_B_TYPEERROR, "a bytes-like object is required, not '%s'", rt_type_name(v));
    return -1;
}

static PV sub(PCtx *c, RtBytes *b, pi64 from, pi64 to) { return rt_bytes_const(c, D(b) + from, to - from); }

/* start/end arguments with slice semantics: *s may exceed the length, *e is clamped to it. */
static int span(PCtx *c, RtBytes *b, PV start, PV end, pi64 *s, pi64 *e) {
    pi64 n = b->n, out[2] = {0, n};
    PV parts[2] = {start, end};
    for (int k = 0; k < 2; k++) {
        PV v = parts[k];
        if (!v || v == PV_NONE) continue;
        if (!rt_is_int(v)) {
            rt_err(c, PITH_B_TYPEERROR, "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        pi64 i;
        if (rt_int_to_i64(v, &i) < 0) i = rt_int_sign(v) < 0 ? -n - 1 : n + 1;
        if (i < 0) {
            i += n;
            if (i < 0) i = 0;
        }
        out[k] = i;
    }
    *s = out[0];
    *e = out[1] > n ? n : out[1];
    return 0;
}

/* The needle of find/count/index: bytes, or an int 0..255 taken as one byte (kept in *one). */
static int needle(PCtx *c, PV v, unsigned char *one, const char **p, pi64 *np) {
    if (RT_IS(v, RT_T_BYTES)) {
        *p = D(B(v));
        *np = B(v)->n;
        return 0;
    }
    if (!rt_is_int(v)) {
        rt_err(c, PITH_B_TYPEERROR, "argument should be integer or bytes-like object, not '%s'", rt_type_name(v));
        return -1;
    }
    pi64 i;
    if (rt_int_to_i64(v, &i) < 0 || i < 0 || i > 255) {
        rt_err(c, PITH_B_VALUEERROR, "byte must be in range(0, 256)");
        return -1;
    }
    *one = (unsigned char)i;
    *p = (const char *)one;
    *np = 1;
    return 0;
}

/* find/rfind core: index of the needle in self[start:end], -1 if absent, -2 on error. */
static pi64 find_impl(PCtx *c, PV self, PV *a, int reverse) {
    RtBytes *b = B(self);
    unsigned char one;
    const char *p;
    pi64 np, s, e;
    if (needle(c, a[0], &one, &p, &np) < 0 || span(c, b, a[1], a[2], &s, &e) < 0) return -2;
    if (e - s < np) return -1;
    return reverse ? rt_str_rfind(D(b), s, e, p, np) : rt_str_find(D(b), e, p, np, s);
}

static PV m_find(PCtx *c, PV self, PV *a, int n, PV kw) { return rt_find_result(c, find_impl(c, self, a, 0)); }
static PV m_rfind(PCtx *c, PV self, PV *a, int n, PV kw) { return rt_find_result(c, find_impl(c, self, a, 1)); }
static PV m_index(PCtx *c, PV self, PV *a, int n, PV kw) {
    return rt_index_result(c, find_impl(c, self, a, 0), "subsection not found");
}
static PV m_rindex(PCtx *c, PV self, PV *a, int n, PV kw) {
    return rt_index_result(c, find_impl(c, self, a, 1), "subsection not found");
}

static PV m_count(PCtx *c, PV self, PV *a, int n, PV kw) {
    RtBytes *b = B(self);
    unsigned char one;
    const char *p;
    pi64 np, s, e;
    if (needle(c, a[0], &one, &p, &np) < 0 || span(c, b, a[1], a[2], &s, &e) < 0) return PV_NULL;
    if (e - s < np) return PV_INT(0);
    if (np == 0) return rt_int_from_i64(c, e - s + 1);
    pi64 count = 0, pos = s;
    while ((pos = rt_str_find(D(b), e, p, np, pos)) >= 0) {
        count++;
        pos += np;
    }
    return rt_int_from_i64(c, count);
}

/* startswith/endswith: a bytes or a tuple of bytes. */
static PV affix_impl(PCtx *c, PV self, PV *a, int at_end) {
    RtBytes *b = B(self);
    pi64 s, e, nchoices = 1;
    if (RT_IS(a[0], RT_T_TUPLE) || RT_IS(a[0], RT_T_BYTES)) {
        if (span(c, b, a[1], a[2], &s, &e) < 0) return PV_NULL;
    } else {
        rt_err(c, PITH_B_TYPEERROR, "%s first arg must be bytes or a tuple of bytes, not %s",
               at_end ? "endswith" : "startswith", rt_type_name(a[0]));
        return PV_NULL;
    }
    PV *choices = &a[0];
    if (RT_IS(a[0], RT_T_TUPLE)) choices = rt_seq_items(a[0], &nchoices);
    for (pi64 i = 0; i < nchoices; i++) {
        if (need_bytes(c, choices[i]) < 0) return PV_NULL;
        RtBytes *x = B(choices[i]);
        if (s > b->n || e - s < x->n) continue;
        pi64 at = at_end ? e - x->n : s;
        if (memcmp(D(b) + at, D(x), (size_t)x->n) == 0) return PV_TRUE;
    }
    return PV_FALSE;
}
static PV m_startswith(PCtx *c, PV self, PV *a, int n, PV kw) { return affix_impl(c, self, a, 0); }
static PV m_endswith(PCtx *c, PV self, PV *a, int n, PV kw) { return affix_impl(c, self, a, 1); }

/* ---- split / rsplit ---- */

static int push(PCtx *c, PV list, PV item) {
    if (!item) return -1;
    int r = rt_list_append(c, list, item);
    pv_decref(c, item);
    return r;
}

/* Whitespace split (sep=None), left to right or right to left (then the caller reverses). */
static int split_ws(PCtx *c, RtBytes *b, pi64 maxsplit, int reverse, PV out) {
    pi64 n = b->n;
    const unsigned char *d = b->data;
    if (!reverse) {
        for (pi64 i = 0;;) {
            while (i < n && is_ws(d[i])) i++;
            if (i >= n) return 0;
            if (maxsplit-- == 0) return push(c, out, sub(c, b, i, n));
            pi64 j = i;
            while (j < n && !is_ws(d[j])) j++;
            if (push(c, out, sub(c, b, i, j)) < 0) return -1;
            i = j;
        }
    }
    for (pi64 j = n;;) {
        while (j > 0 && is_ws(d[j - 1])) j--;
        if (j <= 0) return 0;
        if (maxsplit-- == 0) return push(c, out, sub(c, b, 0, j));
        pi64 i = j;
        while (i > 0 && !is_ws(d[i - 1])) i--;
        if (push(c, out, sub(c, b, i, j)) < 0) return -1;
        j = i;
    }
}

static int split_sep(PCtx *c, RtBytes *b, RtBytes *sep, pi64 maxsplit, int reverse, PV out) {
    pi64 m = sep->n, pos;
    if (!reverse) {
        pi64 i = 0;
        while (maxsplit-- != 0 && (pos = rt_str_find(D(b), b->n, D(sep), m, i)) >= 0) {
            if (push(c, out, sub(c, b, i, pos)) < 0) return -1;
            i = pos + m;
        }
        return push(c, out, sub(c, b, i, b->n));
    }
    pi64 j = b->n;
    while (maxsplit-- != 0 && (pos = rt_str_rfind(D(b), 0, j, D(sep), m)) >= 0) {
        if (push(c, out, sub(c, b, pos + m, j)) < 0) return -1;
        j = pos;
    }
    return push(c, out, sub(c, b, 0, j));
}

static PV split_impl(PCtx *c, PV self, PV *a, int reverse) {
    pi64 maxsplit = -1;
    PV sep = a[0] && a[0] != PV_NONE ? a[0] : PV_NULL;
    if (sep && need_bytes(c, sep) < 0) return PV_NULL;
    if (a[1] && rt_index_arg(c, a[1], &maxsplit) < 0) return PV_NULL;
    if (sep && B(sep)->n == 0) {
        rt_err(c, PITH_B_VALUEERROR, "empty separator");
        return PV_NULL;
    }
    PV out = rt_list_new(c, 0);
    if (!out) return PV_NULL;
    int r = sep ? split_sep(c, B(self), B(sep), maxsplit, reverse, out) : split_ws(c, B(self), maxsplit, reverse, out);
    if (r < 0) {
        pv_decref(c, out);
        return PV_NULL;
    }
    if (reverse) { /* pieces were collected right to left */
        RtList *l = (RtList *)out;
        for (pi64 i = 0, j = l->n - 1; i < j; i++, j--) {
            PV t = l->items[i];
            l->items[i] = l->items[j];
            l->items[j] = t;
        }
    }
    return out;
}
static PV m_split(PCtx *c, PV self, PV *a, int n, PV kw) { return split_impl(c, self, a, 0); }
static PV m_rsplit(PCtx *c, PV self, PV *a, int n, PV kw) { return split_impl(c, self, a, 1); }

/* ---- join, strip, replace, case ---- */

static PV m_join(PCtx *c, PV self, PV *a, int n, PV kw) {
    PV seq;
    if (RT_IS(a[0], RT_T_LIST) || RT_IS(a[0], RT_T_TUPLE)) {
        seq = a[0];
        pv_incref(seq);
    } else {
        if (!rt_is_iterable(a[0])) {
            rt_err(c, PITH_B_TYPEERROR, "can only join an iterable");
            return PV_NULL;
        }
        if (!(seq = rt_seq_to_list(c, a[0]))) return PV_NULL;
    }
    pi64 cnt;
    double total = 0;
    PV *items = rt_seq_items(seq, &cnt);
    RtBytes *sep = B(self);
    for (pi64 i = 0; i < cnt; i++) {
        if (!RT_IS(items[i], RT_T_BYTES)) {
            rt_err(c, PITH_B_TYPEERROR, "sequence item %lld: expected a bytes-like object, %s found", i,
                   rt_type_name(items[i]));
            pv_decref(c, seq);
            return PV_NULL;
        }
        total += (double)B(items[i])->n + (i ? (double)sep->n : 0);
    }
    RtBytes *r = rt_tick(c, cnt / 64) < 0 || rt_mem_check(c, total) < 0 ? NULL : rt_bytes_alloc(c, (pi64)total);
    if (r) {
        pi64 w = 0;
        for (pi64 i = 0; i < cnt; i++) {
            if (i) {
                memcpy(r->data + w, sep->data, (size_t)sep->n);
                w += sep->n;
            }
            memcpy(r->data + w, B(items[i])->data, (size_t)B(items[i])->n);
            w += B(items[i])->n;
        }
    }
    pv_decref(c, seq);
    return (PV)r;
}

static PV strip_impl(PCtx *c, PV self, PV arg, int left, int right) {
    RtBytes *chars = NULL, *b = B(self);
    if (arg && arg != PV_NONE) {
        if (need_bytes(c, arg) < 0) return PV_NULL;
        chars = B(arg);
    }
#define HIT(ch) (chars ? chars->n && memchr(chars->data, (ch), (size_t)chars->n) != NULL : is_ws(ch))
    pi64 i = 0, j = b->n;
    while (left && i < j && HIT(b->data[i])) i++;
    while (right && j > i && HIT(b->data[j - 1])) j--;
#undef HIT
    if (i == 0 && j == b->n) {
        pv_incref(self);
        return self;
    }
    return sub(c, b, i, j);
}
static PV m_strip(PCtx *c, PV self, PV *a, int n, PV kw) { return strip_impl(c, self, a[0], 1, 1); }
static PV m_lstrip(PCtx *c, PV self, PV *a, int n, PV kw) { return strip_impl(c, self, a[0], 1, 0); }
static PV m_rstrip(PCtx *c, PV self, PV *a, int n, PV kw) { return strip_impl(c, self, a[0], 0, 1); }

static PV m_replace(PCtx *c, PV self, PV *a, int n, PV kw) {
    pi64 count = -1;
    if (need_bytes(c, a[0]) < 0 || need_bytes(c, a[1]) < 0) return PV_NULL;
    if (a[2] && rt_index_arg(c, a[2], &count) < 0) return PV_NULL;
    RtBytes *s = B(self), *old = B(a[0]), *new = B(a[1]);
    pi64 hits = 0, pos = 0;
    if (old->n == 0)
        hits = s->n + 1;
    else
        while ((pos = rt_str_find(D(s), s->n, D(old), old->n, pos)) >= 0) {
            hits++;
            pos += old->n;
        }
    if (count >= 0 && hits > count) hits = count;
    if (hits == 0) {
        pv_incref(self);
        return self;
    }
    double size = (double)s->n + (double)hits * ((double)new->n - (double)old->n);
    if (rt_mem_check(c, size) < 0) return PV_NULL;
    RtBytes *r = rt_bytes_alloc(c, (pi64)size);
    if (!r) return PV_NULL;
    pi64 w = 0, i = 0;
    for (pi64 k = 0; k < hits; k++) {
        pi64 at = old->n ? rt_str_find(D(s), s->n, D(old), old->n, i) : (k == 0 ? 0 : i + 1);
        memcpy(r->data + w, s->data + i, (size_t)(at - i));
        w += at - i;
        memcpy(r->data + w, new->data, (size_t) new->n);
        w += new->n;
        i = at + old->n;
    }
    memcpy(r->data + w, s->data + i, (size_t)(s->n - i));
    return (PV)r;
}

static PV case_map(PCtx *c, PV self, int upper) {
    RtBytes *b = B(self), *r = rt_bytes_alloc(c, b->n);
    if (!r) return PV_NULL;
    for (pi64 i = 0; i < b->n; i++) {
        unsigned char ch = b->data[i];
        if (upper && ch >= 'a' && ch <= 'z')
            ch -= 32;
        else if (!upper && ch >= 'A' && ch <= 'Z')
            ch += 32;
        r->data[i] = ch;
    }
    return (PV)r;
}
static PV m_upper(PCtx *c, PV self, PV *a, int n, PV kw) { return case_map(c, self, 1); }
static PV m_lower(PCtx *c, PV self, PV *a, int n, PV kw) { return case_map(c, self, 0); }

/* ---- hex / fromhex ---- */

/* hex(sep=<none>, bytes_per_sep=1): groups of |bytes_per_sep| bytes, counted from the right when positive. */
static PV m_hex(PCtx *c, PV self, PV *a, int n, PV kw) {
    static const char digits[] = "0123456789abcdef";
    RtBytes *b = B(self);
    char sep = 0;
    pi64 per = 1;
    if (a[0]) {
        pi64 len = rt_is_str(a[0]) ? rt_strp(a[0])->nchars : RT_IS(a[0], RT_T_BYTES) ? B(a[0])->n : -1;
        if (len < 0) {
            rt_err(c, PITH_B_TYPEERROR, "object of type '%s' has no len()", rt_type_name(a[0]));
            return PV_NULL;
        }
        if (len != 1) {
            rt_err(c, PITH_B_VALUEERROR, "sep must be length 1.");
            return PV_NULL;
        }
        unsigned char ch = rt_is_str(a[0]) ? (unsigned char)rt_strp(a[0])->data[0] : B(a[0])->data[0];
        if (ch >= 0x80) {
            rt_err(c, PITH_B_VALUEERROR, "sep must be ASCII.");
            return PV_NULL;
        }
        sep = (char)ch;
    }
    if (a[1] && rt_index_arg(c, a[1], &per) < 0) return PV_NULL;
    pi64 group = per < 0 ? -per : per;
    if (!a[0] || group == 0 || group >= b->n) sep = 0;
    double size = 2.0 * (double)b->n + (sep ? (double)((b->n - 1) / group) : 0);
    if (rt_mem_check(c, size) < 0) return PV_NULL;
    RtStr *r = rt_str_alloc(c, (pi64)size);
    if (!r) return PV_NULL;
    pi64 w = 0, lead = sep ? (per > 0 ? b->n % group : group) : 0; /* bytes before the first separator */
    if (sep && lead == 0) lead = group;
    for (pi64 i = 0; i < b->n; i++) {
        if (sep && i && (i - lead) % group == 0 && i >= lead) r->data[w++] = sep;
        r->data[w++] = digits[b->data[i] >> 4];
        r->data[w++] = digits[b->data[i] & 15];
    }
    return rt_str_seal(r);
}

static int hexval(unsigned char ch) {
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
    return -1;
}

/* bytes.fromhex(string): pairs of hex digits, ASCII whitespace allowed between pairs. Called with the
 * arguments only (no instance), from the class or from an instance alike. */
PV rt_bytes_fromhex(PCtx *c, PV *args, int nargs, PV kwnames) {
    if (kwnames && ((RtTuple *)kwnames)->n) {
        rt_err(c, PITH_B_TYPEERROR, "bytes.fromhex() takes no keyword arguments");
        return PV_NULL;
    }
    if (nargs != 1) {
        rt_err(c, PITH_B_TYPEERROR, "bytes.fromhex() takes exactly one argument (%d given)", nargs);
        return PV_NULL;
    }
    if (!rt_is_str(args[0])) {
        rt_err(c, PITH_B_TYPEERROR, "fromhex() argument must be str, not %s", rt_type_name(args[0]));
        return PV_NULL;
    }
    RtStr *s = rt_strp(args[0]);
    const unsigned char *d = (const unsigned char *)s->data;
    RtBytes *r = rt_bytes_alloc(c, s->nbytes / 2);
    if (!r) return PV_NULL;
    pi64 w = 0;
    for (pi64 i = 0; i < s->nbytes;) { /* every byte before a failure is ASCII: byte index = code point index */
        if (is_ws(d[i])) {
            i++;
            continue;
        }
        int hi = hexval(d[i]), lo = hi < 0 ? -1 : i + 1 < s->nbytes ? hexval(d[i + 1]) : -1;
        if (lo < 0) {
            rt_err(c, PITH_B_VALUEERROR, "non-hexadecimal number found in fromhex() arg at position %lld",
                   hi < 0 ? i : i + 1);
            pv_decref(c, (PV)r);
            return PV_NULL;
        }
        r->data[w++] = (unsigned char)(hi << 4 | lo);
        i += 2;
    }
    r->n = w;
    r->data[w] = 0;
    return (PV)r;
}

/* ---- the table ---- */

static const char *const decode_kw[] = {"encoding", "errors"};
static const char *const split_kw[] = {"sep", "maxsplit"};
static const char *const hex_kw[] = {"sep", "bytes_per_sep"};

const RtMethDef rt_bytes_methods[] = {
    {"decode", rt_bytes_decode, RT_M_KW, 0, 2, 2, decode_kw},
    {"find", m_find, RT_M_OLD, 1, 3, 0, NULL},
    {"rfind", m_rfind, RT_M_OLD, 1, 3, 0, NULL},
    {"index", m_index, RT_M_OLD, 1, 3, 0, NULL},
    {"rindex", m_rindex, RT_M_OLD, 1, 3, 0, NULL},
    {"count", m_count, RT_M_OLD, 1, 3, 0, NULL},
    {"startswith", m_startswith, RT_M_OLD, 1, 3, 0, NULL},
    {"endswith", m_endswith, RT_M_OLD, 1, 3, 0, NULL},
    {"split", m_split, RT_M_KW, 0, 2, 2, split_kw},
    {"rsplit", m_rsplit, RT_M_KW, 0, 2, 2, split_kw},
    {"join", m_join, RT_M_O, 1, 1, 0, NULL},
    {"strip", m_strip, RT_M_POS, 0, 1, 0, NULL},
    {"lstrip", m_lstrip, RT_M_POS, 0, 1, 0, NULL},
    {"rstrip", m_rstrip, RT_M_POS, 0, 1, 0, NULL},
    {"replace", m_replace, RT_M_POS, 2, 3, 0, NULL},
    {"upper", m_upper, RT_M_NOARGS, 0, 0, 0, NULL},
    {"lower", m_lower, RT_M_NOARGS, 0, 0, 0, NULL},
    {"hex", m_hex, RT_M_KW, 0, 2, 2, hex_kw},
    {NULL, NULL, 0, 0, 0, 0, NULL},
};
