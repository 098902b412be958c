/* rt_func.c — function objects and generic calls: making a function with its defaults, binding arguments to
 * parameters exactly as CPython (and with its messages), calling any callable from runtime code
 * (rt_call_value) and from state-machine code (rt_sm_call_value, which may push a frame instead).
 * Stage: runtime. Invariants: PFuncDesc in pith_abi.h (params are positional-or-keyword, defaults trailing);
 * arguments borrowed, results new references; keyword values are the last len(kwnames) of args. */
#include <stdio.h>
#include <string.h>

#include "rt_svc.h"

#define BIND_LOCAL 16 /* parameters bound on the C stack; more use the allocator */

PV rt_func_new(PCtx *c, const PFuncDesc *fn, PV defaults_steal)
{
    RtFunc *f = (RtFunc *)rt_obj_new(c, RT_T_FUNC, sizeof(RtFunc));
    if (!f) {
        pv_xdecref(c, defaults_steal);
        return PV_NULL;
    }
    f->fn = fn;
    f->defaults = defaults_steal;
    return (PV)f;
}

PV rt_func_default(PCtx *c, PV func, int i)
{
    RtFunc *f = (RtFunc *)func;
    if (!RT_IS(func, RT_T_FUNC) || !f->defaults || !RT_IS(f->defaults, RT_T_TUPLE) || i < 0 ||
        i >= ((RtTuple *)f->defaults)->n) {
        rt_err(c, PITH_B_RUNTIMEERROR, "internal error: no default value %d", i);
        return PV_NULL;
    }
    return ((RtTuple *)f->defaults)->items[i];
}

void rt_func_dealloc(PCtx *c, PObj *o)
{
    pv_xdecref(c, ((RtFunc *)o)->defaults);
    rt_obj_free(c, o, sizeof(RtFunc));
}

