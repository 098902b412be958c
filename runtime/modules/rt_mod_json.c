/* rt_mod_json.c — the run-time side of `json` (CPython 3.11's Lib/json/__init__.py): dumps() and loads() read
 * their arguments as CPython's signatures do, with its errors, and hand the work to the encoder and decoder of
 * runtime/values/rt_json.h. json.JSONDecodeError is the module exception row PITH_B_JSONDECODEERROR
 * (pith_builtins.h). Called from a state machine, dumps() whose default= may wait on the host, and loads() one
 * of whose hooks may, run as native frames (runtime/exec/rt_native_json.c), so those callbacks may call the
 * host like any function.
 * Stage: runtime, part modules/. */
#include <string.h>

#include "pith_mod_json.h"
#include "rt_exec.h"
#include "rt_json.h"
#include "rt_modules.h"
#include "rt_svc.h"

#define M_ARGS PCtx *c, PV *a, int n, PV kw

static PV j_decode_error(M_ARGS) {
    (void)a, (void)n, (void)kw;
    return rt_builtin(c, PITH_B_JSONDECODEERROR);
}

/* f(first, *, names...) of Python: the one positional-or-keyword parameter `first` into *arg, the keyword
 * parameters into v[] by names[] (PV_NULL: not given). A keyword no name matches is CPython's error of the
 * class the function passes **kw to (`cls_init`). 0, or -1 with the TypeError. */
static int parse(PCtx *c, const char *fn, const char *first, PV *a, int n, PV kw, const char *const *names, PV *v,
                 int nnames, const char *cls_init, PV *arg) {
    int nkw = kw ? (int)((RtTuple *)kw)->n : 0;
    if (n > 1) {
        rt_err(c, PITH_B_TYPEERROR, "%s() takes 1 positional argument but %d were given", fn, n);
        return -1;
    }
    *arg = n ? a[0] : PV_NULL;
    for (int i = 0; i < nnames; i++) v[i] = PV_NULL;
    for (int i = 0; i < nkw; i++) {
        PV name = ((RtTuple *)kw)->items[i];
        if (rt_name_is(name, first)) {
            if (*arg) {
                rt_err(c, PITH_B_TYPEERROR, "%s() got multiple values for argument '%s'", fn, first);
                return -1;
            }
            *arg = a[n + i];
            continue;
        }
        int k = 0;
        while (k < nnames && !rt_name_is(name, names[k])) k++;
        if (k == nnames) {
            rt_err(c, PITH_B_TYPEERROR, "%s() got an unexpected keyword argument '%S'", cls_init, name);
            return -1;
        }
        v[k] = a[n + i];
    }
    if (!*arg) {
        rt_err(c, PITH_B_TYPEERROR, "%s() missing 1 required positional argument: '%s'", fn, first);
        return -1;
    }
    return 0;
}

/* The truth of an optional flag argument (absent: dflt). */
static int flag(PCtx *c, PV v, int dflt) { return v ? rt_truth(c, v) : dflt; }

enum {
    D_SKIPKEYS,
    D_ENSURE_ASCII,
    D_CHECK_CIRCULAR,
    D_ALLOW_NAN,
    D_CLS,
    D_INDENT,
    D_SEPARATORS,
    D_DEFAULT,
    D_SORT_KEYS,
    D_COUNT
};

/* dumps()'s arguments as JSONEncoder reads them. Owns *hold (the indent and separator strs made here): release
 * it after use. */
static int dumps_args(PCtx *c, PV *a, int n, PV kw, PV *obj, RtJsonOpts *o, PV hold[3]) {
    static const char *const names[D_COUNT] = {"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls",
                                               "indent",   "separators",   "default",        "sort_keys"};
    PV v[D_COUNT];
    hold[0] = hold[1] = hold[2] = PV_NULL;
    if (parse(c, "dumps", "obj", a, n, kw, names, v, D_COUNT, "JSONEncoder.__init__", obj) < 0) return -1;
    if (v[D_CLS] && v[D_CLS] != PV_NONE) {
        rt_err(c, PITH_B_TYPEERROR, "json.dumps(cls=...) is not supported: there is no JSONEncoder to subclass");
        return -1;
    }
    memset(o, 0, sizeof *o);
    if ((o->skipkeys = flag(c, v[D_SKIPKEYS], 0)) < 0 || (o->ensure_ascii = flag(c, v[D_ENSURE_ASCII], 1)) < 0 ||
        (o->check_circular = flag(c, v[D_CHECK_CIRCULAR], 1)) < 0 || (o->allow_nan = flag(c, v[D_ALLOW_NAN], 1)) < 0 ||
        (o->sort_keys = flag(c, v[D_SORT_KEYS], 0)) < 0)
        return -1;
    PV indent = v[D_INDENT] && v[D_INDENT] != PV_NONE ? v[D_INDENT] : PV_NULL;
    if (indent && !RT_IS(indent, RT_T_STR)) { /* ' ' * indent, with str's errors for anything else */
        PV space = rt_str_cstr(c, " ");
        indent = space ? rt_binop(c, PITH_OP_MUL, space, indent) : PV_NULL;
        pv_xdecref(c, space);
        if (!indent) return -1;
        hold[0] = indent;
    }
    o->indent = indent;
    o->dflt = v[D_DEFAULT] && v[D_DEFAULT] != PV_NONE ? v[D_DEFAULT] : PV_NULL;
    PV sep = v[D_SEPARATORS] && v[D_SEPARATORS] != PV_NONE ? v[D_SEPARATORS] : PV_NULL;
    if (sep) { /* item_separator, key_separator = separators */
        if (!RT_IS(sep, RT_T_TUPLE) && !RT_IS(sep, RT_T_LIST)) {
            rt_err(c, PITH_B_TYPEERROR, "cannot unpack non-iterable %s object", rt_type_name(sep));
            return -1;
        }
        pi64 k;
        PV *items = rt_seq_items(sep, &k);
        if (k != 2) {
            if (k > 2)
                rt_err(c, PITH_B_VALUEERROR, "too many values to unpack (expected 2)");
            else
                rt_err(c, PITH_B_VALUEERROR, "not enough values to unpack (expected 2, got %lld)", (long long)k);
            return -1;
        }
        for (int i = 1; i >= 0; i--) /* make_encoder reads key_separator (argument 5) first */
            if (!RT_IS(items[i], RT_T_STR)) {
                rt_err(c, PITH_B_TYPEERROR, "make_encoder() argument %d must be str, not %s", 6 - i,
                       rt_type_name(items[i]));
                return -1;
            }
        o->item_sep = items[0];
        o->key_sep = items[1];
        return 0;
    }
    o->item_sep = hold[1] = rt_str_cstr(c, indent ? "," : ", ");
    o->key_sep = hold[2] = rt_str_cstr(c, ": ");
    return hold[1] && hold[2] ? 0 : -1;
}

