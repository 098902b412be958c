/* rt_natmeth.c — the types of the methods the runtime writes for classes (RtNatMeth: a dataclass's __init__,
 * __repr__, __eq__..., a namedtuple's __new__, _replace...) and of dataclass fields (RtDcField), and the
 * argument binding those methods share. Stage: runtime, part modules/ (the methods bind arguments with
 * exec's rt_bind_args_kw, so they live above it; instances reach them through the type table: RT_TF_BINDS).
 * Why native methods rather than generated Python: the decorator and the class statement run at run time
 * (field lists follow the MRO, errors such as "non-default argument 'y' follows default argument" are raised
 * when the class is made), and a method that is an object of the class dict keeps CPython's rules — a method
 * the class body defines wins, `Point.__init__` is there to call, subclasses inherit it. Both types are
 * snapshotted by their references and a number, checked on load. */
#include <stdio.h>
#include <string.h>

#include "rt_modules.h"
#include "rt_snap_codec.h"
#include "rt_svc.h"
#include "rt_type.h"

#define NAT_PARAMS 64 /* parameters a runtime-written method binds on the C stack */

int rt_nat_bind(PCtx *c, const char *qualname, const char *const *names, int n, int npos, PV defaults, PV kwdefaults,
                PV *args, int nargs, PV kwnames, PV *out) {
    if (n > NAT_PARAMS) {
        rt_err(c, PITH_B_TYPEERROR, "%s() has more than %d parameters, which pith does not support", qualname,
               NAT_PARAMS);
        return -1;
    }
    PFuncDesc fn = {.name = qualname,
                    .qualname = qualname,
                    .nparams = n,
                    .npositional = npos,
                    .nkwonly = n - npos,
                    .ndefaults = defaults ? (int)((RtTuple *)defaults)->n : 0,
                    .param_names = names};
    return rt_bind_args_kw(c, &fn, defaults, kwdefaults, args, nargs, kwnames, out);
}

/* ---- RtNatMeth ---- */

static PV natmeth_call(PCtx *c, PV f, PV *args, int nargs, PV kwnames) {
    const RtNatMeth *m = (const RtNatMeth *)f;
    if (m->which >= RT_NM_NT_NEW) return rt_nt_method(c, m, args, nargs, kwnames);
    return rt_dc_method(c, m, args, nargs, kwnames);
}

static const char *const nat_names[RT_NM_COUNT] = {
    [RT_NM_DC_DECORATOR] = "wrap",      [RT_NM_DC_INIT] = "__init__",       [RT_NM_DC_REPR] = "__repr__",
    [RT_NM_DC_EQ] = "__eq__",           [RT_NM_DC_LT] = "__lt__",           [RT_NM_DC_LE] = "__le__",
    [RT_NM_DC_GT] = "__gt__",           [RT_NM_DC_GE] = "__ge__",           [RT_NM_DC_HASH] = "__hash__",
    [RT_NM_DC_SETATTR] = "__setattr__", [RT_NM_DC_DELATTR] = "__delattr__", [RT_NM_NT_NEW] = "__new__",
    [RT_NM_NT_REPR] = "__repr__",       [RT_NM_NT_REPLACE] = "_replace",    [RT_NM_NT_ASDICT] = "_asdict",
    [RT_NM_NT_MAKE] = "_make",
};

/* "<function Point.__init__ at 0x...>", as the method CPython writes with exec is a function. */
static PV natmeth_repr(PCtx *c, PV v) {
    const RtNatMeth *m = (const RtNatMeth *)v;
    char buf[320];
    const char *owner = RT_IS(m->data, RT_T_CLASS) ? rt_sdata(((RtClass *)m->data)->qualname) : "dataclass";
    snprintf(buf, sizeof buf, "<function %.200s.%s at 0x%llx>", owner, nat_names[m->which],
             (unsigned long long)rt_identity(c, v));
    return rt_str_cstr(c, buf);
}

static int natmeth_dunder(PCtx *c, PV v, const char *name, PV *out) {
    const RtNatMeth *m = (const RtNatMeth *)v;
    if (!strcmp(name, "__name__")) {
        *out = rt_str_cstr(c, nat_names[m->which]);
        return *out ? 1 : -1;
    }
    if (!strcmp(name, "__qualname__") && RT_IS(m->data, RT_T_CLASS)) {
        char buf[320];
        snprintf(buf, sizeof buf, "%.200s.%s", rt_sdata(((RtClass *)m->data)->qualname), nat_names[m->which]);
        *out = rt_str_cstr(c, buf);
        return *out ? 1 : -1;
    }
    return 0;
}

static void natmeth_traverse(PObj *o, RtVisit visit, void *arg) { visit(&((RtNatMeth *)o)->data, arg); }

static void natmeth_snap_put(RtSnapW *w, PObj *o) { rt_snap_put_uv(w, (uint64_t)((RtNatMeth *)o)->which); }

static PV natmeth_snap_make(RtSnapR *r, int type) {
    uint64_t which = rt_snap_get_uv(r);
    if (rt_snap_r_bad(r) || which < RT_NM_DC_DECORATOR || which >= RT_NM_COUNT) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    RtNatMeth *m = (RtNatMeth *)rt_obj_new(rt_snap_ctx(r), type, sizeof(RtNatMeth));
    if (!m) return PV_NULL;
    m->which = (int)which;
    m->data = PV_NULL;
    return (PV)m;
}

/* What the methods trust: a decorator's options are a small int, every other one serves a user class. */
static int natmeth_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    const RtNatMeth *m = (const RtNatMeth *)o;
    if (m->which == RT_NM_DC_DECORATOR) return m->data && PV_IS_INT(m->data) ? 0 : -1;
    return m->data && RT_IS(m->data, RT_T_CLASS) ? 0 : -1;
}