PV rt_func_repr(PCtx *c, PV f)
{
    char tmp[256];
    const PFuncDesc *fn = ((RtFunc *)f)->fn;
    snprintf(tmp, sizeof tmp, "<function %.200s at %p>", fn && fn->name ? fn->name : "?", (void *)f);
    return rt_str_cstr(c, tmp);
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" for the missing-arguments message. */
static void missing_list(RtSb *b, const char *const *names, const int *idx, int n)
{
    for (int i = 0; i < n; i++) {
        if (i > 0)
            rt_sb_puts(b, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
        rt_sb_put(b, "'", 1);
        rt_sb_puts(b, names && names[idx[i]] ? names[idx[i]] : "?");
        rt_sb_put(b, "'", 1);
    }
}

/* Bind args/kwnames to fn's parameters in out[0..nparams) (new references), in CPython's order of checks:
 * positional arguments first, then each keyword (unexpected / multiple values), then too many positional
 * arguments, then missing ones (defaults fill the trailing parameters). */
int rt_bind_args(PCtx *c, const PFuncDesc *fn, PV defaults, PV *args, int nargs, PV kwnames, PV *out)
{
    int np = fn->nparams;
    int nkw = kwnames && RT_IS(kwnames, RT_T_TUPLE) ? (int)((RtTuple *)kwnames)->n : 0;
    int npos = nargs - nkw;
    const char *name = fn->name ? fn->name : "?";
    for (int i = 0; i < np; i++)
        out[i] = PV_NULL;
    int ncopy = npos < np ? npos : np;
    for (int i = 0; i < ncopy; i++) {
        out[i] = args[i];
        pv_incref(out[i]);
    }
    for (int k = 0; k < nkw; k++) {
        PV kn = ((RtTuple *)kwnames)->items[k];
        int j = -1;
        for (int i = 0; i < np && j < 0; i++)
            if (fn->param_names && fn->param_names[i] && rt_str_is(kn, fn->param_names[i]))
                j = i;
        if (j < 0) {
            rt_err(c, PITH_B_TYPEERROR, "%s() got an unexpected keyword argument '%S'", name, kn);
            goto fail;
        }
        if (out[j]) {
            rt_err(c, PITH_B_TYPEERROR, "%s() got multiple values for argument '%S'", name, kn);
            goto fail;
        }
        out[j] = args[npos + k];
        pv_incref(out[j]);
    }
    int ndef = 0;
    if (defaults && RT_IS(defaults, RT_T_TUPLE))
        ndef = (int)((RtTuple *)defaults)->n;
    if (ndef > np)
        ndef = np;
    if (npos > np) {
        if (ndef == 0)
            rt_err(c, PITH_B_TYPEERROR, "%s() takes %d positional argument%s but %d %s given", name, np,
                   np == 1 ? "" : "s", npos, npos == 1 ? "was" : "were");
        else
            rt_err(c, PITH_B_TYPEERROR, "%s() takes from %d to %d positional arguments but %d %s given", name,
                   np - ndef, np, npos, npos == 1 ? "was" : "were");
        goto fail;
    }
    int nreq = np - ndef, nmiss = 0;
    for (int i = 0; i < nreq; i++)
        if (!out[i])
            nmiss++;
    if (nmiss) {
        int local[BIND_LOCAL], *idx = local;
        if (nmiss > BIND_LOCAL) {
            idx = rt_alloc(c, (size_t)nmiss * sizeof(int));
            if (!idx)
                goto fail;
        }
        int m = 0;
        for (int i = 0; i < nreq; i++)
            if (!out[i])
                idx[m++] = i;
        RtSb b;
        rt_sb_init(&b, c);
        missing_list(&b, fn->param_names, idx, nmiss);
        if (idx != local)
            rt_free(c, idx, (size_t)nmiss * sizeof(int));
        PV list = rt_sb_finish(&b);
        if (list) {
            rt_err(c, PITH_B_TYPEERROR, "%s() missing %d required positional argument%s: %S", name, nmiss,
                   nmiss == 1 ? "" : "s", list);
            pv_decref(c, list);
        }
        goto fail;
    }
    for (int i = nreq; i < np; i++)
        if (!out[i]) {
            out[i] = ((RtTuple *)defaults)->items[i - nreq];
            pv_incref(out[i]);
        }
    return 0;
fail:
    for (int i = 0; i < np; i++) {
        pv_xdecref(c, out[i]);
        out[i] = PV_NULL;
    }
    return -1;
}

/* Call a compiled function that has a direct entry. */
static PV call_direct(PCtx *c, RtFunc *f, PV *args, int nargs, PV kwnames)
{
    const PFuncDesc *fn = f->fn;
    int np = fn->nparams < 0 ? 0 : fn->nparams;
    PV local[BIND_LOCAL], *bound = local;
    if (np > BIND_LOCAL) {
        bound = rt_alloc(c, (size_t)np * sizeof(PV));
        if (!bound)
            return PV_NULL;
    }
    PV r = PV_NULL;
    if (rt_bind_args(c, fn, f->defaults, args, nargs, kwnames, bound) == 0) {
        r = fn->direct(c, bound);
        for (int i = 0; i < np; i++)
            pv_xdecref(c, bound[i]);
    }
    if (bound != local)
        rt_free(c, bound, (size_t)np * sizeof(PV));
    return r;
}

PV rt_call_value(PCtx *c, PV f, PV *args, int nargs, PV kwnames)
{
    if (f && RT_IS(f, RT_T_FUNC)) {
        RtFunc *fo = (RtFunc *)f;
        if (fo->fn && fo->fn->direct)
            return call_direct(c, fo, args, nargs, kwnames);
        rt_err(c, PITH_B_RUNTIMEERROR, "a function that waits on the host cannot be called from here");
        return PV_NULL;
    }
    if (f && RT_IS(f, RT_T_EXTFN)) {
        rt_err(c, PITH_B_RUNTIMEERROR, "a host function cannot be called from here");
        return PV_NULL;
    }
    if (f && RT_IS(f, RT_T_BUILTIN))
        return rt_call_builtin(c, ((RtBuiltin *)f)->id, args, nargs, kwnames);
    if (f && RT_IS(f, RT_T_METHOD))
        return rt_method_call(c, f, args, nargs, kwnames);
    rt_err(c, PITH_B_TYPEERROR, "'%T' object is not callable", f);
    return PV_NULL;
}

/* Store a finished call's result in the caller's frame for the resume point that follows. */
static int deliver(PCtx *c, PFrame *caller, PV r)
{
    if (!r)
        return PITH_STEP_ERR;
    pv_xdecref(c, caller->callret);
    caller->callret = r;
    return PITH_STEP_CONT;
}

/* A call from a state-machine function: direct functions, builtins and methods run at once (CONT, result in
 * caller->callret); a step-only function gets a frame with its bound parameters and is pushed (CALL). */
int rt_sm_call_value(PCtx *c, PFrame *caller, PV f, PV *args, int nargs, PV kwnames)
{
    if (f && RT_IS(f, RT_T_EXTFN))
        return rt_ext_call(c, caller, ((RtExtFn *)f)->ext_id, args, nargs, kwnames);
    if (f && RT_IS(f, RT_T_FUNC)) {
        RtFunc *fo = (RtFunc *)f;
        const PFuncDesc *fn = fo->fn;
        if (fn && fn->direct)
            return deliver(c, caller, call_direct(c, fo, args, nargs, kwnames));
        if (!fn || !fn->step || fn->nslots < fn->nparams) {
            rt_err(c, PITH_B_RUNTIMEERROR, "internal error: function has no entry point");
            return PITH_STEP_ERR;
        }
        PFrame *fr = rt_frame_new(c, fn);
        if (!fr)
            return PITH_STEP_ERR;
        if (rt_bind_args(c, fn, fo->defaults, args, nargs, kwnames, fr->s) < 0) {
            pv_decref(c, (PV)fr);
            return PITH_STEP_ERR;
        }
        return rt_frame_push(c, caller, fr);
    }
    return deliver(c, caller, rt_call_value(c, f, args, nargs, kwnames));
}
