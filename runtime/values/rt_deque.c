/* rt_deque.c — collections.deque: a ring buffer of items with an optional maxlen (appending to a full deque
 * drops an item from the other end), and its iterator, which raises "deque mutated during iteration" once the
 * deque changed size (CPython's state counter). Methods, indexing, operators and messages follow CPython 3.11's
 * Modules/_collectionsmodule.c. Stage: runtime values.
 * Invariants: cap is 0 or a power of two; items[(head + i) & (cap - 1)] for i in [0, n) are owned references,
 * the other slots are garbage; maxlen is -1 (unbounded) or >= n. */
#include <stdio.h>

#include "rt_snap_codec.h"
#include "rt_values.h"

#define D(v) ((RtDeque *)(v))

static PV *slot(RtDeque *d, pi64 i) { return &d->items[(d->head + i) & (d->cap - 1)]; }

static PV deque_new(PCtx *c, pi64 maxlen) {
    RtDeque *d = (RtDeque *)rt_obj_new(c, RT_T_DEQUE, sizeof(RtDeque));
    if (d) d->maxlen = maxlen;
    return (PV)d;
}

/* Room for one more item (the ring is re-laid out from index 0). */
static int grow(PCtx *c, RtDeque *d) {
    if (d->n < d->cap) return 0;
    pi64 cap = d->cap ? d->cap * 2 : 8;
    PV *items = rt_alloc(c, (size_t)cap * sizeof(PV));
    if (!items) return -1;
    for (pi64 i = 0; i < d->n; i++) items[i] = *slot(d, i);
    if (rt_tick(c, RT_MOVE_FUEL(d->n)) < 0) {
        rt_free(c, items, (size_t)cap * sizeof(PV));
        return -1;
    }
    rt_free(c, d->items, (size_t)d->cap * sizeof(PV));
    d->items = items;
    d->cap = cap;
    d->head = 0;
    return 0;
}

/* Removes and returns the item at the right (left) end; d is not empty. */
static PV take_right(RtDeque *d) { return *slot(d, --d->n); }
static PV take_left(RtDeque *d) {
    PV v = *slot(d, 0);
    d->head = (d->head + 1) & (d->cap - 1);
    d->n--;
    return v;
}

/* append / appendleft (v borrowed); a full deque drops from the other end. */
static int push(PCtx *c, PV dv, PV v, int left) {
    RtDeque *d = D(dv);
    if (d->maxlen == 0) return 0;
    if (grow(c, d) < 0) return -1;
    pv_incref(v);
    if (left) {
        d->head = (d->head - 1) & (d->cap - 1);
        d->items[d->head] = v;
    } else {
        *slot(d, d->n) = v;
    }
    d->n++;
    d->state++;
    if (d->maxlen >= 0 && d->n > d->maxlen) pv_decref(c, left ? take_right(d) : take_left(d));
    return 0;
}

static PV pop_end(PCtx *c, PV dv, int left) {
    RtDeque *d = D(dv);
    if (d->n == 0) {
        rt_err(c, PITH_B_INDEXERROR, "pop from an empty deque");
        return PV_NULL;
    }
    d->state++;
    return left ? take_left(d) : take_right(d);
}

static void clear(PCtx *c, RtDeque *d) {
    d->state++;
    while (d->n) pv_decref(c, take_right(d)); /* the deque is consistent before each item dies */
}

/* A list of the items, in order (a snapshot to loop over while Python code may change the deque). */
static PV to_list(PCtx *c, PV dv) {
    RtDeque *d = D(dv);
    PV l = rt_list_new(c, d->n);
    for (pi64 i = 0; l && i < d->n; i++)
        if (rt_list_append(c, l, *slot(d, i)) < 0) {
            pv_decref(c, l);
            return PV_NULL;
        }
    return l;
}

static int extend(PCtx *c, PV dv, PV iterable, int left) {
    PV copy = iterable == dv ? to_list(c, dv) : PV_NULL; /* d.extend(d): the items as they were */
    if (iterable == dv && !copy) return -1;
    PV it = rt_iter(c, copy ? copy : iterable), x;
    pv_xdecref(c, copy);
    if (!it) return -1;
    int r;
    while ((r = rt_next(c, it, &x)) == 1) {
        r = push(c, dv, x, left);
        pv_decref(c, x);
        if (r < 0) break;
    }
    pv_decref(c, it);
    return r;
}

