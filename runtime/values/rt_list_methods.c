/* rt_list_methods.c — list methods (append, extend, insert, pop, remove, index, count, reverse, copy, clear,
 * sort) and tuple methods (count, index), plus `list *= n`. Stage: runtime. Argument conventions and error
 * messages per calling style: rt_values.h (RtMethDef). Comparisons use rt_eq (identity first, as CPython). */
#include <string.h>

#include "rt_values.h"

static RtList *L(PV v) { return (RtList *)v; }

static PV m_append(PCtx *c, PV self, PV *a, int n, PV kw) {
    return rt_list_append(c, self, a[0]) < 0 ? PV_NULL : PV_NONE;
}

static PV m_extend(PCtx *c, PV self, PV *a, int n, PV kw) {
    return rt_list_extend(c, self, a[0]) < 0 ? PV_NULL : PV_NONE;
}

static PV m_insert(PCtx *c, PV self, PV *a, int n, PV kw) {
    pi64 i, len = L(self)->n;
    if (rt_index_arg(c, a[0], &i) < 0) return PV_NULL;
    if (i < 0) {
        i += len;
        if (i < 0) i = 0;
    }
    if (i > len) i = len;
    if (rt_list_reserve(c, L(self), 1) < 0 || rt_tick(c, RT_MOVE_FUEL(len - i)) < 0) return PV_NULL;
    PV *items = L(self)->items;
    memmove(items + i + 1, items + i, (size_t)(len - i) * sizeof(PV));
    pv_incref(a[1]);
    items[i] = a[1];
    L(self)->n++;
    return PV_NONE;
}

static PV m_pop(PCtx *c, PV self, PV *a, int n, PV kw) {
    RtList *l = L(self);
    pi64 i = -1;
    if (a[0] && rt_index_arg(c, a[0], &i) < 0) return PV_NULL;
    if (l->n == 0) {
        rt_err(c, PITH_B_INDEXERROR, "pop from empty list");
        return PV_NULL;
    }
    if (i < 0) i += l->n;
    if (i < 0 || i >= l->n) {
        rt_err(c, PITH_B_INDEXERROR, "pop index out of range");
        return PV_NULL;
    }
    if (rt_tick(c, RT_MOVE_FUEL(l->n - i)) < 0) return PV_NULL;
    PV v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (size_t)(l->n - i - 1) * sizeof(PV));
    l->n--;
    return v;
}

/* First index of x in seq[start:stop] (list.index / tuple.index bounds), -1 absent, -2 error. */
static pi64 find_item(PCtx *c, PV seq, PV x, PV start, PV stop) {
    pi64 n, lo = 0, hi;
    rt_seq_items(seq, &n);
    hi = n;
    if (start && rt_index_arg(c, start, &lo) < 0) return -2;
    if (stop && rt_index_arg(c, stop, &hi) < 0) return -2;
    if (lo < 0) {
        lo += n;
        if (lo < 0) lo = 0;
    }
    if (hi < 0) {
        hi += n;
        if (hi < 0) hi = 0;
    }
    for (pi64 i = lo;; i++) {
        PV *items = rt_seq_items(seq, &n);
        if (i >= hi || i >= n) return -1;
        int eq = rt_eq(c, items[i], x);
        if (eq < 0 || rt_tick(c, 1) < 0) return -2;
        if (eq) return i;
    }
}

static PV m_index(PCtx *c, PV self, PV *a, int n, PV kw) {
    pi64 i = find_item(c, self, a[0], a[1], a[2]);
    if (i >= 0) return PV_INT(i);
    if (i == -1) {
        if (RT_IS(self, RT_T_LIST))
            rt_err(c, PITH_B_VALUEERROR, "%R is not in list", a[0]);
        else
            rt_err(c, PITH_B_VALUEERROR, "tuple.index(x): x not in tuple");
    }
    return PV_NULL;
}

static PV m_count(PCtx *c, PV self, PV *a, int n, PV kw) {
    pi64 count = 0;
    for (pi64 i = 0;; i++) {
        pi64 len;
        PV *items = rt_seq_items(self, &len);
        if (i >= len) break;
        int eq = rt_eq(c, items[i], a[0]);
        if (eq < 0 || rt_tick(c, 1) < 0) return PV_NULL;
        count += eq;
    }
    return PV_INT(count);
}

