/* rt_list.c — list and tuple: construction (a tuple's: core/rt_make.c), growth, indexing and slicing (get/set/del, extended slices),
 * concatenation, repetition (size-checked), lexicographic comparison, `in`, repr (with [...] for
 * self-reference) and CPython's tuple hash. Stage: runtime. Invariants: RtList.items[0..n) are owned
 * references, cap >= n; a tuple is immutable once built (items all set). Methods: rt_list_methods.c. */
#include <string.h>

#include "rt_values.h"
#include "rt_snap_codec.h"

/* ---- construction ---- */

PV rt_list_new(PCtx *c, pi64 cap) {
    RtList *l = (RtList *)rt_obj_new(c, RT_T_LIST, sizeof(RtList));
    if (!l) return PV_NULL;
    if (cap > 0 && rt_list_reserve(c, l, cap) < 0) {
        pv_decref(c, (PV)l);
        return PV_NULL;
    }
    return (PV)l;
}

/* Make room for extra more items (amortised growth by about 1/8, as CPython). */
int rt_list_reserve(PCtx *c, RtList *l, pi64 extra) {
    pi64 need = l->n + extra;
    if (need <= l->cap) return 0;
    if (rt_mem_check(c, (double)need * sizeof(PV)) < 0) return -1;
    pi64 cap = need + (need >> 3) + (need < 9 ? 3 : 6);
    PV *p = rt_realloc(c, l->items, (size_t)l->cap * sizeof(PV), (size_t)cap * sizeof(PV));
    if (!p) return -1;
    l->items = p;
    l->cap = cap;
    return 0;
}

static void decref_all(PCtx *c, PV *items, pi64 n) {
    for (pi64 i = 0; i < n; i++) pv_xdecref(c, items[i]);
}

PV rt_list_from_steal(PCtx *c, PV *items, pi64 n) {
    PV l = rt_list_new(c, n);
    if (!l) {
        decref_all(c, items, n);
        return PV_NULL;
    }
    if (n) memcpy(((RtList *)l)->items, items, (size_t)n * sizeof(PV));
    ((RtList *)l)->n = n;
    return l;
}

int rt_list_append(PCtx *c, PV list, PV item) {
    if (rt_slot_bad(c, list, RT_T_LIST)) return -1;
    RtList *l = (RtList *)list;
    if (l->n == l->cap && rt_list_reserve(c, l, 1) < 0) return -1;
    pv_incref(item);
    l->items[l->n++] = item;
    return 0;
}

/* list.extend(iterable) / list += iterable. Extending a list by itself doubles it. */
int rt_list_extend(PCtx *c, PV list, PV iterable) {
    if (rt_slot_bad(c, list, RT_T_LIST)) return -1;
    RtList *l = (RtList *)list;
    /* CPython asks a sized iterable for its length first: a range too long for it raises OverflowError at once */
    if (RT_IS(iterable, RT_T_RANGE) && rt_len(c, iterable) < 0) return -1;
    if (RT_IS(iterable, RT_T_LIST) || RT_IS(iterable, RT_T_TUPLE)) {
        pi64 n;
        PV *src = rt_seq_items(iterable, &n);
        if (rt_list_reserve(c, l, n) < 0) return -1;
        src = rt_seq_items(iterable, &n); /* may have moved if iterable is list itself */
        for (pi64 i = 0; i < n; i++) {
            pv_incref(src[i]);
            l->items[l->n + i] = src[i];
        }
        l->n += n;
        return rt_tick(c, RT_MOVE_FUEL(n));
    }
    PV it = rt_iter(c, iterable), x;
    if (!it) return -1;
    int r;
    while ((r = rt_next(c, it, &x)) == 1) {
        r = rt_list_append(c, list, x);
        pv_decref(c, x);
        if (r < 0 || rt_tick(c, 1) < 0) {
            r = -1;
            break;
        }
    }
    pv_decref(c, it);
    return r;
}

PV rt_seq_to_list(PCtx *c, PV iterable) {
    PV l = rt_list_new(c, 0);
    if (l && rt_list_extend(c, l, iterable) < 0) {
        pv_decref(c, l);
        return PV_NULL;
    }
    return l;
}

/* ---- indexing and slicing ---- */

static const char *seq_name(PV seq) { return RT_IS(seq, RT_T_LIST) ? "list" : "tuple"; }

