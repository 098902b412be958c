/* rt_range.c — range objects: construction, len, indexing, slicing, `in`, index/count, ==, hash, repr,
 * iteration (and a for loop's counters: rt_range_prepare), reversed and the snapshot codec. Stage: runtime.
 * Two representations, as CPython has range and longrange iterators: when start, stop, step and the length
 * all fit in 64 bits (nearly every range) they are C integers and every operation is C arithmetic; otherwise
 * RtRange.big holds them as Python ints and the operations below compute with ints, exactly as CPython's
 * rangeobject.c does (len() then raises OverflowError past 2**63 - 1, everything else works). */
#include <math.h>

#include "rt_class.h"
#include "rt_values.h"
#include "rt_snap_codec.h"

/* ---- construction ---- */

/* The length of a 64-bit range, or -1 when it does not fit in 63 bits (range(-2**63, 2**63 - 1)). */
static pi64 small_len(pi64 start, pi64 stop, pi64 step) {
    pu64 n = 0;
    if (step > 0 && start < stop) n = ((pu64)stop - (pu64)start - 1) / (pu64)step + 1;
    if (step < 0 && start > stop) n = ((pu64)start - (pu64)stop - 1) / (0 - (pu64)step) + 1;
    return n > (pu64)INT64_MAX ? -1 : (pi64)n;
}

static PV int_add(PCtx *c, PV a, PV b) { return rt_int_binop(c, PITH_OP_ADD, a, b); }
static PV int_sub(PCtx *c, PV a, PV b) { return rt_int_binop(c, PITH_OP_SUB, a, b); }
static PV int_mul(PCtx *c, PV a, PV b) { return rt_int_binop(c, PITH_OP_MUL, a, b); }

/* (stop - start - 1) // step + 1 for a non-empty range, else 0 (new ref). */
static PV big_len(PCtx *c, PV start, PV stop, PV step) {
    int up = rt_int_sign(step) > 0;
    PV lo = up ? start : stop, hi = up ? stop : start;
    if (rt_int_cmp(lo, hi) >= 0) return PV_INT(0);
    PV span = int_sub(c, hi, lo), one = PV_INT(1);
    PV st = span ? (up ? (pv_incref(step), step) : rt_int_unop(c, PITH_UOP_NEG, step)) : PV_NULL;
    PV m1 = st ? int_sub(c, span, one) : PV_NULL;
    PV q = m1 ? rt_int_binop(c, PITH_OP_FLOORDIV, m1, st) : PV_NULL;
    PV n = q ? int_add(c, q, one) : PV_NULL;
    pv_xdecref(c, span);
    pv_xdecref(c, st);
    pv_xdecref(c, m1);
    pv_xdecref(c, q);
    return n;
}

/* An int as a range keeps it (a bool becomes 0 or 1, as operator.index gives). */
static PV as_int(PV v) {
    if (PV_IS_BOOL(v)) return PV_INT(v == PV_TRUE);
    pv_incref(v);
    return v;
}

PV rt_range_from_ints(PCtx *c, PV start, PV stop, PV step) {
    if (rt_int_sign(step) == 0) {
        rt_err(c, PITH_B_VALUEERROR, "range() arg 3 must not be zero");
        return PV_NULL;
    }
    pi64 a, b, s;
    if (rt_int_to_i64(start, &a) == 0 && rt_int_to_i64(stop, &b) == 0 && rt_int_to_i64(step, &s) == 0 &&
        small_len(a, b, s) >= 0)
        return rt_range_new(c, a, b, s);
    PV len = big_len(c, start, stop, step);
    if (!len) return PV_NULL;
    RtRange *r = (RtRange *)rt_obj_new(c, RT_T_RANGE, sizeof(RtRange));
    if (!r) {
        pv_decref(c, len);
        return PV_NULL;
    }
    r->big[0] = as_int(start);
    r->big[1] = as_int(stop);
    r->big[2] = as_int(step);
    r->big[3] = len;
    if (rt_int_to_i64(len, &r->len) < 0) r->len = -1; /* len() is an OverflowError */
    return (PV)r;
}

