/* rt_make.c — the constructors of the objects the core itself makes (rt_make.h): str from UTF-8, tuples, and
 * string building on the execution's allocator, so a text a program builds counts against its memory limit.
 * Stage: runtime core: exceptions build their messages and args with these. The str and tuple types' behaviour
 * (indexing, hashing, repr...) is values/rt_str.c and values/rt_list.c. */
#include <string.h>

#include "rt_make.h"
#include "rt_heap.h"

/* ---- construction ---- */

/* A str object with room for nbytes (+ NUL); the caller fills data then calls rt_str_seal. */
RtStr *rt_str_alloc(PCtx *c, pi64 nbytes) {
    if (nbytes < 0 || rt_mem_check(c, (double)nbytes + sizeof(RtStr)) < 0) return NULL;
    RtStr *s = (RtStr *)rt_obj_new(c, RT_T_STR, sizeof(RtStr) + (size_t)nbytes + 1);
    if (!s) return NULL;
    s->nbytes = nbytes;
    return s;
}

PV rt_str_seal_known(RtStr *s, pi64 nchars) {
    s->data[s->nbytes] = 0;
    s->nchars = nchars;
    s->h.flags = nchars == s->nbytes ? RT_STR_ASCII : 0;
    return (PV)s;
}

PV rt_str_seal(RtStr *s) {
    pi64 n = 0;
    const unsigned char *p = (const unsigned char *)s->data;
    for (pi64 i = 0; i < s->nbytes; i++) n += (p[i] & 0xC0) != 0x80;
    return rt_str_seal_known(s, n);
}

/* The empty str and the 128 one-ASCII-character strs are made once per execution, on first use, and shared
 * (CPython shares them too: 'abc'[0] is 'a'): indexing, iterating and splitting text make many of them. The
 * context holds one reference to each, so they never die during the run (no code changes a str in place);
 * the end-of-run sweep frees them with everything else. They are the context's fixed overhead (at most 129
 * blocks of 64 bytes), outside the limits' counts, so whether a run made one first changes no count. */
PV rt_str_small(PCtx *c, const char *utf8, pi64 nbytes) {
    RtCtx *x = RT_CTX(c);
    size_t i = nbytes ? 1 + (unsigned char)utf8[0] : 0;
    PV s = x->small_strs[i];
    if (!s) {
        RtStr *r = (RtStr *)rt_obj_new_fixed(c, RT_T_STR, sizeof(RtStr) + 2);
        if (!r) return PV_NULL;
        r->nbytes = nbytes;
        if (nbytes) r->data[0] = utf8[0];
        s = x->small_strs[i] = rt_str_seal_known(r, nbytes);
    }
    pv_incref(s);
    return s;
}

PV rt_str_new(PCtx *c, const char *utf8, pi64 nbytes) {
    if (nbytes <= 1 && (nbytes == 0 || (unsigned char)utf8[0] < 0x80)) return rt_str_small(c, utf8, nbytes);
    RtStr *s = rt_str_alloc(c, nbytes);
    if (!s) return PV_NULL;
    if (nbytes) memcpy(s->data, utf8, (size_t)nbytes);
    return rt_str_seal(s);
}

/* Decimal digits of v at the end of buf[0..24): returns where they start. Two digits per division, from a
 * table, as CPython's and most C libraries' fast paths do: snprintf("%lld") costs about ten times more
 * (str(i), f"{i}" and print(i) all come here). */
static char *i64_digits(char *end, pi64 v) {
    static const char pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                "8081828384858687888990919293949596979899";
    pu64 u = v < 0 ? 0 - (pu64)v : (pu64)v; /* the magnitude, also of INT64_MIN */
    char *p = end;
    while (u >= 100) {
        unsigned k = (unsigned)(u % 100) * 2;
        u /= 100;
        *--p = pairs[k + 1];
        *--p = pairs[k];
    }
    if (u >= 10) {
        *--p = pairs[u * 2 + 1];
        *--p = pairs[u * 2];
    } else {
        *--p = (char)('0' + u);
    }
    if (v < 0) *--p = '-';
    return p;
}

PV rt_str_from_i64(PCtx *c, pi64 v) {
    char buf[24];
    char *p = i64_digits(buf + sizeof buf, v);
    pi64 n = (pi64)(buf + sizeof buf - p);
    if (n == 1) return rt_str_small(c, p, 1);
    RtStr *s = rt_str_alloc(c, n);
    if (!s) return PV_NULL;
    memcpy(s->data, p, (size_t)n);
    return rt_str_seal_known(s, n);
}

PV rt_str_cstr(PCtx *c, const char *s) { return rt_str_new(c, s, (pi64)strlen(s)); }

/* A program's str constant. One of one character is its own object, not the shared one, as in CPython 3.11
 * ('abc'[0] is 'a' is False there; '' is the shared empty str in both). */
PV rt_str_const(PCtx *c, const char *utf8, pi64 nbytes) {
    if (nbytes != 1) return rt_str_new(c, utf8, nbytes);
    RtStr *s = rt_str_alloc(c, 1);
    if (!s) return PV_NULL;
    s->data[0] = utf8[0];
    return rt_str_seal(s);
}

PV rt_str_from_parts(PCtx *c, const char *a, pi64 na, const char *b, pi64 nb) {
    RtStr *s = rt_str_alloc(c, na + nb);
    if (!s) return PV_NULL;
    if (na) memcpy(s->data, a, (size_t)na);
    if (nb) memcpy(s->data + na, b, (size_t)nb);
    return rt_str_seal(s);
}

/* ---- string building: PithBufs on the execution's allocator ---- */

static void *heap_resize(void *c, void *p, size_t old_n, size_t new_n) { return rt_realloc(c, p, old_n, new_n); }
static void heap_release(void *c, void *p, size_t n) { rt_free(c, p, n); }
static const PithAllocator rt_heap = {heap_resize, heap_release};

PithBuf rt_buf_new(PCtx *c) {
    PithBuf b;
    pith_buf_init(&b, &rt_heap, c, 0);
    return b;
}

int rt_buf_put_str(PithBuf *b, PV str) { return pith_buf_put(b, ((RtStr *)str)->data, (size_t)((RtStr *)str)->nbytes); }

int rt_buf_put_repr(PithBuf *b, PV v) {
    PCtx *c = b->alloc_ctx;
    PV r = rt_repr(c, v);
    if (!r) return -1;
    int rc = rt_buf_put_str(b, r);
    pv_decref(c, r);
    return rc;
}

PV rt_buf_finish(PithBuf *b) {
    PV r = b->failed ? PV_NULL : rt_str_new(b->alloc_ctx, b->p ? b->p : "", (pi64)b->len);
    pith_buf_free(b);
    return r;
}

/* ---- tuples ---- */

PV rt_tuple_new(PCtx *c, pi64 n) {
    if (n < 0 || rt_mem_check(c, (double)n * sizeof(PV)) < 0) return PV_NULL;
    RtTuple *t = (RtTuple *)rt_obj_new(c, RT_T_TUPLE, sizeof(RtTuple) + (size_t)n * sizeof(PV));
    if (!t) return PV_NULL;
    t->n = n;
    return (PV)t;
}

PV rt_tuple_from_steal(PCtx *c, PV *items, pi64 n) {
    PV t = rt_tuple_new(c, n);
    if (!t) {
        for (pi64 i = 0; i < n; i++) pv_xdecref(c, items[i]);
        return PV_NULL;
    }
    if (n) memcpy(((RtTuple *)t)->items, items, (size_t)n * sizeof(PV));
    return t;
}
