/* fe_arena.c — the frontend's bump allocator: every AST node, symbol, scope and string of one module.
 * Stage: frontend. Invariants (ast.h): all memory of a module lives in one FeArena, freed at once by
 * fe_module_free; allocations are zeroed and 16-byte aligned; OOM returns NULL, never aborts. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fe_internal.h"

/* One malloc'd block; allocations are carved from data[] front to back. */
typedef struct FeChunk {
    struct FeChunk *next; /* the previously filled chunk (freed together) */
    size_t size;          /* usable bytes in data[] */
    _Alignas(16) unsigned char data[];
} FeChunk;

struct FeArena {
    FeChunk *head;    /* the chunk allocations currently come from (NULL before the first) */
    size_t used;      /* bytes used in head->data */
    size_t next_size; /* data size for the next ordinary chunk (doubles up to FE_CHUNK_MAX) */
};

#define FE_CHUNK_FIRST ((size_t)16 * 1024)
#define FE_CHUNK_MAX ((size_t)1024 * 1024)

FeArena *fe_arena_new(void) {
    FeArena *a = calloc(1, sizeof *a);
    if (a) a->next_size = FE_CHUNK_FIRST;
    return a;
}

void fe_arena_free(FeArena *a) {
    if (!a) return;
    FeChunk *c = a->head;
    while (c) {
        FeChunk *next = c->next;
        free(c);
        c = next;
    }
    free(a);
}

/* Zeroed, 16-byte aligned memory of n bytes (n == 0 gives a valid unique pointer); NULL on OOM. */
void *fe_alloc(FeArena *a, size_t n) {
    if (!a) return NULL;
    if (n > SIZE_MAX / 2) return NULL;
    size_t need = (n + 15) & ~(size_t)15;
    if (need == 0) need = 16;
    if (!a->head || a->head->size - a->used < need) {
        size_t size = need > a->next_size ? need : a->next_size;
        FeChunk *c = malloc(sizeof(FeChunk) + size);
        if (!c) return NULL;
        c->size = size;
        if (need > a->next_size && a->head) {
            /* an oversized request gets its own chunk behind the current one, keeping its free tail */
            c->next = a->head->next;
            a->head->next = c;
            memset(c->data, 0, need);
            return c->data;
        }
        c->next = a->head;
        a->head = c;
        a->used = 0;
        if (a->next_size < FE_CHUNK_MAX) a->next_size *= 2;
    }
    void *p = a->head->data + a->used;
    a->used += need;
    memset(p, 0, need);
    return p;
}

/* A NUL-terminated copy of s[0..n) (s may contain NULs; the copy keeps them). NULL on OOM. */
char *fe_strndup(FeArena *a, const char *s, size_t n) {
    if (n == SIZE_MAX) return NULL;
    char *d = fe_alloc(a, n + 1);
    if (!d) return NULL;
    if (n) memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

int fe_vec_push(FeArena *a, FeVec *v, void *p) {
    if (v->n == v->cap) {
        if (v->cap > (1 << 28)) return -1;
        int cap = v->cap ? v->cap * 2 : 8;
        void **items = fe_alloc(a, (size_t)cap * sizeof *items);
        if (!items) return -1;
        if (v->n) memcpy(items, v->items, (size_t)v->n * sizeof *items);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->n++] = p;
    return 0;
}

/* Turn a vector of nodes into an FeList (shares the vector's arena storage; empty gives NULL, 0). */
int fe_list_from_vec(FeArena *a, const FeVec *v, FeList *out) {
    (void)a;
    out->items = v->n ? (FeNode **)v->items : NULL;
    out->n = v->n;
    return 0;
}
