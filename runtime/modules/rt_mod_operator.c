/* rt_mod_operator.c — the run-time side of `operator` (CPython 3.11's Modules/_operator.c): the function form of
 * each operator, through the same generic operators the compiled code uses (rt_binop, rt_compare...), so
 * results and errors are those of `a + b`; and itemgetter, attrgetter, methodcaller as module objects
 * (rt_modobj.h). Stage: runtime, part modules/. */
#include <string.h>

#include "pith_mod_operator.h"
#include "rt_modobj.h"

#define M_ARGS PCtx *c, PV *a, int n, PV kw
#define UNUSED_ARGS (void)n, (void)kw

enum { OP_ITEMGETTER, OP_ATTRGETTER, OP_METHODCALLER, OP_KIND_COUNT };

/* ---- the operators ---- */

#define BINOP(name, op) \
    static PV op_##name(M_ARGS) { return UNUSED_ARGS, rt_binop(c, op, a[0], a[1]); }
#define INPLACE(name, op) \
    static PV op_##name(M_ARGS) { return UNUSED_ARGS, rt_inplace(c, op, a[0], a[1]); }
#define COMPARE(name, op) \
    static PV op_##name(M_ARGS) { return UNUSED_ARGS, rt_compare(c, op, a[0], a[1]); }
#define UNOP(name, op) \
    static PV op_##name(M_ARGS) { return UNUSED_ARGS, rt_unop(c, op, a[0]); }

BINOP(add, PITH_OP_ADD)
BINOP(sub, PITH_OP_SUB)
BINOP(mul, PITH_OP_MUL)
BINOP(truediv, PITH_OP_TRUEDIV)
BINOP(floordiv, PITH_OP_FLOORDIV)
BINOP(mod, PITH_OP_MOD)
BINOP(pow, PITH_OP_POW)
BINOP(lshift, PITH_OP_LSHIFT)
BINOP(rshift, PITH_OP_RSHIFT)
BINOP(and_, PITH_OP_BITAND)
BINOP(or_, PITH_OP_BITOR)
BINOP(xor, PITH_OP_BITXOR)
INPLACE(iadd, PITH_OP_ADD)
INPLACE(isub, PITH_OP_SUB)
INPLACE(imul, PITH_OP_MUL)
INPLACE(itruediv, PITH_OP_TRUEDIV)
INPLACE(ifloordiv, PITH_OP_FLOORDIV)
INPLACE(imod, PITH_OP_MOD)
INPLACE(ipow, PITH_OP_POW)
INPLACE(ilshift, PITH_OP_LSHIFT)
INPLACE(irshift, PITH_OP_RSHIFT)
INPLACE(iand, PITH_OP_BITAND)
INPLACE(ior, PITH_OP_BITOR)
INPLACE(ixor, PITH_OP_BITXOR)
COMPARE(lt, PITH_CMP_LT)
COMPARE(le, PITH_CMP_LE)
COMPARE(eq, PITH_CMP_EQ)
COMPARE(ne, PITH_CMP_NE)
COMPARE(gt, PITH_CMP_GT)
COMPARE(ge, PITH_CMP_GE)
UNOP(neg, PITH_UOP_NEG)
UNOP(pos, PITH_UOP_POS)
UNOP(inv, PITH_UOP_INVERT)
UNOP(invert, PITH_UOP_INVERT)

/* abs() itself (a user class's __abs__ included), through its value: builtins/ is no lower than modules/ */
static PV op_abs(M_ARGS) {
    PV f = (UNUSED_ARGS, rt_builtin(c, PITH_B_ABS));
    PV r = f ? rt_call_value(c, f, a, 1, PV_NULL) : PV_NULL;
    pv_xdecref(c, f);
    return r;
}

static PV op_not_(M_ARGS) {
    int t = (UNUSED_ARGS, rt_truth(c, a[0]));
    return t < 0 ? PV_NULL : PV_BOOL(!t);
}

static PV op_truth(M_ARGS) {
    int t = (UNUSED_ARGS, rt_truth(c, a[0]));
    return t < 0 ? PV_NULL : PV_BOOL(t);
}

