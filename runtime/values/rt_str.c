/* rt_str.c — Python str: immutable UTF-8 with a code point count and an ASCII flag (byte index == code point
 * index when set). Indexing and slicing by code point, concatenation, repetition, comparison, `in`, seeded
 * hashing, CPython-exact repr (making a str and the string builder: core/rt_make.c).
 * Stage: runtime values. Invariants: RtStr.data is valid UTF-8 and NUL-terminated; nchars and RT_STR_ASCII always
 * match the data (rt_str_seal computes them); hash 0 means "not computed yet". Methods: rt_str_methods*.c. */
#include <string.h>
#include <xxhash.h>

#include <utf8proc.h>

#include "rt_values.h"
#include "rt_snap_codec.h"

int rt_utf8_encode(uint32_t cp, char *out) {
    return (int)utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)out);
}

/* ---- code point addressing ---- */

/* Lead (non-continuation) bytes in the 8 bytes at p. */
static int leads8(const unsigned char *p) {
    uint64_t w;
    memcpy(&w, p, 8);
    uint64_t cont = (w & 0xC0C0C0C0C0C0C0C0ULL) ^ 0x8080808080808080ULL; /* 0x00 byte <=> continuation */
    cont = ((cont | (cont >> 1)) >> 6) & 0x0101010101010101ULL;          /* 1 per lead byte */
    return __builtin_popcountll(cont);
}

/* A non-ASCII str's code point index, built on the first lookup in a long str and kept in the object's
 * header word (rt_obj_link) until the str dies: byte offsets of every STRIDE-th code point. */
#define STRIDE 64
#define INDEX_MIN_CHARS 256

typedef struct StrIndex {
    pi64 n;     /* entries in off */
    pi64 off[]; /* off[k]: byte offset of code point k * STRIDE */
} StrIndex;

static size_t index_size(pi64 nchars) { return sizeof(StrIndex) + (size_t)(nchars / STRIDE + 1) * sizeof(pi64); }

void rt_str_drop_index(PCtx *c, PObj *o) {
    StrIndex *ix = (StrIndex *)rt_obj_link(o);
    if (!ix) return;
    rt_free(c, ix, index_size(((RtStr *)o)->nchars));
    rt_obj_set_link(o, NULL);
}

/* The index of s, built now if worth it and memory allows (NULL otherwise, never an exception). */
static StrIndex *str_index(PCtx *c, RtStr *s) {
    StrIndex *ix = (StrIndex *)rt_obj_link(&s->h);
    if (ix || s->nchars < INDEX_MIN_CHARS) return ix;
    ix = rt_alloc_quiet(c, index_size(s->nchars));
    if (!ix) return NULL;
    const unsigned char *p = (const unsigned char *)s->data;
    pi64 k = 0, n = 0;
    for (pi64 off = 0; off < s->nbytes; off++) {
        if ((p[off] & 0xC0) == 0x80) continue;
        if (k++ % STRIDE == 0) ix->off[n++] = off;
    }
    ix->n = n;
    rt_obj_set_link(&s->h, (PObj *)ix);
    return ix;
}

/* Byte offset of code point cp (0 <= cp <= nchars): direct for ASCII; from the nearest index entry for
 * long non-ASCII strs (O(STRIDE)); else a scan from the nearer end (8 bytes at a time forwards). */
pi64 rt_str_offset(PCtx *c, RtStr *s, pi64 cp) {
    if (s->h.flags & RT_STR_ASCII) return cp;
    const unsigned char *p = (const unsigned char *)s->data;
    StrIndex *ix = cp > STRIDE && cp < s->nchars ? str_index(c, s) : NULL;
    if (ix) {
        pi64 off = ix->off[cp / STRIDE], left = cp % STRIDE;
        for (;; off++) {
            if ((p[off] & 0xC0) == 0x80) continue;
            if (left == 0) return off;
            left--;
        }
    }
    if (cp <= s->nchars / 2) {
        pi64 off = 0, left = cp; /* lead bytes still to pass */
        while (off + 8 <= s->nbytes) {
            int n = leads8(p + off);
            if (n >= left) break;
            left -= n;
            off += 8;
        }
        for (;; off++) {
            if ((p[off] & 0xC0) == 0x80) continue;
            if (left == 0) return off;
            left--;
        }
    }
    pi64 off = s->nbytes;
    for (pi64 k = s->nchars; k > cp; k--) {
        off--;
        while ((p[off] & 0xC0) == 0x80) off--;
    }
    return off;
}

