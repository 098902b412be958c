/* rt_host.c — values crossing the host boundary: execution-heap values to the public PithValue tree
 * (malloc'd, owned by the host) and back (new references on the execution heap).
 * Stage: runtime, host side. Invariants: include/pith.h (PithValue; every payload NUL-terminated, as
 * api/pith_value.c makes them, so pith_value_free releases our trees); a value the tree cannot hold
 * becomes PITH_OTHER with its repr, and a container met again inside itself becomes "[...]"/"{...}"/"(...)". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_class.h"
#include "rt_svc.h"
#include "rt_values.h"

#define HOST_MAX_DEPTH 1000 /* nesting depth converted in either direction */

/* ---------------------------------------------------------------- heap -> host
 * The walk is here; what each type becomes is its descriptor's to_host hook (rt_type.h), next to the type. */

static PithValue *hv_new(PithKind kind) {
    PithValue *v = calloc(1, sizeof *v);
    if (v) v->kind = kind;
    return v;
}

/* A node holding a NUL-terminated copy of data[0..n) (str, bytes, other, big int text). */
static PithValue *hv_text(PithKind kind, const char *data, size_t n) {
    PithValue *v = hv_new(kind);
    if (!v) return NULL;
    char *p = malloc(n + 1);
    if (!p) {
        free(v);
        return NULL;
    }
    if (n) memcpy(p, data, n);
    p[n] = 0;
    if (kind == PITH_BIGINT) {
        v->u.bigint = p;
    } else {
        v->u.s.data = p;
        v->u.s.len = n;
    }
    return v;
}

PithValue *rt_host_node(PCtx *c, PithKind kind) {
    PithValue *h = hv_new(kind);
    if (!h) rt_err_nomem(c);
    return h;
}

PithValue *rt_host_text(PCtx *c, PithKind kind, const char *data, size_t n) {
    PithValue *h = hv_text(kind, data, n);
    if (!h) rt_err_nomem(c);
    return h;
}

/* The containers being converted, outermost first, to spot a container inside itself. */
struct RtHostPath {
    PV items[HOST_MAX_DEPTH]; /* containers on the current path */
    int n;                    /* how many */
};

int rt_host_enter(PCtx *c, RtHostPath *path, PV v, const char *again, PithValue **out) {
    *out = NULL;
    for (int i = 0; i < path->n; i++)
        if (path->items[i] == v) {
            *out = rt_host_text(c, PITH_OTHER, again, strlen(again));
            return 0;
        }
    if (path->n >= HOST_MAX_DEPTH || pv_stack_low(c)) { /* the walk recurses on the C stack: a small one too */
        rt_err(c, PITH_B_RECURSIONERROR, "maximum recursion depth exceeded while converting a value for the host");
        return 0;
    }
    if (rt_svc_tick(c) < 0) return 0;
    path->items[path->n++] = v;
    return 1;
}

void rt_host_leave(RtHostPath *path) { path->n--; }

/* The repr of v as a PITH_OTHER node; NULL + exception on failure. */
static PithValue *other(PCtx *c, PV v) {
    PV r = rt_repr(c, v);
    if (!r) return NULL;
    PithValue *h = rt_host_text(c, PITH_OTHER, rt_sdata(r), (size_t)rt_slen(r));
    pv_decref(c, r);
    return h;
}

PithValue *rt_host_items(PCtx *c, PithKind kind, PV *items, pi64 n, RtHostPath *path) {
    PithValue *h = hv_new(kind);
    if (!h || (n > 0 && !(h->u.seq.items = calloc((size_t)n, sizeof(PithValue *))))) {
        free(h);
        rt_err_nomem(c);
        return NULL;
    }
    for (pi64 i = 0; i < n; i++) {
        PithValue *x = rt_host_value(c, items[i], path);
        if (!x) {
            pith_value_free(h);
            return NULL;
        }
        h->u.seq.items[h->u.seq.n++] = x;
    }
    return h;
}

