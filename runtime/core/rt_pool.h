/* rt_pool.h — the block header every allocation carries and the size-class pool small blocks come from.
 * Stage: runtime core. Only rt_alloc.c allocates through the pool (it keeps the accounting); rt_heap.h's
 * accessors read the header word.
 *
 * A small block (at most RT_POOL_MAX bytes) is a 16-byte header and its class's payload, carved from a chunk
 * the execution owns: per class a free list (LIFO) of blocks given back, else the next bytes of the current
 * chunk. Freeing pushes on the list; tearing a run down frees the chunks. Chunks are walkable from their
 * first block to where carving stopped, because every block, free or live, keeps its size (hence its class
 * and stride) in its header. Bigger blocks are malloc'd one by one behind an RtBlock link (rt_alloc.c). */
#ifndef PITH_RT_POOL_H
#define PITH_RT_POOL_H

#include <stddef.h>
#include <stdint.h>

/* The header before every block, small or large. Its size keeps the user pointer 16-byte aligned. */
typedef struct RtHdr {
    size_t size;   /* bytes requested by the caller (the accounting unit; a small block's class follows) */
    uintptr_t aux; /* bit 0: the block holds a PObj. A container tracked by the cycle collector: bit 1 set
                        and its index in RtCtx.gc_objs above bit 2. Otherwise the other bits are a pointer
                        (16-byte aligned): the object's side data while it lives (a str's code point index,
                        rt_str.c), its deferred-dealloc link once dead (rt_dealloc.c), or, in a free small
                        block, the next free block of its class (bit 0 clear: not an object) */
} RtHdr;
_Static_assert(sizeof(RtHdr) == 16, "block header must keep 16-byte alignment");

#define RT_HDR(p) ((RtHdr *)((char *)(p) - sizeof(RtHdr)))
#define RT_AUX_OBJ ((uintptr_t)1)
#define RT_AUX_TRACKED ((uintptr_t)2)

/* Size classes: payloads of 0, 16, 32, ... RT_POOL_MAX bytes (class k holds 16 * k). 512 as pymalloc: it covers
 * every fixed-size object and the buffers of small lists, dicts and strs. */
#define RT_POOL_MAX 512
#define RT_POOL_NCLASSES (RT_POOL_MAX / 16 + 1)
#define RT_POOL_CLASS(n) (((n) + 15) >> 4)

/* Under AddressSanitizer a free block's payload and the slack of a live one are poisoned, and each block is
 * followed by a poisoned red zone, so a use after free (until the block is reused) or an overflow past the
 * requested size is still reported. */
#if defined(__SANITIZE_ADDRESS__)
#define RT_POOL_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RT_POOL_ASAN 1
#endif
#endif
#ifdef RT_POOL_ASAN
#define RT_POOL_REDZONE 16
#else
#define RT_POOL_REDZONE 0
#endif

/* Bytes from one block's header to the next one's in a chunk. */
#define RT_POOL_STRIDE(k) (sizeof(RtHdr) + 16 * (size_t)(k) + RT_POOL_REDZONE)

typedef struct RtChunk {
    struct RtChunk *next; /* the chunk carved before this one */
    char *end;            /* where carving stopped (set when the chunk is left; the current one: RtPool.bump) */
    size_t bytes;         /* the chunk's size, header included */
} RtChunk;

typedef struct RtPool {
    RtHdr *free[RT_POOL_NCLASSES]; /* per class, the blocks given back (linked through aux) */
    char *bump, *limit;            /* the unused rest of the current chunk */
    RtChunk *chunks;               /* every chunk, the current one first */
    size_t chunk_bytes;            /* size of the next chunk (grows to RT_POOL_CHUNK_MAX) */
    int has_bigint;                /* a big int was made: teardown must clear GMP limbs (rt_alloc.c) */
} RtPool;

RtHdr *rt_pool_carve(RtPool *p, size_t n); /* rt_pool_get's slow path (a new chunk, ASan); NULL: no memory */
void rt_pool_put_poisoned(RtPool *p, RtHdr *h); /* rt_pool_put under ASan */
void rt_pool_resize(RtHdr *h, size_t n);   /* a small block keeps its class but now holds n bytes */
/* Visit every live block of every chunk, then free the chunks: the pool is empty and reusable afterwards. */
void rt_pool_release(RtPool *p, void (*each)(RtHdr *h, void *arg), void *arg);

/* A block of n <= RT_POOL_MAX bytes if one is at hand: the class's last freed block, else the next bytes of
 * the current chunk. NULL: a new chunk is needed (rt_pool_carve), or always under ASan. Inline: this is most
 * of an allocation's cost. */
static inline RtHdr *rt_pool_try(RtPool *p, size_t n) {
#ifndef RT_POOL_ASAN
    size_t k = RT_POOL_CLASS(n);
    RtHdr *h = p->free[k];
    if (h) {
        p->free[k] = (RtHdr *)h->aux;
    } else {
        if ((size_t)(p->limit - p->bump) < RT_POOL_STRIDE(k)) return NULL;
        h = (RtHdr *)p->bump;
        p->bump += RT_POOL_STRIDE(k);
    }
    h->size = n;
    return h;
#else
    (void)p, (void)n;
    return NULL;
#endif
}

/* A block of n <= RT_POOL_MAX bytes. NULL: no memory. */
static inline RtHdr *rt_pool_get(RtPool *p, size_t n) {
    RtHdr *h = rt_pool_try(p, n);
    return h ? h : rt_pool_carve(p, n);
}

/* Give a small block back to its class. */
static inline void rt_pool_put(RtPool *p, RtHdr *h) {
#ifndef RT_POOL_ASAN
    size_t k = RT_POOL_CLASS(h->size);
    h->aux = (uintptr_t)p->free[k];
    p->free[k] = h;
#else
    rt_pool_put_poisoned(p, h);
#endif
}

#endif
