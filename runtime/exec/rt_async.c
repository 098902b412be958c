/* rt_async.c — async/await: what coroutines wait on (futures) and the event loop that runs them.
 * Stage: runtime exec (docs/ARCHITECTURE.md §3, "Coroutines and the event loop").
 *
 * A coroutine is a generator's record (rt_gen.c, RT_T_CORO) and `await x` is `yield from` over x's
 * awaitable (codegen/ir_build_gen.c), as in CPython: the innermost awaitable yields a future, which travels
 * up the chain of awaiting coroutines to the task that runs them. The task's loop (a native frame on the
 * execution's chain, asyncio.run) parks the task on that future and runs the next ready one; when the future
 * is done the task is ready again and, resumed with None, its chain reaches the future's `next`, which hands
 * back the value (or raises the exception).
 *
 * Futures (RT_T_FUTURE) are of four kinds: a task (drives a coroutine), a gather (done when its children
 * are), a host call (an external function called from async code: issued, with an id, when first awaited)
 * and a sleep. The loop stops the run (PITH_STEP_SUSPEND) only when no task can run and no sleep can end:
 * every issued host call still pending is then published to the host at once (rt_exec_end.c), which answers
 * them by id in any order (api/api_exec.c, rt_async_answer). Sleeps never take time: the loop keeps a virtual
 * clock and wakes sleepers in deadline order once nothing else can run, before it stops for the host.
 *
 * All of it is data reachable from the loop frame's slots, so a waiting async execution is a snapshot like
 * any other; the loop's steps check what they read (a snapshot may be forged). */
#include <stdio.h>
#include <string.h>

#include "rt_class.h"
#include "rt_exec.h"
#include "rt_svc.h"
#include "rt_values.h"
#include "rt_snap_codec.h"

/* ANEXT: `async for`'s awaitable of the next item (a: the async generator, or the coroutine __anext__ gave);
 * YIELDED: an item an async generator's yield hands out (result), told apart from the futures its awaits
 * hand up */
/* WAIT: a plain future a lock or semaphore (rt_async_locks.c, a) hands a task that must wait for it, or
 * (a None) one that is done already; flag 1: its value is None (__aenter__), else True (acquire) */
enum { FUT_TASK, FUT_GATHER, FUT_HOST, FUT_SLEEP, FUT_ANEXT, FUT_YIELDED, FUT_WAIT, FUT_KINDS };
/* NEW: a host call or sleep not awaited yet; PENDING: waiting; DONE: result holds the value; FAILED: result
 * holds the exception */
enum { FS_NEW, FS_PENDING, FS_DONE, FS_FAILED, FS_STATES };

typedef struct RtFuture {
    PObj h;
    int kind;    /* FUT_* */
    int state;   /* FS_* */
    int flag;    /* host call: its external's id; gather: return_exceptions */
    pi64 id;     /* host call: its call id once issued (0 before); task: its number (Task-N) */
    double when; /* sleep: its delay, then (PENDING) the virtual time it ends */
    PV result;   /* DONE: the value; FAILED: the exception */
    PV a;        /* task: the awaitable it runs; gather: list of children; host: args tuple; sleep: its result */
    PV b;        /* host call: kwargs dict */
    PV waiters;  /* a list of the tasks and gathers to tell when it is done, or PV_NULL */
} RtFuture;

#define FUT(v) ((RtFuture *)(v))

static int is_future(PV v, int kind) { return v && RT_IS(v, RT_T_FUTURE) && (kind < 0 || FUT(v)->kind == kind); }
static int is_done(PV f) { return FUT(f)->state == FS_DONE || FUT(f)->state == FS_FAILED; }

static PV future_new(PCtx *c, int kind) {
    RtFuture *f = (RtFuture *)rt_obj_new(c, RT_T_FUTURE, sizeof(RtFuture));
    if (!f) return PV_NULL;
    memset((char *)f + sizeof(PObj), 0, sizeof(RtFuture) - sizeof(PObj));
    f->kind = kind;
    return (PV)f;
}

static void put(PCtx *c, PV *slot, PV v_steal) {
    PV old = *slot;
    *slot = v_steal;
    pv_xdecref(c, old);
}

/* ---- the loop frame ----
 * slots: 0 the main task (before the first step: the awaitable asyncio.run was given), 1 ready tasks (a list,
 * run in order), 2 issued host calls (a list: pending ones in id order, then answered ones in the order
 * their answers came), 3 the task being stepped, 4 sleeps in progress (a list, by deadline), 5 the virtual
 * clock (a float), 6 tasks made so far (a small int). States: 0 not started, 1 a task's step came back,
 * 2 choosing what runs next. */
