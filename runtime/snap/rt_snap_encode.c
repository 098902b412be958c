/* rt_snap_encode.c — rt_snap_dump: a WAITING execution as snapshot bytes (format: rt_snap.h).
 * Stage: runtime snap. The walk: roots first, then each object found, in discovery order (the numbering,
 * a queue with a pointer map so sharing and cycles survive, is the writer's: core/rt_snap_codec.c), each as
 * its type's record. The execution is only read. An object type the codec does not know fails the dump (PITH_SNAP_UNSUPPORTED), never a bad snapshot. */
#include <stdlib.h>
#include <string.h>

#include <nettle/hmac.h>
#include <xxhash.h>

#include "rt_snap.h"
#include "rt_values.h"

uint64_t rt_snap_sum(const unsigned char *data, size_t n) { return (uint64_t)XXH3_64bits(data, n); }

void rt_snap_mac(const unsigned char *key, size_t keylen, const unsigned char *data, size_t n, unsigned char out[32]) {
    struct hmac_sha256_ctx h;
    hmac_sha256_set_key(&h, keylen, key);
    hmac_sha256_update(&h, n, data);
    hmac_sha256_digest(&h, 32, out);
}

/* ---- one object record: tag, the type's payload, a ref per traverse slot ---- */

static void put_slot(PV *slot, void *arg) { rt_snap_put_link(arg, *slot); }

static void put_object(RtSnapW *w, PObj *o) {
    const RtTypeDesc *t = rt_type_desc(o);
    if (!t->snap_tag) {
        w->e->err = PITH_SNAP_UNSUPPORTED;
        return;
    }
    rt_snap_put_u8(w, t->snap_tag_of ? t->snap_tag_of(o) : t->snap_tag);
    if (t->snap_put) t->snap_put(w, o);
    if (t->traverse) t->traverse(o, put_slot, w);
}

/* ---- the whole snapshot ---- */

PithSnapError rt_snap_dump(const PithExec *x, const RtSnapProgram *p, const unsigned char *key, size_t keylen,
                           unsigned char **out, size_t *len) {
    *out = NULL;
    *len = 0;
    /* a blocking call answered but not gone on from holds its answer outside the heap: not a state to save */
    if (x->status != PITH_WAITING || !x->heap_live || !x->ctx.top || x->ctx.blocking_answered)
        return PITH_SNAP_NOT_WAITING;
    const RtCtx *c = &x->ctx;
    const PProgDesc *d = x->prog->desc;

    RtSnapEnc e = {.prog = d};
    e.natives = rt_native_table(&e.nnatives);
    PithBuf head = {0}, objs = {0}, roots = {0};
    RtSnapW h = {&e, &head}, o = {&e, &objs}, r = {&e, &roots};
    for (int i = 0; i < d->nconsts && !e.err; i++) rt_snap_enc_const(&e, c->pub.k[i], (uint32_t)i);
    /* roots first: they number the objects the records then walk */
    rt_snap_put_uv(&r, (uint64_t)d->nglobals);
    for (int i = 0; i < d->nglobals; i++) rt_snap_put_link(&r, c->pub.g[i]);
    rt_snap_put_link(&r, (PV)c->top);
    rt_snap_put_sv(&r, c->pending_ext);
    rt_snap_put_link(&r, c->pending_args);
    rt_snap_put_link(&r, c->pending_kwargs);
    rt_snap_put_link(&r, c->handling);
    rt_snap_put_uv(&r, (uint64_t)c->call_seq); /* appended to version 2: absent in older snapshots */
    rt_snap_put_uv(&r, (uint64_t)c->pending_id);
    for (size_t i = 0; i < e.nq && !e.err && !objs.failed; i++) put_object(&o, e.queue[i]);

    /* header, program and state */
    pith_buf_put(&head, RT_SNAP_MAGIC, 8);
    rt_snap_put_fixed(&h, RT_SNAP_FORMAT, 4);
    rt_snap_put_fixed(&h, PITH_ABI_VERSION, 4);
    rt_snap_put_fixed(&h, key ? RT_SNAP_FLAG_MAC : 0, 4);
    rt_snap_put_fixed(&h, 0, 8); /* total length, patched below */
    pith_buf_put(&head, p->id, 16);
    rt_snap_put_bytes(&h, p->source, p->source_len);
    rt_snap_put_u8(&h, p->filename != NULL);
    rt_snap_put_bytes(&h, p->filename ? p->filename : "", p->filename ? strlen(p->filename) : 0);
    rt_snap_put_uv(&h, p->ninputs);
    for (size_t i = 0; i < p->ninputs; i++) rt_snap_put_bytes(&h, p->inputs[i], strlen(p->inputs[i]));
    rt_snap_put_uv(&h, p->nexternals);
    for (size_t i = 0; i < p->nexternals; i++) rt_snap_put_bytes(&h, p->externals[i], strlen(p->externals[i]));
    rt_snap_put_u64(&h, c->hash_seed);
    rt_snap_put_f64(&h, x->remaining);
    rt_snap_put_f64(&h, c->max_seconds);
    rt_snap_put_uv(&h, c->nallocs);
    rt_snap_put_uv(&h, c->out_total);
    rt_snap_put_bytes(&h, c->out.p, c->out.len);
    rt_snap_put_uv(&h, e.nq);
    pith_buf_put(&head, objs.p, objs.len);
    pith_buf_put(&head, roots.p, roots.len);

    int err = e.err ? e.err : head.failed || objs.failed || roots.failed ? PITH_SNAP_NOMEM : 0;
    if (!err) {
        unsigned char *bytes = (unsigned char *)head.p;
        size_t total = head.len + RT_SNAP_SUM + (key ? RT_SNAP_MAC : 0);
        for (int i = 0; i < 8; i++) bytes[20 + i] = (unsigned char)((uint64_t)total >> (8 * i));
        rt_snap_put_u64(&h, rt_snap_sum(bytes, head.len));
        if (key) {
            unsigned char mac[32];
            rt_snap_mac(key, keylen, (unsigned char *)head.p, head.len, mac);
            pith_buf_put(&head, mac, 32);
        }
        err = head.failed ? PITH_SNAP_NOMEM : 0;
    }
    pith_buf_free(&objs);
    pith_buf_free(&roots);
    rt_snap_enc_free(&e);
    if (err) {
        pith_buf_free(&head);
        return (PithSnapError)err;
    }
    *out = (unsigned char *)pith_buf_take(&head, len);
    return PITH_SNAP_OK;
}
