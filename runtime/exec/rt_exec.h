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
    PithCall *calls;   /* WAITING: every pending call, by id (malloc'd; names borrowed from the program, args/kwargs
                          owned), as published at the stop: answers do not change it until the run goes on */
    size_t ncalls;
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
int rt_call_waits(PV f);                                   /* calling f may run code that waits */
/* Run obj's steps (RtTypeDesc.step) as a native frame above caller, its work starting with held (stolen):
 * CALL; the caller receives the item or result, or rt_stop_new's marker (rt_sm_received reads both). */
int rt_sm_push_step(PCtx *c, PFrame *caller, PV obj, PV held_steal);
int rt_sm_push_iter_next(PCtx *c, PFrame *caller, PV it);  /* advance an enumerate/zip/map/filter that may */
int rt_sm_close_delegate(PCtx *c, PFrame *caller, PV gen); /* yield from got GeneratorExit: close gen first */
int rt_sm_call_ex_waits(PCtx *c, PFrame *caller, PV f, PV args, PV kwargs); /* f(*it, **kw), it may wait */
/* f(args) for a callable that consumes its iterable arguments whole and runs no Python per item (math.fsum):
 * its first positional argument that may wait on the host is collected into a list by a native frame, then f
 * runs (rt_native.c). */
int rt_sm_call_collecting(PCtx *c, PFrame *caller, PV f, PV *args, int nargs, PV kwnames);
int rt_call_waits(PV f); /* calling f may run code that waits on the host (a state machine, a host function...) */
int rt_sm_deliver(PCtx *c, PFrame *caller, PV r); /* r (stolen) as caller's callret: CONT, or ERR for PV_NULL */
/* json.dumps(obj) whose default() may wait: a native frame (rt_native_json.c; its descriptor is rt_native.c's) */
struct RtJsonOpts;
int rt_sm_json_dumps(PCtx *c, PFrame *caller, PV obj, const struct RtJsonOpts *o);
int rt_native_json_dumps_step(PCtx *c, PFrame *fr);
PFrame *rt_native_json_dumps_frame(PCtx *c);
/* json.loads(s) one of whose hooks may wait: scanned at once, the hooks applied by a native frame */
struct RtJsonDecOpts;
int rt_sm_json_loads(PCtx *c, PFrame *caller, PV s, const struct RtJsonDecOpts *o);
int rt_native_json_loads_step(PCtx *c, PFrame *fr);
PFrame *rt_native_json_loads_frame(PCtx *c);
/* sorted(iterable, key=key, reverse=reverse)[:keep] as a native frame (heapq.nlargest/nsmallest with a key
 * that may wait) */
int rt_sm_sorted_head(PCtx *c, PFrame *caller, PV iterable, PV key, int reverse, pi64 keep);
/* bisect_left/right (right 1) of x in seq[lo:hi] with a key that may wait; insort 1: key(x) first, then
 * seq.insert(index, x) and None (bisect.insort_*) */
int rt_sm_bisect(PCtx *c, PFrame *caller, PV seq, PV x, PV key, pi64 lo, pi64 hi, int right, int insort);

/* async/await (rt_async.c): coroutines are generators' records; the event loop is a native frame
 * (rt_native_loop) whose step is rt_async_loop_step. */
const PFuncDesc *rt_native_loop(void);
int rt_async_loop_step(PCtx *c, PFrame *fr);
int rt_async_run_sm(PCtx *c, PFrame *caller, PV coro); /* asyncio.run from a state machine: pushes the loop */
PV rt_async_run_nested(PCtx *c, PV coro);              /* asyncio.run from C: the loop on a private chain */
PV rt_async_create_task(PCtx *c, PV coro);
PV rt_async_gather(PCtx *c, PV *aws, int n, int return_exceptions);
PV rt_async_sleep(PCtx *c, double delay, PV result);
int rt_is_awaitable(PV v);
/* An external function called from async code: a host-call future, issued when a task first awaits it. */
PV rt_async_host_call(PCtx *c, int ext_id, PV args_steal, PV kwargs_steal);
PV rt_future_result(PCtx *c, PV v); /* a done future's value (new ref), else PV_NULL */
/* `async for`'s awaitable of the next item advances an async generator (or the coroutine __anext__ gave):
 * rt_sm_send pushes that inner object's frame, and rt_sm_received asks rt_anext_received, which turns the
 * inner outcome into the awaitable's: an item wrapped by the generator's yield becomes its value, the end
 * (the generator finishing, StopAsyncIteration) the marker rt_aiter_end recognises. */
PV rt_anext_inner(PV v); /* the inner object of such an awaitable (borrowed), or PV_NULL */
int rt_anext_received(PCtx *c, PFrame *caller, PV inner, PV *out);
/* The i-th issued host call still pending (in the order the loop keeps them): 1 with *out, 0 past the end. */
typedef struct RtHostCallInfo {
    pi64 id;
    int ext_id;
    PV args, kwargs; /* borrowed: a tuple and a dict */
} RtHostCallInfo;
int rt_async_pending(PCtx *c, int i, RtHostCallInfo *out);
/* Answers pending host call id with a value or an exception (both stolen): 0, or -1 when no such call waits. */
int rt_async_answer(PCtx *c, pi64 id, PV value_steal, PV exc_steal);

/* asyncio.Lock and asyncio.Semaphore (rt_async_locks.c) over rt_async.c's plain futures: a task that must
 * wait awaits a waiter future the owner keeps; releasing wakes the first one (rt_async_wake), and when its
 * task resumes, the future's `next` tells the owner (rt_lock_resumed), as CPython's acquire does after its
 * await. */
PV rt_async_waiter(PCtx *c, PV owner, int gives_none, int done); /* owner None: done at once */
int rt_async_wake(PCtx *c, PV waiter);
int rt_async_is_done(PV f);
int rt_lock_resumed(PCtx *c, PV lock, PV waiter);
PV rt_lock_new(PCtx *c, int semaphore, pi64 value);
/* A loop of a type's drive hook (rt_type.h) as a native frame above caller; state: RT_DRIVE_SLOTS values, each
 * taken over (the array is left zeroed). */
int rt_sm_drive(PCtx *c, PFrame *caller, PV *state_steal);

/* How a run stops (rt_exec_end.c). */
void rt_exec_fail(PithExec *x);               /* the pending exception (or limit) -> PithError; FAILED */
void rt_exec_finish(PithExec *x, PV result);  /* the bottom frame returned result (PV_NULL: it failed) */
PithStatus rt_exec_publish_call(PithExec *x); /* pending_ext/args/kwargs -> PithExec.call (FAILED on OOM) */
void rt_exec_free_call(PithExec *x);          /* drops PithExec.call (the host answered it or the run ends) */
void rt_exec_release_heap(PithExec *x);       /* every heap object at once (cycles too); idempotent */

#endif