enum { L_MAIN, L_READY, L_HOST, L_CUR, L_SLEEP, L_NOW, L_NTASKS, L_NSLOTS };

static PFrame *find_loop(PCtx *c) {
    const PFuncDesc *loop = rt_native_loop();
    for (PFrame *f = RT_CTX(c)->top; f; f = f->parent)
        if (f->fn == loop) return f;
    return NULL;
}

static int no_loop(PCtx *c) {
    rt_err(c, PITH_B_RUNTIMEERROR, "no running event loop");
    return -1;
}

static int corrupt(PCtx *c) {
    rt_err(c, PITH_B_SYSTEMERROR, "corrupt event loop frame");
    return PITH_STEP_ERR;
}

/* What the steps read: lists where lists belong, a float clock, a small-int count (a forged snapshot may
 * hold anything). */
static int loop_ok(PFrame *fr) {
    PV *s = fr->s;
    if (!s[L_READY] || !RT_IS(s[L_READY], RT_T_LIST) || !s[L_HOST] || !RT_IS(s[L_HOST], RT_T_LIST)) return 0;
    if (!s[L_SLEEP] || !RT_IS(s[L_SLEEP], RT_T_LIST) || !s[L_NOW] || !RT_IS(s[L_NOW], RT_T_FLOAT)) return 0;
    if (!s[L_NTASKS] || !PV_IS_INT(s[L_NTASKS])) return 0;
    return fr->state == 0 || is_future(s[L_MAIN], FUT_TASK);
}

static double loop_now(PFrame *fr) { return ((RtFloat *)fr->s[L_NOW])->d; }

/* A task around awaitable aw (a coroutine or a host call), ready to run. */
static PV task_new(PCtx *c, PFrame *loop, PV aw) {
    PV t = future_new(c, FUT_TASK);
    if (!t) return PV_NULL;
    pv_incref(aw);
    FUT(t)->a = aw;
    FUT(t)->state = FS_PENDING;
    pi64 n = PV_IVAL(loop->s[L_NTASKS]) + 1;
    loop->s[L_NTASKS] = PV_INT(n);
    FUT(t)->id = n;
    if (rt_list_append(c, loop->s[L_READY], t) < 0) {
        pv_decref(c, t);
        return PV_NULL;
    }
    return t;
}

static int add_waiter(PCtx *c, PV f, PV waiter) {
    if (!FUT(f)->waiters && !(FUT(f)->waiters = rt_list_new(c, 1))) return -1;
    return rt_list_append(c, FUT(f)->waiters, waiter);
}

static int complete(PCtx *c, PFrame *loop, PV f, PV value_steal, PV exc_steal);

/* A child of gather g is done: g fails with the child's exception (unless return_exceptions), or, once every
 * child is done, is done with their results in order. */
static int gather_child_done(PCtx *c, PFrame *loop, PV g, PV child) {
    if (is_done(g) || !FUT(g)->a || !RT_IS(FUT(g)->a, RT_T_LIST)) return 0;
    if (FUT(child)->state == FS_FAILED && !FUT(g)->flag) {
        pv_incref(FUT(child)->result);
        return complete(c, loop, g, PV_NULL, FUT(child)->result);
    }
    RtList *kids = (RtList *)FUT(g)->a;
    for (pi64 i = 0; i < kids->n; i++)
        if (!is_future(kids->items[i], -1) || !is_done(kids->items[i])) return 0;
    PV out = rt_list_new(c, kids->n);
    for (pi64 i = 0; out && i < kids->n; i++)
        if (rt_list_append(c, out, FUT(kids->items[i])->result) < 0) {
            pv_decref(c, out);
            out = PV_NULL;
        }
    return out ? complete(c, loop, g, out, PV_NULL) : -1;
}

/* Tells each waiter of f that f is done: a task becomes ready, a gather counts its child. */
static int wake_waiters(PCtx *c, PFrame *loop, PV f) {
    PV ws = FUT(f)->waiters;
    FUT(f)->waiters = PV_NULL;
    int rc = 0;
    for (pi64 i = 0; ws && RT_IS(ws, RT_T_LIST) && i < ((RtList *)ws)->n && rc == 0; i++) {
        PV w = ((RtList *)ws)->items[i];
        if (is_future(w, FUT_TASK) && !is_done(w))
            rc = rt_list_append(c, loop->s[L_READY], w);
        else if (is_future(w, FUT_GATHER))
            rc = gather_child_done(c, loop, w, f);
    }
    pv_xdecref(c, ws);
    return rc;
}

