/* rt_mod_heapq.c — the run-time side of `heapq` (CPython 3.11's Modules/_heapqmodule.c and Lib/heapq.py): the
 * heap operations on lists with CPython's exact sift order (so the heap's layout, and the order in which a
 * user class's __lt__ is called, are CPython's), and nlargest, nsmallest and merge. nlargest/nsmallest return
 * what CPython documents them equal to, sorted(iterable, key=key[, reverse=True])[:n] (its heap algorithm
 * gives the same list, calling key once per item in order); merge is computed at once, calling next() and key
 * in CPython's order, and returns an iterator over the result (CPython's is a generator).
 * Stage: runtime, part modules/. */
#include "pith_mod_heapq.h"
#include "rt_exec.h"
#include "rt_modules.h"

/* a < b as a truth value: 1, 0, -1 error (both held across __lt__) */
static int less(PCtx *c, PV a, PV b) {
    pv_incref(a);
    pv_incref(b);
    PV r = rt_compare(c, PITH_CMP_LT, a, b);
    int t = r ? rt_truth(c, r) : -1;
    pv_xdecref(c, r);
    pv_decref(c, a);
    pv_decref(c, b);
    return t;
}

/* The heap must be a list: Argument Clinic's words, naming the function (one or two arguments). */
static int heap_arg(PCtx *c, PV heap, const char *fn, int one) {
    if (RT_IS(heap, RT_T_LIST)) return 0;
    rt_err(c, PITH_B_TYPEERROR, "%s() argument%s must be list, not %T", fn, one ? "" : " 1", heap);
    return -1;
}

static int changed(PCtx *c, RtList *l, pi64 size) {
    if (l->n == size) return 0;
    rt_err(c, PITH_B_RUNTIMEERROR, "list changed size during iteration");
    return -1;
}

/* Move the item at pos up towards startpos while it is smaller than its parent (_siftdown). */
static int siftdown(PCtx *c, RtList *l, pi64 startpos, pi64 pos) {
    pi64 size = l->n;
    if (pos >= size) {
        rt_err(c, PITH_B_INDEXERROR, "index out of range");
        return -1;
    }
    while (pos > startpos) {
        pi64 parentpos = (pos - 1) >> 1;
        int lt = less(c, l->items[pos], l->items[parentpos]);
        if (lt < 0 || changed(c, l, size) < 0) return -1;
        if (!lt) break;
        PV t = l->items[parentpos];
        l->items[parentpos] = l->items[pos];
        l->items[pos] = t;
        pos = parentpos;
    }
    return 0;
}

/* Move the smaller child up until a leaf, then the item down into place (_siftup, Knuth's bottom-up). */
static int siftup(PCtx *c, RtList *l, pi64 pos) {
    pi64 endpos = l->n, startpos = pos;
    if (pos >= endpos) {
        rt_err(c, PITH_B_INDEXERROR, "index out of range");
        return -1;
    }
    for (pi64 limit = endpos >> 1; pos < limit;) {
        pi64 childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            int lt = less(c, l->items[childpos], l->items[childpos + 1]);
            if (lt < 0 || changed(c, l, endpos) < 0) return -1;
            childpos += lt ^ 1;
        }
        PV t = l->items[childpos];
        l->items[childpos] = l->items[pos];
        l->items[pos] = t;
        pos = childpos;
        if (rt_tick(c, 1) < 0) return -1;
    }
    return siftdown(c, l, startpos, pos);
}

static PV h_heappush(PCtx *c, PV *a, int n, PV kw) {
    if (heap_arg(c, a[0], "heappush", 0) < 0 || rt_list_append(c, a[0], a[1]) < 0) return PV_NULL;
    RtList *l = (RtList *)a[0];
    return siftdown(c, l, 0, l->n - 1) < 0 ? PV_NULL : PV_NONE;
}

static PV h_heappop(PCtx *c, PV *a, int n, PV kw) {
    if (heap_arg(c, a[0], "heappop", 1) < 0) return PV_NULL;
    RtList *l = (RtList *)a[0];
    if (l->n == 0) {
        rt_err(c, PITH_B_INDEXERROR, "index out of range");
        return PV_NULL;
    }
    PV last = l->items[--l->n];
    if (l->n == 0) return last;
    PV top = l->items[0];
    l->items[0] = last;
    if (siftup(c, l, 0) < 0) {
        pv_decref(c, top);
        return PV_NULL;
    }
    return top;
}