/* A new list or tuple (like seq) of the count items seq[start::step]. */
static PV seq_slice(PCtx *c, PV seq, pi64 start, pi64 step, pi64 count) {
    pi64 n;
    PV *src = rt_seq_items(seq, &n);
    PV r = RT_IS(seq, RT_T_LIST) ? rt_list_new(c, count) : rt_tuple_new(c, count);
    if (!r) return PV_NULL;
    pi64 m;
    PV *dst = rt_seq_items(r, &m);
    for (pi64 k = 0; k < count; k++) {
        dst[k] = src[start + k * step];
        pv_incref(dst[k]);
    }
    if (RT_IS(r, RT_T_LIST)) ((RtList *)r)->n = count;
    return r;
}

PV rt_seq_getitem(PCtx *c, PV seq, PV key) {
    pi64 n;
    PV *items = rt_seq_items(seq, &n);
    if (rt_is_int(key)) {
        pi64 i;
        if (rt_seq_index(c, key, n, RT_IS(seq, RT_T_LIST) ? "list index out of range" : "tuple index out of range",
                         &i) < 0)
            return PV_NULL;
        pv_incref(items[i]);
        return items[i];
    }
    if (RT_IS(key, RT_T_SLICE)) {
        pi64 start, stop, step, count;
        if (rt_slice_indices(c, key, n, &start, &stop, &step, &count) < 0) return PV_NULL;
        if (RT_IS(seq, RT_T_TUPLE) && step == 1 && count == n) {
            pv_incref(seq);
            return seq;
        }
        return seq_slice(c, seq, start, step, count);
    }
    rt_err(c, PITH_B_TYPEERROR, "%s indices must be integers or slices, not %s", seq_name(seq), rt_type_name(key));
    return PV_NULL;
}

/* Replace l[lo:hi] (step 1) by the m items of src (borrowed; src is not l's own array). */
static int replace_range(PCtx *c, RtList *l, pi64 lo, pi64 hi, PV *src, pi64 m) {
    if (hi < lo) hi = lo;
    pi64 d = m - (hi - lo);
    if (d > 0 && rt_list_reserve(c, l, d) < 0) return -1;
    if (rt_tick(c, RT_MOVE_FUEL(l->n - lo + m)) < 0) return -1;
    pi64 nold = hi - lo;
    PV *old = NULL;
    if (nold) { /* keep the replaced items until the list is consistent again */
        old = rt_alloc(c, (size_t)nold * sizeof(PV));
        if (!old) return -1;
        memcpy(old, l->items + lo, (size_t)nold * sizeof(PV));
    }
    memmove(l->items + lo + m, l->items + hi, (size_t)(l->n - hi) * sizeof(PV));
    for (pi64 k = 0; k < m; k++) {
        pv_incref(src[k]);
        l->items[lo + k] = src[k];
    }
    l->n += d;
    decref_all(c, old, nold);
    rt_free(c, old, (size_t)nold * sizeof(PV));
    return 0;
}