/* The deque index i (negative counts from the end), or -1 with IndexError. */
static pi64 index_of(PCtx *c, PV dv, PV key) {
    pi64 i;
    if (!rt_is_int(key)) {
        rt_err(c, PITH_B_TYPEERROR, "sequence index must be integer, not '%T'", key);
        return -1;
    }
    if (rt_index_arg(c, key, &i) < 0) return -1;
    if (i < 0) i += D(dv)->n;
    if (i < 0 || i >= D(dv)->n) {
        rt_err(c, PITH_B_INDEXERROR, "deque index out of range");
        return -1;
    }
    return i;
}

/* Removes item i (0 <= i < n): returns it. */
static PV remove_at(RtDeque *d, pi64 i) {
    PV v = *slot(d, i);
    for (pi64 k = i; k + 1 < d->n; k++) *slot(d, k) = *slot(d, k + 1);
    d->n--;
    d->state++;
    return v;
}

static void rotate(RtDeque *d, pi64 k) {
    if (d->n <= 1) return;
    k %= d->n;
    if (k < 0) k += d->n;
    for (pi64 i = 0; i < k; i++) { /* right by one: the last item becomes the first */
        PV v = take_right(d);
        d->head = (d->head - 1) & (d->cap - 1);
        d->items[d->head] = v;
        d->n++;
    }
    d->state++;
}

/* ---- methods ---- */

static PV m_append(PCtx *c, PV self, PV *a, int n, PV kw) { return push(c, self, a[0], 0) < 0 ? PV_NULL : PV_NONE; }
static PV m_appendleft(PCtx *c, PV self, PV *a, int n, PV kw) { return push(c, self, a[0], 1) < 0 ? PV_NULL : PV_NONE; }
static PV m_pop(PCtx *c, PV self, PV *a, int n, PV kw) { return pop_end(c, self, 0); }
static PV m_popleft(PCtx *c, PV self, PV *a, int n, PV kw) { return pop_end(c, self, 1); }
static PV m_extend(PCtx *c, PV self, PV *a, int n, PV kw) { return extend(c, self, a[0], 0) < 0 ? PV_NULL : PV_NONE; }
static PV m_extendleft(PCtx *c, PV self, PV *a, int n, PV kw) {
    return extend(c, self, a[0], 1) < 0 ? PV_NULL : PV_NONE;
}

static PV m_clear(PCtx *c, PV self, PV *a, int n, PV kw) {
    clear(c, D(self));
    return PV_NONE;
}

static PV m_rotate(PCtx *c, PV self, PV *a, int n, PV kw) {
    pi64 k = 1;
    if (a[0] && rt_index_arg(c, a[0], &k) < 0) return PV_NULL;
    if (rt_tick(c, D(self)->n) < 0) return PV_NULL;
    rotate(D(self), k);
    return PV_NONE;
}

static PV m_reverse(PCtx *c, PV self, PV *a, int n, PV kw) {
    RtDeque *d = D(self);
    for (pi64 i = 0, j = d->n - 1; i < j; i++, j--) {
        PV t = *slot(d, i);
        *slot(d, i) = *slot(d, j);
        *slot(d, j) = t;
    }
    return PV_NONE;
}

/* The first i in [start, stop) whose item == x, -1 absent, -2 error (the deque may change meanwhile). */
static pi64 find(PCtx *c, PV self, PV x, pi64 start, pi64 stop) {
    RtDeque *d = D(self);
    pu64 state = d->state;
    for (pi64 i = start; i < stop && i < d->n; i++) {
        PV v = *slot(d, i);
        pv_incref(v);
        int eq = rt_eq(c, v, x);
        pv_decref(c, v);
        if (eq < 0) return -2;
        if (d->state != state) {
            rt_err(c, PITH_B_RUNTIMEERROR, "deque mutated during iteration");
            return -2;
        }
        if (eq) return i;
    }
    return -1;
}