/* range(stop), range(start, stop[, step]) with CPython's checks in its order: every argument an int, then step. */
PV rt_range_call(PCtx *c, PV *args, int nargs) {
    PV ints[3];
    for (int i = 0; i < nargs && i < 3; i++) { /* an IntEnum member is its int (its __index__) */
        PV v = rt_instance_value(args[i]);
        ints[i] = v && rt_is_int(v) ? v : args[i];
    }
    if (nargs <= 3) args = ints;
    for (int i = 0; i < nargs; i++) {
        if (!rt_is_int(args[i])) {
            rt_err(c, PITH_B_TYPEERROR, "'%s' object cannot be interpreted as an integer", rt_type_name(args[i]));
            return PV_NULL;
        }
    }
    if (nargs == 1) return rt_range_from_ints(c, PV_INT(0), args[0], PV_INT(1));
    return rt_range_from_ints(c, args[0], args[1], nargs == 3 ? args[2] : PV_INT(1));
}

PV rt_range_new(PCtx *c, pi64 start, pi64 stop, pi64 step) {
    if (step == 0) {
        rt_err(c, PITH_B_VALUEERROR, "range() arg 3 must not be zero");
        return PV_NULL;
    }
    pi64 len = small_len(start, stop, step);
    if (len < 0) { /* 64-bit bounds, but more than 2**63 - 1 items */
        PV a = rt_int_from_i64(c, start), b = a ? rt_int_from_i64(c, stop) : PV_NULL;
        PV s = b ? rt_int_from_i64(c, step) : PV_NULL;
        PV r = s ? rt_range_from_ints(c, a, b, s) : PV_NULL;
        pv_xdecref(c, a);
        pv_xdecref(c, b);
        pv_xdecref(c, s);
        return r;
    }
    RtRange *r = (RtRange *)rt_obj_new(c, RT_T_RANGE, sizeof(RtRange));
    if (!r) return PV_NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = len;
    return (PV)r;
}

/* start, stop, step and len of any range as ints (new refs); -1 on MemoryError (nothing left in f). */
static int fields(PCtx *c, const RtRange *r, PV f[4]) {
    if (r->big[0]) {
        for (int i = 0; i < 4; i++) {
            f[i] = r->big[i];
            pv_incref(f[i]);
        }
        return 0;
    }
    const pi64 v[4] = {r->start, r->stop, r->step, r->len};
    for (int i = 0; i < 4; i++) {
        if (!(f[i] = rt_int_from_i64(c, v[i]))) {
            while (i--) pv_decref(c, f[i]);
            return -1;
        }
    }
    return 0;
}

static void fields_drop(PCtx *c, PV f[4]) {
    for (int i = 0; i < 4; i++) pv_decref(c, f[i]);
}

PV rt_range_field(PCtx *c, PV v, int which) {
    const RtRange *r = (const RtRange *)v;
    if (r->big[0]) {
        pv_incref(r->big[which]);
        return r->big[which];
    }
    return rt_int_from_i64(c, which == 0 ? r->start : which == 1 ? r->stop : r->step);
}

/* ---- items ---- */

static pi64 range_item(const RtRange *r, pi64 i) { return (pi64)((pu64)r->start + (pu64)i * (pu64)r->step); }

/* start + i * step (new ref). */
static PV item_at(PCtx *c, PV f[4], PV i) {
    PV off = int_mul(c, i, f[2]);
    PV v = off ? int_add(c, f[0], off) : PV_NULL;
    pv_xdecref(c, off);
    return v;
}

static PV big_getitem(PCtx *c, PV f[4], PV key) {
    PV i = as_int(key);
    if (rt_int_sign(i) < 0) {
        PV j = int_add(c, i, f[3]);
        pv_decref(c, i);
        if (!(i = j)) return PV_NULL;
    }
    if (rt_int_sign(i) < 0 || rt_int_cmp(i, f[3]) >= 0) {
        pv_decref(c, i);
        rt_err(c, PITH_B_INDEXERROR, "range object index out of range");
        return PV_NULL;
    }
    PV v = item_at(c, f, i);
    pv_decref(c, i);
    return v;
}

/* One bound of a slice of a sequence of length len, clamped as CPython's _PySlice_GetLongIndices does
 * (new ref in *out; def: the bound for None). */
static int slice_bound(PCtx *c, PV v, PV len, PV lower, PV upper, PV def, PV *out) {
    if (v == PV_NONE) {
        pv_incref(def);
        *out = def;
        return 0;
    }
    PV b = as_int(v);
    if (rt_int_sign(b) < 0) {
        PV s = int_add(c, b, len);
        pv_decref(c, b);
        if (!(b = s)) return -1;
        if (rt_int_cmp(b, lower) < 0) {
            pv_decref(c, b);
            pv_incref(lower);
            b = lower;
        }
    } else if (rt_int_cmp(b, upper) > 0) {
        pv_decref(c, b);
        pv_incref(upper);
        b = upper;
    }
    *out = b;
    return 0;
}

