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
Cache *cache_new(void);
/* Frees the table; release is called once per stored value. */
void cache_free(Cache *c, void (*release)(void *value));
void *cache_get(const Cache *c, CacheKey key);      /* borrowed; NULL if absent */
int cache_put(Cache *c, CacheKey key, void *value); /* takes the caller's reference; 0 ok, -1 OOM */

#endif