const RtTypeDesc rt_natmeth_type = {
    .name = "function",
    .flags = RT_TF_GC | RT_TF_BINDS,
    .cls = PITH_B_FUNCTION,
    .traverse = natmeth_traverse,
    .repr = natmeth_repr,
    .call = natmeth_call,
    .dunder = natmeth_dunder,
    .snap_tag = SNAP_O_NATMETH,
    .snap_put = natmeth_snap_put,
    .snap_make = natmeth_snap_make,
    .snap_check = natmeth_snap_check,
};

/* ---- RtDcField ---- */

static void field_traverse(PObj *o, RtVisit visit, void *arg) {
    RtDcField *f = (RtDcField *)o;
    visit(&f->name, arg);
    visit(&f->type, arg);
    visit(&f->deflt, arg);
    visit(&f->factory, arg);
    visit(&f->hash, arg);
    visit(&f->metadata, arg);
}

/* field.name, .type, .default, .default_factory, .init, .repr, .hash, .compare, .metadata, .kw_only */
static int field_getattr(PCtx *c, PV o, PV name, PV *out) {
    (void)c;
    const RtDcField *f = (const RtDcField *)o;
    PV v = rt_name_is(name, "name")              ? f->name
           : rt_name_is(name, "type")            ? f->type
           : rt_name_is(name, "default")         ? f->deflt
           : rt_name_is(name, "default_factory") ? f->factory
           : rt_name_is(name, "hash")            ? f->hash
           : rt_name_is(name, "metadata")        ? f->metadata
           : rt_name_is(name, "init")            ? PV_BOOL(f->init)
           : rt_name_is(name, "repr")            ? PV_BOOL(f->repr)
           : rt_name_is(name, "compare")         ? PV_BOOL(f->compare)
           : rt_name_is(name, "kw_only")         ? PV_BOOL(f->kw_only)
                                                 : PV_NULL;
    if (!v) return 0;
    pv_incref(v);
    *out = v;
    return 1;
}

/* CPython's Field.__repr__, with the names pith keeps (type is the annotation's text). */
static PV field_repr(PCtx *c, PV v) {
    const RtDcField *f = (const RtDcField *)v;
    PV parts[6] = {f->name, f->type, f->deflt, f->factory, f->hash, f->metadata}, reprs[6] = {0};
    PV r = PV_NULL;
    for (int i = 0; i < 6; i++)
        if (!(reprs[i] = rt_repr(c, parts[i]))) goto done;
    PithBuf b = rt_buf_new(c);
    const char *bools[4] = {f->init ? "True" : "False", f->repr ? "True" : "False", f->compare ? "True" : "False",
                            f->kw_only ? "True" : "False"};
    pith_buf_puts(&b, "Field(name=");
    rt_buf_put_str(&b, reprs[0]);
    pith_buf_puts(&b, ",type=");
    rt_buf_put_str(&b, reprs[1]);
    pith_buf_puts(&b, ",default=");
    rt_buf_put_str(&b, reprs[2]);
    pith_buf_puts(&b, ",default_factory=");
    rt_buf_put_str(&b, reprs[3]);
    pith_buf_puts(&b, ",init=");
    pith_buf_puts(&b, bools[0]);
    pith_buf_puts(&b, ",repr=");
    pith_buf_puts(&b, bools[1]);
    pith_buf_puts(&b, ",hash=");
    rt_buf_put_str(&b, reprs[4]);
    pith_buf_puts(&b, ",compare=");
    pith_buf_puts(&b, bools[2]);
    pith_buf_puts(&b, ",metadata=");
    rt_buf_put_str(&b, reprs[5]);
    pith_buf_puts(&b, ",kw_only=");
    pith_buf_puts(&b, bools[3]);
    pith_buf_puts(&b, ",_field_type=_FIELD)");
    r = rt_buf_finish(&b);
done:
    for (int i = 0; i < 6; i++) pv_xdecref(c, reprs[i]);
    return r;
}

/* Payload: uv flags (init 1, repr 2, compare 4, then kw_only: 0, 1 or 2 "not told" times 8). */
static void field_snap_put(RtSnapW *w, PObj *o) {
    const RtDcField *f = (const RtDcField *)o;
    rt_snap_put_uv(w, (uint64_t)(f->init | f->repr << 1 | f->compare << 2 | f->kw_only << 3));
}

static PV field_snap_make(RtSnapR *r, int type) {
    uint64_t flags = rt_snap_get_uv(r);
    if (rt_snap_r_bad(r) || flags >> 3 > 2) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    RtDcField *f = (RtDcField *)rt_obj_new(rt_snap_ctx(r), type, sizeof(RtDcField));
    if (!f) return PV_NULL;
    f->name = f->type = f->deflt = f->factory = f->hash = f->metadata = PV_NULL;
    f->init = (int)(flags & 1);
    f->repr = (int)(flags >> 1 & 1);
    f->compare = (int)(flags >> 2 & 1);
    f->kw_only = (int)(flags >> 3);
    return (PV)f;
}

static int field_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    const RtDcField *f = (const RtDcField *)o;
    return f->name && f->type && f->deflt && f->factory && f->hash && f->metadata &&
                   (f->name == PV_NONE || rt_is_str(f->name))
               ? 0
               : -1;
}

const RtTypeDesc rt_dcfield_type = {
    .name = "Field",
    .flags = RT_TF_GC,
    .cls = PITH_B_OBJECT,
    .traverse = field_traverse,
    .repr = field_repr,
    .getattr = field_getattr,
    .snap_tag = SNAP_O_DCFIELD,
    .snap_put = field_snap_put,
    .snap_make = field_snap_make,
    .snap_check = field_snap_check,
};
