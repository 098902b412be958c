/* cg_driver.h — what the engine layer (api/) asks of the compile stages: source -> frontend -> IR -> C ->
 * machine code, or the C / IR text for inspection. Stage: codegen (the driver of every compile stage).
 * The engine owns what comes back: the cache, program objects and their lifetime live in api/. */
#ifndef PITH_CG_DRIVER_H
#define PITH_CG_DRIVER_H

#include <stddef.h>
#include <stdint.h>

#include "pith.h"
#include "pith_abi.h"

/* Compiled machine code of one program: a relocated image we own. */
typedef struct CgCode {
    void *mem;             /* the executable image (mmap'd), freed by cg_code_free */
    size_t size;           /* its size in bytes */
    const PProgDesc *prog; /* the exported descriptor inside mem */
} CgCode;

/* Compiles source (len bytes) with the options of pith_compile into *code, and the digest of its frames'
 * layout and suspend points into *layout (a snapshot taken under another layout must not resume here).
 * Stage timings go to stats (cache_hit and total_us untouched). 0 ok; -1 with a diagnostic in diag. */
int cg_compile(const char *source, size_t len, const PithCompileOptions *o, CgCode *code, uint64_t *layout,
               PithCompileStats *stats, char *diag, size_t diaglen);
void cg_code_free(CgCode *code);

/* The generated C (want_c) or the IR as text (malloc'd, caller frees); NULL + diag as cg_compile. */
char *cg_emit_text(const char *source, size_t len, const PithCompileOptions *o, int want_c, char *diag, size_t diaglen);

#endif