/* `is` as compiled code decides it: the same value word */
static PV op_is_(M_ARGS) { return UNUSED_ARGS, (void)c, PV_BOOL(a[0] == a[1]); }
static PV op_is_not(M_ARGS) { return UNUSED_ARGS, (void)c, PV_BOOL(a[0] != a[1]); }

static PV op_index(M_ARGS) {
    pi64 x;
    UNUSED_ARGS;
    if (a[0] == PV_TRUE || a[0] == PV_FALSE) return PV_INT(a[0] == PV_TRUE);
    if (rt_is_int(a[0])) return pv_incref(a[0]), a[0];
    return rt_index_arg(c, a[0], &x) < 0 ? PV_NULL : rt_int_from_i64(c, x);
}

/* concat: CPython asks the first operand for sequence behaviour before adding */
static int concat_check(PCtx *c, PV v) {
    if (PV_IS_OBJ(v) && rt_type_desc(RT_OBJ(v))->getitem) return 0;
    rt_err(c, PITH_B_TYPEERROR, "'%T' object can't be concatenated", v);
    return -1;
}

static PV op_concat(M_ARGS) {
    UNUSED_ARGS;
    return concat_check(c, a[0]) < 0 ? PV_NULL : rt_binop(c, PITH_OP_ADD, a[0], a[1]);
}

static PV op_iconcat(M_ARGS) {
    UNUSED_ARGS;
    return concat_check(c, a[0]) < 0 ? PV_NULL : rt_inplace(c, PITH_OP_ADD, a[0], a[1]);
}

static PV op_contains(M_ARGS) {
    int r = (UNUSED_ARGS, rt_contains(c, a[0], a[1]));
    return r < 0 ? PV_NULL : PV_BOOL(r);
}

static PV op_getitem(M_ARGS) { return UNUSED_ARGS, rt_getitem(c, a[0], a[1]); }

static PV op_setitem(M_ARGS) { return UNUSED_ARGS, rt_setitem(c, a[0], a[1], a[2]) < 0 ? PV_NULL : PV_NONE; }

static PV op_delitem(M_ARGS) { return UNUSED_ARGS, rt_delitem(c, a[0], a[1]) < 0 ? PV_NULL : PV_NONE; }

/* countOf / indexOf: CPython's PySequence_Count/Index, which compare with `is` first, then == */
static PV seq_scan(PCtx *c, PV seq, PV item, int count) {
    PV it = rt_iter(c, seq), x;
    if (!it) return PV_NULL;
    pi64 i = 0, hits = 0;
    int r;
    while ((r = rt_next(c, it, &x)) == 1) {
        int eq = x == item ? 1 : rt_eq(c, x, item);
        pv_decref(c, x);
        if (eq < 0 || rt_tick(c, 1) < 0) {
            r = -1;
            break;
        }
        if (eq && !count) break;
        hits += eq;
        i++;
    }
    pv_decref(c, it);
    if (r < 0) return PV_NULL;
    if (count) return rt_int_from_i64(c, hits);
    if (r == 0) {
        rt_err(c, PITH_B_VALUEERROR, "sequence.index(x): x not in sequence");
        return PV_NULL;
    }
    return rt_int_from_i64(c, i);
}

static PV op_countOf(M_ARGS) { return UNUSED_ARGS, seq_scan(c, a[0], a[1], 1); }
static PV op_indexOf(M_ARGS) { return UNUSED_ARGS, seq_scan(c, a[0], a[1], 0); }

/* length_hint(obj, default=0): len(obj) when it has one, else default */
static PV op_length_hint(M_ARGS) {
    (void)kw;
    pi64 dflt = 0;
    if (n == 2) {
        if (!rt_is_int(a[1])) {
            rt_err(c, PITH_B_TYPEERROR, "'%T' object cannot be interpreted as an integer", a[1]);
            return PV_NULL;
        }
        if (rt_index_arg(c, a[1], &dflt) < 0) return PV_NULL;
    }
    if (PV_IS_OBJ(a[0]) && rt_type_desc(RT_OBJ(a[0]))->len) {
        pi64 len = rt_len(c, a[0]);
        return len < 0 ? PV_NULL : rt_int_from_i64(c, len);
    }
    return rt_int_from_i64(c, dflt);
}

