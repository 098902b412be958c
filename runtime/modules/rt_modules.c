/* rt_modules.c — module values and module function values, and rt_import, the one entry point generated code
 * uses to bind an import (IR_IMPORT). Both types are immutable and refer to the module table only by ids
 * (pith_modules.h), so a snapshot stores two small numbers and a forged one is refused on load.
 * Stage: runtime, part modules/. */
#include "rt_modules.h"

#include <stdio.h>
#include <string.h>

#include "rt_snap_codec.h"
#include "rt_type.h"

/* Each module's implementations, by PITH_MOD_* (NULL: a module whose names bind nothing, like typing). */
static const RtModImpl *const impls[PITH_MOD_COUNT] = {
    [PITH_MOD_MATH] = rt_mod_math_impls,
    [PITH_MOD_RE] = rt_mod_re_impls,
};

/* Their state-machine entries, for the functions that call back into Python (NULL: none). */
static const RtModSmImpl *const sm_impls[PITH_MOD_COUNT] = {
    [PITH_MOD_RE] = rt_mod_re_sm_impls,
};

static int row_valid(int mod, int name, PithModNameKind kind) {
    return mod >= 0 && mod < PITH_MOD_COUNT && name >= 0 && name < pith_modules[mod].nnames && impls[mod] &&
           pith_modules[mod].names[name].kind == kind && impls[mod][name];
}

static PV module_new(PCtx *c, int mod) {
    RtModule *m = (RtModule *)rt_obj_new(c, RT_T_MODULE, sizeof(RtModule));
    if (!m) return PV_NULL;
    m->mod = mod;
    return (PV)m;
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
    if (row_valid(mod, name, PITH_MN_FUNC)) return modfn_new(c, mod, name);
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
    if (k >= 0 && rt_name_is(name, pith_modules[mod].names[k].name) && /* no NUL inside the name */
        pith_modules[mod].names[k].kind != PITH_MN_UNBOUND) {
        *out = name_value(c, mod, k);
        return *out ? 1 : -1;
    }
    rt_err(c, PITH_B_ATTRIBUTEERROR, "module '%s' has no attribute '%S'", pith_modules[mod].name, name);
    return -1;
}

static int module_dunder(PCtx *c, PV o, const char *name, PV *out) {
    if (strcmp(name, "__name__") != 0) return 0;
    *out = rt_str_cstr(c, pith_modules[((RtModule *)o)->mod].name);
    return *out ? 1 : -1;
}

static int modfn_sm_call(PCtx *c, PFrame *caller, PV f, PV name, PV *args, int nargs, PV kwnames);

/* m.f(...) from state-machine code: a function with a state-machine entry (re.sub) is called through it. */
static int module_sm_call(PCtx *c, PFrame *caller, PV o, PV name, PV *args, int nargs, PV kwnames) {
    int mod = ((RtModule *)o)->mod;
    int k = name ? pith_module_name_index(mod, rt_strp(name)->data) : -1;
    if (k < 0 || !sm_impls[mod] || !sm_impls[mod][k] || !rt_name_is(name, pith_modules[mod].names[k].name))
        return RT_SM_DECLINED;
    PV f = modfn_new(c, mod, k);
    if (!f) return PITH_STEP_ERR;
    int rc = modfn_sm_call(c, caller, f, PV_NULL, args, nargs, kwnames);
    pv_decref(c, f);
    return rc;
}

/* A module's attributes are the table's: assigning one is refused as for a builtin object. */
static int module_setattr(PCtx *c, PV o, PV name, PV value) {
    (void)value;
    rt_err(c, PITH_B_ATTRIBUTEERROR, "cannot set '%S' of module '%s'", name, pith_modules[((RtModule *)o)->mod].name);
    return -1;
}

/* Each `import math` makes a value: they are equal, as the one module object of CPython is to itself. */
static int module_eq(PCtx *c, PV a, PV b) {
    (void)c;
    return ((RtModule *)a)->mod == ((RtModule *)b)->mod;
}

static int module_hash(PCtx *c, PV v, pu64 *out) {
    (void)c;
    *out = 0x6d6f64756c65ull ^ (pu64)((RtModule *)v)->mod;
    return 0;
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
    .hash = module_hash,
    .eq = module_eq,
    .getattr = module_getattr,
    .dunder = module_dunder,
    .setattr = module_setattr,
    .sm_call = module_sm_call,
    .snap_tag = SNAP_O_MODULE,
    .snap_put = module_snap_put,
    .snap_make = module_snap_make,
    .snap_check = module_snap_check,
};

/* ---- the module function type ---- */

static const char *modfn_name(PV f) { return pith_modules[((RtModFn *)f)->mod].names[((RtModFn *)f)->name].name; }

static PV modfn_repr(PCtx *c, PV v) {
    char buf[96];
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

/* From state-machine code: the module function's own entry when it has one (re.sub with a function). */
static int modfn_sm_call(PCtx *c, PFrame *caller, PV f, PV name, PV *args, int nargs, PV kwnames) {
    const RtModFn *m = (const RtModFn *)f;
    if (name || !sm_impls[m->mod] || !sm_impls[m->mod][m->name]) return RT_SM_DECLINED;
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0;
    char msg[160];
    if (pith_modfn_arity_error(m->mod, m->name, nargs - nkw, nkw, msg, sizeof msg)) return RT_SM_DECLINED;
    return sm_impls[m->mod][m->name](c, caller, args, nargs - nkw, kwnames);
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
        !row_valid((int)mod, (int)name, PITH_MN_FUNC)) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    return modfn_new(rt_snap_ctx(r), (int)mod, (int)name);
}

static int modfn_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    return row_valid(((RtModFn *)o)->mod, ((RtModFn *)o)->name, PITH_MN_FUNC) ? 0 : -1;
}

const RtTypeDesc rt_modfn_type = {
    .name = "builtin_function_or_method",
    .flags = RT_TF_COLLECTS_ARGS, /* fsum, prod, dist consume their iterables and call no Python per item */
    .cls = PITH_B_BUILTIN_FUNCTION,
    .repr = modfn_repr,
    .hash = modfn_hash,
    .eq = modfn_eq,
    .call = modfn_call,
    .sm_call = modfn_sm_call,
    .call_name = modfn_call_name,
    .dunder = modfn_dunder,
    .snap_tag = SNAP_O_MODFN,
    .snap_put = modfn_snap_put,
    .snap_make = modfn_snap_make,
    .snap_check = modfn_snap_check,
};
