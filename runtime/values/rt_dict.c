/* rt_dict.c — dict: CPython's compact insertion-ordered hash table (entries in insertion order, a sparse
 * index of entry numbers probed with the perturb scheme). Lookup, insert, delete, growth/compaction,
 * subscripts (KeyError(key)), ==, repr and update. Stage: runtime.
 * Invariants (layout in rt_object.h): entries[0..used) hold live entries and deleted ones (key PV_NULL);
 * n counts the live ones; index has mask+1 slots (-1 empty, -2 dummy); the table is allocated lazily, so an
 * empty dict has index == NULL. Keys equal as Python says (1 == 1.0 == True are one key). */
#include <stdlib.h>
#include <string.h>

#include "rt_values.h"
#include "rt_snap_codec.h"

#define SLOT_EMPTY (-1)
#define SLOT_DUMMY (-2)
#define MIN_SLOTS 8

PV rt_dict_new(PCtx *c) { return (PV)rt_obj_new(c, RT_T_DICT, sizeof(RtDict)); }

static pi64 usable(pi64 slots) { return slots * 2 / 3; }

static void free_table(PCtx *c, RtDict *d) {
    rt_free(c, d->index, (size_t)(d->mask + 1) * sizeof(pi64));
    rt_free(c, d->entries, (size_t)d->cap * sizeof(RtDictEntry));
    d->index = NULL;
    d->entries = NULL;
    d->mask = 0;
    d->cap = 0;
}

/* First empty slot for hash h (the key is known to be absent, no dummies matter). */
static pi64 empty_slot(const RtDict *d, pu64 h) {
    pu64 perturb = h, i = h & (pu64)d->mask;
    while (d->index[i] != SLOT_EMPTY) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & (pu64)d->mask;
    }
    return (pi64)i;
}

/* Rebuild the table with room for at least `need` live entries, dropping deleted ones. */
static int resize(PCtx *c, RtDict *d, pi64 need) {
    pi64 slots = MIN_SLOTS;
    while (usable(slots) < need) slots <<= 1;
    if (rt_tick(c, d->used * RT_HASH_FUEL) < 0) return -1; /* every entry is moved and indexed again */
    pi64 cap = usable(slots);
    pi64 *index = rt_alloc(c, (size_t)slots * sizeof(pi64));
    if (!index) return -1;
    RtDictEntry *entries = rt_alloc(c, (size_t)cap * sizeof(RtDictEntry));
    if (!entries) {
        rt_free(c, index, (size_t)slots * sizeof(pi64));
        return -1;
    }
    memset(index, 0xFF, (size_t)slots * sizeof(pi64)); /* all SLOT_EMPTY */
    pi64 w = 0;
    for (pi64 r = 0; r < d->used; r++)
        if (d->entries[r].key) entries[w++] = d->entries[r];
    free_table(c, d);
    d->index = index;
    d->entries = entries;
    d->mask = slots - 1;
    d->cap = cap;
    d->used = w;
    for (pi64 k = 0; k < w; k++) index[empty_slot(d, entries[k].hash)] = k;
    return 0;
}

/* Two keys with equal hashes: the same key? (identity and str fast paths, then Python ==) */
static int keys_equal(PCtx *c, PV a, PV b) {
    if (a == b) return 1;
    if (rt_is_str(a) && rt_is_str(b)) return rt_str_eq(a, b);
    return rt_eq(c, a, b);
}

/* Find key (hash h). Returns its entry number, -1 if absent, -2 on error. *slot: the index slot of the
 * entry, or where an insertion should go. */
