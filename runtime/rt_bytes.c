/* rt_bytes.c — a minimal immutable bytes: literals, len, indexing (an int), slicing, ==/</..., `in`, +, *,
 * seeded hash, repr b'...' exactly as CPython, and decode()/str.encode() for UTF-8 and ASCII.
 * Stage: runtime. Invariants: RtBytes.data[0..n) is the content (plus a NUL for convenience); hash 0 = not
 * computed yet. */
#include <stdio.h>
#include <string.h>
#include <xxhash.h>

#include "rt_values.h"

RtBytes *rt_bytes_alloc(PCtx *c, pi64 n) {
    if (n < 0 || rt_mem_check(c, (double)n + sizeof(RtBytes)) < 0) return NULL;
    RtBytes *b = (RtBytes *)rt_obj_new(c, RT_T_BYTES, sizeof(RtBytes) + (size_t)n + 1);
    if (b) b->n = n;
    return b;
}

PV rt_bytes_const(PCtx *c, const char *data, pi64 n) {
    RtBytes *b = rt_bytes_alloc(c, n);
    if (!b) return PV_NULL;
    if (n) memcpy(b->data, data, (size_t)n);
    return (PV)b;
}

PV rt_bytes_getitem(PCtx *c, PV v, PV key) {
    RtBytes *b = (RtBytes *)v;
    if (rt_is_int(key)) {
        pi64 i;
        if (rt_seq_index(c, key, b->n, "index out of range", &i) < 0) return PV_NULL;
        return PV_INT(b->data[i]);
    }
    if (RT_IS(key, RT_T_SLICE)) {
        pi64 start, stop, step, count;
        if (rt_slice_indices(c, key, b->n, &start, &stop, &step, &count) < 0) return PV_NULL;
        if (step == 1 && count == b->n) { pv_incref(v); return v; }
        RtBytes *r = rt_bytes_alloc(c, count);
        if (!r) return PV_NULL;
        for (pi64 k = 0; k < count; k++) r->data[k] = b->data[start + k * step];
        return (PV)r;
    }
    rt_err(c, PITH_B_TYPEERROR, "byte indices must be integers or slices, not %s", rt_type_name(key));
    return PV_NULL;
}

PV rt_bytes_concat(PCtx *c, PV a, PV b) {
    RtBytes *x = (RtBytes *)a, *y = (RtBytes *)b;
    RtBytes *r = rt_bytes_alloc(c, x->n + y->n);
    if (!r) return PV_NULL;
    memcpy(r->data, x->data, (size_t)x->n);
    memcpy(r->data + x->n, y->data, (size_t)y->n);
    return (PV)r;
}

PV rt_bytes_repeat(PCtx *c, PV v, pi64 n) {
    RtBytes *b = (RtBytes *)v;
    if (n < 0) n = 0;
    if (rt_mem_check(c, (double)b->n * (double)n) < 0) return PV_NULL;
    RtBytes *r = rt_bytes_alloc(c, b->n * n);
    if (!r) return PV_NULL;
    for (pi64 k = 0; k < n; k++) memcpy(r->data + k * b->n, b->data, (size_t)b->n);
    return (PV)r;
}

int rt_bytes_cmp(PV a, PV b) {
    RtBytes *x = (RtBytes *)a, *y = (RtBytes *)b;
    pi64 n = x->n < y->n ? x->n : y->n;
    int r = n ? memcmp(x->data, y->data, (size_t)n) : 0;
    if (r) return r < 0 ? -1 : 1;
    return (x->n > y->n) - (x->n < y->n);
}

/* item in b: an int 0..255 or a bytes substring. */
int rt_bytes_contains(PCtx *c, PV v, PV item) {
    RtBytes *b = (RtBytes *)v;
    if (rt_is_int(item)) {
        pi64 i;
        if (rt_int_to_i64(item, &i) < 0 || i < 0 || i > 255) {
            rt_err(c, PITH_B_VALUEERROR, "byte must be in range(0, 256)");
            return -1;
        }
        return b->n && memchr(b->data, (int)i, (size_t)b->n) != NULL;
    }
    if (RT_IS(item, RT_T_BYTES)) {
        RtBytes *s = (RtBytes *)item;
        return rt_str_find((const char *)b->data, b->n, (const char *)s->data, s->n, 0) >= 0;
    }
    rt_err(c, PITH_B_TYPEERROR, "a bytes-like object is required, not '%s'", rt_type_name(item));
    return -1;
}

pu64 rt_bytes_hash(PCtx *c, PV v) {
    RtBytes *b = (RtBytes *)v;
    if (b->hash) return b->hash;
    pu64 h = XXH3_64bits_withSeed(b->data, (size_t)b->n, RT_CTX(c)->hash_seed);
    if (h == 0) h = 1;
    if (h == (pu64)-1) h = (pu64)-2;
    b->hash = h;
    return h;
}

