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

/* Frames and generators on the chain (rt_exec.c, rt_gen.c). */
#define RT_FRAME_RUNNING 1u /* PObj.flags of a generator's frame while it runs: advancing it again is an error */
#define RT_FRAME_INIT 2u    /* PObj.flags of a frame of __init__ run by C(...): its caller gets the instance */

/* Calls of user objects (rt_call_user.c). From a state machine, bound methods and classes whose __init__ may
 * wait push a frame (CALL); the instance waits in the caller's callret meanwhile. */
int rt_sm_call_user(PCtx *c, PFrame *caller, PV f, PV *args, int nargs, PV kwnames);
/* What a frame's caller receives when it returns ret (stolen): an __init__ frame pushed by C(...) gives its
 * instance instead (RT_FRAME_INIT). rt_frame_return applies it. */
PV rt_frame_result(PCtx *c, PFrame *fr, PV ret);
/* A compiled function that has no direct entry, run to completion from C on a private frame chain: a host call
 * inside it cannot suspend the run from here and is a RuntimeError (rt_func.c's func_call uses it). */
PV rt_call_frame_nested(PCtx *c, PFrame *fr);
PFrame *rt_func_frame(PCtx *c, PV f, PV *args, int nargs, PV kwnames); /* a bound frame of f (rt_func.c) */

/* Delivered as a frame's callret: the iterator it advanced is exhausted. A new reference to a private object
 * of the execution (a cell no Python code can reach), so rt_sm_received recognises it by identity, and a
 * frame that reads it as a value (only a forged snapshot could make one) reads a harmless object.
 * PV_NULL on MemoryError. */
PV rt_stop_new(PCtx *c);
int rt_is_stop(PCtx *c, PV v);
/* The top frame stopped with rc (DONE, ERR or YIELD): unlink it and hand its outcome to its parent (or to
 * *bottom when it had none). Returns the parent. */
PFrame *rt_frame_return(RtCtx *x, int rc, PV *bottom);
void rt_ext_call_cancel(PCtx *c); /* forgets the pending external call (it cannot wait from where it was made) */

/* rt_sm_send's third mode: throw the pending exception into the iterator as gen.throw() does (PITH_SEND_THROW
 * is yield from's, which closes a delegate on GeneratorExit instead). */
#define RT_SEND_THROW_IN 2
PV rt_gen_throw_exception(PCtx *c, PV typ, PV val); /* what gen.throw(typ[, val]) raises (new ref), or PV_NULL */

/* Native frames: runtime code that calls back into Python as frames on the chain (rt_native.c). */
void rt_raise_stop(PCtx *c, PV value_steal); /* StopIteration(value); None: no args, as CPython raises it */
const PFuncDesc *rt_native_table(int *n); /* the natives' descriptors, in their snapshot order */
int rt_advance_waits(PV it);                               /* advancing the iterator may run code that waits */
int rt_sm_push_iter_next(PCtx *c, PFrame *caller, PV it);  /* advance an enumerate/zip/map/filter that may */
int rt_sm_close_delegate(PCtx *c, PFrame *caller, PV gen); /* yield from got GeneratorExit: close gen first */
int rt_sm_call_ex_waits(PCtx *c, PFrame *caller, PV f, PV args, PV kwargs); /* f(*it, **kw), it may wait */
/* f(args) for a callable whose type has RT_TF_COLLECTS_ARGS: its first positional argument that may wait on
 * the host is collected into a list by a native frame, then f runs (rt_native.c). */
int rt_sm_call_collecting(PCtx *c, PFrame *caller, PV f, PV *args, int nargs, PV kwnames);
/* A loop of a type's drive hook (rt_type.h) as a native frame above caller; state: RT_DRIVE_SLOTS values, each
 * taken over (the array is left zeroed). */
int rt_sm_drive(PCtx *c, PFrame *caller, PV *state_steal);
int rt_call_waits(PV f);                          /* calling f may run Python that waits on the host */
int rt_sm_deliver(PCtx *c, PFrame *caller, PV r); /* r (stolen; PV_NULL: the pending error) as caller's callret */

/* How a run stops (rt_exec_end.c). */
void rt_exec_fail(PithExec *x);               /* the pending exception (or limit) -> PithError; FAILED */
void rt_exec_finish(PithExec *x, PV result);  /* the bottom frame returned result (PV_NULL: it failed) */
PithStatus rt_exec_publish_call(PithExec *x); /* pending_ext/args/kwargs -> PithExec.call (FAILED on OOM) */
void rt_exec_free_call(PithExec *x);          /* drops PithExec.call (the host answered it or the run ends) */
void rt_exec_release_heap(PithExec *x);       /* every heap object at once (cycles too); idempotent */

#endif
