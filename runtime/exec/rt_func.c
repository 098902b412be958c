/* rt_func.c — function objects and generic calls: making a function with its defaults, binding arguments to
 * parameters exactly as CPython (and with its messages), calling any callable from runtime code
 * (rt_call_value) and from state-machine code (rt_sm_call_value, which may push a frame instead); calling a
 * generator function makes a generator (rt_gen.c).
 * Stage: runtime. Invariants: PFuncDesc in pith_abi.h (slot order: positional, *args, keyword-only, **kwargs);
 * arguments borrowed, results new references; keyword values are the last len(kwnames) of args. */
#include <stdio.h>
#include <string.h>

#include "rt_class.h"
#include "rt_exec.h"
#include "rt_svc.h"
#include "rt_type.h"
#include "rt_values.h"
#include "rt_snap_codec.h"

#define BIND_LOCAL 16 /* parameters bound on the C stack; more use the allocator */

PV rt_func_new(PCtx *c, const PFuncDesc *fn, PV defaults_steal, PV kwdefaults_steal, PV closure_steal) {
    RtFunc *f = (RtFunc *)rt_obj_new(c, RT_T_FUNC, sizeof(RtFunc));
    if (!f) {
        pv_xdecref(c, defaults_steal);
        pv_xdecref(c, kwdefaults_steal);
        pv_xdecref(c, closure_steal);
        return PV_NULL;
    }
    f->fn = fn;
    f->defaults = defaults_steal;
    f->kwdefaults = kwdefaults_steal;
    f->closure = closure_steal;
    f->attrs = PV_NULL;
    return (PV)f;
}

PV rt_func_default(PCtx *c, PV func, int i) {
    RtFunc *f = (RtFunc *)func;
    if (!RT_IS(func, RT_T_FUNC) || !f->defaults || !RT_IS(f->defaults, RT_T_TUPLE) || i < 0 ||
        i >= ((RtTuple *)f->defaults)->n) {
        rt_err(c, PITH_B_RUNTIMEERROR, "internal error: no default value %d", i);
        return PV_NULL;
    }
    return ((RtTuple *)f->defaults)->items[i];
}

PV rt_func_repr(PCtx *c, PV f) {
    char tmp[256];
    const PFuncDesc *fn = ((RtFunc *)f)->fn;
    const char *qn = fn ? (fn->qualname ? fn->qualname : fn->name) : NULL;
    snprintf(tmp, sizeof tmp, "<function %.200s at 0x%llx>", qn ? qn : "?", (unsigned long long)rt_identity(c, f));
    return rt_str_cstr(c, tmp);
}

/* Where each parameter kind lives in the slot array (see PFuncDesc in pith_abi.h). */
typedef struct Layout {
    int npos;     /* positional parameters (positional-only included) */
    int nposonly; /* leading positional-only ones */
    int va;       /* slot of *args, or -1 */
    int kw0;      /* first keyword-only slot */
    int nkwonly;  /* keyword-only parameters */
    int vk;       /* slot of **kwargs, or -1 */
} Layout;

/* The slot layout of fn; -1 (RuntimeError) when the descriptor is inconsistent. */
static int layout_of(PCtx *c, const PFuncDesc *fn, Layout *L) {
    L->npos = fn->npositional;
    L->nposonly = fn->nposonly;
    L->nkwonly = fn->nkwonly;
    int s = fn->npositional;
    L->va = (fn->flags & PITH_F_VARARGS) ? s++ : -1;
    L->kw0 = s;
    s += fn->nkwonly;
    L->vk = (fn->flags & PITH_F_VARKW) ? s++ : -1;
    if (L->npos < 0 || L->nposonly < 0 || L->nposonly > L->npos || L->nkwonly < 0 || s != fn->nparams) {
        rt_err(c, PITH_B_RUNTIMEERROR, "internal error: inconsistent parameters for %s()", fn->name ? fn->name : "?");
        return -1;
    }
    return 0;
}

static const char *pname(const PFuncDesc *fn, int i) {
    return fn->param_names && fn->param_names[i] ? fn->param_names[i] : "?";
}

/* "%s() missing N required <kind> argument(s): 'a', 'b', and 'c'" for the unbound slots in [from, to). */
static void err_missing(PCtx *c, const char *qn, const PFuncDesc *fn, const PV *out, int from, int to,
                        const char *kind) {
    int n = 0, k = 0;
    for (int i = from; i < to; i++) n += !out[i];
    PithBuf b = rt_buf_new(c);
    for (int i = from; i < to; i++) {
        if (out[i]) continue;
        if (k > 0) pith_buf_puts(&b, n == 2 ? " and " : k == n - 1 ? ", and " : ", ");
        pith_buf_put(&b, "'", 1);
        pith_buf_puts(&b, pname(fn, i));
        pith_buf_put(&b, "'", 1);
        k++;
    }
    PV list = rt_buf_finish(&b);
    if (!list) return;
    rt_err(c, PITH_B_TYPEERROR, "%s() missing %d required %s argument%s: %S", qn, n, kind, n == 1 ? "" : "s", list);
    pv_decref(c, list);
}