/* r[slice] computed with ints (any range: slicing is rare, and 64-bit bounds can overflow in between):
 * range(start + i*step, start + j*step, step*k) for the clamped slice (i, j, k). */
static PV range_slice(PCtx *c, const RtRange *r, const RtSlice *s) {
    PV parts[3] = {s->start, s->stop, s->step};
    for (int i = 0; i < 3; i++) {
        if (parts[i] != PV_NONE && !rt_is_int(parts[i])) {
            rt_err(c, PITH_B_TYPEERROR, "slice indices must be integers or None or have an __index__ method");
            return PV_NULL;
        }
    }
    if (parts[2] != PV_NONE && rt_int_sign(parts[2]) == 0) {
        rt_err(c, PITH_B_VALUEERROR, "slice step cannot be zero");
        return PV_NULL;
    }
    PV f[4];
    if (fields(c, r, f) < 0) return PV_NULL;
    PV k = parts[2] == PV_NONE ? PV_INT(1) : as_int(parts[2]);
    int neg = rt_int_sign(k) < 0;
    PV lower = neg ? PV_INT(-1) : PV_INT(0);
    PV upper = neg ? int_add(c, f[3], lower) : (pv_incref(f[3]), f[3]);
    PV i = PV_NULL, j = PV_NULL, first = PV_NULL, last = PV_NULL, step = PV_NULL, res = PV_NULL;
    if (upper && slice_bound(c, parts[0], f[3], lower, upper, neg ? upper : lower, &i) == 0 &&
        slice_bound(c, parts[1], f[3], lower, upper, neg ? lower : upper, &j) == 0 && (first = item_at(c, f, i)) &&
        (last = item_at(c, f, j)) && (step = int_mul(c, f[2], k)))
        res = rt_range_from_ints(c, first, last, step);
    PV tmp[] = {k, upper, i, j, first, last, step};
    for (size_t n = 0; n < sizeof tmp / sizeof tmp[0]; n++) pv_xdecref(c, tmp[n]);
    fields_drop(c, f);
    return res;
}

PV rt_range_getitem(PCtx *c, PV v, PV key) {
    RtRange *r = (RtRange *)v;
    if (rt_is_int(key)) {
        if (r->big[0]) return big_getitem(c, r->big, key);
        pi64 i;
        if (rt_int_to_i64(key, &i) < 0) { /* too big for any 64-bit range */
            rt_err(c, PITH_B_INDEXERROR, "range object index out of range");
            return PV_NULL;
        }
        if (rt_seq_index(c, key, r->len, "range object index out of range", &i) < 0) return PV_NULL;
        return rt_int_from_i64(c, range_item(r, i));
    }
    if (RT_IS(key, RT_T_SLICE)) return range_slice(c, r, (const RtSlice *)key);
    rt_err(c, PITH_B_TYPEERROR, "range indices must be integers or slices, not %s", rt_type_name(key));
    return PV_NULL;
}

/* ---- membership ---- */

/* Position of integer x in a 64-bit range, or -1. */
static pi64 range_pos(const RtRange *r, PV x) {
    pi64 i;
    if (rt_int_to_i64(x, &i) < 0 || r->len == 0) return -1;
    pu64 off = r->step > 0 ? (pu64)i - (pu64)r->start : (pu64)r->start - (pu64)i;
    pu64 st = r->step > 0 ? (pu64)r->step : 0 - (pu64)r->step;
    if (r->step > 0 ? i < r->start : i > r->start) return -1;
    if (off % st != 0 || off / st >= (pu64)r->len) return -1;
    return (pi64)(off / st);
}

/* Position of integer x in any range (new ref), PV_NONE when it is not a member, PV_NULL on error. */
static PV big_pos(PCtx *c, const RtRange *r, PV x) {
    PV f[4];
    if (fields(c, r, f) < 0) return PV_NULL;
    int up = rt_int_sign(f[2]) > 0;
    int in =
        up ? rt_int_cmp(f[0], x) <= 0 && rt_int_cmp(x, f[1]) < 0 : rt_int_cmp(f[1], x) < 0 && rt_int_cmp(x, f[0]) <= 0;
    PV off = in ? int_sub(c, x, f[0]) : PV_NULL;
    PV rem = off ? rt_int_binop(c, PITH_OP_MOD, off, f[2]) : PV_NULL;
    PV pos = !in                            ? PV_NONE
             : rem && rt_int_sign(rem) == 0 ? rt_int_binop(c, PITH_OP_FLOORDIV, off, f[2])
             : rem                          ? PV_NONE
                                            : PV_NULL;
    pv_xdecref(c, off);
    pv_xdecref(c, rem);
    fields_drop(c, f);
    return pos;
}

