/* rt_alloc.c — the per-execution allocator: every block an execution uses is counted here and owned by the
 * execution (small ones in its size-class pool, rt_pool.c; large ones malloc'd and linked into
 * RtCtx.blocks), so mem_live is exact and rt_ctx_release_all can free a whole run. GMP's memory
 * comes here too (its memory functions are process-wide): the scratch of a big-int operation is counted
 * against the execution running on the calling thread.
 * Stage: runtime. Invariants: mem_live = sum of live block sizes + bytes charged with rt_mem_charge (GMP
 * limbs of big ints) + GMP blocks owned by the execution (temporaries during one operation);
 * exceeding mem_limit sets RtCtx.limit = RT_LIMIT_MEMORY and raises MemoryError. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_heap.h"
#include "rt_type.h"

/* Default heap limit when the host passes 0 (matches PithLimits' documented default). */
#define RT_DEFAULT_MEM_LIMIT ((size_t)256 << 20)

/* Stop the run for memory: the limit flag makes the MemoryError uncatchable. */
static void over_limit(PCtx *c) {
    RT_CTX(c)->limit = RT_LIMIT_MEMORY;
    rt_err_nomem(c);
}

/* Would n more bytes stay within the limit? */
static int fits(RtCtx *x, size_t n) { return n <= x->mem_limit && x->mem_live <= x->mem_limit - n; }

/* fits(), after a cycle collection when it did not: garbage cycles are never why a limit is exceeded. */
static int fits_or_reclaim(PCtx *c, size_t n) { return fits(RT_CTX(c), n) || (rt_gc_reclaim(c) && fits(RT_CTX(c), n)); }

/* The allocation-count limit and the fault-injection mode (tests fail the Nth allocation on purpose):
 * 0 to go on, -1 with the run stopped (a limit) or a MemoryError (an injected failure). */
static int count_ok(PCtx *c) {
    RtCtx *x = RT_CTX(c);
    if (x->fail_alloc_at && x->nallocs + 1 == x->fail_alloc_at) {
        x->nallocs++;
        rt_err_nomem(c);
        return -1;
    }
    if (x->alloc_limit && x->nallocs >= x->alloc_limit && x->limit == RT_LIMIT_NONE) { /* once stopped, the
                                                            * error report itself may still allocate */
        x->limit = RT_LIMIT_ALLOCATIONS;
        rt_err_nomem(c);
        return -1;
    }
    return 0;
}

/* ---- blocks: small ones from the pool (rt_pool.c), large ones malloc'd behind an RtBlock link ---- */

#define IS_SMALL(n) ((n) <= RT_POOL_MAX)
#define LINK(h) ((RtBlock *)(h) - 1)

static void link_block(RtCtx *x, RtBlock *b) {
    b->prev = &x->blocks;
    b->next = x->blocks.next;
    x->blocks.next->prev = b;
    x->blocks.next = b;
}

static void unlink_block(RtBlock *b) {
    b->prev->next = b->next;
    b->next->prev = b->prev;
}

static __attribute__((noinline)) RtHdr *get_large(RtCtx *x, size_t n) {
    RtBlock *b = malloc(sizeof(RtBlock) + sizeof(RtHdr) + n);
    if (!b) return NULL;
    link_block(x, b);
    RtHdr *h = (RtHdr *)(b + 1);
    h->size = n;
    return h;
}

/* A header and n bytes behind it, nothing counted; aux is the caller's to set. NULL: no memory. */
static inline RtHdr *get_block(RtCtx *x, size_t n) { return IS_SMALL(n) ? rt_pool_get(&x->pool, n) : get_large(x, n); }

static void put_block(RtCtx *x, RtHdr *h) {
    if (IS_SMALL(h->size)) {
        rt_pool_put(&x->pool, h);
        return;
    }
    unlink_block(LINK(h));
    free(LINK(h));
}

/* What a block of n bytes costs the memory limit: the bytes, plus 48 for bookkeeping. That was the real cost
 * when every block was its own malloc (a 32-byte header and about 16 of malloc's own); a pooled block costs
 * less (a 16-byte header, its class's rounding), so the count stays an upper bound of real memory, and it
 * stays what it was: a limit stops a program at the same point whatever the layout. */
