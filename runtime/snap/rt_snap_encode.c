/* rt_snap_encode.c — rt_snap_dump: a WAITING execution as snapshot bytes (format: rt_snap.h).
 * Stage: runtime. Objects are numbered in discovery order (a queue, never recursion, so deep nesting is
 * fine); a pointer map gives each object one index, so sharing and cycles survive. The execution is only
 * read. An object type the codec does not know fails the dump (PITH_SNAP_UNSUPPORTED), never a bad snapshot. */
#include <stdlib.h>
#include <string.h>

#include <nettle/hmac.h>
#include <xxhash.h>

#include "rt_snap.h"
#include "rt_values.h"

/* Pointer -> object index (open addressing, power-of-two capacity, at most half full). */
typedef struct SnapMap {
    const void **keys; /* NULL = empty slot */
    uint32_t *vals;    /* the object index of keys[i] */
    size_t cap, n;
} SnapMap;

/* The encoder: the table of objects found so far and the constants to refer to by index. */
typedef struct Enc {
    const PithExec *x;
    SnapMap objs;   /* object -> index in queue */
    SnapMap consts; /* ctx->pub.k object -> constant index */
    PObj **queue;   /* objects in index order */
    size_t nq, capq;
    int err; /* first PithSnapError */
} Enc;

uint64_t rt_snap_sum(const unsigned char *data, size_t n) { return (uint64_t)XXH3_64bits(data, n); }

void rt_snap_mac(const unsigned char *key, size_t keylen, const unsigned char *data, size_t n, unsigned char out[32]) {
    struct hmac_sha256_ctx h;
    hmac_sha256_set_key(&h, keylen, key);
    hmac_sha256_update(&h, n, data);
    hmac_sha256_digest(&h, 32, out);
}

/* ---- output primitives: into malloc'd PithBufs (a failed one means PITH_SNAP_NOMEM) ---- */

static void put_u8(PithBuf *o, unsigned v) {
    unsigned char b = (unsigned char)v;
    pith_buf_put(o, &b, 1);
}

static void put_fixed(PithBuf *o, uint64_t v, int nbytes) {
    unsigned char b[8];
    for (int i = 0; i < nbytes; i++) b[i] = (unsigned char)(v >> (8 * i));
    pith_buf_put(o, b, (size_t)nbytes);
}

static void put_uv(PithBuf *o, uint64_t v) {
    unsigned char b[10];
    int n = 0;
    do {
        b[n] = (unsigned char)(v & 0x7F);
        v >>= 7;
        if (v) b[n] |= 0x80;
        n++;
    } while (v);
    pith_buf_put(o, b, (size_t)n);
}

static void put_sv(PithBuf *o, int64_t v) { put_uv(o, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63)); }

static void put_str(PithBuf *o, const void *p, size_t n) {
    put_uv(o, n);
    pith_buf_put(o, p, n);
}

static void put_f64(PithBuf *o, double d) {
    uint64_t u;
    memcpy(&u, &d, 8);
    put_fixed(o, u, 8);
}

/* ---- the pointer map ---- */

static size_t ptr_hash(const void *p) {
    uint64_t h = (uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 17);
}

static long map_get(const SnapMap *m, const void *k) {
    if (!m->cap) return -1;
    for (size_t i = ptr_hash(k) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (!m->keys[i]) return -1;
        if (m->keys[i] == k) return (long)m->vals[i];
    }
}

/* Insert k -> v (k absent). 0 ok, -1 OOM. */
static int map_put(SnapMap *m, const void *k, uint32_t v) {
    if ((m->n + 1) * 2 > m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 64;
        const void **keys = calloc(cap, sizeof *keys);
        uint32_t *vals = calloc(cap, sizeof *vals);
        if (!keys || !vals) {
            free(keys);
            free(vals);
            return -1;
        }
        for (size_t i = 0; i < m->cap; i++) {
            if (!m->keys[i]) continue;
            size_t j = ptr_hash(m->keys[i]) & (cap - 1);
            while (keys[j]) j = (j + 1) & (cap - 1);
            keys[j] = m->keys[i];
            vals[j] = m->vals[i];
        }
        free(m->keys);
        free(m->vals);
        m->keys = keys;
        m->vals = vals;
        m->cap = cap;
    }
    size_t j = ptr_hash(k) & (m->cap - 1);
    while (m->keys[j]) j = (j + 1) & (m->cap - 1);
    m->keys[j] = k;
    m->vals[j] = v;
    m->n++;
    return 0;
}