static int complete(PCtx *c, PFrame *loop, PV f, PV value_steal, PV exc_steal) {
    FUT(f)->state = exc_steal ? FS_FAILED : FS_DONE;
    put(c, &FUT(f)->result, exc_steal ? exc_steal : value_steal);
    return wake_waiters(c, loop, f);
}

/* Host call f, yielded by task t for the first time: it gets its id and joins the calls the host will see. */
static int issue(PCtx *c, PFrame *loop, PV f) {
    FUT(f)->state = FS_PENDING;
    FUT(f)->id = ++RT_CTX(c)->call_seq;
    return rt_list_append(c, loop->s[L_HOST], f);
}

/* Task t yielded v: park it on the future until that is done. */
static int park(PCtx *c, PFrame *loop, PV t, PV v) {
    if (!is_future(v, -1)) {
        rt_err(c, PITH_B_RUNTIMEERROR, "Task got bad yield: %R", v);
        PV e = rt_exc_fetch(c);
        return e ? complete(c, loop, t, PV_NULL, e) : -1;
    }
    RtFuture *f = FUT(v);
    if (f->kind == FUT_HOST && f->state == FS_NEW && issue(c, loop, v) < 0) return -1;
    if (f->kind == FUT_SLEEP && f->state == FS_NEW) {
        if (!(f->when > 0)) { /* sleep(0): just let the others run first */
            f->state = FS_DONE;
            pv_incref(f->a);
            put(c, &f->result, f->a);
            return rt_list_append(c, loop->s[L_READY], t);
        }
        f->state = FS_PENDING;
        f->when += loop_now(loop);
        RtList *sl = (RtList *)loop->s[L_SLEEP];
        pi64 at = sl->n; /* by deadline, and in the order they began among equal ones */
        while (at > 0 && is_future(sl->items[at - 1], FUT_SLEEP) && FUT(sl->items[at - 1])->when > f->when) at--;
        if (rt_list_append(c, (PV)sl, v) < 0) return -1;
        memmove(sl->items + at + 1, sl->items + at, (size_t)(sl->n - 1 - at) * sizeof(PV));
        sl->items[at] = v;
    }
    if (is_done(v)) return rt_list_append(c, loop->s[L_READY], t);
    return add_waiter(c, v, t);
}

/* Answered host calls wake their tasks, in the order the answers came. Returns how many, or -1. */
static int drain_answers(PCtx *c, PFrame *loop) {
    RtList *host = (RtList *)loop->s[L_HOST];
    int n = 0;
    for (pi64 i = 0; i < host->n;) {
        PV f = host->items[i];
        if (is_future(f, -1) && !is_done(f)) {
            i++;
            continue;
        }
        memmove(host->items + i, host->items + i + 1, (size_t)(host->n - i - 1) * sizeof(PV));
        host->n--;
        int rc = is_future(f, -1) ? wake_waiters(c, loop, f) : 0;
        pv_decref(c, f);
        if (rc < 0) return -1;
        n++;
    }
    return n;
}

/* The first sleep ends: the clock moves to its deadline. */
static int wake_sleeper(PCtx *c, PFrame *loop) {
    RtList *sl = (RtList *)loop->s[L_SLEEP];
    PV f = sl->items[0];
    memmove(sl->items, sl->items + 1, (size_t)(sl->n - 1) * sizeof(PV));
    sl->n--;
    int rc = 0;
    if (is_future(f, FUT_SLEEP) && !is_done(f)) {
        if (FUT(f)->when > loop_now(loop)) {
            PV now = rt_float_new(c, FUT(f)->when);
            if (!now)
                rc = -1;
            else
                put(c, &loop->s[L_NOW], now);
        }
        pv_incref(FUT(f)->a);
        if (rc == 0) rc = complete(c, loop, f, FUT(f)->a, PV_NULL);
    }
    pv_decref(c, f);
    return rc;
}

