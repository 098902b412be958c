/* rt_modules.c — module values and module function values, and rt_import, the one entry point generated code
 * uses to bind an import (IR_IMPORT). Both types are immutable and refer to the module table only by ids
 * (pith_modules.h), so a snapshot stores two small numbers and a forged one is refused on load.
 * Stage: runtime, part modules/. */
#include "rt_modules.h"

#include <stdio.h>
#include <string.h>

#include "rt_exec.h"
#include "rt_modobj.h"
#include "rt_snap_codec.h"
#include "rt_type.h"

/* Each module's implementations, by PITH_MOD_* (NULL: a module whose names bind nothing, like typing). */
static const RtModImpl *const impls[PITH_MOD_COUNT] = {
    [PITH_MOD_TYPING] = rt_mod_typing_impls,
    [PITH_MOD_MATH] = rt_mod_math_impls,
    [PITH_MOD_DATACLASSES] = rt_mod_dataclasses_impls,
    [PITH_MOD_ENUM] = rt_mod_enum_impls,
    [PITH_MOD_JSON] = rt_mod_json_impls,
    [PITH_MOD_COLLECTIONS] = rt_mod_collections_impls,
    [PITH_MOD_HEAPQ] = rt_mod_heapq_impls,
    [PITH_MOD_BISECT] = rt_mod_bisect_impls,
    [PITH_MOD_COPY] = rt_mod_copy_impls,
    [PITH_MOD_ITERTOOLS] = rt_mod_itertools_impls,
    [PITH_MOD_FUNCTOOLS] = rt_mod_functools_impls,
    [PITH_MOD_OPERATOR] = rt_mod_operator_impls,
    [PITH_MOD_ASYNCIO] = rt_mod_asyncio_impls,
    [PITH_MOD_RE] = rt_mod_re_impls,
};

/* How a state machine calls each module's functions (modfn_sm_call); NULL: the function consumes its iterable
 * arguments whole and runs no Python per item (math.fsum), so an argument that may wait is collected first. */
static const RtModSmCall sm_calls[PITH_MOD_COUNT] = {
    [PITH_MOD_ITERTOOLS] = rt_mod_itertools_sm_call,
    [PITH_MOD_FUNCTOOLS] = rt_mod_functools_sm_call,
    [PITH_MOD_OPERATOR] = rt_mod_sm_at_once,
    [PITH_MOD_ASYNCIO] = rt_mod_asyncio_sm_call,
};

static int row_valid(int mod, int name, PithModNameKind kind) {
    return mod >= 0 && mod < PITH_MOD_COUNT && name >= 0 && name < pith_modules[mod].nnames && impls[mod] &&
           pith_modules[mod].names[name].kind == kind && impls[mod][name];
}

/* A row a module function value may stand for: a function or a class. */
static int callable_row(int mod, int name) {
    return row_valid(mod, name, PITH_MN_FUNC) || row_valid(mod, name, PITH_MN_CLASS);
}

static int is_class(const RtModFn *f) { return pith_modules[f->mod].names[f->name].kind == PITH_MN_CLASS; }

/* The module object of mod: one per execution, as CPython keeps one per interpreter (`import math as m`
 * makes `m is math`); a snapshot's module records load as this object again. */
static PV module_new(PCtx *c, int mod) {
    RtCtx *x = RT_CTX(c);
    if (!x->modules[mod]) {
        RtModule *m = (RtModule *)rt_obj_new(c, RT_T_MODULE, sizeof(RtModule));
        if (!m) return PV_NULL;
        m->mod = mod;
        x->modules[mod] = (PV)m;
    }
    pv_incref(x->modules[mod]);
    return x->modules[mod];
}

static PV modfn_new(PCtx *c, int mod, int name) {
    RtModFn *f = (RtModFn *)rt_obj_new(c, RT_T_MODFN, sizeof(RtModFn));
    if (!f) return PV_NULL;
    f->mod = mod;
    f->name = name;
    return (PV)f;
}

/* What `name` of module mod is at run time: a function value or a constant's value. */
static PV name_value(PCtx *c, int mod, int name) {
    if (callable_row(mod, name)) return modfn_new(c, mod, name);
    if (row_valid(mod, name, PITH_MN_CONST)) return impls[mod][name](c, NULL, 0, PV_NULL);
    rt_err(c, PITH_B_IMPORTERROR, "cannot import name %d of module %d", name, mod);
    return PV_NULL;
}

