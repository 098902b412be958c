/* rt_modobj.c — the RT_T_MODOBJ type (rt_modobj.h): the one descriptor every module object shares, which hands
 * each hook to the object's kind; the C driver of a kind's steps; and the argument binding module functions
 * share, in CPython's Argument Clinic words. Stage: runtime, part modules/. */
#include "rt_modobj.h"

#include <stdio.h>
#include <string.h>

#include "rt_exec.h"
#include "rt_snap_codec.h"
#include "rt_svc.h"
#include "rt_type.h"

/* Each module's kinds, by PITH_MOD_* (none: a module that makes no objects). */
static const struct {
    const RtModKind *kinds;
    const int *n;
} tables[PITH_MOD_COUNT] = {
    [PITH_MOD_ITERTOOLS] = {rt_itertools_kinds, &rt_itertools_nkinds},
    [PITH_MOD_FUNCTOOLS] = {rt_functools_kinds, &rt_functools_nkinds},
    [PITH_MOD_OPERATOR] = {rt_operator_kinds, &rt_operator_nkinds},
};

static const RtModKind *kind_at(int mod, int kind) {
    if (mod < 0 || mod >= PITH_MOD_COUNT || !tables[mod].kinds || kind < 0 || kind >= *tables[mod].n) return NULL;
    return &tables[mod].kinds[kind];
}

const RtModKind *rt_modobj_kind(PV v) { return kind_at(MO(v)->mod, MO(v)->kind); }

PV rt_modobj_new(PCtx *c, int mod, int kind) {
    RtModObj *o = (RtModObj *)rt_obj_new(c, RT_T_MODOBJ, sizeof(RtModObj));
    if (!o) return PV_NULL;
    o->mod = mod;
    o->kind = kind;
    memset(o->n, 0, sizeof o->n);
    memset(o->s, 0, sizeof o->s);
    return (PV)o;
}

int rt_modobj_is(PV v, int mod, int kind) {
    return v && RT_IS(v, RT_T_MODOBJ) && MO(v)->mod == mod && MO(v)->kind == kind;
}

void rt_modobj_put(PCtx *c, PV *slot, PV v_steal) {
    PV old = *slot;
    *slot = v_steal;
    pv_xdecref(c, old);
}

/* ---- steps ---- */

int rt_step_advance(RtStep *s, PV it, int state) {
    pv_incref(it);
    s->op_fn = it;
    s->state = state;
    return RT_STEP_ADVANCE;
}

int rt_step_call(PCtx *c, RtStep *s, int state, PV fn, PV *args, int n) {
    PV t = rt_tuple_new(c, n);
    if (!t) return RT_STEP_ERR;
    for (int i = 0; i < n; i++) pv_incref(args[i]), ((RtTuple *)t)->items[i] = args[i];
    pv_incref(fn);
    s->op_fn = fn;
    s->op_args = t;
    s->op_kw = PV_NULL;
    s->state = state;
    return RT_STEP_CALL;
}

int rt_step_call_tuple(PCtx *c, RtStep *s, int state, PV fn, PV args_tuple, PV kwnames) {
    (void)c;
    pv_incref(fn);
    pv_incref(args_tuple);
    if (kwnames) pv_incref(kwnames);
    s->op_fn = fn;
    s->op_args = args_tuple;
    s->op_kw = kwnames;
    s->state = state;
    return RT_STEP_CALL;
}

int rt_step_item(RtStep *s, PV v_steal) {
    s->val = v_steal;
    return v_steal ? RT_STEP_ITEM : RT_STEP_ERR;
}