/* The step of the task in slot L_CUR came back: it yielded a future, finished or raised. */
static int task_stepped(PCtx *c, PFrame *loop) {
    PV t = loop->s[L_CUR];
    loop->s[L_CUR] = PV_NULL;
    if (!is_future(t, FUT_TASK) || !FUT(t)->a) {
        pv_xdecref(c, t);
        return corrupt(c);
    }
    PV out = PV_NULL;
    int r = rt_sm_received(c, loop, FUT(t)->a, &out), rc;
    if (r < 0) {
        if (RT_CTX(c)->limit != RT_LIMIT_NONE) { /* a limit stops the run, whichever task hit it */
            pv_decref(c, t);
            return PITH_STEP_ERR;
        }
        PV e = rt_exc_fetch(c);
        rc = e ? complete(c, loop, t, PV_NULL, e) : -1;
    } else if (r == 0) {
        rc = complete(c, loop, t, out, PV_NULL);
    } else {
        rc = park(c, loop, t, out);
        pv_decref(c, out);
    }
    pv_decref(c, t);
    return rc < 0 ? PITH_STEP_ERR : PITH_STEP_CONT;
}

/* Runs the next ready task, or finishes, or stops for the host. */
static int pick(PCtx *c, PFrame *loop) {
    for (;;) {
        if (--c->fuel < 0 && rt_fuel_out(c)) return PITH_STEP_ERR;
        RtList *ready = (RtList *)loop->s[L_READY];
        if (ready->n > 0) {
            PV t = ready->items[0];
            memmove(ready->items, ready->items + 1, (size_t)(ready->n - 1) * sizeof(PV));
            ready->n--;
            if (!is_future(t, FUT_TASK) || is_done(t) || !FUT(t)->a) { /* woken twice, or forged */
                pv_decref(c, t);
                continue;
            }
            loop->s[L_CUR] = t;
            loop->state = 1;
            return rt_sm_send(c, loop, FUT(t)->a, PV_NONE, PITH_SEND_VALUE);
        }
        PV main = loop->s[L_MAIN];
        if (FUT(main)->state == FS_DONE) {
            pv_incref(FUT(main)->result);
            loop->ret = FUT(main)->result;
            return PITH_STEP_DONE;
        }
        if (FUT(main)->state == FS_FAILED) {
            pv_incref(FUT(main)->result);
            rt_exc_restore(c, FUT(main)->result);
            return PITH_STEP_ERR;
        }
        int n = drain_answers(c, loop);
        if (n < 0) return PITH_STEP_ERR;
        if (n > 0) continue;
        if (((RtList *)loop->s[L_SLEEP])->n > 0) {
            if (wake_sleeper(c, loop) < 0) return PITH_STEP_ERR;
            continue;
        }
        loop->state = 2;
        if (((RtList *)loop->s[L_HOST])->n > 0) return PITH_STEP_SUSPEND; /* every task waits on the host */
        rt_err(c, PITH_B_RUNTIMEERROR, "the event loop has nothing left to run: every task waits on another");
        return PITH_STEP_ERR;
    }
}

int rt_async_loop_step(PCtx *c, PFrame *fr) {
    if (fr->fn->nslots < L_NSLOTS || (fr->state != 0 && !loop_ok(fr))) return corrupt(c);
    if (fr->state == 0) {
        PV ready = rt_list_new(c, 4), host = rt_list_new(c, 4), sleep = rt_list_new(c, 0), now = rt_float_new(c, 0);
        put(c, &fr->s[L_READY], ready);
        put(c, &fr->s[L_HOST], host);
        put(c, &fr->s[L_SLEEP], sleep);
        put(c, &fr->s[L_NOW], now);
        fr->s[L_NTASKS] = PV_INT(0);
        if (!ready || !host || !sleep || !now || !fr->s[L_MAIN]) return PITH_STEP_ERR;
        PV main = task_new(c, fr, fr->s[L_MAIN]);
        if (!main) return PITH_STEP_ERR;
        put(c, &fr->s[L_MAIN], main);
        fr->state = 2;
    } else if (fr->state == 1) {
        int rc = task_stepped(c, fr);
        if (rc != PITH_STEP_CONT) return rc;
    } else if (fr->state != 2) {
        return corrupt(c);
    }
    return pick(c, fr);
}

/* ---- asyncio's functions (runtime/modules/rt_mod_asyncio.c binds them to names) ---- */

static int is_coroutine(PV v) { return v && (RT_IS(v, RT_T_CORO) || is_future(v, FUT_HOST)); }

/* asyncio.run(coro) needs a coroutine and no running loop: CPython's errors. */
static PFrame *loop_frame_for(PCtx *c, PV coro) {
    if (find_loop(c)) {
        rt_err(c, PITH_B_RUNTIMEERROR, "asyncio.run() cannot be called from a running event loop");
        return NULL;
    }
    if (!is_coroutine(coro)) {
        rt_err(c, PITH_B_VALUEERROR, "a coroutine was expected, got %R", coro);
        return NULL;
    }
    PFrame *fr = rt_frame_new(c, rt_native_loop());
    if (!fr) return NULL;
    pv_incref(coro);
    fr->s[L_MAIN] = coro;
    return fr;
}