#define BLOCK_COST(n) ((n) + 48)

static void account(RtCtx *x, size_t n) {
    x->mem_live += n;
    if (x->mem_live > x->mem_peak) x->mem_peak = x->mem_live;
}

/* A block of n bytes (n may be 0) whose cost is counted with extra bytes kept elsewhere (an object's entry in
 * the collector's table). NULL + MemoryError (limit) on failure. */
static void *alloc_block(PCtx *c, size_t n, size_t extra) {
    RtCtx *x = RT_CTX(c);
    if (n > SIZE_MAX - 64 - extra || !fits_or_reclaim(c, BLOCK_COST(n) + extra)) {
        over_limit(c);
        return NULL;
    }
    if (count_ok(c) < 0) return NULL;
    /* filling a block costs time in proportion to its size: big copies (s += s, repeat, join) spend fuel,
     * so the next back-edge or call reads the clock (docs/ARCHITECTURE.md §6) */
    c->fuel -= (pi64)(n >> 8);
    RtHdr *h = get_block(x, n);
    if (!h) {
        over_limit(c);
        return NULL;
    }
    h->aux = 0;
    account(x, BLOCK_COST(n) + extra);
    x->nallocs++;
    return h + 1;
}

/* The common case of an allocation in one test, so that it stays a leaf: a small block within the memory
 * limit without a collection, under the allocation limit, no fault injection armed, no collection due (gc: a
 * container, whose table has room), and a block of its class at hand. NULL: take alloc_block's way. */
static inline void *take_quick(PCtx *c, size_t n, size_t extra, int gc) {
    RtCtx *x = RT_CTX(c);
    size_t cost = BLOCK_COST(n) + extra;
    if (!IS_SMALL(n) || x->mem_live + cost > x->mem_limit || x->fail_alloc_at ||
        (x->alloc_limit && x->nallocs >= x->alloc_limit) ||
        (gc && (x->gc_allocs >= x->gc_threshold || x->gc_n == x->gc_cap)))
        return NULL;
    RtHdr *h = rt_pool_try(&x->pool, n);
    if (!h) return NULL;
    h->aux = 0;
    c->fuel -= (pi64)(n >> 8);
    account(x, cost);
    x->nallocs++;
    return h + 1;
}

void *rt_alloc(PCtx *c, size_t n) {
    void *p = take_quick(c, n, 0, 0);
    return p ? p : alloc_block(c, n, 0);
}

/* Like rt_alloc but silent: NULL without an exception (for optional caches). */
void *rt_alloc_quiet(PCtx *c, size_t n) {
    RtCtx *x = RT_CTX(c);
    if (n > SIZE_MAX - 64 || !fits(x, BLOCK_COST(n))) return NULL;
    RtHdr *h = get_block(x, n);
    if (!h) return NULL;
    h->aux = 0;
    account(x, BLOCK_COST(n));
    x->nallocs++;
    return h + 1;
}

/* A block moves between two homes (pool to malloc, or between classes): a new block, the bytes, the old one
 * freed. NULL: no memory, the old block untouched. */
static RtHdr *move_block(RtCtx *x, RtHdr *h, size_t new_n) {
    RtHdr *nh = get_block(x, new_n);
    if (!nh) return NULL;
    nh->aux = h->aux;
    memcpy(nh + 1, h + 1, h->size < new_n ? h->size : new_n);
    put_block(x, h);
    return nh;
}

