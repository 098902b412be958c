/* rt_counter.c — collections.Counter: a dict of counts (kind RT_DK_COUNTER, rt_dict_kind.c) whose missing keys
 * count 0. Counting from iterables and mappings (update/subtract), most_common in CPython's order (a stable
 * sort by count, largest first), elements, total, the multiset operators + - | & (and their in-place forms,
 * unary + and -), the subset comparisons, and the repr "Counter({'a': 2, 'b': 1})". Each follows CPython 3.11's
 * Lib/collections/__init__.py step by step, so the order of the operations on counts (which may be any
 * values) is the same. Stage: runtime values. */
#include "rt_values.h"

static int is_counter(PV v) { return RT_IS(v, RT_T_DICT) && rt_dict_kind(v) == RT_DK_COUNTER; }

/* c[k] of a Counter (0 when absent), or other[k] of any mapping: a new reference. */
static PV count_of(PCtx *c, PV d, PV k) {
    if (is_counter(d)) {
        PV v;
        int r = rt_dict_lookup(c, d, k, &v);
        if (r < 0) return PV_NULL;
        if (r == 0) return PV_INT(0);
        pv_incref(v);
        return v;
    }
    return rt_getitem(c, d, k);
}

/* The (key, value) pairs of a dict as a list of 2-tuples: a stable copy to loop over while counts change. */
static PV items_of(PCtx *c, PV d) {
    RtDict *t = (RtDict *)d;
    PV l = rt_list_new(c, t->n);
    pi64 pos = 0;
    PV k, v;
    while (l && rt_dict_next_entry(t, &pos, &k, &v)) {
        pv_incref(k);
        pv_incref(v);
        PV kv[2] = {k, v}, pair = rt_tuple_from_steal(c, kv, 2);
        if (!pair || rt_list_append(c, l, pair) < 0) {
            pv_xdecref(c, pair);
            pv_decref(c, l);
            return PV_NULL;
        }
        pv_decref(c, pair);
    }
    return l;
}

static PV pair_key(PV pair) { return ((RtTuple *)pair)->items[0]; }
static PV pair_val(PV pair) { return ((RtTuple *)pair)->items[1]; }

/* c[k] = a op b (sign 1: b + a for update's `count + self_get(elem, 0)`; -1: a - b). */
static int add_count(PCtx *c, PV d, PV k, PV amount, int sign) {
    PV cur = count_of(c, d, k);
    if (!cur) return -1;
    PV v = sign > 0 ? rt_binop(c, PITH_OP_ADD, amount, cur) : rt_binop(c, PITH_OP_SUB, cur, amount);
    pv_decref(c, cur);
    int r = v ? rt_dict_set(c, d, k, v) : -1;
    pv_xdecref(c, v);
    return r;
}

int rt_counter_update(PCtx *c, PV counter, PV src, int sign) {
    if (RT_IS(src, RT_T_DICT)) {
        if (sign > 0 && ((RtDict *)counter)->n == 0) return rt_dict_merge(c, counter, src); /* dict.update */
        PV items = items_of(c, src);
        if (!items) return -1;
        int r = 0;
        for (pi64 i = 0; r == 0 && i < ((RtList *)items)->n; i++) {
            PV p = ((RtList *)items)->items[i];
            r = add_count(c, counter, pair_key(p), pair_val(p), sign);
        }
        pv_decref(c, items);
        return r;
    }
    PV it = rt_iter(c, src), x;
    if (!it) return -1;
    int r;
    while ((r = rt_next(c, it, &x)) == 1) {
        PV cur = count_of(c, counter, x);
        PV v = cur ? rt_binop(c, sign > 0 ? PITH_OP_ADD : PITH_OP_SUB, cur, PV_INT(1)) : PV_NULL;
        r = v ? rt_dict_set(c, counter, x, v) : -1;
        pv_xdecref(c, cur);
        pv_xdecref(c, v);
        pv_decref(c, x);
        if (r < 0) break;
    }
    pv_decref(c, it);
    return r;
}

/* ---- most_common and repr ---- */

