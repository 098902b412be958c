/* rt_bytes.c — a minimal immutable bytes: literals, len, indexing (an int), slicing, ==/</..., `in`, +, *,
 * seeded hash, repr b'...' exactly as CPython, and decode()/str.encode() for UTF-8, ASCII and latin-1.
 * Stage: runtime. Invariants: RtBytes.data[0..n) is the content (plus a NUL for convenience); hash 0 = not
 * computed yet. */
#include <stdio.h>
#include <string.h>
#include <xxhash.h>

#include "rt_values.h"
#include "rt_snap_codec.h"

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
        if (step == 1 && count == b->n) {
            pv_incref(v);
            return v;
        }
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

/* bytes' compare hook: two bytes, byte by byte. */
static int bytes_compare(PCtx *c, int op, PV a, PV b, PV *out) {
    if (!RT_IS(a, RT_T_BYTES) || !RT_IS(b, RT_T_BYTES)) return 0;
    rt_spend(c, ((RtBytes *)a)->n >> 6);
    *out = rt_cmp_result(op, rt_bytes_cmp(a, b));
    return 1;
}

/* item in b: an int 0..255 or a bytes substring. */
int rt_bytes_contains(PCtx *c, PV v, PV item) {
    RtBytes *b = (RtBytes *)v;
    if (rt_tick(c, b->n >> 8) < 0) return -1; /* a scan costs time in proportion to its length */
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
    PithBuf buf = rt_buf_new(c);
    char pre[2] = {'b', q};
    int rc = pith_buf_put(&buf, pre, 2);
    for (pi64 i = 0; i < b->n && rc == 0; i++) {
        unsigned char ch = b->data[i];
        char e[4] = {'\\', 0, 0, 0};
        int n = 2;
        if (ch == q || ch == '\\')
            e[1] = (char)ch;
        else if (ch == '\t')
            e[1] = 't';
        else if (ch == '\n')
            e[1] = 'n';
        else if (ch == '\r')
            e[1] = 'r';
        else if (ch < 0x20 || ch >= 0x7F) {
            e[1] = 'x';
            e[2] = hex[ch >> 4];
            e[3] = hex[ch & 15];
            n = 4;
        } else {
            e[0] = (char)ch;
            n = 1;
        }
        rc = pith_buf_put(&buf, e, (size_t)n);
    }
    if (rc == 0) rc = pith_buf_putc(&buf, q);
    if (rc < 0) {
        pith_buf_free(&buf);
        return PV_NULL;
    }
    return rt_buf_finish(&buf);
}

/* ---- codecs: utf-8, ascii and latin-1; error handlers strict, ignore, replace, backslashreplace and
 *      xmlcharrefreplace (surrogateescape, surrogatepass and namereplace act as strict: a str holds no
 *      surrogates, and pith has no character names) ---- */

enum { C_UTF8 = 8, C_ASCII = 7, C_LATIN1 = 1 };