/* Resize a block (p NULL: allocate). On failure the old block is untouched and NULL returned. */
void *rt_realloc(PCtx *c, void *p, size_t old_n, size_t new_n) {
    if (!p) return rt_alloc(c, new_n);
    (void)old_n;
    RtCtx *x = RT_CTX(c);
    RtHdr *h = RT_HDR(p);
    size_t cur = h->size;
    if (new_n > cur && (new_n > SIZE_MAX - 64 || !fits_or_reclaim(c, new_n - cur))) {
        over_limit(c);
        return NULL;
    }
    if (new_n > cur) c->fuel -= (pi64)(new_n >> 8); /* growing may copy the block: time, as in rt_alloc */
    RtHdr *nh;
    if (IS_SMALL(cur) && IS_SMALL(new_n) && RT_POOL_CLASS(cur) == RT_POOL_CLASS(new_n)) {
        rt_pool_resize(h, new_n);
        nh = h;
    } else if (!IS_SMALL(cur) && !IS_SMALL(new_n)) {
        RtBlock *b = LINK(h);
        unlink_block(b);
        RtBlock *nb = realloc(b, sizeof(RtBlock) + sizeof(RtHdr) + new_n);
        if (!nb) link_block(x, b);
        else link_block(x, nb);
        nh = nb ? (RtHdr *)(nb + 1) : NULL;
        if (nh) nh->size = new_n;
    } else {
        nh = move_block(x, h, new_n);
    }
    if (!nh) {
        over_limit(c);
        return NULL;
    }
    x->mem_live -= BLOCK_COST(cur);
    account(x, BLOCK_COST(new_n));
    return nh + 1;
}

/* Release a block from rt_alloc/rt_realloc. The recorded size is authoritative (n is informational). */
void rt_free(PCtx *c, void *p, size_t n) {
    (void)n;
    if (!p) return;
    RtHdr *h = RT_HDR(p);
    RT_CTX(c)->mem_live -= BLOCK_COST(h->size);
    put_block(RT_CTX(c), h);
}

/* The header of a new object, once its block is zeroed. */
static inline void obj_init(PCtx *c, PObj *o, int type) {
    RT_HDR(o)->aux = RT_AUX_OBJ;
    o->rc = 1;
    o->type = (unsigned short)type;
    if (type == RT_T_BIGINT) RT_CTX(c)->pool.has_bigint = 1;
}

/* rt_obj_new's general way: a collection may run first, any limit may stop it, the block may be large. */
static __attribute__((noinline)) PObj *obj_new_slow(PCtx *c, int type, size_t size, int gc) {
    if (gc) rt_gc_maybe_collect(c);
    PObj *o = alloc_block(c, size, gc ? sizeof(RtGcEntry) : 0);
    if (!o) return NULL;
    memset(o, 0, size);
    obj_init(c, o, type);
    if (gc && rt_gc_track(c, o) < 0) {
        RT_CTX(c)->mem_live -= sizeof(RtGcEntry);
        rt_free(c, o, size);
        return NULL;
    }
    return o;
}

/* A new object of size bytes with rc = 1, type set, flags 0; the rest is zeroed. A container is tracked by
 * the cycle collector, which may run first (allocation pressure); its table entry is counted with it. The
 * common case (take_quick) calls nothing, so it costs no register saves: the block's whole class payload is
 * zeroed in 16-byte steps instead of by memset, and the collector's table is known to have room. */
PObj *rt_obj_new(PCtx *c, int type, size_t size) {
    int gc = (rt_types[type]->flags & RT_TF_GC) != 0;
    PObj *o = take_quick(c, size, gc ? sizeof(RtGcEntry) : 0, gc);
    if (!o) return obj_new_slow(c, type, size, gc);
    uint64_t *w = (uint64_t *)o;
    for (size_t i = 0; i < RT_POOL_CLASS(size); i++) {
        w[2 * i] = 0;
        w[2 * i + 1] = 0;
        __asm__("" ::: "memory"); /* keep the loop: as a memset call it would cost the saves back */
    }
    obj_init(c, o, type);
    if (gc) {
        RtCtx *x = RT_CTX(c);
        x->gc_objs[x->gc_n] = (RtGcEntry){o, 0};
        rt_obj_set_gc_index(o, x->gc_n++);
        x->gc_allocs++;
    }
    return o;
}

/* An object of the execution's fixed overhead (the shared small strs, rt_make.c): a bounded few blocks that
 * no program asks for, so neither limit counts them; held by the context until the sweep frees them. */