PithValue *rt_host_value(PCtx *c, PV v, RtHostPath *path) {
    if (!v) {
        rt_err(c, PITH_B_RUNTIMEERROR, "internal error: no value to convert for the host");
        return NULL;
    }
    PithValue *h;
    if (v == PV_NONE) return rt_host_node(c, PITH_NONE);
    if (PV_IS_BOOL(v)) {
        if ((h = rt_host_node(c, PITH_BOOL))) h->u.b = v == PV_TRUE;
        return h;
    }
    if (PV_IS_INT(v)) {
        if ((h = rt_host_node(c, PITH_INT))) h->u.i = PV_IVAL(v);
        return h;
    }
    if (!PV_IS_OBJ(v)) return other(c, v);
    if (rt_instance_value(v)) return rt_host_value(c, rt_instance_value(v), path); /* a namedtuple: its tuple */
    const RtTypeDesc *t = rt_type_desc(RT_OBJ(v));
    return t->to_host ? t->to_host(c, v, path) : other(c, v);
}

PithValue *rt_to_host(PCtx *c, PV v) {
    RtHostPath *path = malloc(sizeof *path);
    if (!path) {
        rt_err_nomem(c);
        return NULL;
    }
    path->n = 0;
    PithValue *h = rt_host_value(c, v, path);
    free(path);
    return h;
}

/* ---------------------------------------------------------------- host -> heap */

/* Strict UTF-8 (no overlongs, surrogates or code points past U+10FFFF). */
static int utf8_valid(const unsigned char *s, size_t n) {
    for (size_t i = 0; i < n;) {
        unsigned ch = s[i];
        int need = ch < 0x80                  ? 0
                   : ch >= 0xC2 && ch <= 0xDF ? 1
                   : ch >= 0xE0 && ch <= 0xEF ? 2
                   : ch >= 0xF0 && ch <= 0xF4 ? 3
                                              : -1;
        if (need < 0 || i + (size_t)need >= n) return 0;
        for (int k = 1; k <= need; k++) {
            unsigned cc = s[i + k];
            unsigned lo = 0x80, hi = 0xBF;
            if (k == 1 && ch == 0xE0) lo = 0xA0;
            if (k == 1 && ch == 0xED) hi = 0x9F;
            if (k == 1 && ch == 0xF0) lo = 0x90;
            if (k == 1 && ch == 0xF4) hi = 0x8F;
            if (cc < lo || cc > hi) return 0;
        }
        i += (size_t)need + 1;
    }
    return 1;
}

static PV from_host(PCtx *c, const PithValue *h, int depth);

static PV seq_from_host(PCtx *c, const PithValue *h, int depth) {
    size_t n = h->u.seq.n;
    if (n > 0 && !h->u.seq.items) {
        rt_err(c, PITH_B_VALUEERROR, "invalid host value: a sequence without items");
        return PV_NULL;
    }
    PV l = rt_list_new(c, (pi64)n);
    if (!l) return PV_NULL;
    for (size_t i = 0; i < n; i++) {
        PV x = from_host(c, h->u.seq.items[i], depth + 1);
        if (!x || rt_list_append(c, l, x) < 0) {
            pv_xdecref(c, x);
            pv_decref(c, l);
            return PV_NULL;
        }
        pv_decref(c, x);
    }
    if (h->kind == PITH_LIST) return l;
    RtList *L = (RtList *)l;
    PV *items = L->items;
    pi64 m = L->n;
    for (pi64 i = 0; i < m; i++) pv_incref(items[i]);
    PV t = rt_tuple_from_steal(c, items, m);
    pv_decref(c, l);
    return t;
}

