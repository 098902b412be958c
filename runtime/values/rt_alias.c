/* rt_alias.c — generic aliases and unions of classes as run-time values: `list[int]`, `dict[str, int]`,
 * `list[int] | None`, `int | str` (CPython's types.GenericAlias and types.UnionType), which agents write as
 * type aliases (`Matrix = list[list[int]]`) and pass around. Stage: runtime. Invariants: rt_object.h; an
 * RtAlias owns its origin (a builtin class value; PV_NONE for a union) and its args tuple (the parameters of
 * a generic alias, or a union's members: classes, generic aliases or None, flattened, without repeats).
 *
 * What they do, as CPython does: repr, ==, hash, calling a generic alias calls its origin
 * (`list[int]()` is `[]`), `|` makes unions, isinstance() accepts a union of plain classes and refuses
 * anything parameterized (rt_alias_isinstance_members). Subscripting a builtin class makes one
 * (rt_class_getitem, the getitem hook of builtin values). */
#include "rt_values.h"
#include "rt_snap_codec.h"

typedef struct RtAlias {
    PObj h;
    int is_union;
    PV origin; /* owned: the class of a generic alias; PV_NONE for a union */
    PV args;   /* owned: a tuple */
} RtAlias;

static PV alias_new(PCtx *c, int is_union, PV origin, PV args_steal) {
    RtAlias *a = (RtAlias *)rt_obj_new(c, RT_T_ALIAS, sizeof(RtAlias));
    if (!a) {
        pv_decref(c, args_steal);
        return PV_NULL;
    }
    a->is_union = is_union;
    pv_incref(origin);
    a->origin = origin;
    a->args = args_steal;
    return (PV)a;
}

static int builtin_id(PV v) { return RT_IS(v, RT_T_BUILTIN) ? ((RtBuiltin *)v)->id : -1; }

/* A builtin class value (int, str, ValueError, ...). */
static int is_class(PV v) { return builtin_id(v) >= 0 && rt_builtin_is_class(builtin_id(v)); }

/* The classes whose subscription makes a generic alias (their __class_getitem__). */
static int generic_origin(int id) {
    return id == PITH_B_LIST || id == PITH_B_DICT || id == PITH_B_TUPLE || id == PITH_B_SET || id == PITH_B_FROZENSET ||
           id == PITH_B_TYPE;
}

PV rt_class_getitem(PCtx *c, PV cls, PV key) {
    if (!is_class(cls)) {
        rt_err(c, PITH_B_TYPEERROR, "'%s' object is not subscriptable", rt_type_name(cls));
        return PV_NULL;
    }
    if (!generic_origin(builtin_id(cls))) {
        rt_err(c, PITH_B_TYPEERROR, "type '%s' is not subscriptable", rt_class_value_name(cls));
        return PV_NULL;
    }
    PV args;
    if (RT_IS(key, RT_T_TUPLE)) {
        pv_incref(key);
        args = key;
    } else {
        args = rt_tuple_new(c, 1);
        if (!args) return PV_NULL;
        pv_incref(key);
        ((RtTuple *)args)->items[0] = key;
    }
    return alias_new(c, 0, cls, args);
}

/* ---- unions ---- */

/* May v stand on either side of a union's `|`: a class, a generic alias, a union or None. */
static int unionable(PV v) { return v == PV_NONE || is_class(v) || RT_IS(v, RT_T_ALIAS); }

/* Adds v (or a union's members) to the list of members unless an equal one is there. 0 ok, -1 error. */
static int add_members(PCtx *c, PV list, PV v) {
    if (RT_IS(v, RT_T_ALIAS) && ((RtAlias *)v)->is_union) {
        RtTuple *m = (RtTuple *)((RtAlias *)v)->args;
        for (pi64 i = 0; i < m->n; i++)
            if (add_members(c, list, m->items[i]) < 0) return -1;
        return 0;
    }
    int has = rt_contains(c, list, v);
    if (has) return has < 0 ? -1 : 0;
    return rt_list_append(c, list, v);
}

int rt_alias_or(PCtx *c, PV a, PV b, PV *out) {
    *out = PV_NULL;
    if (!unionable(a) || !unionable(b) || (a == PV_NONE && b == PV_NONE)) return 0;
    PV list = rt_list_new(c, 2);
    if (!list) return 1;
    if (add_members(c, list, a) < 0 || add_members(c, list, b) < 0) {
        pv_decref(c, list);
        return 1;
    }
    if (((RtList *)list)->n == 1) { /* int | int is int */
        *out = ((RtList *)list)->items[0];
        pv_incref(*out);
        pv_decref(c, list);
        return 1;
    }
    PV members = rt_list_to_tuple(c, list);
    pv_decref(c, list);
    *out = members ? alias_new(c, 1, PV_NONE, members) : PV_NULL;
    return 1;
}

/* The binop hook of aliases and builtin classes: only `|` (int | None, list[int] | None). */
int rt_alias_binop(PCtx *c, int op, PV a, PV b, int inplace, PV *out) {
    (void)inplace;
    return op == PITH_OP_BITOR && rt_alias_or(c, a, b, out);
}

/* What isinstance(x, alias) tests: for a union of plain classes (and None), a new tuple of those classes;
 * anything parameterized is CPython's TypeError. */