/* CPython's too_many_positional: given positional arguments for a function without *args. */
static void err_too_many(PCtx *c, const char *qn, const Layout *L, int ndef, const PV *out, int given) {
    int kwgiven = 0;
    for (int i = L->kw0; i < L->kw0 + L->nkwonly; i++) kwgiven += out[i] != PV_NULL;
    char sig[64], kws[96];
    int plural;
    if (ndef) {
        snprintf(sig, sizeof sig, "from %d to %d", L->npos - ndef, L->npos);
        plural = 1;
    } else {
        snprintf(sig, sizeof sig, "%d", L->npos);
        plural = L->npos != 1;
    }
    kws[0] = 0;
    if (kwgiven)
        snprintf(kws, sizeof kws, " positional argument%s (and %d keyword-only argument%s)", given != 1 ? "s" : "",
                 kwgiven, kwgiven != 1 ? "s" : "");
    rt_err(c, PITH_B_TYPEERROR, "%s() takes %s positional argument%s but %d%s %s given", qn, sig, plural ? "s" : "",
           given, kws, given == 1 && !kwgiven ? "was" : "were");
}

/* CPython's positional_only_passed_as_keyword: 1 (TypeError set) when some keyword names a positional-only
 * parameter, listing every such name in parameter order. */
static int err_posonly_as_kw(PCtx *c, const char *qn, const PFuncDesc *fn, const Layout *L, PV kwnames, int nkw) {
    PithBuf b = rt_buf_new(c);
    int hits = 0;
    for (int i = 0; i < L->nposonly; i++)
        for (int k = 0; k < nkw; k++) {
            PV kn = ((RtTuple *)kwnames)->items[k];
            if (RT_IS(kn, RT_T_STR) && rt_str_is(kn, pname(fn, i))) {
                if (hits++) pith_buf_puts(&b, ", ");
                rt_buf_put_str(&b, kn);
            }
        }
    if (!hits) {
        pith_buf_free(&b);
        return 0;
    }
    PV list = rt_buf_finish(&b);
    if (list) {
        rt_err(c, PITH_B_TYPEERROR, "%s() got some positional-only arguments passed as keyword arguments: '%S'", qn,
               list);
        pv_decref(c, list);
    }
    return 1;
}

/* The slot a keyword names: a positional-or-keyword or keyword-only parameter; -1 if none. */
static int kw_slot(const PFuncDesc *fn, const Layout *L, PV kn) {
    for (int i = L->nposonly; i < L->npos; i++)
        if (rt_str_is(kn, pname(fn, i))) return i;
    for (int i = L->kw0; i < L->kw0 + L->nkwonly; i++)
        if (rt_str_is(kn, pname(fn, i))) return i;
    return -1;
}

/* The keyword-only default for parameter name in the kwdefaults dict (borrowed), PV_NULL if none. */
static PV kwdefault(PV kwdefaults, const char *name) {
    if (!kwdefaults || !RT_IS(kwdefaults, RT_T_DICT)) return PV_NULL;
    pi64 pos = 0;
    PV k, v;
    while (rt_dict_next_entry((RtDict *)kwdefaults, &pos, &k, &v))
        if (RT_IS(k, RT_T_STR) && rt_str_is(k, name)) return v;
    return PV_NULL;
}

/* Bind args/kwnames to fn's parameters in out[0..nparams) (new references), following CPython 3.11's
 * initialize_locals step by step (so the first error reported is the one CPython reports): positional
 * arguments, the *args tuple, each keyword in order (unexpected / positional-only / multiple values, or into
 * the **kwargs dict), too many positional arguments, missing positional ones (else defaults), then
 * keyword-only defaults and missing keyword-only ones. Messages name the function by its qualname. */
