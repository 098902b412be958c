/* rt_gc.c — the cycle collector: frees groups of containers that only reference each other.
 * Stage: runtime. Reference counting frees everything else the moment it dies; without this, a cycle
 * (`a = []; b = [a]; a.append(b)`) would live until the end of the run and a loop making them would hit the
 * memory limit with almost no live data.
 *
 * What is tracked: every object of a type with RT_TF_GC (rt_type.h) — lists, tuples, dicts, sets, iterators,
 * functions, cells, frames, generators, exceptions, bound methods... — from rt_obj_new until it dies. They
 * sit in RtCtx.gc_objs, an unordered array; each one's block header word holds its index there, so joining
 * and leaving cost O(1) (leaving moves the last entry into the hole).
 *
 * The algorithm is trial deletion, as in CPython's gc module, over the one traverse every type provides:
 *   1. refs = rc for each tracked object;
 *   2. for each tracked object, each reference it holds to a tracked object takes one off the target's refs:
 *      what stays > 0 is referenced from outside the tracked set: a C local of the running code or a root of
 *      the context (globals, constants, the frame chain, the pending exception);
 *   3. those are reachable; so is everything they reference, transitively (a scan that moves reached
 *      entries to the front of the array, no recursion and no extra memory);
 *   4. the rest (the tail of the array) is garbage. Each garbage object is held once more, its references are
 *      cleared (slots set to PV_NULL, children released: objects outside the garbage die normally, garbage
 *      ones are still held), then the hold is dropped and it is freed by the ordinary rt_dealloc, which
 *      returns its bytes to the allocator's count.
 * Correctness rests on traverse reporting exactly the references an object counts (rt_type.h); links that
 * are not references (a frame's parent: the chain owns its frames) are not reported, so such objects look
 * referenced from outside and are kept. Frames of the running or suspended chain are therefore never freed,
 * and a snapshot taken after a collection sees the same reachable graph.
 *
 * When: after RtCtx.gc_threshold containers were made since the last collection (the threshold is the number
 * of containers that survived it, at least RT_GC_MIN_THRESHOLD, so the total work stays proportional to the
 * allocations), and once more before the allocator declares the memory limit exceeded. The work is charged
 * to the execution's fuel, so a collection cannot stretch the time limit. No Python code runs during a
 * collection (no finalizers exist), so it can happen inside any allocation: runtime code keeps every
 * container it holds consistent across its allocations (it already must, for MemoryError). To check that,
 * build with -DRT_GC_STRESS: a collection then runs before every container allocation. */
#include <stdlib.h>

#include "rt_heap.h"
#include "rt_type.h"

#define REACHED INTPTR_MIN /* refs of an entry found reachable */

/* Room for more entries. Each tracked container is charged the size of its entry while it lives (with its
 * block in rt_obj_new, given back in rt_gc_untrack), so mem_live stays exact; spare capacity is not counted. */
int rt_gc_grow(PCtx *c) {
    RtCtx *x = RT_CTX(c);
    size_t cap = x->gc_cap ? x->gc_cap * 2 : 256;
    RtGcEntry *p = realloc(x->gc_objs, cap * sizeof(RtGcEntry));
    if (!p) {
        rt_err_nomem(c);
        return -1;
    }
    x->gc_objs = p;
    x->gc_cap = cap;
    return 0;
}

/* Give back most of a table that is mostly empty after a collection. */
static void shrink(RtCtx *x) {
    if (x->gc_cap <= 256 || x->gc_n >= x->gc_cap / 4) return;
    size_t cap = x->gc_cap / 2;
    RtGcEntry *p = realloc(x->gc_objs, cap * sizeof(RtGcEntry));
    if (!p) return;
    x->gc_objs = p;
    x->gc_cap = cap;
}

