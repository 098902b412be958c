/* rt_set.c — set and frozenset: CPython's open-addressing table (9 linear probes, then perturbation; growth
 * at 3/5 fill to 4x the live size), so iteration order, pop() and hash(frozenset) are CPython's. Table
 * operations, construction, update, algebra (| & - ^, subset tests), comparisons, hash, repr, iteration.
 * Stage: runtime. Invariants: layout in rt_object.h (RtSet); slot key PV_NULL unused, RT_SET_DUMMY deleted
 * (its hash is ~0); fill counts active + dummy slots; the table is allocated on first insertion. */
#include <string.h>

#include "rt_set.h"
#include "rt_snap_codec.h"

#define MIN_SIZE 8
#define LINEAR_PROBES 9
#define DUMMY_HASH (~(pu64)0)

PV rt_set_new(PCtx *c, int frozen) { return (PV)rt_obj_new(c, frozen ? RT_T_FROZENSET : RT_T_SET, sizeof(RtSet)); }

/* Place key in a table known not to hold it and to have no dummies (CPython's set_insert_clean). */
static void insert_clean(RtSetEntry *table, pu64 mask, PV key, pu64 h) {
    pu64 perturb = h, i = h & mask;
    for (;;) {
        RtSetEntry *e = &table[i];
        if (!e->key) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key) goto found;
            }
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = h;
        return;
    }
}

/* Rebuild with the smallest power-of-two size > minused (at least 8), dropping dummies. */
static int resize(PCtx *c, RtSet *s, pi64 minused) {
    pi64 size = MIN_SIZE;
    while (size <= minused) size <<= 1;
    if (rt_tick(c, s->used * RT_HASH_FUEL) < 0) return -1; /* every key is inserted again */
    RtSetEntry *t = rt_alloc(c, (size_t)size * sizeof(RtSetEntry));
    if (!t) return -1;
    memset(t, 0, (size_t)size * sizeof(RtSetEntry));
    RtSetEntry *old = s->table;
    pi64 oldn = old ? s->mask + 1 : 0;
    for (pi64 i = 0; i < oldn; i++)
        if (old[i].key && old[i].key != RT_SET_DUMMY) insert_clean(t, (pu64)size - 1, old[i].key, old[i].hash);
    if (old) rt_free(c, old, (size_t)oldn * sizeof(RtSetEntry));
    s->table = t;
    s->mask = size - 1;
    s->fill = s->used;
    return 0;
}

static int keys_equal(PCtx *c, PV a, PV b) {
    if (a == b) return 1;
    if (rt_is_str(a) && rt_is_str(b)) return rt_str_eq(a, b);
    return rt_eq(c, a, b);
}

