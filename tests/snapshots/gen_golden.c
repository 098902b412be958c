/* gen_golden.c — writes tests/snapshots/golden_v2.snap: golden_v2.py (external "ask") run until its first
 * host call and dumped without a key. Stage: tests (a one-off tool, not built by CMake). Rebuild it only on a
 * deliberate format or ABI version bump (runtime/snap/rt_snap.h, runtime/abi/pith_abi.h), e.g. from the
 * repository root after a build in B (the stage archives in link order, as CMakeLists.txt's PITH_ARCHIVES):
 *   cc -std=c11 -D_GNU_SOURCE -Iinclude tests/snapshots/gen_golden.c B/libpith_api.a B/libpith_cache.a \
 *      B/libpith_codegen.a B/libpith_frontend.a B/libpith_runtime.a B/libpith_values.a B/libpith_common.a \
 *      B/libts_python.a B/libts_runtime.a -l:libtcc.a -lxxhash -lgmp -lutf8proc -lnettle -lpcre2-8 -ldl -lm -lpthread \
 *      -o /tmp/gen_golden
 *   /tmp/gen_golden tests/snapshots/golden_v2.py tests/snapshots/golden_v2.snap */
#include <stdio.h>
#include <stdlib.h>

#include "pith.h"

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: gen_golden SOURCE.py OUT.snap\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    static char src[65536];
    size_t n = fread(src, 1, sizeof src, f);
    fclose(f);
    const char *exts[] = {"ask"};
    PithCompileOptions o = {.filename = "golden_v2.py", .externals = exts, .nexternals = 1};
    char diag[1024];
    PithEngine *e = pith_engine_new();
    PithProgram *p = pith_compile(e, src, n, &o, diag, sizeof diag);
    if (!p) {
        fprintf(stderr, "%s\n", diag);
        return 1;
    }
    PithExec *x = pith_exec_start(p, NULL);
    unsigned char *snap;
    size_t len;
    PithSnapError err = pith_exec_dump(x, NULL, 0, &snap, &len);
    if (err) {
        fprintf(stderr, "dump: %s\n", pith_snap_error_text(err));
        return 1;
    }
    FILE *out = fopen(argv[2], "wb");
    if (!out || fwrite(snap, 1, len, out) != len || fclose(out) != 0) {
        perror(argv[2]);
        return 1;
    }
    free(snap);
    pith_exec_free(x);
    pith_program_free(p);
    pith_engine_free(e);
    return 0;
}
