/* rt_snap_decode.c — rt_snap_open / rt_snap_load_state: snapshot bytes (format: rt_snap.h) back into a WAITING
 * execution, in two steps around the engine layer compiling the snapshot's program again (api/api_snapshot.c).
 * Stage: runtime snap. Length, versions, checksum and MAC are verified before anything is decoded. Each object is
 * made by its type's codec (RtTypeDesc.snap_make) and its traverse slots read as refs, objects as
 * placeholders (core/rt_snap_codec.c); a second pass resolves every slot through traverse
 * (so cycles work), then each type checks what the runtime relies on (snap_check), then dicts rebuild their
 * hash index (snap_finish: every key is complete and checked by then). Any failure frees the whole new
 * execution (its allocator sweep releases every object made so far). */
#include <stdlib.h>
#include <string.h>

#include "rt_snap.h"
#include "rt_values.h"

#define IS(v, t) ((v) != PV_NULL && RT_IS(v, t)) /* RT_IS for values that may be PV_NULL */

/* The decoder: the reader (bytes and object table, core/rt_snap_codec.c) and the execution it fills. */
typedef struct Dec {
    RtSnapR r;
    PithExec *x;
    int err; /* PithSnapError */
} Dec;

/* ---- phase 1: one object record ---- */

/* The type whose records carry this tag, or 0. */
static int type_of_tag(unsigned tag) {
    for (int t = 1; t < RT_T_COUNT; t++)
        if (rt_types[t] && (rt_types[t]->snap_tag == tag || (tag && rt_types[t]->snap_tag_alt == tag))) return t;
    return 0;
}

static void read_slot(PV *slot, void *arg) { *slot = rt_snap_get_link(arg); }

/* Makes object i from its record. Returns the object (or PV_NULL: corrupt or out of memory). */
static PV make_object(RtSnapR *r) {
    r->tag = rt_snap_get_u8(r);
    int type = type_of_tag(r->tag);
    if (r->bad || !type) {
        r->bad = 1;
        return PV_NULL;
    }
    const RtTypeDesc *t = rt_types[type];
    PV v = t->snap_make(r, type);
    if (v && PV_IS_OBJ(v) && t->traverse) t->traverse(RT_OBJ(v), read_slot, r);
    return v;
}

/* ---- phase 2: placeholders -> objects ---- */

/* Replaces a placeholder by its object (new reference). */
static void fix(RtSnapR *r, PV *slot) {
    PV o = rt_snap_resolve(r, *slot);
    if (o != *slot) {
        *slot = o;
        pv_incref(o);
    }
}

static void fix_slot(PV *slot, void *arg) { fix(arg, slot); }

/* ---- phase 3: each type checks what the runtime will rely on ---- */

static int check_objects(RtSnapR *r) {
    for (int finish = 0; finish < 2; finish++)
        for (size_t i = 0; i < r->nobj; i++) {
            PV v = r->objs[i];
            if (!PV_IS_OBJ(v)) continue;
            const RtTypeDesc *t = rt_type_desc(RT_OBJ(v));
            int (*hook)(RtSnapR *, PObj *) = finish ? t->snap_finish : t->snap_check;
            if (hook && hook(r, RT_OBJ(v)) < 0) return -1;
        }
    return 0;
}

/* ---- the program section ---- */

/* A NUL-terminated copy of a str field; NULL with r->bad set on a short read, NULL alone on OOM. */
static char *get_cstr(RtSnapR *r) {
    size_t n;
    const unsigned char *s = rt_snap_get_bytes(r, &n);
    return r->bad ? NULL : strndup((const char *)s, n);
}

/* A list of names: uv count, str each (malloc'd array and strings; *n set even when it fails half-way, so
 * rt_snap_close frees what was made). -1 on a short read or OOM. */
static int get_names(RtSnapR *r, const char *const **out, size_t *n) {
    *n = rt_snap_get_count(r, 1);
    char **names = r->bad ? NULL : calloc(*n + 1, sizeof(char *));
    *out = (const char *const *)names;
    if (!names) return -1;
    for (size_t i = 0; i < *n; i++)
        if (!(names[i] = get_cstr(r))) return -1;
    return 0;
}

