/* rt_dealloc.c — rt_dealloc: release an object whose reference count reached zero, per type.
 * Stage: runtime. Never recursive for containers: children that die are chained through the block header
 * (rt_obj_link) and released by one loop, so a 10**6-deep nested list frees without growing the C stack.
 * Ownership rules per field are written next to each layout in rt_object.h / pith_abi.h. */
#include "rt_values.h"

/* Work list of dead objects whose children still have to be released. */
typedef struct Dead {
    PObj *head; /* most recently died object; the rest follow through rt_obj_link */
} Dead;

/* Drop one reference; an object that dies joins the work list instead of being freed recursively. */
static void drop(PCtx *c, Dead *d, PV v) {
    if (!v || !PV_IS_OBJ(v)) return;
    PObj *o = RT_OBJ(v);
    if (--o->rc != 0) return;
    if (o->type == RT_T_STR) rt_str_drop_index(c, o); /* the header word becomes the link */
    rt_obj_set_link(o, d->head);
    d->head = o;
}

static void drop_all(PCtx *c, Dead *d, const PV *items, pi64 n) {
    for (pi64 i = 0; i < n; i++) drop(c, d, items[i]);
}

/* Release o's children (onto the work list) and free its memory. */
static void release(PCtx *c, Dead *d, PObj *o) {
    switch (o->type) {
    case RT_T_BIGINT: {
        RtBig *b = (RtBig *)o;
        rt_mem_uncharge(c, (size_t)b->z->_mp_alloc * sizeof(mp_limb_t));
        mpz_clear(b->z);
        break;
    }
    case RT_T_LIST: {
        RtList *l = (RtList *)o;
        drop_all(c, d, l->items, l->n);
        rt_free(c, l->items, (size_t)l->cap * sizeof(PV));
        break;
    }
    case RT_T_TUPLE: drop_all(c, d, ((RtTuple *)o)->items, ((RtTuple *)o)->n); break;
    case RT_T_DICT: {
        RtDict *dc = (RtDict *)o;
        for (pi64 i = 0; i < dc->used; i++) {
            drop(c, d, dc->entries[i].key);
            drop(c, d, dc->entries[i].value);
        }
        rt_free(c, dc->entries, (size_t)dc->cap * sizeof(RtDictEntry));
        rt_free(c, dc->index, (size_t)(dc->mask + 1) * sizeof(pi64));
        break;
    }
    case RT_T_SLICE: {
        RtSlice *s = (RtSlice *)o;
        drop(c, d, s->start);
        drop(c, d, s->stop);
        drop(c, d, s->step);
        break;
    }
    case RT_T_ITER: drop(c, d, ((RtIter *)o)->src); drop(c, d, ((RtIter *)o)->aux); break;
    case RT_T_SET: case RT_T_FROZENSET: { /* (A4) dummies are immediates: drop skips them */
        RtSet *s = (RtSet *)o;
        for (pi64 i = 0; s->table && i <= s->mask; i++) drop(c, d, s->table[i].key);
        rt_free(c, s->table, s->table ? (size_t)(s->mask + 1) * sizeof(RtSetEntry) : 0);
        break;
    }
    case RT_T_DICTVIEW: drop(c, d, ((RtDictView *)o)->dict); break;
    case RT_T_CELL: drop(c, d, ((PCellObj *)o)->v); break;
    case RT_T_METHOD: drop(c, d, ((RtMethod *)o)->self); drop(c, d, ((RtMethod *)o)->name); break;
    case RT_T_FRAME: {
        PFrame *f = (PFrame *)o;
        if (f->fn) drop_all(c, d, f->s, f->fn->nslots);
        drop(c, d, f->ret);
        drop(c, d, f->callret); /* parent: owned by the frame chain (rt_exec.c), not by the frame */
        drop(c, d, f->closure); /* (A3) the function's cell tuple, owned by the frame (pith_abi.h) */
        break;
    }
    case RT_T_GEN: { PObj *fr = rt_gen_frame(o); if (fr) drop(c, d, (PV)fr); break; }
    case RT_T_EXC: rt_exc_dealloc(c, o); return;   /* frees the object too (rt_exc.c) */
    case RT_T_FUNC: rt_func_dealloc(c, o); return; /* frees the object too (rt_func.c) */
    default: break; /* float, str, bytes, range, builtin: no children */
    }
    rt_obj_free(c, o, 0);
}

/* Called by pv_decref when o's count reached zero. */
void rt_dealloc(PCtx *c, PObj *o) {
    Dead d = {o};
    if (o->type == RT_T_STR) rt_str_drop_index(c, o);
    rt_obj_set_link(o, NULL);
    while (d.head) {
        PObj *x = d.head;
        d.head = rt_obj_link(x);
        release(c, &d, x);
    }
}
