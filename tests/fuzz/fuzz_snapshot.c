/* fuzz_snapshot.c — libFuzzer target for pith_exec_load (runtime/snap/rt_snap_decode.c): any bytes must be refused
 * with a typed error or load into a WAITING execution; never a crash. Stage: tests (not built by default).
 * The length field and checksum are made right over the input first so the fuzzer reaches the decoder itself. Build e.g.:
 *   clang -g -fsanitize=fuzzer,address -D_GNU_SOURCE -Iinclude tests/fuzz/fuzz_snapshot.c <pith_core + libs> */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <xxhash.h>

#include "pith.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static PithEngine *e;
    if (!e && !(e = pith_engine_new())) return 0;
    unsigned char *copy = malloc(size ? size : 1);
    if (!copy) return 0;
    memcpy(copy, data, size);
    if (size >= 36) { /* header + checksum: make the total length and the checksum right */
        for (int i = 0; i < 8; i++) copy[20 + i] = (unsigned char)((uint64_t)size >> (8 * i));
        copy[16] &= (unsigned char)~1u; /* no MAC */
        uint64_t sum = XXH3_64bits(copy, size - 8);
        for (int i = 0; i < 8; i++) copy[size - 8 + (size_t)i] = (unsigned char)(sum >> (8 * i));
    }
    PithSnapError err;
    PithExec *x = pith_exec_load(e, copy, size, NULL, 0, NULL, &err);
    if (x && pith_exec_status(x) != PITH_WAITING) abort();
    if (!x && err == PITH_SNAP_OK) abort();
    pith_exec_free(x);
    free(copy);
    return 0;
}