/* The slot holding key (hash h), or NULL; -1 in *err on a comparison error. */
static RtSetEntry *lookkey(PCtx *c, RtSet *s, PV key, pu64 h, int *err) {
    *err = 0;
    if (rt_tick(c, RT_HASH_FUEL) < 0) {
        *err = -1;
        return NULL;
    }
    if (!s->table) return NULL;
    pu64 mask = (pu64)s->mask, perturb = h, i = h & mask;
    for (;;) {
        RtSetEntry *e = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (!e->key) return NULL;
            if (e->hash == h && e->key != RT_SET_DUMMY) {
                PV k = e->key;
                pv_incref(k);
                int eq = keys_equal(c, k, key);
                pv_decref(c, k);
                if (eq < 0) {
                    *err = -1;
                    return NULL;
                }
                if (eq) return e;
                if (!s->table) return NULL; /* mutated by __eq__: cannot happen with builtin types */
            }
            e++;
        } while (probes--);
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

int rt_set_add_hashed(PCtx *c, PV sv, PV key, pu64 h) {
    RtSet *s = (RtSet *)sv;
    if (rt_tick(c, RT_HASH_FUEL) < 0 || (!s->table && resize(c, s, 0) < 0)) return -1;
    pu64 mask = (pu64)s->mask, perturb = h, i = h & mask;
    RtSetEntry *freeslot = NULL, *e;
    for (;;) {
        e = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (!e->key) goto unused;
            if (e->key == RT_SET_DUMMY) {
                if (!freeslot) freeslot = e;
            } else if (e->hash == h) {
                PV k = e->key;
                pv_incref(k);
                int eq = keys_equal(c, k, key);
                pv_decref(c, k);
                if (eq < 0) return -1;
                if (eq) return 0;
            }
            e++;
        } while (probes--);
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
unused:
    pv_incref(key);
    s->hashed = 0;
    if (freeslot) {
        freeslot->key = key;
        freeslot->hash = h;
        s->used++;
        return 0;
    }
    e->key = key;
    e->hash = h;
    s->fill++;
    s->used++;
    if ((pu64)s->fill * 5 < mask * 3) return 0;
    return resize(c, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

int rt_set_add(PCtx *c, PV set, PV item) {
    if (!(set && RT_IS(set, RT_T_FROZENSET)) && rt_slot_bad(c, set, RT_T_SET)) return -1;
    pu64 h;
    if (rt_hash(c, item, &h) < 0) return -1;
    return rt_set_add_hashed(c, set, item, h);
}

PV rt_set_from_steal(PCtx *c, PV *items, pi64 n) {
    PV s = rt_set_new(c, 0);
    pi64 i = 0;
    int ok = s != PV_NULL;
    for (; ok && i < n; i++) {
        ok = rt_set_add(c, s, items[i]) == 0;
        pv_decref(c, items[i]);
    }
    for (; i < n; i++) pv_decref(c, items[i]);
    if (ok) return s;
    pv_xdecref(c, s);
    return PV_NULL;
}

static int discard_hashed(PCtx *c, RtSet *s, PV key, pu64 h) {
    int err;
    RtSetEntry *e = lookkey(c, s, key, h, &err);
    if (err) return -1;
    if (!e) return 0;
    PV k = e->key;
    e->key = RT_SET_DUMMY;
    e->hash = DUMMY_HASH;
    s->used--;
    s->hashed = 0;
    pv_decref(c, k);
    return 1;
}

int rt_set_discard(PCtx *c, PV set, PV key) {
    pu64 h;
    if (rt_hash(c, key, &h) < 0) return -1;
    return discard_hashed(c, (RtSet *)set, key, h);
}

static int contains_hashed(PCtx *c, RtSet *s, PV key, pu64 h) {
    int err;
    RtSetEntry *e = lookkey(c, s, key, h, &err);
    return err ? -1 : e != NULL;
}

int rt_set_contains(PCtx *c, PV set, PV key) {
    pu64 h;
    if (rt_hash(c, key, &h) < 0) return -1;
    return contains_hashed(c, (RtSet *)set, key, h);
}

void rt_set_clear(PCtx *c, PV sv) {
    RtSet *s = (RtSet *)sv;
    RtSetEntry *t = s->table;
    pi64 n = t ? s->mask + 1 : 0;
    s->table = NULL;
    s->mask = s->fill = s->used = s->finger = 0;
    s->hashed = 0;
    for (pi64 i = 0; i < n; i++) /* the set is consistent (empty) before any key dies */
        if (t[i].key && t[i].key != RT_SET_DUMMY) pv_decref(c, t[i].key);
    if (t) rt_free(c, t, (size_t)n * sizeof(RtSetEntry));
}

int rt_set_next_entry(RtSet *s, pi64 *pos, PV *key, pu64 *hash) {
    while (s->table && *pos <= s->mask) {
        RtSetEntry *e = &s->table[(*pos)++];
        if (e->key && e->key != RT_SET_DUMMY) {
            *key = e->key;
            if (hash) *hash = e->hash;
            return 1;
        }
    }
    return 0;
}

void rt_set_swap_bodies(RtSet *a, RtSet *b) {
    RtSet t = *a;
    a->fill = b->fill;
    a->used = b->used;
    a->mask = b->mask;
    a->finger = b->finger;
    a->table = b->table;
    b->fill = t.fill;
    b->used = t.used;
    b->mask = t.mask;
    b->finger = t.finger;
    b->table = t.table;
    a->hashed = b->hashed = 0;
}

PV rt_set_pop(PCtx *c, PV sv) {
    RtSet *s = (RtSet *)sv;
    if (s->used == 0) {
        PV msg = rt_str_cstr(c, "pop from an empty set");
        if (msg) {
            rt_err_key(c, msg);
            pv_decref(c, msg);
        }
        return PV_NULL;
    }
    pi64 i = s->finger & s->mask;
    while (!s->table[i].key || s->table[i].key == RT_SET_DUMMY) {
        i++;
        if (i > s->mask) i = 0;
    }
    PV k = s->table[i].key;
    s->table[i].key = RT_SET_DUMMY;
    s->table[i].hash = DUMMY_HASH;
    s->used--;
    s->finger = i + 1;
    s->hashed = 0;
    return k;
}

/* ---- construction and update ---- */

/* so |= other where other is a set (CPython's set_merge, including its copy fast paths). */
static int merge_set(PCtx *c, RtSet *so, RtSet *other) {
    if (so == other || other->used == 0) return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3 && resize(c, so, (so->used + other->used) * 2) < 0) return -1;
    if (rt_tick(c, other->mask + 1) < 0) return -1; /* the copy loops below scan other's whole table */
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (pi64 i = 0; i <= other->mask; i++) {
            PV k = other->table[i].key;
            if (k && k != RT_SET_DUMMY) {
                pv_incref(k);
                so->table[i] = other->table[i];
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        so->hashed = 0;
        return 0;
    }
    if (so->fill == 0) {
        for (pi64 i = 0; i <= other->mask; i++) {
            PV k = other->table[i].key;
            if (k && k != RT_SET_DUMMY) {
                pv_incref(k);
                insert_clean(so->table, (pu64)so->mask, k, other->table[i].hash);
            }
        }
        so->fill = so->used = other->used;
        so->hashed = 0;
        return 0;
    }
    pi64 pos = 0;
    PV k;
    pu64 h;
    while (rt_set_next_entry(other, &pos, &k, &h))
        if (rt_set_add_hashed(c, (PV)so, k, h) < 0) return -1;
    return 0;
}

int rt_set_update(PCtx *c, PV set, PV other) {
    RtSet *so = (RtSet *)set;
    if (rt_is_anyset(other)) return merge_set(c, so, (RtSet *)other);
    if (RT_IS(other, RT_T_DICT)) {
        RtDict *d = (RtDict *)other;
        if ((so->fill + d->n) * 5 >= so->mask * 3 && resize(c, so, (so->used + d->n) * 2) < 0) return -1;
        for (pi64 i = 0; i < d->used; i++) {
            RtDictEntry *e = &d->entries[i];
            if (e->key && rt_set_add_hashed(c, set, e->key, e->hash) < 0) return -1;
        }
        return 0;
    }
    PV it = rt_iter(c, other), x;
    if (!it) return -1;
    int r;
    while ((r = rt_next(c, it, &x)) == 1) {
        r = rt_set_add(c, set, x);
        pv_decref(c, x);
        if (r < 0) break;
    }
    pv_decref(c, it);
    return r < 0 ? -1 : 0;
}

PV rt_set_from_iterable(PCtx *c, PV iterable, int frozen) {
    if (frozen && iterable && RT_IS(iterable, RT_T_FROZENSET)) {
        pv_incref(iterable);
        return iterable;
    }
    PV s = rt_set_new(c, frozen);
    if (s && iterable && rt_set_update(c, s, iterable) < 0) {
        pv_decref(c, s);
        return PV_NULL;
    }
    return s;
}

PV rt_set_copy_as(PCtx *c, PV set, int frozen) {
    PV s = rt_set_new(c, frozen);
    if (s && merge_set(c, (RtSet *)s, (RtSet *)set) < 0) {
        pv_decref(c, s);
        return PV_NULL;
    }
    return s;
}

static int is_frozen(PV v) { return RT_IS(v, RT_T_FROZENSET); }

/* A set copy of any iterable (other itself, with a new reference, when it already is a set). */
static PV as_set(PCtx *c, PV other) {
    if (rt_is_anyset(other)) {
        pv_incref(other);
        return other;
    }
    return rt_set_from_iterable(c, other, 0);
}

/* ---- algebra (CPython's set_intersection, set_difference, set_symmetric_difference...) ---- */

PV rt_set_intersection(PCtx *c, PV a, PV other) {
    if (a == other) return rt_set_copy_as(c, a, is_frozen(a));
    PV res = rt_set_new(c, is_frozen(a));
    if (!res) return PV_NULL;
    PV k;
    pu64 h;
    if (rt_is_anyset(other)) {
        RtSet *so = (RtSet *)a, *ot = (RtSet *)other;
        if (ot->used > so->used) {
            RtSet *t = so;
            so = ot;
            ot = t;
        }
        pi64 pos = 0;
        while (rt_set_next_entry(ot, &pos, &k, &h)) {
            int r = contains_hashed(c, so, k, h);
            if (r < 0 || (r && rt_set_add_hashed(c, res, k, h) < 0)) {
                pv_decref(c, res);
                return PV_NULL;
            }
        }
        return res;
    }
    PV it = rt_iter(c, other);
    int r = it ? 1 : -1;
    while (r == 1 && (r = rt_next(c, it, &k)) == 1) {
        if (rt_hash(c, k, &h) < 0)
            r = -1;
        else {
            int in = contains_hashed(c, (RtSet *)a, k, h);
            if (in < 0 || (in && rt_set_add_hashed(c, res, k, h) < 0)) r = -1;
        }
        pv_decref(c, k);
    }
    pv_xdecref(c, it);
    if (r < 0) {
        pv_decref(c, res);
        return PV_NULL;
    }
    return res;
}

int rt_set_difference_update(PCtx *c, PV set, PV other) {
    if (set == other) {
        rt_set_clear(c, set);
        return 0;
    }
    if (rt_is_anyset(other)) {
        pi64 pos = 0;
        PV k;
        pu64 h;
        while (rt_set_next_entry((RtSet *)other, &pos, &k, &h))
            if (discard_hashed(c, (RtSet *)set, k, h) < 0) return -1;
        return 0;
    }
    PV it = rt_iter(c, other), k;
    if (!it) return -1;
    int r;
    while ((r = rt_next(c, it, &k)) == 1) {
        r = rt_set_discard(c, set, k);
        pv_decref(c, k);
        if (r < 0) break;
    }
    pv_decref(c, it);
    return r < 0 ? -1 : 0;
}

PV rt_set_difference(PCtx *c, PV a, PV other) {
    pi64 other_size;
    if (rt_is_anyset(other))
        other_size = ((RtSet *)other)->used;
    else if (RT_IS(other, RT_T_DICT))
        other_size = ((RtDict *)other)->n;
    else
        other_size = -1;
    if (other_size < 0 || (((RtSet *)a)->used >> 2) > other_size) {
        PV res = rt_set_copy_as(c, a, is_frozen(a));
        if (res && rt_set_difference_update(c, res, other) < 0) {
            pv_decref(c, res);
            return PV_NULL;
        }
        return res;
    }
    PV res = rt_set_new(c, is_frozen(a)), k;
    if (!res) return PV_NULL;
    pi64 pos = 0;
    pu64 h;
    while (rt_set_next_entry((RtSet *)a, &pos, &k, &h)) {
        int in;
        if (RT_IS(other, RT_T_DICT)) {
            PV v;
            in = rt_dict_lookup(c, other, k, &v);
        } else
            in = contains_hashed(c, (RtSet *)other, k, h);
        if (in < 0 || (!in && rt_set_add_hashed(c, res, k, h) < 0)) {
            pv_decref(c, res);
            return PV_NULL;
        }
    }
    return res;
}

int rt_set_symmetric_difference_update(PCtx *c, PV set, PV other) {
    if (set == other) {
        rt_set_clear(c, set);
        return 0;
    }
    PV os = as_set(c, other), k;
    if (!os) return -1;
    pi64 pos = 0;
    pu64 h;
    int rc = 0;
    while (rc == 0 && rt_set_next_entry((RtSet *)os, &pos, &k, &h)) {
        int r = discard_hashed(c, (RtSet *)set, k, h);
        if (r < 0 || (r == 0 && rt_set_add_hashed(c, set, k, h) < 0)) rc = -1;
    }
    pv_decref(c, os);
    return rc;
}

PV rt_set_symmetric_difference(PCtx *c, PV a, PV other) {
    PV res = rt_set_new(c, is_frozen(a));
    if (!res) return PV_NULL;
    if (rt_set_update(c, res, other) < 0 || rt_set_symmetric_difference_update(c, res, a) < 0) {
        pv_decref(c, res);
        return PV_NULL;
    }
    return res;
}

int rt_set_issubset(PCtx *c, PV a, PV other) {
    if (!rt_is_anyset(other)) {
        PV t = rt_set_intersection(c, a, other);
        if (!t) return -1;
        int r = ((RtSet *)t)->used == ((RtSet *)a)->used;
        pv_decref(c, t);
        return r;
    }
    if (((RtSet *)a)->used > ((RtSet *)other)->used) return 0;
    pi64 pos = 0;
    PV k;
    pu64 h;
    while (rt_set_next_entry((RtSet *)a, &pos, &k, &h)) {
        int r = contains_hashed(c, (RtSet *)other, k, h);
        if (r <= 0) return r;
    }
    return 1;
}

/* ---- operators ---- */

static int is_keys_or_items(PV v) { return RT_IS(v, RT_T_DICTVIEW) && ((RtDictView *)v)->kind != RT_IT_DICT_VALUES; }

/* view op other (or other op view): CPython's dictviews_* build a set from the view, then apply op. */
static PV view_binop(PCtx *c, int op, PV a, PV b) {
    if (!is_keys_or_items(a)) {
        PV t = a;
        a = b;
        b = t;
    } /* & | ^ are symmetric in content */
    PV res = rt_set_from_iterable(c, a, 0);
    if (!res) return PV_NULL;
    int rc;
    switch (op) {
    case PITH_OP_BITOR: rc = rt_set_update(c, res, b); break;
    case PITH_OP_SUB: rc = rt_set_difference_update(c, res, b); break;
    case PITH_OP_BITXOR: rc = rt_set_symmetric_difference_update(c, res, b); break;
    default: {
        PV r = rt_set_intersection(c, res, b);
        pv_decref(c, res);
        return r;
    }
    }
    if (rc < 0) {
        pv_decref(c, res);
        return PV_NULL;
    }
    return res;
}

int rt_set_binop(PCtx *c, int op, PV a, PV b, int inplace, PV *out) {
    *out = PV_NULL;
    if (op != PITH_OP_BITOR && op != PITH_OP_BITAND && op != PITH_OP_SUB && op != PITH_OP_BITXOR) return 0;
    if (!(rt_is_anyset(a) && rt_is_anyset(b))) {
        if (!is_keys_or_items(a) && !is_keys_or_items(b)) return 0;
        if (op == PITH_OP_SUB && !is_keys_or_items(a)) { /* other - view: set(other) - view */
            PV res = rt_set_from_iterable(c, a, 0);
            if (res && rt_set_difference_update(c, res, b) < 0) {
                pv_decref(c, res);
                res = PV_NULL;
            }
            *out = res;
            return 1;
        }
        *out = view_binop(c, op, a, b);
        return 1;
    }
    if (inplace && RT_IS(a, RT_T_SET)) {
        int rc;
        switch (op) {
        case PITH_OP_BITOR: rc = rt_set_update(c, a, b); break;
        case PITH_OP_SUB: rc = rt_set_difference_update(c, a, b); break;
        case PITH_OP_BITXOR: rc = rt_set_symmetric_difference_update(c, a, b); break;
        default: {
            PV t = rt_set_intersection(c, a, b);
            if (!t) return 1;
            rt_set_swap_bodies((RtSet *)a, (RtSet *)t);
            pv_decref(c, t);
            rc = 0;
        }
        }
        if (rc == 0) {
            pv_incref(a);
            *out = a;
        }
        return 1;
    }
    switch (op) {
    case PITH_OP_BITOR:
        *out = rt_set_copy_as(c, a, is_frozen(a));
        if (*out && rt_set_update(c, *out, b) < 0) {
            pv_decref(c, *out);
            *out = PV_NULL;
        }
        break;
    case PITH_OP_BITAND: *out = rt_set_intersection(c, a, b); break;
    case PITH_OP_SUB: *out = rt_set_difference(c, a, b); break;
    default: *out = rt_set_symmetric_difference(c, a, b); break;
    }
    return 1;
}

/* The compare hook of set and frozenset: two sets of either kind, ordered by inclusion. */
static int set_compare(PCtx *c, int op, PV a, PV b, PV *out) {
    if (!rt_is_anyset(a) || !rt_is_anyset(b)) return 0;
    pi64 na = ((RtSet *)a)->used, nb = ((RtSet *)b)->used;
    /* frozensets of frozensets compare their items in turn: nested as deep as the values are */
    if (rt_nest_enter(c, " in comparison") < 0) {
        *out = PV_NULL;
        return 1;
    }
    int r;
    switch (op) {
    case PITH_CMP_EQ:
    case PITH_CMP_NE:
        r = na == nb ? rt_set_issubset(c, a, b) : 0;
        if (r >= 0 && op == PITH_CMP_NE) r = !r;
        break;
    case PITH_CMP_LT: r = na < nb ? rt_set_issubset(c, a, b) : 0; break;
    case PITH_CMP_LE: r = rt_set_issubset(c, a, b); break;
    case PITH_CMP_GT: r = na > nb ? rt_set_issubset(c, b, a) : 0; break;
    default: r = rt_set_issubset(c, b, a); break;
    }
    rt_nest_leave(c);
    *out = r < 0 ? PV_NULL : PV_BOOL(r);
    return 1;
}

/* ---- hash, repr, iteration ---- */

static pu64 shuffle_bits(pu64 h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

int rt_set_hash(PCtx *c, PV v, pu64 *out) {
    RtSet *s = (RtSet *)v;
    if (!is_frozen(v)) {
        rt_err(c, PITH_B_TYPEERROR, "unhashable type: 'set'");
        return -1;
    }
    if (s->hashed) {
        *out = s->hash;
        return 0;
    }
    pu64 h = 0;
    pi64 pos = 0;
    PV k;
    pu64 eh;
    if (rt_tick(c, s->mask + 1) < 0) return -1;
    while (rt_set_next_entry(s, &pos, &k, &eh)) h ^= shuffle_bits(eh);
    h ^= ((pu64)s->used + 1) * 1927868237ULL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923ULL;
    if (h == ~(pu64)0) h = 590923713ULL;
    s->hash = h;
    s->hashed = 1;
    *out = h;
    return 0;
}

PV rt_set_repr(PCtx *c, PV v) {
    RtSet *s = (RtSet *)v;
    int frozen = is_frozen(v);
    if (s->used == 0) return rt_str_cstr(c, frozen ? "frozenset()" : "set()");
    if (s->h.flags & RT_FLAG_REPR) return rt_str_cstr(c, frozen ? "frozenset(...)" : "set(...)");
    if (rt_nest_enter(c, " while getting the repr of an object") < 0) return PV_NULL;
    s->h.flags |= RT_FLAG_REPR;
    PithBuf b = rt_buf_new(c);
    int rc = pith_buf_puts(&b, frozen ? "frozenset({" : "{"), first = 1;
    pi64 pos = 0;
    PV k;
    while (rc == 0 && rt_set_next_entry(s, &pos, &k, NULL)) {
        pv_incref(k);
        if (!first) rc = pith_buf_put(&b, ", ", 2);
        first = 0;
        if (rc == 0) rc = rt_buf_put_repr(&b, k);
        pv_decref(c, k);
        if (rc == 0) rc = rt_tick(c, 1);
    }
    if (rc == 0) rc = pith_buf_puts(&b, frozen ? "})" : "}");
    s->h.flags &= (unsigned short)~RT_FLAG_REPR;
    rt_nest_leave(c);
    if (rc < 0) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    return rt_buf_finish(&b);
}

int rt_set_next(PCtx *c, RtIter *it, PV *out) {
    RtSet *s = (RtSet *)it->src;
    if (s->used != it->stop) {
        it->stop = -1; /* keep failing, as CPython does */
        rt_err(c, PITH_B_RUNTIMEERROR, "Set changed size during iteration");
        return -1;
    }
    PV k;
    if (!rt_set_next_entry(s, &it->pos, &k, NULL)) {
        pv_decref(c, it->src);
        it->src = PV_NULL;
        return 0;
    }
    pv_incref(k);
    *out = k;
    return 1;
}

/* ---- the types ---- */

/* Active slots only (empty ones hold PV_NULL, deleted ones the RT_SET_DUMMY immediate). */
static void set_traverse(PObj *o, RtVisit visit, void *arg) {
    RtSet *s = (RtSet *)o;
    for (pi64 i = 0; s->table && i <= s->mask; i++)
        if (s->table[i].key && s->table[i].key != RT_SET_DUMMY) visit(&s->table[i].key, arg);
}

static void set_finalize(PCtx *c, PObj *o) {
    RtSet *s = (RtSet *)o;
    rt_free(c, s->table, s->table ? (size_t)(s->mask + 1) * sizeof(RtSetEntry) : 0);
}

/* Payload: the table as it is (so iteration order and pop() survive): cached hash, hashed flag, finger,
 * the slot count, then per slot u8 0 empty / 1 deleted / 2 active + its u64 hash. Keys are the refs. */
enum { SLOT_EMPTY, SLOT_DELETED, SLOT_ACTIVE };

static void set_snap_put(RtSnapW *w, PObj *o) {
    RtSet *s = (RtSet *)o;
    rt_snap_put_u64(w, s->hash);
    rt_snap_put_u8(w, s->hashed != 0);
    rt_snap_put_sv(w, s->finger);
    pi64 slots = s->table ? s->mask + 1 : 0;
    rt_snap_put_uv(w, (uint64_t)slots);
    for (pi64 i = 0; i < slots; i++) {
        PV k = s->table[i].key;
        rt_snap_put_u8(w, !k ? SLOT_EMPTY : k == RT_SET_DUMMY ? SLOT_DELETED : SLOT_ACTIVE);
        if (k && k != RT_SET_DUMMY) rt_snap_put_u64(w, s->table[i].hash);
    }
}

static PV set_snap_make(RtSnapR *r, int type) {
    PCtx *c = rt_snap_ctx(r);
    RtSet *st = (RtSet *)rt_obj_new(c, type, sizeof(RtSet));
    if (!st) return PV_NULL;
    st->hash = rt_snap_get_u64(r);
    st->hashed = rt_snap_get_u8(r) != 0;
    int64_t finger = rt_snap_get_sv(r);
    size_t slots = rt_snap_get_count(r, 1);
    if (rt_snap_r_bad(r) || (slots & (slots - 1)) || finger < 0 || (slots && (size_t)finger >= slots) ||
        (!slots && finger)) {
        rt_snap_corrupt(r);
        return (PV)st;
    }
    if (!slots) return (PV)st;
    st->table = rt_alloc(c, slots * sizeof(RtSetEntry));
    if (!st->table) return pv_decref(c, (PV)st), PV_NULL;
    memset(st->table, 0, slots * sizeof(RtSetEntry));
    st->mask = (pi64)slots - 1;
    st->finger = finger;
    for (size_t k = 0; k < slots && !rt_snap_r_bad(r); k++) {
        unsigned state = rt_snap_get_u8(r);
        if (state == SLOT_EMPTY) continue;
        st->fill++;
        if (state == SLOT_DELETED) {
            st->table[k].key = RT_SET_DUMMY;
            continue;
        }
        if (state != SLOT_ACTIVE) {
            rt_snap_corrupt(r);
            break;
        }
        st->used++;
        st->table[k].key = RT_SNAP_UNFILLED;
        st->table[k].hash = rt_snap_get_u64(r);
    }
    if ((size_t)st->fill >= slots) rt_snap_corrupt(r); /* a probe must always find an empty slot */
    return (PV)st;
}

/* An active slot whose ref was NULL or a dummy would break every probe. */
static int set_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    RtSet *s = (RtSet *)o;
    pi64 used = 0;
    for (pi64 i = 0; s->table && i <= s->mask; i++)
        if (s->table[i].key && s->table[i].key != RT_SET_DUMMY) used++;
    return used == s->used ? 0 : -1;
}

static pi64 set_len(PCtx *c, PV v) {
    (void)c;
    return ((RtSet *)v)->used;
}

/* Iterators remember the size to detect "Set changed size during iteration". */
static PV set_iter(PCtx *c, PV v) {
    PV it = rt_iter_new(c, RT_IT_SET, v);
    if (it) ((RtIter *)it)->stop = ((RtSet *)v)->used;
    return it;
}

static const RtMethDef *const set_methods[] = {rt_set_methods, NULL};
static const RtMethDef *const frozenset_methods[] = {rt_frozenset_methods, NULL};

const RtTypeDesc rt_set_type = {
    .name = "set",
    .flags = RT_TF_GC,
    .cls = PITH_B_SET,
    .traverse = set_traverse,
    .finalize = set_finalize,
    .repr = rt_set_repr,
    .hash = rt_set_hash,
    .compare = set_compare,
    .binop = rt_set_binop,
    .iter = set_iter,
    .methods = set_methods,
    .len = set_len,
    .contains = rt_set_contains,
    .snap_tag = SNAP_O_SET,
    .snap_put = set_snap_put,
    .snap_make = set_snap_make,
    .snap_check = set_snap_check,
};
const RtTypeDesc rt_frozenset_type = {
    .name = "frozenset",
    .flags = RT_TF_GC,
    .cls = PITH_B_FROZENSET,
    .traverse = set_traverse,
    .finalize = set_finalize,
    .repr = rt_set_repr,
    .hash = rt_set_hash,
    .compare = set_compare,
    .binop = rt_set_binop,
    .iter = set_iter,
    .methods = frozenset_methods,
    .len = set_len,
    .contains = rt_set_contains,
    .snap_tag = SNAP_O_FROZENSET,
    .snap_put = set_snap_put,
    .snap_make = set_snap_make,
    .snap_check = set_snap_check,
};