PV rt_str_char_at(PCtx *c, const RtStr *s, pi64 off, pi64 *next) {
    int n = rt_utf8_len((unsigned char)s->data[off]);
    if (next) *next = off + n;
    if (n == 1) return rt_str_small(c, s->data + off, 1);
    RtStr *r = rt_str_alloc(c, n);
    if (!r) return PV_NULL;
    memcpy(r->data, s->data + off, (size_t)n);
    return rt_str_seal_known(r, 1);
}

/* s[start:stop:step] with count code points (indices already normalised). */
static PV str_slice(PCtx *c, RtStr *s, pi64 start, pi64 step, pi64 count) {
    const unsigned char *p = (const unsigned char *)s->data;
    int ascii = s->h.flags & RT_STR_ASCII;
    if (count <= 0) return rt_str_new(c, "", 0);
    if (step == 1) {
        pi64 a = rt_str_offset(c, s, start), b = ascii ? start + count : a;
        if (!ascii)
            for (pi64 k = 0; k < count; k++) b += rt_utf8_len(p[b]);
        RtStr *r = rt_str_alloc(c, b - a);
        if (!r) return PV_NULL;
        memcpy(r->data, p + a, (size_t)(b - a));
        return rt_str_seal_known(r, count);
    }
    if (ascii) {
        RtStr *r = rt_str_alloc(c, count);
        if (!r) return PV_NULL;
        for (pi64 k = 0; k < count; k++) r->data[k] = (char)p[start + k * step];
        return rt_str_seal_known(r, count);
    }
    /* non-ASCII with a step: record each picked code point's offset, then copy */
    pi64 *offs = rt_alloc(c, (size_t)count * sizeof(pi64));
    if (!offs) return PV_NULL;
    pi64 off = rt_str_offset(c, s, start), total = 0;
    for (pi64 k = 0; k < count; k++) {
        offs[k] = off;
        total += rt_utf8_len(p[off]);
        if (k + 1 == count) break;
        for (pi64 j = 0; j < (step > 0 ? step : -step); j++) {
            if (step > 0)
                off += rt_utf8_len(p[off]);
            else {
                off--;
                while ((p[off] & 0xC0) == 0x80) off--;
            }
        }
    }
    RtStr *r = rt_str_alloc(c, total);
    if (r) {
        pi64 w = 0;
        for (pi64 k = 0; k < count; k++) {
            int n = rt_utf8_len(p[offs[k]]);
            memcpy(r->data + w, p + offs[k], (size_t)n);
            w += n;
        }
    }
    rt_free(c, offs, (size_t)count * sizeof(pi64));
    return r ? rt_str_seal_known(r, count) : PV_NULL;
}

PV rt_str_getitem(PCtx *c, PV v, PV key) {
    RtStr *s = rt_strp(v);
    if (rt_is_int(key)) {
        pi64 i;
        if (rt_seq_index(c, key, s->nchars, "string index out of range", &i) < 0) return PV_NULL;
        return rt_str_char_at(c, s, rt_str_offset(c, s, i), NULL);
    }
    if (RT_IS(key, RT_T_SLICE)) {
        pi64 start, stop, step, count;
        if (rt_slice_indices(c, key, s->nchars, &start, &stop, &step, &count) < 0) return PV_NULL;
        if (step == 1 && count == s->nchars) {
            pv_incref(v);
            return v;
        }
        return str_slice(c, s, start, step, count);
    }
    rt_err(c, PITH_B_TYPEERROR, "string indices must be integers, not '%s'", rt_type_name(key));
    return PV_NULL;
}

/* ---- operators ---- */

PV rt_str_concat(PCtx *c, PV a, PV b) {
    RtStr *x = rt_strp(a), *y = rt_strp(b);
    if (y->nbytes == 0) {
        pv_incref(a);
        return a;
    }
    if (x->nbytes == 0) {
        pv_incref(b);
        return b;
    }
    RtStr *r = rt_str_alloc(c, x->nbytes + y->nbytes);
    if (!r) return PV_NULL;
    memcpy(r->data, x->data, (size_t)x->nbytes);
    memcpy(r->data + x->nbytes, y->data, (size_t)y->nbytes);
    return rt_str_seal_known(r, x->nchars + y->nchars);
}