PV rt_alias_isinstance_members(PCtx *c, PV alias, const char *fn) {
    const RtAlias *a = (const RtAlias *)alias;
    RtTuple *m = (RtTuple *)a->args;
    for (pi64 i = 0; a->is_union && i < m->n; i++)
        if (RT_IS(m->items[i], RT_T_ALIAS)) a = (const RtAlias *)m->items[i]; /* a generic member */
    if (!a->is_union) {
        rt_err(c, PITH_B_TYPEERROR, "%s() argument 2 cannot be a parameterized generic", fn);
        return PV_NULL;
    }
    PV out = rt_tuple_new(c, m->n);
    if (!out) return PV_NULL;
    for (pi64 i = 0; i < m->n; i++) {
        PV v = m->items[i] == PV_NONE ? rt_builtin(c, PITH_B_NONETYPE) : m->items[i];
        if (!v) {
            pv_decref(c, out);
            return PV_NULL;
        }
        if (v == m->items[i]) pv_incref(v);
        ((RtTuple *)out)->items[i] = v;
    }
    return out;
}

/* ---- the type ---- */

/* An argument as CPython's ga_repr writes it: a class by its name, None as None, the rest by repr. */
static int put_arg(PithBuf *b, PV v) {
    if (builtin_id(v) == PITH_B_ELLIPSIS) return pith_buf_puts(b, "...");
    if (is_class(v)) return pith_buf_puts(b, rt_class_value_name(v));
    if (RT_IS(v, RT_T_TUPLE) && ((RtTuple *)v)->n == 0) return pith_buf_puts(b, "()");
    return rt_buf_put_repr(b, v);
}

static PV alias_repr(PCtx *c, PV v) {
    const RtAlias *a = (const RtAlias *)v;
    RtTuple *args = (RtTuple *)a->args;
    PithBuf b = rt_buf_new(c);
    int rc = 0;
    if (!a->is_union) rc |= pith_buf_puts(&b, rt_class_value_name(a->origin)) | pith_buf_putc(&b, '[');
    if (!a->is_union && args->n == 0) rc |= pith_buf_puts(&b, "()");
    for (pi64 i = 0; i < args->n && rc == 0; i++) {
        if (i) rc |= pith_buf_puts(&b, a->is_union ? " | " : ", ");
        if (rc == 0) rc |= put_arg(&b, args->items[i]);
    }
    if (!a->is_union && rc == 0) rc |= pith_buf_putc(&b, ']');
    if (rc) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    return rt_buf_finish(&b);
}

/* Generic aliases are equal with equal origins and parameters; unions with the same members in any order. */
static int alias_eq(PCtx *c, PV x, PV y) {
    const RtAlias *a = (const RtAlias *)x, *b = (const RtAlias *)y;
    if (a->is_union != b->is_union || a->origin != b->origin) return 0;
    if (!a->is_union) return rt_eq(c, a->args, b->args);
    RtTuple *ma = (RtTuple *)a->args, *mb = (RtTuple *)b->args;
    if (ma->n != mb->n) return 0;
    for (pi64 i = 0; i < ma->n; i++) {
        int in = rt_contains(c, b->args, ma->items[i]);
        if (in <= 0) return in;
    }
    return 1;
}

static int alias_hash(PCtx *c, PV v, pu64 *out) {
    const RtAlias *a = (const RtAlias *)v;
    pu64 h = 0;
    if (a->is_union) { /* order-free, as equality is */
        RtTuple *m = (RtTuple *)a->args;
        for (pi64 i = 0; i < m->n; i++) {
            pu64 hi;
            if (rt_hash(c, m->items[i], &hi) < 0) return -1;
            h ^= hi;
        }
        *out = h ^ 0x9e3779b97f4a7c15ull;
        return 0;
    }
    if (rt_hash(c, a->args, &h) < 0) return -1;
    *out = h ^ (pu64)builtin_id(a->origin) * 1000003u;
    return 0;
}

static PV alias_call(PCtx *c, PV f, PV *args, int nargs, PV kwnames) {
    const RtAlias *a = (const RtAlias *)f;
    if (a->is_union) {
        rt_err(c, PITH_B_TYPEERROR, "'types.UnionType' object is not callable");
        return PV_NULL;
    }
    return rt_call_value(c, a->origin, args, nargs, kwnames);
}

static int alias_class(PV v) { return ((const RtAlias *)v)->is_union ? PITH_B_UNION_TYPE : PITH_B_GENERIC_ALIAS; }

static void alias_traverse(PObj *o, RtVisit visit, void *arg) {
    RtAlias *a = (RtAlias *)o;
    visit(&a->origin, arg);
    visit(&a->args, arg);
}

static void alias_snap_put(RtSnapW *w, PObj *o) { rt_snap_put_u8(w, (unsigned)((RtAlias *)o)->is_union); }

static PV alias_snap_make(RtSnapR *r, int type) {
    unsigned is_union = rt_snap_get_u8(r);
    if (is_union > 1) rt_snap_corrupt(r);
    if (rt_snap_r_bad(r)) return PV_NULL;
    RtAlias *a = (RtAlias *)rt_obj_new(rt_snap_ctx(r), type, sizeof(RtAlias));
    if (a) a->is_union = (int)is_union;
    return (PV)a;
}

/* A union's origin is None, a generic alias's a class that can be subscripted; args is a tuple. */
static int alias_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    const RtAlias *a = (const RtAlias *)o;
    if (!a->args || !RT_IS(a->args, RT_T_TUPLE)) return -1;
    if (a->is_union) return a->origin == PV_NONE ? 0 : -1;
    return a->origin && is_class(a->origin) && generic_origin(builtin_id(a->origin)) ? 0 : -1;
}

const RtTypeDesc rt_alias_type = {
    .name = "types.GenericAlias",
    .flags = RT_TF_GC,
    .cls = PITH_B_GENERIC_ALIAS,
    .class_of = alias_class,
    .repr = alias_repr,
    .eq = alias_eq,
    .hash = alias_hash,
    .call = alias_call,
    .binop = rt_alias_binop,
    .traverse = alias_traverse,
    .snap_tag = SNAP_O_ALIAS,
    .snap_put = alias_snap_put,
    .snap_make = alias_snap_make,
    .snap_check = alias_snap_check,
};
