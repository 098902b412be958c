/* rt_exec.c — the driver of state-machine frames and the runtime services tied to one execution: frames,
 * external calls (suspension), range loops, global-name errors (the time and output limits: core/rt_limits.c).
 * Stage: runtime. The frame chain is explicit (RtCtx.top), so resuming never needs the C stack that started
 * the run (docs/ARCHITECTURE.md §3). A frame owns its slots; the chain owns the frames (parent pointers are not refs). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_class.h"
#include "rt_exec.h"
#include "rt_type.h"
#include "rt_snap_codec.h"

/* ---- frames ---- */

PFrame *rt_frame_new(PCtx *c, const PFuncDesc *fn) {
    size_t size = sizeof(PFrame) + sizeof(PV) * (size_t)fn->nslots;
    PFrame *f = (PFrame *)rt_obj_new(c, RT_T_FRAME, size);
    if (!f) return NULL;
    memset((char *)f + sizeof(PObj), 0, size - sizeof(PObj));
    f->fn = fn;
    return f;
}

/* Makes callee the running frame. Too deep: the caller resumes at once with a RecursionError pending. */
int rt_frame_push(PCtx *c, PFrame *caller, PFrame *callee) {
    if (c->depth + 1 > c->max_depth || pv_stack_low(c)) {
        pv_decref(c, (PV)callee);
        rt_err_recursion(c);
        caller->callret = PV_NULL;
        return PITH_STEP_CONT;
    }
    c->depth++;
    callee->parent = caller;
    RT_CTX(c)->top = callee;
    return PITH_STEP_CALL;
}

/* Whether the code that calls a host function is async code (PITH_F_ASYNC_HOST): the caller's own function, or
 * for a builtin running as a native frame (map(fetch, urls)), the function that called the builtin. */
static int from_async_code(const PFrame *caller) {
    while (caller && caller->fn->id < 0) caller = caller->parent;
    return caller && (caller->fn->flags & PITH_F_ASYNC_HOST);
}

/* Records the pending external call and stops the run (the host answers through pith_exec_answer*), or, called
 * from async code, makes the call's awaitable (rt_async.c). */
int rt_ext_call(PCtx *c, PFrame *caller, int ext_id, PV *args, int nargs, PV kwnames) {
    RtCtx *x = RT_CTX(c);
    if (x->host_call_limit && x->host_calls >= x->host_call_limit) {
        x->limit = RT_LIMIT_HOST_CALLS;
        rt_err(c, PITH_B_RUNTIMEERROR, "host call limit of %d exceeded", x->host_call_limit);
        caller->callret = PV_NULL;
        return PITH_STEP_CONT;
    }
    x->host_calls++;
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0, npos = nargs - nkw;
    PV *items = rt_alloc(c, sizeof(PV) * (size_t)(npos ? npos : 1));
    PV kw = rt_dict_new(c);
    if (!items || !kw) goto fail;
    for (int i = 0; i < npos; i++) {
        pv_incref(args[i]);
        items[i] = args[i];
    }
    PV tuple = rt_tuple_from_steal(c, items, npos);
    rt_free(c, items, sizeof(PV) * (size_t)(npos ? npos : 1));
    items = NULL;
    if (!tuple) goto fail;
    for (int i = 0; i < nkw; i++)
        if (rt_dict_set(c, kw, ((RtTuple *)kwnames)->items[i], args[npos + i]) < 0) {
            pv_decref(c, tuple);
            goto fail;
        }
    /* convert now, so a value the host cannot take (too deep) raises at the call site, where `except` sees it */
    x->host_args = rt_to_host(c, tuple);
    x->host_kwargs = x->host_args ? rt_to_host(c, kw) : NULL;
    if (x->host_kwargs && from_async_code(caller)) {
        /* called from async code: an awaitable the event loop issues when a task awaits it (rt_async.c); the
         * host values are made again when the call is published */
        pith_value_free(x->host_args);
        pith_value_free(x->host_kwargs);
        x->host_args = x->host_kwargs = NULL;
        caller->callret = rt_async_host_call(c, ext_id, tuple, kw);
        return PITH_STEP_CONT;
    }
    if (!x->host_kwargs) {
        pith_value_free(x->host_args);
        x->host_args = NULL;
        pv_decref(c, tuple);
        goto fail;
    }
    x->pending_ext = ext_id;
    x->pending_id = ++x->call_seq;
    x->pending_args = tuple;
    x->pending_kwargs = kw;
    return PITH_STEP_SUSPEND;
fail:
    if (items) rt_free(c, items, sizeof(PV) * (size_t)(npos ? npos : 1));
    pv_xdecref(c, kw);
    caller->callret = PV_NULL;
    return PITH_STEP_CONT;
}