int rt_bind_args_kw(PCtx *c, const PFuncDesc *fn, PV defaults, PV kwdefaults, PV *args, int nargs, PV kwnames,
                    PV *out) {
    int np = fn->nparams;
    for (int i = 0; i < np; i++) out[i] = PV_NULL;
    Layout L;
    if (layout_of(c, fn, &L) < 0) return -1;
    int nkw = kwnames && RT_IS(kwnames, RT_T_TUPLE) ? (int)((RtTuple *)kwnames)->n : 0;
    int given = nargs - nkw;
    const char *qn = fn->qualname ? fn->qualname : fn->name ? fn->name : "?";
    if (given < 0) {
        rt_err(c, PITH_B_RUNTIMEERROR, "internal error: more keyword names than arguments");
        return -1;
    }
    if (L.vk >= 0 && !(out[L.vk] = rt_dict_new(c))) goto fail;
    int n = given < L.npos ? given : L.npos;
    for (int i = 0; i < n; i++) {
        out[i] = args[i];
        pv_incref(out[i]);
    }
    if (L.va >= 0) {
        PV t = rt_tuple_new(c, given - n);
        if (!t) goto fail;
        for (int i = n; i < given; i++) {
            ((RtTuple *)t)->items[i - n] = args[i];
            pv_incref(args[i]);
        }
        out[L.va] = t;
    }
    for (int k = 0; k < nkw; k++) {
        PV kn = ((RtTuple *)kwnames)->items[k], value = args[given + k];
        if (!RT_IS(kn, RT_T_STR)) {
            rt_err(c, PITH_B_TYPEERROR, "%s() keywords must be strings", qn);
            goto fail;
        }
        int j = kw_slot(fn, &L, kn);
        if (j < 0) {
            if (L.vk < 0) {
                if (L.nposonly && err_posonly_as_kw(c, qn, fn, &L, kwnames, nkw)) goto fail;
                if (!rt_exc_pending(c))
                    rt_err(c, PITH_B_TYPEERROR, "%s() got an unexpected keyword argument '%S'", qn, kn);
                goto fail;
            }
            if (rt_dict_set(c, out[L.vk], kn, value) < 0) goto fail;
            continue;
        }
        if (out[j]) {
            rt_err(c, PITH_B_TYPEERROR, "%s() got multiple values for argument '%S'", qn, kn);
            goto fail;
        }
        out[j] = value;
        pv_incref(value);
    }
    int ndef = defaults && RT_IS(defaults, RT_T_TUPLE) ? (int)((RtTuple *)defaults)->n : 0;
    if (ndef > L.npos) ndef = L.npos;
    if (given > L.npos && L.va < 0) {
        err_too_many(c, qn, &L, ndef, out, given);
        goto fail;
    }
    if (given < L.npos) {
        int m = L.npos - ndef;
        for (int i = given; i < m; i++)
            if (!out[i]) {
                err_missing(c, qn, fn, out, 0, m, "positional");
                goto fail;
            }
        for (int i = m; i < L.npos; i++)
            if (!out[i]) {
                out[i] = ((RtTuple *)defaults)->items[i - m];
                pv_incref(out[i]);
            }
    }
    int missing = 0;
    for (int i = L.kw0; i < L.kw0 + L.nkwonly; i++) {
        if (out[i]) continue;
        PV d = kwdefault(kwdefaults, pname(fn, i));
        if (d) {
            out[i] = d;
            pv_incref(d);
        } else {
            missing++;
        }
    }
    if (missing) {
        err_missing(c, qn, fn, out, L.kw0, L.kw0 + L.nkwonly, "keyword-only");
        goto fail;
    }
    return 0;
fail:
    for (int i = 0; i < np; i++) {
        pv_xdecref(c, out[i]);
        out[i] = PV_NULL;
    }
    return -1;
}

int rt_bind_args(PCtx *c, const PFuncDesc *fn, PV defaults, PV *args, int nargs, PV kwnames, PV *out) {
    return rt_bind_args_kw(c, fn, defaults, PV_NULL, args, nargs, kwnames, out);
}

/* Call a compiled function that has a direct entry. */
static PV call_direct(PCtx *c, RtFunc *f, PV *args, int nargs, PV kwnames) {
    const PFuncDesc *fn = f->fn;
    int np = fn->nparams < 0 ? 0 : fn->nparams;
    PV local[BIND_LOCAL], *bound = local;
    if (np > BIND_LOCAL) {
        bound = rt_alloc(c, (size_t)np * sizeof(PV));
        if (!bound) return PV_NULL;
    }
    PV r = PV_NULL;
    if (rt_bind_args_kw(c, fn, f->defaults, f->kwdefaults, args, nargs, kwnames, bound) == 0) {
        r = fn->direct(c, (PV)f, bound);
        for (int i = 0; i < np; i++) pv_xdecref(c, bound[i]);
    }
    if (bound != local) rt_free(c, bound, (size_t)np * sizeof(PV));
    return r;
}