/* Puts item at the top of heap l and sifts it down: the old top (a new reference), or IndexError on an empty
 * heap (which a __lt__ run by heappushpop may have made). */
static PV replace_top(PCtx *c, RtList *l, PV item) {
    if (l->n == 0) {
        rt_err(c, PITH_B_INDEXERROR, "index out of range");
        return PV_NULL;
    }
    PV top = l->items[0];
    pv_incref(item);
    l->items[0] = item;
    if (siftup(c, l, 0) < 0) {
        pv_decref(c, top);
        return PV_NULL;
    }
    return top;
}

static PV h_heapreplace(PCtx *c, PV *a, int n, PV kw) {
    if (heap_arg(c, a[0], "heapreplace", 0) < 0) return PV_NULL;
    return replace_top(c, (RtList *)a[0], a[1]);
}

static PV h_heappushpop(PCtx *c, PV *a, int n, PV kw) {
    if (heap_arg(c, a[0], "heappushpop", 0) < 0) return PV_NULL;
    RtList *l = (RtList *)a[0];
    if (l->n == 0) return pv_incref(a[1]), a[1];
    int lt = less(c, l->items[0], a[1]);
    if (lt < 0) return PV_NULL;
    if (!lt) return pv_incref(a[1]), a[1];
    return replace_top(c, l, a[1]);
}

static PV h_heapify(PCtx *c, PV *a, int n, PV kw) {
    if (heap_arg(c, a[0], "heapify", 1) < 0) return PV_NULL;
    RtList *l = (RtList *)a[0];
    for (pi64 i = (l->n >> 1) - 1; i >= 0; i--)
        if (siftup(c, l, i) < 0) return PV_NULL;
    return PV_NONE;
}

/* ---- nlargest, nsmallest ---- */

/* sorted(iterable, key=key, reverse=largest)[:n] */
static PV select_n(PCtx *c, const char *fn, PV *args, int npos, PV kwnames, int largest) {
    static const char *const names[] = {"n", "iterable", "key"};
    PV a[3];
    if (rt_mod_bind(c, fn, 1, names, 3, 3, 2, args, npos, kwnames, a) < 0) return PV_NULL;
    pi64 want;
    if (rt_index_arg(c, a[0], &want) < 0) return PV_NULL;
    PV items = rt_seq_to_list(c, a[1]);
    if (!items) return PV_NULL;
    PV r = rt_list_sort(c, items, a[2] && a[2] != PV_NONE ? a[2] : PV_NULL, largest);
    if (!r) {
        pv_decref(c, items);
        return PV_NULL;
    }
    pv_decref(c, r);
    RtList *l = (RtList *)items;
    if (want < 0) want = 0;
    while (l->n > want) pv_decref(c, l->items[--l->n]);
    return items;
}

static PV h_nlargest(PCtx *c, PV *a, int n, PV kw) { return select_n(c, "nlargest", a, n, kw, 1); }
static PV h_nsmallest(PCtx *c, PV *a, int n, PV kw) { return select_n(c, "nsmallest", a, n, kw, 0); }

/* ---- merge ---- */

typedef struct Head {
    PV it, value, key; /* owned; it PV_NULL once exhausted */
} Head;

/* Advance source h (a new head value and its key; the key is not computed when `keyless`). 1, 0 exhausted, -1. */
static int pull(PCtx *c, Head *h, PV key, int keyless) {
    pv_xdecref(c, h->value);
    pv_xdecref(c, h->key);
    h->value = h->key = PV_NULL;
    int r = rt_next(c, h->it, &h->value);
    if (r <= 0) {
        pv_decref(c, h->it);
        h->it = PV_NULL;
        return r;
    }
    if (!key || keyless) {
        pv_incref(h->value);
        h->key = h->value;
        return 1;
    }
    h->key = rt_call_value(c, key, &h->value, 1, PV_NULL);
    return h->key ? 1 : -1;
}

