/* rt_snap_decode.c — rt_snap_open / rt_snap_load_state: snapshot bytes (format: rt_snap.h) back into a WAITING
 * execution, in two steps around the engine layer compiling the snapshot's program again (api/api_snapshot.c).
 * Stage: runtime. Length, versions, checksum and MAC are verified before anything is decoded. Each object is
 * made by its type's codec (RtTypeDesc.snap_make) and its traverse slots read as refs, objects as
 * placeholders (PLACE: index << 3 | 4, a tag no PV uses); a second pass resolves every slot through traverse
 * (so cycles work), then each type checks what the runtime relies on (snap_check), then dicts rebuild their
 * hash index (snap_finish: every key is complete and checked by then). Any failure frees the whole new
 * execution (its allocator sweep releases every object made so far). */
#include <stdlib.h>
#include <string.h>

#include "rt_snap.h"
#include "rt_values.h"

#define IS(v, t) ((v) != PV_NULL && RT_IS(v, t)) /* RT_IS for values that may be PV_NULL */
#define PLACE_TAG 4ull
#define IS_PLACE(v) (((v)&7ull) == PLACE_TAG)
#define PLACE(i) ((((PV)(i)) << 3) | PLACE_TAG)
#define PLACE_INDEX(v) ((size_t)((v) >> 3))

/* A bounds-checked reader over the snapshot body. */
typedef struct Rd {
    const unsigned char *p; /* the bytes */
    size_t n, pos;          /* length of the readable part, next byte */
    int bad;                /* set by any failed read (the snapshot is corrupt) */
} Rd;

/* The decoder's state: the new execution and the object table. It is the reader a type's codec sees. */
struct RtSnapR {
    PithExec *x;
    PCtx *c;
    Rd r;
    size_t nobj;
    PV *objs; /* object i (one reference held by the table) */
    int err;  /* PithSnapError */
};
typedef RtSnapR Dec;

/* ---- reading ---- */

static const unsigned char *take(Rd *r, size_t n) {
    if (r->bad || n > r->n - r->pos) {
        r->bad = 1;
        return NULL;
    }
    const unsigned char *p = r->p + r->pos;
    r->pos += n;
    return p;
}

static unsigned get_u8(Rd *r) {
    const unsigned char *p = take(r, 1);
    return p ? *p : 0;
}

static uint64_t get_fixed(Rd *r, int nbytes) {
    const unsigned char *p = take(r, (size_t)nbytes);
    uint64_t v = 0;
    for (int i = 0; p && i < nbytes; i++) v |= (uint64_t)p[i] << (8 * i);
    return v;
}

static uint64_t get_uv(Rd *r) {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        unsigned b = get_u8(r);
        if (r->bad) return 0;
        if (shift == 63 && b > 1) break;
        v |= (uint64_t)(b & 0x7F) << shift;
        if (!(b & 0x80)) return v;
    }
    r->bad = 1;
    return 0;
}