static PV m_count(PCtx *c, PV self, PV *a, int n, PV kw) {
    pi64 count = 0;
    for (pi64 i = 0;; i++) {
        i = find(c, self, a[0], i, D(self)->n);
        if (i == -2) return PV_NULL;
        if (i < 0) break;
        count++;
    }
    return rt_int_from_i64(c, count);
}

/* index(x[, start[, stop]]), with the bounds clamped as list.index's */
static PV m_index(PCtx *c, PV self, PV *a, int n, PV kw) {
    pi64 len = D(self)->n, start = 0, stop = len;
    if (a[1] && rt_index_arg(c, a[1], &start) < 0) return PV_NULL;
    if (a[2] && rt_index_arg(c, a[2], &stop) < 0) return PV_NULL;
    if (start < 0 && (start += len) < 0) start = 0;
    if (stop < 0 && (stop += len) < 0) stop = 0;
    pi64 i = find(c, self, a[0], start, stop);
    if (i == -1) rt_err(c, PITH_B_VALUEERROR, "%R is not in deque", a[0]);
    return i < 0 ? PV_NULL : rt_int_from_i64(c, i);
}

static PV m_remove(PCtx *c, PV self, PV *a, int n, PV kw) {
    pi64 i = find(c, self, a[0], 0, D(self)->n);
    if (i == -1) rt_err(c, PITH_B_VALUEERROR, "%R is not in deque", a[0]);
    if (i < 0) return PV_NULL;
    pv_decref(c, remove_at(D(self), i));
    return PV_NONE;
}

/* insert(i, x): i clamped to [0, len] as list.insert; a full deque refuses. */
static PV m_insert(PCtx *c, PV self, PV *a, int n, PV kw) {
    RtDeque *d = D(self);
    pi64 i;
    if (rt_index_arg(c, a[0], &i) < 0) return PV_NULL;
    if (d->maxlen >= 0 && d->n >= d->maxlen) {
        rt_err(c, PITH_B_INDEXERROR, "deque already at its maximum size");
        return PV_NULL;
    }
    if (i < 0 && (i += d->n) < 0) i = 0;
    if (i > d->n) i = d->n;
    if (push(c, self, a[1], 0) < 0) return PV_NULL;
    PV v = *slot(d, d->n - 1);
    for (pi64 k = d->n - 1; k > i; k--) *slot(d, k) = *slot(d, k - 1);
    *slot(d, i) = v;
    return PV_NONE;
}

static PV copy_of(PCtx *c, PV self, pi64 maxlen) {
    PV r = deque_new(c, maxlen);
    for (pi64 i = 0; r && i < D(self)->n; i++)
        if (push(c, r, *slot(D(self), i), 0) < 0) {
            pv_decref(c, r);
            return PV_NULL;
        }
    return r;
}

static PV m_copy(PCtx *c, PV self, PV *a, int n, PV kw) { return copy_of(c, self, D(self)->maxlen); }

static const RtMethDef deque_methods_table[] = {
    {"append", m_append, RT_M_O, 1, 1, 0, NULL},
    {"appendleft", m_appendleft, RT_M_O, 1, 1, 0, NULL},
    {"pop", m_pop, RT_M_NOARGS, 0, 0, 0, NULL},
    {"popleft", m_popleft, RT_M_NOARGS, 0, 0, 0, NULL},
    {"extend", m_extend, RT_M_O, 1, 1, 0, NULL},
    {"extendleft", m_extendleft, RT_M_O, 1, 1, 0, NULL},
    {"clear", m_clear, RT_M_NOARGS, 0, 0, 0, NULL},
    {"rotate", m_rotate, RT_M_POS, 0, 1, 0, NULL},
    {"reverse", m_reverse, RT_M_NOARGS, 0, 0, 0, NULL},
    {"count", m_count, RT_M_O, 1, 1, 0, NULL},
    {"index", m_index, RT_M_POS, 1, 3, 0, NULL},
    {"remove", m_remove, RT_M_O, 1, 1, 0, NULL},
    {"insert", m_insert, RT_M_POS, 2, 2, 0, NULL},
    {"copy", m_copy, RT_M_NOARGS, 0, 0, 0, NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL},
};
static const RtMethDef *const deque_methods[] = {deque_methods_table, NULL};