static void map_free(SnapMap *m) {
    free(m->keys);
    free(m->vals);
}

/* ---- refs ---- */

/* Writes a ref to v, numbering a newly found object (it is encoded later, in queue order). */
static void put_ref(Enc *e, PithBuf *o, PV v) {
    if (v == PV_NULL) {
        put_u8(o, SNAP_R_NULL);
        return;
    }
    if (v == PV_NONE) {
        put_u8(o, SNAP_R_NONE);
        return;
    }
    if (v == PV_FALSE) {
        put_u8(o, SNAP_R_FALSE);
        return;
    }
    if (v == PV_TRUE) {
        put_u8(o, SNAP_R_TRUE);
        return;
    }
    if (PV_IS_INT(v)) {
        put_u8(o, SNAP_R_INT);
        put_sv(o, PV_IVAL(v));
        return;
    }
    if (!PV_IS_OBJ(v)) {
        e->err = PITH_SNAP_UNSUPPORTED;
        return;
    }
    long k = map_get(&e->consts, (const void *)v);
    if (k >= 0) {
        put_u8(o, SNAP_R_CONST);
        put_uv(o, (uint64_t)k);
        return;
    }
    long i = map_get(&e->objs, (const void *)v);
    if (i < 0) {
        if (e->nq >= UINT32_MAX) {
            e->err = PITH_SNAP_UNSUPPORTED;
            return;
        }
        if (e->nq == e->capq) {
            size_t cap = e->capq ? e->capq * 2 : 64;
            PObj **q = realloc(e->queue, cap * sizeof *q);
            if (!q) {
                e->err = PITH_SNAP_NOMEM;
                return;
            }
            e->queue = q;
            e->capq = cap;
        }
        if (map_put(&e->objs, (const void *)v, (uint32_t)e->nq) < 0) {
            e->err = PITH_SNAP_NOMEM;
            return;
        }
        i = (long)e->nq;
        e->queue[e->nq++] = RT_OBJ(v);
    }
    put_u8(o, SNAP_R_OBJ);
    put_uv(o, (uint64_t)i);
}

/* ---- the writer a type's codec sees (rt_snap_codec.h) ---- */

struct RtSnapW {
    Enc *e;
    PithBuf *out;
};

void rt_snap_put_u8(RtSnapW *w, unsigned v) { put_u8(w->out, v); }
void rt_snap_put_uv(RtSnapW *w, uint64_t v) { put_uv(w->out, v); }
void rt_snap_put_sv(RtSnapW *w, int64_t v) { put_sv(w->out, v); }
void rt_snap_put_u64(RtSnapW *w, uint64_t v) { put_fixed(w->out, v, 8); }
void rt_snap_put_f64(RtSnapW *w, double d) { put_f64(w->out, d); }
void rt_snap_put_bytes(RtSnapW *w, const void *p, size_t n) { put_str(w->out, p, n); }
void rt_snap_put_link(RtSnapW *w, PV v) { put_ref(w->e, w->out, v); }
void rt_snap_w_nomem(RtSnapW *w) { w->e->err = PITH_SNAP_NOMEM; }

int64_t rt_snap_fn_id(RtSnapW *w, const PFuncDesc *fn) {
    const PProgDesc *d = w->e->x->prog->desc;
    int native = rt_native_index(fn); /* the runtime's own frames are numbered after the program's */
    if (native >= 0) return (int64_t)d->nfuncs + native;
    if (!fn || fn->id < 0 || fn->id >= d->nfuncs || d->funcs[fn->id] != fn) return -1;
    return fn->id;
}

void rt_snap_put_fn(RtSnapW *w, const PFuncDesc *fn) {
    int64_t id = rt_snap_fn_id(w, fn);
    if (id < 0) {
        w->e->err = PITH_SNAP_UNSUPPORTED;
        return;
    }
    put_uv(w->out, (uint64_t)id);
}

/* ---- one object record: tag, the type's payload, a ref per traverse slot ---- */

static void put_slot(PV *slot, void *arg) { rt_snap_put_link(arg, *slot); }