static int assign_slice(PCtx *c, RtList *l, PV key, PV value) {
    pi64 start, stop, step, count;
    if (rt_slice_indices(c, key, l->n, &start, &stop, &step, &count) < 0) return -1;
    if (!rt_is_iterable(value)) {
        rt_err(c, PITH_B_TYPEERROR,
               step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
        return -1;
    }
    PV seq = rt_seq_to_list(c, value); /* a private copy: also makes a[i:j] = a safe */
    if (!seq) return -1;
    RtList *s = (RtList *)seq;
    int rc = 0;
    if (step == 1) {
        rc = replace_range(c, l, start, stop, s->items, s->n);
    } else if (s->n != count) {
        rt_err(c, PITH_B_VALUEERROR, "attempt to assign sequence of size %lld to extended slice of size %lld", s->n,
               count);
        rc = -1;
    } else if (rt_tick(c, count) == 0) {
        for (pi64 k = 0; k < count; k++) {
            PV old = l->items[start + k * step];
            pv_incref(s->items[k]);
            l->items[start + k * step] = s->items[k];
            pv_decref(c, old);
        }
    } else {
        rc = -1;
    }
    pv_decref(c, seq);
    return rc;
}

int rt_list_setitem(PCtx *c, PV list, PV key, PV value) {
    RtList *l = (RtList *)list;
    if (rt_is_int(key)) {
        pi64 i;
        if (rt_seq_index(c, key, l->n, "list assignment index out of range", &i) < 0) return -1;
        PV old = l->items[i];
        pv_incref(value);
        l->items[i] = value;
        pv_decref(c, old);
        return 0;
    }
    if (RT_IS(key, RT_T_SLICE)) return assign_slice(c, l, key, value);
    rt_err(c, PITH_B_TYPEERROR, "list indices must be integers or slices, not %s", rt_type_name(key));
    return -1;
}

/* Remove the count items l[start::step]. */
static int delete_slice(PCtx *c, RtList *l, pi64 start, pi64 step, pi64 count) {
    if (count == 0) return 0;
    if (step < 0) {
        start = start + (count - 1) * step;
        step = -step;
    } /* same set, ascending */
    if (rt_tick(c, RT_MOVE_FUEL(l->n - start)) < 0) return -1;
    PV *gone = rt_alloc(c, (size_t)count * sizeof(PV));
    if (!gone) return -1;
    pi64 w = start, k = 0;
    for (pi64 r = start; r < l->n; r++) {
        if (k < count && r == start + k * step)
            gone[k++] = l->items[r];
        else
            l->items[w++] = l->items[r];
    }
    l->n = w;
    decref_all(c, gone, count);
    rt_free(c, gone, (size_t)count * sizeof(PV));
    return 0;
}

int rt_list_delitem(PCtx *c, PV list, PV key) {
    RtList *l = (RtList *)list;
    if (rt_is_int(key)) {
        pi64 i;
        if (rt_seq_index(c, key, l->n, "list assignment index out of range", &i) < 0) return -1;
        return delete_slice(c, l, i, 1, 1);
    }
    if (RT_IS(key, RT_T_SLICE)) {
        pi64 start, stop, step, count;
        if (rt_slice_indices(c, key, l->n, &start, &stop, &step, &count) < 0) return -1;
        return delete_slice(c, l, start, step, count);
    }
    rt_err(c, PITH_B_TYPEERROR, "list indices must be integers or slices, not %s", rt_type_name(key));
    return -1;
}

/* ---- operators ---- */

PV rt_seq_concat(PCtx *c, PV a, PV b) {
    pi64 na, nb;
    PV *x = rt_seq_items(a, &na), *y = rt_seq_items(b, &nb);
    int is_list = RT_IS(a, RT_T_LIST);
    if (!is_list && nb == 0) {
        pv_incref(a);
        return a;
    }
    if (!is_list && na == 0) {
        pv_incref(b);
        return b;
    }
    PV r = is_list ? rt_list_new(c, na + nb) : rt_tuple_new(c, na + nb);
    if (!r) return PV_NULL;
    pi64 m;
    PV *dst = rt_seq_items(r, &m);
    for (pi64 i = 0; i < na; i++) {
        pv_incref(x[i]);
        dst[i] = x[i];
    }
    for (pi64 i = 0; i < nb; i++) {
        pv_incref(y[i]);
        dst[na + i] = y[i];
    }
    if (is_list) ((RtList *)r)->n = na + nb;
    return r;
}

/* seq * n; the size is checked before allocating. */
PV rt_seq_repeat(PCtx *c, PV seq, pi64 n) {
    pi64 len;
    PV *src = rt_seq_items(seq, &len);
    int is_list = RT_IS(seq, RT_T_LIST);
    if (n < 0) n = 0;
    if (!is_list && (n == 1 || len == 0)) {
        pv_incref(seq);
        return seq;
    }
    if (len && rt_mem_check(c, (double)len * (double)n * sizeof(PV)) < 0) return PV_NULL;
    PV r = is_list ? rt_list_new(c, len * n) : rt_tuple_new(c, len * n);
    if (!r) return PV_NULL;
    pi64 m;
    PV *dst = rt_seq_items(r, &m);
    for (pi64 k = 0; k < n; k++) {
        for (pi64 i = 0; i < len; i++) {
            pv_incref(src[i]);
            dst[k * len + i] = src[i];
        }
        if (is_list) ((RtList *)r)->n = (k + 1) * len;
        if (rt_tick(c, 1 + RT_MOVE_FUEL(len)) < 0) {
            pv_decref(c, r);
            return PV_NULL;
        } /* unset tuple slots are PV_NULL */
    }
    return r;
}

/* a op b for two lists or two tuples: first differing item decides (CPython's list_richcompare). */
static int seq_compare_items(PCtx *c, int op, PV a, PV b, PV *res) {
    pi64 na, nb;
    rt_seq_items(a, &na);
    rt_seq_items(b, &nb);
    if ((op == PITH_CMP_EQ || op == PITH_CMP_NE) && na != nb) {
        *res = PV_BOOL(op == PITH_CMP_NE);
        return 0;
    }
    if (rt_nest_enter(c, " in comparison") < 0) return -1;
    pi64 i = 0;
    for (;; i++) {
        PV *x = rt_seq_items(a, &na), *y = rt_seq_items(b, &nb); /* an __eq__ may not resize, but re-read */
        if (i >= na || i >= nb) break;
        if ((i & 255) == 255 && rt_tick(c, 256) < 0) {
            rt_nest_leave(c);
            return -1;
        } /* long compares spend time */
        int eq = rt_eq(c, x[i], y[i]);
        if (eq < 0) {
            rt_nest_leave(c);
            return -1;
        }
        if (!eq) break;
    }
    PV *x = rt_seq_items(a, &na), *y = rt_seq_items(b, &nb);
    if (i >= na || i >= nb) {
        rt_nest_leave(c);
        int r = (na > nb) - (na < nb);
        int t = op == PITH_CMP_LT   ? r < 0
                : op == PITH_CMP_LE ? r <= 0
                : op == PITH_CMP_EQ ? r == 0
                : op == PITH_CMP_NE ? r != 0
                : op == PITH_CMP_GT ? r > 0
                                    : r >= 0;
        *res = PV_BOOL(t);
        return 0;
    }
    if (op == PITH_CMP_EQ || op == PITH_CMP_NE) {
        rt_nest_leave(c);
        *res = PV_BOOL(op == PITH_CMP_NE);
        return 0;
    }
    PV xi = x[i], yi = y[i];
    pv_incref(xi);
    pv_incref(yi);
    *res = rt_compare(c, op, xi, yi);
    pv_decref(c, xi);
    pv_decref(c, yi);
    rt_nest_leave(c);
    return *res ? 0 : -1;
}

/* The compare hook of list and tuple: two of the same type. */
static int seq_compare(PCtx *c, int op, PV a, PV b, PV *out) {
    if (RT_TYPE(a) != RT_TYPE(b)) return 0;
    if (seq_compare_items(c, op, a, b, out) < 0) *out = PV_NULL;
    return 1;
}

int rt_seq_contains(PCtx *c, PV seq, PV item) {
    for (pi64 i = 0;; i++) {
        pi64 n;
        PV *items = rt_seq_items(seq, &n);
        if (i >= n) return 0;
        int eq = rt_eq(c, items[i], item);
        if (eq != 0) return eq;
        if (rt_tick(c, 1) < 0) return -1;
    }
}

/* "[1, 'a']", "(1,)", "()"; a list/tuple already being printed shows as [...] / (...). */
PV rt_seq_repr(PCtx *c, PV seq) {
    int is_list = RT_IS(seq, RT_T_LIST);
    pi64 n;
    rt_seq_items(seq, &n);
    if (n == 0) return rt_str_cstr(c, is_list ? "[]" : "()");
    PObj *o = RT_OBJ(seq);
    if (o->flags & RT_FLAG_REPR) return rt_str_cstr(c, is_list ? "[...]" : "(...)");
    if (rt_nest_enter(c, " while getting the repr of an object") < 0) return PV_NULL;
    o->flags |= RT_FLAG_REPR;
    PithBuf b = rt_buf_new(c);
    int rc = pith_buf_putc(&b, is_list ? '[' : '(');
    for (pi64 i = 0; rc == 0; i++) {
        PV *items = rt_seq_items(seq, &n);
        if (i >= n) break;
        if (i) rc = pith_buf_put(&b, ", ", 2);
        PV it = items[i];
        pv_incref(it);
        if (rc == 0) rc = rt_buf_put_repr(&b, it);
        pv_decref(c, it);
        if (rc == 0) rc = rt_tick(c, 1);
    }
    if (rc == 0 && !is_list && n == 1) rc = pith_buf_putc(&b, ',');
    if (rc == 0) rc = pith_buf_putc(&b, is_list ? ']' : ')');
    o->flags &= (unsigned short)~RT_FLAG_REPR;
    rt_nest_leave(c);
    if (rc < 0) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    return rt_buf_finish(&b);
}

/* CPython 3.11's tuplehash (an xxHash-based mix of the item hashes): hash((1, 2)) matches CPython. */
int rt_tuple_hash(PCtx *c, PV t, pu64 *out) {
    const pu64 p1 = 11400714785074694791ULL, p2 = 14029467366897019727ULL, p5 = 2870177450012600261ULL;
    RtTuple *tp = (RtTuple *)t;
    if (tp->hash) {
        *out = tp->hash;
        return 0;
    }
    if (rt_nest_enter(c, " while calling a Python object") < 0) return -1;
    pu64 acc = p5;
    for (pi64 i = 0; i < tp->n; i++) {
        pu64 lane;
        if (rt_hash(c, tp->items[i], &lane) < 0 || rt_tick(c, 1) < 0) {
            rt_nest_leave(c);
            return -1;
        }
        acc += lane * p2;
        acc = (acc << 31) | (acc >> 33);
        acc *= p1;
    }
    rt_nest_leave(c);
    acc += (pu64)tp->n ^ (p5 ^ 3527539UL);
    if (acc == (pu64)-1) acc = 1546275796;
    if (acc != 0) tp->hash = acc; /* 0 stays "not cached" */
    *out = acc;
    return 0;
}

/* ---- the types ---- */

static void list_traverse(PObj *o, RtVisit visit, void *arg) {
    RtList *l = (RtList *)o;
    for (pi64 i = 0; i < l->n; i++) visit(&l->items[i], arg);
}

static void list_finalize(PCtx *c, PObj *o) {
    RtList *l = (RtList *)o;
    rt_free(c, l->items, (size_t)l->cap * sizeof(PV));
}

static void list_snap_put(RtSnapW *w, PObj *o) { rt_snap_put_uv(w, (uint64_t)((RtList *)o)->n); }

static PV list_snap_make(RtSnapR *r, int type) {
    (void)type;
    size_t n = rt_snap_get_count(r, 1);
    if (rt_snap_r_bad(r)) return PV_NULL;
    RtList *l = (RtList *)rt_list_new(rt_snap_ctx(r), (pi64)n);
    if (!l) return PV_NULL;
    if (n) memset(l->items, 0, n * sizeof(PV));
    l->n = (pi64)n;
    return (PV)l;
}

/* Every item is a value: the runtime reads items without checking (a forged snapshot may hold nothing). */
static int items_snap_check(PV *items, pi64 n) {
    for (pi64 i = 0; i < n; i++)
        if (!items[i]) return -1;
    return 0;
}

static int list_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    return items_snap_check(((RtList *)o)->items, ((RtList *)o)->n);
}

