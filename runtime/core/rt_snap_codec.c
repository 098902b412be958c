/* rt_snap_codec.c — the snapshot writer and reader that every type's codec uses (rt_snap_codec.h): payload
 * primitives (bytes, varints, floats), refs (numbering objects on write, placeholders on read), function ids,
 * and the corruption flag. Stage: runtime core, so a value's codec depends downward; runtime/snap/ drives the
 * walk (which objects, in which order, the header, the roots, the checks after loading: rt_snap.h).
 * Readers never fail loudly: a bad read sets the corrupt flag and returns 0/NULL. */
#include <stdlib.h>
#include <string.h>

#include "rt_snap_codec.h"

/* A placeholder for object i while the records are read: a tag no PV uses; rt_snap_resolve swaps it. */
#define PLACE_TAG 4ull
#define IS_PLACE(v) (((v)&7ull) == PLACE_TAG)
#define PLACE(i) ((((PV)(i)) << 3) | PLACE_TAG)
#define PLACE_INDEX(v) ((size_t)((v) >> 3))

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

static long map_get(const RtSnapMap *m, const void *k) {
    if (!m->cap) return -1;
    for (size_t i = ptr_hash(k) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (!m->keys[i]) return -1;
        if (m->keys[i] == k) return (long)m->vals[i];
    }
}

