/* rt_call_user.c — calling objects of user classes from the execution's frames: from state-machine code a
 * bound method, an instance whose __call__ may wait or a class whose __init__ may wait pushes a frame
 * (rt_sm_call_user), so a host call inside it suspends the run; the instance C(...) makes waits in the
 * caller's callret and is what the caller receives when the __init__ frame returns (rt_frame_result, which
 * rt_frame_return applies to every frame). A step-only function called from C (a dunder a C loop runs: a
 * hash, a comparison, an operator) runs on a private chain instead (rt_call_frame_nested), where a host call
 * is a RuntimeError; the dunders the runtime can run as frames are rt_native.c's (NF_DUNDER).
 * Stage: runtime exec. */
#include "rt_class.h"
#include "rt_exec.h"
#include "rt_svc.h"

/* ---- calls from state-machine code ---- */

static int deliver(PCtx *c, PFrame *caller, PV r) {
    if (!r) return PITH_STEP_ERR;
    pv_xdecref(c, caller->callret);
    caller->callret = r;
    return PITH_STEP_CONT;
}

static int step_only(PV f) {
    if (!RT_IS(f, RT_T_FUNC)) return 0;
    const PFuncDesc *fn = ((RtFunc *)f)->fn;
    return fn && !fn->direct && !(fn->flags & PITH_F_GENERATOR);
}

int rt_sm_call_user(PCtx *c, PFrame *caller, PV f, PV *args, int nargs, PV kwnames) {
    if (RT_IS(f, RT_T_BOUNDMETH)) {
        RtBound *m = (RtBound *)f;
        PV local[RT_ARGS_LOCAL], *a = rt_args_with_self(c, m->self, args, nargs, local);
        if (!a) return PITH_STEP_ERR;
        PV func = m->func;
        pv_incref(func);
        int r = rt_sm_call_value(c, caller, func, a, nargs + 1, kwnames);
        pv_decref(c, func);
        rt_args_free(c, a, local, nargs);
        return r;
    }
    if (!RT_IS(f, RT_T_CLASS)) { /* an instance: its class's __call__, whose frame is pushed when it may wait */
        PV raw = rt_class_lookup_cstr(rt_user_class(f), "__call__");
        if (!raw || !step_only(raw)) return deliver(c, caller, rt_call_value(c, f, args, nargs, kwnames));
        PV local[RT_ARGS_LOCAL], *a = rt_args_with_self(c, f, args, nargs, local);
        if (!a) return PITH_STEP_ERR;
        pv_incref(raw); /* the call may rebind it on the class */
        int r = rt_sm_call_value(c, caller, raw, a, nargs + 1, kwnames);
        pv_decref(c, raw);
        rt_args_free(c, a, local, nargs);
        return r;
    }
    /* a class whose __init__ may wait: the instance waits in the caller's callret while __init__ runs */
    PV init, obj = rt_class_alloc(c, f, args, nargs, kwnames, &init);
    if (!obj) return PITH_STEP_ERR;
    if (!init || !step_only(init)) {
        if (!init) return deliver(c, caller, obj);
        PV local[RT_ARGS_LOCAL], *a = rt_args_with_self(c, obj, args, nargs, local);
        pv_incref(init); /* __init__ may rebind itself on the class */
        PV r = a ? rt_call_value(c, init, a, nargs + 1, kwnames) : PV_NULL;
        pv_decref(c, init);
        if (a) rt_args_free(c, a, local, nargs);
        if (!r || rt_init_result(c, r) < 0) {
            pv_xdecref(c, r);
            pv_decref(c, obj);
            return PITH_STEP_ERR;
        }
        return deliver(c, caller, obj);
    }
    PV local[RT_ARGS_LOCAL], *a = rt_args_with_self(c, obj, args, nargs, local);
    PFrame *fr = a ? rt_func_frame(c, init, a, nargs + 1, kwnames) : NULL;
    if (a) rt_args_free(c, a, local, nargs);
    if (!fr) {
        pv_decref(c, obj);
        return PITH_STEP_ERR;
    }
    fr->hdr.flags |= RT_FRAME_INIT;
    int rc = rt_frame_push(c, caller, fr);
    if (rc != PITH_STEP_CALL) {
        pv_decref(c, obj);
        return rc;
    }
    pv_xdecref(c, caller->callret);
    caller->callret = obj;
    return rc;
}

PV rt_frame_result(PCtx *c, PFrame *fr, PV ret) {
    if (!(fr->hdr.flags & RT_FRAME_INIT) || !fr->parent) return ret;
    PV obj = fr->parent->callret;
    fr->parent->callret = PV_NULL;
    if (!ret || rt_init_result(c, ret) < 0) {
        pv_xdecref(c, ret);
        pv_xdecref(c, obj);
        return PV_NULL;
    }
    pv_decref(c, ret);
    if (!obj) rt_err(c, PITH_B_SYSTEMERROR, "corrupt frame: the instance __init__ runs for is missing");
    return obj;
}

/* ---- step-only functions called from C ---- */

PV rt_call_frame_nested(PCtx *c, PFrame *fr) {
    RtCtx *x = RT_CTX(c);
    if (c->depth + 1 > c->max_depth || pv_stack_low(c)) {
        pv_decref(c, (PV)fr);
        rt_err_recursion(c);
        return PV_NULL;
    }
    PFrame *saved = x->top;
    fr->parent = NULL;
    x->top = fr;
    c->depth++;
    PV result = PV_NULL;
    for (;;) {
        PFrame *top = x->top;
        int rc = top->fn->step(c, top);
        if (rc == PITH_STEP_CALL || rc == PITH_STEP_CONT) continue;
        if (rc == PITH_STEP_SUSPEND) { /* the host cannot be asked from inside C code: give the call up */
            rt_ext_call_cancel(c);
            rt_err(c, PITH_B_RUNTIMEERROR, "a function that waits on the host cannot be called from here");
            while (x->top != fr) rt_frame_return(x, PITH_STEP_ERR, NULL); /* generators above finish too */
            break;
        }
        if (top != fr) { /* a callee, a generator it advanced, an __init__: their caller reads the outcome */
            rt_frame_return(x, rc, NULL);
            continue;
        }
        if (rc == PITH_STEP_DONE) {
            result = top->ret;
            top->ret = PV_NULL;
        }
        break;
    }
    c->depth--;
    x->top = saved;
    pv_decref(c, (PV)fr);
    return result;
}
