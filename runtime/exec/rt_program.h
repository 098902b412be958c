/* rt_program.h — what a compiled program is, as the compile driver (codegen/cg_program.c) builds it and the
 * executions (runtime/exec/rt_exec.c) use it. Stage: runtime/codegen boundary. Programs are reference-counted:
 * the engine's cache holds one reference, every live execution another. */
#ifndef PITH_RT_PROGRAM_H
#define PITH_RT_PROGRAM_H

#include <stddef.h>
#include <stdint.h>

/* A program's identity in a snapshot: the request key with the layout digest folded in, so a build whose
 * code would resume frames differently refuses the snapshot instead of resuming at the wrong place. */
#define RT_PROGRAM_ID(p, out) do { memcpy((out), (p)->key, 16); \
        for (int i_ = 0; i_ < 8; i_++) (out)[i_] ^= (unsigned char)((p)->layout >> (8 * i_)); } while (0)

#include "pith.h"
#include "pith_abi.h"

struct PithProgram {
    int refs;                    /* owners: the cache, the caller of pith_compile, each execution */
    void *code_mem;              /* the executable image (owned; released by release_code) */
    size_t code_size;
    void (*release_code)(void *mem, size_t size);
    const PProgDesc *desc;       /* the descriptor inside code_mem */
    char *filename;              /* for tracebacks (owned) */
    char *source; size_t source_len; /* the Python source (owned), for traceback source lines */
    unsigned char key[16];       /* content hash of the compile request (cache key) */
    uint64_t layout;             /* digest of the frames' layout and suspend points (codegen ir_layout_digest) */
};

void rt_program_retain(PithProgram *p);
void rt_program_release(PithProgram *p);

#endif
