/* rt_gen.c — generator objects: a generator owns a frame of a PITH_F_GENERATOR function and runs it, one
 * element at a time, whenever it is iterated (rt_next). Stage: runtime.
 * The frame runs on a private chain (its parent is 0), driven here like rt_exec.c drives the main chain;
 * the main chain's top is saved and restored around it. A host call inside a generator consumed by C code
 * cannot suspend the whole run from here: it is reported as an error instead (generators that suspend
 * the run are the next language issue's work). */
#include <stdio.h>

#include "rt_exec.h"
#include "rt_values.h"
#include "rt_snap_codec.h"

typedef struct RtGen {
    PObj h;
    PFrame *frame; /* the generator's frame (owned); NULL once exhausted or failed */
    int running;   /* re-entrancy guard: "generator already executing" */
} RtGen;

PV rt_gen_new(PCtx *c, PFrame *frame_steal) {
    RtGen *g = (RtGen *)rt_obj_new(c, RT_T_GEN, sizeof(RtGen));
    if (!g) {
        pv_decref(c, (PV)frame_steal);
        return PV_NULL;
    }
    g->frame = frame_steal;
    g->running = 0;
    return (PV)g;
}

/* Children pushed by the generator's body are popped here as they finish (depth kept exact). */
static void pop_child(RtCtx *x, PFrame *top, PV ret) {
    x->top = top->parent;
    x->pub.depth--;
    pv_decref(&x->pub, (PV)top);
    x->top->callret = ret;
}

/* Drops the frames above the generator's own one after a failure, then the generator's frame. */
static void finish(RtCtx *x, RtGen *g) {
    while (x->top && x->top != g->frame) {
        PFrame *top = x->top;
        x->top = top->parent;
        x->pub.depth--;
        pv_decref(&x->pub, (PV)top);
    }
    pv_decref(&x->pub, (PV)g->frame);
    g->frame = NULL;
}

int rt_gen_next(PCtx *c, PV gv, PV *out) {
    RtGen *g = (RtGen *)gv;
    RtCtx *x = RT_CTX(c);
    if (!g->frame) return 0;
    if (g->running) {
        rt_err(c, PITH_B_VALUEERROR, "generator already executing");
        return -1;
    }
    if (c->depth + 1 > c->max_depth || pv_stack_low(c)) {
        rt_err_recursion(c);
        return -1;
    }
    PFrame *saved = x->top, *fr = g->frame;
    fr->parent = NULL;
    if (fr->state) fr->callret = PV_NONE; /* the value `yield` evaluates to (send() is not supported) */
    x->top = fr;
    c->depth++;
    pv_incref(gv); /* the body may drop the last other reference to its own generator: held until it stops */
    g->running = 1;
    int result;
    for (;;) {
        PFrame *top = x->top;
        int rc = top->fn->step(c, top);
        if (rc == PITH_STEP_CALL || rc == PITH_STEP_CONT) continue;
        if (rc == PITH_STEP_SUSPEND) {
            pv_xdecref(c, x->pending_args);
            pv_xdecref(c, x->pending_kwargs);
            x->pending_args = x->pending_kwargs = PV_NULL;
            x->pending_ext = -1;
            rt_err(c, PITH_B_RUNTIMEERROR, "a host function cannot be called inside a generator consumed here");
            finish(x, g);
            result = -1;
            break;
        }
        if (top != fr) { /* a call made by the generator's body returned or failed */
            PV ret = PV_NULL;
            if (rc == PITH_STEP_DONE) {
                ret = top->ret;
                top->ret = PV_NULL;
            }
            pop_child(x, top, ret);
            continue;
        }
        if (rc == PITH_STEP_YIELD) {
            *out = fr->ret;
            fr->ret = PV_NULL;
            result = 1;
        } else {
            result = rc == PITH_STEP_DONE ? 0 : -1;
            finish(x, g);
        }
        break;
    }
    g->running = 0;
    c->depth--;
    x->top = saved;
    pv_decref(c, gv);
    return result;
}

PV rt_gen_repr(PCtx *c, PV gv) {
    const RtGen *g = (const RtGen *)gv;
    char buf[160];
    snprintf(buf, sizeof buf, "<generator object %s at 0x%llx>", g->frame ? g->frame->fn->qualname : "<genexpr>",
             (unsigned long long)rt_identity(c, gv));
    return rt_str_cstr(c, buf);
}

/* ---- the type ---- */

/* The frame is an owned reference held as a PFrame pointer: visited as the PV it also is. */
static void gen_traverse(PObj *o, RtVisit visit, void *arg) {
    RtGen *g = (RtGen *)o;
    PV fr = (PV)g->frame;
    visit(&fr, arg);
    g->frame = (PFrame *)fr;
}

static PV gen_snap_make(RtSnapR *r, int type) {
    (void)type;
    return rt_gen_new(rt_snap_ctx(r), NULL);
}

static int gen_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    PFrame *f = ((RtGen *)o)->frame;
    return !f || (RT_IS((PV)f, RT_T_FRAME) && (f->fn->flags & PITH_F_GENERATOR)) ? 0 : -1;
}

const RtTypeDesc rt_gen_type = {
    .name = "generator",
    .flags = RT_TF_GC,
    .cls = PITH_B_GENERATOR,
    .traverse = gen_traverse,
    .repr = rt_gen_repr,
    .iter = rt_iter_self,
    .contains = rt_contains_by_iter,
    .snap_tag = SNAP_O_GEN,
    .snap_make = gen_snap_make,
    .snap_check = gen_snap_check,
};
