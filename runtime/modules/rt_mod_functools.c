/* rt_mod_functools.c — the run-time side of `functools` (CPython 3.11's Lib/functools.py and
 * Modules/_functoolsmodule.c): reduce, partial, cmp_to_key, wraps/update_wrapper and the module's rows; the
 * wrappers of a program's functions and classes (lru_cache/cache, total_ordering, cached_property,
 * singledispatch) are in rt_mod_functools_class.c. Its objects are module objects (rt_modobj.h); the work that
 * calls Python a program wrote — reduce's loop, a partial's call, a cached function's call on a miss — is
 * written as steps, so from a state machine it runs as a native frame and that Python may wait on the host
 * (rt_mod_functools_sm_call, the kinds' waits). Stage: runtime, part modules/. */
#include <string.h>

#include "pith_mod_functools.h"
#include "rt_class.h"
#include "rt_exec.h"
#include "rt_functools.h"

#define M_ARGS PCtx *c, PV *a, int n, PV kw

static int bad_state(PCtx *c) {
    rt_err(c, PITH_B_SYSTEMERROR, "corrupt native frame");
    return RT_STEP_ERR;
}

static PV ft_new(PCtx *c, int kind) { return rt_modobj_new(c, PITH_MOD_FUNCTOOLS, kind); }

int rt_ft_callable(PV v) {
    if (!v || !PV_IS_OBJ(v)) return 0;
    if (RT_IS(v, RT_T_INSTANCE)) return rt_class_lookup_cstr(((RtInstance *)v)->cls, "__call__") != PV_NULL;
    if (RT_IS(v, RT_T_MODOBJ)) {
        const RtModKind *k = rt_modobj_kind(v);
        return k->call || (k->step && k->calls);
    }
    return rt_type_desc(RT_OBJ(v))->call != NULL;
}

/* ---- reduce(function, iterable[, initial]): a run of kind FT_REDUCE: s0 the function, s1 the iterator, s2 the
 * value so far (PV_NULL before the first item when no initial was given) ---- */

static PV reduce_run(PCtx *c, PV *a, int n) {
    PV it = rt_iter(c, a[1]);
    if (!it) {
        if (rt_exc_pending_is(c, PITH_B_TYPEERROR)) {
            pv_decref(c, rt_exc_fetch(c));
            rt_err(c, PITH_B_TYPEERROR, "reduce() arg 2 must support iteration");
        }
        return PV_NULL;
    }
    PV run = ft_new(c, FT_REDUCE);
    if (!run) return pv_decref(c, it), PV_NULL;
    pv_incref(a[0]);
    MO(run)->s[0] = a[0];
    MO(run)->s[1] = it;
    if (n == 3) pv_incref(a[2]), MO(run)->s[2] = a[2];
    return run;
}

static int reduce_step(PCtx *c, PV self, RtStep *s) {
    RtModObj *o = MO(self);
    switch (s->state) {
    case 0: return rt_step_advance(s, o->s[1], 1);
    case 1:
        if (s->got < 0) return RT_STEP_ERR;
        if (s->got == 0) {
            if (o->s[2]) {
                PV r = o->s[2];
                o->s[2] = PV_NULL;
                return rt_step_item(s, r);
            }
            rt_err(c, PITH_B_TYPEERROR, "reduce() of empty iterable with no initial value");
            return RT_STEP_ERR;
        }
        if (!o->s[2]) {
            o->s[2] = s->val;
            s->val = PV_NULL;
            return rt_step_advance(s, o->s[1], 1);
        } else {
            PV args[2] = {o->s[2], s->val};
            int rc = rt_step_call(c, s, 2, o->s[0], args, 2);
            pv_decref(c, s->val);
            s->val = PV_NULL;
            return rc;
        }
    case 2:
        if (s->got != 1) return RT_STEP_ERR;
        rt_modobj_put(c, &o->s[2], s->val);
        s->val = PV_NULL;
        return rt_step_advance(s, o->s[1], 1);
    default: return bad_state(c);
    }
}

static int reduce_waits(PV v) { return rt_call_waits(MO(v)->s[0]) || rt_advance_waits(MO(v)->s[1]); }
static int reduce_check(const RtModObj *o) { return o->s[0] && o->s[1] ? 0 : -1; }

