/* rt_mod_copy.c — the run-time side of `copy` (CPython 3.11's Lib/copy.py): copy (a shallow copy of lists,
 * dicts of every kind, sets, deques, ChainMaps and instances of user classes; immutable values are
 * themselves) and deepcopy (the same, recursively, with a memo dict from id(x) to its copy, so shared
 * references stay shared and cycles are copied as cycles). A user class's __copy__ / __deepcopy__(memo) is
 * called when it defines one; otherwise an instance is copied as copy.py's __reduce_ex__ path does: a new
 * instance of its class (no __init__ called) whose attributes are copied. Nesting is bounded by the depth
 * limit (RecursionError), as CPython's recursion. Stage: runtime, part modules/. */
#include "pith_mod_copy.h"
#include "rt_class.h"
#include "rt_modules.h"

/* Values copy.py treats as atomic (_copy_immutable / _deepcopy_atomic): returned as they are. */
static int atomic(PV v) {
    if (!PV_IS_OBJ(v)) return 1;
    switch (RT_OBJ(v)->type) {
    case RT_T_FLOAT:
    case RT_T_BIGINT:
    case RT_T_STR:
    case RT_T_BYTES:
    case RT_T_RANGE:
    case RT_T_SLICE:
    case RT_T_FUNC:
    case RT_T_BUILTIN:
    case RT_T_CLASS:
    case RT_T_MODULE:
    case RT_T_MODFN:
    case RT_T_EXTFN:
    case RT_T_WRAP:
    case RT_T_ALIAS: return 1;
    default: return 0;
    }
}

/* builtin(*args): the class's value called through its type's hook (builtins/ is beside this part, not below) */
static PV call_class(PCtx *c, int id, PV *args, int nargs) {
    PV cls = rt_builtin(c, id), r = cls ? rt_call_value(c, cls, args, nargs, PV_NULL) : PV_NULL;
    pv_xdecref(c, cls);
    return r;
}

/* A new instance of x's class without __init__, its attributes from `attrs` (a dict, or PV_NULL: none). */
static PV instance_like(PCtx *c, PV x, PV attrs) {
    PV y = rt_instance_new(c, ((RtInstance *)x)->cls);
    if (y && attrs) {
        ((RtInstance *)y)->dict = attrs;
        pv_incref(attrs);
    }
    return y;
}

static PV shallow(PCtx *c, PV x) {
    PV r;
    if (rt_is_user_obj(x) && rt_user_special(c, x, "__copy__", NULL, 0, &r)) return r;
    if (atomic(x) || RT_IS(x, RT_T_TUPLE) || RT_IS(x, RT_T_FROZENSET)) return pv_incref(x), x;
    PV name = PV_NULL;
    switch (RT_OBJ(x)->type) {
    case RT_T_LIST: return rt_seq_to_list(c, x);
    case RT_T_DICT: return rt_dict_kind_copy(c, x);
    case RT_T_INSTANCE: {
        PV d = ((RtInstance *)x)->dict ? rt_dict_copy(c, ((RtInstance *)x)->dict) : PV_NULL;
        if (((RtInstance *)x)->dict && !d) return PV_NULL;
        r = instance_like(c, x, d);
        pv_xdecref(c, d);
        return r;
    }
    case RT_T_SET:
    case RT_T_DEQUE:
    case RT_T_CHAINMAP:
        name = rt_str_cstr(c, "copy");
        r = name ? rt_call_method(c, x, name, NULL, 0, PV_NULL) : PV_NULL;
        pv_xdecref(c, name);
        return r;
    default: rt_err(c, PITH_B_TYPEERROR, "cannot pickle '%T' object", x); return PV_NULL;
    }
}

static PV cp_copy(PCtx *c, PV *args, int npos, PV kwnames) {
    static const char *const names[] = {"x"};
    PV a[1];
    if (rt_mod_bind(c, "copy", 1, names, 1, 1, 1, args, npos, kwnames, a) < 0) return PV_NULL;
    return shallow(c, a[0]);
}

/* ---- deepcopy ---- */

static PV deep(PCtx *c, PV x, PV memo);

/* memo[id(x)] = y */
static int remember(PCtx *c, PV memo, PV x, PV y) {
    PV id = rt_int_from_i64(c, (pi64)rt_identity(c, x));
    int r = id ? rt_setitem(c, memo, id, y) : -1;
    pv_xdecref(c, id);
    return r;
}