PV rt_import(PCtx *c, int mod, int name) {
    if (mod < 0 || mod >= PITH_MOD_COUNT) {
        rt_err(c, PITH_B_MODULENOTFOUNDERROR, "no module number %d", mod);
        return PV_NULL;
    }
    return name < 0 ? module_new(c, mod) : name_value(c, mod, name);
}

int rt_mod_bind(PCtx *c, const char *fn, int python, const char *const *names, int nnames, int npar, int nreq, PV *args,
                int npos, PV kwnames, PV *out) {
    for (int i = 0; i < nnames; i++) out[i] = i < npos && i < npar ? args[i] : PV_NULL;
    if (npos > npar) {
        const char *were = npos == 1 ? "was" : "were";
        if (!python)
            rt_err(c, PITH_B_TYPEERROR, "%s() takes at most %d positional arguments (%d given)", fn, npar, npos);
        else if (nreq == npar)
            rt_err(c, PITH_B_TYPEERROR, "%s() takes %d positional argument%s but %d %s given", fn, npar,
                   npar == 1 ? "" : "s", npos, were);
        else
            rt_err(c, PITH_B_TYPEERROR, "%s() takes from %d to %d positional arguments but %d %s given", fn, nreq, npar,
                   npos, were);
        return -1;
    }
    for (pi64 k = 0; kwnames && k < ((RtTuple *)kwnames)->n; k++) {
        PV kn = ((RtTuple *)kwnames)->items[k];
        int at = -1;
        for (int i = 0; i < nnames; i++)
            if (rt_name_is(kn, names[i])) at = i;
        if (at < 0) {
            if (python)
                rt_err(c, PITH_B_TYPEERROR, "%s() got an unexpected keyword argument '%S'", fn, kn);
            else
                rt_err(c, PITH_B_TYPEERROR, "'%S' is an invalid keyword argument for %s()", kn, fn);
            return -1;
        }
        if (out[at]) {
            if (python)
                rt_err(c, PITH_B_TYPEERROR, "%s() got multiple values for argument '%s'", fn, names[at]);
            else
                rt_err(c, PITH_B_TYPEERROR, "argument for %s() given by name ('%s') and position (%d)", fn, names[at],
                       at + 1);
            return -1;
        }
        out[at] = args[npos + k];
    }
    for (int i = 0; i < nreq; i++)
        if (!out[i]) {
            if (python)
                rt_err(c, PITH_B_TYPEERROR, "%s() missing 1 required positional argument: '%s'", fn, names[i]);
            else
                rt_err(c, PITH_B_TYPEERROR, "%s() missing required argument '%s' (pos %d)", fn, names[i], i + 1);
            return -1;
        }
    return 0;
}

/* ---- the module type ---- */

static PV module_repr(PCtx *c, PV v) {
    char buf[96];
    snprintf(buf, sizeof buf, "<module '%s' (built-in)>", pith_modules[((RtModule *)v)->mod].name);
    return rt_str_cstr(c, buf);
}

/* math.sqrt, math.pi: only the table's names; anything else (math.__loader__ included) is CPython's
 * AttributeError, so nothing outside the table is reachable through a module. */
static int module_getattr(PCtx *c, PV o, PV name, PV *out) {
    int mod = ((RtModule *)o)->mod;
    int k = pith_module_name_index(mod, rt_strp(name)->data);
    PithModNameKind kind = k >= 0 ? pith_modules[mod].names[k].kind : PITH_MN_UNBOUND;
    if (k >= 0 && rt_name_is(name, pith_modules[mod].names[k].name) && /* no NUL inside the name */
        (kind == PITH_MN_FUNC || kind == PITH_MN_CONST || kind == PITH_MN_CLASS)) {
        *out = name_value(c, mod, k);
        return *out ? 1 : -1;
    }
    if (k >= 0 && rt_name_is(name, pith_modules[mod].names[k].name) && kind == PITH_MN_REFUSED) {
        rt_err(c, PITH_B_TYPEERROR, "%s.%S is not supported", pith_modules[mod].name, name);
        return -1;
    }
    rt_err(c, PITH_B_ATTRIBUTEERROR, "module '%s' has no attribute '%S'", pith_modules[mod].name, name);
    return -1;
}

