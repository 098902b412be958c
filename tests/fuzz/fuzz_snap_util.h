/* fuzz_snap_util.h — what the snapshot fuzz targets share: the framing of a snapshot (runtime/snap/rt_snap.h,
 * format 1) made right over arbitrary bytes, so mutations reach the decoder instead of the checksum check.
 * Stage: tests (header-only, included by tests/fuzz/fuzz_*.c). */
#ifndef PITH_FUZZ_SNAP_UTIL_H
#define PITH_FUZZ_SNAP_UTIL_H

#include <stddef.h>
#include <stdint.h>

#include <xxhash.h>

#define FZ_SNAP_HEADER 28u /* "PITHSNAP" | u32 format | u32 ABI version | u32 flags | u64 total length */
#define FZ_SNAP_SUM 8u     /* the XXH3-64 trailer over every byte before it */
#define FZ_SNAP_LEN_AT 20u
#define FZ_SNAP_FLAGS_AT 16u

/* Writes the total length, clears the MAC flag (the fuzzers never sign) and recomputes the checksum trailer;
 * inputs shorter than header + trailer are left alone (the loader must refuse them as they are). */
static inline void fz_snap_fix(uint8_t *p, size_t n) {
    if (n < FZ_SNAP_HEADER + FZ_SNAP_SUM) return;
    for (int i = 0; i < 8; i++) p[FZ_SNAP_LEN_AT + i] = (uint8_t)((uint64_t)n >> (8 * i));
    p[FZ_SNAP_FLAGS_AT] &= (uint8_t)~1u;
    uint64_t sum = XXH3_64bits(p, n - FZ_SNAP_SUM);
    for (int i = 0; i < 8; i++) p[n - FZ_SNAP_SUM + (size_t)i] = (uint8_t)(sum >> (8 * i));
}

/* An unsigned LEB128 varint at p[*at..end); 0 and *at unchanged when it runs off the end or past 64 bits. */
static inline int fz_uv(const uint8_t *p, size_t end, size_t *at, uint64_t *v) {
    uint64_t r = 0;
    for (size_t i = *at, shift = 0; i < end && shift < 64; i++, shift += 7) {
        r |= (uint64_t)(p[i] & 0x7f) << shift;
        if (!(p[i] & 0x80)) {
            *v = r;
            *at = i + 1;
            return 1;
        }
    }
    return 0;
}

/* Skips a "str" (uv length + bytes). */
static inline int fz_skip_str(const uint8_t *p, size_t end, size_t *at) {
    uint64_t n;
    size_t i = *at;
    if (!fz_uv(p, end, &i, &n) || n > end - i) return 0;
    *at = i + (size_t)n;
    return 1;
}

/* Where the state section starts (after the program section: identity, source, filename, inputs,
 * externals), or 0 when the bytes do not parse that far. Mutating the program section only makes the
 * program fail its identity check, so the resume fuzzer mutates what comes after it. */
static inline size_t fz_snap_state_start(const uint8_t *p, size_t n) {
    if (n < FZ_SNAP_HEADER + 16 + FZ_SNAP_SUM) return 0;
    size_t end = n - FZ_SNAP_SUM, at = FZ_SNAP_HEADER + 16;
    uint64_t count;
    if (!fz_skip_str(p, end, &at) || at >= end) return 0;
    at++; /* filename given? */
    if (!fz_skip_str(p, end, &at)) return 0;
    for (int list = 0; list < 2; list++) {
        if (!fz_uv(p, end, &at, &count) || count > end - at) return 0;
        for (uint64_t i = 0; i < count; i++)
            if (!fz_skip_str(p, end, &at)) return 0;
    }
    return at < end ? at : 0;
}

#endif