/* The pairs sorted by count, largest first, ties in insertion order (sorted(..., reverse=True) is stable). */
static PV most_common(PCtx *c, PV d) {
    PV items = items_of(c, d), keys = items ? rt_list_new(c, ((RtList *)items)->n) : PV_NULL;
    for (pi64 i = 0; keys && i < ((RtList *)items)->n; i++)
        if (rt_list_append(c, keys, pair_val(((RtList *)items)->items[i])) < 0) {
            pv_decref(c, keys);
            keys = PV_NULL;
        }
    PV r = keys ? rt_list_sort_by_keys(c, items, keys, 1) : PV_NULL;
    pv_xdecref(c, keys);
    if (!r) {
        pv_xdecref(c, items);
        return PV_NULL;
    }
    pv_decref(c, r);
    return items;
}

/* "Counter({'a': 2, 'b': 1})" in most_common order; "Counter()"; counts that do not order: insertion order. */
PV rt_counter_repr(PCtx *c, PV d) {
    if (((RtDict *)d)->n == 0) return rt_str_cstr(c, "Counter()");
    PV items = most_common(c, d), plain = PV_NULL;
    if (!items && rt_exc_pending_class(c) == PITH_B_TYPEERROR) pv_decref(c, rt_exc_fetch(c));
    if (items) {
        plain = rt_dict_new(c);
        if (plain && rt_dict_merge(c, plain, items) < 0) {
            pv_decref(c, plain);
            plain = PV_NULL;
        }
        pv_decref(c, items);
    } else if (!rt_exc_pending(c)) {
        plain = rt_dict_new(c);
        if (plain && rt_dict_merge(c, plain, d) < 0) {
            pv_decref(c, plain);
            plain = PV_NULL;
        }
    }
    PV inner = plain ? rt_repr(c, plain) : PV_NULL;
    pv_xdecref(c, plain);
    if (!inner) return PV_NULL;
    PithBuf b = rt_buf_new(c);
    int rc = pith_buf_puts(&b, "Counter(");
    if (rc == 0) rc = pith_buf_put(&b, rt_strp(inner)->data, (size_t)rt_strp(inner)->nbytes);
    if (rc == 0) rc = pith_buf_putc(&b, ')');
    pv_decref(c, inner);
    if (rc < 0) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    return rt_buf_finish(&b);
}

/* ---- comparisons: counts compared key by key, a missing one as 0 (Python 3.10+) ---- */

/* all(a[e] op b[e] for e in a and then for e in b): 1, 0 or -1. */
static int all_counts(PCtx *c, int op, PV a, PV b) {
    for (int side = 0; side < 2; side++) {
        PV items = items_of(c, side ? b : a);
        if (!items) return -1;
        int r = 1;
        for (pi64 i = 0; r == 1 && i < ((RtList *)items)->n; i++) {
            PV k = pair_key(((RtList *)items)->items[i]);
            PV x = count_of(c, a, k), y = x ? count_of(c, b, k) : PV_NULL;
            PV t = y ? rt_compare(c, op, x, y) : PV_NULL;
            r = t ? rt_truth(c, t) : -1;
            pv_xdecref(c, x);
            pv_xdecref(c, y);
            pv_xdecref(c, t);
        }
        pv_decref(c, items);
        if (r != 1) return r;
    }
    return 1;
}

int rt_counter_compare(PCtx *c, int op, PV a, PV b, PV *out) {
    int r;
    switch (op) {
    case PITH_CMP_EQ:
    case PITH_CMP_NE:
        r = all_counts(c, PITH_CMP_EQ, a, b);
        if (r >= 0 && op == PITH_CMP_NE) r = !r;
        break;
    case PITH_CMP_LE:
    case PITH_CMP_GE: r = all_counts(c, op, a, b); break;
    default: /* a < b: a <= b and a != b */
        r = all_counts(c, op == PITH_CMP_LT ? PITH_CMP_LE : PITH_CMP_GE, a, b);
        if (r == 1) {
            r = all_counts(c, PITH_CMP_EQ, a, b);
            if (r >= 0) r = !r;
        }
    }
    *out = r < 0 ? PV_NULL : PV_BOOL(r);
    return 1;
}

