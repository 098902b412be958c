/* rt_ops.c — generic operator dispatch, the slow path behind every inline fast path of pith_abi.h:
 * rt_binop, rt_inplace, rt_unop, rt_compare, rt_eq, rt_truth, rt_contains, rt_getitem/setitem/delitem,
 * rt_hash, rt_len, and the nesting guard of recursive container walks. Stage: runtime.
 * Error messages are CPython 3.11's, word for word (each was checked with python3). */
#include "rt_class.h"
#include "rt_values.h"
#include "rt_set.h"

static const char *const op_sym[] = {"+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "@"};
static const char *const cmp_sym[] = {"<", "<=", "==", "!=", ">", ">="};

static int is_num(PV v) { return rt_is_int(v) || RT_IS(v, RT_T_FLOAT); }

/* TypeError for an operator its operand types do not support ("for +=:" when in place). */
static PV unsupported(PCtx *c, int op, PV a, PV b, int inplace) {
    const char *sym = op >= 0 && op <= PITH_OP_MATMUL ? op_sym[op] : "?";
    if (inplace)
        rt_err(c, PITH_B_TYPEERROR, "unsupported operand type(s) for %s=: '%s' and '%s'",
               op == PITH_OP_POW ? "**" : sym, rt_type_name(a), rt_type_name(b));
    else
        rt_err(c, PITH_B_TYPEERROR, "unsupported operand type(s) for %s: '%s' and '%s'", sym, rt_type_name(a),
               rt_type_name(b));
    return PV_NULL;
}

/* The descriptor of an object, NULL for immediates (ints, None, bools). */
static const RtTypeDesc *desc_of(PV v) { return v && PV_IS_OBJ(v) ? rt_type_desc(RT_OBJ(v)) : NULL; }

/* The sequences (str, bytes, list, tuple) are the types that repeat; they are also the ones that concatenate. */
static int is_seq(PV v) {
    const RtTypeDesc *t = desc_of(v);
    return t && t->repeat;
}

/* seq * n or n * seq (seq a sequence); n must be an int. */
static PV repeat(PCtx *c, PV seq, PV n) {
    if (!rt_is_int(n)) {
        rt_err(c, PITH_B_TYPEERROR, "can't multiply sequence by non-int of type '%s'", rt_type_name(n));
        return PV_NULL;
    }
    pi64 k;
    if (rt_int_to_i64(n, &k) < 0) {
        if (rt_int_sign(n) < 0)
            k = 0;
        else {
            rt_err(c, PITH_B_OVERFLOWERROR, "cannot fit 'int' into an index-sized integer");
            return PV_NULL;
        }
    }
    return desc_of(seq)->repeat(c, seq, k);
}

/* a op b; inplace: a op= b (a mutable a's hook may change it in place), which also words the TypeError. */
static PV binop(PCtx *c, int op, PV a, PV b, int inplace) {
    if (rt_is_int(a) && rt_is_int(b)) {
        if (op == PITH_OP_MATMUL) return unsupported(c, op, a, b, inplace);
        if (PV_IS_BOOL(a) && PV_IS_BOOL(b) && op >= PITH_OP_BITAND && op <= PITH_OP_BITXOR) {
            int x = a == PV_TRUE, y = b == PV_TRUE;
            return PV_BOOL(op == PITH_OP_BITAND ? x & y : op == PITH_OP_BITOR ? x | y : x ^ y);
        }
        return rt_int_binop(c, op, a, b);
    }
    if (is_num(a) && is_num(b)) {
        if (op > PITH_OP_POW) return unsupported(c, op, a, b, inplace);
        double x, y;
        if (rt_to_double(c, a, &x) < 0 || rt_to_double(c, b, &y) < 0) return PV_NULL;
        return rt_float_binop(c, op, x, y);
    }
    const RtTypeDesc *ta = desc_of(a), *tb = desc_of(b);
    PV r;
    /* a user object's dunders come first on either side (its __radd__ before a builtin's concatenation, which
     * the builtin hooks word as an error): types flagged RT_TF_DUNDER_OPS */
    if (tb && (tb->flags & RT_TF_DUNDER_OPS) && tb != ta && tb->binop(c, op, a, b, inplace, &r)) return r;
    if (ta && ta->binop && ta->binop(c, op, a, b, inplace, &r)) return r;
    if (op == PITH_OP_MUL && (is_seq(a) || is_seq(b))) return is_seq(a) ? repeat(c, a, b) : repeat(c, b, a);
    if (tb && tb != ta && tb->binop && tb->binop(c, op, a, b, inplace, &r)) return r;
    return unsupported(c, op, a, b, inplace);
}

PV rt_binop(PCtx *c, int op, PV a, PV b) { return binop(c, op, a, b, 0); }

PV rt_inplace(PCtx *c, int op, PV a, PV b) { return binop(c, op, a, b, 1); }

PV rt_err_concat(PCtx *c, PV a, PV b) {
    rt_err(c, PITH_B_TYPEERROR, "can only concatenate %s (not \"%s\") to %s", rt_type_name(a), rt_type_name(b),
           rt_type_name(a));
    return PV_NULL;
}

PV rt_unop(PCtx *c, int op, PV a) {
    if (rt_is_int(a)) return rt_int_unop(c, op, a);
    const RtTypeDesc *t = desc_of(a);
    PV r;
    if (t && t->unop && t->unop(c, op, a, &r)) return r;
    rt_err(c, PITH_B_TYPEERROR, "bad operand type for unary %s: '%s'",
           op == PITH_UOP_NEG   ? "-"
           : op == PITH_UOP_POS ? "+"
                                : "~",
           rt_type_name(a));
    return PV_NULL;
}

/* ---- comparisons ---- */

/* Equality of two objects of the same type beyond numbers/strings: -1 error, 0/1, or 2 for "identity". */
static int same_kind_equal(PCtx *c, PV a, PV b) {
    int t = RT_TYPE(a);
    if (!t || t != RT_TYPE(b)) return 2;
    const RtTypeDesc *d = rt_types[t];
    return d->eq ? d->eq(c, a, b) : 2;
}

/* a op b: the types that order (numbers, str, bytes, list, tuple, sets) decide through their compare hook;
 * == and != on anything else fall back to eq, then identity; ordering anything else is a TypeError. */
PV rt_compare(PCtx *c, int op, PV a, PV b) {
    PV res;
    if ((PV_IS_INT(a) || PV_IS_BOOL(a)) && (PV_IS_INT(b) || PV_IS_BOOL(b))) { /* immediates: no table lookup */
        return rt_cmp_result(op, rt_int_cmp(a, b));
    }
    if (rt_is_str(a) && rt_is_str(b)) return rt_str_order(c, op, a, b);
    const RtTypeDesc *ta = desc_of(a), *tb = desc_of(b);
    /* a user object's dunders are Python's whole protocol, reflected ones included: asked first, either side */
    PV user = rt_is_user_obj(a) ? a : rt_is_user_obj(b) ? b : PV_NULL;
    if (user && desc_of(user)->compare(c, op, a, b, &res)) return res;
    if (ta && ta->compare && ta->compare(c, op, a, b, &res)) return res;
    if (tb && tb != ta && tb->compare && tb->compare(c, op, a, b, &res)) return res;
    if (op == PITH_CMP_EQ || op == PITH_CMP_NE) {
        int eq = a == b ? 1 : same_kind_equal(c, a, b);
        if (eq < 0) return PV_NULL;
        if (eq == 2) eq = a == b;
        return PV_BOOL(eq == (op == PITH_CMP_EQ));
    }
    rt_err(c, PITH_B_TYPEERROR, "'%s' not supported between instances of '%s' and '%s'", cmp_sym[op], rt_type_name(a),
           rt_type_name(b));
    return PV_NULL;
}

/* a == b with CPython's identity shortcut (containers treat x as equal to itself, even a NaN). */
int rt_eq(PCtx *c, PV a, PV b) {
    if (a == b) return 1;
    if (PV_IS_INT(a) && PV_IS_INT(b)) return 0;
    if (rt_is_str(a) && rt_is_str(b)) {
        rt_spend(c, rt_strp(a)->nbytes >> 6);
        return rt_str_eq(a, b);
    }
    PV r = rt_compare(c, PITH_CMP_EQ, a, b);
    return r ? r == PV_TRUE : -1;
}

int rt_truth(PCtx *c, PV v) {
    if (v == PV_TRUE) return 1;
    if (v == PV_FALSE || v == PV_NONE) return 0;
    if (PV_IS_INT(v)) return v != PV_INT(0);
    const RtTypeDesc *t = desc_of(v);
    if (!t) return 1;
    if (t->truth) return t->truth(c, v);
    if (!t->len) return 1;
    pi64 n = t->len(c, v);
    return n == RT_LEN_ERROR ? -1 : n != 0;
}

pi64 rt_len(PCtx *c, PV v) {
    const RtTypeDesc *t = desc_of(v);
    pi64 n = t && t->len ? t->len(c, v) : 0;
    if (n == RT_LEN_ERROR) return -1;
    if (n < 0) rt_err(c, PITH_B_OVERFLOWERROR, "Python int too large to convert to C ssize_t");
    if (t && t->len) return n;
    rt_err(c, PITH_B_TYPEERROR, "object of type '%s' has no len()", rt_type_name(v));
    return -1;
}

/* item in container: 0/1, -1 error. */
int rt_contains(PCtx *c, PV container, PV item) {
    const RtTypeDesc *t = desc_of(container);
    if (t && t->contains) return t->contains(c, container, item);
    rt_err(c, PITH_B_TYPEERROR, "argument of type '%s' is not iterable", rt_type_name(container));
    return -1;
}

/* `in` for iterators and generators: they are consumed up to the match, as in Python. */
int rt_contains_by_iter(PCtx *c, PV it, PV item) {
    PV x;
    int r, found = 0;
    while (!found && (r = rt_next(c, it, &x)) == 1) {
        found = rt_eq(c, x, item);
        pv_decref(c, x);
        if (found < 0 || rt_tick(c, 1) < 0) return -1;
    }
    return found ? 1 : r;
}

/* ---- subscripts ---- */

PV rt_getitem(PCtx *c, PV o, PV key) {
    const RtTypeDesc *t = desc_of(o);
    PV kv = rt_instance_value(key); /* an IntEnum member indexes a sequence as its int (its __index__) */
    if (kv && rt_is_int(kv) && (RT_IS(o, RT_T_LIST) || RT_IS(o, RT_T_TUPLE) || RT_IS(o, RT_T_STR) ||
                                RT_IS(o, RT_T_BYTES) || RT_IS(o, RT_T_RANGE)))
        key = kv;
    if (t && t->getitem) return t->getitem(c, o, key);
    rt_err(c, PITH_B_TYPEERROR, "'%s' object is not subscriptable", rt_type_name(o));
    return PV_NULL;
}

int rt_setitem(PCtx *c, PV o, PV key, PV value) {
    const RtTypeDesc *t = desc_of(o);
    if (t && t->setitem) return t->setitem(c, o, key, value);
    rt_err(c, PITH_B_TYPEERROR, "'%s' object does not support item assignment", rt_type_name(o));
    return -1;
}

int rt_delitem(PCtx *c, PV o, PV key) {
    const RtTypeDesc *t = desc_of(o);
    if (t && t->delitem) return t->delitem(c, o, key);
    /* CPython's two wordings: an index into something with a sequence side (PySequence_DelItem), or else */
    int seq = t && (t->getitem || t->contains || t->len) && rt_is_int(key);
    rt_err(c, PITH_B_TYPEERROR,
           seq ? "'%s' object doesn't support item deletion" : "'%s' object does not support item deletion",
           rt_type_name(o));
    return -1;
}

/* ---- hashing ---- */

int rt_hash(PCtx *c, PV v, pu64 *out) {
    if (PV_IS_INT(v) || PV_IS_BOOL(v)) {
        *out = rt_int_hash(v);
        return 0;
    }
    if (v == PV_NONE) {
        *out = 0xFCA86420ULL >> 4;
        return 0;
    }
    if (RT_IS(v, RT_T_EXC) && ((RtExc *)v)->ucls) return rt_user_hash(c, v, out); /* a user exception's */
    const RtTypeDesc *t = desc_of(v);
    if (t && t->hash) return t->hash(c, v, out);
    *out = rt_identity_hash(v);
    return 0;
}

int rt_hash_unhashable(PCtx *c, PV v, pu64 *out) {
    (void)out;
    rt_err(c, PITH_B_TYPEERROR, "unhashable type: '%s'", rt_type_name(v));
    return -1;
}
