/* rt_exec.h — an execution as the host sees it (struct PithExec) and the driver that runs state machines.
 * Stage: runtime. The execution context (RtCtx) is embedded first, so a PCtx* is also a PithExec*. */
#ifndef PITH_RT_EXEC_H
#define PITH_RT_EXEC_H

#include "rt_ctx.h"
#include "rt_program.h"

struct PithExec {
    RtCtx ctx;                 /* MUST be first: generated code and the runtime see &ctx.pub */
    PithProgram *prog;         /* retained while the execution lives */
    PithStatus status;
    PithValue *result;         /* DONE: the result as a host value (owned) */
    PithError err;             /* FAILED: strings owned (malloc'd) */
    PithCall call;             /* WAITING: name borrowed from the program, args/kwargs owned */
    double remaining;          /* seconds of run time left (time waiting on the host does not count) */
    int heap_live;             /* the heap still exists (released once the run is over) */
};

#define RT_EXEC(c) ((PithExec *)(c))

double rt_now(void);                          /* monotonic seconds */
PithStatus rt_exec_drive(PithExec *x, PV direct_result_or_0); /* runs until done, failed or waiting */
/* rt_api.c, shared with the snapshot decoder (rt_snap_decode.c) */
PithExec *rt_exec_create(PithProgram *p, const PithRunOptions *o, int bind_inputs_too, uint64_t fail_allocation);
PithStatus rt_exec_publish_call(PithExec *x); /* pending_ext/args/kwargs -> PithExec.call (FAILED on OOM) */

#endif