/* ---- itemgetter(*items): s0 the items (a tuple) ---- */

static int getter_args(PCtx *c, const char *name, int n, PV kw) {
    if (rt_mod_no_kw(c, name, kw) < 0) return -1;
    if (n < 1) {
        rt_err(c, PITH_B_TYPEERROR, "%s expected 1 argument, got 0", name);
        return -1;
    }
    return 0;
}

static PV tuple_of(PCtx *c, PV *a, int n) {
    PV t = rt_tuple_new(c, n);
    if (!t) return PV_NULL;
    for (int i = 0; i < n; i++) pv_incref(a[i]), ((RtTuple *)t)->items[i] = a[i];
    return t;
}

static PV op_itemgetter(M_ARGS) {
    if (getter_args(c, "itemgetter", n, kw) < 0) return PV_NULL;
    PV t = tuple_of(c, a, n), v = t ? rt_modobj_new(c, PITH_MOD_OPERATOR, OP_ITEMGETTER) : PV_NULL;
    if (!v) return pv_xdecref(c, t), PV_NULL;
    MO(v)->s[0] = t;
    return v;
}

static int call_args(PCtx *c, const char *name, int nargs, PV kw) {
    if (rt_mod_no_kw(c, name, kw) < 0) return -1;
    if (nargs != 1) {
        rt_err(c, PITH_B_TYPEERROR, "%s expected 1 argument, got %d", name, nargs);
        return -1;
    }
    return 0;
}

static PV itemgetter_call(PCtx *c, PV f, PV *args, int nargs, PV kw) {
    if (call_args(c, "itemgetter", nargs, kw) < 0) return PV_NULL;
    RtTuple *items = (RtTuple *)MO(f)->s[0];
    if (items->n == 1) return rt_getitem(c, args[0], items->items[0]);
    PV t = rt_tuple_new(c, items->n);
    for (pi64 i = 0; t && i < items->n; i++)
        if (!(((RtTuple *)t)->items[i] = rt_getitem(c, args[0], items->items[i]))) {
            for (pi64 j = i; j < items->n; j++) ((RtTuple *)t)->items[j] = PV_NONE;
            pv_decref(c, t);
            return PV_NULL;
        }
    return t;
}

/* "operator.itemgetter(1, 'a')": the class, then the reprs of what it was made with */
static PV args_repr(PCtx *c, const char *cls, RtTuple *t) {
    PithBuf b = rt_buf_new(c);
    pith_buf_puts(&b, cls);
    pith_buf_puts(&b, "(");
    for (pi64 i = 0; i < t->n; i++) {
        if (i > 0) pith_buf_puts(&b, ", ");
        if (rt_buf_put_repr(&b, t->items[i]) < 0) {
            pith_buf_free(&b);
            return PV_NULL;
        }
    }
    pith_buf_puts(&b, ")");
    return rt_buf_finish(&b);
}

static PV itemgetter_repr(PCtx *c, PV v) { return args_repr(c, "operator.itemgetter", (RtTuple *)MO(v)->s[0]); }

static int tuple_check(const RtModObj *o) { return o->s[0] && RT_IS(o->s[0], RT_T_TUPLE) ? 0 : -1; }

/* ---- attrgetter(*names): s0 the names as written (a tuple of str), s1 each split at its dots (a tuple of
 * tuples of str) ---- */

static PV split_dots(PCtx *c, PV name) {
    const char *s = rt_strp(name)->data;
    pi64 len = rt_strp(name)->nbytes, parts = 1;
    for (pi64 i = 0; i < len; i++) parts += s[i] == '.';
    PV t = rt_tuple_new(c, parts);
    if (!t) return PV_NULL;
    pi64 start = 0, k = 0;
    for (pi64 i = 0; i <= len; i++)
        if (i == len || s[i] == '.') {
            PV part = rt_str_new(c, s + start, i - start);
            if (!part) {
                for (; k < parts; k++) ((RtTuple *)t)->items[k] = PV_NONE;
                pv_decref(c, t);
                return PV_NULL;
            }
            ((RtTuple *)t)->items[k++] = part;
            start = i + 1;
        }
    return t;
}

