/* cache.c — in-memory compile cache (open addressing on the 128-bit content hash). Stage: cache.
 * Invariant: the table is at most half full; keys are unique; values are opaque owned references. */
#include <stdlib.h>
#include <string.h>
#define XXH_STATIC_LINKING_ONLY /* XXH3_state_t on the stack */
#include <xxhash.h>

#include "cache.h"
#include "pith_abi.h"

typedef struct Slot {
    CacheKey key;
    void *value;
} Slot; /* value NULL = empty */

struct Cache {
    Slot *slots; /* capacity is a power of two */
    size_t cap;
    size_t count;
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

Cache *cache_new(void) {
    Cache *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    c->cap = 64;
    c->slots = calloc(c->cap, sizeof(Slot));
    if (!c->slots) {
        free(c);
        return NULL;
    }
    return c;
}

void cache_free(Cache *c, void (*release)(void *value)) {
    if (!c) return;
    for (size_t i = 0; i < c->cap; i++)
        if (c->slots[i].value && release) release(c->slots[i].value);
    free(c->slots);
    free(c);
}

static size_t find(const Slot *slots, size_t cap, CacheKey k) {
    size_t i = (size_t)k.lo & (cap - 1);
    while (slots[i].value && (slots[i].key.lo != k.lo || slots[i].key.hi != k.hi)) i = (i + 1) & (cap - 1);
    return i;
}

void *cache_get(const Cache *c, CacheKey key) { return c->slots[find(c->slots, c->cap, key)].value; }

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
    if ((c->count + 1) * 2 > c->cap && grow(c)) return -1;
    size_t i = find(c->slots, c->cap, key);
    if (!c->slots[i].value) c->count++;
    c->slots[i].key = key;
    c->slots[i].value = value;
    return 0;
}