static PV ft_reduce(M_ARGS) {
    (void)kw;
    PV run = reduce_run(c, a, n), out = PV_NULL;
    if (!run) return PV_NULL;
    int r = rt_modobj_run(c, run, PV_NULL, &out);
    pv_decref(c, run);
    return r == 1 ? out : PV_NULL;
}

/* ---- partial(func, *args, **keywords): s0 func, s1 args (a tuple), s2 keywords (a dict of str keys) ----
 * A call's work starts with held = (call args, kwnames or None): one step calls func with the partial's
 * arguments first and the call's after (its keywords win), the next gives the result. */

static PV ft_partial(M_ARGS) {
    if (n < 1) {
        rt_err(c, PITH_B_TYPEERROR, "type 'partial' takes at least one argument");
        return PV_NULL;
    }
    PV func = a[0];
    if (!rt_ft_callable(func)) {
        rt_err(c, PITH_B_TYPEERROR, "the first argument must be callable");
        return PV_NULL;
    }
    int nkw = kw ? (int)((RtTuple *)kw)->n : 0;
    PV inner_args = PV_NULL, inner_kw = PV_NULL;
    if (rt_modobj_is(func, PITH_MOD_FUNCTOOLS, FT_PARTIAL)) { /* partial(partial(f, 1), 2): one level, as CPython */
        inner_args = MO(func)->s[1];
        inner_kw = MO(func)->s[2];
        func = MO(func)->s[0];
    }
    pi64 ni = inner_args ? ((RtTuple *)inner_args)->n : 0;
    PV args = rt_tuple_new(c, ni + n - 1);
    PV d = args ? (inner_kw ? rt_dict_copy(c, inner_kw) : rt_dict_new(c)) : PV_NULL;
    PV p = d ? ft_new(c, FT_PARTIAL) : PV_NULL;
    if (!p) {
        pv_xdecref(c, args), pv_xdecref(c, d);
        return PV_NULL;
    }
    for (pi64 i = 0; i < ni; i++)
        pv_incref(((RtTuple *)inner_args)->items[i]), ((RtTuple *)args)->items[i] = ((RtTuple *)inner_args)->items[i];
    for (int i = 1; i < n; i++) pv_incref(a[i]), ((RtTuple *)args)->items[ni + i - 1] = a[i];
    pv_incref(func);
    MO(p)->s[0] = func;
    MO(p)->s[1] = args;
    MO(p)->s[2] = d;
    for (int j = 0; j < nkw; j++)
        if (rt_dict_set(c, d, ((RtTuple *)kw)->items[j], a[n + j]) < 0) return pv_decref(c, p), PV_NULL;
    return p;
}

/* The arguments of a call through the partial p: its args then the call's, its keywords updated by the
 * call's; (tuple, kwnames or PV_NULL) into *args_out, *kw_out. */
static int partial_args(PCtx *c, RtModObj *p, PV call_args, PV call_kw, PV *args_out, PV *kw_out) {
    RtTuple *pa = (RtTuple *)p->s[1], *ca = (RtTuple *)call_args;
    pi64 ncall_kw = call_kw != PV_NONE ? ((RtTuple *)call_kw)->n : 0, ncall_pos = ca->n - ncall_kw;
    PV d = PV_NULL;
    if (((RtDict *)p->s[2])->n || ncall_kw) {
        if (!(d = rt_dict_copy(c, p->s[2]))) return -1;
        for (pi64 j = 0; j < ncall_kw; j++)
            if (rt_dict_set(c, d, ((RtTuple *)call_kw)->items[j], ca->items[ncall_pos + j]) < 0) {
                pv_decref(c, d);
                return -1;
            }
    }
    pi64 nkw = d ? ((RtDict *)d)->n : 0, total = pa->n + ncall_pos + nkw;
    PV t = rt_tuple_new(c, total), names = t && nkw ? rt_tuple_new(c, nkw) : PV_NULL;
    if (!t || (nkw && !names)) {
        pv_xdecref(c, d), pv_xdecref(c, t);
        return -1;
    }
    pi64 k = 0;
    for (pi64 i = 0; i < pa->n; i++) pv_incref(pa->items[i]), ((RtTuple *)t)->items[k++] = pa->items[i];
    for (pi64 i = 0; i < ncall_pos; i++) pv_incref(ca->items[i]), ((RtTuple *)t)->items[k++] = ca->items[i];
    pi64 pos = 0, j = 0;
    PV key, val;
    while (d && rt_dict_next_entry((RtDict *)d, &pos, &key, &val)) {
        pv_incref(key), pv_incref(val);
        ((RtTuple *)names)->items[j++] = key;
        ((RtTuple *)t)->items[k++] = val;
    }
    pv_xdecref(c, d);
    *args_out = t;
    *kw_out = names;
    return 0;
}