/* An integral float as an int (new ref), PV_NONE for any other float. */
static PV integral(PCtx *c, double d) {
    if (!isfinite(d) || d != floor(d)) return PV_NONE;
    if (fabs(d) < 9.2e18) return rt_int_from_i64(c, (pi64)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    return rt_big_steal(c, z);
}

/* Position of item in r as an int (new ref), PV_NONE when absent, PV_NULL on error. Floats equal to a
 * member count; other types never do (CPython would compare every item). */
static PV position(PCtx *c, const RtRange *r, PV item) {
    PV x = rt_is_int(item) ? as_int(item) : RT_IS(item, RT_T_FLOAT) ? integral(c, rt_float_value(item)) : PV_NONE;
    if (!x || x == PV_NONE) return x;
    PV pos;
    if (r->big[0]) {
        pos = big_pos(c, r, x);
    } else {
        pi64 i = range_pos(r, x);
        pos = i < 0 ? PV_NONE : rt_int_from_i64(c, i);
    }
    pv_decref(c, x);
    return pos;
}

int rt_range_contains(PCtx *c, PV v, PV item) {
    RtRange *r = (RtRange *)v;
    if (!r->big[0] && rt_is_int(item)) return range_pos(r, item) >= 0;
    PV pos = position(c, r, item);
    if (!pos) return -1;
    int found = pos != PV_NONE;
    pv_decref(c, pos);
    return found;
}

static PV range_index(PCtx *c, PV self, PV *a, int n, PV kw) {
    (void)n;
    (void)kw;
    PV pos = position(c, (RtRange *)self, a[0]);
    if (pos == PV_NONE) rt_err(c, PITH_B_VALUEERROR, "%R is not in range", a[0]);
    return pos == PV_NONE ? PV_NULL : pos;
}

static PV range_count(PCtx *c, PV self, PV *a, int n, PV kw) {
    (void)n;
    (void)kw;
    int r = rt_range_contains(c, self, a[0]);
    return r < 0 ? PV_NULL : PV_INT(r);
}

const RtMethDef rt_range_methods[] = {
    {"count", range_count, RT_M_O, 1, 1, 0, NULL},
    {"index", range_index, RT_M_O, 1, 1, 0, NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL},
};

/* ---- ==, hash, repr ---- */

/* Ranges are equal when they hold the same items: same length, then (unless empty) same start, then (unless
 * one item) same step. -1 on MemoryError. */
static int range_eq(PCtx *c, PV a, PV b) {
    const RtRange *x = (const RtRange *)a, *y = (const RtRange *)b;
    if (!x->big[0] && !y->big[0]) {
        if (x->len != y->len) return 0;
        if (x->len == 0) return 1;
        if (x->start != y->start) return 0;
        return x->len == 1 || x->step == y->step;
    }
    PV f[4], g[4];
    if (fields(c, x, f) < 0) return -1;
    if (fields(c, y, g) < 0) {
        fields_drop(c, f);
        return -1;
    }
    int eq = rt_int_cmp(f[3], g[3]) == 0 &&
             (rt_int_sign(f[3]) == 0 ||
              (rt_int_cmp(f[0], g[0]) == 0 && (rt_int_cmp(f[3], PV_INT(1)) == 0 || rt_int_cmp(f[2], g[2]) == 0)));
    fields_drop(c, f);
    fields_drop(c, g);
    return eq;
}

/* hash(range): CPython hashes (len, start, step) with None for parts that do not matter. */
static int range_hash(PCtx *c, PV v, pu64 *out) {
    PV f[4];
    if (fields(c, (const RtRange *)v, f) < 0) return -1;
    int n = rt_int_sign(f[3]) == 0 ? 0 : rt_int_cmp(f[3], PV_INT(1)) == 0 ? 1 : 2;
    PV parts[3] = {f[3], n > 0 ? f[0] : PV_NONE, n > 1 ? f[2] : PV_NONE};
    for (int i = 0; i < 3; i++) pv_incref(parts[i]);
    fields_drop(c, f);
    PV t = rt_tuple_from_steal(c, parts, 3);
    if (!t) return -1;
    int rc = rt_tuple_hash(c, t, out);
    pv_decref(c, t);
    return rc;
}

PV rt_range_repr(PCtx *c, PV v) {
    PV f[4];
    if (fields(c, (const RtRange *)v, f) < 0) return PV_NULL;
    int nparts = rt_int_cmp(f[2], PV_INT(1)) == 0 ? 2 : 3;
    PithBuf b = rt_buf_new(c);
    pith_buf_puts(&b, "range(");
    int ok = 1;
    for (int i = 0; i < nparts && ok; i++) {
        PV s = rt_int_repr(c, f[i]);
        if (i) pith_buf_puts(&b, ", ");
        ok = s && rt_buf_put_str(&b, s) == 0;
        pv_xdecref(c, s);
    }
    pith_buf_puts(&b, ")");
    fields_drop(c, f);
    if (!ok) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    return rt_buf_finish(&b);
}

/* ---- iteration ---- */

/* An int argument of range() as a C integer (bools count as ints, as in CPython); 0 for anything else. */
static int small_range_arg(PV v, pi64 *out) {
    if (PV_IS_INT(v)) {
        *out = PV_IVAL(v);
        return 1;
    }
    if (v == PV_TRUE || v == PV_FALSE) {
        *out = v == PV_TRUE;
        return 1;
    }
    return 0;
}

/* The counters are out[0..3) = (cur, count, step) when every argument is a small int and so is the count;
 * otherwise (a big bound or step, or an argument range() refuses) range() itself decides, and a loop counts
 * with out[3] = its iterator, the counters left empty. */
int rt_range_prepare(PCtx *c, PV *args, int nargs, PV out[4]) {
    pi64 v[3] = {0, 0, 1};
    out[0] = out[1] = out[2] = out[3] = PV_NULL;
    int small = 1;
    for (int i = 0; i < nargs; i++) small &= small_range_arg(args[i], &v[nargs == 1 ? 1 : i]);
    pi64 start = v[0], stop = v[1], step = v[2];
    __int128 span = step > 0 ? (__int128)stop - start : (__int128)start - stop;
    __int128 st = step > 0 ? step : -(__int128)step;
    __int128 count = span > 0 && step != 0 ? (span - 1) / st + 1 : 0;
    if (!small || step == 0 || count > PV_SMALL_MAX) {
        PV r = rt_range_call(c, args, nargs); /* CPython's errors, in its order */
        if (!r) return -1;
        out[3] = rt_iter(c, r);
        pv_decref(c, r);
        return out[3] ? 0 : -1;
    }
    out[0] = PV_INT(start);
    out[1] = PV_INT((pi64)count);
    out[2] = PV_INT(step); /* generated code advances with cur += step - 1, which keeps the tag */
    return 0;
}

static PV range_iter(PCtx *c, PV o) {
    RtRange *r = (RtRange *)o;
    if (r->big[0]) { /* CPython's longrange_iterator: the next value, compared with stop */
        RtIter *it = (RtIter *)rt_iter_new(c, RT_IT_BIGRANGE, o);
        if (!it) return PV_NULL;
        it->aux = r->big[0];
        pv_incref(it->aux);
        return (PV)it;
    }
    RtIter *it = (RtIter *)rt_iter_new(c, RT_IT_RANGE, PV_NULL);
    if (!it) return PV_NULL;
    it->cur = r->start;
    it->step = r->step;
    it->stop = r->len;
    return (PV)it;
}

int rt_range_big_next(PCtx *c, RtIter *it, PV *out) {
    const RtRange *r = (const RtRange *)it->src;
    int cmp = rt_int_cmp(it->aux, r->big[1]);
    if (rt_int_sign(r->big[2]) > 0 ? cmp >= 0 : cmp <= 0) return 0;
    PV next = int_add(c, it->aux, r->big[2]);
    if (!next) return -1;
    *out = it->aux;
    it->aux = next;
    return 1;
}

/* reversed(r): iter(range(last, start - step, -step)), or of an empty range. */
PV rt_range_reversed(PCtx *c, PV v) {
    PV f[4];
    if (fields(c, (const RtRange *)v, f) < 0) return PV_NULL;
    PV rr = PV_NULL;
    if (rt_int_sign(f[3]) == 0) {
        rr = rt_range_new(c, 0, 0, 1);
    } else {
        PV n1 = int_sub(c, f[3], PV_INT(1));
        PV last = n1 ? item_at(c, f, n1) : PV_NULL;
        PV stop = last ? int_sub(c, f[0], f[2]) : PV_NULL;
        PV step = stop ? rt_int_unop(c, PITH_UOP_NEG, f[2]) : PV_NULL;
        if (step) rr = rt_range_from_ints(c, last, stop, step);
        pv_xdecref(c, n1);
        pv_xdecref(c, last);
        pv_xdecref(c, stop);
        pv_xdecref(c, step);
    }
    fields_drop(c, f);
    PV it = rr ? rt_iter(c, rr) : PV_NULL;
    pv_xdecref(c, rr);
    return it;
}

/* ---- the type ---- */

static pi64 range_size(PCtx *c, PV v) {
    (void)c;
    return ((RtRange *)v)->len;
}

static int range_truth(PCtx *c, PV v) {
    (void)c;
    const RtRange *r = (const RtRange *)v;
    return r->big[0] ? rt_int_sign(r->big[3]) != 0 : r->len != 0;
}

static void range_finalize(PCtx *c, PObj *o) {
    RtRange *r = (RtRange *)o;
    for (int i = 0; i < 4; i++) pv_xdecref(c, r->big[i]); /* ints: nothing a collector could reach */
}

/* An int of the payload: u8 negative, then the magnitude as little-endian bytes. */
/* Payload: sv start, stop, step, len; a range beyond 64 bits writes 0, 0, 0, -1 (step 0 is no range, so
 * older snapshots never hold it) and then start, stop and step as ints. */
static void range_snap_put(RtSnapW *w, PObj *o) {
    RtRange *r = (RtRange *)o;
    int big = r->big[0] != PV_NULL;
    rt_snap_put_sv(w, big ? 0 : r->start);
    rt_snap_put_sv(w, big ? 0 : r->stop);
    rt_snap_put_sv(w, big ? 0 : r->step);
    rt_snap_put_sv(w, big ? -1 : r->len);
    for (int i = 0; big && i < 3; i++) rt_int_snap_put(w, r->big[i]);
}

static PV range_snap_make(RtSnapR *r, int type) {
    (void)type;
    int64_t start = rt_snap_get_sv(r), stop = rt_snap_get_sv(r), step = rt_snap_get_sv(r);
    int64_t len = rt_snap_get_sv(r); /* recomputed; -1 marks a range beyond 64 bits */
    if (rt_snap_r_bad(r)) return PV_NULL;
    if (step != 0) return rt_range_new(rt_snap_ctx(r), start, stop, step);
    if (len != -1) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    PV v[3] = {PV_NULL, PV_NULL, PV_NULL};
    for (int i = 0; i < 3 && !rt_snap_r_bad(r); i++) v[i] = rt_int_snap_get(r);
    PV res = PV_NULL;
    if (v[0] && v[1] && v[2]) {
        if (rt_int_sign(v[2]) == 0)
            rt_snap_corrupt(r);
        else
            res = rt_range_from_ints(rt_snap_ctx(r), v[0], v[1], v[2]);
    }
    for (int i = 0; i < 3; i++) pv_xdecref(rt_snap_ctx(r), v[i]);
    return res;
}

static const RtMethDef *const range_methods[] = {rt_range_methods, NULL};

/* r.start, r.stop, r.step (any int, big bounds included) */
static int range_getattr(PCtx *c, PV v, PV name, PV *out) {
    int which = rt_name_is(name, "start") ? 0 : rt_name_is(name, "stop") ? 1 : rt_name_is(name, "step") ? 2 : -1;
    if (which < 0) return 0;
    *out = rt_range_field(c, v, which);
    return *out ? 1 : -1;
}

const RtTypeDesc rt_range_type = {
    .name = "range",
    .flags = RT_TF_READONLY_FIELDS,
    .cls = PITH_B_RANGE,
    .repr = rt_range_repr,
    .hash = range_hash,
    .eq = range_eq,
    .iter = range_iter,
    .reversed = rt_range_reversed,
    .getattr = range_getattr,
    .methods = range_methods,
    .len = range_size,
    .truth = range_truth,
    .contains = rt_range_contains,
    .getitem = rt_range_getitem,
    .finalize = range_finalize,
    .snap_tag = SNAP_O_RANGE,
    .snap_put = range_snap_put,
    .snap_make = range_snap_make,
};