static PV op_attrgetter(M_ARGS) {
    if (getter_args(c, "attrgetter", n, kw) < 0) return PV_NULL;
    for (int i = 0; i < n; i++)
        if (!rt_is_str(a[i])) {
            rt_err(c, PITH_B_TYPEERROR, "attribute name must be a string");
            return PV_NULL;
        }
    PV names = tuple_of(c, a, n), split = names ? rt_tuple_new(c, n) : PV_NULL;
    PV v = split ? rt_modobj_new(c, PITH_MOD_OPERATOR, OP_ATTRGETTER) : PV_NULL;
    if (!v) {
        pv_xdecref(c, names), pv_xdecref(c, split);
        return PV_NULL;
    }
    MO(v)->s[0] = names;
    MO(v)->s[1] = split;
    for (int i = 0; i < n; i++) ((RtTuple *)split)->items[i] = PV_NONE;
    for (int i = 0; i < n; i++) {
        PV parts = split_dots(c, a[i]);
        if (!parts) return pv_decref(c, v), PV_NULL;
        ((RtTuple *)split)->items[i] = parts;
    }
    return v;
}

static PV get_dotted(PCtx *c, PV obj, RtTuple *parts) {
    pv_incref(obj);
    for (pi64 i = 0; obj && i < parts->n; i++) {
        PV next = rt_getattr(c, obj, parts->items[i]);
        pv_decref(c, obj);
        obj = next;
    }
    return obj;
}

static PV attrgetter_call(PCtx *c, PV f, PV *args, int nargs, PV kw) {
    if (call_args(c, "attrgetter", nargs, kw) < 0) return PV_NULL;
    RtTuple *split = (RtTuple *)MO(f)->s[1];
    if (split->n == 1) return get_dotted(c, args[0], (RtTuple *)split->items[0]);
    PV t = rt_tuple_new(c, split->n);
    for (pi64 i = 0; t && i < split->n; i++)
        if (!(((RtTuple *)t)->items[i] = get_dotted(c, args[0], (RtTuple *)split->items[i]))) {
            for (pi64 j = i; j < split->n; j++) ((RtTuple *)t)->items[j] = PV_NONE;
            pv_decref(c, t);
            return PV_NULL;
        }
    return t;
}

static PV attrgetter_repr(PCtx *c, PV v) { return args_repr(c, "operator.attrgetter", (RtTuple *)MO(v)->s[0]); }

static int attrgetter_check(const RtModObj *o) {
    if (tuple_check(o) < 0 || !o->s[1] || !RT_IS(o->s[1], RT_T_TUPLE)) return -1;
    RtTuple *split = (RtTuple *)o->s[1];
    for (pi64 i = 0; i < split->n; i++) {
        PV p = split->items[i];
        if (!RT_IS(p, RT_T_TUPLE)) return -1;
        for (pi64 k = 0; k < ((RtTuple *)p)->n; k++)
            if (!RT_IS(((RtTuple *)p)->items[k], RT_T_STR)) return -1;
    }
    return 0;
}

/* ---- methodcaller(name, *args, **kwargs): s0 the name, s1 the arguments (a tuple, keyword values last),
 * s2 the keyword names (a tuple of str) or PV_NULL ---- */

static PV op_methodcaller(M_ARGS) {
    if (n < 1) {
        rt_err(c, PITH_B_TYPEERROR, "methodcaller needs at least one argument, the method name");
        return PV_NULL;
    }
    if (!rt_is_str(a[0])) {
        rt_err(c, PITH_B_TYPEERROR, "method name must be a string");
        return PV_NULL;
    }
    int nkw = kw ? (int)((RtTuple *)kw)->n : 0;
    PV args = tuple_of(c, a + 1, n - 1 + nkw), v = args ? rt_modobj_new(c, PITH_MOD_OPERATOR, OP_METHODCALLER) : 0;
    if (!v) return pv_xdecref(c, args), PV_NULL;
    pv_incref(a[0]);
    MO(v)->s[0] = a[0];
    MO(v)->s[1] = args;
    if (nkw) pv_incref(kw), MO(v)->s[2] = kw;
    return v;
}