/* Which codec a name means (CPython's aliases, '-', '_' and ' ' ignored); 0 if unknown (LookupError raised). */
static int codec(PCtx *c, PV name, const char *meth) {
    static const struct {
        const char *name;
        int k;
    } names[] = {
        {"utf8", C_UTF8},       {"u8", C_UTF8},      {"utf", C_UTF8},
        {"cp65001", C_UTF8},    {"ascii", C_ASCII},  {"usascii", C_ASCII},
        {"646", C_ASCII},       {"us", C_ASCII},     {"latin1", C_LATIN1},
        {"latin", C_LATIN1},    {"l1", C_LATIN1},    {"iso88591", C_LATIN1},
        {"8859", C_LATIN1},     {"cp819", C_LATIN1}, {"iso885911987", C_LATIN1},
        {"isoir100", C_LATIN1},
    };
    if (!name) return C_UTF8;
    if (!rt_is_str(name)) {
        rt_err(c, PITH_B_TYPEERROR, "%s() argument 'encoding' must be str, not %s", meth, rt_type_name(name));
        return 0;
    }
    char norm[16];
    RtStr *s = rt_strp(name);
    pi64 n = 0;
    for (pi64 i = 0; i < s->nbytes && n < 15; i++) {
        char ch = s->data[i];
        if (ch == '-' || ch == '_' || ch == ' ') continue;
        norm[n++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
    norm[n] = 0;
    for (size_t i = 0; s->nbytes < 24 && n < 15 && i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(norm, names[i].name)) return names[i].k;
    rt_err(c, PITH_B_LOOKUPERROR, "unknown encoding: %S", name);
    return 0;
}

enum { E_STRICT, E_IGNORE, E_REPLACE, E_BACKSLASH, E_XMLREF, E_NAMEREPLACE, E_UNKNOWN };

/* The errors argument: an E_* (resolved now; an unknown name only fails when an error happens), -1 if not
 * a str. */
static int handler(PCtx *c, PV errors, const char *meth) {
    static const char *const names[] = {
        "strict",      "ignore",          "replace",      "backslashreplace", "xmlcharrefreplace",
        "namereplace", "surrogateescape", "surrogatepass"};
    static const int kinds[] = {E_STRICT, E_IGNORE,      E_REPLACE, E_BACKSLASH,
                                E_XMLREF, E_NAMEREPLACE, E_STRICT,  E_STRICT};
    if (!errors) return E_STRICT;
    if (!rt_is_str(errors)) {
        rt_err(c, PITH_B_TYPEERROR, "%s() argument 'errors' must be str, not %s", meth, rt_type_name(errors));
        return -1;
    }
    RtStr *s = rt_strp(errors);
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if ((size_t)s->nbytes == strlen(names[i]) && !memcmp(s->data, names[i], (size_t)s->nbytes)) return kinds[i];
    return E_UNKNOWN;
}

static const char *codec_name(int k) { return k == C_UTF8 ? "utf-8" : k == C_ASCII ? "ascii" : "latin-1"; }

/* Length of the valid UTF-8 sequence at p (n bytes left), or 0 with *why and *bad (the bytes CPython reports
 * as one error: the start byte and the continuation bytes that were still valid) set. */
static int utf8_valid(const unsigned char *p, pi64 n, const char **why, int *bad) {
    unsigned char b = p[0];
    int len = b < 0x80                  ? 1
              : (b >= 0xC2 && b < 0xE0) ? 2
              : (b >= 0xE0 && b < 0xF0) ? 3
              : (b >= 0xF0 && b < 0xF5) ? 4
                                        : 0;
    if (!len) {
        *why = "invalid start byte";
        *bad = 1;
        return 0;
    }
    for (int i = 1; i < len; i++) {
        *bad = i;
        if (i >= n) {
            *why = "unexpected end of data";
            return 0;
        }
        unsigned char lo = 0x80, hi = 0xBF;
        if (i == 1 && b == 0xE0) lo = 0xA0;
        if (i == 1 && b == 0xED) hi = 0x9F;
        if (i == 1 && b == 0xF0) lo = 0x90;
        if (i == 1 && b == 0xF4) hi = 0x8F;
        if (p[i] < lo || p[i] > hi) {
            *why = "invalid continuation byte";
            return 0;
        }
    }
    return len;
}

/* The error handler for bytes [i, i+bad) that did not decode: 0 handled (into buf), -1 raised. */
static int decode_error(PCtx *c, RtBytes *b, int k, int eh, PV errors, pi64 i, int bad, const char *why, PithBuf *buf) {
    static const char hex[] = "0123456789abcdef";
    switch (eh) {
    case E_IGNORE: return 0;
    case E_REPLACE: return pith_buf_put(buf, "\xEF\xBF\xBD", 3);
    case E_BACKSLASH:
        for (int j = 0; j < bad; j++) {
            char e[4] = {'\\', 'x', hex[b->data[i + j] >> 4], hex[b->data[i + j] & 15]};
            if (pith_buf_put(buf, e, 4) < 0) return -1;
        }
        return 0;
    case E_XMLREF:
    case E_NAMEREPLACE:
        rt_err(c, PITH_B_TYPEERROR, "don't know how to handle UnicodeDecodeError in error callback");
        return -1;
    case E_UNKNOWN: rt_err(c, PITH_B_LOOKUPERROR, "unknown error handler name '%S'", errors); return -1;
    default:
        if (bad == 1) { /* rt_err has no field widths: the byte is formatted here */
            char byte[8];
            snprintf(byte, sizeof byte, "0x%02x", b->data[i]);
            rt_err(c, PITH_B_UNICODEDECODEERROR, "'%s' codec can't decode byte %s in position %lld: %s", codec_name(k),
                   byte, i, why);
        } else
            rt_err(c, PITH_B_UNICODEDECODEERROR, "'%s' codec can't decode bytes in position %lld-%lld: %s",
                   codec_name(k), i, i + bad - 1, why);
        return -1;
    }
}

/* bytes.decode(encoding='utf-8', errors='strict') (listed in rt_bytes_methods.c). */
PV rt_bytes_decode(PCtx *c, PV self, PV *a, int n, PV kw) {
    int k = codec(c, a[0], "decode"), eh = k ? handler(c, a[1], "decode") : -1;
    if (eh < 0) return PV_NULL;
    RtBytes *b = (RtBytes *)self;
    PithBuf buf = rt_buf_new(c);
    int rc = rt_mem_check(c, 2.0 * (double)b->n), copied = 0; /* copied: buf holds data[0..done) */
    pi64 done = 0;
    for (pi64 i = 0; i < b->n && rc == 0;) {
        const char *why = "ordinal not in range(128)";
        int bad = 1, len = k == C_UTF8 ? utf8_valid(b->data + i, b->n - i, &why, &bad) : b->data[i] < 0x80;
        if (len) {
            i += len;
            continue;
        }
        if (k == C_LATIN1) { /* every byte decodes: U+0000..U+00FF */
            char u[2];
            rc = pith_buf_put(&buf, (const char *)b->data + done, (size_t)(i - done));
            if (rc == 0) rc = pith_buf_put(&buf, u, (size_t)rt_utf8_encode(b->data[i], u));
        } else {
            rc = pith_buf_put(&buf, (const char *)b->data + done, (size_t)(i - done));
            if (rc == 0) rc = decode_error(c, b, k, eh, a[1], i, bad, why, &buf);
        }
        copied = 1;
        i += bad;
        done = i;
    }
    if (rc == 0 && !copied) return rt_str_new(c, (const char *)b->data, b->n);
    if (rc == 0) rc = pith_buf_put(&buf, (const char *)b->data + done, (size_t)(b->n - done));
    if (rc < 0) {
        pith_buf_free(&buf);
        return PV_NULL;
    }
    return rt_buf_finish(&buf);
}

/* The replacement of code point cp that codec k cannot encode, for handler eh (not strict/unknown). */
static int encode_replace(PCtx *c, PithBuf *buf, int eh, uint32_t cp) {
    char e[16];
    switch (eh) {
    case E_IGNORE: return 0;
    case E_REPLACE: return pith_buf_putc(buf, '?');
    case E_XMLREF: snprintf(e, sizeof e, "&#%u;", (unsigned)cp); break;
    default: snprintf(e, sizeof e, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", (unsigned)cp);
    }
    return pith_buf_puts(buf, e);
}

/* A str holds a lone surrogate (chr(0xD800) makes one) as its generalised UTF-8 bytes ED A0..BF xx, which are
 * not UTF-8: encoding such a str must raise, as CPython does, instead of copying them out. */
static int has_surrogate(const RtStr *s) {
    for (pi64 i = 0; i + 1 < s->nbytes; i++)
        if ((unsigned char)s->data[i] == 0xED && (unsigned char)s->data[i + 1] >= 0xA0) return 1;
    return 0;
}

/* Whether codec limit (0x80 ASCII, 0x100 Latin-1, 0x110000 UTF-8) can encode code point cp. */
static int encodable(uint32_t cp, uint32_t limit) { return cp < limit && (cp < 0xD800 || cp > 0xDFFF); }

/* str.encode(encoding='utf-8', errors='strict') (listed in rt_str_methods.c). */
PV rt_str_encode(PCtx *c, PV self, PV *a, int n, PV kw) {
    int k = codec(c, a[0], "encode"), eh = k ? handler(c, a[1], "encode") : -1;
    if (eh < 0) return PV_NULL;
    RtStr *s = rt_strp(self);
    if ((s->h.flags & RT_STR_ASCII) || (k == C_UTF8 && !has_surrogate(s))) return rt_bytes_const(c, s->data, s->nbytes);
    uint32_t limit = k == C_ASCII ? 0x80 : k == C_LATIN1 ? 0x100 : 0x110000;
    PithBuf buf = rt_buf_new(c);
    int rc = rt_mem_check(c, (double)s->nbytes);
    for (pi64 i = 0, pos = 0; i < s->nbytes && rc == 0;) {
        uint32_t cp;
        int len = rt_utf8_decode((const unsigned char *)s->data + i, &cp);
        if (encodable(cp, limit)) {
            rc = k == C_UTF8 ? pith_buf_put(&buf, s->data + i, (size_t)len) : pith_buf_putc(&buf, (char)cp);
            i += len;
            pos++;
            continue;
        }
        if (eh == E_UNKNOWN) {
            rt_err(c, PITH_B_LOOKUPERROR, "unknown error handler name '%S'", a[1]);
            rc = -1;
            break;
        }
        if (eh == E_STRICT || eh == E_NAMEREPLACE) { /* the run of unencodable characters is the error */
            pi64 end = pos + 1, j = i + len;
            uint32_t x;
            while (j < s->nbytes && (j += rt_utf8_decode((const unsigned char *)s->data + j, &x), !encodable(x, limit)))
                end++;
            const char *range = k == C_ASCII    ? "ordinal not in range(128)"
                                : k == C_LATIN1 ? "ordinal not in range(256)"
                                                : "surrogates not allowed";
            if (end - pos > 1) {
                rt_err(c, PITH_B_UNICODEENCODEERROR, "'%s' codec can't encode characters in position %lld-%lld: %s",
                       codec_name(k), pos, end - 1, range);
            } else {
                char esc[16];
                snprintf(esc, sizeof esc, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", (unsigned)cp);
                rt_err(c, PITH_B_UNICODEENCODEERROR, "'%s' codec can't encode character '%s' in position %lld: %s",
                       codec_name(k), esc, pos, range);
            }
            rc = -1;
            break;
        }
        rc = encode_replace(c, &buf, eh, cp);
        i += len;
        pos++;
    }
    if (rc < 0) {
        pith_buf_free(&buf);
        return PV_NULL;
    }
    PV r = rt_bytes_const(c, buf.p ? buf.p : "", (pi64)buf.len);
    pith_buf_free(&buf);
    return r;
}

/* ---- the type ---- */

static void bytes_snap_put(RtSnapW *w, PObj *o) {
    rt_snap_put_bytes(w, ((RtBytes *)o)->data, (size_t)((RtBytes *)o)->n);
}

static PV bytes_snap_make(RtSnapR *r, int type) {
    (void)type;
    size_t n;
    const unsigned char *s = rt_snap_get_bytes(r, &n);
    return rt_snap_r_bad(r) ? PV_NULL : rt_bytes_const(rt_snap_ctx(r), (const char *)s, (pi64)n);
}

static int bytes_hash(PCtx *c, PV v, pu64 *out) {
    *out = rt_bytes_hash(c, v);
    return 0;
}

static pi64 bytes_len(PCtx *c, PV v) {
    (void)c;
    return ((RtBytes *)v)->n;
}

static PV bytes_iter(PCtx *c, PV v) { return rt_iter_new(c, RT_IT_BYTES, v); }

static PithValue *bytes_to_host(PCtx *c, PV v, RtHostPath *path) {
    (void)path;
    return rt_host_text(c, PITH_BYTES, (const char *)((RtBytes *)v)->data, (size_t)((RtBytes *)v)->n);
}

static const RtMethDef *const bytes_methods[] = {rt_bytes_methods, NULL};

/* The operators of bytes: + another bytes (CPython words the error its own way). */
static int bytes_binop(PCtx *c, int op, PV a, PV b, int inplace, PV *out) {
    if (!RT_IS(a, RT_T_BYTES) || op != PITH_OP_ADD) return 0;
    if (RT_IS(b, RT_T_BYTES)) {
        *out = rt_bytes_concat(c, a, b);
    } else {
        rt_err(c, PITH_B_TYPEERROR, "can't concat %s to bytes", rt_type_name(b));
        *out = PV_NULL;
    }
    return 1;
}

static const RtStaticDef bytes_statics[] = {{"fromhex", rt_bytes_fromhex}, {NULL, NULL}};

/* Its methods scan it (find, count, replace...): a call costs fuel in proportion to its bytes. */
static pi64 bytes_method_scan(PV v) { return ((RtBytes *)v)->n; }

const RtTypeDesc rt_bytes_type = {
    .name = "bytes",
    .cls = PITH_B_BYTES,
    .repr = rt_bytes_repr,
    .hash = bytes_hash,
    .compare = bytes_compare,
    .repeat = rt_bytes_repeat,
    .binop = bytes_binop,
    .iter = bytes_iter,
    .reversed = rt_reversed_by_copy,
    .methods = bytes_methods,
    .statics = bytes_statics,
    .method_scan = bytes_method_scan,
    .to_host = bytes_to_host,
    .len = bytes_len,
    .contains = rt_bytes_contains,
    .getitem = rt_bytes_getitem,
    .snap_tag = SNAP_O_BYTES,
    .snap_put = bytes_snap_put,
    .snap_make = bytes_snap_make,
};
