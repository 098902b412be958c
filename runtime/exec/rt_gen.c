/* rt_gen.c — generator objects: a generator owns a frame of a PITH_F_GENERATOR function and resumes it
 * whenever it is advanced (next, send, throw, close). Stage: runtime (docs/ARCHITECTURE.md §3).
 *
 * Two ways to advance one:
 *   - from state-machine code (a for loop, `yield from`, next() in a function that may suspend): the
 *     generator's frame is pushed on the execution's chain above the consumer (rt_sm_send), so a host
 *     call inside it suspends the whole run and a snapshot taken there holds both frames; when the frame
 *     yields or finishes the driver hands the outcome to the consumer (rt_frame_return), which reads it
 *     with rt_sm_received;
 *   - from C code that cannot suspend (rt_next inside a builtin): the frame runs on a private chain
 *     driven here (gen_run); a host call inside it raises instead (the compiler routes every consumer it
 *     can through the first way).
 * While its frame runs, the frame carries RT_FRAME_RUNNING: advancing it again is CPython's "generator
 * already executing". A finished generator drops its frame (frame NULL) but keeps its function for repr. */
#include <stdio.h>
#include <string.h>

#include "rt_exec.h"
#include "rt_values.h"
#include "rt_snap_codec.h"

typedef struct RtGen {
    PObj h;
    PFrame *frame;       /* the generator's frame (owned); NULL once it finished */
    const PFuncDesc *fn; /* its function (the name in repr) */
} RtGen;

/* A generator function's object is a generator; an async def's a coroutine, or an async generator when it
 * yields (rt_async.c): the same record. */
static int gen_type_of(const PFuncDesc *fn) {
    return !fn                              ? RT_T_GEN
           : (fn->flags & PITH_F_COROUTINE) ? RT_T_CORO
           : (fn->flags & PITH_F_ASYNCGEN)  ? RT_T_AGEN
                                            : RT_T_GEN;
}

PV rt_gen_new(PCtx *c, PFrame *frame_steal) {
    RtGen *g = (RtGen *)rt_obj_new(c, gen_type_of(frame_steal ? frame_steal->fn : NULL), sizeof(RtGen));
    if (!g) {
        pv_decref(c, (PV)frame_steal);
        return PV_NULL;
    }
    g->frame = frame_steal;
    g->fn = frame_steal ? frame_steal->fn : NULL;
    return (PV)g;
}

/* Objects that own a frame advanced by the driver: generators, coroutines and async generators. */
static int is_gen(PV v) { return v && (RT_IS(v, RT_T_GEN) || RT_IS(v, RT_T_CORO) || RT_IS(v, RT_T_AGEN)); }

/* The generator finished: its frame goes (the frame's return value is handed out first by the caller). */
static void drop_frame(PCtx *c, RtGen *g) {
    PFrame *fr = g->frame;
    g->frame = NULL;
    pv_xdecref(c, (PV)fr);
}

/* PEP 479: a StopIteration leaving a generator's body becomes RuntimeError, its cause and context. */
static void stop_iteration_leaked(PCtx *c) {
    if (rt_exc_pending_class(c) != PITH_B_STOPITERATION) return;
    PV inner = rt_exc_fetch(c);
    rt_err(c, PITH_B_RUNTIMEERROR, "generator raised StopIteration");
    PV outer = RT_CTX(c)->exc;
    if (outer && RT_IS(outer, RT_T_EXC)) {
        RtExc *e = (RtExc *)outer;
        pv_incref(inner);
        pv_xdecref(c, e->cause);
        e->cause = inner;
        pv_xdecref(c, e->context);
        e->context = inner;
        pv_incref(inner);
    }
    pv_decref(c, inner);
}

/* Can the frame be resumed now? 0 yes; 1 it finished (nothing to resume); -1 error set. `sent` is the
 * value to resume with (PV_NULL: an exception is thrown in). */
static int check_resumable(PCtx *c, RtGen *g, PV sent) {
    if (!g->frame) return 1;
    if (g->frame->hdr.flags & RT_FRAME_RUNNING) {
        if (!sent) pv_xdecref(c, rt_exc_fetch(c));
        rt_err(c, PITH_B_VALUEERROR, "generator already executing");
        return -1;
    }
    if (g->frame->state == 0 && sent && sent != PV_NONE) {
        rt_err(c, PITH_B_TYPEERROR, "can't send non-None value to a just-started generator");
        return -1;
    }
    if (g->frame->state == 0 && !sent) { /* thrown into a generator that never ran: it ends there */
        drop_frame(c, g);
        return -1;
    }
    return 0;
}