static pi64 find(PCtx *c, RtDict *d, PV key, pu64 h, pi64 *slot) {
    *slot = -1;
    if (rt_tick(c, RT_HASH_FUEL) < 0) return -2;
    if (!d->index) return -1;
    pu64 perturb = h, i = h & (pu64)d->mask;
    pi64 free_slot = -1;
    for (;;) {
        pi64 ix = d->index[i];
        if (ix == SLOT_EMPTY) {
            *slot = free_slot >= 0 ? free_slot : (pi64)i;
            return -1;
        }
        if (ix == SLOT_DUMMY) {
            if (free_slot < 0) free_slot = (pi64)i;
        } else if (d->entries[ix].hash == h) {
            int eq = keys_equal(c, d->entries[ix].key, key);
            if (eq < 0) return -2;
            if (eq) {
                *slot = (pi64)i;
                return ix;
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & (pu64)d->mask;
    }
}

int rt_dict_lookup(PCtx *c, PV dv, PV key, PV *value) {
    pu64 h;
    if (rt_hash(c, key, &h) < 0) return -1;
    pi64 slot, ix = find(c, (RtDict *)dv, key, h, &slot);
    if (ix == -2) return -1;
    if (ix < 0) return 0;
    *value = ((RtDict *)dv)->entries[ix].value;
    return 1;
}

PV rt_dict_get(PCtx *c, PV d, PV key) {
    PV v;
    return rt_dict_lookup(c, d, key, &v) == 1 ? v : PV_NULL;
}

/* d[key] = value (both borrowed). An existing key keeps its first key object. */
int rt_dict_set(PCtx *c, PV dv, PV key, PV value) {
    RtDict *d = (RtDict *)dv;
    pu64 h;
    if (rt_hash(c, key, &h) < 0) return -1;
    pi64 slot, ix = find(c, d, key, h, &slot);
    if (ix == -2) return -1;
    if (ix >= 0) {
        PV old = d->entries[ix].value;
        pv_incref(value);
        d->entries[ix].value = value;
        pv_decref(c, old);
        return 0;
    }
    if (d->used >= d->cap) { /* full: compact, and double the room for live entries */
        if (resize(c, d, (d->n + 1) * 2) < 0) return -1;
        slot = empty_slot(d, h);
    }
    RtDictEntry *e = &d->entries[d->used];
    e->hash = h;
    pv_incref(key);
    pv_incref(value);
    e->key = key;
    e->value = value;
    d->index[slot] = d->used++;
    d->n++;
    return 0;
}

/* Unlink entry ix found at index slot; its references go to *k and *v (owned by the caller). */
static void remove_at(RtDict *d, pi64 slot, pi64 ix, PV *k, PV *v) {
    *k = d->entries[ix].key;
    *v = d->entries[ix].value;
    d->entries[ix].key = PV_NULL;
    d->entries[ix].value = PV_NULL;
    d->index[slot] = SLOT_DUMMY;
    d->n--;
    /* the entry stays a hole until the next resize: `used` only grows, so a table whose index fills up with
     * deleted slots is always rebuilt (rt_dict_set) before a probe could find no empty slot */
}

/* Index slot holding entry number ix (hash h). */
static pi64 slot_of(const RtDict *d, pu64 h, pi64 ix) {
    pu64 perturb = h, i = h & (pu64)d->mask;
    while (d->index[i] != ix) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & (pu64)d->mask;
    }
    return (pi64)i;
}

/* Remove key; 1 removed (kout, vout get the references when given), 0 absent, -1 error. */
static int pop_key(PCtx *c, RtDict *d, PV key, PV *kout, PV *vout) {
    pu64 h;
    if (rt_hash(c, key, &h) < 0) return -1;
    pi64 slot, ix = find(c, d, key, h, &slot);
    if (ix == -2) return -1;
    if (ix < 0) return 0;
    PV k, v;
    remove_at(d, slot, ix, &k, &v);
    if (kout)
        *kout = k;
    else
        pv_decref(c, k);
    if (vout)
        *vout = v;
    else
        pv_decref(c, v);
    return 1;
}

int rt_dict_del(PCtx *c, PV d, PV key) { return pop_key(c, (RtDict *)d, key, NULL, NULL); }

int rt_dict_pop_value(PCtx *c, PV d, PV key, PV *value) { return pop_key(c, (RtDict *)d, key, NULL, value); }

/* The last inserted pair, removed (d must not be empty). */
void rt_dict_pop_last(PCtx *c, PV dv, PV *k, PV *v) {
    RtDict *d = (RtDict *)dv;
    pi64 ix = d->used - 1;
    while (!d->entries[ix].key) ix--;
    remove_at(d, slot_of(d, d->entries[ix].hash, ix), ix, k, v);
}

void rt_dict_clear(PCtx *c, PV dv) {
    RtDict *d = (RtDict *)dv;
    RtDictEntry *e = d->entries;
    pi64 used = d->used, cap = d->cap;
    rt_free(c, d->index, (size_t)(d->mask + 1) * sizeof(pi64));
    d->index = NULL;
    d->entries = NULL;
    d->mask = d->cap = d->used = d->n = 0;
    for (pi64 i = 0; i < used; i++) { /* the dict is consistent before any value dies */
        pv_xdecref(c, e[i].key);
        pv_xdecref(c, e[i].value);
    }
    rt_free(c, e, (size_t)cap * sizeof(RtDictEntry));
}

int rt_dict_next_entry(RtDict *d, pi64 *pos, PV *key, PV *value) {
    while (*pos < d->used) {
        RtDictEntry *e = &d->entries[(*pos)++];
        if (e->key) {
            *key = e->key;
            *value = e->value;
            return 1;
        }
    }
    return 0;
}

/* KeyError whose single argument is the key itself, so str(e) == repr(key). */
static void raise_key_error(PCtx *c, PV key) {
    PV args = rt_tuple_new(c, 1);
    if (!args) return;
    pv_incref(key);
    ((RtTuple *)args)->items[0] = key;
    PV e = rt_exc_new(c, PITH_B_KEYERROR, args);
    if (!e) return;
    rt_raise(c, e);
    pv_decref(c, e);
}

void rt_err_key(PCtx *c, PV key) { raise_key_error(c, key); }

PV rt_dict_getitem(PCtx *c, PV d, PV key) {
    PV v;
    int r = rt_dict_lookup(c, d, key, &v);
    if (r == 1) {
        pv_incref(v);
        return v;
    }
    if (r == 0 && rt_dict_kind(d) != RT_DK_DICT) return rt_dict_kind_missing(c, d, key); /* Counter, defaultdict */
    if (r == 0) raise_key_error(c, key);
    return PV_NULL;
}

int rt_dict_delitem(PCtx *c, PV d, PV key) {
    int r = rt_dict_del(c, d, key);
    if (r == 0 && rt_dict_kind(d) == RT_DK_COUNTER) return 0; /* del c[k] of a missing count is fine */
    if (r == 0) raise_key_error(c, key);
    return r == 1 ? 0 : -1;
}

PV rt_dict_from_steal(PCtx *c, PV *kv, pi64 npairs) {
    PV d = rt_dict_new(c);
    int ok = d && (npairs == 0 || resize(c, (RtDict *)d, npairs) == 0);
    pi64 i = 0;
    for (; ok && i < npairs; i++) {
        ok = rt_dict_set(c, d, kv[2 * i], kv[2 * i + 1]) == 0;
        pv_decref(c, kv[2 * i]);
        pv_decref(c, kv[2 * i + 1]);
    }
    if (ok) return d;
    for (; i < npairs; i++) {
        pv_decref(c, kv[2 * i]);
        pv_decref(c, kv[2 * i + 1]);
    }
    pv_xdecref(c, d);
    return PV_NULL;
}

/* ---- whole-dict operations ---- */

int rt_dict_equal(PCtx *c, PV a, PV b) {
    RtDict *x = (RtDict *)a;
    if (x->n != ((RtDict *)b)->n) return 0;
    if (rt_nest_enter(c, " in comparison") < 0) return -1;
    int r = 1;
    for (pi64 i = 0; r == 1 && i < x->used; i++) {
        RtDictEntry *e = &x->entries[i];
        if (!e->key) continue;
        PV k = e->key, v = e->value, w;
        pv_incref(k);
        pv_incref(v);
        r = rt_dict_lookup(c, b, k, &w);
        if (r == 1) r = rt_eq(c, v, w);
        pv_decref(c, k);
        pv_decref(c, v);
    }
    rt_nest_leave(c);
    return r;
}

/* "{'a': 1}"; a dict already being printed shows as {...}. */
PV rt_dict_repr(PCtx *c, PV dv) {
    return rt_dict_kind(dv) != RT_DK_DICT ? rt_dict_kind_repr(c, dv) : rt_dict_repr_items(c, dv);
}

PV rt_dict_repr_items(PCtx *c, PV dv) {
    RtDict *d = (RtDict *)dv;
    if (d->n == 0) return rt_str_cstr(c, "{}");
    if (d->h.flags & RT_FLAG_REPR) return rt_str_cstr(c, "{...}");
    if (rt_nest_enter(c, " while getting the repr of an object") < 0) return PV_NULL;
    d->h.flags |= RT_FLAG_REPR;
    PithBuf b = rt_buf_new(c);
    int rc = pith_buf_putc(&b, '{'), first = 1;
    pi64 pos = 0;
    PV k, v;
    while (rc == 0 && rt_dict_next_entry(d, &pos, &k, &v)) {
        pv_incref(k);
        pv_incref(v);
        if (!first) rc = pith_buf_put(&b, ", ", 2);
        first = 0;
        if (rc == 0) rc = rt_buf_put_repr(&b, k);
        if (rc == 0) rc = pith_buf_put(&b, ": ", 2);
        if (rc == 0) rc = rt_buf_put_repr(&b, v);
        pv_decref(c, k);
        pv_decref(c, v);
        if (rc == 0) rc = rt_tick(c, 1);
    }
    if (rc == 0) rc = pith_buf_putc(&b, '}');
    d->h.flags &= (unsigned short)~RT_FLAG_REPR;
    rt_nest_leave(c);
    if (rc < 0) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    return rt_buf_finish(&b);
}

/* One element of an update sequence: must be a 2-item iterable. */
static int merge_pair(PCtx *c, PV d, PV item, pi64 index) {
    PV pair;
    if (RT_IS(item, RT_T_LIST) || RT_IS(item, RT_T_TUPLE)) {
        pair = item;
        pv_incref(pair);
    } else if (rt_is_iterable(item)) {
        pair = rt_seq_to_list(c, item);
        if (!pair) return -1;
    } else {
        rt_err(c, PITH_B_TYPEERROR, "cannot convert dictionary update sequence element #%lld to a sequence", index);
        return -1;
    }
    pi64 n;
    PV *kv = rt_seq_items(pair, &n);
    int rc = -1;
    if (n != 2)
        rt_err(c, PITH_B_VALUEERROR, "dictionary update sequence element #%lld has length %lld; 2 is required", index,
               n);
    else
        rc = rt_dict_set(c, d, kv[0], kv[1]);
    pv_decref(c, pair);
    return rc;
}

int rt_dict_update_mapping(PCtx *c, PV d, PV m) {
    if (rt_slot_bad(c, d, RT_T_DICT)) return -1;
    if (!RT_IS(m, RT_T_DICT)) {
        rt_err(c, PITH_B_TYPEERROR, "'%s' object is not a mapping", rt_type_name(m));
        return -1;
    }
    return rt_dict_merge(c, d, m);
}

int rt_dict_merge(PCtx *c, PV d, PV src) {
    if (RT_IS(src, RT_T_DICT)) {
        RtDict *s = (RtDict *)src;
        if (src == d) return 0;
        for (pi64 i = 0; i < s->used; i++)
            if (s->entries[i].key && rt_dict_set(c, d, s->entries[i].key, s->entries[i].value) < 0) return -1;
        return 0;
    }
    if (RT_IS(src, RT_T_CHAINMAP)) { /* another mapping: its keys and values, not pairs */
        PV flat = rt_chainmap_flat(c, src);
        int r = flat ? rt_dict_merge(c, d, flat) : -1;
        pv_xdecref(c, flat);
        return r;
    }
    PV it = rt_iter(c, src), item;
    if (!it) return -1;
    int r;
    pi64 index = 0;
    while ((r = rt_next(c, it, &item)) == 1) {
        r = merge_pair(c, d, item, index++);
        pv_decref(c, item);
        if (r < 0) break;
    }
    pv_decref(c, it);
    return r;
}

PV rt_dict_copy(PCtx *c, PV d) {
    PV r = rt_dict_new(c);
    if (r && ((RtDict *)d)->n && (resize(c, (RtDict *)r, ((RtDict *)d)->n) < 0 || rt_dict_merge(c, r, d) < 0)) {
        pv_decref(c, r);
        return PV_NULL;
    }
    return r;
}

/* ---- the type ---- */

/* A defaultdict's factory, then the live entries only, in order: key then value (deleted entries hold PV_NULL
 * in both). */
static void dict_traverse(PObj *o, RtVisit visit, void *arg) {
    RtDict *d = (RtDict *)o;
    if ((o->flags & RT_DICT_KIND_MASK) == RT_DK_DEFAULT) visit(&((RtDictKind *)o)->factory, arg);
    for (pi64 i = 0; i < d->used; i++) {
        if (!d->entries[i].key) continue;
        visit(&d->entries[i].key, arg);
        visit(&d->entries[i].value, arg);
    }
}

static void dict_finalize(PCtx *c, PObj *o) { free_table(c, (RtDict *)o); }

static int dict_class(PV v) { return rt_dict_kind(v) ? rt_dict_kind_class(v) : PITH_B_DICT; }

static const RtMethDef *const dict_methods[] = {rt_dict_methods, NULL};
static const RtMethDef *const *dict_methods_of(PV d) {
    return rt_dict_kind(d) ? rt_dict_kind_methods(d) : dict_methods;
}

static int dict_getattr(PCtx *c, PV d, PV name, PV *out) {
    return rt_dict_kind(d) ? rt_dict_kind_getattr(c, d, name, out) : 0;
}

static int dict_setattr(PCtx *c, PV d, PV name, PV value) {
    return rt_dict_kind(d) ? rt_dict_kind_setattr(c, d, name, value) : 0;
}

static int dict_compare(PCtx *c, int op, PV a, PV b, PV *out) {
    if (!(RT_IS(a, RT_T_DICT) && rt_dict_kind(a)) && !(RT_IS(b, RT_T_DICT) && rt_dict_kind(b))) return 0;
    return rt_dict_kind_compare(c, op, a, b, out);
}

static int dict_unop(PCtx *c, int op, PV v, PV *out) {
    return rt_dict_kind(v) == RT_DK_COUNTER ? rt_counter_unop(c, op, v, out) : 0;
}

/* Payload: the number of live entries; a dict of collections (tag SNAP_O_DICT_KIND) writes its kind first.
 * The dict is made as a bare entry array (no hash index), filled by the codec, and rebuilt by snap_finish once
 * every object is complete and checked, so keys hash then. */
static unsigned dict_snap_tag(const PObj *o) {
    return (o->flags & RT_DICT_KIND_MASK) ? SNAP_O_DICT_KIND : SNAP_O_DICT;
}

static void dict_snap_put(RtSnapW *w, PObj *o) {
    if (o->flags & RT_DICT_KIND_MASK) rt_snap_put_uv(w, o->flags & RT_DICT_KIND_MASK);
    rt_snap_put_uv(w, (uint64_t)((RtDict *)o)->n);
}

static PV dict_snap_make(RtSnapR *r, int type) {
    (void)type;
    PCtx *c = rt_snap_ctx(r);
    uint64_t kind = rt_snap_tag(r) == SNAP_O_DICT_KIND ? rt_snap_get_uv(r) : RT_DK_DICT;
    size_t n = rt_snap_get_count(r, 2);
    if (rt_snap_tag(r) == SNAP_O_DICT_KIND && (kind < RT_DK_COUNTER || kind > RT_DK_ORDERED)) rt_snap_corrupt(r);
    if (rt_snap_r_bad(r)) return PV_NULL;
    RtDict *d = (RtDict *)(kind ? rt_dict_kind_new(c, (int)kind, PV_NONE) : rt_dict_new(c));
    if (!d || !n) return (PV)d;
    d->entries = rt_alloc(c, n * sizeof(RtDictEntry));
    if (!d->entries) {
        pv_decref(c, (PV)d);
        return PV_NULL;
    }
    for (size_t i = 0; i < n; i++) d->entries[i] = (RtDictEntry){0, RT_SNAP_UNFILLED, RT_SNAP_UNFILLED};
    d->cap = d->used = (pi64)n;
    return (PV)d;
}

static int dict_snap_finish(RtSnapR *r, PObj *o) {
    PCtx *c = rt_snap_ctx(r);
    RtDict *d = (RtDict *)o;
    RtDictEntry *e = d->entries;
    pi64 n = d->used, cap = d->cap;
    d->entries = NULL;
    d->used = d->cap = 0;
    int rc = 0;
    for (pi64 i = 0; i < n && rc == 0; i++)
        if (!e[i].key || !e[i].value || rt_dict_set(c, (PV)d, e[i].key, e[i].value) < 0) rc = -1;
    if (d->n != n) rc = -1; /* two keys were equal: not a real dict */
    for (pi64 i = 0; i < n; i++) {
        pv_xdecref(c, e[i].key);
        pv_xdecref(c, e[i].value);
    }
    rt_free(c, e, (size_t)cap * sizeof(RtDictEntry));
    return rc;
}

static pi64 dict_len(PCtx *c, PV v) {
    (void)c;
    return ((RtDict *)v)->n;
}

static int dict_contains(PCtx *c, PV d, PV key) {
    PV v;
    return rt_dict_lookup(c, d, key, &v);
}

/* Iterators remember the size to detect "dictionary changed size during iteration". */
static PV dict_iter(PCtx *c, PV d) {
    PV it = rt_iter_new(c, RT_IT_DICT_KEYS, d);
    if (it) ((RtIter *)it)->stop = ((RtDict *)d)->n;
    return it;
}

static PithValue *dict_items_to_host(PCtx *c, RtDict *d, RtHostPath *path) {
    PithValue *h = rt_host_node(c, PITH_DICT);
    if (!h) return NULL;
    if (d->n > 0) {
        h->u.dict.keys = calloc((size_t)d->n, sizeof(PithValue *));
        h->u.dict.values = calloc((size_t)d->n, sizeof(PithValue *));
        if (!h->u.dict.keys || !h->u.dict.values) {
            pith_value_free(h);
            rt_err_nomem(c);
            return NULL;
        }
    }
    for (pi64 i = 0; i < d->used && (pi64)h->u.dict.n < d->n; i++) {
        RtDictEntry *e = &d->entries[i];
        if (!e->key) continue;
        PithValue *k = rt_host_value(c, e->key, path);
        PithValue *v = k ? rt_host_value(c, e->value, path) : NULL;
        if (!v) {
            pith_value_free(k);
            pith_value_free(h);
            return NULL;
        }
        h->u.dict.keys[h->u.dict.n] = k;
        h->u.dict.values[h->u.dict.n] = v;
        h->u.dict.n++;
    }
    return h;
}

static PithValue *dict_to_host(PCtx *c, PV v, RtHostPath *path) {
    PithValue *h;
    if (!rt_host_enter(c, path, v, "{...}", &h)) return h;
    h = dict_items_to_host(c, (RtDict *)v, path);
    rt_host_leave(path);
    return h;
}

/* The operators of dict: | another dict (a merged copy); |= merges any mapping or iterable of pairs into a. */
static int dict_binop(PCtx *c, int op, PV a, PV b, int inplace, PV *out) {
    if ((RT_IS(a, RT_T_DICT) && rt_dict_kind(a)) || (RT_IS(b, RT_T_DICT) && rt_dict_kind(b)))
        return rt_dict_kind_binop(c, op, a, b, inplace, out);
    if (!RT_IS(a, RT_T_DICT) || op != PITH_OP_BITOR) return 0;
    if (inplace) {
        *out = rt_dict_merge(c, a, b) < 0 ? PV_NULL : (pv_incref(a), a);
        return 1;
    }
    if (!RT_IS(b, RT_T_DICT)) return 0;
    *out = rt_dict_copy(c, a);
    if (*out && rt_dict_merge(c, *out, b) < 0) {
        pv_decref(c, *out);
        *out = PV_NULL;
    }
    return 1;
}

static const RtStaticDef dict_statics[] = {{"fromkeys", rt_dict_fromkeys}, {NULL, NULL}};

const RtTypeDesc rt_dict_type = {
    .name = "dict",
    .flags = RT_TF_GC,
    .cls = PITH_B_DICT,
    .class_of = dict_class,
    .traverse = dict_traverse,
    .finalize = dict_finalize,
    .repr = rt_dict_repr,
    .hash = rt_hash_unhashable,
    .eq = rt_dict_equal,
    .binop = dict_binop,
    .unop = dict_unop,
    .compare = dict_compare,
    .getattr = dict_getattr,
    .setattr = dict_setattr,
    .iter = dict_iter,
    .reversed = rt_reversed_by_copy,
    .methods = dict_methods,
    .methods_of = dict_methods_of,
    .statics = dict_statics,
    .to_host = dict_to_host,
    .len = dict_len,
    .contains = dict_contains,
    .getitem = rt_dict_getitem,
    .setitem = rt_dict_set,
    .delitem = rt_dict_delitem,
    .snap_tag = SNAP_O_DICT,
    .snap_tag_alt = SNAP_O_DICT_KIND,
    .snap_tag_of = dict_snap_tag,
    .snap_put = dict_snap_put,
    .snap_make = dict_snap_make,
    .snap_finish = dict_snap_finish,
};
