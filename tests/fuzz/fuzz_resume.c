/* fuzz_resume.c — libFuzzer target for snapshot load -> resume: a forged snapshot (with a right checksum, no MAC)
 * must be refused with a typed error, or load into a WAITING execution that then resumes to done, failed or
 * waiting again under small limits; never a crash, a hang or a memory error. Stage: tests (built by CMake with
 * clang when it is installed; seeds: snapshots of the programs in tests/fuzz/snapshot_seeds, made by make_seeds.py).
 * Structure-aware: the custom mutator keeps the header and the program section (mutating those only gets the
 * snapshot refused early) and mutates the state, the objects and the roots, with byte-level mutations and with
 * ones that aim at what the decoder must validate: references retargeted or made NULL, record tags swapped,
 * lengths and counts made huge, 8-byte fields (floats, the remaining time) set to extremes, small ints changed. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_features.h"
#include "fuzz_snap_util.h"
#include "pith.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed);
size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t max_size);

/* snapshot ref kinds (SNAP_R_*) and the last record tag (SNAP_O_LAST) the mutations aim at */
enum { REF_NULL = 0, REF_KINDS = 8, REF_INT = 4, REF_OBJ = 5, TAG_LAST = 21, ENGINE_REUSE = 256, MAX_ANSWERS = 6 };

static uint64_t rng_next(uint64_t *s) { /* splitmix64: the mutation is a function of libFuzzer's seed */
    uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* A random position in [lo, hi) whose byte satisfies want (tries a few times), or hi when none was found. */
static size_t pick(const uint8_t *p, size_t lo, size_t hi, uint64_t *s, int (*want)(const uint8_t *, size_t, size_t)) {
    for (int t = 0; t < 64 && lo < hi; t++) {
        size_t i = lo + (size_t)(rng_next(s) % (hi - lo));
        if (want(p, i, hi)) return i;
    }
    return hi;
}
static int is_obj_ref(const uint8_t *p, size_t i, size_t hi) {
    return p[i] == REF_OBJ && i + 1 < hi && p[i + 1] < 0x80;
}
static int is_small_int_ref(const uint8_t *p, size_t i, size_t hi) {
    return p[i] == REF_INT && i + 1 < hi && p[i + 1] < 0x80;
}
static int is_ref_kind(const uint8_t *p, size_t i, size_t hi) {
    (void)hi;
    return p[i] < REF_KINDS;
}
static int is_tag(const uint8_t *p, size_t i, size_t hi) {
    (void)hi;
    return p[i] >= 1 && p[i] <= TAG_LAST;
}
static int any_byte(const uint8_t *p, size_t i, size_t hi) {
    (void)p;
    (void)i;
    (void)hi;
    return 1;
}

static const uint64_t EXTREMES[] = {
    0,
    1,
    ~0ull,
    0x7ff0000000000000ull /* +inf */,
    0xfff0000000000000ull /* -inf */,
    0x7ff8000000000000ull /* NaN */,
    0x8000000000000000ull,
    0x7fffffffffffffffull,
    1ull << 62,
    0x4024000000000000ull /* 10.0 */,
    0x0000000100000000ull,
};

/* Snapshots that loaded (copies, a few): the mutator starts again from one of them when the input it is given
 * no longer parses as a snapshot, so byte-level erasures cannot drift the whole corpus away from the format. */
enum { POOL = 16 };
static uint8_t *pool[POOL];
static size_t pool_len[POOL];
static unsigned pool_next;

static void pool_keep(const uint8_t *p, size_t n) {
    unsigned k = pool_next++ % POOL;
    uint8_t *copy = malloc(n);
    if (!copy) return;
    memcpy(copy, p, n);
    free(pool[k]);
    pool[k] = copy;
    pool_len[k] = n;
}

size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed) {
    uint64_t s = seed;
    size_t s0 = fz_snap_state_start(data, size);
    if (!s0 && pool_next) {
        unsigned k = (unsigned)(rng_next(&s) % (pool_next < POOL ? pool_next : POOL));
        if (pool[k] && pool_len[k] <= max_size) {
            memcpy(data, pool[k], pool_len[k]);
            size = pool_len[k];
            s0 = fz_snap_state_start(data, size);
        }
    }
    if (!s0 || max_size < size) { /* not a snapshot we can parse: plain byte mutation, framing made right */
        size = LLVMFuzzerMutate(data, size, max_size);
        fz_snap_fix(data, size);
        return size;
    }
    size_t end = size - FZ_SNAP_SUM;
    int kind = (int)(rng_next(&s) % 9);
    size_t i;
    switch (kind) {
    case 0: { /* byte-level mutation of the state only; the trailer follows wherever it ends */
        size_t n = LLVMFuzzerMutate(data + s0, end - s0, max_size - s0 - FZ_SNAP_SUM);
        size = s0 + n + FZ_SNAP_SUM;
        break;
    }
    case 1: /* an object reference pointing somewhere else */
        if ((i = pick(data, s0, end, &s, is_obj_ref)) < end) data[i + 1] = (uint8_t)(rng_next(&s) % 48);
        break;
    case 2: /* a reference of another kind: NULL half the time (where the loader must require an object) */
        if ((i = pick(data, s0, end, &s, is_ref_kind)) < end)
            data[i] = (uint8_t)(rng_next(&s) & 1 ? REF_NULL : rng_next(&s) % REF_KINDS);
        break;
    case 3: /* a record of another type with the same body */
        if ((i = pick(data, s0, end, &s, is_tag)) < end) data[i] = (uint8_t)(1 + rng_next(&s) % TAG_LAST);
        break;
    case 4: /* a length, count or index made huge: a 5-byte varint in place of one byte (the size grows) */
        if ((i = pick(data, s0, end, &s, any_byte)) < end && size + 4 <= max_size) {
            memmove(data + i + 5, data + i + 1, size - i - 1);
            uint64_t v = rng_next(&s) & 1 ? 0xffffffffull : (rng_next(&s) & 0xfffffff);
            for (int b = 0; b < 5; b++) data[i + (size_t)b] = (uint8_t)(((v >> (7 * b)) & 0x7f) | (b < 4 ? 0x80 : 0));
            size += 4;
        }
        break;
    case 5:
    case 6: /* an 8-byte field (a float, the remaining time, a hash) set to an extreme value */
        if (end - s0 >= 8 && (i = pick(data, s0, end - 7, &s, any_byte)) < end - 7) {
            uint64_t v = EXTREMES[rng_next(&s) % (sizeof EXTREMES / sizeof EXTREMES[0])];
            for (int b = 0; b < 8; b++) data[i + (size_t)b] = (uint8_t)(v >> (8 * b));
        }
        break;
    case 7: /* a small int given another small value (-64..63): the snapshot stays valid more often, so the
             * resumed code meets values it did not make (counters, indexes, lengths) */
        if ((i = pick(data, s0, end, &s, is_small_int_ref)) < end) data[i + 1] = (uint8_t)(rng_next(&s) % 128);
        break;
    default: /* two mutations of the kinds above at once */
        size = LLVMFuzzerCustomMutator(data, size, max_size, (unsigned)rng_next(&s));
        return LLVMFuzzerCustomMutator(data, size, max_size, (unsigned)rng_next(&s));
    }
    fz_snap_fix(data, size);
    return size;
}

