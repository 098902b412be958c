/* rt_fstring.c — f-string support: one replacement field (conversion !r/!s/!a, then format(value, spec)) and
 * the join of all pieces in one allocation; also ascii(v), which !a uses.
 * Stage: runtime. Invariants: results new references, arguments borrowed except where a name says "steal";
 * the format-spec mini-language itself is rt_format (rt_format.c). */
#include <stdio.h>
#include <string.h>

#include "rt_class.h"
#include "rt_values.h"

/* ascii(v): repr(v) with every non-ASCII code point written as \xhh, \uhhhh or \Uhhhhhhhh. */
PV rt_ascii(PCtx *c, PV v) {
    PV r = rt_repr(c, v);
    if (!r || (RT_OBJ(r)->flags & RT_STR_ASCII)) return r;
    RtStr *s = rt_strp(r);
    PithBuf b = rt_buf_new(c);
    int rc = 0;
    for (pi64 i = 0; i < s->nbytes && rc == 0;) {
        uint32_t cp;
        int len = rt_utf8_decode((const unsigned char *)s->data + i, &cp);
        if (cp < 0x80) {
            rc = pith_buf_putc(&b, (char)cp);
        } else {
            char esc[16];
            int m = snprintf(esc, sizeof esc,
                             cp <= 0xFF     ? "\\x%02x"
                             : cp <= 0xFFFF ? "\\u%04x"
                                            : "\\U%08x",
                             (unsigned)cp);
            rc = pith_buf_put(&b, esc, (size_t)m);
        }
        i += len;
    }
    pv_decref(c, r);
    if (rc < 0) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    return rt_buf_finish(&b);
}

/* f"{v!conv:spec}": conv 0 (none), 'r', 's' or 'a'; spec a str or PV_NULL (= ""). As CPython's
 * FORMAT_VALUE: the conversion first, then format(result, spec) (an empty spec gives str()). */
PV rt_format_value(PCtx *c, PV v, int conv, PV spec) {
    PV t;
    switch (conv) {
    case 0:
        t = v;
        pv_incref(t);
        break;
    case 'r': t = rt_repr(c, v); break;
    case 's': t = rt_str(c, v); break;
    case 'a': t = rt_ascii(c, v); break;
    default: rt_err(c, PITH_B_RUNTIMEERROR, "internal error: f-string conversion %d", conv); return PV_NULL;
    }
    if (!t) return PV_NULL;
    if (rt_is_user_obj(t)) { /* format(t, spec) asks __format__ even for an empty spec */
        PV empty = spec ? PV_NULL : rt_str_new(c, "", 0);
        PV r = spec || empty ? rt_user_format(c, t, spec ? spec : empty) : PV_NULL;
        pv_xdecref(c, empty);
        pv_decref(c, t);
        return r;
    }
    if (spec && !rt_is_str(spec)) {
        pv_decref(c, t);
        rt_err(c, PITH_B_RUNTIMEERROR, "internal error: f-string spec is a %T", spec);
        return PV_NULL;
    }
    if (rt_is_str(t) && (!spec || rt_strp(spec)->nbytes == 0)) return t;
    PV r = spec ? rt_format(c, t, spec) : rt_str(c, t);
    pv_decref(c, t);
    return r;
}

/* The n strs joined in one allocation; the parts are released whatever happens. */
PV rt_str_concat_steal(PCtx *c, PV *parts, pi64 n) {
    pi64 nbytes = 0, nchars = 0; /* the parts' code points add up: the result needs no re-scan */
    int bad = n < 0;
    for (pi64 i = 0; i < n && !bad; i++) {
        if (!parts[i] || !rt_is_str(parts[i])) {
            bad = 1;
        } else {
            nbytes += rt_strp(parts[i])->nbytes;
            nchars += rt_strp(parts[i])->nchars;
        }
    }
    PV r = PV_NULL;
    if (bad) {
        rt_err(c, PITH_B_RUNTIMEERROR, "internal error: f-string piece is not a str");
    } else if (n == 1) {
        return parts[0];
    } else {
        RtStr *s = rt_str_alloc(c, nbytes);
        if (s) {
            pi64 at = 0;
            for (pi64 i = 0; i < n; i++) {
                RtStr *p = rt_strp(parts[i]);
                memcpy(s->data + at, p->data, (size_t)p->nbytes);
                at += p->nbytes;
            }
            r = rt_str_seal_known(s, nchars);
        }
    }
    for (pi64 i = 0; i < n; i++) pv_xdecref(c, parts[i]);
    return r;
}