PObj *rt_obj_new_fixed(PCtx *c, int type, size_t size) {
    RtHdr *h = get_block(RT_CTX(c), size);
    if (!h) {
        rt_err_nomem(c);
        return NULL;
    }
    PObj *o = (PObj *)(h + 1);
    memset(o, 0, size);
    obj_init(c, o, type);
    return o;
}

void rt_obj_free(PCtx *c, PObj *o, size_t size) {
    if (rt_obj_tracked(o)) rt_gc_untrack(c, o);
    rt_free(c, o, size);
}

PObj *rt_obj_link(PObj *o) { return (PObj *)(RT_HDR(o)->aux & ~(RT_AUX_OBJ | RT_AUX_TRACKED)); }

void rt_obj_set_link(PObj *o, PObj *next) { RT_HDR(o)->aux = (uintptr_t)next | RT_AUX_OBJ; }

/* Count bytes held outside the blocks (GMP limbs) against the limit. */
int rt_mem_charge(PCtx *c, size_t n) {
    RtCtx *x = RT_CTX(c);
    if (!fits_or_reclaim(c, n)) {
        over_limit(c);
        return -1;
    }
    c->fuel -= (pi64)(n >> 6); /* big-int limbs: the arithmetic that filled them took time */
    account(x, n);
    return 0;
}

void rt_mem_uncharge(PCtx *c, size_t n) {
    RtCtx *x = RT_CTX(c);
    x->mem_live = n > x->mem_live ? 0 : x->mem_live - n;
}

/* ---- GMP's memory ----
 * Every GMP block carries a header naming the execution it is counted against (NULL: none). The execution
 * is the one bound to the allocating thread (rt_gmp_bind, while it runs), so two executions in two threads
 * each count their own, and a block freed later or elsewhere is given back to the right one. GMP cannot be
 * told "no": a block that crosses the limit is still made (the operation was estimated to fit first, see
 * rt_int_cost.c), and the crossing stays visible in mem_peak for rt_gmp_settle to report. */

typedef struct GmpHdr {
    RtCtx *owner; /* charged with this block, or NULL */
    size_t size;  /* bytes GMP asked for */
} GmpHdr;
_Static_assert(sizeof(GmpHdr) % 16 == 0, "GMP header must keep 16-byte alignment");

static _Thread_local RtCtx *gmp_bound;

#define GMP_HDR(p) ((GmpHdr *)((char *)(p) - sizeof(GmpHdr)))
#define GMP_COST(n) ((n) + sizeof(GmpHdr) + 16)

static void gmp_out_of_memory(void) {
    fputs("pith: out of memory in GMP\n", stderr); /* as GMP's own allocator does: it cannot fail softly */
    abort();
}

static void *gmp_alloc(size_t n) {
    GmpHdr *h = malloc(sizeof(GmpHdr) + n);
    if (!h) gmp_out_of_memory();
    h->owner = gmp_bound;
    h->size = n;
    if (h->owner) account(h->owner, GMP_COST(n));
    return h + 1;
}

static void *gmp_realloc(void *p, size_t old_n, size_t n) {
    (void)old_n;
    GmpHdr *h = realloc(GMP_HDR(p), sizeof(GmpHdr) + n);
    if (!h) gmp_out_of_memory();
    if (h->owner) {
        h->owner->mem_live -= GMP_COST(h->size);
        account(h->owner, GMP_COST(n));
    }
    h->size = n;
    return h + 1;
}

static void gmp_free(void *p, size_t n) {
    (void)n;
    GmpHdr *h = GMP_HDR(p);
    if (h->owner) h->owner->mem_live -= GMP_COST(h->size);
    free(h);
}

/* Installed before main: no GMP block may exist without a header. The functions are process-wide, so a
 * host embedding pith must not install its own (GMP itself it may use: its blocks are simply not counted). */
__attribute__((constructor)) static void gmp_install(void) {
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
}

void rt_gmp_free(void *p, size_t n) {
    if (p) gmp_free(p, n);
}

RtCtx *rt_gmp_bind(RtCtx *x) {
    RtCtx *prev = gmp_bound;
    gmp_bound = x;
    return prev;
}