static void put_object(Enc *e, PithBuf *out, PObj *o) {
    const RtTypeDesc *t = rt_type_desc(o);
    if (!t->snap_tag) {
        e->err = PITH_SNAP_UNSUPPORTED;
        return;
    }
    RtSnapW w = {e, out};
    put_u8(out, t->snap_tag);
    if (t->snap_put) t->snap_put(&w, o);
    if (t->traverse) t->traverse(o, put_slot, &w);
}

/* ---- the whole snapshot ---- */

PithSnapError rt_snap_dump(const PithExec *x, const RtSnapProgram *p, const unsigned char *key, size_t keylen,
                           unsigned char **out, size_t *len) {
    *out = NULL;
    *len = 0;
    if (x->status != PITH_WAITING || !x->heap_live || !x->ctx.top) return PITH_SNAP_NOT_WAITING;
    const RtCtx *c = &x->ctx;
    const PProgDesc *d = x->prog->desc;

    Enc e = {.x = x};
    PithBuf head = {0}, objs = {0}, roots = {0};
    for (int i = 0; i < d->nconsts && !e.err; i++) {
        PV k = c->pub.k[i];
        if (k && PV_IS_OBJ(k) && map_get(&e.consts, (const void *)k) < 0 &&
            map_put(&e.consts, (const void *)k, (uint32_t)i) < 0)
            e.err = PITH_SNAP_NOMEM;
    }
    /* roots first: they number the objects the records then walk */
    put_uv(&roots, (uint64_t)d->nglobals);
    for (int i = 0; i < d->nglobals; i++) put_ref(&e, &roots, c->pub.g[i]);
    put_ref(&e, &roots, (PV)c->top);
    put_sv(&roots, c->pending_ext);
    put_ref(&e, &roots, c->pending_args);
    put_ref(&e, &roots, c->pending_kwargs);
    put_ref(&e, &roots, c->handling);
    for (size_t i = 0; i < e.nq && !e.err && !objs.failed; i++) put_object(&e, &objs, e.queue[i]);

    /* header, program and state */
    pith_buf_put(&head, RT_SNAP_MAGIC, 8);
    put_fixed(&head, RT_SNAP_FORMAT, 4);
    put_fixed(&head, PITH_ABI_VERSION, 4);
    put_fixed(&head, key ? RT_SNAP_FLAG_MAC : 0, 4);
    put_fixed(&head, 0, 8); /* total length, patched below */
    pith_buf_put(&head, p->id, 16);
    put_str(&head, p->source, p->source_len);
    put_u8(&head, p->filename != NULL);
    put_str(&head, p->filename ? p->filename : "", p->filename ? strlen(p->filename) : 0);
    put_uv(&head, p->ninputs);
    for (size_t i = 0; i < p->ninputs; i++) put_str(&head, p->inputs[i], strlen(p->inputs[i]));
    put_uv(&head, p->nexternals);
    for (size_t i = 0; i < p->nexternals; i++) put_str(&head, p->externals[i], strlen(p->externals[i]));
    put_fixed(&head, c->hash_seed, 8);
    put_f64(&head, x->remaining);
    put_f64(&head, c->max_seconds);
    put_uv(&head, c->nallocs);
    put_str(&head, c->out.p, c->out.len);
    put_uv(&head, e.nq);
    pith_buf_put(&head, objs.p, objs.len);
    pith_buf_put(&head, roots.p, roots.len);

    int err = e.err ? e.err : head.failed || objs.failed || roots.failed ? PITH_SNAP_NOMEM : 0;
    if (!err) {
        unsigned char *bytes = (unsigned char *)head.p;
        size_t total = head.len + RT_SNAP_SUM + (key ? RT_SNAP_MAC : 0);
        for (int i = 0; i < 8; i++) bytes[20 + i] = (unsigned char)((uint64_t)total >> (8 * i));
        put_fixed(&head, rt_snap_sum(bytes, head.len), 8);
        if (key) {
            unsigned char mac[32];
            rt_snap_mac(key, keylen, (unsigned char *)head.p, head.len, mac);
            pith_buf_put(&head, mac, 32);
        }
        err = head.failed ? PITH_SNAP_NOMEM : 0;
    }
    pith_buf_free(&objs);
    pith_buf_free(&roots);
    free(e.queue);
    map_free(&e.objs);
    map_free(&e.consts);
    if (err) {
        pith_buf_free(&head);
        return (PithSnapError)err;
    }
    *out = (unsigned char *)pith_buf_take(&head, len);
    return PITH_SNAP_OK;
}
