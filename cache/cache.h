/* cache.h — the in-memory compile cache: content-hash key -> compiled program.
 * Stage: cache. Key = XXH3-128 over (ABI version, pith version, filename, inputs, externals, source), each
 * length-prefixed so no two different requests share a byte stream. A hit costs a hash and a lookup. */
#ifndef PITH_CACHE_H
#define PITH_CACHE_H

#include <stddef.h>
#include <stdint.h>

#include "pith.h"

typedef struct CacheKey {
    uint64_t lo, hi;
} CacheKey;

CacheKey cache_key(const char *source, size_t len, const PithCompileOptions *opts);

typedef struct Cache Cache;
/* A cache of at most limit entries (0: 1); release drops a value the cache evicts or is freed with. */
Cache *cache_new(size_t limit, void (*release)(void *value));
void cache_free(Cache *c);                   /* releases every stored value */
void *cache_get(Cache *c, CacheKey key);     /* borrowed; NULL if absent; marks the entry recently used */
/* Takes the caller's reference; when the cache is full the least recently used entry is released first.
 * 0 ok, -1 OOM (the value is not stored). */
int cache_put(Cache *c, CacheKey key, void *value);
size_t cache_count(const Cache *c);
void cache_set_limit(Cache *c, size_t limit); /* evicts the least recently used entries beyond it */

#endif