static pi64 list_len(PCtx *c, PV v) {
    (void)c;
    return ((RtList *)v)->n;
}

static PV list_iter(PCtx *c, PV v) { return rt_iter_new(c, RT_IT_LIST, v); }

static PithValue *list_to_host(PCtx *c, PV v, RtHostPath *path) {
    PithValue *h;
    if (!rt_host_enter(c, path, v, "[...]", &h)) return h;
    h = rt_host_items(c, PITH_LIST, ((RtList *)v)->items, ((RtList *)v)->n, path);
    rt_host_leave(path);
    return h;
}

/* reversed(list): walks the list itself backwards, so it sees the list as it is at each step, as CPython's. */
static PV list_reversed(PCtx *c, PV v) {
    PV it = rt_iter_new(c, RT_IT_LIST_REVERSED, v);
    if (it) ((RtIter *)it)->pos = ((RtList *)v)->n;
    return it;
}

static const RtMethDef *const list_methods[] = {rt_list_methods, NULL};

/* The operators of list: + another list; in place, += extends by any iterable and *= repeats (a itself). */
static int list_binop(PCtx *c, int op, PV a, PV b, int inplace, PV *out) {
    if (!RT_IS(a, RT_T_LIST) || (op != PITH_OP_ADD && op != PITH_OP_MUL)) return 0;
    if (!inplace) {
        if (op == PITH_OP_MUL) return 0; /* the repeat hook */
        *out = RT_IS(b, RT_T_LIST) ? rt_seq_concat(c, a, b) : rt_err_concat(c, a, b);
        return 1;
    }
    int r;
    if (op == PITH_OP_ADD) {
        r = rt_list_extend(c, a, b);
    } else {
        if (!rt_is_int(b)) return 0; /* the repeat hook raises the TypeError */
        pi64 k;
        if (rt_int_to_i64(b, &k) < 0) k = rt_int_sign(b) < 0 ? 0 : (pi64)1 << 62;
        r = rt_list_imul(c, a, k);
    }
    if (r < 0) {
        *out = PV_NULL;
    } else {
        pv_incref(a);
        *out = a;
    }
    return 1;
}

