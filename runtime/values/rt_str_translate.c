/* rt_str_translate.c — str.maketrans (a static method: rt_attr.c calls it without an instance, from the
 * class or from a str alike) and str.translate (a table mapping code points to a str, an int or None).
 * Stage: runtime. Messages are CPython 3.11's. */
#include <string.h>

#include "rt_values.h"

/* Key of a one-argument maketrans dict: a 1-char str -> its code point, an int as it is. New ref or NULL. */
static PV trans_key(PCtx *c, PV k) {
    if (rt_is_str(k)) {
        RtStr *s = rt_strp(k);
        if (s->nchars != 1) {
            rt_err(c, PITH_B_VALUEERROR, "string keys in translate table must be of length 1");
            return PV_NULL;
        }
        uint32_t cp;
        rt_utf8_decode((const unsigned char *)s->data, &cp);
        return PV_INT(cp);
    }
    if (rt_is_int(k)) {
        pv_incref(k);
        return k;
    }
    rt_err(c, PITH_B_TYPEERROR, "keys in translate table must be strings or integers");
    return PV_NULL;
}

static PV from_dict(PCtx *c, PV src) {
    PV d = rt_dict_new(c), k, v;
    pi64 pos = 0;
    if (!d) return PV_NULL;
    while (rt_dict_next_entry((RtDict *)src, &pos, &k, &v)) {
        PV key = trans_key(c, k);
        int r = key ? rt_dict_set(c, d, key, v) : -1;
        pv_xdecref(c, key);
        if (r < 0) {
            pv_decref(c, d);
            return PV_NULL;
        }
    }
    return d;
}

/* d[ord(ch)] = value (value: a new ref, or PV_NULL meaning the code point of `to` at the same index). */
static int put_cps(PCtx *c, PV d, RtStr *from, RtStr *to) {
    pi64 j = 0;
    for (pi64 i = 0; i < from->nbytes;) {
        uint32_t a, b = 0;
        i += rt_utf8_decode((const unsigned char *)from->data + i, &a);
        if (to) j += rt_utf8_decode((const unsigned char *)to->data + j, &b);
        if (rt_dict_set(c, d, PV_INT(a), to ? PV_INT(b) : PV_NONE) < 0) return -1;
    }
    return 0;
}

PV rt_str_maketrans(PCtx *c, PV *args, int nargs, PV kwnames) {
    if (kwnames && ((RtTuple *)kwnames)->n) {
        rt_err(c, PITH_B_TYPEERROR, "str.maketrans() takes no keyword arguments");
        return PV_NULL;
    }
    if (nargs < 1) {
        rt_err(c, PITH_B_TYPEERROR, "maketrans expected at least 1 argument, got %d", nargs);
        return PV_NULL;
    }
    if (nargs > 3) {
        rt_err(c, PITH_B_TYPEERROR, "maketrans expected at most 3 arguments, got %d", nargs);
        return PV_NULL;
    }
    if (nargs == 1) {
        if (!RT_IS(args[0], RT_T_DICT)) {
            rt_err(c, PITH_B_TYPEERROR, "if you give only one argument to maketrans it must be a dict");
            return PV_NULL;
        }
        return from_dict(c, args[0]);
    }
    for (int i = 1; i < nargs; i++) {
        if (!rt_is_str(args[i])) {
            rt_err(c, PITH_B_TYPEERROR, "maketrans() argument %d must be str, not %s", i + 1, rt_type_name(args[i]));
            return PV_NULL;
        }
    }
    if (!rt_is_str(args[0])) {
        rt_err(c, PITH_B_TYPEERROR, "first maketrans argument must be a string if there is a second argument");
        return PV_NULL;
    }
    RtStr *x = rt_strp(args[0]), *y = rt_strp(args[1]);
    if (x->nchars != y->nchars) {
        rt_err(c, PITH_B_VALUEERROR, "the first two maketrans arguments must have equal length");
        return PV_NULL;
    }
    PV d = rt_dict_new(c);
    if (!d || put_cps(c, d, x, y) < 0 || (nargs == 3 && put_cps(c, d, rt_strp(args[2]), NULL) < 0)) {
        pv_xdecref(c, d);
        return PV_NULL;
    }
    return d;
}

/* table[cp]: 1 found (*out new ref), 0 no mapping (a LookupError from a non-dict table), -1 error. */
static int lookup(PCtx *c, PV table, uint32_t cp, PV *out) {
    if (RT_IS(table, RT_T_DICT)) {
        int r = rt_dict_lookup(c, table, PV_INT(cp), out);
        if (r > 0) pv_incref(*out);
        return r;
    }
    *out = rt_getitem(c, table, PV_INT(cp));
    if (*out) return 1;
    if (!rt_exc_pending_is(c, PITH_B_LOOKUPERROR)) return -1;
    pv_decref(c, rt_exc_fetch(c));
    return 0;
}

PV rt_str_translate(PCtx *c, PV self, PV *a, int n, PV kw) {
    RtStr *s = rt_strp(self);
    PithBuf b = rt_buf_new(c);
    int rc = rt_tick(c, s->nbytes / 64);
    for (pi64 i = 0; i < s->nbytes && rc == 0;) {
        uint32_t cp;
        int len = rt_utf8_decode((const unsigned char *)s->data + i, &cp);
        PV v;
        int r = lookup(c, a[0], cp, &v);
        if (r < 0) {
            rc = -1;
            break;
        }
        if (r == 0)
            rc = pith_buf_put(&b, s->data + i, (size_t)len);
        else if (v == PV_NONE) {
        } else if (rt_is_str(v))
            rc = rt_buf_put_str(&b, v);
        else if (rt_is_int(v)) {
            pi64 x;
            if (rt_int_to_i64(v, &x) < 0 || x < 0 || x > 0x10FFFF) {
                rt_err(c, PITH_B_VALUEERROR, "character mapping must be in range(0x110000)");
                rc = -1;
            } else {
                char u[4];
                rc = pith_buf_put(&b, u, (size_t)rt_utf8_encode((uint32_t)x, u));
            }
        } else {
            rt_err(c, PITH_B_TYPEERROR, "character mapping must return integer, None or str");
            rc = -1;
        }
        if (r > 0) pv_decref(c, v);
        i += len;
    }
    if (rc < 0) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    return rt_buf_finish(&b);
}
