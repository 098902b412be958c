/* rt_snap_codec.h — what a type's snapshot codec (RtTypeDesc.snap_*, rt_type.h) may use: the primitives of
 * the snapshot writer and reader (rt_snap_codec.c). Stage: runtime core; the walk over the heap that drives
 * them, and the format's sections, are runtime/snap/ (rt_snap.h).
 * A record is the type's tag, its payload (written by snap_put, read by snap_make with these primitives),
 * then one ref per traverse slot, written and read by the codec itself (rt_snap.h has the format).
 * Readers never fail loudly: a bad read marks the snapshot corrupt (rt_snap_r_bad) and returns 0/NULL. */
#ifndef PITH_RT_SNAP_CODEC_H
#define PITH_RT_SNAP_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "rt_ctx.h"
#include "rt_type.h"

/* Object record tags (explicit numbers: they are the format, not RtType); RtTypeDesc.snap_tag. */
enum {
    SNAP_O_FLOAT = 1,
    SNAP_O_BIGINT,
    SNAP_O_STR,
    SNAP_O_BYTES,
    SNAP_O_LIST,
    SNAP_O_TUPLE,
    SNAP_O_DICT,
    SNAP_O_RANGE,
    SNAP_O_SLICE,
    SNAP_O_ITER,
    SNAP_O_FUNC,
    SNAP_O_BUILTIN,
    SNAP_O_METHOD,
    SNAP_O_EXC,
    SNAP_O_FRAME,
    SNAP_O_DICTVIEW,
    SNAP_O_EXTFN,
    SNAP_O_GEN,
    SNAP_O_CELL,
    SNAP_O_SET,
    SNAP_O_FROZENSET,
    SNAP_O_ALIAS,
    SNAP_O_CLASS,
    SNAP_O_INSTANCE,
    SNAP_O_BOUNDMETH,
    SNAP_O_WRAP,
    SNAP_O_MODULE,
    SNAP_O_MODFN,
    SNAP_O_DICT_KIND, /* a dict of collections (Counter, defaultdict, OrderedDict): rt_dict.c */
    SNAP_O_DEQUE,
    SNAP_O_DEQUEITER,
    SNAP_O_CHAINMAP,
    SNAP_O_TRACEBACK,
    SNAP_O_MODOBJ,
    SNAP_O_CORO,
    SNAP_O_FUTURE,
    SNAP_O_AGEN,
    SNAP_O_LOCK,
    SNAP_O_NATMETH,
    SNAP_O_DCFIELD,
    SNAP_O_RE_PATTERN,
    SNAP_O_RE_MATCH,
    SNAP_O_RE_SCANNER,
    SNAP_O_LAST = SNAP_O_RE_SCANNER
};

/* Ref kinds (the format: rt_snap.h). */
enum { SNAP_R_NULL = 0, SNAP_R_NONE, SNAP_R_FALSE, SNAP_R_TRUE, SNAP_R_INT, SNAP_R_OBJ, SNAP_R_CONST };

/* What snap_make leaves in a traverse slot that the codec fills next when the slot must exist before it is
 * read (a dict entry's key, a set slot's key): an immediate no Python value uses, never an object. */
#define RT_SNAP_UNFILLED ((PV)6)

/* ---- writing (payload fields; "uv" unsigned LEB128, "sv" zigzag, "bytes" uv length + bytes) ---- */
void rt_snap_put_u8(RtSnapW *w, unsigned v);
void rt_snap_put_uv(RtSnapW *w, uint64_t v);
void rt_snap_put_sv(RtSnapW *w, int64_t v);
void rt_snap_put_u64(RtSnapW *w, uint64_t v); /* 8 bytes, little-endian */
void rt_snap_put_f64(RtSnapW *w, double d);   /* the IEEE bits as u64 */
void rt_snap_put_bytes(RtSnapW *w, const void *p, size_t n);
void rt_snap_put_link(RtSnapW *w, PV v);                /* a ref that is not a traverse slot (a frame's parent) */
int64_t rt_snap_fn_id(RtSnapW *w, const PFuncDesc *fn); /* its index in the program (or among the natives,
                                                          * after it), -1 if it is not there */
void rt_snap_put_fn(RtSnapW *w, const PFuncDesc *fn);   /* uv fn id; an unknown function fails the dump */
void rt_snap_w_nomem(RtSnapW *w);                       /* fail the dump: out of memory */
void rt_snap_w_unsupported(RtSnapW *w); /* fail the dump: something the loader could not check */