/* A fresh frame of fo's step function with its closure and bound parameters; 0 on error. */
static PFrame *bound_frame(PCtx *c, RtFunc *fo, PV *args, int nargs, PV kwnames) {
    const PFuncDesc *fn = fo->fn;
    if (!fn || !fn->step || fn->nslots < fn->nparams) {
        rt_err(c, PITH_B_RUNTIMEERROR, "internal error: function has no entry point");
        return 0;
    }
    PFrame *fr = rt_frame_new(c, fn);
    if (!fr) return 0;
    fr->closure = fo->closure;
    if (fo->closure) pv_incref(fo->closure);
    if (rt_bind_args_kw(c, fn, fo->defaults, fo->kwdefaults, args, nargs, kwnames, fr->s) < 0) {
        pv_decref(c, (PV)fr);
        return 0;
    }
    return fr;
}

PFrame *rt_func_frame(PCtx *c, PV f, PV *args, int nargs, PV kwnames) {
    return bound_frame(c, (RtFunc *)f, args, nargs, kwnames);
}

/* Calling a generator function (PITH_F_GENERATOR) binds its arguments and returns a generator around the
 * frame, which runs nothing until it is iterated (rt_gen.c). */
static PV call_generator(PCtx *c, RtFunc *fo, PV *args, int nargs, PV kwnames) {
    PFrame *fr = bound_frame(c, fo, args, nargs, kwnames);
    return fr ? rt_gen_new(c, fr) : PV_NULL;
}

/* A compiled function called from C: generators start, direct functions run; one that may wait on the host
 * runs on a private frame chain (rt_method.c), where an actual host call is a RuntimeError: only the
 * state-machine path (rt_sm_call_value) can suspend the run. */
static PV func_call(PCtx *c, PV f, PV *args, int nargs, PV kwnames) {
    RtFunc *fo = (RtFunc *)f;
    if (fo->fn && (fo->fn->flags & PITH_F_GENERATOR)) return call_generator(c, fo, args, nargs, kwnames);
    if (fo->fn && fo->fn->direct) return call_direct(c, fo, args, nargs, kwnames);
    PFrame *fr = bound_frame(c, fo, args, nargs, kwnames);
    return fr ? rt_call_frame_nested(c, fr) : PV_NULL;
}

/* Store a finished call's result in the caller's frame for the resume point that follows. */
static int deliver(PCtx *c, PFrame *caller, PV r) {
    if (!r) return PITH_STEP_ERR;
    pv_xdecref(c, caller->callret);
    caller->callret = r;
    return PITH_STEP_CONT;
}

/* A call from a state-machine function: direct functions, builtins and methods run at once (CONT, result in
 * caller->callret); a step-only function gets a frame with its bound parameters and is pushed (CALL). */
int rt_sm_call_value(PCtx *c, PFrame *caller, PV f, PV *args, int nargs, PV kwnames) {
    if (f && RT_IS(f, RT_T_EXTFN)) return rt_ext_call(c, caller, ((RtExtFn *)f)->ext_id, args, nargs, kwnames);
    if (f && RT_IS(f, RT_T_FUNC)) {
        RtFunc *fo = (RtFunc *)f;
        const PFuncDesc *fn = fo->fn;
        if (fn && (fn->flags & PITH_F_GENERATOR))
            return deliver(c, caller, call_generator(c, fo, args, nargs, kwnames));
        if (fn && fn->direct) return deliver(c, caller, call_direct(c, fo, args, nargs, kwnames));
        PFrame *fr = bound_frame(c, fo, args, nargs, kwnames);
        return fr ? rt_frame_push(c, caller, fr) : PITH_STEP_ERR;
    }
    if (f && (RT_IS(f, RT_T_BOUNDMETH) || RT_IS(f, RT_T_CLASS)))
        return rt_sm_call_user(c, caller, f, args, nargs, kwnames);
    if (f && RT_IS(f, RT_T_BUILTIN) && !((RtBuiltin *)f)->host_name) /* sorted, list, next... (rt_native.c) */
        return rt_sm_call_builtin(c, caller, ((RtBuiltin *)f)->id, args, nargs, kwnames);
    if (f && RT_IS(f, RT_T_METHOD)) /* lst.sort, gen.send, sep.join... */
        return rt_sm_call_method(c, caller, ((RtMethod *)f)->self, ((RtMethod *)f)->name, args, nargs, kwnames);
    if (f && PV_IS_OBJ(f) && rt_type_desc(RT_OBJ(f))->sm_call) { /* re.sub(pattern, function, s) */
        int rc = rt_type_desc(RT_OBJ(f))->sm_call(c, caller, f, PV_NULL, args, nargs, kwnames);
        if (rc != RT_SM_DECLINED) return rc;
    }
    if (f && PV_IS_OBJ(f) && (rt_type_desc(RT_OBJ(f))->flags & RT_TF_COLLECTS_ARGS)) /* math.fsum(gen) */
        return rt_sm_call_collecting(c, caller, f, args, nargs, kwnames);
    return deliver(c, caller, rt_call_value(c, f, args, nargs, kwnames));
}