/* The copy of each item of the list or tuple `src` appended to the list `dst`. */
static int deep_items(PCtx *c, PV dst, PV src, PV memo) {
    for (pi64 i = 0;; i++) {
        pi64 n;
        PV *items = rt_seq_items(src, &n);
        if (i >= n) return 0;
        PV y = deep(c, items[i], memo);
        int r = y ? rt_list_append(c, dst, y) : -1;
        pv_xdecref(c, y);
        if (r < 0) return -1;
    }
}

/* The pairs of dict src copied into dst (a new dict already in the memo). */
static int deep_dict_into(PCtx *c, PV dst, PV src, PV memo) {
    PV items = rt_list_new(c, ((RtDict *)src)->n); /* a stable copy: Python code may run meanwhile */
    pi64 pos = 0;
    PV k, v;
    while (items && rt_dict_next_entry((RtDict *)src, &pos, &k, &v))
        if (rt_list_append(c, items, k) < 0 || rt_list_append(c, items, v) < 0) pv_decref(c, items), items = PV_NULL;
    int r = items ? 0 : -1;
    for (pi64 i = 0; r == 0 && i + 1 < ((RtList *)items)->n; i += 2) {
        PV dk = deep(c, ((RtList *)items)->items[i], memo);
        PV dv = dk ? deep(c, ((RtList *)items)->items[i + 1], memo) : PV_NULL;
        r = dv ? rt_setitem(c, dst, dk, dv) : -1;
        pv_xdecref(c, dk);
        pv_xdecref(c, dv);
    }
    pv_xdecref(c, items);
    return r;
}

/* A new container of x's kind, put in the memo before its items are copied (so cycles come back to it). */
static PV deep_container(PCtx *c, PV x, PV memo) {
    PV y = PV_NULL, name;
    int r;
    switch (RT_OBJ(x)->type) {
    case RT_T_LIST:
        y = rt_list_new(c, 0);
        r = y ? remember(c, memo, x, y) : -1;
        if (r == 0) r = deep_items(c, y, x, memo);
        break;
    case RT_T_DICT: {
        int kind = rt_dict_kind(x);
        PV f = PV_NONE;
        if (kind == RT_DK_DEFAULT) { /* the factory is copied too (defaultdict.__reduce__) */
            f = deep(c, ((RtDictKind *)x)->factory ? ((RtDictKind *)x)->factory : PV_NONE, memo);
            if (!f) return PV_NULL;
        }
        y = kind ? rt_dict_kind_new(c, kind, f) : rt_dict_new(c);
        pv_decref(c, f);
        r = y ? remember(c, memo, x, y) : -1;
        if (r == 0) r = deep_dict_into(c, y, x, memo);
        break;
    }
    case RT_T_TUPLE: { /* a tuple whose items all copy to themselves is itself */
        PV l = rt_list_new(c, 0);
        r = l ? deep_items(c, l, x, memo) : -1;
        int same = r == 0;
        for (pi64 i = 0; same && i < ((RtList *)l)->n; i++) same = ((RtList *)l)->items[i] == ((RtTuple *)x)->items[i];
        if (r == 0 && same) {
            y = x;
            pv_incref(y);
        } else if (r == 0) {
            PV id = rt_int_from_i64(c, (pi64)rt_identity(c, x)), seen = PV_NULL;
            int found = id ? rt_dict_lookup(c, memo, id, &seen) : -1;
            pv_xdecref(c, id);
            if (found == 1) { /* the tuple was reached again through its items: that copy */
                y = seen;
                pv_incref(y);
            } else if (found == 0) {
                y = rt_list_to_tuple(c, l);
                r = y ? remember(c, memo, x, y) : -1;
            } else {
                r = -1;
            }
        }
        pv_xdecref(c, l);
        break;
    }
    case RT_T_SET:
    case RT_T_FROZENSET: {
        PV l = rt_list_new(c, 0), src = rt_seq_to_list(c, x);
        r = l && src ? deep_items(c, l, src, memo) : -1;
        pv_xdecref(c, src);
        if (r == 0) {
            y = call_class(c, RT_IS(x, RT_T_SET) ? PITH_B_SET : PITH_B_FROZENSET, &l, 1);
            r = y ? remember(c, memo, x, y) : -1;
        }
        pv_xdecref(c, l);
        break;
    }
    case RT_T_DEQUE: { /* deque((), maxlen) in the memo, then each item appended */
        PV maxlen = rt_getattr(c, x, (name = rt_str_cstr(c, "maxlen")));
        pv_xdecref(c, name);
        PV empty = maxlen ? rt_tuple_new(c, 0) : PV_NULL, dargs[2] = {empty, maxlen};
        y = empty ? call_class(c, PITH_B_DEQUE, dargs, 2) : PV_NULL;
        pv_xdecref(c, empty);
        pv_xdecref(c, maxlen);
        PV src = y ? rt_seq_to_list(c, x) : PV_NULL;
        r = src ? remember(c, memo, x, y) : -1;
        name = r == 0 ? rt_str_cstr(c, "append") : PV_NULL;
        for (pi64 i = 0; r == 0 && name && i < ((RtList *)src)->n; i++) {
            PV item = deep(c, ((RtList *)src)->items[i], memo);
            PV ok = item ? rt_call_method(c, y, name, &item, 1, PV_NULL) : PV_NULL;
            r = ok ? 0 : -1;
            pv_xdecref(c, ok);
            pv_xdecref(c, item);
        }
        if (r == 0 && !name) r = -1;
        pv_xdecref(c, name);
        pv_xdecref(c, src);
        break;
    }
    case RT_T_CHAINMAP: { /* ChainMap(*deepcopy(maps)) */
        PV maps = rt_getattr(c, x, (name = rt_str_cstr(c, "maps")));
        pv_xdecref(c, name);
        PV l = maps ? deep(c, maps, memo) : PV_NULL;
        y = l ? call_class(c, PITH_B_CHAINMAP, ((RtList *)l)->items, (int)((RtList *)l)->n) : PV_NULL;
        r = y ? remember(c, memo, x, y) : -1;
        pv_xdecref(c, l);
        pv_xdecref(c, maps);
        break;
    }
    case RT_T_INSTANCE: { /* a bare instance in the memo, then its attribute dict copied into it */
        y = instance_like(c, x, PV_NULL);
        r = y ? remember(c, memo, x, y) : -1;
        PV d = ((RtInstance *)x)->dict;
        if (r == 0 && d) {
            PV nd = deep(c, d, memo);
            if (nd && ((RtInstance *)y)->dict == PV_NULL && RT_IS(nd, RT_T_DICT))
                ((RtInstance *)y)->dict = nd;
            else
                pv_xdecref(c, nd);
            r = nd ? 0 : -1;
        }
        break;
    }
    default: rt_err(c, PITH_B_TYPEERROR, "cannot pickle '%T' object", x); return PV_NULL;
    }
    if (r < 0) {
        pv_xdecref(c, y);
        return PV_NULL;
    }
    return y;
}