static PV m_remove(PCtx *c, PV self, PV *a, int n, PV kw) {
    pi64 i = find_item(c, self, a[0], PV_NULL, PV_NULL);
    if (i == -1) rt_err(c, PITH_B_VALUEERROR, "list.remove(x): x not in list");
    if (i < 0) return PV_NULL;
    RtList *l = L(self);
    if (rt_tick(c, RT_MOVE_FUEL(l->n - i)) < 0) return PV_NULL;
    PV v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (size_t)(l->n - i - 1) * sizeof(PV));
    l->n--;
    pv_decref(c, v);
    return PV_NONE;
}

static PV m_reverse(PCtx *c, PV self, PV *a, int n, PV kw) {
    if (rt_tick(c, RT_MOVE_FUEL(L(self)->n)) < 0) return PV_NULL;
    PV *it = L(self)->items;
    for (pi64 i = 0, j = L(self)->n - 1; i < j; i++, j--) {
        PV t = it[i];
        it[i] = it[j];
        it[j] = t;
    }
    return PV_NONE;
}

static PV m_copy(PCtx *c, PV self, PV *a, int n, PV kw) { return rt_seq_to_list(c, self); }

static PV m_clear(PCtx *c, PV self, PV *a, int n, PV kw) {
    RtList *l = L(self);
    PV *items = l->items;
    pi64 len = l->n, cap = l->cap;
    l->items = NULL;
    l->n = l->cap = 0;
    for (pi64 i = 0; i < len; i++) pv_decref(c, items[i]);
    rt_free(c, items, (size_t)cap * sizeof(PV));
    return PV_NONE;
}

static PV m_sort(PCtx *c, PV self, PV *a, int n, PV kw) {
    int reverse = 0;
    if (a[1]) {
        if (!rt_is_int(a[1])) {
            rt_err(c, PITH_B_TYPEERROR, "'%s' object cannot be interpreted as an integer", rt_type_name(a[1]));
            return PV_NULL;
        }
        reverse = rt_int_sign(a[1]) != 0;
    }
    return rt_list_sort(c, self, a[0], reverse);
}

/* list *= n, in place. */
int rt_list_imul(PCtx *c, PV list, pi64 n) {
    RtList *l = L(list);
    pi64 len = l->n;
    if (n <= 0 || len == 0) {
        m_clear(c, list, NULL, 0, PV_NULL);
        return 0;
    }
    if (rt_mem_check(c, (double)len * (double)n * sizeof(PV)) < 0) return -1;
    if (rt_list_reserve(c, l, len * (n - 1)) < 0) return -1;
    for (pi64 k = 1; k < n; k++) {
        for (pi64 i = 0; i < len; i++) {
            pv_incref(l->items[i]);
            l->items[k * len + i] = l->items[i];
        }
        l->n += len;
        if (rt_tick(c, 1 + RT_MOVE_FUEL(len)) < 0) return -1;
    }
    return 0;
}

static const char *const sort_kw[] = {"key", "reverse"};

const RtMethDef rt_list_methods[] = {
    {"append", m_append, RT_M_O, 1, 1, 0, NULL},   {"extend", m_extend, RT_M_O, 1, 1, 0, NULL},
    {"insert", m_insert, RT_M_POS, 2, 2, 0, NULL}, {"pop", m_pop, RT_M_POS, 0, 1, 0, NULL},
    {"remove", m_remove, RT_M_O, 1, 1, 0, NULL},   {"index", m_index, RT_M_POS, 1, 3, 0, NULL},
    {"count", m_count, RT_M_O, 1, 1, 0, NULL},     {"reverse", m_reverse, RT_M_NOARGS, 0, 0, 0, NULL},
    {"copy", m_copy, RT_M_NOARGS, 0, 0, 0, NULL},  {"clear", m_clear, RT_M_NOARGS, 0, 0, 0, NULL},
    {"sort", m_sort, RT_M_KW, 0, 0, 2, sort_kw},   {NULL, NULL, 0, 0, 0, 0, NULL},
};

const RtMethDef rt_tuple_methods[] = {
    {"count", m_count, RT_M_O, 1, 1, 0, NULL},
    {"index", m_index, RT_M_POS, 1, 3, 0, NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL},
};