PV rt_ext_value(PCtx *c, int ext_id) {
    RtExtFn *f = (RtExtFn *)rt_obj_new(c, RT_T_EXTFN, sizeof(RtExtFn));
    if (!f) return PV_NULL;
    f->ext_id = ext_id;
    return (PV)f;
}

/* repr of an external function value: "<function NAME>" (CPython would add an address). */
PV rt_ext_repr(PCtx *c, PV v) {
    const PProgDesc *p = RT_CTX(c)->prog;
    int id = ((RtExtFn *)v)->ext_id;
    const char *name = p && id >= 0 && id < p->next ? p->ext_names[id] : "?";
    char buf[300];
    snprintf(buf, sizeof buf, "<function %.200s>", name);
    return rt_str_cstr(c, buf);
}

/* ---- small services ---- */

void rt_err_global(PCtx *c, int slot) {
    const PProgDesc *p = RT_CTX(c)->prog;
    const char *name = p && slot >= 0 && slot < p->nglobals ? p->global_names[slot] : "?";
    rt_err_name_cstr(c, name);
}

int rt_reraise_current(PCtx *c) {
    PV h = rt_exc_current(c);
    if (!h) {
        rt_err(c, PITH_B_RUNTIMEERROR, "No active exception to reraise");
        return -1;
    }
    pv_incref(h);
    rt_exc_restore(c, h);
    return -1;
}

/* ---- the driver ---- */

PV rt_stop_new(PCtx *c) {
    RtCtx *x = RT_CTX(c);
    if (!x->stop) x->stop = rt_cell_new(c, PV_NULL); /* held by the context until the heap goes */
    if (x->stop) pv_incref(x->stop);
    return x->stop;
}

int rt_is_stop(PCtx *c, PV v) { return v && v == RT_CTX(c)->stop; }

/* A generator's frame belongs to its generator: stopping only takes it off the chain, and its parent (the
 * consumer that pushed it) reads the outcome through rt_sm_received: the value yielded, rt_stop_new's marker with the
 * return value left in the frame, or PV_NULL (an exception is pending). Any other frame is released and its
 * result (or PV_NULL) delivered. */
PFrame *rt_frame_return(RtCtx *x, int rc, PV *bottom) {
    PFrame *fr = x->top, *parent = fr->parent;
    PV out;
    if (fr->fn->flags & PITH_F_GENERATOR) {
        fr->hdr.flags &= (unsigned short)~RT_FRAME_RUNNING;
        fr->parent = NULL;
        if (rc == PITH_STEP_YIELD) {
            out = fr->ret;
            fr->ret = PV_NULL;
        } else {
            fr->state = -1; /* finished: its generator drops it when the consumer reads the outcome */
            out = rc == PITH_STEP_DONE ? rt_stop_new(&x->pub) : PV_NULL;
        }
    } else {
        out = rc == PITH_STEP_DONE ? fr->ret : PV_NULL;
        fr->ret = PV_NULL;
        out = rt_frame_result(&x->pub, fr, out); /* an __init__ run by C(...) gives its instance */
    }
    x->top = parent;
    x->pub.depth--;
    pv_decref(&x->pub, (PV)fr);
    if (parent)
        parent->callret = out; /* PV_NULL: the exception is pending, the caller's handler takes it */
    else if (bottom)
        *bottom = out;
    else
        pv_xdecref(&x->pub, out);
    return parent;
}

void rt_ext_call_cancel(PCtx *c) {
    RtCtx *x = RT_CTX(c);
    pv_xdecref(c, x->pending_args);
    pv_xdecref(c, x->pending_kwargs);
    x->pending_args = x->pending_kwargs = PV_NULL;
    pith_value_free(x->host_args);
    pith_value_free(x->host_kwargs);
    x->host_args = x->host_kwargs = NULL;
    x->pending_ext = -1;
}

PithStatus rt_exec_drive(PithExec *x, PV direct_result) {
    RtCtx *c = &x->ctx;
    if (!c->top) {
        rt_exec_finish(x, direct_result);
        return x->status;
    }
    for (;;) {
        PFrame *fr = c->top;
        int rc = fr->fn->step(&c->pub, fr);
        if (rc == PITH_STEP_CALL || rc == PITH_STEP_CONT) continue;
        if (rc == PITH_STEP_SUSPEND) {
            x->status = PITH_WAITING;
            return x->status;
        }
        PV ret = PV_NULL;
        if (!rt_frame_return(c, rc, &ret)) {
            rt_exec_finish(x, ret);
            return x->status;
        }
    }
}