/* deque(iterable=(), maxlen=None) */
PV rt_deque_call(PCtx *c, PV *args, int nargs, PV kwnames) {
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0, npos = nargs - nkw;
    PV a[2] = {npos > 0 ? args[0] : PV_NULL, npos > 1 ? args[1] : PV_NULL};
    if (npos > 2) {
        rt_err(c, PITH_B_TYPEERROR, "deque() takes at most 2 arguments (%d given)", nargs);
        return PV_NULL;
    }
    for (int k = 0; k < nkw; k++) {
        PV name = ((RtTuple *)kwnames)->items[k];
        int at = rt_name_is(name, "iterable") ? 0 : rt_name_is(name, "maxlen") ? 1 : -1;
        if (at < 0) {
            rt_err(c, PITH_B_TYPEERROR, "deque() got an unexpected keyword argument '%S'", name);
            return PV_NULL;
        }
        a[at] = args[npos + k];
    }
    pi64 maxlen = -1;
    if (a[1] && a[1] != PV_NONE) {
        if (rt_index_arg(c, a[1], &maxlen) < 0) return PV_NULL;
        if (maxlen < 0) {
            rt_err(c, PITH_B_VALUEERROR, "maxlen must be non-negative");
            return PV_NULL;
        }
    }
    PV d = deque_new(c, maxlen);
    if (d && a[0] && extend(c, d, a[0], 0) < 0) {
        pv_decref(c, d);
        return PV_NULL;
    }
    return d;
}

/* ---- the type ---- */

static void deque_traverse(PObj *o, RtVisit visit, void *arg) {
    RtDeque *d = (RtDeque *)o;
    for (pi64 i = 0; i < d->n; i++) visit(slot(d, i), arg);
}

static void deque_finalize(PCtx *c, PObj *o) { rt_free(c, ((RtDeque *)o)->items, (size_t)((RtDeque *)o)->cap * sizeof(PV)); }

/* "deque([1, 2])", "deque([1], maxlen=3)"; inside itself "[...]". */
static PV deque_repr(PCtx *c, PV v) {
    if (RT_OBJ(v)->flags & RT_FLAG_REPR) return rt_str_cstr(c, "[...]");
    PV l = to_list(c, v);
    if (!l) return PV_NULL;
    RT_OBJ(v)->flags |= RT_FLAG_REPR;
    PV inner = rt_repr(c, l);
    RT_OBJ(v)->flags &= (unsigned short)~RT_FLAG_REPR;
    pv_decref(c, l);
    if (!inner) return PV_NULL;
    PithBuf b = rt_buf_new(c);
    int rc = pith_buf_puts(&b, "deque(");
    if (rc == 0) rc = pith_buf_put(&b, rt_strp(inner)->data, (size_t)rt_strp(inner)->nbytes);
    if (rc == 0 && D(v)->maxlen >= 0) {
        char tail[40];
        snprintf(tail, sizeof tail, ", maxlen=%lld", (long long)D(v)->maxlen);
        rc = pith_buf_puts(&b, tail);
    }
    if (rc == 0) rc = pith_buf_putc(&b, ')');
    pv_decref(c, inner);
    if (rc < 0) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    return rt_buf_finish(&b);
}

/* Two deques compare as the lists of their items; anything else is not theirs to order. */
static int deque_compare(PCtx *c, int op, PV a, PV b, PV *out) {
    if (!RT_IS(a, RT_T_DEQUE) || !RT_IS(b, RT_T_DEQUE)) return 0;
    PV x = to_list(c, a), y = x ? to_list(c, b) : PV_NULL;
    *out = y ? rt_compare(c, op, x, y) : PV_NULL;
    pv_xdecref(c, x);
    pv_xdecref(c, y);
    return 1;
}

static PV deque_repeat(PCtx *c, PV v, pi64 times) {
    pi64 n = D(v)->n;
    if (times > 0 && n && rt_mem_check(c, (double)n * (double)times * sizeof(PV)) < 0) return PV_NULL;
    PV r = deque_new(c, D(v)->maxlen);
    for (pi64 t = 0; r && t < times; t++)
        for (pi64 i = 0; i < n; i++)
            if (push(c, r, *slot(D(v), i), 0) < 0 || rt_tick(c, 1) < 0) {
                pv_decref(c, r);
                return PV_NULL;
            }
    return r;
}