/* held as mo_call makes it: (args tuple, kwnames tuple or None) */
static int call_held_ok(PV h) {
    if (!h || !RT_IS(h, RT_T_TUPLE) || ((RtTuple *)h)->n < 2) return 0;
    PV a = ((RtTuple *)h)->items[0], k = ((RtTuple *)h)->items[1];
    if (!RT_IS(a, RT_T_TUPLE)) return 0;
    if (k == PV_NONE) return 1;
    if (!RT_IS(k, RT_T_TUPLE) || ((RtTuple *)k)->n > ((RtTuple *)a)->n) return 0;
    for (pi64 i = 0; i < ((RtTuple *)k)->n; i++)
        if (!RT_IS(((RtTuple *)k)->items[i], RT_T_STR)) return 0;
    return 1;
}

static int partial_step(PCtx *c, PV self, RtStep *s) {
    if (s->state == 1) return s->got == 1 ? RT_STEP_ITEM : RT_STEP_ERR;
    if (s->state != 0 || !call_held_ok(s->held)) return bad_state(c);
    PV args, names;
    RtTuple *h = (RtTuple *)s->held;
    if (partial_args(c, MO(self), h->items[0], h->items[1], &args, &names) < 0) return RT_STEP_ERR;
    int rc = rt_step_call_tuple(c, s, 1, MO(self)->s[0], args, names);
    pv_decref(c, args), pv_xdecref(c, names);
    return rc;
}

static int partial_waits(PV v) { return rt_call_waits(MO(v)->s[0]); }

static PV partial_repr(PCtx *c, PV v) {
    RtModObj *p = MO(v);
    if (rt_nest_enter(c, "") < 0) return PV_NULL;
    PithBuf b = rt_buf_new(c);
    pith_buf_puts(&b, "functools.partial(");
    int ok = rt_buf_put_repr(&b, p->s[0]) == 0;
    RtTuple *t = (RtTuple *)p->s[1];
    for (pi64 i = 0; ok && i < t->n; i++) {
        pith_buf_puts(&b, ", ");
        ok = rt_buf_put_repr(&b, t->items[i]) == 0;
    }
    pi64 pos = 0;
    PV key, val;
    while (ok && rt_dict_next_entry((RtDict *)p->s[2], &pos, &key, &val)) {
        pith_buf_puts(&b, ", ");
        ok = rt_buf_put_str(&b, key) == 0;
        pith_buf_puts(&b, "=");
        ok = ok && rt_buf_put_repr(&b, val) == 0;
    }
    pith_buf_puts(&b, ")");
    rt_nest_leave(c);
    if (!ok) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    return rt_buf_finish(&b);
}

static int partial_getattr(PCtx *c, PV o, PV name, PV *out) {
    (void)c;
    int i = rt_name_is(name, "func") ? 0 : rt_name_is(name, "args") ? 1 : rt_name_is(name, "keywords") ? 2 : -1;
    if (i < 0) return 0;
    *out = MO(o)->s[i];
    pv_incref(*out);
    return 1;
}

static int partial_check(const RtModObj *o) {
    if (!o->s[0] || !o->s[1] || !RT_IS(o->s[1], RT_T_TUPLE) || !o->s[2] || !RT_IS(o->s[2], RT_T_DICT)) return -1;
    pi64 pos = 0;
    PV k, v;
    while (rt_dict_next_entry((RtDict *)o->s[2], &pos, &k, &v))
        if (!RT_IS(k, RT_T_STR)) return -1;
    return 0;
}

/* ---- cmp_to_key(mycmp): FT_CMP_TO_KEY (s0 mycmp) makes, when called with an object, an FT_KEY (s0 mycmp,
 * s1 the object) whose comparisons ask mycmp(a, b) and compare its answer with 0 ---- */

