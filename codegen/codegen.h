/* codegen.h — the codegen stage's own steps, as the compile driver (cg_driver.c) calls them.
 * Stage: codegen. IR -> C text (cg_emit.c) -> machine code (cg_tcc.c, the only user of libtcc.h). */
#ifndef PITH_CODEGEN_H
#define PITH_CODEGEN_H

#include <stddef.h>

#include "cg_driver.h"
#include "ir.h"

/* C text of a module (malloc'd); NULL on OOM, or with *diag filled (diag->message non-empty) when the text
 * would pass PITH_MAX_C_BYTES (a compile limit). diag may be NULL. */
char *cg_emit_c(const IrModule *m, FeDiag *diag);

/* Compiles C text with libtcc in memory, sandboxed (-nostdlib: only runtime symbols resolve).
 * 0 on success; -1 with a message in err. */
int cg_tcc_compile(const char *c_text, CgCode *out, char *err, size_t errlen);

#endif