static int module_dunder(PCtx *c, PV o, const char *name, PV *out) {
    if (strcmp(name, "__name__") != 0) return 0;
    *out = rt_str_cstr(c, pith_modules[((RtModule *)o)->mod].name);
    return *out ? 1 : -1;
}

/* A module's attributes are the table's: assigning one is refused as for a builtin object. */
static int module_setattr(PCtx *c, PV o, PV name, PV value) {
    (void)value;
    rt_err(c, PITH_B_ATTRIBUTEERROR, "cannot set '%S' of module '%s'", name, pith_modules[((RtModule *)o)->mod].name);
    return -1;
}

/* Payload: uv module id. */
static void module_snap_put(RtSnapW *w, PObj *o) { rt_snap_put_uv(w, (uint64_t)((RtModule *)o)->mod); }

static PV module_snap_make(RtSnapR *r, int type) {
    (void)type;
    uint64_t mod = rt_snap_get_uv(r);
    if (rt_snap_r_bad(r) || mod >= PITH_MOD_COUNT) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    return module_new(rt_snap_ctx(r), (int)mod);
}

static int module_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    int mod = ((RtModule *)o)->mod;
    return mod >= 0 && mod < PITH_MOD_COUNT ? 0 : -1;
}

const RtTypeDesc rt_module_type = {
    .name = "module",
    .cls = PITH_B_MODULE,
    .repr = module_repr,
    .getattr = module_getattr,
    .dunder = module_dunder,
    .setattr = module_setattr,
    .snap_tag = SNAP_O_MODULE,
    .snap_put = module_snap_put,
    .snap_make = module_snap_make,
    .snap_check = module_snap_check,
};

/* ---- the module function type ---- */

static const char *modfn_name(PV f) { return pith_modules[((RtModFn *)f)->mod].names[((RtModFn *)f)->name].name; }

static PV modfn_repr(PCtx *c, PV v) {
    char buf[96];
    if (is_class((RtModFn *)v))
        snprintf(buf, sizeof buf, "<class '%s.%s'>", pith_modules[((RtModFn *)v)->mod].name, modfn_name(v));
    else
        snprintf(buf, sizeof buf, "<built-in function %s>", modfn_name(v));
    return rt_str_cstr(c, buf);
}

static PV modfn_call(PCtx *c, PV f, PV *args, int nargs, PV kwnames) {
    const RtModFn *m = (const RtModFn *)f;
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0;
    char msg[160];
    if (pith_modfn_arity_error(m->mod, m->name, nargs - nkw, nkw, msg, sizeof msg)) {
        rt_err(c, PITH_B_TYPEERROR, "%s", msg);
        return PV_NULL;
    }
    return impls[m->mod][m->name](c, args, nargs - nkw, kwnames);
}

int rt_mod_sm_at_once(PCtx *c, PFrame *caller, PV f, PV *args, int nargs, PV kwnames) {
    return rt_mod_deliver(c, caller, modfn_call(c, f, args, nargs, kwnames));
}

/* Each module's state-machine calls (RtModSmImpl), by PITH_MOD_*: NULL for a module without callbacks. */
static const RtModSmImpl *const sm_impls[PITH_MOD_COUNT] = {
    [PITH_MOD_HEAPQ] = rt_mod_heapq_sm,
    [PITH_MOD_BISECT] = rt_mod_bisect_sm,
    [PITH_MOD_JSON] = rt_mod_json_sm,
    [PITH_MOD_RE] = rt_mod_re_sm_impls,
};

/* From state-machine code: the module's own dispatch when it has one (sm_calls), else the function's own natives
 * when a callback of it may wait (sm_impls), else the ordinary call, an iterable argument that may wait collected
 * first. */
static int modfn_sm_call(PCtx *c, PFrame *caller, PV f, PV *args, int nargs, PV kwnames) {
    const RtModFn *m = (const RtModFn *)f;
    if (sm_calls[m->mod]) return sm_calls[m->mod](c, caller, f, args, nargs, kwnames); /* the module decides */
    RtModSmImpl sm = sm_impls[m->mod] ? sm_impls[m->mod][m->name] : NULL;
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0;
    if (sm && nargs >= nkw) {
        char msg[160];
        if (pith_modfn_arity_error(m->mod, m->name, nargs - nkw, nkw, msg, sizeof msg)) {
            rt_err(c, PITH_B_TYPEERROR, "%s", msg);
            return PITH_STEP_ERR;
        }
        int rc = sm(c, caller, args, nargs - nkw, kwnames);
        if (rc != RT_SM_DECLINED) return rc;
    }
    return rt_sm_call_collecting(c, caller, f, args, nargs, kwnames);
}