/* Puts the value to resume with where the frame's `yield` reads it. */
static void prime(PCtx *c, PFrame *fr, PV sent) {
    pv_xdecref(c, fr->callret);
    fr->callret = PV_NULL;
    if (fr->state && sent) {
        pv_incref(sent);
        fr->callret = sent;
    }
}

/* ---- advancing from C code: the frame runs on a private chain ---- */

/* Runs the generator's frame until it yields (1, *out the value), returns (0, *out its return value) or
 * fails (-1). The main chain's top is saved and restored around it. */
static int gen_run(PCtx *c, RtGen *g, PV sent, PV *out) {
    RtCtx *x = RT_CTX(c);
    int ready = check_resumable(c, g, sent);
    if (ready) {
        if (ready == 1 && !sent) return -1; /* thrown into a finished generator: the exception stays */
        if (ready == 1) *out = PV_NONE;
        return ready == 1 ? 0 : -1;
    }
    if (c->depth + 1 > c->max_depth || pv_stack_low(c)) {
        if (!sent) pv_xdecref(c, rt_exc_fetch(c));
        rt_err_recursion(c);
        return -1;
    }
    PFrame *saved = x->top, *fr = g->frame;
    prime(c, fr, sent);
    pv_incref((PV)g);  /* the body may drop the last other reference to its own generator */
    pv_incref((PV)fr); /* the chain's reference, dropped by rt_frame_return */
    fr->parent = NULL;
    fr->hdr.flags |= RT_FRAME_RUNNING;
    x->top = fr;
    c->depth++;
    PV result = PV_NULL;
    for (;;) {
        PFrame *top = x->top;
        int rc = top->fn->step(c, top);
        if (rc == PITH_STEP_CALL || rc == PITH_STEP_CONT) continue;
        if (rc == PITH_STEP_SUSPEND) { /* cannot wait on the host from here: unwind to the generator */
            rt_ext_call_cancel(c);
            rt_err(c, PITH_B_RUNTIMEERROR, "a host function cannot be called inside a generator consumed here");
            top->callret = PV_NULL;
            continue; /* the frame that called resumes with the error pending */
        }
        if (top != fr) {
            rt_frame_return(x, rc, NULL);
            continue;
        }
        rt_frame_return(x, rc, &result);
        break;
    }
    x->top = saved;
    int r;
    if (fr->state >= 0) { /* yielded */
        *out = result;
        r = 1;
    } else if (rt_is_stop(c, result)) {
        pv_decref(c, result);
        *out = fr->ret;
        fr->ret = PV_NULL;
        if (!*out) *out = PV_NONE;
        drop_frame(c, g);
        r = 0;
    } else {
        drop_frame(c, g);
        stop_iteration_leaked(c);
        r = -1;
    }
    pv_decref(c, (PV)g);
    return r;
}

int rt_gen_next(PCtx *c, PV gv, PV *out) {
    PV ret = PV_NULL;
    int r = gen_run(c, (RtGen *)gv, PV_NONE, out);
    if (r == 0) { /* rt_next's callers have no use for the return value */
        ret = *out;
        *out = PV_NULL;
        pv_decref(c, ret);
    }
    return r;
}

/* StopIteration carrying a generator's return value (None: no args, as CPython raises it). */
void rt_raise_stop(PCtx *c, PV value_steal) {
    PV args = PV_NULL;
    if (value_steal != PV_NONE) {
        args = rt_tuple_from_steal(c, &value_steal, 1);
        if (!args) return;
    } else {
        pv_decref(c, value_steal);
    }
    PV e = rt_exc_new(c, PITH_B_STOPITERATION, args);
    if (!e) return;
    rt_raise(c, e);
    pv_decref(c, e);
}

/* next(gen) / gen.send(v): the value yielded, or StopIteration(return value). */
PV rt_gen_send(PCtx *c, PV gv, PV sent) {
    PV out = PV_NULL;
    int r = gen_run(c, (RtGen *)gv, sent, &out);
    if (r == 1) return out;
    if (r == 0) rt_raise_stop(c, out);
    return PV_NULL;
}