/* z's limbs become a big int's: stop counting them as GMP's (rt_big_steal counts them with rt_mem_charge,
 * and rt_dealloc gives them back with rt_mem_uncharge). -1 + MemoryError when the operation that made z
 * crossed the memory limit on the way. */
int rt_gmp_settle(PCtx *c, mpz_t z) {
    if (z->_mp_alloc > 0) {
        GmpHdr *h = GMP_HDR(z->_mp_d);
        if (h->owner) h->owner->mem_live -= GMP_COST(h->size);
        h->owner = NULL;
    }
    RtCtx *x = RT_CTX(c);
    if (x->mem_peak > x->mem_limit) {
        over_limit(c);
        return -1;
    }
    return 0;
}

/* Predictive guard for results whose size is known before computing ('x' * n, 10 ** n, 1 << n). */
static int check_fits(const RtCtx *x, double nbytes) {
    return nbytes >= 0 && nbytes <= (double)x->mem_limit && (size_t)nbytes <= x->mem_limit - x->mem_live;
}

/* Kept out of line: rt_mem_check's common case stays a leaf function. */
static __attribute__((noinline)) int check_after_reclaim(PCtx *c, double nbytes) {
    if (nbytes >= 0 && nbytes <= (double)RT_CTX(c)->mem_limit && rt_gc_reclaim(c) && check_fits(RT_CTX(c), nbytes))
        return 0;
    over_limit(c);
    return -1;
}

int rt_mem_check(PCtx *c, double nbytes) { return check_fits(RT_CTX(c), nbytes) ? 0 : check_after_reclaim(c, nbytes); }

/* Zero the whole context and set up an empty heap. Call before anything else touches x. */
void rt_ctx_init(RtCtx *x, size_t mem_limit) {
    memset(x, 0, sizeof *x);
    x->blocks.prev = x->blocks.next = &x->blocks;
    x->mem_limit = mem_limit ? mem_limit : RT_DEFAULT_MEM_LIMIT;
    x->pending_ext = -1;
    x->pub.max_depth = 1000;
    x->gc_threshold = RT_GC_MIN_THRESHOLD;
#ifdef RT_GC_STRESS
    x->gc_threshold = 1;
#endif
}

/* The end-of-run sweep: free every block still live (cycles, leaks, a run stopped midway), including the
 * GMP limbs of big ints. The PV fields of the context dangle afterwards, so they are cleared (the arrays
 * behind pub.g / pub.k belong to rt_exec.c, which resets them itself). */
/* A live block at teardown: a big int's limbs are GMP's memory, outside the blocks. */
static void clear_bigint(RtHdr *h, void *arg) {
    (void)arg;
    PObj *o = (PObj *)(h + 1);
    if ((h->aux & RT_AUX_OBJ) && o->type == RT_T_BIGINT) mpz_clear(((RtBig *)o)->z);
}

void rt_ctx_release_all(RtCtx *x) {
    RtBlock *b = x->blocks.next;
    while (b != &x->blocks) {
        RtBlock *next = b->next;
        clear_bigint((RtHdr *)(b + 1), NULL);
        free(b);
        b = next;
    }
    rt_pool_release(&x->pool, x->pool.has_bigint ? clear_bigint : NULL, NULL);
    x->blocks.prev = x->blocks.next = &x->blocks;
    free(x->gc_objs);
    x->gc_objs = NULL;
    x->gc_n = x->gc_cap = x->gc_allocs = 0;
    x->mem_live = 0;
    x->exc = x->handling = PV_NULL;
    for (int i = 0; i < PITH_B_COUNT; i++) x->builtins[i] = PV_NULL;
    for (int i = 0; i < PITH_MOD_COUNT; i++) x->modules[i] = PV_NULL;
    for (size_t i = 0; i < sizeof x->small_strs / sizeof x->small_strs[0]; i++) x->small_strs[i] = PV_NULL;
    x->top = NULL;
    x->pending_args = x->pending_kwargs = PV_NULL;
    x->re_cache = PV_NULL;
}
