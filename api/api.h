/* api.h — what the engine layer's files share: the program object and the execution set-up.
 * Stage: api (the implementation of include/pith.h on top of codegen, runtime and cache). */
#ifndef PITH_API_H
#define PITH_API_H

#include <stdint.h>

#include "cg_driver.h"
#include "pith.h"
#include "rt_exec.h"

/* A compiled program: what its executions read (rt), the code image and the request that built it, so a
 * snapshot can name the program and any engine can compile it again. Reference-counted: the engine's cache
 * holds one reference, the caller of pith_compile one, every live execution one. */
struct PithProgram {
    RtProgram rt; /* MUST be first: PithExec.prog points here (api_program_of) */
    int refs;
    CgCode code;                /* the executable image (owned) */
    PithCompileOptions options; /* a deep copy of the request's options (filename NULL when none was given) */
    char *source;               /* the Python source (owned, NUL-terminated; rt.source points here) */
    size_t source_len;
    unsigned char key[16]; /* content hash of the request (cache/cache.h) */
    uint64_t layout;       /* digest of the frames' layout and suspend points (cg_compile) */
};

/* The program an execution runs. */
static inline PithProgram *api_program_of(const PithExec *x) { return (PithProgram *)x->prog; }

void api_program_retain(PithProgram *p);
void api_program_release(PithProgram *p);
/* A program's identity in a snapshot: the request key with the layout digest folded in, so a build whose
 * code would resume frames differently refuses the snapshot instead of resuming at the wrong place. */
void api_program_id(const PithProgram *p, unsigned char out[16]);

/* A fresh execution of p, set up as every run starts: allocator, limits from o, globals and constants (and,
 * when bind_inputs_too, the host's inputs and __name__), nothing run yet; fail_allocation: fault injection
 * (pith_testing.h), 0 = off. NULL only on OOM; a set-up failure leaves it FAILED. */
PithExec *api_exec_create(PithProgram *p, const PithRunOptions *o, int bind_inputs_too, uint64_t fail_allocation);

#endif
