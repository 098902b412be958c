/* rt_slot_dunder.c — the method dunders of builtin values: `[].__len__`, `hasattr(x, "__iter__")`,
 * `getattr(d, "__getitem__")(k)` answer as CPython does for the types pith has. Each row says which values
 * have the dunder (what CPython's type defines) and which runtime operation calling it performs; the value
 * is an RtWrap of kind RT_W_SLOT bound to the object. Stage: runtime. Only the names of the dunder policy
 * (common/pith_dunder.h) get this far. */
#include <string.h>

#include "rt_class.h"
#include "rt_svc.h"

/* What a builtin value is, for the presence column. */
enum {
    K_NUM = 1,    /* int, bool, float */
    K_INT = 2,    /* int, bool */
    K_SEQ = 4,    /* str, bytes, list, tuple: + and * */
    K_SETS = 8,   /* set, frozenset, and dict keys/items views: & | ^ - */
    K_LIST = 16,  /* list: += and *= in place */
    K_ANY = 32,   /* every object */
    K_NONE = 64,  /* None (and the numbers): __bool__ */
    K_MOD = 128,  /* str and bytes: % formatting */
    K_DICT = 256, /* dict: | and |= */
};

static unsigned kinds_of(PV v) {
    unsigned k = K_ANY;
    if (rt_is_int(v)) k |= K_NUM | K_INT | K_NONE;
    if (RT_IS(v, RT_T_FLOAT)) k |= K_NUM | K_NONE;
    if (v == PV_NONE) k |= K_NONE;
    if (RT_IS(v, RT_T_STR) || RT_IS(v, RT_T_BYTES)) k |= K_SEQ | K_MOD;
    if (RT_IS(v, RT_T_LIST)) k |= K_SEQ | K_LIST;
    if (RT_IS(v, RT_T_TUPLE)) k |= K_SEQ;
    if (RT_IS(v, RT_T_SET) || RT_IS(v, RT_T_FROZENSET)) k |= K_SETS;
    if (RT_IS(v, RT_T_DICTVIEW) && ((RtDictView *)v)->kind != RT_IT_DICT_VALUES) k |= K_SETS;
    if (RT_IS(v, RT_T_DICT)) k |= K_DICT;
    return k;
}

/* Operations: a binary operator (PITH_OP_*, reflected or in place), or one of these. */
enum { OP_BIN, OP_RBIN, OP_IBIN, OP_UNARY, OP_OTHER };

typedef struct SlotRow {
    const char *name;
    unsigned kinds; /* who has it (K_*); 0: decided by the type's descriptor (has) */
    int how, op;
} SlotRow;