/* d + other_deque, d += iterable, d *= n */
static int deque_binop(PCtx *c, int op, PV a, PV b, int inplace, PV *out) {
    if (!RT_IS(a, RT_T_DEQUE)) return 0;
    if (op == PITH_OP_ADD && inplace) {
        *out = extend(c, a, b, 0) < 0 ? PV_NULL : (pv_incref(a), a);
        return 1;
    }
    if (op == PITH_OP_ADD) {
        if (!RT_IS(b, RT_T_DEQUE)) {
            rt_err(c, PITH_B_TYPEERROR, "can only concatenate deque (not \"%T\") to deque", b);
            *out = PV_NULL;
            return 1;
        }
        *out = copy_of(c, a, D(a)->maxlen);
        if (*out && extend(c, *out, b, 0) < 0) {
            pv_decref(c, *out);
            *out = PV_NULL;
        }
        return 1;
    }
    if (op == PITH_OP_MUL && inplace && rt_is_int(b)) {
        pi64 k;
        if (rt_index_arg(c, b, &k) < 0) {
            *out = PV_NULL;
            return 1;
        }
        PV r = deque_repeat(c, a, k);
        if (r) { /* take r's items */
            RtDeque *d = D(a), *s = D(r);
            clear(c, d);
            PV *items = d->items;
            pi64 cap = d->cap;
            d->items = s->items, d->cap = s->cap, d->head = s->head, d->n = s->n;
            s->items = items, s->cap = cap, s->head = 0, s->n = 0;
            pv_decref(c, r);
            pv_incref(a);
        }
        *out = r ? a : PV_NULL;
        return 1;
    }
    return 0;
}

static PV deque_iter(PCtx *c, PV v) {
    RtDequeIter *it = (RtDequeIter *)rt_obj_new(c, RT_T_DEQUEITER, sizeof(RtDequeIter));
    if (!it) return PV_NULL;
    pv_incref(v);
    it->deque = v;
    it->state = D(v)->state;
    return (PV)it;
}

static pi64 deque_len(PCtx *c, PV v) {
    (void)c;
    return D(v)->n;
}

static int deque_contains(PCtx *c, PV v, PV x) {
    pi64 i = find(c, v, x, 0, D(v)->n);
    return i == -2 ? -1 : i >= 0;
}

static PV deque_getitem(PCtx *c, PV v, PV key) {
    pi64 i = index_of(c, v, key);
    if (i < 0) return PV_NULL;
    PV x = *slot(D(v), i);
    pv_incref(x);
    return x;
}

static int deque_setitem(PCtx *c, PV v, PV key, PV value) {
    pi64 i = index_of(c, v, key);
    if (i < 0) return -1;
    PV old = *slot(D(v), i);
    pv_incref(value);
    *slot(D(v), i) = value;
    pv_decref(c, old);
    return 0;
}

static int deque_delitem(PCtx *c, PV v, PV key) {
    pi64 i = index_of(c, v, key);
    if (i < 0) return -1;
    pv_decref(c, remove_at(D(v), i));
    return 0;
}

static int deque_getattr(PCtx *c, PV v, PV name, PV *out) {
    if (!rt_name_is(name, "maxlen")) return 0;
    *out = D(v)->maxlen < 0 ? PV_NONE : rt_int_from_i64(c, D(v)->maxlen);
    return *out ? 1 : -1;
}

static PithValue *deque_to_host(PCtx *c, PV v, RtHostPath *path) {
    PithValue *h;
    if (!rt_host_enter(c, path, v, "[...]", &h)) return h;
    PV l = to_list(c, v);
    h = l ? rt_host_items(c, PITH_LIST, ((RtList *)l)->items, ((RtList *)l)->n, path) : NULL;
    pv_xdecref(c, l);
    rt_host_leave(path);
    return h;
}

/* Payload: sv maxlen, uv n, uv state; then the n items (traverse). */
static void deque_snap_put(RtSnapW *w, PObj *o) {
    RtDeque *d = (RtDeque *)o;
    rt_snap_put_sv(w, d->maxlen);
    rt_snap_put_uv(w, (uint64_t)d->n);
    rt_snap_put_uv(w, d->state);
}