static void release(PCtx *c, PV hold[3]) {
    for (int i = 0; i < 3; i++) pv_xdecref(c, hold[i]);
}

static PV j_dumps(M_ARGS) {
    PV obj, hold[3];
    RtJsonOpts o;
    PV r = dumps_args(c, a, n, kw, &obj, &o, hold) < 0 ? PV_NULL : rt_json_dumps(c, obj, &o);
    release(c, hold);
    return r;
}

/* From a state machine: a default= that may wait runs in a native frame. */
static int j_dumps_sm(PCtx *c, PFrame *caller, PV *a, int n, PV kw) {
    PV obj, hold[3];
    RtJsonOpts o;
    int rc;
    if (dumps_args(c, a, n, kw, &obj, &o, hold) < 0)
        rc = PITH_STEP_ERR;
    else if (o.dflt && rt_call_waits(o.dflt))
        rc = rt_sm_json_dumps(c, caller, obj, &o);
    else
        rc = rt_sm_deliver(c, caller, rt_json_dumps(c, obj, &o));
    release(c, hold);
    return rc;
}

enum { L_CLS, L_OBJECT_HOOK, L_PARSE_FLOAT, L_PARSE_INT, L_PARSE_CONSTANT, L_OBJECT_PAIRS_HOOK, L_STRICT, L_COUNT };

/* loads()'s arguments as json.loads and JSONDecoder read them. */
static int loads_args(PCtx *c, PV *a, int n, PV kw, PV *s, RtJsonDecOpts *o) {
    static const char *const names[L_COUNT] = {
        "cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook", "strict"};
    PV v[L_COUNT];
    if (parse(c, "loads", "s", a, n, kw, names, v, L_COUNT, "JSONDecoder.__init__", s) < 0) return -1;
    if (v[L_CLS] && v[L_CLS] != PV_NONE) {
        rt_err(c, PITH_B_TYPEERROR, "json.loads(cls=...) is not supported: there is no JSONDecoder to subclass");
        return -1;
    }
    PV *hooks[] = {&o->object_hook, &o->parse_float, &o->parse_int, &o->parse_constant, &o->object_pairs_hook};
    for (int i = 0; i < 5; i++) {
        PV h = v[L_OBJECT_HOOK + i];
        *hooks[i] = h && h != PV_NONE ? h : PV_NULL;
    }
    o->raw = 0;
    return (o->strict = flag(c, v[L_STRICT], 1)) < 0 ? -1 : 0;
}

static PV j_loads(M_ARGS) {
    PV s;
    RtJsonDecOpts o;
    return loads_args(c, a, n, kw, &s, &o) < 0 ? PV_NULL : rt_json_loads(c, s, &o);
}

/* From a state machine: hooks of which one may wait are applied by a native frame, after the scan. */
static int j_loads_sm(PCtx *c, PFrame *caller, PV *a, int n, PV kw) {
    PV s;
    RtJsonDecOpts o;
    if (loads_args(c, a, n, kw, &s, &o) < 0) return PITH_STEP_ERR;
    PV hooks[] = {o.object_hook, o.parse_float, o.parse_int, o.parse_constant, o.object_pairs_hook};
    for (int i = 0; i < 5; i++)
        if (hooks[i] && rt_call_waits(hooks[i])) return rt_sm_json_loads(c, caller, s, &o);
    return rt_sm_deliver(c, caller, rt_json_loads(c, s, &o));
}

const RtModImpl rt_mod_json_impls[] = {
#define JSON_IMPL(name, kind, arity, min, max, fn) fn,
    PITH_JSON_NAMES(JSON_IMPL)
#undef JSON_IMPL
};

/* The functions that run differently from a state machine, by name row (the others are called as from C). */
#define j_decode_error_sm NULL /* a class, called as from C */
const RtModSmImpl rt_mod_json_sm[] = {
#define JSON_SM(name, kind, arity, min, max, fn) fn##_sm,
    PITH_JSON_NAMES(JSON_SM)
#undef JSON_SM
};