static void swap(RtCtx *x, size_t i, size_t j) {
    if (i == j) return;
    RtGcEntry t = x->gc_objs[i];
    x->gc_objs[i] = x->gc_objs[j];
    x->gc_objs[j] = t;
    rt_obj_set_gc_index(x->gc_objs[i].o, i);
    rt_obj_set_gc_index(x->gc_objs[j].o, j);
}

/* The tracked object a slot references, or NULL. */
static PObj *tracked(PV v) {
    if (!v || !PV_IS_OBJ(v) || !rt_obj_tracked(RT_OBJ(v))) return NULL;
    return RT_OBJ(v);
}

/* Step 2: a reference from inside the tracked set. */
static void subtract(PV *slot, void *arg) {
    PObj *o = tracked(*slot);
    if (o) ((RtCtx *)arg)->gc_objs[rt_obj_gc_index(o)].refs--;
}

/* Step 3: entries [0, nreached) are reachable; a newly reached one is moved to the end of that prefix. */
typedef struct Reach {
    RtCtx *x;
    size_t nreached;
} Reach;

static void reach(PV *slot, void *arg) {
    Reach *r = arg;
    PObj *o = tracked(*slot);
    if (!o) return;
    size_t i = rt_obj_gc_index(o);
    if (r->x->gc_objs[i].refs == REACHED) return;
    r->x->gc_objs[i].refs = REACHED;
    swap(r->x, i, r->nreached++);
}

/* Step 4: empty a garbage object's slot, releasing what it referenced. */
static void clear(PV *slot, void *arg) {
    PV v = *slot;
    *slot = PV_NULL;
    if (v) pv_decref((PCtx *)arg, v);
}

static void traverse(PObj *o, RtVisit visit, void *arg) {
    const RtTypeDesc *t = rt_type_desc(o);
    if (t->traverse) t->traverse(o, visit, arg);
}

size_t rt_gc_collect(PCtx *c) {
    RtCtx *x = RT_CTX(c);
    if (x->gc_busy) return 0;
    x->gc_busy++;
    size_t n = x->gc_n;
    RtGcEntry *e = x->gc_objs;
    for (size_t i = 0; i < n; i++) e[i].refs = (intptr_t)e[i].o->rc;
    for (size_t i = 0; i < n; i++) traverse(e[i].o, subtract, x);
    Reach r = {x, 0};
    for (size_t i = 0; i < n; i++)
        if (e[i].refs > 0) {
            e[i].refs = REACHED;
            swap(x, i, r.nreached++);
        }
    for (size_t i = 0; i < r.nreached; i++) traverse(e[i].o, reach, &r);

    size_t keep = r.nreached, freed = n - keep;
    for (size_t i = keep; i < n; i++) e[i].o->rc++;
    for (size_t i = keep; i < n; i++) traverse(e[i].o, clear, c);
    /* each garbage object is now held only by the hold above: dropping it frees the last entry */
    while (x->gc_n > keep) {
        PObj *o = x->gc_objs[x->gc_n - 1].o;
        if (o->rc != 1) { /* an inexact traverse somewhere: keep the object rather than free it early */
            o->rc--;
            swap(x, x->gc_n - 1, keep++);
            freed--;
            continue;
        }
        pv_decref(c, (PV)o);
    }
    c->fuel -= (pi64)n; /* the work was proportional to the tracked objects */
    x->gc_runs++;
    x->gc_freed += freed;
    x->gc_allocs = 0;
    x->gc_threshold = x->gc_n > RT_GC_MIN_THRESHOLD ? x->gc_n : RT_GC_MIN_THRESHOLD;
#ifdef RT_GC_STRESS /* a debugging build (cmake -DCMAKE_C_FLAGS=-DRT_GC_STRESS): collect before every container */
    x->gc_threshold = 1;
#endif
    shrink(x);
    x->gc_busy--;
    return freed;
}

int rt_gc_reclaim(PCtx *c) {
    RtCtx *x = RT_CTX(c);
    if (x->gc_busy || x->limit != RT_LIMIT_NONE || !x->gc_n) return 0;
    return rt_gc_collect(c) > 0;
}
