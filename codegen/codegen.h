/* codegen.h — the codegen stage's interface to the rest of pith (the compile driver in cg_program.c).
 * Stage: codegen. IR -> C text (cg_emit.c) -> machine code (cg_tcc.c, the only user of libtcc.h). */
#ifndef PITH_CODEGEN_H
#define PITH_CODEGEN_H

#include <stddef.h>

#include "ir.h"
#include "pith_abi.h"

/* C text of a module (malloc'd), NULL on OOM. */
char *cg_emit_c(const IrModule *m);

/* Compiled machine code of one program: a relocated image we own. */
typedef struct CgCode {
    void *mem;                 /* the executable image (mmap'd), freed by cg_code_free */
    size_t size;               /* its size in bytes */
    const PProgDesc *prog;     /* the exported descriptor inside mem */
} CgCode;

/* Compiles C text with libtcc in memory, sandboxed (-nostdlib: only runtime symbols resolve).
 * 0 on success; -1 with a message in err. */
int cg_tcc_compile(const char *c_text, CgCode *out, char *err, size_t errlen);
void cg_code_free(CgCode *code);

#endif