/* ---- reading ---- */
PCtx *rt_snap_ctx(RtSnapR *r); /* the execution the objects are made in */
unsigned rt_snap_get_u8(RtSnapR *r);
uint64_t rt_snap_get_uv(RtSnapR *r);
int64_t rt_snap_get_sv(RtSnapR *r);
int rt_snap_get_int(RtSnapR *r, int64_t lo, int64_t hi); /* an sv that must lie in [lo, hi] */
uint64_t rt_snap_get_u64(RtSnapR *r);
double rt_snap_get_f64(RtSnapR *r);
const unsigned char *rt_snap_get_bytes(RtSnapR *r, size_t *n);
size_t rt_snap_get_count(RtSnapR *r, size_t min_bytes); /* a count bounded by the bytes left (each >= min) */
PV rt_snap_get_link(RtSnapR *r);                        /* a ref written by rt_snap_put_link: a placeholder */
PV rt_snap_resolve(RtSnapR *r, PV link);                /* the object a link stands for (borrowed), or link */
const PFuncDesc *rt_snap_get_fn(RtSnapR *r); /* NULL (corrupt) unless a function of the program or a native */
const PFuncDesc *rt_snap_fn_at(RtSnapR *r, int64_t id); /* the function with this id, NULL for -1 */
int rt_snap_nfuncs(RtSnapR *r);
int rt_snap_next(RtSnapR *r);     /* the program's external functions */
void rt_snap_corrupt(RtSnapR *r); /* mark the snapshot corrupt */
unsigned rt_snap_tag(RtSnapR *r); /* the tag of the record being made (RtTypeDesc.snap_tag_alt) */
int rt_snap_r_bad(RtSnapR *r);    /* 1 once anything read was corrupt */

/* ---- the writer and reader themselves: made by the walk (runtime/snap/); a codec uses only the calls above ---- */

/* Pointer -> object index (open addressing, power-of-two capacity, at most half full). */
typedef struct RtSnapMap {
    const void **keys; /* NULL = empty slot */
    uint32_t *vals;    /* the object index of keys[i] */
    size_t cap, n;
} RtSnapMap;

/* The encoder's numbering: the objects found so far (a queue: the walk encodes them in index order, never by
 * recursion, so deep nesting is fine) and the program's constants, referred to by index. */
typedef struct RtSnapEnc {
    const PProgDesc *prog;
    const PFuncDesc *natives; /* the runtime's own frame functions (set by the walk), numbered after the
                               * program's functions */
    int nnatives;
    RtSnapMap objs;   /* object -> index in queue */
    RtSnapMap consts; /* constant object -> its index in ctx->k */
    PObj **queue;     /* objects in index order */
    size_t nq, capq;
    int err; /* first PithSnapError */
} RtSnapEnc;

/* A writer: the numbering and the buffer its bytes go to (one per section). */
struct RtSnapW {
    RtSnapEnc *e;
    PithBuf *out;
};

int rt_snap_enc_const(RtSnapEnc *e, PV k, uint32_t index); /* k is constant index (non-objects ignored); -1 OOM */
void rt_snap_enc_free(RtSnapEnc *e);
void rt_snap_put_fixed(RtSnapW *w, uint64_t v, int nbytes); /* nbytes little-endian */

/* A bounds-checked reader over the snapshot body, and (while objects are read) the object table that refs
 * resolve through: object i is a placeholder until the walk has made it. */
struct RtSnapR {
    const unsigned char *p; /* the bytes */
    size_t n, pos;          /* length of the readable part, next byte */
    int bad;                /* set by any failed read (the snapshot is corrupt) */
    PCtx *c;                /* the execution the objects are made in */
    const PProgDesc *prog;  /* its program */
    const PFuncDesc *natives; /* the runtime's own frame functions, numbered after the program's */
    int nnatives;
    size_t nobj;
    PV *objs;     /* object i (one reference held by the table) */
    unsigned tag; /* the tag of the record being made */
};

const unsigned char *rt_snap_get_raw(RtSnapR *r, size_t n); /* n bytes as they are, NULL when short */
uint64_t rt_snap_get_fixed(RtSnapR *r, int nbytes);         /* nbytes little-endian */

#endif