/* The exception gen.throw(typ[, val]) throws in: an instance, a class, or the class called with val. */
PV rt_gen_throw_exception(PCtx *c, PV typ, PV val) {
    if (typ && RT_IS(typ, RT_T_EXC)) {
        if (val && val != PV_NONE) {
            rt_err(c, PITH_B_TYPEERROR, "instance exception may not have a separate value");
            return PV_NULL;
        }
        pv_incref(typ);
        return typ;
    }
    if (!typ || !RT_IS(typ, RT_T_BUILTIN) || !PITH_B_IS_EXC(((RtBuiltin *)typ)->id)) {
        rt_err(c, PITH_B_TYPEERROR, "exceptions must be classes or instances deriving from BaseException, not %s",
               rt_type_name(typ));
        return PV_NULL;
    }
    if (val && RT_IS(val, RT_T_EXC)) {
        pv_incref(val);
        return val;
    }
    PV args = PV_NULL;
    if (val && val != PV_NONE) {
        pv_incref(val);
        args = RT_IS(val, RT_T_TUPLE) ? val : rt_tuple_from_steal(c, &val, 1);
        if (!args) return PV_NULL;
    }
    return rt_exc_new_like(c, typ, args);
}

/* gen.throw(exc): raised where the generator waits; its next value, or what it raises. */
static PV gen_throw(PCtx *c, PV self, PV *a, int n, PV kw) {
    (void)kw;
    PV e = rt_gen_throw_exception(c, a[0], n > 1 ? a[1] : PV_NULL);
    if (!e) return PV_NULL;
    rt_raise(c, e);
    pv_decref(c, e);
    PV out = PV_NULL;
    int r = gen_run(c, (RtGen *)self, PV_NULL, &out);
    if (r == 1) return out;
    if (r == 0) rt_raise_stop(c, out);
    return PV_NULL;
}

int rt_gen_close(PCtx *c, PV gv) {
    RtGen *g = (RtGen *)gv;
    if (!g->frame) return 0;
    if (!(g->frame->hdr.flags & RT_FRAME_RUNNING) && g->frame->state == 0) {
        drop_frame(c, g);
        return 0;
    }
    PV e = rt_exc_new(c, PITH_B_GENERATOREXIT, PV_NULL);
    if (!e) return -1;
    rt_raise(c, e);
    pv_decref(c, e);
    PV out = PV_NULL;
    int r = gen_run(c, g, PV_NULL, &out);
    if (r == 1) {
        pv_decref(c, out);
        rt_err(c, PITH_B_RUNTIMEERROR, "generator ignored GeneratorExit");
        return -1;
    }
    if (r == 0) {
        pv_decref(c, out);
        return 0;
    }
    int cls = rt_exc_pending_class(c);
    if (cls == PITH_B_GENERATOREXIT || cls == PITH_B_STOPITERATION) {
        pv_decref(c, rt_exc_fetch(c));
        return 0;
    }
    return -1;
}

static PV gen_send_m(PCtx *c, PV self, PV *a, int n, PV kw) {
    (void)n, (void)kw;
    return rt_gen_send(c, self, a[0]);
}

static PV gen_close_m(PCtx *c, PV self, PV *a, int n, PV kw) {
    (void)a, (void)n, (void)kw;
    return rt_gen_close(c, self) < 0 ? PV_NULL : PV_NONE;
}

static PV gen_next_m(PCtx *c, PV self, PV *a, int n, PV kw) {
    (void)a, (void)n, (void)kw;
    return rt_gen_send(c, self, PV_NONE);
}

static const RtMethDef gen_methods_table[] = {
    {"send", gen_send_m, RT_M_O, 1, 1, 0, NULL},
    {"throw", gen_throw, RT_M_POS, 1, 3, 0, NULL},
    {"close", gen_close_m, RT_M_NOARGS, 0, 0, 0, NULL},
    {"__next__", gen_next_m, RT_M_NOARGS, 0, 0, 0, NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL},
};
static const RtMethDef *const gen_methods[] = {gen_methods_table, NULL};

/* ---- advancing from state-machine code: the frame joins the execution's chain ---- */