/* s * n: the size is checked against the memory limit before anything is allocated. */
PV rt_str_repeat(PCtx *c, PV v, pi64 n) {
    RtStr *s = rt_strp(v);
    if (n <= 0 || s->nbytes == 0) return rt_str_new(c, "", 0);
    if (n == 1) {
        pv_incref(v);
        return v;
    }
    if (rt_mem_check(c, (double)s->nbytes * (double)n) < 0) return PV_NULL;
    RtStr *r = rt_str_alloc(c, s->nbytes * n);
    if (!r) return PV_NULL;
    pi64 done = s->nbytes, total = s->nbytes * n;
    memcpy(r->data, s->data, (size_t)done);
    while (done < total) { /* doubling copies */
        pi64 k = done < total - done ? done : total - done;
        memcpy(r->data + done, r->data, (size_t)k);
        done += k;
    }
    return rt_str_seal_known(r, s->nchars * n);
}

int rt_str_cmp(PV a, PV b) {
    RtStr *x = rt_strp(a), *y = rt_strp(b);
    pi64 n = x->nbytes < y->nbytes ? x->nbytes : y->nbytes;
    int r = n ? memcmp(x->data, y->data, (size_t)n) : 0;
    if (r) return r < 0 ? -1 : 1;
    return (x->nbytes > y->nbytes) - (x->nbytes < y->nbytes);
}

/* str's compare hook: two strs, in code point order. */
static int str_compare(PCtx *c, int op, PV a, PV b, PV *out) {
    if (!RT_IS(a, RT_T_STR) || !RT_IS(b, RT_T_STR)) return 0;
    *out = rt_str_order(c, op, a, b);
    return 1;
}

int rt_str_eq(PV a, PV b) {
    RtStr *x = rt_strp(a), *y = rt_strp(b);
    if (a == b) return 1;
    if (x->nbytes != y->nbytes || (x->hash && y->hash && x->hash != y->hash)) return 0;
    return memcmp(x->data, y->data, (size_t)x->nbytes) == 0;
}

pi64 rt_str_find(const char *h, pi64 nh, const char *n, pi64 nn, pi64 from) {
    if (from < 0) from = 0;
    if (nn == 0) return from <= nh ? from : -1;
    if (from + nn > nh) return -1;
    const char *p = memmem(h + from, (size_t)(nh - from), n, (size_t)nn);
    return p ? p - h : -1;
}

/* sub in s; TypeError "'in <string>' requires string as left operand, not int". */
int rt_str_contains(PCtx *c, PV s, PV sub) {
    if (!rt_is_str(sub)) {
        rt_err(c, PITH_B_TYPEERROR, "'in <string>' requires string as left operand, not %s", rt_type_name(sub));
        return -1;
    }
    RtStr *x = rt_strp(s), *y = rt_strp(sub);
    if (rt_tick(c, x->nbytes >> 8) < 0) return -1; /* a scan costs time in proportion to its length */
    return rt_str_find(x->data, x->nbytes, y->data, y->nbytes, 0) >= 0;
}

/* XXH3 seeded with the execution's hash seed; never 0 (the "not cached" mark) and never -1 (CPython's
 * error value, which hash() never shows). */
pu64 rt_str_hash(PCtx *c, PV v) {
    RtStr *s = rt_strp(v);
    if (s->hash) return s->hash;
    pu64 h = XXH3_64bits_withSeed(s->data, (size_t)s->nbytes, RT_CTX(c)->hash_seed);
    if (h == 0) h = 1;
    if (h == (pu64)-1) h = (pu64)-2;
    s->hash = h;
    return h;
}

/* ---- repr ---- */

static int put_escape(PCtx *c, PithBuf *b, char kind, uint32_t cp, int digits) {
    static const char hex[] = "0123456789abcdef";
    char tmp[12];
    int n = 0;
    tmp[n++] = '\\';
    tmp[n++] = kind;
    for (int i = digits - 1; i >= 0; i--) tmp[n++] = hex[(cp >> (4 * i)) & 0xF];
    return pith_buf_put(b, tmp, (size_t)n);
}

/* CPython's unicode_repr: quote choice, \\ \' \t \n \r, \xNN for other controls, printable non-ASCII
 * kept as is, the rest as \xNN / \uNNNN / \UNNNNNNNN. */