int rt_async_run_sm(PCtx *c, PFrame *caller, PV coro) {
    PFrame *fr = loop_frame_for(c, coro);
    return fr ? rt_frame_push(c, caller, fr) : PITH_STEP_ERR;
}

PV rt_async_run_nested(PCtx *c, PV coro) {
    PFrame *fr = loop_frame_for(c, coro);
    return fr ? rt_call_frame_nested(c, fr) : PV_NULL;
}

PV rt_async_create_task(PCtx *c, PV coro) {
    if (!is_coroutine(coro)) {
        rt_err(c, PITH_B_TYPEERROR, "a coroutine was expected, got %R", coro);
        return PV_NULL;
    }
    PFrame *loop = find_loop(c);
    if (!loop || !loop_ok(loop)) return no_loop(c), PV_NULL;
    return task_new(c, loop, coro);
}

PV rt_async_gather(PCtx *c, PV *aws, int n, int return_exceptions) {
    PFrame *loop = find_loop(c);
    if (!loop || !loop_ok(loop)) return no_loop(c), PV_NULL;
    PV g = future_new(c, FUT_GATHER), kids = g ? rt_list_new(c, n) : PV_NULL;
    if (!kids) {
        pv_xdecref(c, g);
        return PV_NULL;
    }
    FUT(g)->a = kids;
    FUT(g)->flag = return_exceptions;
    FUT(g)->state = FS_PENDING;
    for (int i = 0; i < n; i++) {
        PV aw = aws[i], child;
        if (is_coroutine(aw)) {
            child = task_new(c, loop, aw);
        } else if (is_future(aw, FUT_TASK) || is_future(aw, FUT_GATHER)) {
            pv_incref(aw);
            child = aw;
        } else {
            rt_err(c, PITH_B_TYPEERROR, "An asyncio.Future, a coroutine or an awaitable is required");
            child = PV_NULL;
        }
        int rc = child ? rt_list_append(c, kids, child) : -1;
        if (rc == 0 && !is_done(child)) rc = add_waiter(c, child, g);
        pv_xdecref(c, child);
        if (rc < 0) {
            pv_decref(c, g);
            return PV_NULL;
        }
    }
    PV none_yet = n == 0 ? rt_list_new(c, 0) : PV_NULL;
    int rc = n > 0 ? 0 : none_yet ? complete(c, loop, g, none_yet, PV_NULL) : -1;
    for (int i = 0; i < n && rc == 0; i++) /* children that were done already (a finished task) */
        if (is_done(((RtList *)kids)->items[i])) rc = gather_child_done(c, loop, g, ((RtList *)kids)->items[i]);
    if (rc < 0) {
        pv_decref(c, g);
        return PV_NULL;
    }
    return g;
}

PV rt_async_sleep(PCtx *c, double delay, PV result) {
    PV f = future_new(c, FUT_SLEEP);
    if (!f) return PV_NULL;
    FUT(f)->when = delay > 0 ? delay : 0;
    pv_incref(result);
    FUT(f)->a = result;
    return f;
}

int rt_is_awaitable(PV v) { return v && (RT_IS(v, RT_T_CORO) || RT_IS(v, RT_T_FUTURE)); }

PV rt_awaitable(PCtx *c, PV v) {
    if (rt_is_awaitable(v)) {
        pv_incref(v);
        return v;
    }
    rt_err(c, PITH_B_TYPEERROR, "object %T can't be used in 'await' expression", v);
    return PV_NULL;
}

/* ---- async for ---- */

static PV anext_new(PCtx *c, PV inner) {
    PV g = future_new(c, FUT_ANEXT);
    if (!g) return PV_NULL;
    pv_incref(inner);
    FUT(g)->a = inner;
    FUT(g)->state = FS_PENDING;
    return g;
}

/* The result of calling method `name` of user object v with no arguments, or PV_NULL (exception set). */
static PV call_dunder(PCtx *c, PV v, const char *name) {
    PV n = rt_str_cstr(c, name);
    PV dummy = PV_NONE, r = n ? rt_call_method(c, v, n, &dummy, 0, PV_NULL) : PV_NULL;
    pv_xdecref(c, n);
    return r;
}