static const SlotRow rows[] = {
    {"__repr__", K_ANY, OP_OTHER, 0},
    {"__str__", K_ANY, OP_OTHER, 0},
    {"__format__", K_ANY, OP_OTHER, 0},
    {"__hash__", K_ANY, OP_OTHER, 0},
    {"__init__", K_ANY, OP_OTHER, 0},
    {"__setattr__", K_ANY, OP_OTHER, 0},
    {"__eq__", K_ANY, OP_OTHER, PITH_CMP_EQ},
    {"__ne__", K_ANY, OP_OTHER, PITH_CMP_NE},
    {"__lt__", K_ANY, OP_OTHER, PITH_CMP_LT},
    {"__le__", K_ANY, OP_OTHER, PITH_CMP_LE},
    {"__gt__", K_ANY, OP_OTHER, PITH_CMP_GT},
    {"__ge__", K_ANY, OP_OTHER, PITH_CMP_GE},
    {"__bool__", K_NONE, OP_OTHER, 0},
    {"__len__", 0, OP_OTHER, 0},
    {"__iter__", 0, OP_OTHER, 0},
    {"__next__", 0, OP_OTHER, 0},
    {"__getitem__", 0, OP_OTHER, 0},
    {"__setitem__", 0, OP_OTHER, 0},
    {"__delitem__", 0, OP_OTHER, 0},
    {"__contains__", 0, OP_OTHER, 0},
    {"__call__", 0, OP_OTHER, 0},
    {"__add__", K_NUM | K_SEQ, OP_BIN, PITH_OP_ADD},
    {"__radd__", K_NUM, OP_RBIN, PITH_OP_ADD},
    {"__iadd__", K_LIST, OP_IBIN, PITH_OP_ADD},
    {"__mul__", K_NUM | K_SEQ, OP_BIN, PITH_OP_MUL},
    {"__rmul__", K_NUM | K_SEQ, OP_RBIN, PITH_OP_MUL},
    {"__imul__", K_LIST, OP_IBIN, PITH_OP_MUL},
    {"__sub__", K_NUM | K_SETS, OP_BIN, PITH_OP_SUB},
    {"__rsub__", K_NUM | K_SETS, OP_RBIN, PITH_OP_SUB},
    {"__truediv__", K_NUM, OP_BIN, PITH_OP_TRUEDIV},
    {"__rtruediv__", K_NUM, OP_RBIN, PITH_OP_TRUEDIV},
    {"__floordiv__", K_NUM, OP_BIN, PITH_OP_FLOORDIV},
    {"__rfloordiv__", K_NUM, OP_RBIN, PITH_OP_FLOORDIV},
    {"__mod__", K_NUM | K_MOD, OP_BIN, PITH_OP_MOD},
    {"__rmod__", K_NUM | K_MOD, OP_RBIN, PITH_OP_MOD},
    {"__pow__", K_NUM, OP_BIN, PITH_OP_POW},
    {"__rpow__", K_NUM, OP_RBIN, PITH_OP_POW},
    {"__and__", K_INT | K_SETS, OP_BIN, PITH_OP_BITAND},
    {"__rand__", K_INT | K_SETS, OP_RBIN, PITH_OP_BITAND},
    {"__or__", K_INT | K_SETS | K_DICT, OP_BIN, PITH_OP_BITOR},
    {"__ror__", K_INT | K_SETS | K_DICT, OP_RBIN, PITH_OP_BITOR},
    {"__xor__", K_INT | K_SETS, OP_BIN, PITH_OP_BITXOR},
    {"__rxor__", K_INT | K_SETS, OP_RBIN, PITH_OP_BITXOR},
    {"__lshift__", K_INT, OP_BIN, PITH_OP_LSHIFT},
    {"__rshift__", K_INT, OP_BIN, PITH_OP_RSHIFT},
    {"__neg__", K_NUM, OP_UNARY, PITH_UOP_NEG},
    {"__pos__", K_NUM, OP_UNARY, PITH_UOP_POS},
    {"__invert__", K_INT, OP_UNARY, PITH_UOP_INVERT},
    {"__abs__", K_NUM, OP_OTHER, 0},
};

static const SlotRow *find_row(PV name) {
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
        if (rt_name_is(name, rows[i].name)) return &rows[i];
    return NULL;
}

/* The dunders the type's descriptor decides. Iterators answer `in` by consuming, but have no __contains__. */
static int has_by_desc(PV v, const char *name) {
    const RtTypeDesc *t = PV_IS_OBJ(v) ? rt_type_desc(RT_OBJ(v)) : NULL;
    int iterator = RT_IS(v, RT_T_ITER) || RT_IS(v, RT_T_GEN);
    if (!strcmp(name, "__len__")) return t && t->len;
    if (!strcmp(name, "__iter__")) return t && t->iter;
    if (!strcmp(name, "__next__")) return iterator;
    if (!strcmp(name, "__getitem__")) return t && t->getitem;
    if (!strcmp(name, "__setitem__")) return t && t->setitem;
    if (!strcmp(name, "__delitem__")) return t && t->delitem;
    if (!strcmp(name, "__contains__")) return t && t->contains && !iterator;
    if (!strcmp(name, "__call__")) return t && t->call;
    return 0;
}

int rt_builtin_dunder(PCtx *c, PV o, PV name, PV *out) {
    const SlotRow *r = find_row(name);
    if (!r || !(r->kinds ? (kinds_of(o) & r->kinds) != 0 : has_by_desc(o, r->name))) return 0;
    if (!strcmp(r->name, "__hash__")) { /* unhashable types have __hash__ = None */
        pu64 h;
        if (rt_hash(c, o, &h) < 0) {
            pv_decref(c, rt_exc_fetch(c));
            *out = PV_NONE;
            return 1;
        }
    }
    *out = rt_wrap_new(c, RT_W_SLOT, o, name, PV_NULL);
    return *out ? 1 : -1;
}