static PV ft_cmp_to_key(M_ARGS) {
    static const char *const names[] = {"mycmp"};
    PV p[1];
    if (rt_mod_args(c, "cmp_to_key", a, n, kw, names, 1, 1, 1, p) < 0) return PV_NULL;
    PV k = ft_new(c, FT_CMP_TO_KEY);
    if (k) pv_incref(p[0]), MO(k)->s[0] = p[0];
    return k;
}

static PV cmp_to_key_call(PCtx *c, PV f, PV *args, int nargs, PV kw) {
    static const char *const names[] = {"obj"};
    PV p[1];
    int nkw = kw ? (int)((RtTuple *)kw)->n : 0;
    if (rt_mod_args(c, "K", args, nargs - nkw, kw, names, 1, 1, 1, p) < 0) return PV_NULL;
    PV k = ft_new(c, FT_KEY);
    if (!k) return PV_NULL;
    pv_incref(MO(f)->s[0]), pv_incref(p[0]);
    MO(k)->s[0] = MO(f)->s[0];
    MO(k)->s[1] = p[0];
    return k;
}

static int key_compare(PCtx *c, int op, PV a, PV b, PV *out) {
    if (!rt_modobj_is(a, PITH_MOD_FUNCTOOLS, FT_KEY) || !rt_modobj_is(b, PITH_MOD_FUNCTOOLS, FT_KEY)) {
        rt_err(c, PITH_B_TYPEERROR, "other argument must be K instance");
        *out = PV_NULL;
        return 1;
    }
    PV args[2] = {MO(a)->s[1], MO(b)->s[1]};
    PV r = rt_call_value(c, MO(a)->s[0], args, 2, PV_NULL);
    *out = r ? rt_compare(c, op, r, PV_INT(0)) : PV_NULL;
    pv_xdecref(c, r);
    return 1;
}

static int key_hash(PCtx *c, PV v, pu64 *out) { return rt_hash_unhashable(c, v, out); }

static int key_getattr(PCtx *c, PV o, PV name, PV *out) {
    (void)c;
    if (!rt_name_is(name, "obj")) return 0;
    *out = MO(o)->s[1];
    pv_incref(*out);
    return 1;
}

static int first_set(const RtModObj *o) { return o->s[0] ? 0 : -1; }
static int two_set(const RtModObj *o) { return o->s[0] && o->s[1] ? 0 : -1; }

/* ---- wraps(wrapped, assigned=..., updated=...) and update_wrapper(wrapper, wrapped, ...) ---- */

static const char *const wrapper_assignments[] = {"__module__", "__name__", "__qualname__", "__doc__",
                                                  "__annotations__"};

static PV names_tuple(PCtx *c, const char *const *names, int n) {
    PV t = rt_tuple_new(c, n);
    for (int i = 0; t && i < n; i++)
        if (!(((RtTuple *)t)->items[i] = rt_str_cstr(c, names[i]))) {
            for (int j = i; j < n; j++) ((RtTuple *)t)->items[j] = PV_NONE;
            pv_decref(c, t);
            return PV_NULL;
        }
    return t;
}

static PV ft_wrapper_assignments(M_ARGS) { return (void)a, (void)n, (void)kw, names_tuple(c, wrapper_assignments, 5); }
static PV ft_wrapper_updates(M_ARGS) {
    static const char *const updates[] = {"__dict__"};
    return (void)a, (void)n, (void)kw, names_tuple(c, updates, 1);
}

/* getattr(wrapped, name) copied onto wrapper, skipped when wrapped has none (CPython's AttributeError pass) */
static int copy_attr(PCtx *c, PV wrapper, PV wrapped, PV name) {
    PV v = rt_getattr(c, wrapped, name);
    if (!v) {
        if (!rt_exc_pending_is(c, PITH_B_ATTRIBUTEERROR)) return -1;
        pv_decref(c, rt_exc_fetch(c));
        return 0;
    }
    int r = rt_setattr(c, wrapper, name, v);
    pv_decref(c, v);
    return r;
}

/* update_wrapper's work: assigned (a tuple of str, or PV_NULL: WRAPPER_ASSIGNMENTS), then the function
 * attributes of wrapped (its __dict__), then __wrapped__. */