static PV dict_from_host(PCtx *c, const PithValue *h, int depth) {
    size_t n = h->u.dict.n;
    if (n > 0 && (!h->u.dict.keys || !h->u.dict.values)) {
        rt_err(c, PITH_B_VALUEERROR, "invalid host value: a dict without keys or values");
        return PV_NULL;
    }
    PV d = rt_dict_new(c);
    if (!d) return PV_NULL;
    for (size_t i = 0; i < n; i++) {
        PV k = from_host(c, h->u.dict.keys[i], depth + 1);
        PV v = k ? from_host(c, h->u.dict.values[i], depth + 1) : PV_NULL;
        int bad = !v || rt_dict_set(c, d, k, v) < 0;
        pv_xdecref(c, k);
        pv_xdecref(c, v);
        if (bad) {
            pv_decref(c, d);
            return PV_NULL;
        }
    }
    return d;
}

/* A big int from decimal text "[-]digits". */
static PV bigint_from_host(PCtx *c, const char *txt) {
    const char *p = txt;
    if (*p == '-' || *p == '+') p++;
    size_t nd = strlen(p);
    int ok = nd > 0;
    for (size_t i = 0; i < nd && ok; i++) ok = p[i] >= '0' && p[i] <= '9';
    if (!ok) {
        rt_err(c, PITH_B_VALUEERROR, "invalid host value: bad big int text");
        return PV_NULL;
    }
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, p, 10);
    if (*txt == '-') mpz_neg(z, z);
    PV r = rt_big_from_mpz(c, z);
    mpz_clear(z);
    return r;
}

static PV from_host(PCtx *c, const PithValue *h, int depth) {
    if (!h) {
        rt_err(c, PITH_B_VALUEERROR, "invalid host value: NULL");
        return PV_NULL;
    }
    if (depth > HOST_MAX_DEPTH) {
        rt_err(c, PITH_B_RECURSIONERROR, "maximum recursion depth exceeded while converting a host value");
        return PV_NULL;
    }
    switch (h->kind) {
    case PITH_NONE: return PV_NONE;
    case PITH_BOOL: return PV_BOOL(h->u.b);
    case PITH_INT: return rt_int_from_i64(c, h->u.i);
    case PITH_BIGINT:
        if (!h->u.bigint) {
            rt_err(c, PITH_B_VALUEERROR, "invalid host value: big int without text");
            return PV_NULL;
        }
        return bigint_from_host(c, h->u.bigint);
    case PITH_FLOAT: return rt_float_new(c, h->u.f);
    case PITH_STR:
        if (h->u.s.len && !h->u.s.data) {
            rt_err(c, PITH_B_VALUEERROR, "invalid host value: str without data");
            return PV_NULL;
        }
        if (!utf8_valid((const unsigned char *)h->u.s.data, h->u.s.len)) {
            rt_err(c, PITH_B_UNICODEERROR, "host string is not valid UTF-8");
            return PV_NULL;
        }
        return rt_str_new(c, h->u.s.len ? h->u.s.data : "", (pi64)h->u.s.len);
    case PITH_BYTES:
        if (h->u.s.len && !h->u.s.data) {
            rt_err(c, PITH_B_VALUEERROR, "invalid host value: bytes without data");
            return PV_NULL;
        }
        return rt_bytes_const(c, h->u.s.len ? h->u.s.data : "", (pi64)h->u.s.len);
    case PITH_LIST:
    case PITH_TUPLE:
        if (rt_svc_tick(c) < 0) return PV_NULL;
        return seq_from_host(c, h, depth);
    case PITH_DICT:
        if (rt_svc_tick(c) < 0) return PV_NULL;
        return dict_from_host(c, h, depth);
    case PITH_SET: rt_err(c, PITH_B_TYPEERROR, "host values of type set are not supported"); return PV_NULL;
    default:
        rt_err(c, PITH_B_TYPEERROR, "this host value cannot enter the program (kind %d)", (int)h->kind);
        return PV_NULL;
    }
}

PV rt_from_host(PCtx *c, const PithValue *v) { return from_host(c, v, 0); }
