/* api_exec.c — the execution half of the public API (include/pith.h): start, answer external calls, results,
 * and the fault-injection entry points of pith_testing.h. Stage: api. How a run stops (result, error, the
 * pending call, the heap released) is the runtime's: runtime/exec/rt_exec_end.c. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "pith_testing.h"

#define DEFAULT_SECONDS 5.0
#define DEFAULT_MEMORY ((size_t)256 << 20)
#define DEFAULT_DEPTH 1000
#define DEFAULT_HOST_CALLS 1000
#define DEFAULT_OUTPUT ((size_t)1 << 20)

/* Drops the runtime objects of the answered call (the host answered it). */
static void drop_pending(RtCtx *c) {
    pv_xdecref(&c->pub, c->pending_args);
    pv_xdecref(&c->pub, c->pending_kwargs);
    c->pending_args = c->pending_kwargs = PV_NULL;
    c->pending_ext = -1;
}

/* Sets up the pending call for the host, or finishes. Also closes the run-time accounting window. */
static PithStatus settle(PithExec *x, double started) {
    if (x->status == PITH_WAITING) {
        x->remaining -= rt_now() - started;
        rt_exec_publish_call(x);
    }
    return x->status;
}

/* Room left below the lowest point a run may reach on the C stack: runtime code between two depth checks
 * (a repr, a sort, the host-value conversions) and the error path itself. */
#define STACK_MARGIN ((size_t)256 << 10)

/* The lowest address the calling thread's C stack may reach while a run goes on (pv_stack_low): its stack's
 * low end plus STACK_MARGIN, or a quarter of what is left when that is less. NULL when the bounds are unknown.
 * A thread's stack never moves, so it is computed once per thread. */
static const char *stack_floor(void) {
    static _Thread_local const char *floor;
    static _Thread_local int known;
    if (known) return floor;
    known = 1;
    pthread_attr_t attr;
    void *low;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return NULL;
    int ok = pthread_attr_getstack(&attr, &low, &size) == 0;
    pthread_attr_destroy(&attr);
    uintptr_t sp = (uintptr_t)__builtin_frame_address(0), base = (uintptr_t)low;
    if (!ok || sp <= base || sp - base > size) return NULL;
    size_t left = sp - base, margin = left / 4 < STACK_MARGIN ? left / 4 : STACK_MARGIN;
    floor = (const char *)(base + margin);
    return floor;
}

static PithStatus run(PithExec *x, PV direct_result) {
    double started = rt_now();
    RtCtx *c = &x->ctx;
    c->pub.stack_floor = stack_floor(); /* the thread that runs it now: a resume may come on another */
    c->deadline = started + (x->remaining > 0 ? x->remaining : 1e-9);
    c->pub.fuel = 0;               /* read the clock at the first back-edge */
    RtCtx *outer = rt_gmp_bind(c); /* big-int scratch counts against this run */
    rt_exec_drive(x, direct_result);
    rt_gmp_bind(outer);
    return settle(x, started);
}

static int bind_inputs(PithExec *x, const PithRunOptions *o) {
    RtCtx *c = &x->ctx;
    const PProgDesc *d = x->prog->desc;
    for (int g = 0; g < d->nglobals; g++) /* the implicit global every module has */
        if (strcmp(d->global_names[g], "__name__") == 0 && !(c->pub.g[g] = rt_str_cstr(&c->pub, "__main__"))) return -1;
    for (size_t i = 0; o && i < o->ninputs; i++) {
        int slot = -1;
        for (int g = 0; g < d->nglobals; g++)
            if (strcmp(d->global_names[g], o->input_names[i]) == 0) slot = g;
        if (slot < 0) continue; /* an input the program never mentions */
        PV v = rt_from_host(&c->pub, o->input_values[i]);
        if (!v) return -1;
        pv_xdecref(&c->pub, c->pub.g[slot]);
        c->pub.g[slot] = v;
    }
    return 0;
}

