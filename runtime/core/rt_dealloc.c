/* rt_dealloc.c — rt_dealloc: release an object whose reference count reached zero.
 * Stage: runtime. What an object holds is said by its type's descriptor (rt_type.h): its reference slots
 * (traverse) and its other resources (finalize). Never recursive: children that die are chained through
 * the block header (rt_obj_link) and released by one loop, so a 10**6-deep nested list frees without
 * growing the C stack. */
#include "rt_heap.h"
#include "rt_type.h"

/* Work list of dead objects whose children still have to be released. */
typedef struct Dead {
    PCtx *c;
    PObj *head; /* most recently died object; the rest follow through rt_obj_link */
} Dead;

/* o's count reached zero: it joins the work list. The header word that links it held a str's code point
 * index or a container's place in the collector's table until now, so those go first. */
static void die(PCtx *c, Dead *d, PObj *o) {
    const RtTypeDesc *t = rt_type_desc(o);
    if (t->drop_side) t->drop_side(c, o);
    if (rt_obj_tracked(o)) rt_gc_untrack(c, o);
    rt_obj_set_link(o, d->head);
    d->head = o;
}

/* The traverse visitor: drop one reference; an object that dies is queued, not freed recursively. */
static void drop(PV *slot, void *arg) {
    Dead *d = arg;
    PV v = *slot;
    if (!v || !PV_IS_OBJ(v)) return;
    PObj *o = RT_OBJ(v);
    if (--o->rc == 0) die(d->c, d, o);
}

/* Called by pv_decref when o's count reached zero. */
void rt_dealloc(PCtx *c, PObj *o) {
    const RtTypeDesc *t = rt_type_desc(o);
    if (!t->traverse && !t->finalize && RT_HDR(o)->aux == RT_AUX_OBJ) { /* a leaf (a float, a str without
                                                       * side data): nothing to release but its block */
        rt_obj_free(c, o, 0);
        return;
    }
    Dead d = {c, NULL};
    die(c, &d, o);
    while (d.head) {
        PObj *x = d.head;
        d.head = rt_obj_link(x);
        const RtTypeDesc *t = rt_type_desc(x);
        if (t->traverse) t->traverse(x, drop, &d);
        if (t->finalize) t->finalize(c, x);
        rt_obj_free(c, x, 0);
    }
}