/* Insert k -> v (k absent). 0 ok, -1 OOM. */
static int map_put(RtSnapMap *m, const void *k, uint32_t v) {
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

static void map_free(RtSnapMap *m) {
    free(m->keys);
    free(m->vals);
}

int rt_snap_enc_const(RtSnapEnc *e, PV k, uint32_t i) {
    if (!k || !PV_IS_OBJ(k) || map_get(&e->consts, (const void *)k) >= 0) return 0;
    if (map_put(&e->consts, (const void *)k, i) == 0) return 0;
    e->err = PITH_SNAP_NOMEM;
    return -1;
}

void rt_snap_enc_free(RtSnapEnc *e) {
    free(e->queue);
    map_free(&e->objs);
    map_free(&e->consts);
}

/* ---- refs ---- */

/* Writes a ref to v, numbering a newly found object (it is encoded later, in queue order). */
static void put_ref(RtSnapEnc *e, PithBuf *o, PV v) {
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

/* ---- the writer ---- */

void rt_snap_put_u8(RtSnapW *w, unsigned v) { put_u8(w->out, v); }
void rt_snap_put_uv(RtSnapW *w, uint64_t v) { put_uv(w->out, v); }
void rt_snap_put_sv(RtSnapW *w, int64_t v) { put_sv(w->out, v); }
void rt_snap_put_fixed(RtSnapW *w, uint64_t v, int nbytes) { put_fixed(w->out, v, nbytes); }
void rt_snap_put_u64(RtSnapW *w, uint64_t v) { put_fixed(w->out, v, 8); }
void rt_snap_put_f64(RtSnapW *w, double d) { put_f64(w->out, d); }
void rt_snap_put_bytes(RtSnapW *w, const void *p, size_t n) { put_str(w->out, p, n); }
void rt_snap_put_link(RtSnapW *w, PV v) { put_ref(w->e, w->out, v); }
void rt_snap_w_nomem(RtSnapW *w) { w->e->err = PITH_SNAP_NOMEM; }
void rt_snap_w_unsupported(RtSnapW *w) {
    if (!w->e->err) w->e->err = PITH_SNAP_UNSUPPORTED;
}

int64_t rt_snap_fn_id(RtSnapW *w, const PFuncDesc *fn) {
    const PProgDesc *d = w->e->prog;
    if (fn && w->e->natives && fn >= w->e->natives && fn < w->e->natives + w->e->nnatives)
        return (int64_t)d->nfuncs + (fn - w->e->natives);
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

/* ---- the reader ---- */

const unsigned char *rt_snap_get_raw(RtSnapR *r, size_t n) {
    if (r->bad || n > r->n - r->pos) {
        r->bad = 1;
        return NULL;
    }
    const unsigned char *p = r->p + r->pos;
    r->pos += n;
    return p;
}

unsigned rt_snap_get_u8(RtSnapR *r) {
    const unsigned char *p = rt_snap_get_raw(r, 1);
    return p ? *p : 0;
}

uint64_t rt_snap_get_fixed(RtSnapR *r, int nbytes) {
    const unsigned char *p = rt_snap_get_raw(r, (size_t)nbytes);
    uint64_t v = 0;
    for (int i = 0; p && i < nbytes; i++) v |= (uint64_t)p[i] << (8 * i);
    return v;
}

uint64_t rt_snap_get_u64(RtSnapR *r) { return rt_snap_get_fixed(r, 8); }

uint64_t rt_snap_get_uv(RtSnapR *r) {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        unsigned b = rt_snap_get_u8(r);
        if (r->bad) return 0;
        if (shift == 63 && b > 1) break;
        v |= (uint64_t)(b & 0x7F) << shift;
        if (!(b & 0x80)) return v;
    }
    r->bad = 1;
    return 0;
}

int64_t rt_snap_get_sv(RtSnapR *r) {
    uint64_t u = rt_snap_get_uv(r);
    return (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
}

/* A count of items that each take at least min_bytes: bounded by what is left, so allocation is safe. */
size_t rt_snap_get_count(RtSnapR *r, size_t min_bytes) {
    uint64_t n = rt_snap_get_uv(r);
    if (r->bad || n > (r->n - r->pos) / (min_bytes ? min_bytes : 1)) {
        r->bad = 1;
        return 0;
    }
    return (size_t)n;
}

const unsigned char *rt_snap_get_bytes(RtSnapR *r, size_t *len) {
    *len = rt_snap_get_count(r, 1);
    return rt_snap_get_raw(r, *len);
}

double rt_snap_get_f64(RtSnapR *r) {
    uint64_t u = rt_snap_get_fixed(r, 8);
    double d;
    memcpy(&d, &u, 8);
    return d;
}

int rt_snap_get_int(RtSnapR *r, int64_t lo, int64_t hi) {
    int64_t v = rt_snap_get_sv(r);
    if (v < lo || v > hi) {
        r->bad = 1;
        return 0;
    }
    return (int)v;
}

/* A ref: immediates inline, constants resolved now (new reference), objects as placeholders. */
PV rt_snap_get_link(RtSnapR *r) {
    unsigned kind = rt_snap_get_u8(r);
    if (r->bad) return PV_NULL;
    switch (kind) {
    case SNAP_R_NULL: return PV_NULL;
    case SNAP_R_NONE: return PV_NONE;
    case SNAP_R_FALSE: return PV_FALSE;
    case SNAP_R_TRUE: return PV_TRUE;
    case SNAP_R_INT: {
        int64_t v = rt_snap_get_sv(r);
        if (v >= PV_SMALL_MIN && v <= PV_SMALL_MAX) return PV_INT(v);
        break;
    }
    case SNAP_R_OBJ: {
        uint64_t i = rt_snap_get_uv(r);
        if (!r->bad && i < r->nobj) return PLACE(i);
        break;
    }
    case SNAP_R_CONST: {
        uint64_t i = rt_snap_get_uv(r);
        if (!r->bad && i < (uint64_t)r->prog->nconsts && r->c->k[i]) {
            pv_incref(r->c->k[i]);
            return r->c->k[i];
        }
        break;
    }
    default: break;
    }
    r->bad = 1;
    return PV_NULL;
}

PV rt_snap_resolve(RtSnapR *r, PV link) { return IS_PLACE(link) ? r->objs[PLACE_INDEX(link)] : link; }

PCtx *rt_snap_ctx(RtSnapR *r) { return r->c; }
int rt_snap_nfuncs(RtSnapR *r) { return r->prog->nfuncs; }
int rt_snap_next(RtSnapR *r) { return r->prog->next; }
void rt_snap_corrupt(RtSnapR *r) { r->bad = 1; }
int rt_snap_r_bad(RtSnapR *r) { return r->bad; }
unsigned rt_snap_tag(RtSnapR *r) { return r->tag; }

const PFuncDesc *rt_snap_fn_at(RtSnapR *r, int64_t id) {
    return id >= 0 && id < r->prog->nfuncs ? r->prog->funcs[id] : NULL;
}

const PFuncDesc *rt_snap_get_fn(RtSnapR *r) {
    uint64_t id = rt_snap_get_uv(r);
    uint64_t nfuncs = (uint64_t)r->prog->nfuncs;
    if (!r->bad && id >= nfuncs && id - nfuncs < (uint64_t)r->nnatives) return &r->natives[id - nfuncs];
    if (r->bad || id >= nfuncs || !r->prog->funcs[id]) {
        r->bad = 1;
        return NULL;
    }
    return r->prog->funcs[id];
}
