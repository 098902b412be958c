/* rt_snap_decode.c — rt_snap_open / rt_snap_load_state: snapshot bytes (format: rt_snap.h) back into a WAITING
 * execution, in two steps around the engine layer compiling the snapshot's program again (api/api_snapshot.c).
 * Stage: runtime. Length, versions, checksum and MAC are verified before anything is decoded. Objects are
 * made in one pass with placeholder refs (PLACE: index << 3 | 4, a tag no PV uses), fixed up in a second pass
 * (so cycles work), dicts filled last (their keys hash then), types checked, and any failure frees the whole
 * new execution (its allocator sweep releases every object made so far). */
#include <stdlib.h>
#include <string.h>

#include "rt_snap.h"
#include "rt_values.h"

#define IS(v, t) ((v) != PV_NULL && RT_IS(v, t)) /* RT_IS for values that may be PV_NULL */
#define PLACE_TAG 4ull
#define IS_PLACE(v) (((v) & 7ull) == PLACE_TAG)
#define PLACE(i) ((((PV)(i)) << 3) | PLACE_TAG)
#define PLACE_INDEX(v) ((size_t)((v) >> 3))

/* A bounds-checked reader over the snapshot body. */
typedef struct Rd {
    const unsigned char *p; /* the bytes */
    size_t n, pos;          /* length of the readable part, next byte */
    int bad;                /* set by any failed read (the snapshot is corrupt) */
} Rd;

/* The decoder's state: the new execution and the object table. */
typedef struct Dec {
    PithExec *x;
    PCtx *c;
    Rd r;
    size_t nobj;
    PV *objs;               /* object i (one reference held by the table) */
    PV *pend;               /* dict entries waiting for the fill pass (placeholders: key, value, ...) */
    size_t npend, cappend;
    size_t *pend_at;        /* per object i: [2i] first pend index, [2i+1] entry count (dicts) */
    int err;                /* PithSnapError */
} Dec;

/* ---- reading ---- */

static const unsigned char *take(Rd *r, size_t n) {
    if (r->bad || n > r->n - r->pos) { r->bad = 1; return NULL; }
    const unsigned char *p = r->p + r->pos;
    r->pos += n;
    return p;
}

static unsigned get_u8(Rd *r) {
    const unsigned char *p = take(r, 1);
    return p ? *p : 0;
}

static uint64_t get_fixed(Rd *r, int nbytes) {
    const unsigned char *p = take(r, (size_t)nbytes);
    uint64_t v = 0;
    for (int i = 0; p && i < nbytes; i++) v |= (uint64_t)p[i] << (8 * i);
    return v;
}

static uint64_t get_uv(Rd *r) {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        unsigned b = get_u8(r);
        if (r->bad) return 0;
        if (shift == 63 && b > 1) break;
        v |= (uint64_t)(b & 0x7F) << shift;
        if (!(b & 0x80)) return v;
    }
    r->bad = 1;
    return 0;
}

