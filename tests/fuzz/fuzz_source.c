/* fuzz_source.c — libFuzzer target for source -> compile -> run: any bytes as a program must be refused with a
 * diagnostic or run to done, failed or waiting under small limits (50 ms, 32 MiB, depth 200), and a waiting
 * program answered until it ends; never a crash, a hang or a memory error. Stage: tests (built by CMake with
 * clang when it is installed; seeds: tests/cases and tests/security). The first input byte chooses whether the
 * program is compiled with one external function, `tool` (odd), or none (even); the rest is the source. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_features.h"
#include "pith.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { ENGINE_REUSE = 256, MAX_ANSWERS = 8 };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static PithEngine *e;
    static unsigned uses;
    if (size < 1) return 0;
    if (e && ++uses % ENGINE_REUSE == 0) { /* bound the compile cache */
        pith_engine_free(e);
        e = NULL;
    }
    if (!e && !(e = pith_engine_new())) return 0;
    static const char *const ext[] = {"tool"};
    PithCompileOptions co = {.filename = "fuzz.py", .externals = ext, .nexternals = data[0] & 1};
    char diag[512];
    diag[0] = 0;
    PithProgram *p = pith_compile(e, (const char *)data + 1, size - 1, &co, diag, sizeof diag);
    if (!p) {
        if (!diag[0]) abort(); /* a refusal always says why */
        const char *msg = strstr(diag, "error: ");
        fz_feature(fz_hash_kind(1, msg ? msg : diag));
        return 0;
    }
    PithRunOptions ro = {.limits = {.max_seconds = 0.05,
                                    .max_memory = 32u << 20,
                                    .max_depth = 200,
                                    .max_host_calls = 16,
                                    .max_output = 1u << 16}};
    PithExec *x = pith_exec_start(p, &ro);
    PithStatus st = x ? pith_exec_status(x) : PITH_FAILED;
    for (int turn = 0; st == PITH_WAITING && turn < MAX_ANSWERS; turn++) {
        if (turn % 3 == 2) {
            st = pith_exec_resume_error(x, "KeyError", "fuzz");
        } else {
            PithValue *v = turn % 3 ? pith_value_str("answer", 6) : pith_value_int(turn);
            st = pith_exec_resume(x, v);
            pith_value_free(v);
        }
    }
    if (x && st == PITH_FAILED && !pith_exec_error(x)) abort();
    const PithError *err = x && st == PITH_FAILED ? pith_exec_error(x) : NULL;
    size_t out = 0;
    if (x) (void)pith_exec_output(x, &out);
    uint32_t h = fz_hash_kind(2u + (uint32_t)st, err ? err->type : NULL);
    fz_feature(fz_hash_kind(h, err ? err->message : NULL));
    fz_feature(h * 31u + (uint32_t)(out ? 1 + (out > 64) + (out > 4096) : 0));
    pith_exec_free(x);
    pith_program_free(p);
    return 0;
}
