/* rt_iter.c — index and slice normalisation shared by every sequence, slice objects, the built-in
 * iterators (range/list/tuple/str/bytes/dict keys, values, items), rt_iter/rt_next and rt_unpack (range
 * objects themselves: rt_range.c).
 * Stage: runtime. Invariants: an RtIter owns its source (PV_NULL once exhausted, so a list that grows after
 * its iterator finished is not resumed, as in CPython); dict iterators remember the size they started with
 * in RtIter.stop and fail with RuntimeError when it changes. */
#include <math.h>
#include <stdio.h>

#include "rt_class.h"
#include "rt_values.h"
#include "rt_set.h"
#include "rt_snap_codec.h"

/* Slice bounds are clamped to 64 bits like CPython's Py_ssize_t (PySlice_Unpack): every length fits, and
 * adding a length to a negative bound cannot overflow. */

/* ---- indices and slices ---- */

int rt_seq_index(PCtx *c, PV key, pi64 n, const char *oor, pi64 *out) {
    pi64 i;
    if (rt_int_to_i64(key, &i) < 0) {
        rt_err(c, PITH_B_INDEXERROR, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        rt_err(c, PITH_B_INDEXERROR, "%s", oor);
        return -1;
    }
    *out = i;
    return 0;
}

int rt_index_arg(PCtx *c, PV v, pi64 *out) {
    if (rt_instance_value(v) && rt_is_int(rt_instance_value(v))) v = rt_instance_value(v); /* an IntEnum member */
    if (!rt_is_int(v)) {
        rt_err(c, PITH_B_TYPEERROR, "'%s' object cannot be interpreted as an integer", rt_type_name(v));
        return -1;
    }
    if (rt_int_to_i64(v, out) < 0) {
        rt_err(c, PITH_B_OVERFLOWERROR, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

/* One slice part: None -> dflt; ints beyond 64 bits clamped. */
static int slice_part(PCtx *c, PV v, pi64 dflt, pi64 *out) {
    if (v == PV_NONE) {
        *out = dflt;
        return 0;
    }
    if (rt_instance_value(v) && rt_is_int(rt_instance_value(v))) v = rt_instance_value(v); /* an IntEnum member */
    if (!rt_is_int(v)) {
        rt_err(c, PITH_B_TYPEERROR, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    if (rt_int_to_i64(v, out) < 0) *out = rt_int_sign(v) < 0 ? INT64_MIN : INT64_MAX;
    return 0;
}

static pi64 adjust(pi64 i, pi64 n, pi64 step) {
    if (i < 0) {
        i += n;
        if (i < 0) i = step < 0 ? -1 : 0;
    } else if (i >= n) {
        i = step < 0 ? n - 1 : n;
    }
    return i;
}

/* CPython's PySlice_Unpack + PySlice_AdjustIndices for a sequence of length n. */
int rt_slice_indices(PCtx *c, PV slice, pi64 n, pi64 *start, pi64 *stop, pi64 *step, pi64 *count) {
    RtSlice *s = (RtSlice *)slice;
    if (slice_part(c, s->step, 1, step) < 0) return -1;
    if (*step == 0) {
        rt_err(c, PITH_B_VALUEERROR, "slice step cannot be zero");
        return -1;
    }
    if (*step < -INT64_MAX) *step = -INT64_MAX; /* so that -step is defined */
    if (slice_part(c, s->start, *step < 0 ? INT64_MAX : 0, start) < 0) return -1;
    if (slice_part(c, s->stop, *step < 0 ? INT64_MIN : INT64_MAX, stop) < 0) return -1;
    *start = adjust(*start, n, *step);
    *stop = adjust(*stop, n, *step);
    if (*step < 0)
        *count = *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
    else
        *count = *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
    return 0;
}

PV rt_slice_new(PCtx *c, PV start, PV stop, PV step) {
    RtSlice *s = (RtSlice *)rt_obj_new(c, RT_T_SLICE, sizeof(RtSlice));
    if (!s) return PV_NULL;
    pv_incref(start);
    pv_incref(stop);
    pv_incref(step);
    s->start = start;
    s->stop = stop;
    s->step = step;
    return (PV)s;
}

PV rt_slice_repr(PCtx *c, PV v) {
    RtSlice *s = (RtSlice *)v;
    PithBuf b = rt_buf_new(c);
    if (pith_buf_puts(&b, "slice(") < 0 || rt_buf_put_repr(&b, s->start) < 0 || pith_buf_puts(&b, ", ") < 0 ||
        rt_buf_put_repr(&b, s->stop) < 0 || pith_buf_puts(&b, ", ") < 0 || rt_buf_put_repr(&b, s->step) < 0 ||
        pith_buf_putc(&b, ')') < 0) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    return rt_buf_finish(&b);
}

/* ---- iterators ---- */

PV rt_iter_new(PCtx *c, int kind, PV src) {
    RtIter *it = (RtIter *)rt_obj_new(c, RT_T_ITER, sizeof(RtIter));
    if (!it) return PV_NULL;
    it->kind = kind;
    if (src) pv_incref(src);
    it->src = src;
    return (PV)it;
}

/* The reversed hook of tuples: their items backwards. */
PV rt_reversed_tuple(PCtx *c, PV t) {
    PV it = rt_iter_new(c, RT_IT_REVERSED, t);
    if (it) ((RtIter *)it)->pos = ((RtTuple *)t)->n;
    return it;
}

/* The reversed hook of sequences with no reverse iterator of their own (str, bytes, dict and its views): their
 * items as they are now, copied into a tuple, backwards. */
PV rt_reversed_by_copy(PCtx *c, PV v) {
    PV l = rt_seq_to_list(c, v);
    if (!l) return PV_NULL;
    RtList *L = (RtList *)l;
    PV t = rt_tuple_new(c, L->n);
    for (pi64 i = 0; t && i < L->n; i++) {
        ((RtTuple *)t)->items[i] = L->items[i];
        pv_incref(L->items[i]);
    }
    pv_decref(c, l);
    if (!t) return PV_NULL;
    PV it = rt_reversed_tuple(c, t);
    pv_decref(c, t);
    return it;
}

PV rt_iter_self(PCtx *c, PV v) {
    (void)c;
    pv_incref(v);
    return v;
}

static const RtTypeDesc *iterable(PV v) {
    const RtTypeDesc *t = v && PV_IS_OBJ(v) ? rt_type_desc(RT_OBJ(v)) : NULL;
    return t && t->iter ? t : NULL;
}

int rt_is_iterable(PV v) { return iterable(v) != NULL; }

PV rt_iter(PCtx *c, PV o) {
    const RtTypeDesc *t = iterable(o);
    if (t) return t->iter(c, o);
    rt_err(c, PITH_B_TYPEERROR, "'%s' object is not iterable", rt_type_name(o));
    return PV_NULL;
}

/* The iterator ran out: forget the source for good. */
static int exhausted(PCtx *c, RtIter *it) {
    pv_xdecref(c, it->src);
    it->src = PV_NULL;
    return 0;
}

static int next_dict(PCtx *c, RtIter *it, PV *out) {
    RtDict *d = (RtDict *)it->src;
    if (d->n != it->stop) {
        it->stop = -1; /* keep failing, as CPython does */
        rt_err(c, PITH_B_RUNTIMEERROR, "dictionary changed size during iteration");
        return -1;
    }
    PV k, v;
    if (!rt_dict_next_entry(d, &it->pos, &k, &v)) return exhausted(c, it);
    if (it->kind == RT_IT_DICT_ITEMS) {
        PV kv[2] = {k, v};
        pv_incref(k);
        pv_incref(v);
        *out = rt_tuple_from_steal(c, kv, 2);
        return *out ? 1 : -1;
    }
    *out = it->kind == RT_IT_DICT_KEYS ? k : v;
    pv_incref(*out);
    return 1;
}

/* Generated code passes the iterator a for loop keeps in a frame slot, which a loaded snapshot may have left
 * empty: nothing is a corrupt frame, never a dereference. */
int rt_next(PCtx *c, PV o, PV *out) {
    if (!o) return -rt_slot_err(c, o, RT_T_ITER);
    const RtTypeDesc *t = PV_IS_OBJ(o) ? rt_type_desc(RT_OBJ(o)) : NULL;
    if (t && t->next) return t->next(c, o, out);
    rt_err(c, PITH_B_TYPEERROR, "'%s' object is not an iterator", rt_type_name(o));
    return -1;
}

/* The next hook of RtIter: one step of whichever kind it is. */
static int iter_next(PCtx *c, PV o, PV *out) {
    RtIter *it = (RtIter *)o;
    if (it->kind == RT_IT_RANGE) {
        if (it->pos >= it->stop) return 0;
        pi64 v = (pi64)((pu64)it->cur + (pu64)it->pos++ * (pu64)it->step);
        *out = rt_int_from_i64(c, v);
        return *out ? 1 : -1;
    }
    if (!it->src) return 0;
    switch (it->kind) {
    case RT_IT_LIST:
    case RT_IT_TUPLE: {
        pi64 n;
        PV *items = rt_seq_items(it->src, &n);
        if (it->pos >= n) return exhausted(c, it);
        *out = items[it->pos++];
        pv_incref(*out);
        return 1;
    }
    case RT_IT_STR: {
        RtStr *s = rt_strp(it->src);
        if (it->pos >= s->nbytes) return exhausted(c, it);
        *out = rt_str_char_at(c, s, it->pos, &it->pos);
        return *out ? 1 : -1;
    }
    case RT_IT_BYTES: {
        RtBytes *b = (RtBytes *)it->src;
        if (it->pos >= b->n) return exhausted(c, it);
        *out = PV_INT(b->data[it->pos++]);
        return 1;
    }
    case RT_IT_SET: return rt_set_next(c, it, out);
    case RT_IT_BIGRANGE: {
        int r = rt_range_big_next(c, it, out);
        return r == 0 ? exhausted(c, it) : r;
    }
    case RT_IT_ENUMERATE:
    case RT_IT_ZIP:
    case RT_IT_MAP:
    case RT_IT_FILTER:
    case RT_IT_REVERSED:
    case RT_IT_LIST_REVERSED: return rt_bi_iter_next(c, it, out); /* rt_iter_lazy.c */
    default: return next_dict(c, it, out);
    }
}

/* ---- unpacking ---- */

static void err_unpack_count(PCtx *c, pi64 n, pi64 got) {
    if (got < n)
        rt_err(c, PITH_B_VALUEERROR, "not enough values to unpack (expected %lld, got %lld)", n, got);
    else
        rt_err(c, PITH_B_VALUEERROR, "too many values to unpack (expected %lld)", n);
}

/* Exactly n items of seq into out (new references); on error nothing is left in out. */
int rt_unpack(PCtx *c, PV seq, pi64 n, PV *out) {
    if (RT_IS(seq, RT_T_LIST) || RT_IS(seq, RT_T_TUPLE)) {
        pi64 len;
        PV *items = rt_seq_items(seq, &len);
        if (len != n) {
            err_unpack_count(c, n, len);
            return -1;
        }
        for (pi64 i = 0; i < n; i++) {
            out[i] = items[i];
            pv_incref(out[i]);
        }
        return 0;
    }
    if (!rt_is_iterable(seq)) {
        rt_err(c, PITH_B_TYPEERROR, "cannot unpack non-iterable %s object", rt_type_name(seq));
        return -1;
    }
    PV it = rt_iter(c, seq);
    if (!it) return -1;
    pi64 got = 0;
    int r = 1;
    while (got < n && (r = rt_next(c, it, &out[got])) == 1) got++;
    PV extra = PV_NULL;
    if (r == 1)
        r = rt_next(c, it, &extra);
    else if (r == 0)
        r = 2; /* too few */
    pv_decref(c, it);
    if (r != 0) {
        if (r == 1) pv_decref(c, extra);
        if (r != -1) err_unpack_count(c, n, r == 1 ? n + 1 : got);
        for (pi64 i = 0; i < got; i++) pv_decref(c, out[i]);
        return -1;
    }
    return 0;
}

/* ---- the types ---- */

/* No payload: the codec fills start, stop and step. */
static PV slice_snap_make(RtSnapR *r, int type) { return (PV)rt_obj_new(rt_snap_ctx(r), type, sizeof(RtSlice)); }

/* start, stop and step are values (None where a slice leaves one out): repr, indexing and .start read them. */
static int slice_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    const RtSlice *s = (const RtSlice *)o;
    return s->start && s->stop && s->step ? 0 : -1;
}

static void slice_traverse(PObj *o, RtVisit visit, void *arg) {
    RtSlice *s = (RtSlice *)o;
    visit(&s->start, arg);
    visit(&s->stop, arg);
    visit(&s->step, arg);
}

static int slice_getattr(PCtx *c, PV v, PV name, PV *out) {
    (void)c;
    RtSlice *s = (RtSlice *)v;
    PV f = rt_name_is(name, "start")  ? s->start
           : rt_name_is(name, "stop") ? s->stop
           : rt_name_is(name, "step") ? s->step
                                      : PV_NULL;
    if (!f) return 0;
    pv_incref(f);
    *out = f;
    return 1;
}

const RtTypeDesc rt_slice_type = {
    .name = "slice",
    .flags = RT_TF_GC | RT_TF_READONLY_FIELDS,
    .cls = PITH_B_SLICE,
    .traverse = slice_traverse,
    .repr = rt_slice_repr,
    .hash = rt_hash_unhashable,
    .getattr = slice_getattr,
    .snap_tag = SNAP_O_SLICE,
    .snap_make = slice_snap_make,
    .snap_check = slice_snap_check,
};

static void iter_traverse(PObj *o, RtVisit visit, void *arg) {
    visit(&((RtIter *)o)->src, arg);
    visit(&((RtIter *)o)->aux, arg);
}

static void iter_snap_put(RtSnapW *w, PObj *o) {
    RtIter *it = (RtIter *)o;
    rt_snap_put_uv(w, (uint64_t)it->kind);
    rt_snap_put_sv(w, it->pos);
    rt_snap_put_sv(w, it->cur);
    rt_snap_put_sv(w, it->stop);
    rt_snap_put_sv(w, it->step);
}

static PV iter_snap_make(RtSnapR *r, int type) {
    uint64_t kind = rt_snap_get_uv(r);
    if (kind > RT_IT_BIGRANGE) rt_snap_corrupt(r);
    if (rt_snap_r_bad(r)) return PV_NULL;
    RtIter *it = (RtIter *)rt_obj_new(rt_snap_ctx(r), type, sizeof(RtIter));
    if (!it) return PV_NULL;
    it->kind = (int)kind;
    it->pos = rt_snap_get_sv(r);
    it->cur = rt_snap_get_sv(r);
    it->stop = rt_snap_get_sv(r);
    it->step = rt_snap_get_sv(r);
    return (PV)it;
}

#define IS(v, t) ((v) != PV_NULL && RT_IS(v, t)) /* RT_IS for values that may be PV_NULL */

/* What the iterator's kind needs of its source, so that rt_next can trust it. */
static int iter_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    RtIter *it = (RtIter *)o;
    PV s = it->src;
    if (it->pos < 0) return -1;
    if (it->kind == RT_IT_RANGE) return it->step != 0 ? 0 : -1;
    if (!s) return 0; /* exhausted: it forgot its source, and rt_next reports the end before reading anything */
    switch (it->kind) {
    case RT_IT_BIGRANGE: /* a range beyond 64 bits and the next value */
        return IS(s, RT_T_RANGE) && ((RtRange *)s)->big[0] && it->aux && rt_is_int(it->aux) ? 0 : -1;
    case RT_IT_LIST:
    case RT_IT_LIST_REVERSED: return IS(s, RT_T_LIST) ? 0 : -1;
    case RT_IT_TUPLE: return IS(s, RT_T_TUPLE) && it->pos <= ((RtTuple *)s)->n ? 0 : -1;
    case RT_IT_BYTES: return IS(s, RT_T_BYTES) && it->pos <= ((RtBytes *)s)->n ? 0 : -1;
    case RT_IT_STR: {
        if (!IS(s, RT_T_STR) || it->pos > ((RtStr *)s)->nbytes) return -1;
        unsigned char b = (unsigned char)((RtStr *)s)->data[it->pos];
        return (b & 0xC0) == 0x80 ? -1 : 0;
    }
    case RT_IT_DICT_KEYS:
    case RT_IT_DICT_VALUES:
    case RT_IT_DICT_ITEMS: return IS(s, RT_T_DICT) ? 0 : -1;
    case RT_IT_SET: return (IS(s, RT_T_SET) || IS(s, RT_T_FROZENSET)) ? 0 : -1;
    case RT_IT_ZIP: return IS(s, RT_T_TUPLE) ? 0 : -1;                   /* of iterators: rt_next checks each */
    case RT_IT_MAP: return IS(s, RT_T_TUPLE) && it->aux ? 0 : -1;        /* the function: calling checks it */
    case RT_IT_FILTER: return it->aux ? 0 : -1;                          /* the predicate, or None */
    case RT_IT_ENUMERATE: return it->aux && rt_is_int(it->aux) ? 0 : -1; /* the next count */
    case RT_IT_REVERSED: return IS(s, RT_T_TUPLE) && it->pos <= ((RtTuple *)s)->n ? 0 : -1; /* reversed() makes one */
    default: return 0;
    }
}

/* Each kind is its own Python class (list_iterator, zip, map, ...). */
static int iter_class(PV v) {
    switch (((RtIter *)v)->kind) {
    case RT_IT_RANGE:
    case RT_IT_BIGRANGE: return PITH_B_RANGE_ITERATOR;
    case RT_IT_LIST: return PITH_B_LIST_ITERATOR;
    case RT_IT_TUPLE: return PITH_B_TUPLE_ITERATOR;
    case RT_IT_STR: {
        PV s = ((RtIter *)v)->src;
        return s && RT_IS(s, RT_T_STR) && !(RT_OBJ(s)->flags & RT_STR_ASCII) ? PITH_B_STR_ITERATOR
                                                                             : PITH_B_STR_ASCII_ITERATOR;
    }
    case RT_IT_DICT_KEYS: return PITH_B_DICT_KEYITERATOR;
    case RT_IT_DICT_VALUES: return PITH_B_DICT_VALUEITERATOR;
    case RT_IT_DICT_ITEMS: return PITH_B_DICT_ITEMITERATOR;
    case RT_IT_BYTES: return PITH_B_BYTES_ITERATOR;
    case RT_IT_SET: return PITH_B_SET_ITERATOR;
    case RT_IT_ENUMERATE: return PITH_B_ENUMERATE;
    case RT_IT_ZIP: return PITH_B_ZIP;
    case RT_IT_MAP: return PITH_B_MAP;
    case RT_IT_FILTER: return PITH_B_FILTER;
    case RT_IT_REVERSED: return PITH_B_REVERSED;
    case RT_IT_LIST_REVERSED: return PITH_B_LIST_REVERSEITERATOR;
    default: return -1;
    }
}

const RtTypeDesc rt_iter_type = {
    .name = "iterator",
    .flags = RT_TF_GC,
    .class_of = iter_class,
    .traverse = iter_traverse,
    .iter = rt_iter_self,
    .next = iter_next,
    .contains = rt_contains_by_iter,
    .snap_tag = SNAP_O_ITER,
    .snap_put = iter_snap_put,
    .snap_make = iter_snap_make,
    .snap_check = iter_snap_check,
};