/* The operators of tuple: + another tuple. */
static int tuple_binop(PCtx *c, int op, PV a, PV b, int inplace, PV *out) {
    if (!RT_IS(a, RT_T_TUPLE) || op != PITH_OP_ADD) return 0;
    *out = RT_IS(b, RT_T_TUPLE) ? rt_seq_concat(c, a, b) : rt_err_concat(c, a, b);
    return 1;
}

const RtTypeDesc rt_list_type = {
    .name = "list",
    .flags = RT_TF_GC,
    .cls = PITH_B_LIST,
    .traverse = list_traverse,
    .finalize = list_finalize,
    .repr = rt_seq_repr,
    .hash = rt_hash_unhashable,
    .compare = seq_compare,
    .repeat = rt_seq_repeat,
    .binop = list_binop,
    .iter = list_iter,
    .reversed = list_reversed,
    .methods = list_methods,
    .to_host = list_to_host,
    .len = list_len,
    .contains = rt_seq_contains,
    .getitem = rt_seq_getitem,
    .setitem = rt_list_setitem,
    .delitem = rt_list_delitem,
    .snap_tag = SNAP_O_LIST,
    .snap_put = list_snap_put,
    .snap_make = list_snap_make,
    .snap_check = list_snap_check,
};

static void tuple_traverse(PObj *o, RtVisit visit, void *arg) {
    RtTuple *t = (RtTuple *)o;
    for (pi64 i = 0; i < t->n; i++) visit(&t->items[i], arg);
}