/* A call is steps (held: the call's (args, kwnames or None)): the method is looked up, then called as an
 * operation, so a method of the program's that waits on the host may (which method, only the call tells). */
static int methodcaller_step(PCtx *c, PV self, RtStep *s) {
    if (s->state == 1) return s->got == 1 ? RT_STEP_ITEM : RT_STEP_ERR;
    PV h = s->held;
    if (s->state != 0 || !h || !RT_IS(h, RT_T_TUPLE) || ((RtTuple *)h)->n != 2 ||
        !RT_IS(((RtTuple *)h)->items[0], RT_T_TUPLE)) {
        rt_err(c, PITH_B_SYSTEMERROR, "corrupt native frame");
        return RT_STEP_ERR;
    }
    RtTuple *a = (RtTuple *)((RtTuple *)h)->items[0];
    PV kw = ((RtTuple *)h)->items[1];
    if (call_args(c, "methodcaller", (int)a->n - (kw != PV_NONE && RT_IS(kw, RT_T_TUPLE) ? (int)((RtTuple *)kw)->n : 0),
                  kw == PV_NONE ? PV_NULL : kw) < 0)
        return RT_STEP_ERR;
    PV m = rt_getattr(c, a->items[0], MO(self)->s[0]);
    if (!m) return RT_STEP_ERR;
    int rc = rt_step_call_tuple(c, s, 1, m, MO(self)->s[1], MO(self)->s[2]);
    pv_decref(c, m);
    return rc;
}

static int methodcaller_waits(PV v) { return (void)v, 1; }

static PV methodcaller_repr(PCtx *c, PV v) {
    RtTuple *t = (RtTuple *)MO(v)->s[1];
    PV kw = MO(v)->s[2];
    pi64 nkw = kw ? ((RtTuple *)kw)->n : 0;
    PithBuf b = rt_buf_new(c);
    pith_buf_puts(&b, "operator.methodcaller(");
    int ok = rt_buf_put_repr(&b, MO(v)->s[0]) == 0;
    for (pi64 i = 0; ok && i < t->n; i++) {
        pith_buf_puts(&b, ", ");
        if (i >= t->n - nkw) {
            ok = rt_buf_put_str(&b, ((RtTuple *)kw)->items[i - (t->n - nkw)]) == 0;
            pith_buf_puts(&b, "=");
        }
        ok = ok && rt_buf_put_repr(&b, t->items[i]) == 0;
    }
    pith_buf_puts(&b, ")");
    if (!ok) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    return rt_buf_finish(&b);
}

static int methodcaller_check(const RtModObj *o) {
    if (!o->s[0] || !RT_IS(o->s[0], RT_T_STR) || !o->s[1] || !RT_IS(o->s[1], RT_T_TUPLE)) return -1;
    PV kw = o->s[2];
    if (!kw) return 0;
    if (!RT_IS(kw, RT_T_TUPLE) || ((RtTuple *)kw)->n > ((RtTuple *)o->s[1])->n) return -1;
    for (pi64 i = 0; i < ((RtTuple *)kw)->n; i++)
        if (!RT_IS(((RtTuple *)kw)->items[i], RT_T_STR)) return -1;
    return 0;
}

const RtModKind rt_operator_kinds[] = {
    [OP_ITEMGETTER] = {.name = "operator.itemgetter",
        .row = "itemgetter",
                       .call = itemgetter_call,
                       .repr = itemgetter_repr,
                       .check = tuple_check},
    [OP_ATTRGETTER] = {.name = "operator.attrgetter",
        .row = "attrgetter",
                       .call = attrgetter_call,
                       .repr = attrgetter_repr,
                       .check = attrgetter_check},
    [OP_METHODCALLER] = {.name = "operator.methodcaller",
        .row = "methodcaller",
                         .step = methodcaller_step,
                         .calls = 1,
                         .waits = methodcaller_waits,
                         .repr = methodcaller_repr,
                         .check = methodcaller_check},
};
const int rt_operator_nkinds = OP_KIND_COUNT;

const RtModImpl rt_mod_operator_impls[] = {
#define IMPL(name, kind, arity, min, max, fn) fn,
    PITH_OPERATOR_NAMES(IMPL)
#undef IMPL
};