/* The answers a fuzzed execution gets at its external calls, in turn: values of several kinds and an error. */
static PithStatus answer(PithExec *x, int turn) {
    static const char *const json[] = {"1", "\"text\"", "[1, [2, 3], {\"k\": null}]", "{\"a\": 1.5}", "null"};
    if (turn % 6 == 5) return pith_exec_resume_error(x, "ValueError", "fuzzed host error");
    const char *j = json[turn % 5];
    PithValue *v = pith_value_from_json(j, strlen(j), NULL, 0);
    PithStatus st = pith_exec_resume(x, v);
    pith_value_free(v);
    return st;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static PithEngine *e;
    static unsigned uses;
    if (e && ++uses % ENGINE_REUSE == 0) { /* the compile cache grows with every distinct program: start afresh */
        pith_engine_free(e);
        e = NULL;
    }
    if (!e && !(e = pith_engine_new())) return 0;
    uint8_t *copy = malloc(size ? size : 1);
    if (!copy) return 0;
    memcpy(copy, data, size);
    fz_snap_fix(copy, size); /* inputs saved by another mutator or by hand reproduce as they were meant */
    PithRunOptions ro = {.limits = {.max_seconds = 0.05,
                                    .max_memory = 32u << 20,
                                    .max_depth = 200,
                                    .max_host_calls = 16,
                                    .max_output = 1u << 16}};
    PithSnapError err;
    PithExec *x = pith_exec_load(e, copy, size, NULL, 0, &ro, &err);
    if (!x && err == PITH_SNAP_OK) abort();
    if (x && pith_exec_status(x) != PITH_WAITING) abort();
    if (x) pool_keep(copy, size);
    fz_feature(x ? 100u : (uint32_t)err);
    PithStatus st = x ? PITH_WAITING : PITH_FAILED;
    for (int turn = 0; st == PITH_WAITING && turn < MAX_ANSWERS; turn++) {
        if (!pith_exec_call(x)) abort(); /* WAITING always has a call */
        st = answer(x, turn);
        const PithError *pe = st == PITH_FAILED ? pith_exec_error(x) : NULL;
        fz_feature(fz_hash_kind(fz_hash_kind(200u + (uint32_t)(turn * 3 + st), pe ? pe->type : NULL),
                                pe ? pe->message : NULL));
    }
    if (x && pith_exec_status(x) == PITH_FAILED && !pith_exec_error(x)) abort();
    pith_exec_free(x);
    free(copy);
    return 0;
}
