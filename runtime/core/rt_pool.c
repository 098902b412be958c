/* rt_pool.c — the size-class pool of an execution's small blocks (rt_pool.h): chunks, carving, free lists.
 * Stage: runtime core. No accounting here: rt_alloc.c counts every block as it did when each was its own
 * malloc, so the memory and allocation limits do not depend on how blocks are laid out.
 * Why a pool: a malloc'd block cost a 32-byte header plus malloc's own 16 and about 150 instructions each
 * way; a pooled one costs a 16-byte header and a list push or pop, and a run's teardown frees a few chunks
 * instead of every block. Each execution owns its pool, so two executions in two threads never share one. */
#include <stdlib.h>
#include <string.h>

#include "rt_pool.h"

#ifdef RT_POOL_ASAN
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

/* Chunks start small (a trivial run touches a few KB) and double up to the largest, so a big heap is a few
 * hundred chunks; glibc serves the large ones with mmap, which gives them back to the system when freed. */
#define RT_POOL_CHUNK_MIN ((size_t)64 << 10)
#define RT_POOL_CHUNK_MAX ((size_t)1 << 20)

/* Where a chunk's first block starts: past its header, 16-byte aligned. */
#define FIRST_BLOCK(ch) ((char *)(ch) + ((sizeof(RtChunk) + 15) & ~(size_t)15))

static char *payload(RtHdr *h) { return (char *)(h + 1); }

/* Start a new chunk; the old one's carved extent is recorded for the teardown walk. 0 or -1 (no memory). */
static int new_chunk(RtPool *p) {
    size_t bytes = p->chunk_bytes ? p->chunk_bytes : RT_POOL_CHUNK_MIN;
    RtChunk *ch = malloc(bytes);
    if (!ch) return -1;
    if (p->chunks) p->chunks->end = p->bump;
    ch->next = p->chunks;
    ch->end = NULL;
    ch->bytes = bytes;
    p->chunks = ch;
    p->bump = FIRST_BLOCK(ch);
    p->limit = (char *)ch + bytes;
    POISON(p->bump, (size_t)(p->limit - p->bump));
    if (bytes < RT_POOL_CHUNK_MAX) p->chunk_bytes = bytes * 2;
    return 0;
}

RtHdr *rt_pool_carve(RtPool *p, size_t n) {
    size_t k = RT_POOL_CLASS(n);
    RtHdr *h = p->free[k];
    if (h) { /* only under ASan: rt_pool_get pops the list itself otherwise */
        UNPOISON(payload(h), n);
        p->free[k] = (RtHdr *)h->aux;
    } else {
        size_t stride = RT_POOL_STRIDE(k);
        if ((size_t)(p->limit - p->bump) < stride && new_chunk(p) < 0) return NULL;
        h = (RtHdr *)p->bump;
        p->bump += stride;
        UNPOISON(h, sizeof(RtHdr) + n);
    }
    h->size = n;
    return h;
}

void rt_pool_put_poisoned(RtPool *p, RtHdr *h) {
    size_t k = RT_POOL_CLASS(h->size);
    POISON(payload(h), 16 * k);
    h->aux = (uintptr_t)p->free[k];
    p->free[k] = h;
}

void rt_pool_resize(RtHdr *h, size_t n) {
    POISON(payload(h), 16 * RT_POOL_CLASS(h->size));
    UNPOISON(payload(h), n);
    h->size = n;
}

void rt_pool_release(RtPool *p, void (*each)(RtHdr *h, void *arg), void *arg) {
    if (p->chunks) p->chunks->end = p->bump;
    RtChunk *ch = p->chunks;
    while (ch) {
        RtChunk *next = ch->next;
        if (each) {
            char *at = FIRST_BLOCK(ch);
            while (at < ch->end) {
                RtHdr *h = (RtHdr *)at;
                if (h->aux & RT_AUX_OBJ) each(h, arg);
                at += RT_POOL_STRIDE(RT_POOL_CLASS(h->size));
            }
        }
        UNPOISON(ch, ch->bytes); /* hand free() the chunk as malloc gave it */
        free(ch);
        ch = next;
    }
    memset(p, 0, sizeof *p);
}