PV rt_aiter(PCtx *c, PV v) {
    if (v && RT_IS(v, RT_T_AGEN)) {
        pv_incref(v);
        return v;
    }
    if (v && rt_user_class(v) && RT_IS(v, RT_T_INSTANCE)) return call_dunder(c, v, "__aiter__");
    rt_err(c, PITH_B_TYPEERROR, "'async for' requires an object with __aiter__ method, got %T", v);
    return PV_NULL;
}

PV rt_anext(PCtx *c, PV it) {
    if (it && RT_IS(it, RT_T_AGEN)) return anext_new(c, it);
    if (!it || !rt_user_class(it) || !RT_IS(it, RT_T_INSTANCE)) {
        rt_err(c, PITH_B_TYPEERROR,
               "'async for' received an object from __aiter__ that does not implement __anext__: %T", it);
        return PV_NULL;
    }
    PV r = call_dunder(c, it, "__anext__");
    if (!r) return PV_NULL;
    if (RT_IS(r, RT_T_CORO)) { /* StopAsyncIteration out of it ends the loop */
        PV g = anext_new(c, r);
        pv_decref(c, r);
        return g;
    }
    if (rt_is_awaitable(r)) return r;
    rt_err(c, PITH_B_TYPEERROR, "'async for' received an invalid object from __anext__: %T", r);
    pv_decref(c, r);
    return PV_NULL;
}

PV rt_aiter_end(PCtx *c, PV v) { return rt_is_stop(c, v) ? PV_TRUE : PV_FALSE; }

PV rt_agen_wrap(PCtx *c, PV v) {
    PV w = future_new(c, FUT_YIELDED);
    if (!w) return PV_NULL;
    pv_incref(v);
    FUT(w)->result = v;
    FUT(w)->state = FS_DONE;
    return w;
}

PV rt_anext_inner(PV v) { return is_future(v, FUT_ANEXT) ? FUT(v)->a : PV_NULL; }

int rt_anext_received(PCtx *c, PFrame *caller, PV inner, PV *out) {
    PV v = PV_NULL;
    int r = rt_sm_received(c, caller, inner, &v), agen = RT_IS(inner, RT_T_AGEN);
    if (r == 1 && is_future(v, FUT_YIELDED)) { /* the generator's item: the awaitable's value */
        PV item = FUT(v)->result;
        pv_incref(item);
        pv_decref(c, v);
        v = item;
        r = 0;
    } else if (r == 0 && agen) { /* the generator finished: the end */
        pv_decref(c, v);
        v = rt_stop_new(c);
        if (!v) return -1;
    } else if (r < 0 && !agen && rt_exc_pending_class(c) == PITH_B_STOPASYNCITERATION) {
        pv_decref(c, rt_exc_fetch(c));
        v = rt_stop_new(c);
        if (!v) return -1;
        r = 0;
    }
    if (r < 0) return -1;
    if (out)
        *out = v;
    else
        pv_decref(c, v);
    return r;
}

/* ---- plain futures, for locks and semaphores (rt_async_locks.c) ---- */

PV rt_async_waiter(PCtx *c, PV owner, int gives_none, int done) {
    PV f = future_new(c, FUT_WAIT);
    if (!f) return PV_NULL;
    FUT(f)->flag = gives_none;
    pv_incref(owner);
    FUT(f)->a = owner;
    FUT(f)->state = done ? FS_DONE : FS_PENDING;
    if (done) FUT(f)->result = gives_none ? PV_NONE : PV_TRUE;
    return f;
}

int rt_async_wake(PCtx *c, PV f) {
    if (!is_future(f, FUT_WAIT) || is_done(f)) return 0;
    PFrame *loop = find_loop(c);
    PV v = FUT(f)->flag ? PV_NONE : PV_TRUE;
    if (loop && loop_ok(loop)) return complete(c, loop, f, v, PV_NULL);
    FUT(f)->state = FS_DONE; /* no loop runs: nobody can be waiting on it */
    put(c, &FUT(f)->result, v);
    return 0;
}

int rt_async_is_done(PV f) { return is_future(f, -1) && is_done(f); }

/* ---- host calls from async code ---- */

PV rt_async_host_call(PCtx *c, int ext_id, PV args_steal, PV kwargs_steal) {
    PV f = future_new(c, FUT_HOST);
    if (!f) {
        pv_decref(c, args_steal);
        pv_decref(c, kwargs_steal);
        return PV_NULL;
    }
    FUT(f)->flag = ext_id;
    FUT(f)->a = args_steal;
    FUT(f)->b = kwargs_steal;
    return f;
}

