/* rt_builtins_seq.c — the builtins that consume iterables: min(), max(), sum(), list(), tuple(), dict().
 * Stage: runtime. Invariants: rt_bi.h; every loop over an iterable ticks the fuel counter (time limit). */
#include <string.h>

#include "rt_bi.h"

/* ---------------------------------------------------------------- list(), tuple() */

/* list(src): the list's own extend does the work (sized sources at once, a range's length checked first) */
PV rt_bi_list(PCtx *c, PV src) { return rt_seq_to_list(c, src); }

PV rt_bi_tuple(PCtx *c, PV src) {
    if (!src) return rt_bi_tuple_of(c, NULL, 0);
    if (RT_IS(src, RT_T_TUPLE)) {
        pv_incref(src);
        return src;
    }
    PV l = rt_bi_list(c, src);
    if (!l) return PV_NULL;
    RtList *L = (RtList *)l;
    PV t;
    if (L->n > 0x7fffffff) {
        rt_err_nomem(c);
        t = PV_NULL;
    } else {
        t = rt_bi_tuple_of(c, L->items, (int)L->n);
    }
    pv_decref(c, l);
    return t;
}

/* ---------------------------------------------------------------- dict() */

/* One element of dict(iterable): a 2-item iterable becomes key/value; CPython's messages otherwise. */
static int dict_add_pair(PCtx *c, PV d, PV item, pi64 idx) {
    PV it = rt_iter(c, item);
    if (!it) {
        PV e = rt_exc_fetch(c);
        int is_type = e && RT_IS(e, RT_T_EXC) && ((RtExc *)e)->type == PITH_B_TYPEERROR;
        if (!is_type) {
            rt_exc_restore(c, e);
            return -1;
        }
        pv_decref(c, e);
        rt_err(c, PITH_B_TYPEERROR, "cannot convert dictionary update sequence element #%lld to a sequence",
               (long long)idx);
        return -1;
    }
    PV kv[2] = {PV_NULL, PV_NULL};
    pi64 n = 0;
    int bad = 0;
    for (;;) {
        PV x;
        int r = rt_next(c, it, &x);
        if (r == 0) break;
        if (r < 0 || rt_svc_tick(c) < 0) {
            if (r > 0) pv_decref(c, x);
            bad = 1;
            break;
        }
        if (n < 2)
            kv[n] = x;
        else
            pv_decref(c, x);
        n++;
    }
    pv_decref(c, it);
    int rc = 0;
    if (bad) {
        rc = -1;
    } else if (n != 2) {
        rt_err(c, PITH_B_VALUEERROR, "dictionary update sequence element #%lld has length %lld; 2 is required",
               (long long)idx, (long long)n);
        rc = -1;
    } else {
        rc = rt_dict_set(c, d, kv[0], kv[1]) < 0 ? -1 : 0;
    }
    pv_xdecref(c, kv[0]);
    pv_xdecref(c, kv[1]);
    return rc;
}

PV rt_bi_dict(PCtx *c, PV src, PV kwnames, PV *kwvals) {
    PV d = rt_dict_new(c);
    if (!d) return PV_NULL;
    if (src && RT_IS(src, RT_T_CHAINMAP)) { /* a mapping that is not a dict */
        if (rt_dict_merge(c, d, src) < 0) goto fail;
    } else if (src && RT_IS(src, RT_T_DICT)) {
        RtDict *s = (RtDict *)src;
        for (pi64 i = 0; i < s->used; i++) {
            RtDictEntry *e = &s->entries[i];
            if (e->key && rt_dict_set(c, d, e->key, e->value) < 0) goto fail;
        }
    } else if (src) {
        PV it = rt_iter(c, src);
        if (!it) goto fail;
        for (pi64 idx = 0;; idx++) {
            PV item;
            int r = rt_next(c, it, &item);
            if (r == 0) break;
            if (r < 0 || rt_svc_tick(c) < 0 || dict_add_pair(c, d, item, idx) < 0) {
                if (r > 0) pv_decref(c, item);
                pv_decref(c, it);
                goto fail;
            }
            pv_decref(c, item);
        }
        pv_decref(c, it);
    }
    if (kwnames) {
        RtTuple *t = (RtTuple *)kwnames;
        for (pi64 i = 0; i < t->n; i++)
            if (rt_dict_set(c, d, t->items[i], kwvals[i]) < 0) goto fail;
    }
    return d;
fail:
    pv_decref(c, d);
    return PV_NULL;
}

/* ---------------------------------------------------------------- min(), max() */

/* Next item of either an iterator (it) or the positional arguments (args[*pos]): 1 item (new ref), 0 end,
 * -1 error. */
static int next_item(PCtx *c, PV it, PV *args, int npos, int *pos, PV *out) {
    if (rt_svc_tick(c) < 0) return -1;
    if (it) return rt_next(c, it, out);
    if (*pos >= npos) return 0;
    *out = args[(*pos)++];
    pv_incref(*out);
    return 1;
}