static void tuple_snap_put(RtSnapW *w, PObj *o) { rt_snap_put_uv(w, (uint64_t)((RtTuple *)o)->n); }

static PV tuple_snap_make(RtSnapR *r, int type) {
    (void)type;
    size_t n = rt_snap_get_count(r, 1);
    return rt_snap_r_bad(r) ? PV_NULL : rt_tuple_new(rt_snap_ctx(r), (pi64)n);
}

static int tuple_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    return items_snap_check(((RtTuple *)o)->items, ((RtTuple *)o)->n);
}

static pi64 tuple_len(PCtx *c, PV v) {
    (void)c;
    return ((RtTuple *)v)->n;
}

static PV tuple_iter(PCtx *c, PV v) { return rt_iter_new(c, RT_IT_TUPLE, v); }

static PithValue *tuple_to_host(PCtx *c, PV v, RtHostPath *path) {
    PithValue *h;
    if (!rt_host_enter(c, path, v, "(...)", &h)) return h;
    h = rt_host_items(c, PITH_TUPLE, ((RtTuple *)v)->items, ((RtTuple *)v)->n, path);
    rt_host_leave(path);
    return h;
}

static const RtMethDef *const tuple_methods[] = {rt_tuple_methods, NULL};

const RtTypeDesc rt_tuple_type = {
    .name = "tuple",
    .flags = RT_TF_GC,
    .cls = PITH_B_TUPLE,
    .traverse = tuple_traverse,
    .repr = rt_seq_repr,
    .hash = rt_tuple_hash,
    .compare = seq_compare,
    .repeat = rt_seq_repeat,
    .binop = tuple_binop,
    .iter = tuple_iter,
    .reversed = rt_reversed_tuple,
    .methods = tuple_methods,
    .to_host = tuple_to_host,
    .len = tuple_len,
    .contains = rt_seq_contains,
    .getitem = rt_seq_getitem,
    .snap_tag = SNAP_O_TUPLE,
    .snap_put = tuple_snap_put,
    .snap_make = tuple_snap_make,
    .snap_check = tuple_snap_check,
};

/* tuple(list) without a second look at the items (a tuple is returned as it is). */
PV rt_list_to_tuple(PCtx *c, PV list) {
    if (list && RT_IS(list, RT_T_TUPLE)) {
        pv_incref(list);
        return list;
    }
    if (rt_slot_bad(c, list, RT_T_LIST)) return PV_NULL;
    RtList *l = (RtList *)list;
    PV t = rt_tuple_new(c, l->n);
    if (!t) return PV_NULL;
    for (pi64 i = 0; i < l->n; i++) {
        ((RtTuple *)t)->items[i] = l->items[i];
        pv_incref(l->items[i]);
    }
    return t;
}