static PV h_merge(PCtx *c, PV *args, int npos, PV kwnames) {
    static const char *const names[] = {"key", "reverse"};
    PV kw[2];
    if (rt_mod_bind(c, "merge", 1, names, 2, 0, 0, args + npos, 0, kwnames, kw) < 0) return PV_NULL;
    PV key = kw[0] && kw[0] != PV_NONE ? kw[0] : PV_NULL;
    int reverse = kw[1] ? rt_truth(c, kw[1]) : 0;
    if (reverse < 0) return PV_NULL;
    Head *h = npos ? rt_alloc(c, (size_t)npos * sizeof(Head)) : NULL;
    PV out = npos && !h ? PV_NULL : rt_list_new(c, 0);
    int live = 0, r = out ? 0 : -1;
    for (int i = 0; i < npos; i++) h[i] = (Head){PV_NULL, PV_NULL, PV_NULL};
    for (int i = 0; r == 0 && i < npos; i++) {
        h[i].it = rt_iter(c, args[i]);
        r = h[i].it ? pull(c, &h[i], key, 0) : -1;
        if (r > 0) live++;
        r = r < 0 ? -1 : 0;
    }
    while (r == 0 && live > 0) {
        int best = -1;
        for (int i = 0; r == 0 && i < npos; i++) { /* the least (greatest) head; ties: the earliest source */
            if (!h[i].it) continue;
            if (best < 0) {
                best = i;
                continue;
            }
            int lt = reverse ? less(c, h[best].key, h[i].key) : less(c, h[i].key, h[best].key);
            if (lt < 0) r = -1;
            if (lt == 1) best = i;
        }
        if (r < 0 || rt_list_append(c, out, h[best].value) < 0 || rt_tick(c, 1) < 0) {
            r = -1;
            break;
        }
        int got = pull(c, &h[best], key, live == 1); /* the last source left is copied as it comes */
        if (got < 0) r = -1;
        if (got == 0) live--;
    }
    for (int i = 0; i < npos; i++) {
        pv_xdecref(c, h[i].it);
        pv_xdecref(c, h[i].value);
        pv_xdecref(c, h[i].key);
    }
    if (h) rt_free(c, h, (size_t)npos * sizeof(Head));
    PV it = r == 0 ? rt_iter(c, out) : PV_NULL;
    pv_xdecref(c, out);
    return it;
}

/* nlargest/nsmallest from state-machine code with a key that may wait: sorted(...)[:n] as a native frame. */
static int select_sm(PCtx *c, PFrame *caller, const char *fn, PV *args, int npos, PV kwnames, int largest) {
    static const char *const names[] = {"n", "iterable", "key"};
    PV a[3];
    pi64 want;
    if (rt_mod_bind(c, fn, 1, names, 3, 3, 2, args, npos, kwnames, a) < 0 || !a[2] || a[2] == PV_NONE ||
        !rt_call_waits(a[2]) || rt_index_arg(c, a[0], &want) < 0) {
        if (rt_exc_pending(c)) pv_decref(c, rt_exc_fetch(c)); /* the ordinary call raises it again */
        return RT_SM_DECLINED;
    }
    return rt_sm_sorted_head(c, caller, a[1], a[2], largest, want);
}

static int sm_nlargest(PCtx *c, PFrame *caller, PV *a, int n, PV kw) { return select_sm(c, caller, "nlargest", a, n, kw, 1); }
static int sm_nsmallest(PCtx *c, PFrame *caller, PV *a, int n, PV kw) {
    return select_sm(c, caller, "nsmallest", a, n, kw, 0);
}

enum {
#define ROW(name, kind, arity, min, max, fn) ROW_##fn,
    PITH_HEAPQ_NAMES(ROW)
#undef ROW
        NROWS
};

const RtModSmImpl rt_mod_heapq_sm[NROWS] = {[ROW_h_nlargest] = sm_nlargest, [ROW_h_nsmallest] = sm_nsmallest};

const RtModImpl rt_mod_heapq_impls[] = {
#define IMPL(name, kind, arity, min, max, fn) fn,
    PITH_HEAPQ_NAMES(IMPL)
#undef IMPL
};
