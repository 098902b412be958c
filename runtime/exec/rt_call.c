/* rt_call.c — calls with unpacking: f(*args, **kwargs) (rt_call_ex, rt_sm_call_ex), the pieces codegen builds
 * them from (rt_list_to_tuple, rt_kwargs_merge) and starred assignment `a, *b, c = seq` (rt_unpack_ex).
 * Stage: runtime. Invariants: arguments borrowed, results new references (pith_abi.h); every message is
 * CPython 3.11's (format_kwargs_error, _PyObject_FunctionStr, unpack_iterable in ceval.c). */
#include <limits.h>
#include <stdio.h>

#include "rt_exec.h"
#include "rt_svc.h"
#include "rt_values.h"

#define CALL_LOCAL 16 /* arguments gathered on the C stack; more use the allocator */

/* CPython's _PyObject_FunctionStr(f) as a str: the callee type's call_name, else str(f). */
static PV func_str(PCtx *c, PV f) {
    const RtTypeDesc *t = PV_IS_OBJ(f) ? rt_type_desc(RT_OBJ(f)) : NULL;
    return t && t->call_name ? t->call_name(c, f) : rt_str(c, f);
}

/* TypeError "<func_str> argument after <what> must be <kind>, not <type of obj>". */
static void err_after(PCtx *c, PV f, const char *what, const char *kind, PV obj) {
    PV fs = func_str(c, f);
    if (!fs) return;
    rt_err(c, PITH_B_TYPEERROR, "%S argument after %s must be %s, not %T", fs, what, kind, obj);
    pv_decref(c, fs);
}

/* 1 when the pending exception is a TypeError the runtime may replace with a more precise one. */
static int pending_type_error(PCtx *c) {
    RtCtx *x = RT_CTX(c);
    return x->limit == RT_LIMIT_NONE && x->exc && RT_IS(x->exc, RT_T_EXC) &&
           ((RtExc *)x->exc)->type == PITH_B_TYPEERROR;
}

/* DICT_MERGE: copy mapping's items into dict; a key already there is CPython's "got multiple values for
 * keyword argument" (naming callee), a mapping that is not a dict "argument after ** must be a mapping".
 * Non-str keys are accepted here and refused when the call is made (rt_call_ex), as CPython does. */
int rt_kwargs_merge(PCtx *c, PV dict, PV mapping, PV callee) {
    if (rt_slot_bad(c, dict, RT_T_DICT)) return -1;
    if (!RT_IS(mapping, RT_T_DICT)) {
        err_after(c, callee, "**", "a mapping", mapping);
        return -1;
    }
    RtDict *src = (RtDict *)mapping;
    pi64 pos = 0;
    PV k, v;
    while (rt_dict_next_entry(src, &pos, &k, &v)) {
        PV old;
        int r = rt_dict_lookup(c, dict, k, &old);
        if (r < 0) return -1;
        if (r == 1) {
            PV fs = func_str(c, callee);
            if (fs) {
                rt_err(c, PITH_B_TYPEERROR, "%S got multiple values for keyword argument '%S'", fs, k);
                pv_decref(c, fs);
            }
            return -1;
        }
        pv_incref(k);
        pv_incref(v);
        r = rt_dict_set(c, dict, k, v);
        pv_decref(c, k);
        pv_decref(c, v);
        if (r < 0) return -1;
    }
    return 0;
}

/* The gathered arguments of one f(*args, **kwargs) call: every item a new reference. */
typedef struct Gathered {
    PV local[CALL_LOCAL]; /* storage for small calls */
    PV *a;                /* local or rt_alloc'd: positional values then keyword values */
    pi64 cap;             /* entries allocated at a */
    int n;                /* entries filled */
    PV kwnames;           /* tuple of the keyword names (owned) or PV_NULL */
    PV seq;               /* the positional sequence when args was neither a tuple nor a list (owned) */
} Gathered;

static void gathered_free(PCtx *c, Gathered *g) {
    for (int i = 0; i < g->n; i++) pv_decref(c, g->a[i]);
    if (g->a != g->local) rt_free(c, g->a, (size_t)g->cap * sizeof(PV));
    pv_xdecref(c, g->kwnames);
    pv_xdecref(c, g->seq);
}

/* Turn (args, kwargs) into a flat argument array + kwnames. args: a tuple or a list, PV_NULL for none, or any
 * iterable ("argument after * must be an iterable" otherwise); kwargs: a dict with str keys or PV_NULL. */
