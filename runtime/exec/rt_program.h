/* rt_program.h — what an execution needs of the compiled program it runs. Stage: runtime.
 * The engine layer (api/) compiles programs, owns them and keeps each alive while an execution of it runs;
 * the runtime only reads these fields and never compiles. */
#ifndef PITH_RT_PROGRAM_H
#define PITH_RT_PROGRAM_H

#include <stddef.h>

#include "pith_abi.h"

typedef struct RtProgram {
    const PProgDesc *desc; /* the descriptor inside the compiled code */
    const char *filename;  /* for tracebacks */
    const char *source;    /* the Python source, for traceback source lines */
    size_t source_len;
} RtProgram;

#endif