/* ---- the multiset operators ---- */

/* count > 0 (or < 0): 1, 0, -1 error */
static int sign_test(PCtx *c, PV count, int op) {
    PV t = rt_compare(c, op, count, PV_INT(0));
    int r = t ? rt_truth(c, t) : -1;
    pv_xdecref(c, t);
    return r;
}

/* result[k] = v when v > 0 (v stolen). */
static int keep_if_positive(PCtx *c, PV result, PV k, PV v) {
    if (!v) return -1;
    int pos = sign_test(c, v, PITH_CMP_GT);
    int r = pos < 0 ? -1 : pos ? rt_dict_set(c, result, k, v) : 0;
    pv_decref(c, v);
    return r;
}

/* The new count of element k for a + b, a - b, a | b, a & b (a's count x, b's count y). */
static PV combine(PCtx *c, int op, PV x, PV y) {
    if (op == PITH_OP_ADD) return rt_binop(c, PITH_OP_ADD, x, y);
    if (op == PITH_OP_SUB) return rt_binop(c, PITH_OP_SUB, x, y);
    PV lt = rt_compare(c, PITH_CMP_LT, x, y);
    int t = lt ? rt_truth(c, lt) : -1;
    pv_xdecref(c, lt);
    if (t < 0) return PV_NULL;
    PV v = (op == PITH_OP_BITOR) == (t == 1) ? y : x; /* max for |, min for & */
    pv_incref(v);
    return v;
}

static PV binary(PCtx *c, int op, PV a, PV b) {
    PV result = rt_dict_kind_new(c, RT_DK_COUNTER, PV_NULL), items = result ? items_of(c, a) : PV_NULL;
    int r = items ? 0 : -1;
    for (pi64 i = 0; r == 0 && i < ((RtList *)items)->n; i++) {
        PV p = ((RtList *)items)->items[i], y = count_of(c, b, pair_key(p));
        r = y ? keep_if_positive(c, result, pair_key(p), combine(c, op, pair_val(p), y)) : -1;
        pv_xdecref(c, y);
    }
    pv_xdecref(c, items);
    items = r == 0 && op != PITH_OP_BITAND ? items_of(c, b) : PV_NULL;
    if (r == 0 && op != PITH_OP_BITAND && !items) r = -1;
    for (pi64 i = 0; r == 0 && items && i < ((RtList *)items)->n; i++) { /* elements only b has */
        PV p = ((RtList *)items)->items[i], v;
        int in_a = rt_dict_lookup(c, a, pair_key(p), &v);
        if (in_a != 0) {
            r = in_a < 0 ? -1 : 0;
            continue;
        }
        if (op == PITH_OP_SUB) {
            int neg = sign_test(c, pair_val(p), PITH_CMP_LT);
            r = neg < 0 ? -1 : 0;
            if (neg == 1) {
                PV m = rt_binop(c, PITH_OP_SUB, PV_INT(0), pair_val(p));
                r = m ? rt_dict_set(c, result, pair_key(p), m) : -1;
                pv_xdecref(c, m);
            }
        } else {
            pv_incref(pair_val(p));
            r = keep_if_positive(c, result, pair_key(p), pair_val(p));
        }
    }
    pv_xdecref(c, items);
    if (r < 0) {
        pv_xdecref(c, result);
        return PV_NULL;
    }
    return result;
}

/* Drops every count that is not > 0 (the in-place operators' _keep_positive). */
static int keep_positive(PCtx *c, PV d) {
    PV items = items_of(c, d);
    int r = items ? 0 : -1;
    for (pi64 i = 0; r == 0 && i < ((RtList *)items)->n; i++) {
        PV p = ((RtList *)items)->items[i];
        int pos = sign_test(c, pair_val(p), PITH_CMP_GT);
        r = pos < 0 ? -1 : pos ? 0 : (rt_dict_del(c, d, pair_key(p)) < 0 ? -1 : 0);
    }
    pv_xdecref(c, items);
    return r;
}