PV rt_str_repr(PCtx *c, PV v) {
    RtStr *s = rt_strp(v);
    const unsigned char *p = (const unsigned char *)s->data;
    char q = (memchr(p, '\'', (size_t)s->nbytes) && !memchr(p, '"', (size_t)s->nbytes)) ? '"' : '\'';
    PithBuf b = rt_buf_new(c);
    int rc = pith_buf_putc(&b, q);
    for (pi64 i = 0; i < s->nbytes && rc == 0;) {
        uint32_t cp;
        int n = rt_utf8_decode(p + i, &cp);
        if (cp == (uint32_t)q || cp == '\\') {
            char e[2] = {'\\', (char)cp};
            rc = pith_buf_put(&b, e, 2);
        } else if (cp == '\t')
            rc = pith_buf_put(&b, "\\t", 2);
        else if (cp == '\n')
            rc = pith_buf_put(&b, "\\n", 2);
        else if (cp == '\r')
            rc = pith_buf_put(&b, "\\r", 2);
        else if (cp < 0x20 || cp == 0x7F)
            rc = put_escape(c, &b, 'x', cp, 2);
        else if (cp < 0x80 || rt_uc_isprintable(cp))
            rc = pith_buf_put(&b, (const char *)p + i, (size_t)n);
        else if (cp <= 0xFF)
            rc = put_escape(c, &b, 'x', cp, 2);
        else if (cp <= 0xFFFF)
            rc = put_escape(c, &b, 'u', cp, 4);
        else
            rc = put_escape(c, &b, 'U', cp, 8);
        i += n;
    }
    if (rc == 0) rc = pith_buf_putc(&b, q);
    if (rc < 0) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    return rt_buf_finish(&b);
}

/* ---- the type ---- */

/* Strict UTF-8 (no surrogates, no overlong forms): a snapshot's str bytes are checked before use. */
static int utf8_valid(const unsigned char *s, size_t n) {
    for (size_t i = 0; i < n;) {
        unsigned char b = s[i];
        size_t len = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
        if (!len || len > n - i || (len == 2 && b < 0xC2)) return 0;
        uint32_t cp = len == 1 ? b : (uint32_t)(b & (0x7F >> len));
        for (size_t k = 1; k < len; k++) {
            if ((s[i + k] & 0xC0) != 0x80) return 0;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return 0;
        i += len;
    }
    return 1;
}

static void str_snap_put(RtSnapW *w, PObj *o) {
    rt_snap_put_bytes(w, ((RtStr *)o)->data, (size_t)((RtStr *)o)->nbytes);
}

static PV str_snap_make(RtSnapR *r, int type) {
    (void)type;
    size_t n;
    const unsigned char *s = rt_snap_get_bytes(r, &n);
    if (rt_snap_r_bad(r) || !utf8_valid(s, n)) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    return rt_str_new(rt_snap_ctx(r), (const char *)s, (pi64)n);
}

/* (A dying str's code point index is freed by rt_dealloc before the header word becomes its link.) */
static int str_hash(PCtx *c, PV v, pu64 *out) {
    *out = rt_str_hash(c, v);
    return 0;
}

static pi64 str_len(PCtx *c, PV v) {
    (void)c;
    return ((RtStr *)v)->nchars;
}

static PV str_iter(PCtx *c, PV v) { return rt_iter_new(c, RT_IT_STR, v); }

static PithValue *str_to_host(PCtx *c, PV v, RtHostPath *path) {
    (void)path;
    return rt_host_text(c, PITH_STR, rt_strp(v)->data, (size_t)rt_strp(v)->nbytes);
}

static const RtMethDef *const str_methods[] = {rt_str_methods, rt_str_case_methods, NULL};

/* The operators of str: + another str, % (printf-style formatting, rt_str_format.c). */
static int str_binop(PCtx *c, int op, PV a, PV b, int inplace, PV *out) {
    if (!RT_IS(a, RT_T_STR) || (op != PITH_OP_ADD && op != PITH_OP_MOD)) return 0;
    if (op == PITH_OP_MOD)
        *out = rt_str_percent(c, a, b);
    else
        *out = RT_IS(b, RT_T_STR) ? rt_str_concat(c, a, b) : rt_err_concat(c, a, b);
    return 1;
}

static const RtStaticDef str_statics[] = {{"maketrans", rt_str_maketrans}, {NULL, NULL}};

/* Its methods scan it (find, count, replace...): a call costs fuel in proportion to its bytes. */
static pi64 str_method_scan(PV v) { return ((RtStr *)v)->nbytes; }

const RtTypeDesc rt_str_type = {
    .name = "str",
    .cls = PITH_B_STR,
    .repr = rt_str_repr,
    .hash = str_hash,
    .compare = str_compare,
    .repeat = rt_str_repeat,
    .binop = str_binop,
    .iter = str_iter,
    .reversed = rt_reversed_by_copy,
    .methods = str_methods,
    .statics = str_statics,
    .method_scan = str_method_scan,
    .to_host = str_to_host,
    .len = str_len,
    .contains = rt_str_contains,
    .getitem = rt_str_getitem,
    .snap_tag = SNAP_O_STR,
    .snap_put = str_snap_put,
    .snap_make = str_snap_make,
    .drop_side = rt_str_drop_index,
};
