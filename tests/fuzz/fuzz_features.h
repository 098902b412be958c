/* fuzz_features.h — outcome coverage for the fuzz targets. The stage archives are built without coverage
 * instrumentation, so libFuzzer would see only the harness's few edges and keep almost no input; instead each
 * run reports what pith did (refusal and its kind, exception type, limit, status after each answer) as a
 * feature in libFuzzer's extra-counters section, so an input that makes pith end in a new way is kept.
 * Stage: tests (header-only, included by tests/fuzz/fuzz_*.c). */
#ifndef PITH_FUZZ_FEATURES_H
#define PITH_FUZZ_FEATURES_H

#include <stddef.h>
#include <stdint.h>

#define FZ_FEATURES 4096u
__attribute__((section("__libfuzzer_extra_counters"))) static uint8_t fz_counters[FZ_FEATURES];

/* FNV-1a of text up to its first quote or digit (so "name 'x' is not defined" and "name 'y' ..." are one
 * kind of refusal, and line numbers do not count), at most 48 bytes, mixed into h. */
static inline uint32_t fz_hash_kind(uint32_t h, const char *text) {
    for (int i = 0; text && text[i] && i < 48; i++) {
        char ch = text[i];
        if (ch == '\'' || ch == '"' || (ch >= '0' && ch <= '9')) break;
        h = (h ^ (uint8_t)ch) * 16777619u;
    }
    return h;
}

/* Counts feature h (any 32-bit value). */
static inline void fz_feature(uint32_t h) {
    uint8_t *c = &fz_counters[(h ^ (h >> 16)) % FZ_FEATURES];
    if (*c < 255) (*c)++;
}

#endif