static PV deque_snap_make(RtSnapR *r, int type) {
    (void)type;
    PCtx *c = rt_snap_ctx(r);
    int64_t maxlen = rt_snap_get_sv(r);
    size_t n = rt_snap_get_count(r, 1);
    uint64_t state = rt_snap_get_uv(r);
    if (rt_snap_r_bad(r) || maxlen < -1 || (maxlen >= 0 && (uint64_t)maxlen < n)) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    RtDeque *d = (RtDeque *)deque_new(c, maxlen);
    if (!d) return PV_NULL;
    d->state = state;
    while ((size_t)d->n < n) {
        if (grow(c, d) < 0) {
            pv_decref(c, (PV)d);
            return PV_NULL;
        }
        d->items[d->n++] = RT_SNAP_UNFILLED;
    }
    return (PV)d;
}

static int deque_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    RtDeque *d = (RtDeque *)o;
    for (pi64 i = 0; i < d->n; i++)
        if (!*slot(d, i) || *slot(d, i) == RT_SNAP_UNFILLED) return -1;
    return 0;
}

const RtTypeDesc rt_deque_type = {
    .name = "deque",
    .flags = RT_TF_GC,
    .cls = PITH_B_DEQUE,
    .traverse = deque_traverse,
    .finalize = deque_finalize,
    .repr = deque_repr,
    .hash = rt_hash_unhashable,
    .compare = deque_compare,
    .repeat = deque_repeat,
    .binop = deque_binop,
    .iter = deque_iter,
    .reversed = rt_reversed_by_copy,
    .methods = deque_methods,
    .to_host = deque_to_host,
    .len = deque_len,
    .contains = deque_contains,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .delitem = deque_delitem,
    .getattr = deque_getattr,
    .snap_tag = SNAP_O_DEQUE,
    .snap_put = deque_snap_put,
    .snap_make = deque_snap_make,
    .snap_check = deque_snap_check,
};

/* ---- the iterator ---- */

static int dequeiter_next(PCtx *c, PV v, PV *out) {
    RtDequeIter *it = (RtDequeIter *)v;
    if (!it->deque) return 0;
    RtDeque *d = D(it->deque);
    if (d->state != it->state) {
        rt_err(c, PITH_B_RUNTIMEERROR, "deque mutated during iteration");
        return -1;
    }
    if (it->index >= d->n) {
        PV dq = it->deque;
        it->deque = PV_NULL;
        pv_decref(c, dq);
        return 0;
    }
    *out = *slot(d, it->index++);
    pv_incref(*out);
    return 1;
}

static void dequeiter_traverse(PObj *o, RtVisit visit, void *arg) { visit(&((RtDequeIter *)o)->deque, arg); }

static void dequeiter_snap_put(RtSnapW *w, PObj *o) {
    rt_snap_put_uv(w, (uint64_t)((RtDequeIter *)o)->index);
    rt_snap_put_uv(w, ((RtDequeIter *)o)->state);
}

static PV dequeiter_snap_make(RtSnapR *r, int type) {
    uint64_t index = rt_snap_get_uv(r), state = rt_snap_get_uv(r);
    if (rt_snap_r_bad(r) || index > (uint64_t)1 << 62) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    RtDequeIter *it = (RtDequeIter *)rt_obj_new(rt_snap_ctx(r), type, sizeof(RtDequeIter));
    if (it) it->index = (pi64)index, it->state = state;
    return (PV)it;
}

static int dequeiter_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    PV d = ((RtDequeIter *)o)->deque;
    return !d || RT_IS(d, RT_T_DEQUE) ? 0 : -1;
}

const RtTypeDesc rt_dequeiter_type = {
    .name = "_collections._deque_iterator",
    .flags = RT_TF_GC,
    .cls = PITH_B_DEQUE_ITERATOR,
    .traverse = dequeiter_traverse,
    .iter = rt_iter_self,
    .next = dequeiter_next,
    .snap_tag = SNAP_O_DEQUEITER,
    .snap_put = dequeiter_snap_put,
    .snap_make = dequeiter_snap_make,
    .snap_check = dequeiter_snap_check,
};
