/* rt_bi_args.c — how builtin functions read their arguments (rt_bi.h): keyword matching, Argument Clinic style
 * positional-or-keyword parsing, index-sized ints, and the tuple a builtin hands on. Stage: runtime builtins;
 * every rt_builtins*.c file uses these, so they sit under them. Messages are CPython 3.11's. */
#include <stdio.h>
#include <string.h>

#include "rt_bi.h"

int rt_bi_kw(PCtx *c, const char *fname, PV kwnames, PV *kwvals, const char *const *allowed, PV *out) {
    int na = 0;
    while (allowed && allowed[na]) out[na++] = PV_NULL;
    if (!kwnames) return 0;
    RtTuple *t = (RtTuple *)kwnames;
    for (pi64 i = 0; i < t->n; i++) {
        int k = -1;
        for (int j = 0; j < na; j++)
            if (rt_str_is(t->items[i], allowed[j])) k = j;
        if (k < 0) {
            rt_err(c, PITH_B_TYPEERROR, "'%S' is an invalid keyword argument for %s()", t->items[i], fname);
            return -1;
        }
        out[k] = kwvals[i];
    }
    return 0;
}

int rt_bi_clinic(PCtx *c, const char *fname, PV *args, int npos, PV kwnames, const char *const *names, int posonly,
                 int nrequired, PV *out) {
    RtTuple *kw = (RtTuple *)kwnames;
    int nkw = kw ? (int)kw->n : 0, unmatched = nkw, n = 0;
    for (; names[n]; n++) out[n] = n < npos ? args[n] : PV_NULL;
    for (int i = npos > posonly ? npos : posonly; i < n; i++) {
        for (int k = 0; k < nkw && !out[i]; k++)
            if (rt_str_is(kw->items[k], names[i])) {
                out[i] = args[npos + k];
                unmatched--;
            }
        if (!out[i] && i < nrequired) {
            rt_err(c, PITH_B_TYPEERROR, "%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
            return -1;
        }
    }
    if (!unmatched) return 0;
    for (int i = posonly; i < npos; i++)
        for (int k = 0; k < nkw; k++)
            if (rt_str_is(kw->items[k], names[i])) {
                rt_err(c, PITH_B_TYPEERROR, "argument for %s() given by name ('%s') and position (%d)", fname, names[i],
                       i + 1);
                return -1;
            }
    for (int k = 0; k < nkw; k++) {
        int known = 0;
        for (int i = posonly; i < n; i++) known |= rt_str_is(kw->items[k], names[i]);
        if (!known) {
            rt_err(c, PITH_B_TYPEERROR, "'%S' is an invalid keyword argument for %s()", kw->items[k], fname);
            return -1;
        }
    }
    return 0;
}

int rt_bi_nokw(PCtx *c, const char *fname, PV kwnames) {
    if (kwnames && ((RtTuple *)kwnames)->n > 0) {
        rt_err(c, PITH_B_TYPEERROR, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

int rt_bi_index(PCtx *c, PV v, pi64 *out) {
    if (PV_IS_INT(v)) {
        *out = PV_IVAL(v);
        return 0;
    }
    if (PV_IS_BOOL(v)) {
        *out = v == PV_TRUE;
        return 0;
    }
    if (RT_IS(v, RT_T_BIGINT)) {
        RtBig *b = (RtBig *)v;
        if (mpz_fits_slong_p(b->z)) {
            *out = mpz_get_si(b->z);
            return 0;
        }
        rt_err(c, PITH_B_OVERFLOWERROR, "Python int too large to convert to C ssize_t");
        return -1;
    }
    rt_err(c, PITH_B_TYPEERROR, "'%T' object cannot be interpreted as an integer", v);
    return -1;
}

PV rt_bi_tuple_of(PCtx *c, PV *items, int n) {
    PV local[16], *tmp = local;
    if (n < 0) n = 0;
    if (n > 16) {
        tmp = rt_alloc(c, (size_t)n * sizeof(PV));
        if (!tmp) return PV_NULL;
    }
    for (int i = 0; i < n; i++) {
        tmp[i] = items[i];
        pv_incref(tmp[i]);
    }
    PV t = rt_tuple_from_steal(c, tmp, n);
    if (tmp != local) rt_free(c, tmp, (size_t)n * sizeof(PV));
    return t;
}