int rt_sm_send(PCtx *c, PFrame *caller, PV it, PV sent, int mode) {
    pv_xdecref(c, caller->callret);
    caller->callret = PV_NULL;
    PV inner = rt_anext_inner(it); /* `async for`'s awaitable advances the async generator it stands for */
    if (inner) it = inner;
    if (mode != PITH_SEND_VALUE && !is_gen(it)) return PITH_STEP_CONT; /* no throw(): re-raised here */
    if (!is_gen(it) && (!sent || sent == PV_NONE) && rt_advance_waits(it)) return rt_sm_push_iter_next(c, caller, it);
    if (!is_gen(it)) { /* any other iterator runs at once; send() of a value asks for its send method */
        PV v = PV_NULL;
        int r = 0;
        if (sent && sent != PV_NONE) {
            PV name = rt_str_cstr(c, "send");
            v = name ? rt_call_method(c, it, name, &sent, 1, PV_NULL) : PV_NULL;
            pv_xdecref(c, name);
            r = v ? 1 : -1;
        } else {
            r = rt_next(c, it, &v);
        }
        caller->callret = r == 1 ? v : r == 0 ? rt_stop_new(c) : PV_NULL;
        return PITH_STEP_CONT;
    }
    RtGen *g = (RtGen *)it;
    if (mode == PITH_SEND_THROW && rt_exc_pending_class(c) == PITH_B_GENERATOREXIT)
        return rt_sm_close_delegate(c, caller, it); /* closing yield from closes its delegate, then goes on */
    int ready = check_resumable(c, g, mode != PITH_SEND_VALUE ? PV_NULL : sent);
    if (ready == 1 && RT_IS(it, RT_T_CORO)) { /* CPython's message for a coroutine awaited twice */
        if (mode != PITH_SEND_VALUE) pv_xdecref(c, rt_exc_fetch(c));
        rt_err(c, PITH_B_RUNTIMEERROR, "cannot reuse already awaited coroutine");
        return PITH_STEP_CONT;
    }
    if (ready == 1) {
        if (mode == PITH_SEND_VALUE) caller->callret = rt_stop_new(c);
        return PITH_STEP_CONT;
    }
    if (ready < 0) return PITH_STEP_CONT;
    PFrame *fr = g->frame;
    prime(c, fr, mode != PITH_SEND_VALUE ? PV_NULL : sent);
    pv_incref((PV)fr); /* the chain's reference (rt_frame_push drops it if too deep) */
    int rc = rt_frame_push(c, caller, fr);
    if (rc == PITH_STEP_CALL) fr->hdr.flags |= RT_FRAME_RUNNING;
    return rc;
}

int rt_sm_next(PCtx *c, PFrame *caller, PV it, PV *out) {
    if (!is_gen(it) && !rt_advance_waits(it)) return rt_next(c, it, out); /* the common case: at once */
    int rc = rt_sm_send(c, caller, it, PV_NONE, PITH_SEND_VALUE);
    if (rc == PITH_STEP_CALL) return 2;
    int r = rt_sm_received(c, caller, it, out);
    if (r == 0) {
        pv_decref(c, *out);
        *out = PV_NULL;
    }
    return r;
}

int rt_sm_received(PCtx *c, PFrame *caller, PV it, PV *out) {
    PV inner = rt_anext_inner(it);
    if (inner) return rt_anext_received(c, caller, inner, out);
    PV v = caller->callret;
    caller->callret = PV_NULL;
    PV ret = PV_NULL;
    if (is_gen(it) && ((RtGen *)it)->frame && ((RtGen *)it)->frame->state < 0) { /* it just finished */
        RtGen *g = (RtGen *)it;
        ret = g->frame->ret;
        g->frame->ret = PV_NULL;
        drop_frame(c, g);
        if (!v) {
            pv_xdecref(c, ret);
            stop_iteration_leaked(c);
            return -1;
        }
    }
    if (!v) return -1;
    if (!rt_is_stop(c, v)) {
        *out = v;
        return 1;
    }
    pv_decref(c, v);
    if (!ret) ret = rt_future_result(c, it); /* an awaited future's value (rt_async.c), else NULL */
    if (!ret) ret = PV_NONE; /* an iterator that is no generator, or a generator that had finished before */
    if (out)
        *out = ret;
    else
        pv_decref(c, ret);
    return 0;
}