static int gather(PCtx *c, PV f, PV args, PV kwargs, Gathered *g) {
    g->a = g->local;
    g->cap = CALL_LOCAL;
    g->n = 0;
    g->kwnames = PV_NULL;
    g->seq = PV_NULL;
    pi64 npos = 0, nkw = 0;
    PV *pos = NULL;
    if (args && !RT_IS(args, RT_T_TUPLE) && !RT_IS(args, RT_T_LIST)) {
        PV it = rt_iter(c, args); /* a TypeError here means "not iterable"; later ones come from the items */
        if (!it) {
            if (pending_type_error(c)) {
                pv_decref(c, rt_exc_fetch(c));
                err_after(c, f, "*", "an iterable", args);
            }
            return -1;
        }
        g->seq = rt_seq_to_list(c, it);
        pv_decref(c, it);
        if (!g->seq) return -1;
        args = g->seq;
    }
    if (args) pos = rt_seq_items(args, &npos);
    if (kwargs) {
        if (!RT_IS(kwargs, RT_T_DICT)) {
            err_after(c, f, "**", "a mapping", kwargs);
            return -1;
        }
        nkw = ((RtDict *)kwargs)->n;
    }
    if (npos + nkw > INT_MAX / 2) {
        rt_err(c, PITH_B_OVERFLOWERROR, "too many arguments in a call");
        return -1;
    }
    if (npos + nkw > CALL_LOCAL) {
        g->a = rt_alloc(c, (size_t)(npos + nkw) * sizeof(PV));
        if (!g->a) {
            g->a = g->local;
            return -1;
        }
        g->cap = npos + nkw;
    }
    for (pi64 i = 0; i < npos; i++) {
        g->a[g->n++] = pos[i];
        pv_incref(pos[i]);
    }
    if (nkw) {
        g->kwnames = rt_tuple_new(c, nkw);
        if (!g->kwnames) return -1;
        pi64 p = 0, i = 0;
        PV k, v;
        while (i < nkw && rt_dict_next_entry((RtDict *)kwargs, &p, &k, &v)) {
            if (!RT_IS(k, RT_T_STR)) {
                rt_err(c, PITH_B_TYPEERROR, "keywords must be strings");
                return -1;
            }
            ((RtTuple *)g->kwnames)->items[i++] = k;
            pv_incref(k);
            g->a[g->n++] = v;
            pv_incref(v);
        }
        if (i != nkw) {
            rt_err(c, PITH_B_RUNTIMEERROR, "internal error: dict changed size during a call");
            return -1;
        }
    }
    return 0;
}

PV rt_call_ex(PCtx *c, PV f, PV args_tuple, PV kwargs_dict) {
    Gathered g;
    PV r = PV_NULL;
    if (gather(c, f, args_tuple, kwargs_dict, &g) == 0) r = rt_call_value(c, f, g.a, g.n, g.kwnames);
    gathered_free(c, &g);
    return r;
}

int rt_sm_call_ex(PCtx *c, PFrame *caller, PV f, PV args_tuple, PV kwargs_dict) {
    if (args_tuple && rt_advance_waits(args_tuple)) /* f(*gen): gathered by a native frame (rt_native.c) */
        return rt_sm_call_ex_waits(c, caller, f, args_tuple, kwargs_dict);
    Gathered g;
    int r = PITH_STEP_ERR;
    if (gather(c, f, args_tuple, kwargs_dict, &g) == 0) r = rt_sm_call_value(c, caller, f, g.a, g.n, g.kwnames);
    gathered_free(c, &g);
    return r;
}

/* a, *b, c = seq (CPython's unpack_iterable with a star): out[0..before) the leading items, out[before] a
 * list of the middle, out[before+1..before+1+after) the trailing items; all new references. On error
 * nothing is left in out. */
int rt_unpack_ex(PCtx *c, PV seq, int before, int after, PV *out) {
    if (before < 0 || after < 0) {
        rt_err(c, PITH_B_RUNTIMEERROR, "internal error: rt_unpack_ex counts");
        return -1;
    }
    pi64 want = (pi64)before + after;
    if (RT_IS(seq, RT_T_LIST) || RT_IS(seq, RT_T_TUPLE)) {
        pi64 n;
        PV *items = rt_seq_items(seq, &n);
        if (n < want) {
            rt_err(c, PITH_B_VALUEERROR, "not enough values to unpack (expected at least %lld, got %lld)", want, n);
            return -1;
        }
        PV mid = rt_list_new(c, n - want);
        if (!mid) return -1;
        items = rt_seq_items(seq, &n);
        RtList *l = (RtList *)mid;
        for (pi64 i = before; i < n - after; i++) {
            l->items[l->n++] = items[i];
            pv_incref(items[i]);
        }
        for (int i = 0; i < before; i++) {
            out[i] = items[i];
            pv_incref(out[i]);
        }
        out[before] = mid;
        for (int i = 0; i < after; i++) {
            out[before + 1 + i] = items[n - after + i];
            pv_incref(out[before + 1 + i]);
        }
        return 0;
    }
    PV it = rt_iter(c, seq);
    if (!it) {
        if (pending_type_error(c)) { /* rt_iter only fails this way for non-iterables */
            pv_decref(c, rt_exc_fetch(c));
            rt_err(c, PITH_B_TYPEERROR, "cannot unpack non-iterable %s object", rt_type_name(seq));
        }
        return -1;
    }
    int got = 0, r = 1;
    while (got < before && (r = rt_next(c, it, &out[got])) == 1) got++;
    PV mid = PV_NULL;
    if (r == 0) {
        rt_err(c, PITH_B_VALUEERROR, "not enough values to unpack (expected at least %lld, got %d)", want, got);
        goto fail;
    }
    if (r < 0 || !(mid = rt_list_new(c, 0))) goto fail;
    PV x;
    while ((r = rt_next(c, it, &x)) == 1) {
        r = rt_list_append(c, mid, x);
        pv_decref(c, x);
        if (r < 0 || rt_tick(c, 1) < 0) {
            r = -1;
            break;
        }
    }
    if (r < 0) goto fail;
    RtList *l = (RtList *)mid;
    if (l->n < after) {
        rt_err(c, PITH_B_VALUEERROR, "not enough values to unpack (expected at least %lld, got %lld)", want,
               (pi64)before + l->n);
        goto fail;
    }
    for (int i = 0; i < after; i++) /* ownership moves from the list to out */
        out[before + 1 + i] = l->items[l->n - after + i];
    l->n -= after;
    out[before] = mid;
    pv_decref(c, it);
    return 0;
fail:
    for (int i = 0; i < got; i++) {
        pv_decref(c, out[i]);
        out[i] = PV_NULL;
    }
    pv_xdecref(c, mid);
    pv_decref(c, it);
    return -1;
}