PV rt_future_result(PCtx *c, PV v) {
    (void)c;
    if (!is_future(v, -1) || FUT(v)->state != FS_DONE || !FUT(v)->result) return PV_NULL;
    pv_incref(FUT(v)->result);
    return FUT(v)->result;
}

/* The issued host calls (a list), or PV_NULL when no loop runs. */
static PV host_list(PCtx *c) {
    PFrame *loop = find_loop(c);
    return loop && loop->state != 0 && loop_ok(loop) ? loop->s[L_HOST] : PV_NULL;
}

int rt_async_pending(PCtx *c, int i, RtHostCallInfo *out) {
    PV host = host_list(c);
    int k = 0;
    for (pi64 j = 0; host && j < ((RtList *)host)->n; j++) {
        PV f = ((RtList *)host)->items[j];
        if (!is_future(f, FUT_HOST) || FUT(f)->state != FS_PENDING) continue;
        if (k++ < i) continue;
        out->id = FUT(f)->id;
        out->ext_id = FUT(f)->flag;
        out->args = FUT(f)->a;
        out->kwargs = FUT(f)->b;
        return 1;
    }
    return 0;
}

int rt_async_answer(PCtx *c, pi64 id, PV value_steal, PV exc_steal) {
    PV host = host_list(c);
    RtList *l = (RtList *)host;
    for (pi64 j = 0; host && j < l->n; j++) {
        PV f = l->items[j];
        if (!is_future(f, FUT_HOST) || FUT(f)->state != FS_PENDING || FUT(f)->id != id) continue;
        FUT(f)->state = exc_steal ? FS_FAILED : FS_DONE;
        put(c, &FUT(f)->result, exc_steal ? exc_steal : value_steal);
        /* answered ones go last, in the order they came: the loop wakes their tasks in that order */
        memmove(l->items + j, l->items + j + 1, (size_t)(l->n - j - 1) * sizeof(PV));
        l->items[l->n - 1] = f;
        return 0;
    }
    pv_xdecref(c, value_steal);
    pv_xdecref(c, exc_steal);
    return -1;
}

/* ---- the future type ---- */

/* Awaiting a future (rt_sm_send's iterator path): not done, it yields itself up to the task; done, the
 * awaiting chain gets its value (rt_sm_received asks rt_future_result) or its exception. */
static int future_next(PCtx *c, PV it, PV *out) {
    RtFuture *f = FUT(it);
    if (f->state == FS_DONE && f->kind == FUT_WAIT && f->a != PV_NONE) /* the lock's waiter resumes */
        return rt_lock_resumed(c, f->a, it) < 0 ? -1 : 0;
    if (f->state == FS_DONE) return 0;
    if (f->state == FS_FAILED && f->result) {
        pv_incref(f->result);
        rt_exc_restore(c, f->result);
        return -1;
    }
    pv_incref(it);
    *out = it;
    return 1;
}

static PV future_repr(PCtx *c, PV v) {
    RtFuture *f = FUT(v);
    const char *st = f->state == FS_FAILED || f->state == FS_DONE ? "finished" : "pending";
    char buf[300];
    if (f->kind == FUT_TASK) {
        snprintf(buf, sizeof buf, "<Task %s name='Task-%lld'>", st, (long long)f->id);
    } else if (f->kind == FUT_HOST) {
        const PProgDesc *p = RT_CTX(c)->prog;
        const char *name = p && f->flag >= 0 && f->flag < p->next ? p->ext_names[f->flag] : "?";
        snprintf(buf, sizeof buf, "<coroutine object %.200s at 0x%llx>", name, (unsigned long long)rt_identity(c, v));
    } else {
        snprintf(buf, sizeof buf, "<%s %s>", f->kind == FUT_GATHER ? "_GatheringFuture" : "Future", st);
    }
    return rt_str_cstr(c, buf);
}

/* task.done(), task.result(), task.exception(): CPython's InvalidStateError is an Exception here. */
static PV fut_done_m(PCtx *c, PV self, PV *a, int n, PV kw) {
    (void)c, (void)a, (void)n, (void)kw;
    return is_done(self) ? PV_TRUE : PV_FALSE;
}

static PV fut_result_m(PCtx *c, PV self, PV *a, int n, PV kw) {
    (void)a, (void)n, (void)kw;
    RtFuture *f = FUT(self);
    if (!is_done(self)) {
        rt_err(c, PITH_B_EXCEPTION, "Result is not set.");
        return PV_NULL;
    }
    pv_incref(f->result);
    if (f->state == FS_DONE) return f->result;
    rt_exc_restore(c, f->result);
    return PV_NULL;
}