static int64_t get_sv(Rd *r) {
    uint64_t u = get_uv(r);
    return (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
}

/* A count of items that each take at least min_bytes: bounded by what is left, so allocation is safe. */
static size_t get_count(Rd *r, size_t min_bytes) {
    uint64_t n = get_uv(r);
    if (r->bad || n > (r->n - r->pos) / (min_bytes ? min_bytes : 1)) { r->bad = 1; return 0; }
    return (size_t)n;
}

static const unsigned char *get_str(Rd *r, size_t *len) {
    *len = get_count(r, 1);
    return take(r, *len);
}

static double get_f64(Rd *r) {
    uint64_t u = get_fixed(r, 8);
    double d;
    memcpy(&d, &u, 8);
    return d;
}

static int get_int(Rd *r, int64_t lo, int64_t hi) {
    int64_t v = get_sv(r);
    if (v < lo || v > hi) { r->bad = 1; return 0; }
    return (int)v;
}

/* A ref: immediates inline, constants resolved now (new reference), objects as placeholders. */
static PV get_ref(Dec *d, int allow_dummy) {
    Rd *r = &d->r;
    unsigned kind = get_u8(r);
    if (r->bad) return PV_NULL;
    switch (kind) {
    case SNAP_R_NULL: return PV_NULL;
    case SNAP_R_NONE: return PV_NONE;
    case SNAP_R_FALSE: return PV_FALSE;
    case SNAP_R_TRUE: return PV_TRUE;
    case SNAP_R_DUMMY: if (allow_dummy) return RT_SET_DUMMY; break;
    case SNAP_R_INT: {
        int64_t v = get_sv(r);
        if (v >= PV_SMALL_MIN && v <= PV_SMALL_MAX) return PV_INT(v);
        break;
    }
    case SNAP_R_OBJ: {
        uint64_t i = get_uv(r);
        if (!r->bad && i < d->nobj) return PLACE(i);
        break;
    }
    case SNAP_R_CONST: {
        uint64_t i = get_uv(r);
        const PProgDesc *pd = d->x->prog->desc;
        if (!r->bad && i < (uint64_t)pd->nconsts && d->c->k[i]) {
            pv_incref(d->c->k[i]);
            return d->c->k[i];
        }
        break;
    }
    default: break;
    }
    r->bad = 1;
    return PV_NULL;
}

/* ---- phase 1: one object record ---- */

static int utf8_valid(const unsigned char *s, size_t n) {
    for (size_t i = 0; i < n;) {
        unsigned char b = s[i];
        size_t len = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
        if (!len || len > n - i || (len == 2 && b < 0xC2)) return 0;
        uint32_t cp = len == 1 ? b : (uint32_t)(b & (0x7F >> len));
        for (size_t k = 1; k < len; k++) {
            if ((s[i + k] & 0xC0) != 0x80) return 0;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return 0;
        i += len;
    }
    return 1;
}

static const PFuncDesc *get_fn(Dec *d) {
    const PProgDesc *pd = d->x->prog->desc;
    uint64_t id = get_uv(&d->r);
    if (d->r.bad || id >= (uint64_t)pd->nfuncs || !pd->funcs[id]) { d->r.bad = 1; return NULL; }
    return pd->funcs[id];
}

/* Makes object i from its record. Returns the object (or PV_NULL: corrupt or out of memory). */
static PV make_object(Dec *d, size_t i) {
    Rd *r = &d->r;
    PCtx *c = d->c;
    unsigned tag = get_u8(r);
    if (r->bad) return PV_NULL;
    size_t n;
    const unsigned char *s;
    switch (tag) {
    case SNAP_O_FLOAT: { double v = get_f64(r); return r->bad ? PV_NULL : rt_float_new(c, v); }
    case SNAP_O_BIGINT: {
        unsigned neg = get_u8(r);
        s = get_str(r, &n);
        if (r->bad || neg > 1) return r->bad = 1, PV_NULL;
        mpz_t z;
        mpz_init(z);
        if (n) mpz_import(z, n, -1, 1, -1, 0, s);
        if (neg) mpz_neg(z, z);
        return rt_big_steal(c, z);
    }
    case SNAP_O_STR:
        s = get_str(r, &n);
        if (r->bad || !utf8_valid(s, n)) return r->bad = 1, PV_NULL;
        return rt_str_new(c, (const char *)s, (pi64)n);
    case SNAP_O_BYTES:
        s = get_str(r, &n);
        return r->bad ? PV_NULL : rt_bytes_const(c, (const char *)s, (pi64)n);
    case SNAP_O_LIST: {
        n = get_count(r, 1);
        if (r->bad) return PV_NULL;
        PV l = rt_list_new(c, (pi64)n);
        if (!l) return PV_NULL;
        RtList *lp = (RtList *)l;
        for (size_t k = 0; k < n && !r->bad; k++) lp->items[lp->n++] = get_ref(d, 0);
        return l;
    }
    case SNAP_O_TUPLE: {
        n = get_count(r, 1);
        if (r->bad) return PV_NULL;
        PV *items = calloc(n ? n : 1, sizeof(PV));
        if (!items) { d->err = PITH_SNAP_NOMEM; return PV_NULL; }
        for (size_t k = 0; k < n && !r->bad; k++) items[k] = get_ref(d, 0);
        PV t = rt_tuple_from_steal(c, items, (pi64)n); /* placeholders are not objects: nothing to drop */
        free(items);
        return t;
    }
    case SNAP_O_DICT: {
        n = get_count(r, 2);
        if (r->bad) return PV_NULL;
        if (d->npend + 2 * n > d->cappend) {
            size_t cap = d->cappend ? d->cappend : 64;
            while (cap < d->npend + 2 * n) cap *= 2;
            PV *p = realloc(d->pend, cap * sizeof(PV));
            if (!p) { d->err = PITH_SNAP_NOMEM; return PV_NULL; }
            d->pend = p;
            d->cappend = cap;
        }
        d->pend_at[2 * i] = d->npend;
        d->pend_at[2 * i + 1] = n;
        for (size_t k = 0; k < 2 * n && !r->bad; k++) d->pend[d->npend++] = get_ref(d, 0);
        return rt_dict_new(c);
    }
    case SNAP_O_RANGE: {
        int64_t a = get_sv(r), b = get_sv(r), st = get_sv(r);
        (void)get_sv(r); /* the length: recomputed */
        if (r->bad || st == 0) return r->bad = 1, PV_NULL;
        return rt_range_new(c, a, b, st);
    }
    case SNAP_O_SLICE: {
        RtSlice *sl = (RtSlice *)rt_obj_new(c, RT_T_SLICE, sizeof(RtSlice));
        if (!sl) return PV_NULL;
        sl->start = get_ref(d, 0); sl->stop = get_ref(d, 0); sl->step = get_ref(d, 0);
        return (PV)sl;
    }
    case SNAP_O_ITER: {
        RtIter *it = (RtIter *)rt_obj_new(c, RT_T_ITER, sizeof(RtIter));
        if (!it) return PV_NULL;
        uint64_t kind = get_uv(r);
        it->kind = kind <= RT_IT_LIST_REVERSED ? (int)kind : 0;
        if (kind > RT_IT_LIST_REVERSED) r->bad = 1;
        it->src = get_ref(d, 0);
        it->pos = get_sv(r); it->cur = get_sv(r); it->stop = get_sv(r); it->step = get_sv(r);
        it->aux = get_ref(d, 0);
        return (PV)it;
    }
    case SNAP_O_FUNC: {
        const PFuncDesc *fn = get_fn(d);
        if (!fn) return PV_NULL;
        RtFunc *f = (RtFunc *)rt_func_new(c, fn, PV_NULL, PV_NULL, PV_NULL);
        if (!f) return PV_NULL;
        f->defaults = get_ref(d, 0); f->kwdefaults = get_ref(d, 0);
        f->closure = get_ref(d, 0); f->attrs = get_ref(d, 0);
        return (PV)f;
    }
    case SNAP_O_BUILTIN: {
        uint64_t id = get_uv(r);
        if (r->bad || id >= PITH_B_COUNT) return r->bad = 1, PV_NULL;
        return rt_builtin(c, (int)id);
    }
    case SNAP_O_EXTFN: {
        uint64_t id = get_uv(r);
        if (r->bad || id >= (uint64_t)d->x->prog->desc->next) return r->bad = 1, PV_NULL;
        return rt_ext_value(c, (int)id);
    }
    case SNAP_O_METHOD: {
        RtMethod *m = (RtMethod *)rt_obj_new(c, RT_T_METHOD, sizeof(RtMethod));
        if (!m) return PV_NULL;
        m->self = get_ref(d, 0); m->name = get_ref(d, 0);
        return (PV)m;
    }
    case SNAP_O_DICTVIEW: {
        RtDictView *v = (RtDictView *)rt_obj_new(c, RT_T_DICTVIEW, sizeof(RtDictView));
        if (!v) return PV_NULL;
        uint64_t kind = get_uv(r);
        if (kind != RT_IT_DICT_KEYS && kind != RT_IT_DICT_VALUES && kind != RT_IT_DICT_ITEMS) r->bad = 1;
        v->kind = (int)(kind & 0xFF);
        v->dict = get_ref(d, 0);
        return (PV)v;
    }
    case SNAP_O_CELL: {
        PV cell = rt_cell_new(c, PV_NULL);
        if (cell) ((PCellObj *)cell)->v = get_ref(d, 0);
        return cell;
    }
    case SNAP_O_GEN: {
        PV g = rt_gen_new(c, NULL);
        if (g) rt_gen_set_frame(RT_OBJ(g), (PFrame *)(uintptr_t)get_ref(d, 0)); /* a placeholder until fixed */
        return g;
    }
    case SNAP_O_EXC: {
        uint64_t type = get_uv(r);
        if (r->bad || type >= PITH_B_COUNT || !PITH_B_IS_EXC((int)type)) return r->bad = 1, PV_NULL;
        RtExc *e = (RtExc *)rt_exc_new(c, (int)type, PV_NULL);
        if (!e) return PV_NULL;
        pv_decref(c, e->args);
        e->args = get_ref(d, 0); e->cause = get_ref(d, 0); e->context = get_ref(d, 0);
        e->suppress_context = get_uv(r) != 0;
        e->name = get_ref(d, 0);
        e->attr_cls = get_int(r, -1, PITH_B_COUNT - 1);
        size_t ntb = get_count(r, 2);
        if (r->bad) return (PV)e;
        if (ntb) {
            e->tb = rt_alloc(c, ntb * sizeof(RtTbEntry));
            if (!e->tb) return pv_decref(c, (PV)e), PV_NULL;
            memset(e->tb, 0, ntb * sizeof(RtTbEntry));
            e->captb = e->ntb = (int)ntb; /* full from the start: rt_exc_dealloc finds the block from ntb */
            const PProgDesc *pd = d->x->prog->desc;
            for (size_t k = 0; k < ntb && !r->bad; k++) {
                int id = get_int(r, -1, pd->nfuncs - 1);
                e->tb[k].fn = id >= 0 ? pd->funcs[id] : NULL;
                e->tb[k].line = get_int(r, -1, 1 << 30);
            }
        }
        return (PV)e;
    }
    case SNAP_O_FRAME: {
        const PFuncDesc *fn = get_fn(d);
        if (!fn || !fn->step) return r->bad = 1, PV_NULL;
        PFrame *f = rt_frame_new(c, fn);
        if (!f) return PV_NULL;
        f->state = get_int(r, 0, 1 << 30);
        f->line = get_int(r, -1, 1 << 30);
        f->parent = (PFrame *)(uintptr_t)get_ref(d, 0); /* a placeholder until fixed */
        f->closure = get_ref(d, 0); f->ret = get_ref(d, 0); f->callret = get_ref(d, 0);
        if (get_uv(r) != (uint64_t)fn->nslots) r->bad = 1;
        for (int k = 0; k < fn->nslots && !r->bad; k++) f->s[k] = get_ref(d, 0);
        return (PV)f;
    }
    case SNAP_O_SET: case SNAP_O_FROZENSET: {
        RtSet *st = (RtSet *)rt_obj_new(c, tag == SNAP_O_SET ? RT_T_SET : RT_T_FROZENSET, sizeof(RtSet));
        if (!st) return PV_NULL;
        memset((char *)st + sizeof(PObj), 0, sizeof(RtSet) - sizeof(PObj));
        st->hash = get_fixed(r, 8);
        st->hashed = get_u8(r) != 0;
        int64_t finger = get_sv(r);
        size_t slots = get_count(r, 1);
        if (r->bad || (slots & (slots - 1)) || finger < 0 || (slots && (size_t)finger >= slots) ||
            (!slots && finger))
            return r->bad = 1, (PV)st;
        if (!slots) return (PV)st;
        st->table = rt_alloc(c, slots * sizeof(RtSetEntry));
        if (!st->table) return pv_decref(c, (PV)st), PV_NULL;
        memset(st->table, 0, slots * sizeof(RtSetEntry));
        st->mask = (pi64)slots - 1;
        st->finger = finger;
        for (size_t k = 0; k < slots && !r->bad; k++) {
            PV key = get_ref(d, 1);
            st->table[k].key = key;
            if (!key) continue;
            st->fill++;
            if (key != RT_SET_DUMMY) { st->used++; st->table[k].hash = get_fixed(r, 8); }
        }
        if ((size_t)st->fill >= slots) r->bad = 1; /* a probe must always find an empty slot */
        return (PV)st;
    }
    default: r->bad = 1; return PV_NULL;
    }
}

/* ---- phase 2: placeholders -> objects ---- */

/* Replaces a placeholder by its object (new reference). */
static void fix(Dec *d, PV *slot) {
    if (IS_PLACE(*slot)) {
        *slot = d->objs[PLACE_INDEX(*slot)];
        pv_incref(*slot);
    }
}

static PV resolve(Dec *d, PV v) { return IS_PLACE(v) ? d->objs[PLACE_INDEX(v)] : v; }

static void pv_xincref_obj(PV v) { if (v) pv_incref(v); }

static int opt_is(PV v, int type) { return !v || IS(v, type); }

/* Fixes object i's refs and checks the types the runtime relies on. 0 ok, -1 corrupt. Idempotent: it runs
 * twice, and deep (the checks that read other objects' fixed fields) only on the second run. */
static int fix_object(Dec *d, size_t i, int deep) {
    PV v = d->objs[i];
    if (!PV_IS_OBJ(v)) return 0;
    PObj *o = RT_OBJ(v);
    switch (o->type) {
    case RT_T_LIST: for (pi64 k = 0; k < ((RtList *)o)->n; k++) fix(d, &((RtList *)o)->items[k]); return 0;
    case RT_T_TUPLE: for (pi64 k = 0; k < ((RtTuple *)o)->n; k++) fix(d, &((RtTuple *)o)->items[k]); return 0;
    case RT_T_SLICE: fix(d, &((RtSlice *)o)->start); fix(d, &((RtSlice *)o)->stop); fix(d, &((RtSlice *)o)->step); return 0;
    case RT_T_CELL: fix(d, &((PCellObj *)o)->v); return 0;
    case RT_T_METHOD:
        fix(d, &((RtMethod *)o)->self); fix(d, &((RtMethod *)o)->name);
        return IS(((RtMethod *)o)->name, RT_T_STR) && ((RtMethod *)o)->self ? 0 : -1;
    case RT_T_DICTVIEW: fix(d, &((RtDictView *)o)->dict); return IS(((RtDictView *)o)->dict, RT_T_DICT) ? 0 : -1;
    case RT_T_FUNC: {
        RtFunc *f = (RtFunc *)o;
        fix(d, &f->defaults); fix(d, &f->kwdefaults); fix(d, &f->closure); fix(d, &f->attrs);
        if (!opt_is(f->defaults, RT_T_TUPLE) || !opt_is(f->kwdefaults, RT_T_DICT) || !opt_is(f->attrs, RT_T_DICT) ||
            !opt_is(f->closure, RT_T_TUPLE))
            return -1;
        if (f->defaults && ((RtTuple *)f->defaults)->n > f->fn->npositional) return -1;
        if (f->fn->nfrees > 0 && deep) {
            if (!f->closure || ((RtTuple *)f->closure)->n < f->fn->nfrees) return -1;
            for (pi64 k = 0; k < ((RtTuple *)f->closure)->n; k++)
                if (!IS(((RtTuple *)f->closure)->items[k], RT_T_CELL)) return -1;
        }
        return 0;
    }
    case RT_T_ITER: {
        RtIter *it = (RtIter *)o;
        fix(d, &it->src); fix(d, &it->aux);
        PV s = it->src;
        if (it->pos < 0) return -1;
        switch (it->kind) {
        case RT_IT_RANGE: return it->step != 0 ? 0 : -1;
        case RT_IT_LIST: case RT_IT_LIST_REVERSED: return IS(s, RT_T_LIST) ? 0 : -1;
        case RT_IT_TUPLE: return IS(s, RT_T_TUPLE) && it->pos <= ((RtTuple *)s)->n ? 0 : -1;
        case RT_IT_BYTES: return IS(s, RT_T_BYTES) && it->pos <= ((RtBytes *)s)->n ? 0 : -1;
        case RT_IT_STR: {
            if (!IS(s, RT_T_STR) || it->pos > ((RtStr *)s)->nbytes) return -1;
            unsigned char b = (unsigned char)((RtStr *)s)->data[it->pos];
            return (b & 0xC0) == 0x80 ? -1 : 0;
        }
        case RT_IT_DICT_KEYS: case RT_IT_DICT_VALUES: case RT_IT_DICT_ITEMS: return IS(s, RT_T_DICT) ? 0 : -1;
        case RT_IT_SET: return (IS(s, RT_T_SET) || IS(s, RT_T_FROZENSET)) ? 0 : -1;
        case RT_IT_ZIP: case RT_IT_MAP: return IS(s, RT_T_TUPLE) ? 0 : -1;
        case RT_IT_REVERSED:
            if (IS(s, RT_T_TUPLE)) return it->pos <= ((RtTuple *)s)->n ? 0 : -1;
            return IS(s, RT_T_STR) && it->pos <= ((RtStr *)s)->nbytes ? 0 : -1;
        default: return s ? 0 : -1;
        }
    }
    case RT_T_GEN: {
        PV raw = (PV)(uintptr_t)rt_gen_frame(o), fr = resolve(d, raw);
        rt_gen_set_frame(o, NULL);
        if (fr && !IS(fr, RT_T_FRAME)) return -1;
        if (IS_PLACE(raw)) pv_xincref_obj(fr);
        rt_gen_set_frame(o, (PFrame *)fr);
        return 0;
    }
    case RT_T_EXC: {
        RtExc *e = (RtExc *)o;
        fix(d, &e->args); fix(d, &e->cause); fix(d, &e->context); fix(d, &e->name);
        if (!IS(e->args, RT_T_TUPLE) || !opt_is(e->name, RT_T_STR)) return -1;
        if (e->cause && e->cause != PV_NONE && !IS(e->cause, RT_T_EXC)) return -1;
        if (e->context && e->context != PV_NONE && !IS(e->context, RT_T_EXC)) return -1;
        return 0;
    }
    case RT_T_FRAME: {
        PFrame *f = (PFrame *)o;
        PV parent = resolve(d, (PV)(uintptr_t)f->parent);
        f->parent = NULL;
        if (parent && !IS(parent, RT_T_FRAME)) return -1;
        f->parent = (PFrame *)parent; /* not a reference: the chain owns frames */
        fix(d, &f->closure); fix(d, &f->ret); fix(d, &f->callret);
        for (int k = 0; k < f->fn->nslots; k++) fix(d, &f->s[k]);
        if (!opt_is(f->closure, RT_T_TUPLE)) return -1;
        if (f->fn->nfrees > 0 && (!f->closure || ((RtTuple *)f->closure)->n < f->fn->nfrees)) return -1;
        return 0;
    }
    case RT_T_SET: case RT_T_FROZENSET: {
        RtSet *s = (RtSet *)o;
        for (pi64 k = 0; s->table && k <= s->mask; k++) fix(d, &s->table[k].key);
        return 0;
    }
    default: return 0;
    }
}

/* ---- phase 3: dicts (keys are complete now, so they hash) ---- */

static int fill_dicts(Dec *d) {
    for (size_t i = 0; i < d->nobj; i++) {
        if (!IS(d->objs[i], RT_T_DICT)) continue;
        size_t at = d->pend_at[2 * i], n = d->pend_at[2 * i + 1];
        for (size_t k = 0; k < n; k++) {
            PV key = resolve(d, d->pend[at + 2 * k]), val = resolve(d, d->pend[at + 2 * k + 1]);
            if (!key || !val || rt_dict_set(d->c, d->objs[i], key, val) < 0) return -1;
        }
        if ((size_t)((RtDict *)d->objs[i])->n != n) return -1; /* two keys were equal: not a real dict */
    }
    return 0;
}

/* ---- the program section ---- */

/* A NUL-terminated copy of a str field; NULL with r->bad set on a short read, NULL alone on OOM. */
static char *get_cstr(Rd *r) {
    size_t n;
    const unsigned char *s = get_str(r, &n);
    return r->bad ? NULL : strndup((const char *)s, n);
}

/* A list of names: uv count, str each (malloc'd array and strings; *n set even when it fails half-way, so
 * rt_snap_close frees what was made). -1 on a short read or OOM. */
static int get_names(Rd *r, const char *const **out, size_t *n) {
    *n = get_count(r, 1);
    char **names = r->bad ? NULL : calloc(*n + 1, sizeof(char *));
    *out = (const char *const *)names;
    if (!names) return -1;
    for (size_t i = 0; i < *n; i++)
        if (!(names[i] = get_cstr(r))) return -1;
    return 0;
}

/* Reads the program section into l->program. PITH_SNAP_OK, CORRUPT or NOMEM. */
static PithSnapError read_program(RtSnapLoad *l) {
    Rd r = {.p = l->data, .n = l->end, .pos = l->pos};
    RtSnapProgram *p = &l->program;
    const unsigned char *id = take(&r, 16);
    if (id) memcpy(p->id, id, 16);
    size_t srclen = 0, fnlen = 0;
    const unsigned char *src = get_str(&r, &srclen);
    unsigned given = get_u8(&r);
    const unsigned char *fname = get_str(&r, &fnlen);
    if (r.bad || given > 1) return PITH_SNAP_CORRUPT;
    char *source = malloc(srclen + 1); /* the source may hold NUL bytes: its length says where it ends */
    if (source) memcpy(source, src, srclen), source[srclen] = 0;
    p->source = source;
    p->source_len = srclen;
    if (!source || (given && !(p->filename = strndup((const char *)fname, fnlen)))) return PITH_SNAP_NOMEM;
    if (get_names(&r, &p->inputs, &p->ninputs) < 0 || get_names(&r, &p->externals, &p->nexternals) < 0)
        return r.bad ? PITH_SNAP_CORRUPT : PITH_SNAP_NOMEM;
    l->pos = r.pos;
    return PITH_SNAP_OK;
}

/* ---- verification before decoding ---- */

static PithSnapError verify(const unsigned char *data, size_t len, const unsigned char *key, size_t keylen,
                            size_t *body_end) {
    if (!data || len < RT_SNAP_HEADER) return PITH_SNAP_TRUNCATED;
    if (memcmp(data, RT_SNAP_MAGIC, 8) != 0) return PITH_SNAP_CORRUPT;
    Rd r = {.p = data, .n = len, .pos = 8};
    uint64_t format = get_fixed(&r, 4), abi = get_fixed(&r, 4), flags = get_fixed(&r, 4), total = get_fixed(&r, 8);
    if (format != RT_SNAP_FORMAT || abi != PITH_ABI_VERSION) return PITH_SNAP_VERSION;
    if (flags & ~(uint64_t)RT_SNAP_FLAG_MAC) return PITH_SNAP_CORRUPT;
    size_t trailer = RT_SNAP_SUM + ((flags & RT_SNAP_FLAG_MAC) ? RT_SNAP_MAC : 0);
    if (total > len) return PITH_SNAP_TRUNCATED;
    if (total < len || total < RT_SNAP_HEADER + trailer) return PITH_SNAP_CORRUPT;
    size_t end = (size_t)total - trailer;
    Rd t = {.p = data, .n = len, .pos = end};
    if (get_fixed(&t, 8) != rt_snap_sum(data, end)) return PITH_SNAP_CORRUPT;
    if (!key && (flags & RT_SNAP_FLAG_MAC)) return PITH_SNAP_NEEDS_KEY; /* signed: only a key can vouch for it */
    if (key) {
        if (!(flags & RT_SNAP_FLAG_MAC)) return PITH_SNAP_BAD_MAC;
        unsigned char mac[32];
        rt_snap_mac(key, keylen, data, end + RT_SNAP_SUM, mac);
        unsigned diff = 0;
        for (int i = 0; i < 32; i++) diff |= mac[i] ^ data[end + RT_SNAP_SUM + (size_t)i];
        if (diff) return PITH_SNAP_BAD_MAC;
    }
    *body_end = end;
    return PITH_SNAP_OK;
}

/* ---- the whole load ---- */

/* Decodes state, objects and roots into d->x (made by the caller). 0 ok, -1 with d->err set. */
static int decode_state(Dec *d) {
    Rd *r = &d->r;
    PithExec *x = d->x;
    RtCtx *c = &x->ctx;
    const PProgDesc *pd = x->prog->desc;
    c->hash_seed = get_fixed(r, 8);
    double remaining = get_f64(r), max_seconds = get_f64(r);
    uint64_t nallocs = get_uv(r);
    size_t outlen;
    const unsigned char *out = get_str(r, &outlen);
    if (r->bad || !(remaining == remaining) || !(max_seconds > 0) || max_seconds > 1e9) return -1;
    /* The loader's limits apply (rt_exec_create set them); the time the snapshot says is left can only
     * shorten this run, never lengthen it, so a forged +inf buys nothing. */
    if (remaining < x->remaining) {
        x->remaining = remaining > 0 ? remaining : 0;
        c->max_seconds = max_seconds;
    }
    c->nallocs = nallocs;
    if (outlen && !c->writer && pith_buf_put(&c->out, out, outlen) < 0) { d->err = PITH_SNAP_NOMEM; return -1; }
    d->nobj = get_count(r, 1);
    if (r->bad) return -1;
    d->objs = calloc(d->nobj + 1, sizeof(PV));
    d->pend_at = calloc(2 * d->nobj + 2, sizeof(size_t));
    if (!d->objs || !d->pend_at) { d->err = PITH_SNAP_NOMEM; return -1; }
    for (size_t i = 0; i < d->nobj; i++) {
        PV v = make_object(d, i);
        if (!v || r->bad || d->err) {
            if (!d->err && !r->bad) d->err = PITH_SNAP_NOMEM;
            return -1;
        }
        d->objs[i] = v;
    }
    /* roots */
    if (get_uv(r) != (uint64_t)pd->nglobals) r->bad = 1;
    for (int i = 0; i < pd->nglobals && !r->bad; i++) c->pub.g[i] = get_ref(d, 0);
    PV top = get_ref(d, 0);
    int ext = get_int(r, -1, pd->next - 1);
    PV args = get_ref(d, 0), kwargs = get_ref(d, 0), handling = get_ref(d, 0);
    if (r->bad || r->pos != r->n) { r->bad = 1; return -1; }
    for (int deep = 0; deep < 2; deep++)
        for (size_t i = 0; i < d->nobj; i++)
            if (fix_object(d, i, deep) < 0) return r->bad = 1, -1;
    if (fill_dicts(d) < 0) return r->bad = 1, -1;
    for (int i = 0; i < pd->nglobals; i++) fix(d, &c->pub.g[i]);
    fix(d, &args); fix(d, &kwargs); fix(d, &handling);
    c->pending_args = args;
    c->pending_kwargs = kwargs;
    c->handling = handling;
    c->pending_ext = ext;
    top = resolve(d, top);
    if (ext < 0 || !IS(top, RT_T_FRAME) || !IS(args, RT_T_TUPLE) || !IS(kwargs, RT_T_DICT))
        return r->bad = 1, -1;
    /* the chain owns its frames: one reference each; depth = its length */
    int depth = 0;
    for (PFrame *f = (PFrame *)top; f; f = f->parent) {
        if ((size_t)depth >= d->nobj) return r->bad = 1, -1; /* a parent cycle */
        pv_incref((PV)f);
        depth++;
    }
    c->top = (PFrame *)top;
    c->pub.depth = depth;
    /* drop the table's references: what nothing else holds goes away */
    for (size_t i = 0; i < d->nobj; i++) {
        PV v = d->objs[i];
        d->objs[i] = PV_NULL;
        pv_decref(&c->pub, v);
    }
    return 0;
}

PithSnapError rt_snap_open(RtSnapLoad *l, const unsigned char *data, size_t len, const unsigned char *key,
                           size_t keylen) {
    memset(l, 0, sizeof *l);
    size_t end = 0;
    PithSnapError rc = verify(data, len, key, keylen, &end);
    if (rc) return rc;
    l->data = data;
    l->pos = RT_SNAP_HEADER;
    l->end = end;
    return read_program(l);
}

PithSnapError rt_snap_load_state(RtSnapLoad *l, PithExec *x) {
    Dec d = {.r = {.p = l->data, .n = l->end, .pos = l->pos}, .x = x, .c = &x->ctx.pub};
    PithSnapError rc = PITH_SNAP_OK;
    if (decode_state(&d) < 0) rc = d.err ? d.err : PITH_SNAP_CORRUPT;
    if (rt_exc_pending(d.c)) {
        pv_xdecref(d.c, rt_exc_fetch(d.c));
        x->ctx.limit = RT_LIMIT_NONE;
    }
    if (!rc) {
        x->status = PITH_WAITING;
        if (rt_exec_publish_call(x) != PITH_WAITING) rc = PITH_SNAP_NOMEM;
    }
    free(d.objs);
    free(d.pend);
    free(d.pend_at);
    return rc;
}

static void free_names(const char *const *names, size_t n) {
    for (size_t i = 0; names && i < n; i++) free((char *)names[i]);
    free((void *)names);
}

void rt_snap_close(RtSnapLoad *l) {
    RtSnapProgram *p = &l->program;
    free((char *)p->source);
    free((char *)p->filename);
    free_names(p->inputs, p->ninputs);
    free_names(p->externals, p->nexternals);
    memset(l, 0, sizeof *l);
}
