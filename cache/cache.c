/* cache.c — in-memory compile cache (open addressing with linear probing on the 128-bit content hash), bounded:
 * when it holds its limit of entries, adding one evicts the least recently used, so a long-lived worker that
 * compiles endless distinct snippets keeps a fixed footprint. Stage: cache.
 * Invariants: the table is at most half full; keys are unique; values are opaque owned references; every run
 * of occupied slots is unbroken from each key's home slot to the key (deletion shifts entries back). */
#include <stdlib.h>
#include <string.h>
#define XXH_STATIC_LINKING_ONLY /* XXH3_state_t on the stack */
#include <xxhash.h>

#include "cache.h"
#include "pith_abi.h"

typedef struct Slot {
    CacheKey key;
    void *value;    /* NULL: empty */
    uint64_t used;  /* the cache's clock when the entry was last put or found */
} Slot;

struct Cache {
    Slot *slots; /* capacity is a power of two */
    size_t cap;
    size_t count;
    size_t limit;   /* most entries held (>= 1) */
    uint64_t clock; /* ticks once per get or put */
    void (*release)(void *value); /* drops an evicted value */
};

static void feed(XXH3_state_t *st, const void *p, size_t n) {
    uint64_t len = n;
    XXH3_128bits_update(st, &len, sizeof len);
    if (n) XXH3_128bits_update(st, p, n);
}

static void feed_str(XXH3_state_t *st, const char *s) { feed(st, s ? s : "", s ? strlen(s) : 0); }

CacheKey cache_key(const char *source, size_t len, const PithCompileOptions *o) {
    XXH3_state_t st;
    XXH3_128bits_reset(&st);
    unsigned abi = PITH_ABI_VERSION;
    feed(&st, &abi, sizeof abi);
    feed_str(&st, PITH_VERSION);
    feed_str(&st, o ? o->filename : NULL);
    size_t ni = o ? o->ninputs : 0, ne = o ? o->nexternals : 0;
    feed(&st, &ni, sizeof ni);
    for (size_t i = 0; i < ni; i++) feed_str(&st, o->inputs[i]);
    feed(&st, &ne, sizeof ne);
    for (size_t i = 0; i < ne; i++) feed_str(&st, o->externals[i]);
    feed(&st, source, len);
    XXH128_hash_t h = XXH3_128bits_digest(&st);
    return (CacheKey){h.low64, h.high64};
}

Cache *cache_new(size_t limit, void (*release)(void *value)) {
    Cache *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    c->limit = limit ? limit : 1;
    c->release = release;
    c->cap = 64;
    c->slots = calloc(c->cap, sizeof(Slot));
    if (!c->slots) {
        free(c);
        return NULL;
    }
    return c;
}

void cache_free(Cache *c) {
    if (!c) return;
    for (size_t i = 0; i < c->cap; i++)
        if (c->slots[i].value && c->release) c->release(c->slots[i].value);
    free(c->slots);
    free(c);
}

static size_t find(const Slot *slots, size_t cap, CacheKey k) {
    size_t i = (size_t)k.lo & (cap - 1);
    while (slots[i].value && (slots[i].key.lo != k.lo || slots[i].key.hi != k.hi)) i = (i + 1) & (cap - 1);
    return i;
}

void *cache_get(Cache *c, CacheKey key) {
    Slot *s = &c->slots[find(c->slots, c->cap, key)];
    if (s->value) s->used = ++c->clock;
    return s->value;
}

/* Empties slot i, then moves back every later entry of its run that may live there (its home slot is not in the
 * cyclic range (i, j]), so lookups never meet a hole before their key. */
static void remove_at(Cache *c, size_t i) {
    size_t mask = c->cap - 1, j = i;
    c->slots[i].value = NULL;
    for (;;) {
        j = (j + 1) & mask;
        if (!c->slots[j].value) break;
        size_t home = (size_t)c->slots[j].key.lo & mask;
        if (((j - home) & mask) >= ((j - i) & mask)) { /* home at or before i: the entry may fill the hole */
            c->slots[i] = c->slots[j];
            c->slots[j].value = NULL;
            i = j;
        }
    }
    c->count--;
}

/* Drops the least recently used entry (a scan: the table is small and eviction happens once per new program). */
static void evict_one(Cache *c) {
    size_t victim = c->cap;
    for (size_t i = 0; i < c->cap; i++)
        if (c->slots[i].value && (victim == c->cap || c->slots[i].used < c->slots[victim].used)) victim = i;
    if (victim == c->cap) return;
    void *value = c->slots[victim].value;
    remove_at(c, victim);
    if (c->release) c->release(value);
}

size_t cache_count(const Cache *c) { return c->count; }

void cache_set_limit(Cache *c, size_t limit) {
    c->limit = limit ? limit : 1;
    while (c->count > c->limit) evict_one(c);
}

static int grow(Cache *c) {
    size_t ncap = c->cap * 2;
    Slot *ns = calloc(ncap, sizeof(Slot));
    if (!ns) return -1;
    for (size_t i = 0; i < c->cap; i++)
        if (c->slots[i].value) ns[find(ns, ncap, c->slots[i].key)] = c->slots[i];
    free(c->slots);
    c->slots = ns;
    c->cap = ncap;
    return 0;
}

int cache_put(Cache *c, CacheKey key, void *value) {
    size_t i = find(c->slots, c->cap, key);
    if (!c->slots[i].value) {
        if (c->count >= c->limit) {
            evict_one(c);
            i = find(c->slots, c->cap, key);
        }
        if ((c->count + 1) * 2 > c->cap) {
            if (grow(c)) return -1;
            i = find(c->slots, c->cap, key);
        }
        c->count++;
    }
    c->slots[i].key = key;
    c->slots[i].value = value;
    c->slots[i].used = ++c->clock;
    return 0;
}