PithExec *api_exec_create(PithProgram *p, const PithRunOptions *o, int bind_inputs_too, uint64_t fail_allocation) {
    PithExec *x = calloc(1, sizeof *x);
    if (!x) return NULL;
    const PithLimits *lim = o ? &o->limits : NULL;
    size_t mem = lim && lim->max_memory ? lim->max_memory : DEFAULT_MEMORY;
    rt_ctx_init(&x->ctx, mem);
    x->heap_live = 1;
    RtCtx *c = &x->ctx;
    api_program_retain(p);
    x->prog = &p->rt;
    c->prog = p->rt.desc;
    c->pending_ext = -1;
    c->pub.max_depth = lim && lim->max_depth > 0 ? lim->max_depth : DEFAULT_DEPTH;
    c->alloc_limit = lim ? lim->max_allocations : 0;
    c->fail_alloc_at = fail_allocation;
    c->host_call_limit = lim && lim->max_host_calls > 0 ? lim->max_host_calls : DEFAULT_HOST_CALLS;
    c->out_limit = lim && lim->max_output ? lim->max_output : DEFAULT_OUTPUT;
    c->max_seconds = lim && lim->max_seconds > 0 ? lim->max_seconds : DEFAULT_SECONDS;
    x->remaining = c->max_seconds;
    c->writer = o ? o->writer : NULL;
    c->writer_user = o ? o->writer_user : NULL;
    c->hash_seed = (pu64)(uintptr_t)x ^ (pu64)(rt_now() * 1e9);
    const PProgDesc *d = p->rt.desc;
    c->pub.g = rt_alloc(&c->pub, sizeof(PV) * (size_t)(d->nglobals + 1));
    c->pub.k = rt_alloc(&c->pub, sizeof(PV) * (size_t)(d->nconsts + 1));
    if (!c->pub.g || !c->pub.k) {
        rt_exec_fail(x);
        return x;
    }
    memset(c->pub.g, 0, sizeof(PV) * (size_t)(d->nglobals + 1));
    memset(c->pub.k, 0, sizeof(PV) * (size_t)(d->nconsts + 1));
    if (d->init_consts(&c->pub) < 0 || (bind_inputs_too && bind_inputs(x, o) < 0)) {
        rt_exec_fail(x);
        return x;
    }
    return x;
}

/* Run options a host may give: counts match non-NULL arrays of non-NULL entries. */
static int run_options_valid(const PithRunOptions *o) {
    if (!o || !o->ninputs) return 1;
    if (!o->input_names || !o->input_values) return 0;
    for (size_t i = 0; i < o->ninputs; i++)
        if (!o->input_names[i] || !o->input_values[i]) return 0;
    return 1;
}

PithExec *pith_testing_exec_start(PithProgram *p, const PithRunOptions *o, uint64_t fail_allocation) {
    if (!p || !run_options_valid(o)) return NULL;
    PithExec *x = api_exec_create(p, o, 1, fail_allocation);
    if (!x || x->status == PITH_FAILED) return x;
    RtCtx *c = &x->ctx;
    const PProgDesc *d = p->rt.desc;
    const PFuncDesc *mod = d->module;
    if (mod->direct) {
        double started = rt_now();
        c->deadline = started + x->remaining;
        c->pub.fuel = 0;
        c->pub.stack_floor = stack_floor();
        RtCtx *outer = rt_gmp_bind(c);
        PV r = mod->direct(&c->pub, PV_NULL, NULL);
        rt_exec_drive(x, r);
        rt_gmp_bind(outer);
        settle(x, started);
        return x;
    }
    PFrame *fr = rt_frame_new(&c->pub, mod);
    if (!fr) {
        rt_exec_fail(x);
        return x;
    }
    c->top = fr;
    c->pub.depth = 1;
    run(x, PV_NULL);
    return x;
}

PithExec *pith_exec_start(PithProgram *p, const PithRunOptions *o) { return pith_testing_exec_start(p, o, 0); }

void pith_testing_fail_allocation(PithExec *x, uint64_t fail_allocation) {
    if (x && x->heap_live) x->ctx.fail_alloc_at = fail_allocation;
}

PithStatus pith_exec_status(const PithExec *x) { return x ? x->status : PITH_INVALID; }

size_t pith_exec_call_count(const PithExec *x) { return x && x->status == PITH_WAITING ? x->ncalls : 0; }

const PithCall *pith_exec_call_at(const PithExec *x, size_t i) {
    return i < pith_exec_call_count(x) ? &x->calls[i] : NULL;
}

const PithCall *pith_exec_call(const PithExec *x) { return pith_exec_call_at(x, 0); }

/* Whether call id of the published list still waits for its answer. */
static int call_pending(PithExec *x, int64_t id) {
    RtCtx *c = &x->ctx;
    if (c->pending_ext >= 0 && c->pending_id == id) return 1;
    RtHostCallInfo info;
    for (int i = 0; rt_async_pending(&c->pub, i, &info); i++)
        if (info.id == id) return 1;
    return 0;
}

/* The call the top frame waits on gets its answer (v, or PV_NULL with the exception pending). */
static void answer_blocking(RtCtx *c, PV v) {
    c->top->callret = v;
    drop_pending(c);
    c->blocking_answered = 1;
}

PithStatus pith_exec_answer(PithExec *x, int64_t id, const PithValue *value) {
    if (!x || x->status != PITH_WAITING || !call_pending(x, id)) return PITH_INVALID;
    RtCtx *c = &x->ctx;
    PithValue none = {.kind = PITH_NONE};
    PV saved = c->exc; /* a blocking call answered with an error keeps its exception pending meanwhile */
    c->exc = PV_NULL;
    PV v = rt_from_host(&c->pub, value ? value : &none);
    if (c->pending_ext >= 0 && c->pending_id == id) {
        pv_xdecref(&c->pub, saved);
        answer_blocking(c, v); /* PV_NULL: the conversion failed and its exception is pending at the call site */
        return PITH_WAITING;
    }
    PV e = v ? PV_NULL : rt_exc_fetch(&c->pub); /* the conversion failed: that is the call's outcome */
    c->exc = saved;
    rt_async_answer(&c->pub, id, v, e);
    return PITH_WAITING;
}