/* ---- the type ---- */

static void func_traverse(PObj *o, RtVisit visit, void *arg) {
    RtFunc *f = (RtFunc *)o;
    visit(&f->defaults, arg);
    visit(&f->kwdefaults, arg);
    visit(&f->closure, arg);
    visit(&f->attrs, arg);
}

static void func_snap_put(RtSnapW *w, PObj *o) { rt_snap_put_fn(w, ((RtFunc *)o)->fn); }

static PV func_snap_make(RtSnapR *r, int type) {
    (void)type;
    const PFuncDesc *fn = rt_snap_get_fn(r);
    return fn ? rt_func_new(rt_snap_ctx(r), fn, PV_NULL, PV_NULL, PV_NULL) : PV_NULL;
}

static int opt_is(PV v, int type) { return !v || RT_IS(v, type); }

/* What calls trust: the defaults fit the parameters, the closure has a cell per free variable. */
static int func_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    RtFunc *f = (RtFunc *)o;
    if (!opt_is(f->defaults, RT_T_TUPLE) || !opt_is(f->kwdefaults, RT_T_DICT) || !opt_is(f->attrs, RT_T_DICT) ||
        !opt_is(f->closure, RT_T_TUPLE))
        return -1;
    if (f->defaults && ((RtTuple *)f->defaults)->n > f->fn->npositional) return -1;
    if (f->fn->nfrees > 0) {
        if (!f->closure || ((RtTuple *)f->closure)->n < f->fn->nfrees) return -1;
        for (pi64 k = 0; k < ((RtTuple *)f->closure)->n; k++) {
            PV cell = ((RtTuple *)f->closure)->items[k];
            if (!cell || !RT_IS(cell, RT_T_CELL)) return -1;
        }
    }
    return 0;
}

/* The attributes a program set on one of its functions (rt_setattr stores them). */
static int func_getattr(PCtx *c, PV v, PV name, PV *out) {
    PV d = ((RtFunc *)v)->attrs, a = d ? rt_dict_get(c, d, name) : PV_NULL;
    if (!a) return rt_exc_pending(c) ? -1 : 0;
    pv_incref(a);
    *out = a;
    return 1;
}

/* f.__name__, f.__qualname__. */
static int func_dunder(PCtx *c, PV v, const char *name, PV *out) {
    const PFuncDesc *fn = ((RtFunc *)v)->fn;
    if (strcmp(name, "__name__") != 0 && strcmp(name, "__qualname__") != 0) return 0;
    *out = rt_str_cstr(c, name[2] == 'q' && fn->qualname ? fn->qualname : fn->name);
    return *out ? 1 : -1;
}

/* f.name = value for any name but a dunder: functions keep their attributes in a dict made on first use. */
static int func_setattr(PCtx *c, PV v, PV name, PV value) {
    if (((RtStr *)name)->data[0] == '_' && ((RtStr *)name)->data[1] == '_') return 0;
    RtFunc *f = (RtFunc *)v;
    if (!f->attrs && !(f->attrs = rt_dict_new(c))) return -1;
    return rt_dict_set(c, f->attrs, name, value) < 0 ? -1 : 1;
}

/* "__main__.outer.<locals>.g()": how argument errors name a function. */
static PV func_call_name(PCtx *c, PV f) {
    const PFuncDesc *fn = ((RtFunc *)f)->fn;
    const char *qn = fn ? (fn->qualname ? fn->qualname : fn->name) : NULL;
    char buf[320];
    snprintf(buf, sizeof buf, "__main__.%.200s()", qn ? qn : "?");
    return rt_str_cstr(c, buf);
}

const RtTypeDesc rt_func_type = {
    .name = "function",
    .flags = RT_TF_GC,
    .cls = PITH_B_FUNCTION,
    .traverse = func_traverse,
    .repr = rt_func_repr,
    .call = func_call,
    .call_name = func_call_name,
    .getattr = func_getattr,
    .dunder = func_dunder,
    .setattr = func_setattr,
    .snap_tag = SNAP_O_FUNC,
    .snap_put = func_snap_put,
    .snap_make = func_snap_make,
    .snap_check = func_snap_check,
};