/* ---- repr and the type ---- */

PV rt_gen_repr(PCtx *c, PV gv) {
    const RtGen *g = (const RtGen *)gv;
    char buf[300];
    snprintf(buf, sizeof buf, "<%s object %.200s at 0x%llx>",
             RT_IS(gv, RT_T_CORO)   ? "coroutine"
             : RT_IS(gv, RT_T_AGEN) ? "async_generator"
                                    : "generator",
             g->fn ? g->fn->qualname : "<genexpr>", (unsigned long long)rt_identity(c, gv));
    return rt_str_cstr(c, buf);
}

/* gen.__name__ / gen.__qualname__: its function's (a generator expression's is "<genexpr>"). */
static int gen_dunder(PCtx *c, PV gv, const char *name, PV *out) {
    int qualified = strcmp(name, "__qualname__") == 0;
    if (!qualified && strcmp(name, "__name__") != 0) return 0;
    const PFuncDesc *fn = ((RtGen *)gv)->fn;
    *out = rt_str_cstr(c, !fn ? "<genexpr>" : qualified && fn->qualname ? fn->qualname : fn->name);
    return *out ? 1 : -1;
}

/* The frame is an owned reference held as a PFrame pointer: visited as the PV it also is. */
static void gen_traverse(PObj *o, RtVisit visit, void *arg) {
    RtGen *g = (RtGen *)o;
    PV fr = (PV)g->frame;
    visit(&fr, arg);
    g->frame = (PFrame *)fr;
}

static void gen_snap_put(RtSnapW *w, PObj *o) { rt_snap_put_fn(w, ((RtGen *)o)->fn); }

static PV gen_snap_make(RtSnapR *r, int type) {
    const PFuncDesc *fn = rt_snap_get_fn(r);
    if (!fn || !(fn->flags & PITH_F_GENERATOR) || gen_type_of(fn) != type) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    RtGen *g = (RtGen *)rt_obj_new(rt_snap_ctx(r), type, sizeof(RtGen));
    if (g) {
        g->frame = NULL;
        g->fn = fn;
    }
    return (PV)g;
}

/* The frame, when there is one, is a frame of the generator's own function. */
static int gen_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    RtGen *g = (RtGen *)o;
    PFrame *f = g->frame;
    return !f || (RT_IS((PV)f, RT_T_FRAME) && f->fn == g->fn) ? 0 : -1;
}

const RtTypeDesc rt_gen_type = {
    .name = "generator",
    .flags = RT_TF_GC,
    .cls = PITH_B_GENERATOR,
    .traverse = gen_traverse,
    .repr = rt_gen_repr,
    .iter = rt_iter_self,
    .next = rt_gen_next,
    .contains = rt_contains_by_iter,
    .methods = gen_methods,
    .dunder = gen_dunder,
    .snap_tag = SNAP_O_GEN,
    .snap_put = gen_snap_put,
    .snap_make = gen_snap_make,
    .snap_check = gen_snap_check,
};

/* A coroutine: a generator's record that only `await` (and the event loop) advances: not iterable, no
 * __next__ (CPython's coroutine has send/throw/close for the loop's use; pith's loop needs none). */
const RtTypeDesc rt_coro_type = {
    .name = "coroutine",
    .flags = RT_TF_GC,
    .cls = PITH_B_COROUTINE,
    .traverse = gen_traverse,
    .repr = rt_gen_repr,
    .dunder = gen_dunder,
    .snap_tag = SNAP_O_CORO,
    .snap_put = gen_snap_put,
    .snap_make = gen_snap_make,
    .snap_check = gen_snap_check,
};

/* An async generator: advanced only by `async for` (rt_async.c's awaitable for its next item). */
const RtTypeDesc rt_agen_type = {
    .name = "async_generator",
    .flags = RT_TF_GC,
    .cls = PITH_B_ASYNC_GENERATOR,
    .traverse = gen_traverse,
    .repr = rt_gen_repr,
    .dunder = gen_dunder,
    .snap_tag = SNAP_O_AGEN,
    .snap_put = gen_snap_put,
    .snap_make = gen_snap_make,
    .snap_check = gen_snap_check,
};