/* Reads the program section into l->program. PITH_SNAP_OK, CORRUPT or NOMEM. */
static PithSnapError read_program(RtSnapLoad *l) {
    RtSnapR r = {.p = l->data, .n = l->end, .pos = l->pos};
    RtSnapProgram *p = &l->program;
    const unsigned char *id = rt_snap_get_raw(&r, 16);
    if (id) memcpy(p->id, id, 16);
    size_t srclen = 0, fnlen = 0;
    const unsigned char *src = rt_snap_get_bytes(&r, &srclen);
    unsigned given = rt_snap_get_u8(&r);
    const unsigned char *fname = rt_snap_get_bytes(&r, &fnlen);
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
    RtSnapR r = {.p = data, .n = len, .pos = 8};
    uint64_t format = rt_snap_get_fixed(&r, 4), abi = rt_snap_get_fixed(&r, 4), flags = rt_snap_get_fixed(&r, 4),
             total = rt_snap_get_u64(&r);
    if (format != RT_SNAP_FORMAT || abi != PITH_ABI_VERSION) return PITH_SNAP_VERSION;
    if (flags & ~(uint64_t)RT_SNAP_FLAG_MAC) return PITH_SNAP_CORRUPT;
    size_t trailer = RT_SNAP_SUM + ((flags & RT_SNAP_FLAG_MAC) ? RT_SNAP_MAC : 0);
    if (total > len) return PITH_SNAP_TRUNCATED;
    if (total < len || total < RT_SNAP_HEADER + trailer) return PITH_SNAP_CORRUPT;
    size_t end = (size_t)total - trailer;
    RtSnapR t = {.p = data, .n = len, .pos = end};
    if (rt_snap_get_u64(&t) != rt_snap_sum(data, end)) return PITH_SNAP_CORRUPT;
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
    RtSnapR *r = &d->r;
    PithExec *x = d->x;
    RtCtx *c = &x->ctx;
    const PProgDesc *pd = x->prog->desc;
    c->hash_seed = rt_snap_get_u64(r);
    double remaining = rt_snap_get_f64(r), max_seconds = rt_snap_get_f64(r);
    uint64_t nallocs = rt_snap_get_uv(r), printed = rt_snap_get_uv(r);
    size_t outlen;
    const unsigned char *out = rt_snap_get_bytes(r, &outlen);
    if (r->bad || !(remaining == remaining) || !(max_seconds > 0) || max_seconds > 1e9) return -1;
    /* The loader's limits apply (rt_exec_create set them); the time the snapshot says is left can only
     * shorten this run, never lengthen it, so a forged +inf buys nothing. */
    if (remaining < x->remaining) {
        x->remaining = remaining > 0 ? remaining : 0;
        c->max_seconds = max_seconds;
    }
    c->nallocs = nallocs;
    /* bytes printed before the snapshot count against the loader's output limit, as allocations do */
    c->out_total = printed < SIZE_MAX ? (size_t)printed : SIZE_MAX;
    if (outlen && !c->writer && pith_buf_put(&c->out, out, outlen) < 0) {
        d->err = PITH_SNAP_NOMEM;
        return -1;
    }
    r->nobj = rt_snap_get_count(r, 1);
    if (r->bad) return -1;
    r->objs = calloc(r->nobj + 1, sizeof(PV));
    if (!r->objs) {
        d->err = PITH_SNAP_NOMEM;
        return -1;
    }
    for (size_t i = 0; i < r->nobj; i++) {
        PV v = make_object(r);
        if (!v || r->bad || d->err) {
            if (!d->err && !r->bad) d->err = PITH_SNAP_NOMEM;
            return -1;
        }
        r->objs[i] = v;
    }
    /* roots */
    if (rt_snap_get_uv(r) != (uint64_t)pd->nglobals) r->bad = 1;
    for (int i = 0; i < pd->nglobals && !r->bad; i++) c->pub.g[i] = rt_snap_get_link(r);
    PV top = rt_snap_get_link(r);
    int ext = rt_snap_get_int(r, -1, pd->next - 1);
    PV args = rt_snap_get_link(r), kwargs = rt_snap_get_link(r), handling = rt_snap_get_link(r);
    uint64_t seq = 0, pending_id = 0;
    if (r->pos < r->n) { /* the call ids (appended to version 2) */
        seq = rt_snap_get_uv(r);
        pending_id = rt_snap_get_uv(r);
        if (seq > ((uint64_t)1 << 62) || (ext >= 0 && (pending_id == 0 || pending_id > seq))) r->bad = 1;
    } else if (ext >= 0) {
        seq = pending_id = 1; /* an older snapshot: its one call is call 1 */
    }
    if (r->bad || r->pos != r->n) {
        r->bad = 1;
        return -1;
    }
    for (size_t i = 0; i < r->nobj; i++) {
        PV v = r->objs[i];
        const RtTypeDesc *t = PV_IS_OBJ(v) ? rt_type_desc(RT_OBJ(v)) : NULL;
        if (t && t->traverse) t->traverse(RT_OBJ(v), fix_slot, r);
    }
    if (check_objects(r) < 0) return r->bad = 1, -1;
    for (int i = 0; i < pd->nglobals; i++) fix(r, &c->pub.g[i]);
    fix(r, &args);
    fix(r, &kwargs);
    fix(r, &handling);
    c->pending_args = args;
    c->pending_kwargs = kwargs;
    c->handling = handling;
    c->pending_ext = ext;
    c->call_seq = (pi64)seq;
    c->pending_id = ext >= 0 ? (pi64)pending_id : 0;
    top = rt_snap_resolve(r, top);
    if (!IS(top, RT_T_FRAME)) return r->bad = 1, -1;
    /* waiting on one call the top frame made, or (no such call) an event loop on top waiting on its tasks' */
    if (ext >= 0 ? !IS(args, RT_T_TUPLE) || !IS(kwargs, RT_T_DICT)
                 : args || kwargs || ((PFrame *)top)->fn != rt_native_loop())
        return r->bad = 1, -1;
    if (handling && handling != PV_NONE && !IS(handling, RT_T_EXC)) return r->bad = 1, -1; /* the one handled */
    /* the chain owns its frames: one reference each; depth = its length */
    int depth = 0;
    for (PFrame *f = (PFrame *)top; f; f = f->parent) {
        if ((size_t)depth >= r->nobj) return r->bad = 1, -1; /* a parent cycle */
        /* each waits at a call it made (a state > 0) */
        if (f->state == 0) return r->bad = 1, -1;
        pv_incref((PV)f);
        depth++;
    }
    c->top = (PFrame *)top;
    c->pub.depth = depth;
    /* drop the table's references: what nothing else holds goes away */
    for (size_t i = 0; i < r->nobj; i++) {
        PV v = r->objs[i];
        r->objs[i] = PV_NULL;
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
    Dec d = {.r = {.p = l->data, .n = l->end, .pos = l->pos, .c = &x->ctx.pub, .prog = x->prog->desc}, .x = x};
    d.r.natives = rt_native_table(&d.r.nnatives);
    PithSnapError rc = PITH_SNAP_OK;
    x->ctx.gc_busy++; /* objects hold placeholders until the fix pass: no collection may look at them */
    if (decode_state(&d) < 0) rc = d.err ? d.err : PITH_SNAP_CORRUPT;
    x->ctx.gc_busy--;
    if (rt_exc_pending(d.r.c)) {
        pv_xdecref(d.r.c, rt_exc_fetch(d.r.c));
        x->ctx.limit = RT_LIMIT_NONE;
    }
    if (!rc) {
        x->status = PITH_WAITING;
        if (rt_exec_publish_call(x) != PITH_WAITING) rc = PITH_SNAP_NOMEM;
    }
    free(d.r.objs);
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
