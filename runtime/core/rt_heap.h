/* rt_heap.h — the execution's heap beyond the object header of rt_object.h: memory accounting extras, the
 * header word each block keeps, and the cycle collector's table. Stage: runtime core (rt_alloc.c, rt_gc.c,
 * rt_dealloc.c); every part may use it. */
#ifndef PITH_RT_HEAP_H
#define PITH_RT_HEAP_H

#include "rt_ctx.h"

/* ---- allocator extras (rt_alloc.c) ---- */
int rt_mem_charge(PCtx *c, size_t n);     /* count n bytes held outside blocks (GMP limbs); -1 over the limit */
void rt_mem_uncharge(PCtx *c, size_t n);  /* give back bytes counted by rt_mem_charge */
int rt_mem_check(PCtx *c, double nbytes); /* a predicted allocation fits the limit? -1 + MemoryError if not */
void *rt_alloc_quiet(PCtx *c, size_t n);  /* rt_alloc without an exception on failure (optional caches) */
PObj *rt_obj_new_fixed(PCtx *c, int type, size_t size); /* rt_obj_new outside the limits' counts, for the
                                            context's own bounded objects (never freed before the sweep) */
void rt_gmp_free(void *p, size_t n);      /* free what GMP allocated for us (mpz_get_str/mpz_export with NULL) */
int rt_gmp_settle(PCtx *c, mpz_t z); /* z's limbs leave GMP's count (a big int's now); -1 if the limit was crossed */
/* One pointer-sized word in each object's block header: the object's side data while it lives (a str's
 * code point index), then its link in rt_dealloc's work list once it died (side data freed first). */
PObj *rt_obj_link(PObj *o);
void rt_obj_set_link(PObj *o, PObj *next);
/* A tracked container's word holds its index in RtCtx.gc_objs instead (rt_gc.c keeps the two in step). */
static inline int rt_obj_tracked(const PObj *o) { return (RT_HDR(o)->aux & RT_AUX_TRACKED) != 0; }
static inline size_t rt_obj_gc_index(const PObj *o) { return (size_t)(RT_HDR(o)->aux >> 2); }
static inline void rt_obj_set_gc_index(PObj *o, size_t i) {
    RT_HDR(o)->aux = ((uintptr_t)i << 2) | RT_AUX_TRACKED | RT_AUX_OBJ;
}

/* ---- the cycle collector (rt_gc.c) ---- */
#define RT_GC_MIN_THRESHOLD 10000 /* containers made between two collections, at least */
size_t rt_gc_collect(PCtx *c);    /* frees unreachable cycles now; returns how many objects */
int rt_gc_reclaim(PCtx *c);       /* at the memory limit: collect if allowed; 1 if anything was freed */
int rt_gc_grow(PCtx *c);          /* room for more entries in the table; -1 MemoryError */
static inline void rt_gc_maybe_collect(PCtx *c) {
    RtCtx *x = RT_CTX(c);
    if (x->gc_allocs >= x->gc_threshold) rt_gc_collect(c);
}
/* A new container joins the tracked set (its entry's bytes were counted with its block: rt_obj_new). */
static inline int rt_gc_track(PCtx *c, PObj *o) {
    RtCtx *x = RT_CTX(c);
    if (x->gc_n == x->gc_cap && rt_gc_grow(c) < 0) return -1;
    x->gc_objs[x->gc_n] = (RtGcEntry){o, 0};
    rt_obj_set_gc_index(o, x->gc_n++);
    x->gc_allocs++;
    return 0;
}
/* A dying or freed container leaves it: the last entry moves into its place. */
static inline void rt_gc_untrack(PCtx *c, PObj *o) {
    RtCtx *x = RT_CTX(c);
    size_t i = rt_obj_gc_index(o);
    RtGcEntry last = x->gc_objs[--x->gc_n];
    x->gc_objs[i] = last;
    rt_obj_set_gc_index(last.o, i);
    RT_HDR(o)->aux = RT_AUX_OBJ;
    x->mem_live -= sizeof(RtGcEntry);
}

#endif