int rt_modobj_run(PCtx *c, PV v, PV held_steal, PV *out) {
    const RtModKind *k = rt_modobj_kind(v);
    if (c->depth + 1 > c->max_depth || pv_stack_low(c)) {
        pv_xdecref(c, held_steal);
        rt_err_recursion(c);
        return -1;
    }
    c->depth++;
    pv_incref(v); /* the Python it calls may drop every other reference to v */
    RtStep s = {.held = held_steal};
    int r;
    for (;;) {
        int rc = rt_svc_tick(c) < 0 ? RT_STEP_ERR : k->step(c, v, &s);
        if (rc == RT_STEP_ITEM) {
            *out = s.val;
            r = 1;
            break;
        }
        if (rc == RT_STEP_STOP || rc == RT_STEP_ERR) {
            r = rc == RT_STEP_STOP ? 0 : -1;
            break;
        }
        if (rc == RT_STEP_ADVANCE) {
            s.got = rt_next(c, s.op_fn, &s.val);
            if (s.got != 1) s.val = PV_NULL;
        } else {
            RtTuple *a = (RtTuple *)s.op_args;
            s.val = rt_call_value(c, s.op_fn, a->items, (int)a->n, s.op_kw);
            s.got = s.val ? 1 : -1;
            pv_decref(c, s.op_args);
            pv_xdecref(c, s.op_kw);
            s.op_args = s.op_kw = PV_NULL;
        }
        pv_decref(c, s.op_fn);
        s.op_fn = PV_NULL;
    }
    pv_xdecref(c, s.held);
    pv_decref(c, v);
    c->depth--;
    return r;
}

/* ---- arguments ---- */

int rt_mod_no_kw(PCtx *c, const char *fname, PV kwnames) {
    if (!kwnames || ((RtTuple *)kwnames)->n == 0) return 0;
    rt_err(c, PITH_B_TYPEERROR, "%s() takes no keyword arguments", fname);
    return -1;
}