static PV update_wrapper(PCtx *c, PV wrapper, PV wrapped, PV assigned, PV updated) {
    PV own = assigned ? PV_NULL : names_tuple(c, wrapper_assignments, 5);
    PV names = assigned ? assigned : own;
    if (!names) return PV_NULL;
    PV it = rt_iter(c, names), name;
    int r = it ? 1 : -1;
    while (r == 1 && (r = rt_next(c, it, &name)) == 1) {
        if (!rt_is_str(name)) {
            rt_err(c, PITH_B_TYPEERROR, "attribute name must be string, not '%T'", name);
            r = -1;
        } else if (copy_attr(c, wrapper, wrapped, name) < 0) {
            r = -1;
        }
        pv_decref(c, name);
    }
    pv_xdecref(c, it);
    pv_xdecref(c, own);
    if (r < 0) return PV_NULL;
    (void)updated;
    if (RT_IS(wrapper, RT_T_FUNC) && RT_IS(wrapped, RT_T_FUNC) && ((RtFunc *)wrapped)->attrs) { /* __dict__ */
        pi64 pos = 0;
        PV k, v;
        while (rt_dict_next_entry((RtDict *)((RtFunc *)wrapped)->attrs, &pos, &k, &v))
            if (rt_setattr(c, wrapper, k, v) < 0) return PV_NULL;
    }
    PV wname = rt_str_cstr(c, "__wrapped__");
    int w = wname ? rt_setattr(c, wrapper, wname, wrapped) : -1;
    pv_xdecref(c, wname);
    if (w < 0) return PV_NULL;
    pv_incref(wrapper);
    return wrapper;
}

static PV ft_update_wrapper(M_ARGS) {
    static const char *const names[] = {"wrapper", "wrapped", "assigned", "updated"};
    PV p[4];
    int nkw = kw ? (int)((RtTuple *)kw)->n : 0;
    if (n + nkw < 2 && !kw) { /* a Python function: its own words */
        rt_err(c, PITH_B_TYPEERROR, "update_wrapper() missing %d required positional argument%s: %s", 2 - n,
               n == 0 ? "s" : "", n == 0 ? "'wrapper' and 'wrapped'" : "'wrapped'");
        return PV_NULL;
    }
    if (rt_mod_args(c, "update_wrapper", a, n, kw, names, 4, 2, 4, p) < 0) return PV_NULL;
    return update_wrapper(c, p[0], p[1], p[2], p[3]);
}

/* wraps(wrapped): FT_WRAPS (s0 wrapped, s1 assigned or PV_NULL, s2 updated or PV_NULL), called with the wrapper */
static PV ft_wraps(M_ARGS) {
    static const char *const names[] = {"wrapped", "assigned", "updated"};
    PV p[3];
    if (n == 0 && !kw) {
        rt_err(c, PITH_B_TYPEERROR, "wraps() missing 1 required positional argument: 'wrapped'");
        return PV_NULL;
    }
    if (rt_mod_args(c, "wraps", a, n, kw, names, 3, 1, 3, p) < 0) return PV_NULL;
    PV w = ft_new(c, FT_WRAPS);
    if (!w) return PV_NULL;
    for (int i = 0; i < 3; i++)
        if (p[i]) pv_incref(p[i]), MO(w)->s[i] = p[i];
    return w;
}

static PV wraps_call(PCtx *c, PV f, PV *args, int nargs, PV kw) {
    if (rt_mod_no_kw(c, "update_wrapper", kw) < 0) return PV_NULL;
    if (nargs != 1) {
        rt_err(c, PITH_B_TYPEERROR, "update_wrapper() takes from 2 to 4 positional arguments but %d were given",
               nargs + 1);
        return PV_NULL;
    }
    return update_wrapper(c, args[0], MO(f)->s[0], MO(f)->s[1], MO(f)->s[2]);
}

/* ---- the module's rows and kinds ---- */

/* A state machine's call of a functools function: reduce whose function or iterable may wait runs as steps on
 * the chain; everything else at once. */
