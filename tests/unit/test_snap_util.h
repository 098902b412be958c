/* test_snap_util.h — the second half of the snapshot tests that forge objects (test_snapshot_collections.c,
 * test_snapshot_modules.c, test_snapshot_modobj.c): load the dumped bytes in the same engine, answer the one
 * pending call, and keep what the resumed run printed. Header-only: include it after <cmocka.h> and pith.h. */
#ifndef PITH_TEST_SNAP_UTIL_H
#define PITH_TEST_SNAP_UTIL_H

#include <stdio.h>
#include <stdlib.h>

/* Loads snap (freed here) into e; when it loads, answers the pending call with the int answer, which must
 * finish the run, and writes its output into out. Returns the load's error (PITH_SNAP_OK: it loaded). */
static PithSnapError load_resume_output(PithEngine *e, unsigned char *snap, size_t len, long long answer, char *out,
                                        size_t cap) {
    PithSnapError err = PITH_SNAP_OK;
    PithExec *y = pith_exec_load(e, snap, len, NULL, 0, NULL, &err);
    if (y) {
        PithValue *v = pith_value_int(answer);
        assert_int_equal(pith_exec_resume(y, v), PITH_DONE);
        pith_value_free(v);
        size_t n = 0;
        const char *o = pith_exec_output(y, &n);
        snprintf(out, cap, "%.*s", (int)n, o ? o : "");
    }
    pith_exec_free(y);
    free(snap);
    return err;
}

#endif