static int64_t get_sv(Rd *r) {
    uint64_t u = get_uv(r);
    return (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
}

/* A count of items that each take at least min_bytes: bounded by what is left, so allocation is safe. */
static size_t get_count(Rd *r, size_t min_bytes) {
    uint64_t n = get_uv(r);
    if (r->bad || n > (r->n - r->pos) / (min_bytes ? min_bytes : 1)) {
        r->bad = 1;
        return 0;
    }
    return (size_t)n;
}

static const unsigned char *get_str(Rd *r, size_t *len) {
    *len = get_count(r, 1);
    return take(r, *len);
}

static double get_f64(Rd *r) {
    uint64_t u = get_fixed(r, 8);
    double d;
    memcpy(&d, &u, 8);
    return d;
}

static int get_int(Rd *r, int64_t lo, int64_t hi) {
    int64_t v = get_sv(r);
    if (v < lo || v > hi) {
        r->bad = 1;
        return 0;
    }
    return (int)v;
}

/* A ref: immediates inline, constants resolved now (new reference), objects as placeholders. */
static PV get_ref(Dec *d) {
    Rd *r = &d->r;
    unsigned kind = get_u8(r);
    if (r->bad) return PV_NULL;
    switch (kind) {
    case SNAP_R_NULL: return PV_NULL;
    case SNAP_R_NONE: return PV_NONE;
    case SNAP_R_FALSE: return PV_FALSE;
    case SNAP_R_TRUE: return PV_TRUE;
    case SNAP_R_INT: {
        int64_t v = get_sv(r);
        if (v >= PV_SMALL_MIN && v <= PV_SMALL_MAX) return PV_INT(v);
        break;
    }
    case SNAP_R_OBJ: {
        uint64_t i = get_uv(r);
        if (!r->bad && i < d->nobj) return PLACE(i);
        break;
    }
    case SNAP_R_CONST: {
        uint64_t i = get_uv(r);
        const PProgDesc *pd = d->x->prog->desc;
        if (!r->bad && i < (uint64_t)pd->nconsts && d->c->k[i]) {
            pv_incref(d->c->k[i]);
            return d->c->k[i];
        }
        break;
    }
    default: break;
    }
    r->bad = 1;
    return PV_NULL;
}

static PV resolve(Dec *d, PV v) { return IS_PLACE(v) ? d->objs[PLACE_INDEX(v)] : v; }

/* ---- the reader a type's codec sees (rt_snap_codec.h) ---- */

PCtx *rt_snap_ctx(RtSnapR *d) { return d->c; }
unsigned rt_snap_get_u8(RtSnapR *d) { return get_u8(&d->r); }
uint64_t rt_snap_get_uv(RtSnapR *d) { return get_uv(&d->r); }
int64_t rt_snap_get_sv(RtSnapR *d) { return get_sv(&d->r); }
int rt_snap_get_int(RtSnapR *d, int64_t lo, int64_t hi) { return get_int(&d->r, lo, hi); }
uint64_t rt_snap_get_u64(RtSnapR *d) { return get_fixed(&d->r, 8); }
double rt_snap_get_f64(RtSnapR *d) { return get_f64(&d->r); }
const unsigned char *rt_snap_get_bytes(RtSnapR *d, size_t *n) { return get_str(&d->r, n); }
size_t rt_snap_get_count(RtSnapR *d, size_t min_bytes) { return get_count(&d->r, min_bytes); }
PV rt_snap_get_link(RtSnapR *d) { return get_ref(d); }
PV rt_snap_resolve(RtSnapR *d, PV link) { return resolve(d, link); }
int rt_snap_nfuncs(RtSnapR *d) { return d->x->prog->desc->nfuncs; }
int rt_snap_next(RtSnapR *d) { return d->x->prog->desc->next; }
void rt_snap_corrupt(RtSnapR *d) { d->r.bad = 1; }
int rt_snap_r_bad(RtSnapR *d) { return d->r.bad; }

const PFuncDesc *rt_snap_fn_at(RtSnapR *d, int64_t id) {
    const PProgDesc *pd = d->x->prog->desc;
    return id >= 0 && id < pd->nfuncs ? pd->funcs[id] : NULL;
}

const PFuncDesc *rt_snap_get_fn(RtSnapR *d) {
    const PProgDesc *pd = d->x->prog->desc;
    uint64_t id = get_uv(&d->r);
    if (d->r.bad || id >= (uint64_t)pd->nfuncs || !pd->funcs[id]) {
        d->r.bad = 1;
        return NULL;
    }
    return pd->funcs[id];
}

/* ---- phase 1: one object record ---- */

/* The type whose records carry this tag, or 0. */
static int type_of_tag(unsigned tag) {
    for (int t = 1; t < RT_T_COUNT; t++)
        if (rt_types[t] && rt_types[t]->snap_tag == tag) return t;
    return 0;
}

static void read_slot(PV *slot, void *arg) { *slot = get_ref(arg); }

/* Makes object i from its record. Returns the object (or PV_NULL: corrupt or out of memory). */
static PV make_object(Dec *d) {
    int type = type_of_tag(get_u8(&d->r));
    if (d->r.bad || !type) {
        d->r.bad = 1;
        return PV_NULL;
    }
    const RtTypeDesc *t = rt_types[type];
    PV v = t->snap_make(d, type);
    if (v && PV_IS_OBJ(v) && t->traverse) t->traverse(RT_OBJ(v), read_slot, d);
    return v;
}

/* ---- phase 2: placeholders -> objects ---- */

/* Replaces a placeholder by its object (new reference). */
static void fix(Dec *d, PV *slot) {
    if (IS_PLACE(*slot)) {
        *slot = d->objs[PLACE_INDEX(*slot)];
        pv_incref(*slot);
    }
}

static void fix_slot(PV *slot, void *arg) { fix(arg, slot); }

/* ---- phase 3: each type checks what the runtime will rely on ---- */

static int check_objects(Dec *d) {
    for (int finish = 0; finish < 2; finish++)
        for (size_t i = 0; i < d->nobj; i++) {
            PV v = d->objs[i];
            if (!PV_IS_OBJ(v)) continue;
            const RtTypeDesc *t = rt_type_desc(RT_OBJ(v));
            int (*hook)(RtSnapR *, PObj *) = finish ? t->snap_finish : t->snap_check;
            if (hook && hook(d, RT_OBJ(v)) < 0) return -1;
        }
    return 0;
}

/* ---- the program section ---- */

/* A NUL-terminated copy of a str field; NULL with r->bad set on a short read, NULL alone on OOM. */
static char *get_cstr(Rd *r) {
    size_t n;
    const unsigned char *s = get_str(r, &n);
    return r->bad ? NULL : strndup((const char *)s, n);
}

/* A list of names: uv count, str each (malloc'd array and strings; *n set even when it fails half-way, so
 * rt_snap_close frees what was made). -1 on a short read or OOM. */
static int get_names(Rd *r, const char *const **out, size_t *n) {
    *n = get_count(r, 1);
    char **names = r->bad ? NULL : calloc(*n + 1, sizeof(char *));
    *out = (const char *const *)names;
    if (!names) return -1;
    for (size_t i = 0; i < *n; i++)
        if (!(names[i] = get_cstr(r))) return -1;
    return 0;
}

/* Reads the program section into l->program. PITH_SNAP_OK, CORRUPT or NOMEM. */
static PithSnapError read_program(RtSnapLoad *l) {
    Rd r = {.p = l->data, .n = l->end, .pos = l->pos};
    RtSnapProgram *p = &l->program;
    const unsigned char *id = take(&r, 16);
    if (id) memcpy(p->id, id, 16);
    size_t srclen = 0, fnlen = 0;
    const unsigned char *src = get_str(&r, &srclen);
    unsigned given = get_u8(&r);
    const unsigned char *fname = get_str(&r, &fnlen);
    if (r.bad || given > 1) return PITH_SNAP_CORRUPT;
    char *source = malloc(srclen + 1); /* the source may hold NUL bytes: its length says where it ends */
    if (source) memcpy(source, src, srclen), source[srclen] = 0;
    p->source = source;
    p->source_len = srclen;
    if (!source || (given && !(p->filename = strndup((const char *)fname, fnlen)))) return PITH_SNAP_NOMEM;
    if (get_names(&r, &p->inputs, &p->ninputs) < 0 || get_names(&r, &p->externals, &p->nexternals) < 0)
        return r.bad ? PITH_SNAP_CORRUPT : PITH_SNAP_NOMEM;
    l->pos = r.pos;
    return PITH_SNAP_OK;
}

/* ---- verification before decoding ---- */

static PithSnapError verify(const unsigned char *data, size_t len, const unsigned char *key, size_t keylen,
                            size_t *body_end) {
    if (!data || len < RT_SNAP_HEADER) return PITH_SNAP_TRUNCATED;
    if (memcmp(data, RT_SNAP_MAGIC, 8) != 0) return PITH_SNAP_CORRUPT;
    Rd r = {.p = data, .n = len, .pos = 8};
    uint64_t format = get_fixed(&r, 4), abi = get_fixed(&r, 4), flags = get_fixed(&r, 4), total = get_fixed(&r, 8);
    if (format != RT_SNAP_FORMAT || abi != PITH_ABI_VERSION) return PITH_SNAP_VERSION;
    if (flags & ~(uint64_t)RT_SNAP_FLAG_MAC) return PITH_SNAP_CORRUPT;
    size_t trailer = RT_SNAP_SUM + ((flags & RT_SNAP_FLAG_MAC) ? RT_SNAP_MAC : 0);
    if (total > len) return PITH_SNAP_TRUNCATED;
    if (total < len || total < RT_SNAP_HEADER + trailer) return PITH_SNAP_CORRUPT;
    size_t end = (size_t)total - trailer;
    Rd t = {.p = data, .n = len, .pos = end};
    if (get_fixed(&t, 8) != rt_snap_sum(data, end)) return PITH_SNAP_CORRUPT;
    if (!key && (flags & RT_SNAP_FLAG_MAC)) return PITH_SNAP_NEEDS_KEY; /* signed: only a key can vouch for it */
    if (key) {
        if (!(flags & RT_SNAP_FLAG_MAC)) return PITH_SNAP_BAD_MAC;
        unsigned char mac[32];
        rt_snap_mac(key, keylen, data, end + RT_SNAP_SUM, mac);
        unsigned diff = 0;
        for (int i = 0; i < 32; i++) diff |= mac[i] ^ data[end + RT_SNAP_SUM + (size_t)i];
        if (diff) return PITH_SNAP_BAD_MAC;
    }
    *body_end = end;
    return PITH_SNAP_OK;
}

/* ---- the whole load ---- */

/* Decodes state, objects and roots into d->x (made by the caller). 0 ok, -1 with d->err set. */
static int decode_state(Dec *d) {
    Rd *r = &d->r;
    PithExec *x = d->x;
    RtCtx *c = &x->ctx;
    const PProgDesc *pd = x->prog->desc;
    c->hash_seed = get_fixed(r, 8);
    double remaining = get_f64(r), max_seconds = get_f64(r);
    uint64_t nallocs = get_uv(r);
    size_t outlen;
    const unsigned char *out = get_str(r, &outlen);
    if (r->bad || !(remaining == remaining) || !(max_seconds > 0) || max_seconds > 1e9) return -1;
    /* The loader's limits apply (rt_exec_create set them); the time the snapshot says is left can only
     * shorten this run, never lengthen it, so a forged +inf buys nothing. */
    if (remaining < x->remaining) {
        x->remaining = remaining > 0 ? remaining : 0;
        c->max_seconds = max_seconds;
    }
    c->nallocs = nallocs;
    if (outlen && !c->writer && pith_buf_put(&c->out, out, outlen) < 0) {
        d->err = PITH_SNAP_NOMEM;
        return -1;
    }
    d->nobj = get_count(r, 1);
    if (r->bad) return -1;
    d->objs = calloc(d->nobj + 1, sizeof(PV));
    if (!d->objs) {
        d->err = PITH_SNAP_NOMEM;
        return -1;
    }
    for (size_t i = 0; i < d->nobj; i++) {
        PV v = make_object(d);
        if (!v || r->bad || d->err) {
            if (!d->err && !r->bad) d->err = PITH_SNAP_NOMEM;
            return -1;
        }
        d->objs[i] = v;
    }
    /* roots */
    if (get_uv(r) != (uint64_t)pd->nglobals) r->bad = 1;
    for (int i = 0; i < pd->nglobals && !r->bad; i++) c->pub.g[i] = get_ref(d);
    PV top = get_ref(d);
    int ext = get_int(r, -1, pd->next - 1);
    PV args = get_ref(d), kwargs = get_ref(d), handling = get_ref(d);
    if (r->bad || r->pos != r->n) {
        r->bad = 1;
        return -1;
    }
    for (size_t i = 0; i < d->nobj; i++) {
        PV v = d->objs[i];
        const RtTypeDesc *t = PV_IS_OBJ(v) ? rt_type_desc(RT_OBJ(v)) : NULL;
        if (t && t->traverse) t->traverse(RT_OBJ(v), fix_slot, d);
    }
    if (check_objects(d) < 0) return r->bad = 1, -1;
    for (int i = 0; i < pd->nglobals; i++) fix(d, &c->pub.g[i]);
    fix(d, &args);
    fix(d, &kwargs);
    fix(d, &handling);
    c->pending_args = args;
    c->pending_kwargs = kwargs;
    c->handling = handling;
    c->pending_ext = ext;
    top = resolve(d, top);
    if (ext < 0 || !IS(top, RT_T_FRAME) || !IS(args, RT_T_TUPLE) || !IS(kwargs, RT_T_DICT)) return r->bad = 1, -1;
    if (handling && handling != PV_NONE && !IS(handling, RT_T_EXC)) return r->bad = 1, -1; /* the one handled */
    /* the chain owns its frames: one reference each; depth = its length */
    int depth = 0;
    for (PFrame *f = (PFrame *)top; f; f = f->parent) {
        if ((size_t)depth >= d->nobj) return r->bad = 1, -1; /* a parent cycle */
        /* each waits at a call it made (a state > 0); a generator's frame runs only inside rt_gen_next */
        if (f->state == 0 || (f->fn->flags & PITH_F_GENERATOR)) return r->bad = 1, -1;
        pv_incref((PV)f);
        depth++;
    }
    c->top = (PFrame *)top;
    c->pub.depth = depth;
    /* drop the table's references: what nothing else holds goes away */
    for (size_t i = 0; i < d->nobj; i++) {
        PV v = d->objs[i];
        d->objs[i] = PV_NULL;
        pv_decref(&c->pub, v);
    }
    return 0;
}

PithSnapError rt_snap_open(RtSnapLoad *l, const unsigned char *data, size_t len, const unsigned char *key,
                           size_t keylen) {
    memset(l, 0, sizeof *l);
    size_t end = 0;
    PithSnapError rc = verify(data, len, key, keylen, &end);
    if (rc) return rc;
    l->data = data;
    l->pos = RT_SNAP_HEADER;
    l->end = end;
    return read_program(l);
}

PithSnapError rt_snap_load_state(RtSnapLoad *l, PithExec *x) {
    Dec d = {.r = {.p = l->data, .n = l->end, .pos = l->pos}, .x = x, .c = &x->ctx.pub};
    PithSnapError rc = PITH_SNAP_OK;
    x->ctx.gc_busy++; /* objects hold placeholders until the fix pass: no collection may look at them */
    if (decode_state(&d) < 0) rc = d.err ? d.err : PITH_SNAP_CORRUPT;
    x->ctx.gc_busy--;
    if (rt_exc_pending(d.c)) {
        pv_xdecref(d.c, rt_exc_fetch(d.c));
        x->ctx.limit = RT_LIMIT_NONE;
    }
    if (!rc) {
        x->status = PITH_WAITING;
        if (rt_exec_publish_call(x) != PITH_WAITING) rc = PITH_SNAP_NOMEM;
    }
    free(d.objs);
    return rc;
}

static void free_names(const char *const *names, size_t n) {
    for (size_t i = 0; names && i < n; i++) free((char *)names[i]);
    free((void *)names);
}

void rt_snap_close(RtSnapLoad *l) {
    RtSnapProgram *p = &l->program;
    free((char *)p->source);
    free((char *)p->filename);
    free_names(p->inputs, p->ninputs);
    free_names(p->externals, p->nexternals);
    memset(l, 0, sizeof *l);
}