/* chain.from_iterable: a row "chain.from_iterable" is the attribute of the row "chain". */
static int modfn_getattr(PCtx *c, PV o, PV name, PV *out) {
    const RtModFn *m = (const RtModFn *)o;
    int k = pith_module_attr_index(m->mod, m->name, rt_strp(name)->data);
    if ((k < 0 || !callable_row(m->mod, k)) && is_class(m) && rt_strp(name)->data[0] != '_') {
        rt_err(c, PITH_B_ATTRIBUTEERROR, "type object '%s.%s' has no attribute '%S'", pith_modules[m->mod].name,
               modfn_name(o), name);
        return -1;
    }
    if (k < 0 || !callable_row(m->mod, k)) return 0;
    *out = modfn_new(c, m->mod, k);
    return *out ? 1 : -1;
}

/* isinstance(v, itertools.count): v's class is that row (the module objects' type_of) */
static int modfn_instancecheck(PCtx *c, PV cls, PV v) {
    if (!is_class((RtModFn *)cls)) {
        rt_err(c, PITH_B_TYPEERROR, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    PV t = rt_type_of(c, v);
    if (!t) return -1;
    const RtModFn *a = (const RtModFn *)t, *b = (const RtModFn *)cls;
    int r = RT_IS(t, RT_T_MODFN) && a->mod == b->mod && a->name == b->name;
    pv_decref(c, t);
    return r;
}

/* "math.sqrt()": how argument errors name a module function. */
static PV modfn_call_name(PCtx *c, PV f) {
    char buf[96];
    snprintf(buf, sizeof buf, "%s.%s()", pith_modules[((RtModFn *)f)->mod].name, modfn_name(f));
    return rt_str_cstr(c, buf);
}

static int modfn_dunder(PCtx *c, PV v, const char *name, PV *out) {
    if (strcmp(name, "__name__") != 0 && strcmp(name, "__qualname__") != 0) return 0;
    *out = rt_str_cstr(c, modfn_name(v));
    return *out ? 1 : -1;
}

static int modfn_eq(PCtx *c, PV a, PV b) {
    (void)c;
    const RtModFn *x = (const RtModFn *)a, *y = (const RtModFn *)b;
    return x->mod == y->mod && x->name == y->name;
}

static int modfn_hash(PCtx *c, PV v, pu64 *out) {
    (void)c;
    *out = ((pu64)((RtModFn *)v)->mod << 32) ^ (pu64)((RtModFn *)v)->name ^ 0x66756e63ull;
    return 0;
}

/* Payload: uv module id, uv name row (a function of that module). */
static void modfn_snap_put(RtSnapW *w, PObj *o) {
    rt_snap_put_uv(w, (uint64_t)((RtModFn *)o)->mod);
    rt_snap_put_uv(w, (uint64_t)((RtModFn *)o)->name);
}

static PV modfn_snap_make(RtSnapR *r, int type) {
    (void)type;
    uint64_t mod = rt_snap_get_uv(r), name = rt_snap_get_uv(r);
    if (rt_snap_r_bad(r) || mod >= PITH_MOD_COUNT || name >= (uint64_t)pith_modules[mod].nnames ||
        !callable_row((int)mod, (int)name)) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    return modfn_new(rt_snap_ctx(r), (int)mod, (int)name);
}

static int modfn_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    return callable_row(((RtModFn *)o)->mod, ((RtModFn *)o)->name) ? 0 : -1;
}

const RtTypeDesc rt_modfn_type = {
    .name = "builtin_function_or_method",
    .cls = PITH_B_BUILTIN_FUNCTION,
    .repr = modfn_repr,
    .hash = modfn_hash,
    .eq = modfn_eq,
    .call = modfn_call,
    .sm_call = modfn_sm_call,
    .call_name = modfn_call_name,
    .instancecheck = modfn_instancecheck,
    .getattr = modfn_getattr,
    .dunder = modfn_dunder,
    .snap_tag = SNAP_O_MODFN,
    .snap_put = modfn_snap_put,
    .snap_make = modfn_snap_make,
    .snap_check = modfn_snap_check,
};