static int inplace(PCtx *c, int op, PV a, PV b) {
    PV items = items_of(c, op == PITH_OP_BITAND ? a : b);
    int r = items ? 0 : -1;
    for (pi64 i = 0; r == 0 && i < ((RtList *)items)->n; i++) {
        PV p = ((RtList *)items)->items[i], k = pair_key(p), v = PV_NULL;
        if (op == PITH_OP_ADD || op == PITH_OP_SUB) {
            PV cur = count_of(c, a, k);
            v = cur ? rt_binop(c, op, cur, pair_val(p)) : PV_NULL;
            pv_xdecref(c, cur);
        } else { /* |=: a[k] = max(a[k], b[k]); &=: a[k] = min(a[k], b[k]) */
            PV x = count_of(c, op == PITH_OP_BITOR ? a : b, k), y = pair_val(p);
            PV gt = x ? (op == PITH_OP_BITOR ? rt_compare(c, PITH_CMP_GT, y, x) : rt_compare(c, PITH_CMP_LT, x, y))
                      : PV_NULL;
            int t = gt ? rt_truth(c, gt) : -1;
            pv_xdecref(c, gt);
            if (t == 1) {
                v = op == PITH_OP_BITOR ? y : x;
                pv_incref(v);
            } else if (t < 0) {
                r = -1;
            }
            pv_xdecref(c, x);
            if (t != 1) continue;
        }
        r = v ? rt_dict_set(c, a, k, v) : -1;
        pv_xdecref(c, v);
    }
    pv_xdecref(c, items);
    return r < 0 ? -1 : keep_positive(c, a);
}

int rt_counter_binop(PCtx *c, int op, PV a, PV b, int in_place, PV *out) {
    if (op != PITH_OP_ADD && op != PITH_OP_SUB && op != PITH_OP_BITOR && op != PITH_OP_BITAND) return 0;
    if (!is_counter(a)) return 0;
    if (in_place && RT_IS(b, RT_T_DICT)) {
        *out = inplace(c, op, a, b) < 0 ? PV_NULL : (pv_incref(a), a);
        return 1;
    }
    if (!is_counter(b)) return 0;
    *out = binary(c, op, a, b);
    return 1;
}

/* +c keeps the positive counts, -c the negated negative ones. */
int rt_counter_unop(PCtx *c, int op, PV v, PV *out) {
    if (op != PITH_UOP_POS && op != PITH_UOP_NEG) return 0;
    PV result = rt_dict_kind_new(c, RT_DK_COUNTER, PV_NULL), items = result ? items_of(c, v) : PV_NULL;
    int r = items ? 0 : -1;
    for (pi64 i = 0; r == 0 && i < ((RtList *)items)->n; i++) {
        PV p = ((RtList *)items)->items[i];
        int keep = sign_test(c, pair_val(p), op == PITH_UOP_POS ? PITH_CMP_GT : PITH_CMP_LT);
        if (keep <= 0) {
            r = keep;
            continue;
        }
        PV n = op == PITH_UOP_POS ? (pv_incref(pair_val(p)), pair_val(p)) : rt_binop(c, PITH_OP_SUB, PV_INT(0), pair_val(p));
        r = n ? rt_dict_set(c, result, pair_key(p), n) : -1;
        pv_xdecref(c, n);
    }
    pv_xdecref(c, items);
    if (r < 0) {
        pv_xdecref(c, result);
        result = PV_NULL;
    }
    *out = result;
    return 1;
}

/* ---- methods ---- */

static PV m_most_common(PCtx *c, PV self, PV *a, int n, PV kw) {
    pi64 want = -1;
    if (a[0] && a[0] != PV_NONE && rt_index_arg(c, a[0], &want) < 0) return PV_NULL;
    PV items = most_common(c, self);
    if (!items || !a[0] || a[0] == PV_NONE) return items;
    RtList *l = (RtList *)items;
    if (want < 0) want = 0;
    while (l->n > want) pv_decref(c, l->items[--l->n]);
    return items;
}

