/* fuzz_snapshot.c — libFuzzer target for pith_exec_load (runtime/snap/rt_snap_decode.c): any bytes must be refused
 * with a typed error or load into a WAITING execution; never a crash. Stage: tests (built by CMake with clang).
 * The length field and checksum are made right over the input first so the fuzzer reaches the decoder itself;
 * tests/fuzz/fuzz_resume.c goes on to resume what loads. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_snap_util.h"
#include "pith.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static PithEngine *e;
    if (!e && !(e = pith_engine_new())) return 0;
    unsigned char *copy = malloc(size ? size : 1);
    if (!copy) return 0;
    memcpy(copy, data, size);
    fz_snap_fix(copy, size); /* the total length and the checksum made right, no MAC */
    PithSnapError err;
    PithExec *x = pith_exec_load(e, copy, size, NULL, 0, NULL, &err);
    if (x && pith_exec_status(x) != PITH_WAITING) abort();
    if (!x && err == PITH_SNAP_OK) abort();
    pith_exec_free(x);
    free(copy);
    return 0;
}