/* ---- the frame and external-function types ---- */

/* The parent link is not a reference (the chain owns its frames), so it is not reported. */
static void frame_traverse(PObj *o, RtVisit visit, void *arg) {
    PFrame *f = (PFrame *)o;
    visit(&f->closure, arg);
    visit(&f->ret, arg);
    visit(&f->callret, arg);
    for (int i = 0; f->fn && i < f->fn->nslots; i++) visit(&f->s[i], arg);
}

/* Payload: function id, state, line, the parent as a link, the slot count (checked against the function). */
static void frame_snap_put(RtSnapW *w, PObj *o) {
    PFrame *f = (PFrame *)o;
    const int *rs = f->fn->resume_slots;
    if (f->fn->id >= 0 && f->state > 0 && (!rs || !rs[0])) rt_snap_w_unsupported(w); /* resume_slots_ok refuses it */
    rt_snap_put_fn(w, f->fn);
    /* an __init__ frame run by C(...) (RT_FRAME_INIT) writes its state as -1 - state: older snapshots, whose
     * states are never negative, read as before */
    rt_snap_put_sv(w, f->hdr.flags & RT_FRAME_INIT ? -1 - (int64_t)f->state : f->state);
    rt_snap_put_sv(w, f->line);
    rt_snap_put_link(w, (PV)f->parent);
    rt_snap_put_uv(w, (uint64_t)f->fn->nslots);
}

static PV frame_snap_make(RtSnapR *r, int type) {
    (void)type;
    const PFuncDesc *fn = rt_snap_get_fn(r);
    if (!fn || !fn->step) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    PFrame *f = rt_frame_new(rt_snap_ctx(r), fn);
    if (!f) return PV_NULL;
    int state = rt_snap_get_int(r, -(1 << 30) - 1, 1 << 30);
    f->state = state < 0 ? -1 - state : state;
    if (state < 0) f->hdr.flags |= RT_FRAME_INIT;
    f->line = rt_snap_get_int(r, -1, 1 << 30);
    f->parent = (PFrame *)(uintptr_t)rt_snap_get_link(r); /* a placeholder until snap_check */
    if (rt_snap_get_uv(r) != (uint64_t)fn->nslots) rt_snap_corrupt(r);
    return (PV)f;
}

/* A range loop's slots (PITH_SLOTS_RANGE) as rt_range_prepare and IR_RANGE_NEXT leave them: no counters (the
 * loop has not run, or counts with its iterator), or counters and no iterator, where the step is not 0, the
 * count not negative and every value still to come a small int (generated code adds without checking).
 * Anything else would make the loop produce nothing as a value, or a pointer from an int. */
static int range_slots_ok(const PV *s) {
    PV cur = s[0], count = s[1], step = s[2];
    if (!cur && !count && !step) return 1;
    if (!cur || !count || !step || !PV_IS_INT(cur) || !PV_IS_INT(count) || !PV_IS_INT(step) || s[3]) return 0;
    pi64 n = PV_IVAL(count), st = PV_IVAL(step);
    if (st == 0 || n < 0) return 0;
    __int128 last = (__int128)PV_IVAL(cur) + (__int128)(n > 0 ? n - 1 : 0) * st;
    return n == 0 || (last >= PV_SMALL_MIN && last <= PV_SMALL_MAX); /* once done, cur may have passed the end */
}

/* A started frame holds a value in every slot its code reads once resumed at its state without checking
 * (PFuncDesc.resume_slots: each state's set as changes to the one before, from a state that starts afresh),
 * a frame not started every parameter; a state the function does not have, or a function without a table, is
 * refused too. */
static int resume_slots_ok(const PFrame *f) {
    const int *rs = f->fn->resume_slots;
    if (f->state == 0) { /* not started (a generator's): the caller bound every parameter */
        for (int i = 0; i < f->fn->nparams; i++)
            if (!f->s[i]) return 0;
        return 1;
    }
    /* the natives' steps check their own slots; a program function waiting at a call has a table unless it
     * was too big to compute one (cg_resume_slots.c), and then its frames cannot be checked: refused */
    if (f->fn->id < 0) return 1;
    if (!rs || !rs[0] || f->state > rs[0]) return 0;
    int from = f->state, n = f->fn->nslots, ok = 1; /* replay from the last state that starts afresh */
    while (from > 1 && !(rs[from] < rs[from + 1] && rs[rs[from]] == 0)) from--;
    char *in = calloc((size_t)n + 1, 1);
    if (!in) return 0;
    for (int k = from; k <= f->state; k++)
        for (int i = rs[k]; i < rs[k + 1]; i++) {
            int x = rs[i], slot = (x > 0 ? x : -x) - 1;
            if (x == 0)
                memset(in, 0, (size_t)n);
            else if (slot < n)
                in[slot] = x > 0;
        }
    for (int i = 0; i < n && ok; i++) ok = !in[i] || f->s[i];
    free(in);
    return ok;
}

