/* rt_list_sort.c — list.sort(key=None, reverse=False): a stable merge sort (binary insertion sort on short
 * runs, then bottom-up merges) comparing through rt_compare(PITH_CMP_LT) with fast paths for ints, floats
 * and strs. Stage: runtime. Invariants: while sorting, the list looks empty (as in CPython); an exception from
 * key or a comparison stops the sort and leaves every item in the list exactly once; a list modified during
 * the sort raises ValueError "list modified during sort". */
#include <string.h>

#include "rt_values.h"

/* One element being sorted: its key (== value without key=) and the value itself. */
typedef struct SortItem {
    PV k; /* the sort key (new ref when key= is given, else the value itself) */
    PV v; /* the list item (the list's reference, moved here while sorting) */
} SortItem;

#define RUN 32

/* a < b: 1/0, -1 on error. */
static int less(PCtx *c, PV a, PV b) {
    if (PV_IS_INT(a) && PV_IS_INT(b)) return (pi64)a < (pi64)b;
    if (RT_IS(a, RT_T_STR) && RT_IS(b, RT_T_STR)) return rt_str_cmp(a, b) < 0;
    if (RT_IS(a, RT_T_FLOAT) && RT_IS(b, RT_T_FLOAT)) return rt_float_value(a) < rt_float_value(b);
    if (rt_tick(c, 1) < 0) return -1;
    PV r = rt_compare(c, PITH_CMP_LT, a, b);
    if (!r) return -1;
    int t = rt_truth(c, r);
    pv_decref(c, r);
    return t;
}

/* Stable binary insertion sort of a[lo..hi). Comparisons happen before any move, so an error leaves a
 * permutation of the input. */
static int insertion_sort(PCtx *c, SortItem *a, pi64 lo, pi64 hi) {
    for (pi64 i = lo + 1; i < hi; i++) {
        SortItem x = a[i];
        pi64 l = lo, h = i;
        while (l < h) {
            pi64 mid = l + (h - l) / 2;
            int r = less(c, x.k, a[mid].k);
            if (r < 0) return -1;
            if (r)
                h = mid;
            else
                l = mid + 1;
        }
        memmove(a + l + 1, a + l, (size_t)(i - l) * sizeof(SortItem));
        a[l] = x;
    }
    return 0;
}

/* Merge src[lo..mid) and src[mid..hi) into dst[lo..hi) (src is never written). */
static int merge(PCtx *c, const SortItem *src, SortItem *dst, pi64 lo, pi64 mid, pi64 hi) {
    pi64 i = lo, j = mid, k = lo;
    if (mid < hi && mid > lo) {
        int r = less(c, src[mid].k, src[mid - 1].k);
        if (r < 0) return -1;
        if (!r) {
            memcpy(dst + lo, src + lo, (size_t)(hi - lo) * sizeof(SortItem));
            return 0;
        } /* in order */
    }
    while (i < mid && j < hi) {
        int r = less(c, src[j].k, src[i].k);
        if (r < 0) return -1;
        dst[k++] = r ? src[j++] : src[i++];
    }
    while (i < mid) dst[k++] = src[i++];
    while (j < hi) dst[k++] = src[j++];
    return 0;
}

/* Sort a[0..n) stably; tmp has room for n. Returns the array holding the result (a or tmp), NULL on error
 * with *whole set to an array that still holds every item. */
static SortItem *merge_sort(PCtx *c, SortItem *a, SortItem *tmp, pi64 n, SortItem **whole) {
    *whole = a;
    for (pi64 lo = 0; lo < n; lo += RUN)
        if (insertion_sort(c, a, lo, lo + RUN < n ? lo + RUN : n) < 0) return NULL;
    SortItem *src = a, *dst = tmp;
    for (pi64 w = RUN; w < n; w *= 2) {
        if (rt_tick(c, n / 32) < 0) {
            *whole = src;
            return NULL;
        } /* fast-path compares spend no fuel */
        for (pi64 lo = 0; lo < n; lo += 2 * w) {
            pi64 mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
            if (merge(c, src, dst, lo, mid, hi) < 0) {
                *whole = src;
                return NULL;
            }
        }
        SortItem *t = src;
        src = dst;
        dst = t;
    }
    *whole = src;
    return src;
}

static void reverse_items(SortItem *a, pi64 n) {
    for (pi64 i = 0, j = n - 1; i < j; i++, j--) {
        SortItem t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

/* Compute keys (key may be PV_NULL/None), or take them from the list keys (computed beforehand by a caller
 * that may wait on the host between two calls: rt_native.c); on error the computed ones are released. */
static int make_keys(PCtx *c, SortItem *a, pi64 n, PV key, PV keys) {
    for (pi64 i = 0; i < n; i++) {
        if (keys) {
            a[i].k = ((RtList *)keys)->items[i];
            pv_incref(a[i].k);
            continue;
        }
        if (!key || key == PV_NONE) {
            a[i].k = a[i].v;
            continue;
        }
        a[i].k = rt_call_value(c, key, &a[i].v, 1, PV_NULL);
        if (!a[i].k) {
            for (pi64 j = 0; j < i; j++) pv_decref(c, a[j].k);
            return -1;
        }
    }
    return 0;
}

static PV sort(PCtx *c, PV list, PV key, PV keys, int reverse) {
    RtList *l = (RtList *)list;
    pi64 n = l->n, cap = l->cap;
    PV *items = l->items;
    if (keys && (!RT_IS(keys, RT_T_LIST) || ((RtList *)keys)->n != n)) {
        rt_err(c, PITH_B_SYSTEMERROR, "sort keys do not match the list");
        return PV_NULL;
    }
    if (keys) key = PV_TRUE;                                            /* keyed */
    if (n == 0 || (n == 1 && (!key || key == PV_NONE))) return PV_NONE; /* one item still gets its key called */
    SortItem *a = rt_alloc(c, (size_t)n * 2 * sizeof(SortItem));
    if (!a) return PV_NULL;
    l->items = NULL; /* the list is empty while sorting */
    l->n = l->cap = 0;
    for (pi64 i = 0; i < n; i++) a[i].v = items[i];
    int keyed = key && key != PV_NONE;
    int ok = make_keys(c, a, n, key, keys) == 0;
    SortItem *whole = a;
    if (ok) {
        if (reverse) reverse_items(a, n);
        SortItem *res = merge_sort(c, a, a + n, n, &whole);
        ok = res != NULL;
        if (ok && reverse) reverse_items(whole, n);
        if (keyed)
            for (pi64 i = 0; i < n; i++) pv_decref(c, whole[i].k);
    }
    for (pi64 i = 0; i < n; i++) items[i] = whole[i].v;
    rt_free(c, a, (size_t)n * 2 * sizeof(SortItem));
    PV *added = l->items; /* anything the key function or a comparison put in meanwhile */
    pi64 nadded = l->n, capadded = l->cap;
    l->items = items;
    l->n = n;
    l->cap = cap;
    if (added || nadded) {
        for (pi64 i = 0; i < nadded; i++) pv_decref(c, added[i]);
        rt_free(c, added, (size_t)capadded * sizeof(PV));
        if (ok) rt_err(c, PITH_B_VALUEERROR, "list modified during sort");
        return PV_NULL;
    }
    return ok ? PV_NONE : PV_NULL;
}

PV rt_list_sort(PCtx *c, PV list, PV key, int reverse) { return sort(c, list, key, PV_NULL, reverse); }

PV rt_list_sort_by_keys(PCtx *c, PV list, PV keys, int reverse) { return sort(c, list, PV_NULL, keys, reverse); }