static PV fut_exception_m(PCtx *c, PV self, PV *a, int n, PV kw) {
    (void)a, (void)n, (void)kw;
    RtFuture *f = FUT(self);
    if (!is_done(self)) {
        rt_err(c, PITH_B_EXCEPTION, "Exception is not set.");
        return PV_NULL;
    }
    PV e = f->state == FS_FAILED ? f->result : PV_NONE;
    pv_incref(e);
    return e;
}

static const RtMethDef fut_methods_table[] = {
    {"done", fut_done_m, RT_M_NOARGS, 0, 0, 0, NULL},
    {"result", fut_result_m, RT_M_NOARGS, 0, 0, 0, NULL},
    {"exception", fut_exception_m, RT_M_NOARGS, 0, 0, 0, NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL},
};
static const RtMethDef *const fut_methods[] = {fut_methods_table, NULL};

static int future_class(PV v) {
    return FUT(v)->kind == FUT_TASK ? PITH_B_TASK : FUT(v)->kind == FUT_HOST ? PITH_B_COROUTINE : PITH_B_FUTURE;
}

static void future_traverse(PObj *o, RtVisit visit, void *arg) {
    RtFuture *f = (RtFuture *)o;
    visit(&f->result, arg);
    visit(&f->a, arg);
    visit(&f->b, arg);
    visit(&f->waiters, arg);
}

/* Payload: kind, state, flag, id, when. */
static void future_snap_put(RtSnapW *w, PObj *o) {
    RtFuture *f = (RtFuture *)o;
    rt_snap_put_sv(w, f->kind);
    rt_snap_put_sv(w, f->state);
    rt_snap_put_sv(w, f->flag);
    rt_snap_put_sv(w, f->id);
    rt_snap_put_f64(w, f->when);
}

static PV future_snap_make(RtSnapR *r, int type) {
    (void)type;
    int kind = rt_snap_get_int(r, 0, FUT_KINDS - 1), state = rt_snap_get_int(r, 0, FS_STATES - 1);
    int flag = rt_snap_get_int(r, -1, 1 << 30);
    pi64 id = rt_snap_get_int(r, 0, 1 << 30);
    double when = rt_snap_get_f64(r);
    if (rt_snap_r_bad(r) || !(when == when)) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    PV f = future_new(rt_snap_ctx(r), kind);
    if (!f) return PV_NULL;
    FUT(f)->state = state;
    FUT(f)->flag = flag;
    FUT(f)->id = id;
    FUT(f)->when = when;
    return f;
}

/* What the loop and the host-call API read without checking again: a host call names an external and holds
 * an args tuple and a kwargs dict; a gather a list; a task something to run; a failed future an exception. */
static int future_snap_check(RtSnapR *r, PObj *o) {
    RtFuture *f = (RtFuture *)o;
    if (f->waiters && !RT_IS(f->waiters, RT_T_LIST)) return -1;
    if (f->state == FS_FAILED && (!f->result || !RT_IS(f->result, RT_T_EXC))) return -1;
    if (f->state == FS_DONE && !f->result) return -1;
    switch (f->kind) {
    case FUT_HOST:
        return f->flag >= 0 && f->flag < rt_snap_next(r) && f->a && RT_IS(f->a, RT_T_TUPLE) && f->b &&
                       RT_IS(f->b, RT_T_DICT)
                   ? 0
                   : -1;
    case FUT_GATHER: return f->a && RT_IS(f->a, RT_T_LIST) ? 0 : -1;
    case FUT_TASK: return f->a && (RT_IS(f->a, RT_T_CORO) || RT_IS(f->a, RT_T_FUTURE)) ? 0 : -1;
    case FUT_ANEXT: return f->a && (RT_IS(f->a, RT_T_CORO) || RT_IS(f->a, RT_T_AGEN)) ? 0 : -1;
    case FUT_YIELDED: return f->result ? 0 : -1;
    case FUT_WAIT: return f->a && (f->a == PV_NONE || RT_IS(f->a, RT_T_LOCK)) ? 0 : -1;
    default: return f->a ? 0 : -1;
    }
}

const RtTypeDesc rt_future_type = {
    .name = "Future",
    .flags = RT_TF_GC,
    .cls = PITH_B_FUTURE,
    .class_of = future_class,
    .traverse = future_traverse,
    .repr = future_repr,
    .next = future_next,
    .methods = fut_methods,
    .snap_tag = SNAP_O_FUTURE,
    .snap_put = future_snap_put,
    .snap_make = future_snap_make,
    .snap_check = future_snap_check,
};
