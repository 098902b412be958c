/* rt_exec.h — an execution as the host sees it (struct PithExec) and the driver that runs state machines.
 * Stage: runtime. The execution context (RtCtx) is embedded first, so a PCtx* is also a PithExec*. */
#ifndef PITH_RT_EXEC_H
#define PITH_RT_EXEC_H

#include "rt_ctx.h"
#include "rt_program.h"

struct PithExec {
    RtCtx ctx;             /* MUST be first: generated code and the runtime see &ctx.pub */
    const RtProgram *prog; /* the program it runs (inside the engine's PithProgram, retained by api/) */
    PithStatus status;
    PithValue *result; /* DONE: the result as a host value (owned) */
    PithError err;     /* FAILED: strings owned (malloc'd) */
    PithCall call;     /* WAITING: name borrowed from the program, args/kwargs owned */
    double remaining;  /* seconds of run time left (time waiting on the host does not count) */
    int heap_live;     /* the heap still exists (released once the run is over) */
};

#define RT_EXEC(c) ((PithExec *)(c))

PithStatus rt_exec_drive(PithExec *x, PV direct_result_or_0); /* runs until done, failed or waiting */

/* How a run stops (rt_exec_end.c). */
void rt_exec_fail(PithExec *x);               /* the pending exception (or limit) -> PithError; FAILED */
void rt_exec_finish(PithExec *x, PV result);  /* the bottom frame returned result (PV_NULL: it failed) */
PithStatus rt_exec_publish_call(PithExec *x); /* pending_ext/args/kwargs -> PithExec.call (FAILED on OOM) */
void rt_exec_free_call(PithExec *x);          /* drops PithExec.call (the host answered it or the run ends) */
void rt_exec_release_heap(PithExec *x);       /* every heap object at once (cycles too); idempotent */

#endif