PV rt_bytes_repr(PCtx *c, PV v) {
    static const char hex[] = "0123456789abcdef";
    RtBytes *b = (RtBytes *)v;
    char q = (memchr(b->data, '\'', (size_t)b->n) && !memchr(b->data, '"', (size_t)b->n)) ? '"' : '\'';
    RtBuf buf = {0};
    char pre[2] = {'b', q};
    int rc = rt_buf_put(c, &buf, pre, 2);
    for (pi64 i = 0; i < b->n && rc == 0; i++) {
        unsigned char ch = b->data[i];
        char e[4] = {'\\', 0, 0, 0};
        int n = 2;
        if (ch == q || ch == '\\') e[1] = (char)ch;
        else if (ch == '\t') e[1] = 't';
        else if (ch == '\n') e[1] = 'n';
        else if (ch == '\r') e[1] = 'r';
        else if (ch < 0x20 || ch >= 0x7F) { e[1] = 'x'; e[2] = hex[ch >> 4]; e[3] = hex[ch & 15]; n = 4; }
        else { e[0] = (char)ch; n = 1; }
        rc = rt_buf_put(c, &buf, e, (size_t)n);
    }
    if (rc == 0) rc = rt_buf_putc(c, &buf, q);
    if (rc < 0) { rt_buf_free(c, &buf); return PV_NULL; }
    return rt_buf_finish(c, &buf);
}

/* ---- codecs: utf-8 and ascii only ---- */

/* Which codec a name means: 8 utf-8, 7 ascii, 0 unknown (LookupError raised). */
static int codec(PCtx *c, PV name) {
    if (!name) return 8;
    if (rt_str_arg(c, name, "decode() argument 'encoding' must be str") < 0) return 0;
    char norm[16];
    RtStr *s = rt_strp(name);
    pi64 n = 0;
    for (pi64 i = 0; i < s->nbytes && n < 15; i++) {
        char ch = s->data[i];
        if (ch == '-' || ch == '_') continue;
        norm[n++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
    norm[n] = 0;
    if (s->nbytes < 16 && (!strcmp(norm, "utf8"))) return 8;
    if (s->nbytes < 16 && (!strcmp(norm, "ascii") || !strcmp(norm, "usascii"))) return 7;
    rt_err(c, PITH_B_LOOKUPERROR, "unknown encoding: %S", name);
    return 0;
}

/* Length of the valid UTF-8 sequence at p (n bytes left), or 0 with *why set. */
static int utf8_valid(const unsigned char *p, pi64 n, const char **why) {
    unsigned char b = p[0];
    int len = b < 0x80 ? 1 : (b >= 0xC2 && b < 0xE0) ? 2 : (b >= 0xE0 && b < 0xF0) ? 3 : (b >= 0xF0 && b < 0xF5) ? 4 : 0;
    if (!len) { *why = "invalid start byte"; return 0; }
    for (int i = 1; i < len; i++) {
        if (i >= n) { *why = "unexpected end of data"; return 0; }
        unsigned char lo = 0x80, hi = 0xBF;
        if (i == 1 && b == 0xE0) lo = 0xA0;
        if (i == 1 && b == 0xED) hi = 0x9F;
        if (i == 1 && b == 0xF0) lo = 0x90;
        if (i == 1 && b == 0xF4) hi = 0x8F;
        if (p[i] < lo || p[i] > hi) { *why = "invalid continuation byte"; return 0; }
    }
    return len;
}

static PV m_decode(PCtx *c, PV self, PV *a, int n, PV kw) {
    int k = codec(c, a[0]);
    if (!k) return PV_NULL;
    RtBytes *b = (RtBytes *)self;
    for (pi64 i = 0; i < b->n;) {
        const char *why = "ordinal not in range(128)";
        int len = k == 7 ? (b->data[i] < 0x80) : utf8_valid(b->data + i, b->n - i, &why);
        if (!len) {
            char msg[128];
            snprintf(msg, sizeof msg, "'%s' codec can't decode byte 0x%02x in position %lld: %s",
                     k == 7 ? "ascii" : "utf-8", b->data[i], i, why);
            rt_err(c, PITH_B_UNICODEDECODEERROR, "%s", msg);
            return PV_NULL;
        }
        i += len;
    }
    return rt_str_new(c, (const char *)b->data, b->n);
}

static const char *const decode_kw[] = {"encoding", "errors"};

const RtMethDef rt_bytes_methods[] = {
    {"decode", m_decode, RT_M_KW, 0, 2, 2, decode_kw},
    {NULL, NULL, 0, 0, 0, 0, NULL},
};

/* str.encode(encoding='utf-8', errors='strict') (listed in rt_str_methods.c). */
PV rt_str_encode(PCtx *c, PV self, PV *a, int n, PV kw) {
    int k = codec(c, a[0]);
    if (!k) return PV_NULL;
    RtStr *s = rt_strp(self);
    if (k == 7 && !(s->h.flags & RT_STR_ASCII)) {
        pi64 i = 0, pos = 0;
        while ((unsigned char)s->data[i] < 0x80) { i++; pos++; }
        uint32_t cp;
        rt_utf8_decode((const unsigned char *)s->data + i, &cp);
        char esc[16];
        snprintf(esc, sizeof esc, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", (unsigned)cp);
        rt_err(c, PITH_B_UNICODEENCODEERROR, "'ascii' codec can't encode character '%s' in position %lld: "
               "ordinal not in range(128)", esc, pos);
        return PV_NULL;
    }
    return rt_bytes_const(c, s->data, s->nbytes);
}