static PV minmax(PCtx *c, PV *args, int npos, PV kwnames, int is_max) {
    const char *name = is_max ? "max" : "min";
    static const char *const allowed[] = {"key", "default", NULL};
    PV kw[2];
    if (rt_bi_kw(c, name, kwnames, args + npos, allowed, kw) < 0) return PV_NULL;
    PV key = kw[0] == PV_NONE ? PV_NULL : kw[0], dflt = kw[1];
    if (npos > 1 && dflt) {
        rt_err(c, PITH_B_TYPEERROR, "Cannot specify a default for %s() with multiple positional arguments", name);
        return PV_NULL;
    }
    PV it = PV_NULL;
    if (npos == 1) {
        it = rt_iter(c, args[0]);
        if (!it) return PV_NULL;
    }
    int pos = 0;
    PV best = PV_NULL, bestkey = PV_NULL, item;
    int r;
    while ((r = next_item(c, it, args, npos, &pos, &item)) > 0) {
        PV k = item;
        if (key) {
            k = rt_call_value(c, key, &item, 1, PV_NULL);
            if (!k) {
                pv_decref(c, item);
                r = -1;
                break;
            }
        } else {
            pv_incref(k);
        }
        if (!best) {
            best = item;
            bestkey = k;
            continue;
        }
        PV cmp = rt_compare(c, is_max ? PITH_CMP_GT : PITH_CMP_LT, k, bestkey);
        int t = cmp ? pv_truth(c, cmp) : -1;
        pv_xdecref(c, cmp);
        if (t < 0) {
            pv_decref(c, item);
            pv_decref(c, k);
            r = -1;
            break;
        }
        if (t) {
            pv_decref(c, best);
            pv_decref(c, bestkey);
            best = item;
            bestkey = k;
        } else {
            pv_decref(c, item);
            pv_decref(c, k);
        }
    }
    pv_xdecref(c, it);
    pv_xdecref(c, bestkey);
    if (r < 0) {
        pv_xdecref(c, best);
        return PV_NULL;
    }
    if (!best) {
        if (dflt) {
            pv_incref(dflt);
            return dflt;
        }
        rt_err(c, PITH_B_VALUEERROR, "%s() arg is an empty sequence", name);
        return PV_NULL;
    }
    return best;
}

PV rt_fn_min(PCtx *c, PV *args, int npos, PV kwnames) { return minmax(c, args, npos, kwnames, 0); }

PV rt_fn_max(PCtx *c, PV *args, int npos, PV kwnames) { return minmax(c, args, npos, kwnames, 1); }

/* ---------------------------------------------------------------- sum() */

/* An int that is not big (bools included) as a C integer. */
static int small_int(PV v, pi64 *out) { return rt_is_int(v) && !RT_IS(v, RT_T_BIGINT) && rt_int_to_i64(v, out) == 0; }

/* sum()'s running total without a box per step, as CPython's: a C integer while the total is an int and the
 * items are ints (or bools) that keep it in 64 bits, a double while the total is a float and the items are floats or ints that
 * fit (each added as float + int adds them). The first item it cannot add so is handed back (*item, with
 * *acc boxed again) for pv_add: 1; 0 at the end (*acc is the sum); -1 error (*acc still owned). The same
 * operations in the same order as pv_add's, so the result is the same. */
static int sum_unboxed(PCtx *c, PV it, PV *acc, PV *item) {
    pi64 i_acc, n;
    int r;
    if (PV_IS_INT(*acc)) { /* an int total, not a bool: sum([], True) is True */
        i_acc = PV_IVAL(*acc);
        while ((r = next_item(c, it, NULL, 0, NULL, item)) > 0) {
            if (!small_int(*item, &n) || __builtin_add_overflow(i_acc, n, &n)) break;
            i_acc = n;
            pv_decref(c, *item);
        }
        PV boxed = rt_int_from_i64(c, i_acc);
        if (!boxed) {
            if (r > 0) pv_decref(c, *item);
            return -1;
        }
        pv_decref(c, *acc);
        *acc = boxed;
        return r;
    }
    if (!RT_IS(*acc, RT_T_FLOAT)) return next_item(c, it, NULL, 0, NULL, item);
    double f_acc = rt_float_value(*acc);
    while ((r = next_item(c, it, NULL, 0, NULL, item)) > 0) {
        if (RT_IS(*item, RT_T_FLOAT))
            f_acc += rt_float_value(*item);
        else if (small_int(*item, &n))
            f_acc += (double)n;
        else
            break;
        pv_decref(c, *item);
    }
    PV boxed = rt_float_new(c, f_acc);
    if (!boxed) {
        if (r > 0) pv_decref(c, *item);
        return -1;
    }
    pv_decref(c, *acc);
    *acc = boxed;
    return r;
}

PV rt_fn_sum(PCtx *c, PV *args, int npos, PV kwnames) {
    static const char *const params[] = {"iterable", "start", NULL}; /* iterable is positional-only */
    PV kw[2];
    if (rt_bi_clinic(c, "sum", args, npos, kwnames, params, 1, 0, kw) < 0) return PV_NULL;
    PV start = kw[1] ? kw[1] : PV_INT(0);
    if (RT_IS(start, RT_T_STR)) {
        rt_err(c, PITH_B_TYPEERROR, "sum() can't sum strings [use ''.join(seq) instead]");
        return PV_NULL;
    }
    if (RT_IS(start, RT_T_BYTES)) {
        rt_err(c, PITH_B_TYPEERROR, "sum() can't sum bytes [use b''.join(seq) instead]");
        return PV_NULL;
    }
    PV it = rt_iter(c, args[0]);
    if (!it) return PV_NULL;
    PV acc = start, item;
    pv_incref(acc);
    int r;
    while ((r = sum_unboxed(c, it, &acc, &item)) > 0) {
        PV s = pv_add(c, acc, item);
        pv_decref(c, item);
        pv_decref(c, acc);
        acc = s;
        if (!s) {
            r = -1;
            break;
        }
    }
    pv_decref(c, it);
    if (r < 0) {
        pv_xdecref(c, acc);
        return PV_NULL;
    }
    return acc;
}