static int want(PCtx *c, const char *name, int nargs, PV kwnames, int n) {
    if (kwnames) {
        rt_err(c, PITH_B_TYPEERROR, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs == n) return 0;
    rt_err(c, PITH_B_TYPEERROR, "expected %d argument%s, got %d", n, n == 1 ? "" : "s", nargs);
    return -1;
}

PV rt_slot_call(PCtx *c, PV self, PV name, PV *args, int nargs, PV kwnames) {
    const SlotRow *r = find_row(name);
    if (!r) {
        rt_err(c, PITH_B_SYSTEMERROR, "internal error: unknown slot");
        return PV_NULL;
    }
    const char *n = r->name;
    if (!strcmp(n, "__call__")) return rt_call_value(c, self, args, nargs, kwnames);
    if (!strcmp(n, "__init__")) return PV_NONE;
    int unary = r->how == OP_UNARY || !strcmp(n, "__repr__") || !strcmp(n, "__str__") || !strcmp(n, "__hash__") ||
                !strcmp(n, "__bool__") || !strcmp(n, "__len__") || !strcmp(n, "__iter__") || !strcmp(n, "__next__") ||
                !strcmp(n, "__abs__");
    int two = !strcmp(n, "__setitem__") || !strcmp(n, "__setattr__");
    if (want(c, n, nargs, kwnames, unary ? 0 : two ? 2 : 1) < 0) return PV_NULL;
    switch (r->how) {
    case OP_BIN: return rt_binop(c, r->op, self, args[0]);
    case OP_RBIN: return rt_binop(c, r->op, args[0], self);
    case OP_IBIN: return rt_inplace(c, r->op, self, args[0]);
    case OP_UNARY: return rt_unop(c, r->op, self);
    default: break;
    }
    if (!strcmp(n, "__eq__") || !strcmp(n, "__ne__") || !strcmp(n, "__lt__") || !strcmp(n, "__le__") ||
        !strcmp(n, "__gt__") || !strcmp(n, "__ge__"))
        return rt_compare(c, r->op, self, args[0]);
    if (!strcmp(n, "__repr__")) return rt_repr(c, self);
    if (!strcmp(n, "__str__")) return rt_str(c, self);
    if (!strcmp(n, "__format__")) {
        if (!rt_is_str(args[0])) {
            rt_err(c, PITH_B_TYPEERROR, "format spec must be a str, not %s", rt_type_name(args[0]));
            return PV_NULL;
        }
        return rt_format(c, self, args[0]);
    }
    if (!strcmp(n, "__hash__")) {
        pu64 h;
        return rt_hash(c, self, &h) < 0 ? PV_NULL : rt_int_from_i64(c, (pi64)h);
    }
    if (!strcmp(n, "__abs__")) return rt_abs(c, self);
    if (!strcmp(n, "__bool__")) {
        int t = rt_truth(c, self);
        return t < 0 ? PV_NULL : PV_BOOL(t);
    }
    if (!strcmp(n, "__len__")) {
        pi64 len = rt_len(c, self);
        return len < 0 ? PV_NULL : rt_int_from_i64(c, len);
    }
    if (!strcmp(n, "__iter__")) return rt_iter(c, self);
    if (!strcmp(n, "__next__")) {
        PV v;
        int k = rt_next(c, self, &v);
        PV e = k == 0 ? rt_exc_new(c, PITH_B_STOPITERATION, PV_NULL) : PV_NULL; /* StopIteration() */
        if (e) {
            rt_raise(c, e);
            pv_decref(c, e);
        }
        return k > 0 ? v : PV_NULL;
    }
    if (!strcmp(n, "__getitem__")) return rt_getitem(c, self, args[0]);
    if (!strcmp(n, "__contains__")) {
        int k = rt_contains(c, self, args[0]);
        return k < 0 ? PV_NULL : PV_BOOL(k);
    }
    int rc = !strcmp(n, "__setitem__")   ? rt_setitem(c, self, args[0], args[1])
             : !strcmp(n, "__setattr__") ? rt_setattr(c, self, args[0], args[1])
                                         : rt_delitem(c, self, args[0]);
    return rc < 0 ? PV_NULL : PV_NONE;
}