int rt_mod_args(PCtx *c, const char *fname, PV *args, int npos, PV kwnames, const char *const *names, int nparams,
                int required, int maxpos, PV *out) {
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0;
    for (int i = 0; i < nparams; i++) out[i] = PV_NULL;
    if (npos + nkw > nparams) {
        rt_err(c, PITH_B_TYPEERROR, "%s() takes at most %d %sargument%s (%d given)", fname, nparams,
               npos == 0 ? "keyword " : "", nparams == 1 ? "" : "s", npos + nkw);
        return -1;
    }
    if (npos > maxpos) {
        if (maxpos == 0)
            rt_err(c, PITH_B_TYPEERROR, "%s() takes no positional arguments", fname);
        else
            rt_err(c, PITH_B_TYPEERROR, "%s() takes %s %d positional argument%s (%d given)", fname,
                   required < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", npos);
        return -1;
    }
    for (int i = 0; i < npos; i++) out[i] = args[i];
    for (int j = 0; j < nkw; j++) {
        PV name = ((RtTuple *)kwnames)->items[j];
        int i = 0;
        while (i < nparams && !rt_name_is(name, names[i])) i++;
        if (i == nparams) {
            rt_err(c, PITH_B_TYPEERROR, "'%S' is an invalid keyword argument for %s()", name, fname);
            return -1;
        }
        if (out[i]) {
            rt_err(c, PITH_B_TYPEERROR, "argument for %s() given by name ('%s') and position (%d)", fname, names[i],
                   i + 1);
            return -1;
        }
        out[i] = args[npos + j];
    }
    for (int i = 0; i < required; i++)
        if (!out[i]) {
            if (i < maxpos)
                rt_err(c, PITH_B_TYPEERROR, "%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
            else
                rt_err(c, PITH_B_TYPEERROR, "%s() missing required keyword-only argument '%s'", fname, names[i]);
            return -1;
        }
    return 0;
}

int rt_mod_deliver(PCtx *c, PFrame *caller, PV r) {
    if (!r) return PITH_STEP_ERR;
    pv_xdecref(c, caller->callret);
    caller->callret = r;
    return PITH_STEP_CONT;
}

/* ---- the type: each hook asks the kind ---- */

static const char *mo_type_name(PV v) { return rt_modobj_kind(v)->name; }

static int mo_class_of(PV v);

static PV mo_type_of(PCtx *c, PV v) {
    const RtModKind *k = rt_modobj_kind(v);
    int row = k->row ? pith_module_name_index(MO(v)->mod, k->row) : -1;
    return row >= 0 ? rt_import(c, MO(v)->mod, row) : rt_builtin(c, mo_class_of(v));
}

static int mo_class_of(PV v) { return rt_modobj_kind(v)->cls ? rt_modobj_kind(v)->cls : PITH_B_OBJECT; }

static PV mo_repr(PCtx *c, PV v) {
    const RtModKind *k = rt_modobj_kind(v);
    if (k->repr) return k->repr(c, v);
    char buf[160];
    snprintf(buf, sizeof buf, "<%s object at 0x%llx>", k->name, (unsigned long long)rt_identity(c, v));
    return rt_str_cstr(c, buf);
}

static int is_iterator(const RtModKind *k) { return k->step && !k->calls; }

static PV mo_iter(PCtx *c, PV v) {
    if (is_iterator(rt_modobj_kind(v))) return rt_iter_self(c, v);
    rt_err(c, PITH_B_TYPEERROR, "'%s' object is not iterable", rt_modobj_kind(v)->name);
    return PV_NULL;
}

static int mo_next(PCtx *c, PV v, PV *out) {
    if (is_iterator(rt_modobj_kind(v))) return rt_modobj_run(c, v, PV_NULL, out);
    rt_err(c, PITH_B_TYPEERROR, "'%s' object is not an iterator", rt_modobj_kind(v)->name);
    return -1;
}

/* `x in it` consumes an iterator up to the match, as for any iterator */
static int mo_contains(PCtx *c, PV v, PV item) {
    if (is_iterator(rt_modobj_kind(v))) return rt_contains_by_iter(c, v, item);
    rt_err(c, PITH_B_TYPEERROR, "argument of type '%s' is not iterable", rt_modobj_kind(v)->name);
    return -1;
}

/* A call's arguments as the work of a calling kind starts with them: (args tuple, kwnames or None). */
static PV call_held(PCtx *c, PV *args, int nargs, PV kwnames) {
    PV t = rt_tuple_new(c, nargs), h = t ? rt_tuple_new(c, 2) : PV_NULL;
    if (!h) {
        pv_xdecref(c, t);
        return PV_NULL;
    }
    for (int i = 0; i < nargs; i++) pv_incref(args[i]), ((RtTuple *)t)->items[i] = args[i];
    ((RtTuple *)h)->items[0] = t;
    ((RtTuple *)h)->items[1] = kwnames ? kwnames : PV_NONE;
    pv_incref(((RtTuple *)h)->items[1]);
    return h;
}

static PV mo_call(PCtx *c, PV f, PV *args, int nargs, PV kwnames) {
    const RtModKind *k = rt_modobj_kind(f);
    if (k->call) return k->call(c, f, args, nargs, kwnames);
    if (k->step && k->calls) {
        PV held = call_held(c, args, nargs, kwnames), out = PV_NULL;
        if (!held) return PV_NULL;
        int r = rt_modobj_run(c, f, held, &out);
        if (r == 0) rt_err(c, PITH_B_SYSTEMERROR, "a call ended without a result");
        return r == 1 ? out : PV_NULL;
    }
    rt_err(c, PITH_B_TYPEERROR, "'%s' object is not callable", k->name);
    return PV_NULL;
}

static int mo_waits(PV v) {
    const RtModKind *k = rt_modobj_kind(v);
    return k->waits && k->waits(v);
}

static int mo_sm_call(PCtx *c, PFrame *caller, PV f, PV *args, int nargs, PV kwnames) {
    const RtModKind *k = rt_modobj_kind(f);
    if (k->step && k->calls && !k->call && mo_waits(f)) {
        PV held = call_held(c, args, nargs, kwnames);
        return held ? rt_sm_push_step(c, caller, f, held) : PITH_STEP_ERR;
    }
    return rt_mod_deliver(c, caller, mo_call(c, f, args, nargs, kwnames));
}

static int mo_step(PCtx *c, PV self, RtStep *s) {
    const RtModKind *k = rt_modobj_kind(self);
    if (k->step) return k->step(c, self, s);
    rt_err(c, PITH_B_SYSTEMERROR, "corrupt native frame");
    return RT_STEP_ERR;
}

static int mo_getattr(PCtx *c, PV o, PV name, PV *out) {
    const RtModKind *k = rt_modobj_kind(o);
    return k->getattr ? k->getattr(c, o, name, out) : 0;
}

static int mo_dunder(PCtx *c, PV o, const char *name, PV *out) {
    const RtModKind *k = rt_modobj_kind(o);
    return k->dunder ? k->dunder(c, o, name, out) : 0;
}

static int mo_setattr(PCtx *c, PV o, PV name, PV value) {
    const RtModKind *k = rt_modobj_kind(o);
    return k->setattr ? k->setattr(c, o, name, value) : 0;
}

static int mo_compare(PCtx *c, int op, PV a, PV b, PV *out) {
    PV self = RT_IS(a, RT_T_MODOBJ) ? a : b;
    const RtModKind *k = rt_modobj_kind(self);
    return k->compare ? k->compare(c, op, a, b, out) : 0;
}

static int mo_hash(PCtx *c, PV v, pu64 *out) {
    const RtModKind *k = rt_modobj_kind(v);
    if (k->hash) return k->hash(c, v, out);
    *out = rt_identity_hash(v);
    return 0;
}

static PV mo_bind(PCtx *c, PV v, PV instance, PV name) {
    const RtModKind *k = rt_modobj_kind(v);
    if (k->bind) return k->bind(c, v, instance, name);
    pv_incref(v);
    return v;
}

static void mo_traverse(PObj *o, RtVisit visit, void *arg) {
    for (int i = 0; i < RT_MODOBJ_REFS; i++) visit(&((RtModObj *)o)->s[i], arg);
}

/* Payload: uv module, uv kind, the integers as sv; then the reference slots. */
static void mo_snap_put(RtSnapW *w, PObj *o) {
    RtModObj *m = (RtModObj *)o;
    rt_snap_put_uv(w, (uint64_t)m->mod);
    rt_snap_put_uv(w, (uint64_t)m->kind);
    for (int i = 0; i < RT_MODOBJ_INTS; i++) rt_snap_put_sv(w, m->n[i]);
}

static PV mo_snap_make(RtSnapR *r, int type) {
    (void)type;
    uint64_t mod = rt_snap_get_uv(r), kind = rt_snap_get_uv(r);
    pi64 n[RT_MODOBJ_INTS];
    for (int i = 0; i < RT_MODOBJ_INTS; i++) n[i] = rt_snap_get_sv(r);
    if (rt_snap_r_bad(r) || mod >= PITH_MOD_COUNT || kind > 1000 || !kind_at((int)mod, (int)kind)) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    PV v = rt_modobj_new(rt_snap_ctx(r), (int)mod, (int)kind);
    if (v) memcpy(MO(v)->n, n, sizeof n);
    return v;
}

static int mo_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    const RtModKind *k = kind_at(((RtModObj *)o)->mod, ((RtModObj *)o)->kind);
    return k && (!k->check || k->check((RtModObj *)o) == 0) ? 0 : -1;
}

const RtTypeDesc rt_modobj_type = {
    .name = "module object",
    .flags = RT_TF_GC,
    .cls = PITH_B_OBJECT,
    .class_of = mo_class_of,
    .type_name = mo_type_name,
    .type_of = mo_type_of,
    .repr = mo_repr,
    .hash = mo_hash,
    .compare = mo_compare,
    .iter = mo_iter,
    .next = mo_next,
    .contains = mo_contains,
    .call = mo_call,
    .sm_call = mo_sm_call,
    .step = mo_step,
    .waits = mo_waits,
    .bind = mo_bind,
    .getattr = mo_getattr,
    .dunder = mo_dunder,
    .setattr = mo_setattr,
    .traverse = mo_traverse,
    .snap_tag = SNAP_O_MODOBJ,
    .snap_put = mo_snap_put,
    .snap_make = mo_snap_make,
    .snap_check = mo_snap_check,
};