int rt_mod_functools_sm_call(PCtx *c, PFrame *caller, PV f, PV *args, int nargs, PV kwnames) {
    const RtModFn *m = (const RtModFn *)f;
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0;
    char msg[160];
    if (strcmp(pith_modules[m->mod].names[m->name].name, "reduce") == 0 &&
        !pith_modfn_arity_error(m->mod, m->name, nargs - nkw, nkw, msg, sizeof msg)) {
        PV run = reduce_run(c, args, nargs);
        if (!run) return PITH_STEP_ERR;
        if (reduce_waits(run)) {
            int rc = rt_sm_push_step(c, caller, run, PV_NULL);
            pv_decref(c, run);
            return rc;
        }
        PV out = PV_NULL;
        int r = rt_modobj_run(c, run, PV_NULL, &out);
        pv_decref(c, run);
        return rt_mod_deliver(c, caller, r == 1 ? out : PV_NULL);
    }
    return rt_mod_sm_at_once(c, caller, f, args, nargs, kwnames);
}

const RtModKind rt_functools_kinds[] = {
    [FT_REDUCE] = {.name = "functools.reduce", .step = reduce_step, .waits = reduce_waits, .check = reduce_check},
    [FT_PARTIAL] = {.name = "functools.partial",
                    .row = "partial",
                    .step = partial_step,
                    .calls = 1,
                    .waits = partial_waits,
                    .repr = partial_repr,
                    .getattr = partial_getattr,
                    .check = partial_check},
    [FT_LRU] = {.name = "functools._lru_cache_wrapper",
                .step = rt_ft_lru_step,
                .calls = 1,
                .waits = rt_ft_lru_waits,
                .getattr = rt_ft_lru_getattr,
                .dunder = rt_ft_lru_dunder,
                .bind = rt_ft_bind_method,
                .check = rt_ft_lru_check},
    [FT_LRU_DECORATOR] = {.name = "functools.lru_cache", .call = rt_ft_lru_decorate},
    [FT_LRU_METHOD] = {.name = "builtin_function_or_method",
                       .call = rt_ft_lru_method_call,
                       .repr = rt_ft_lru_method_repr,
                       .check = rt_ft_lru_method_check},
    [FT_CACHE_INFO] = {.name = "CacheInfo",
                       .repr = rt_ft_cache_info_repr,
                       .getattr = rt_ft_cache_info_getattr,
                       .compare = rt_ft_cache_info_compare},
    [FT_CMP_TO_KEY] = {.name = "functools.KeyWrapper", .call = cmp_to_key_call, .check = first_set},
    [FT_KEY] = {.name = "functools.KeyWrapper",
                .compare = key_compare,
                .hash = key_hash,
                .getattr = key_getattr,
                .check = two_set},
    [FT_WRAPS] = {.name = "functools.partial", .call = wraps_call, .check = first_set},
    [FT_ORDER_OP] = {.name = "function",
                     .call = rt_ft_order_call,
                     .bind = rt_ft_bind_method,
                     .check = rt_ft_order_check},
    [FT_CACHED_PROPERTY] = {.name = "functools.cached_property",
                            .row = "cached_property",
                            .bind = rt_ft_cached_property_get,
                            .getattr = rt_ft_cached_property_getattr,
                            .check = first_set},
    [FT_SINGLEDISPATCH] = {.name = "function",
                           .step = rt_ft_sd_step,
                           .calls = 1,
                           .waits = rt_ft_sd_waits,
                           .getattr = rt_ft_sd_getattr,
                           .dunder = rt_ft_sd_dunder,
                           .bind = rt_ft_bind_method,
                           .check = rt_ft_sd_check},
    [FT_SD_METHOD] = {.name = "function", .call = rt_ft_sd_method_call, .check = rt_ft_sd_method_check},
    [FT_SD_REGISTER] = {.name = "function", .call = rt_ft_sd_register_call, .check = rt_ft_sd_register_check},
};
const int rt_functools_nkinds = FT_KIND_COUNT;

#define ft_cache rt_ft_cache
#define ft_lru_cache rt_ft_lru_cache
#define ft_total_ordering rt_ft_total_ordering
#define ft_cached_property rt_ft_cached_property
#define ft_singledispatch rt_ft_singledispatch

const RtModImpl rt_mod_functools_impls[] = {
#define IMPL(name, kind, arity, min, max, fn) fn,
    PITH_FUNCTOOLS_NAMES(IMPL)
#undef IMPL
};