static int frame_snap_check(RtSnapR *r, PObj *o) {
    PFrame *f = (PFrame *)o;
    PV parent = rt_snap_resolve(r, (PV)(uintptr_t)f->parent);
    f->parent = NULL;
    if (parent && !RT_IS(parent, RT_T_FRAME)) return -1;
    /* C(...)'s __init__: called by a frame, with the instance first, never a generator */
    if ((f->hdr.flags & RT_FRAME_INIT) && (!parent || f->fn->nparams < 1 || (f->fn->flags & PITH_F_GENERATOR)))
        return -1;
    f->parent = (PFrame *)parent; /* not a reference: the chain owns frames */
    if (parent && (f->fn->flags & PITH_F_GENERATOR)) f->hdr.flags |= RT_FRAME_RUNNING; /* on the chain: running */
    if (f->closure && !RT_IS(f->closure, RT_T_TUPLE)) return -1;
    if (f->fn->nfrees > 0 && (!f->closure || ((RtTuple *)f->closure)->n < f->fn->nfrees)) return -1;
    if (!resume_slots_ok(f)) return -1;
    const char *kinds = f->fn->slot_kinds; /* what the generated code will dereference without checking */
    for (int i = 0; kinds && i < f->fn->nslots; i++) {
        PV v = f->s[i];
        if (f->state == 0 && i < f->fn->nparams) continue; /* not started: a captured parameter is not boxed yet */
        if (kinds[i] == 'c' && (v ? !RT_IS(v, RT_T_CELL) : f->state > 0)) return -1;
        if (kinds[i] == 'e' && v && v != PV_NONE && !RT_IS(v, RT_T_EXC)) return -1; /* None: out of memory */
        if (kinds[i] == PITH_SLOTS_RANGE[0]) {
            if (i + 4 > f->fn->nslots || memcmp(kinds + i, PITH_SLOTS_RANGE, 4) || !range_slots_ok(f->s + i)) return -1;
            i += 3;
        }
    }
    return 0;
}

const RtTypeDesc rt_frame_type = {
    .name = "frame",
    .flags = RT_TF_GC,
    .cls = PITH_B_FRAME,
    .traverse = frame_traverse,
    .snap_tag = SNAP_O_FRAME,
    .snap_put = frame_snap_put,
    .snap_make = frame_snap_make,
    .snap_check = frame_snap_check,
};

/* Host functions suspend the whole run: only state-machine code can call them (rt_sm_call_value). */
static PV extfn_call(PCtx *c, PV f, PV *args, int nargs, PV kwnames) {
    (void)f, (void)args, (void)nargs, (void)kwnames;
    rt_err(c, PITH_B_RUNTIMEERROR, "a host function cannot be called from here");
    return PV_NULL;
}

static void extfn_snap_put(RtSnapW *w, PObj *o) { rt_snap_put_uv(w, (uint64_t)((RtExtFn *)o)->ext_id); }

static PV extfn_snap_make(RtSnapR *r, int type) {
    (void)type;
    uint64_t id = rt_snap_get_uv(r);
    if (rt_snap_r_bad(r) || id >= (uint64_t)rt_snap_next(r)) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    return rt_ext_value(rt_snap_ctx(r), (int)id);
}

/* "fetch()": how argument errors name a host function. */
static PV extfn_call_name(PCtx *c, PV f) {
    const PProgDesc *p = RT_CTX(c)->prog;
    int id = ((RtExtFn *)f)->ext_id;
    char buf[220];
    snprintf(buf, sizeof buf, "%.200s()", p && id >= 0 && id < p->next ? p->ext_names[id] : "?");
    return rt_str_cstr(c, buf);
}

const RtTypeDesc rt_extfn_type = {
    .name = "function",
    .cls = PITH_B_FUNCTION,
    .repr = rt_ext_repr,
    .call = extfn_call,
    .call_name = extfn_call_name,
    .snap_tag = SNAP_O_EXTFN,
    .snap_put = extfn_snap_put,
    .snap_make = extfn_snap_make,
};