/* Each element repeated by its count (counts below 1 give nothing), in insertion order. */
static PV m_elements(PCtx *c, PV self, PV *a, int n, PV kw) {
    PV out = rt_list_new(c, 0);
    pi64 pos = 0;
    PV k, v;
    while (out && rt_dict_next_entry((RtDict *)self, &pos, &k, &v)) {
        pi64 times;
        if (!rt_is_int(v)) {
            rt_err(c, PITH_B_TYPEERROR, "'%T' object cannot be interpreted as an integer", v);
            pv_decref(c, out);
            return PV_NULL;
        }
        if (rt_int_to_i64(v, &times) < 0 || (times > 0 && rt_mem_check(c, (double)times * sizeof(PV)) < 0)) {
            if (!rt_exc_pending(c)) rt_err(c, PITH_B_OVERFLOWERROR, "Python int too large to convert to C ssize_t");
            pv_decref(c, out);
            return PV_NULL;
        }
        for (pi64 i = 0; i < times; i++)
            if (rt_list_append(c, out, k) < 0 || rt_tick(c, 1) < 0) {
                pv_decref(c, out);
                return PV_NULL;
            }
    }
    if (!out) return PV_NULL;
    PV it = rt_iter(c, out);
    pv_decref(c, out);
    return it;
}

/* update / subtract (iterable=None, /, **kwds) */
static PV count_method(PCtx *c, PV self, PV *args, int nargs, PV kwnames, int sign) {
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0, npos = nargs - nkw;
    if (npos > 1) {
        rt_err(c, PITH_B_TYPEERROR, "expected at most 1 arguments, got %d", npos);
        return PV_NULL;
    }
    if (npos == 1 && args[0] != PV_NONE && rt_counter_update(c, self, args[0], sign) < 0) return PV_NULL;
    if (nkw) {
        PV kw = rt_dict_new(c);
        int r = kw ? 0 : -1;
        for (int i = 0; r == 0 && i < nkw; i++) r = rt_dict_set(c, kw, ((RtTuple *)kwnames)->items[i], args[npos + i]);
        if (r == 0) r = rt_counter_update(c, self, kw, sign);
        pv_xdecref(c, kw);
        if (r < 0) return PV_NULL;
    }
    return PV_NONE;
}

static PV m_update(PCtx *c, PV self, PV *args, int nargs, PV kw) { return count_method(c, self, args, nargs, kw, 1); }
static PV m_subtract(PCtx *c, PV self, PV *args, int nargs, PV kw) { return count_method(c, self, args, nargs, kw, -1); }

static PV m_total(PCtx *c, PV self, PV *a, int n, PV kw) {
    PV sum = PV_INT(0), k, v;
    pi64 pos = 0;
    while (sum && rt_dict_next_entry((RtDict *)self, &pos, &k, &v)) {
        PV s = rt_binop(c, PITH_OP_ADD, sum, v);
        pv_decref(c, sum);
        sum = s;
    }
    return sum;
}

static PV m_copy(PCtx *c, PV self, PV *a, int n, PV kw) { return rt_dict_kind_copy(c, self); }

static PV m_fromkeys(PCtx *c, PV self, PV *args, int nargs, PV kw) {
    rt_err(c, PITH_B_NOTIMPLEMENTEDERROR, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
    return PV_NULL;
}

const RtMethDef rt_counter_methods[] = {
    {"most_common", m_most_common, RT_M_POS, 0, 1, 0, NULL},
    {"elements", m_elements, RT_M_NOARGS, 0, 0, 0, NULL},
    {"update", m_update, RT_M_RAW, 0, 1, 0, NULL},
    {"subtract", m_subtract, RT_M_RAW, 0, 1, 0, NULL},
    {"total", m_total, RT_M_NOARGS, 0, 0, 0, NULL},
    {"copy", m_copy, RT_M_NOARGS, 0, 0, 0, NULL},
    {"fromkeys", m_fromkeys, RT_M_RAW, 0, 0, 0, NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL},
};