/* Raise type_name(message) where the pending call stands, as rt_err raises (the message made a str the
 * same way): a builtin class, or a subclass of Exception the host names (rt_exc_host.c). */
static void raise_at_call(PCtx *c, const char *type_name, const char *message) {
    int id = rt_exc_builtin_id(type_name);
    if (id < 0 && rt_raise_user_class_named(c, type_name, message)) return; /* class ToolError(Exception) */
    rt_err(c, id >= 0 ? id : PITH_B_EXCEPTION, "%s", message);
    PV e = RT_CTX(c)->exc;
    if (id >= 0 || !e || !RT_IS(e, RT_T_EXC) || ((RtExc *)e)->type != PITH_B_EXCEPTION) return;
    pv_incref(e); /* a failed allocation replaces the pending exception with MemoryError */
    char *name = rt_host_name_dup(c, type_name);
    if (name && RT_CTX(c)->exc == e)
        ((RtExc *)e)->host_type = name;
    else
        rt_host_name_free(c, name);
    pv_decref(c, e);
}

PithStatus pith_exec_answer_error(PithExec *x, int64_t id, const char *exc_type, const char *message) {
    if (!x || x->status != PITH_WAITING || (exc_type && !rt_host_type_name_valid(exc_type)) || !call_pending(x, id))
        return PITH_INVALID;
    RtCtx *c = &x->ctx;
    PV saved = c->exc;
    c->exc = PV_NULL;
    raise_at_call(&c->pub, exc_type ? exc_type : "RuntimeError", message ? message : "");
    if (c->pending_ext >= 0 && c->pending_id == id) {
        pv_xdecref(&c->pub, saved);
        answer_blocking(c, PV_NULL);
        return PITH_WAITING;
    }
    PV e = rt_exc_fetch(&c->pub);
    c->exc = saved;
    rt_async_answer(&c->pub, id, PV_NULL, e);
    return PITH_WAITING;
}

PithStatus pith_exec_continue(PithExec *x) {
    if (!x || x->status != PITH_WAITING) return PITH_INVALID;
    RtCtx *c = &x->ctx;
    if (c->pending_ext >= 0) { /* the whole run waits on that call: nothing can go on */
        rt_exec_publish_call(x);
        return x->status;
    }
    c->blocking_answered = 0;
    rt_exec_free_call(x);
    return run(x, PV_NULL);
}

/* The first published call not answered yet (0 when none). */
static int64_t first_unanswered(PithExec *x) {
    for (size_t i = 0; i < x->ncalls; i++)
        if (call_pending(x, x->calls[i].id)) return x->calls[i].id;
    return 0;
}

PithStatus pith_exec_resume(PithExec *x, const PithValue *value) {
    if (!x || x->status != PITH_WAITING) return PITH_INVALID;
    PithStatus st = pith_exec_answer(x, first_unanswered(x), value);
    return st == PITH_INVALID ? st : pith_exec_continue(x);
}

PithStatus pith_exec_resume_error(PithExec *x, const char *exc_type, const char *message) {
    if (!x || x->status != PITH_WAITING) return PITH_INVALID;
    PithStatus st = pith_exec_answer_error(x, first_unanswered(x), exc_type, message);
    return st == PITH_INVALID ? st : pith_exec_continue(x);
}

const PithValue *pith_exec_result(const PithExec *x) { return x && x->status == PITH_DONE ? x->result : NULL; }

const PithError *pith_exec_error(const PithExec *x) { return x && x->status == PITH_FAILED ? &x->err : NULL; }

const char *pith_exec_output(const PithExec *x, size_t *len) {
    if (len) *len = x ? x->ctx.out.len : 0;
    return x && x->ctx.out.p ? x->ctx.out.p : "";
}

void pith_exec_output_count(const PithExec *x, size_t *printed, size_t *limit) {
    if (printed) *printed = x ? x->ctx.out_total : 0;
    if (limit) *limit = x ? x->ctx.out_limit : 0;
}

void pith_exec_free(PithExec *x) {
    if (!x) return;
    rt_exec_release_heap(x);
    rt_exec_free_call(x);
    pith_value_free(x->ctx.host_args); /* converted for a call that was never published (a failed run) */
    pith_value_free(x->ctx.host_kwargs);
    pith_value_free(x->result);
    free((char *)x->err.type);
    free((char *)x->err.message);
    free((char *)x->err.traceback);
    pith_buf_free(&x->ctx.out);
    api_program_release(api_program_of(x));
    free(x);
}