static PV deep(PCtx *c, PV x, PV memo) {
    if (atomic(x)) return pv_incref(x), x;
    PV id = rt_int_from_i64(c, (pi64)rt_identity(c, x)), seen;
    int found = id ? rt_dict_lookup(c, memo, id, &seen) : -1;
    pv_xdecref(c, id);
    if (found) return found > 0 ? (pv_incref(seen), seen) : PV_NULL;
    if (rt_nest_enter(c, "") < 0) return PV_NULL;
    PV y;
    if (!rt_is_user_obj(x) || !rt_user_special(c, x, "__deepcopy__", &memo, 1, &y))
        y = deep_container(c, x, memo);
    else if (y && y != x && remember(c, memo, x, y) < 0) /* copy.py memoizes what __deepcopy__ made */
        pv_decref(c, y), y = PV_NULL;
    rt_nest_leave(c);
    return y;
}

static PV cp_deepcopy(PCtx *c, PV *args, int npos, PV kwnames) {
    static const char *const names[] = {"x", "memo", "_nil"};
    PV a[3];
    if (rt_mod_bind(c, "deepcopy", 1, names, 3, 3, 1, args, npos, kwnames, a) < 0) return PV_NULL;
    PV memo = a[1] && a[1] != PV_NONE ? (pv_incref(a[1]), a[1]) : rt_dict_new(c);
    if (!memo) return PV_NULL;
    if (!RT_IS(memo, RT_T_DICT)) {
        rt_err(c, PITH_B_TYPEERROR, "deepcopy() memo must be a dict, not '%T'", memo);
        pv_decref(c, memo);
        return PV_NULL;
    }
    PV y = deep(c, a[0], memo);
    pv_decref(c, memo);
    return y;
}

const RtModImpl rt_mod_copy_impls[] = {
#define IMPL(name, kind, arity, min, max, fn) fn,
    PITH_COPY_NAMES(IMPL)
#undef IMPL
};
