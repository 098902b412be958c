/* rt_ctx.h — the full execution context (the runtime's view of a PCtx) and the driver's internals.
 * Stage: runtime. One RtCtx per execution; everything an execution owns hangs off it, so tearing it down
 * (rt_ctx_release_all) releases every byte, whatever reference counting and the cycle collector left. */
#ifndef PITH_RT_CTX_H
#define PITH_RT_CTX_H

#include "pith.h"
#include "pith_buf.h"
#include "pith_modules.h"
#include "rt_object.h"
#include "rt_pool.h"

/* The link before a large block's header (rt_alloc.c): blocks above RT_POOL_MAX are malloc'd one by one and
 * kept on a doubly linked list for the end-of-run sweep. Small blocks live in the pool (rt_pool.h). */
typedef struct RtBlock {
    struct RtBlock *prev, *next; /* neighbours in RtCtx.blocks */
} RtBlock;
_Static_assert(sizeof(RtBlock) % 16 == 0, "a large block's link must keep 16-byte alignment");

/* One tracked container (rt_gc.c). refs is scratch space of a collection. */
typedef struct RtGcEntry {
    PObj *o;
    intptr_t refs;
} RtGcEntry;

/* Why a run was stopped by a limit; such stops cannot be caught by Python code. */
typedef enum RtLimit {
    RT_LIMIT_NONE,
    RT_LIMIT_TIME,
    RT_LIMIT_MEMORY,
    RT_LIMIT_ALLOCATIONS,
    RT_LIMIT_HOST_CALLS,
    RT_LIMIT_OUTPUT
} RtLimit;

typedef struct RtCtx {
    PCtx pub; /* the ABI-visible prefix: MUST be first */

    /* allocator (rt_alloc.c) */
    RtPool pool;            /* small blocks: size classes carved from chunks (rt_pool.c) */
    RtBlock blocks;         /* sentinel of the list of live large blocks */
    size_t mem_live;        /* bytes counted live now (each block's cost: rt_alloc.c) */
    size_t mem_peak;        /* highest mem_live seen */
    size_t mem_limit;       /* MemoryLimitExceeded beyond this */
    uint64_t nallocs;       /* allocations made so far */
    uint64_t alloc_limit;   /* stop the run past this many allocations; 0 = no limit */
    uint64_t fail_alloc_at; /* fault injection: the allocation with this number (1-based) fails; 0 = off */

    /* cycle collector (rt_gc.c) */
    RtGcEntry *gc_objs;  /* every live container (an RT_TF_GC type), unordered, malloc'd (counted: rt_gc.c) */
    size_t gc_n, gc_cap; /* entries used, allocated */
    size_t gc_allocs;    /* containers made since the last collection */
    size_t gc_threshold; /* collect when gc_allocs reaches it */
    int gc_busy;         /* > 0: no collection may start (one runs, or the snapshot decoder builds objects) */
    uint64_t gc_runs;    /* collections so far */
    uint64_t gc_freed;   /* objects they freed */

    /* exceptions (rt_exc.c) */
    PV exc;        /* the pending exception instance (owned), PV_NULL if none */
    PV handling;   /* the exception an except block is handling (owned), PV_NULL if none */
    RtLimit limit; /* set when a limit stopped the run: exceptions are then uncatchable */

    /* output (rt_exec.c) */
    PithWriter writer; /* host writer, or NULL to capture */
    void *writer_user;
    PithBuf out; /* captured output (malloc'd: it belongs to the host, not the heap) */

    /* program and globals */
    const PProgDesc *prog;      /* the running program's descriptor (owned by the program) */
    PV builtins[PITH_B_COUNT];  /* lazily made builtin objects (owned) */
    PV modules[PITH_MOD_COUNT]; /* lazily made module objects, one per module as in CPython (owned) */
    PV small_strs[129];         /* "" at 0, then each ASCII character c at 1 + c: made on first use, shared
                                   (owned; rt_str_small in rt_make.c) */
    pu64 hash_seed;             /* per-execution str/bytes hash seed (hash flooding) */

    /* driver (rt_exec.c) */
    PFrame *top;          /* innermost frame of the suspended/running state-machine chain */
    PV stop;              /* the "iterator exhausted" marker a frame hands its consumer (rt_stop_new), or 0 */
    int pending_ext;      /* ext id of the call we are waiting on, -1 if none */
    PV pending_args;      /* tuple of positional args (owned) */
    PV pending_kwargs;    /* dict of keyword args (owned) */
    PithValue *host_args; /* the pending call's arguments converted for the host at the call site, so a
                                 value the host cannot take raises there (rt_ext_call); owned until published */
    PithValue *host_kwargs;
    pi64 call_seq;         /* the id the last host call got (ids are 1, 2, 3... per execution; snapshots keep it) */
    pi64 pending_id;       /* the id of the call pending_ext names */
    int blocking_answered; /* the host answered that call (callret or the exception is set) and the run has not
                              gone on yet */

    /* host-call and output limits (rt_exec.c) */
    int host_calls;      /* external calls made so far */
    int host_call_limit; /* HostCallLimitExceeded beyond this */
    size_t out_total;    /* bytes printed so far (whichever sink) */
    size_t out_limit;    /* OutputLimitExceeded beyond this */

    /* re's compiled patterns by (type, pattern, flags): a dict (owned) or PV_NULL (rt_mod_re_compile.c) */
    PV re_cache;

    /* time limit (rt_exec.c) */
    double deadline; /* monotonic seconds; 0 = none */
    double max_seconds;
} RtCtx;

#define RT_CTX(c) ((RtCtx *)(c))

/* Context lifetime (rt_alloc.c / rt_exec.c). */
void rt_ctx_init(RtCtx *x, size_t mem_limit);
void rt_ctx_release_all(RtCtx *x); /* frees every block still live: the end-of-run sweep */
RtCtx *rt_gmp_bind(RtCtx *x);      /* count this thread's GMP memory against x (NULL: none) while it runs;
                                      returns the previous binding, to restore */

#endif
