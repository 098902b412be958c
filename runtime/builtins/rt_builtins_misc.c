/* rt_builtins_misc.c — builtins of the core language: round, divmod, pow, chr, ord, hex, oct, bin,
 * format, hash, id, callable, getattr/setattr/hasattr, set, frozenset, bytes, issubclass.
 * Stage: runtime. Invariants: as rt_call_builtin (argument counts already checked, args borrowed, results
 * new references, PV_NULL + exception); every message is CPython 3.11's. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_bi.h"
#include "rt_class.h"
#include "rt_set.h"

/* ---- round ---- */

/* A str of an mpz (decimal) parsed as a correctly rounded double. */
static double mpz_to_double_exact(PCtx *c, mpz_t z) {
    char *s = mpz_get_str(NULL, 10, z);
    double d = s ? strtod(s, NULL) : mpz_get_d(z);
    if (s) rt_gmp_free(s, strlen(s) + 1);
    return d;
}

static PV round_float(PCtx *c, double x, PV nd) {
    if (!nd || nd == PV_NONE) {
        if (isnan(x)) {
            rt_err(c, PITH_B_VALUEERROR, "cannot convert float NaN to integer");
            return PV_NULL;
        }
        if (isinf(x)) {
            rt_err(c, PITH_B_OVERFLOWERROR, "cannot convert float infinity to integer");
            return PV_NULL;
        }
        double r = nearbyint(x); /* the default rounding mode is round-half-even */
        mpz_t z;
        mpz_init_set_d(z, r);
        return rt_big_steal(c, z);
    }
    pi64 n;
    if (rt_bi_index(c, nd, &n) < 0) return PV_NULL;
    if (!isfinite(x) || x == 0.0 || n > 330) return rt_float_new(c, x);
    if (n < -330) return rt_float_new(c, 0.0 * x);
    if (n >= 0) {
        char buf[512];
        snprintf(buf, sizeof buf, "%.*f", (int)n, x); /* exact decimal rounding, ties to even */
        return rt_float_new(c, strtod(buf, NULL));
    }
    /* negative ndigits: exact rational rounding of x / 10**-n, half to even */
    mpq_t q;
    mpz_t p, z, r;
    mpq_init(q);
    mpz_inits(p, z, r, NULL);
    mpq_set_d(q, x);
    mpz_ui_pow_ui(p, 10, (unsigned long)(-n));
    mpz_mul(r, mpq_denref(q), p); /* x / 10^k = num / (den * 10^k) */
    mpz_fdiv_qr(z, mpq_numref(q), mpq_numref(q), r);
    mpz_mul_2exp(mpq_numref(q), mpq_numref(q), 1);
    int cmp = mpz_cmp(mpq_numref(q), r);
    if (cmp > 0 || (cmp == 0 && mpz_odd_p(z))) mpz_add_ui(z, z, 1);
    mpz_mul(z, z, p);
    double d = mpz_to_double_exact(c, z);
    if (d == 0.0 && x < 0) d = -0.0;
    mpq_clear(q);
    mpz_clears(p, z, r, NULL);
    return rt_float_new(c, d);
}

static PV round_int(PCtx *c, PV x, PV nd) {
    pi64 n = 0;
    if (nd && nd != PV_NONE && rt_bi_index(c, nd, &n) < 0) return PV_NULL;
    if (n >= 0) return rt_int_unop(c, PITH_UOP_POS, x);
    if (n < -100000) return PV_INT(0);
    mpz_t v, p, q, r;
    mpz_inits(v, p, q, r, NULL);
    rt_int_to_mpz(x, v);
    mpz_ui_pow_ui(p, 10, (unsigned long)(-n));
    mpz_fdiv_qr(q, r, v, p);
    mpz_mul_2exp(r, r, 1);
    int cmp = mpz_cmp(r, p);
    if (cmp > 0 || (cmp == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    PV res = rt_big_from_mpz(c, q);
    mpz_clears(v, p, q, r, NULL);
    return res;
}

PV rt_fn_round(PCtx *c, PV *args, int npos, PV kwnames) {
    static const char *const params[] = {"number", "ndigits", NULL};
    PV kw[2];
    if (rt_bi_clinic(c, "round", args, npos, kwnames, params, 0, 1, kw) < 0) return PV_NULL;
    if (rt_is_int(kw[0])) return round_int(c, kw[0], kw[1]);
    if (RT_IS(kw[0], RT_T_FLOAT)) return round_float(c, rt_float_value(kw[0]), kw[1]);
    rt_err(c, PITH_B_TYPEERROR, "type %T doesn't define __round__ method", kw[0]);
    return PV_NULL;
}

/* ---- divmod, pow ---- */

PV rt_fn_divmod(PCtx *c, PV *args, int npos, PV kwnames) {
    PV a = args[0], b = args[1];
    int num_a = rt_is_int(a) || RT_IS(a, RT_T_FLOAT), num_b = rt_is_int(b) || RT_IS(b, RT_T_FLOAT);
    if (!num_a || !num_b) {
        rt_err(c, PITH_B_TYPEERROR, "unsupported operand type(s) for divmod(): '%T' and '%T'", a, b);
        return PV_NULL;
    }
    if ((RT_IS(a, RT_T_FLOAT) || RT_IS(b, RT_T_FLOAT))) {
        double y;
        if (rt_to_double(c, b, &y) < 0) return PV_NULL;
        if (y == 0.0) {
            rt_err(c, PITH_B_ZERODIVISIONERROR, "float divmod()");
            return PV_NULL;
        }
    }
    PV q = rt_binop(c, PITH_OP_FLOORDIV, a, b);
    if (!q) return PV_NULL;
    PV r = rt_binop(c, PITH_OP_MOD, a, b);
    if (!r) {
        pv_decref(c, q);
        return PV_NULL;
    }
    PV kv[2] = {q, r};
    return rt_tuple_from_steal(c, kv, 2);
}

PV rt_fn_pow(PCtx *c, PV *args, int npos, PV kwnames) {
    static const char *const params[] = {"base", "exp", "mod", NULL};
    PV kw[3];
    if (rt_bi_clinic(c, "pow", args, npos, kwnames, params, 0, 2, kw) < 0) return PV_NULL;
    if (!kw[2] || kw[2] == PV_NONE) return rt_binop(c, PITH_OP_POW, kw[0], kw[1]);
    if (!rt_is_int(kw[0]) || !rt_is_int(kw[1]) || !rt_is_int(kw[2])) {
        if ((rt_is_int(kw[0]) || RT_IS(kw[0], RT_T_FLOAT)) && (rt_is_int(kw[1]) || RT_IS(kw[1], RT_T_FLOAT)) &&
            (rt_is_int(kw[2]) || RT_IS(kw[2], RT_T_FLOAT)))
            rt_err(c, PITH_B_TYPEERROR, "pow() 3rd argument not allowed unless all arguments are integers");
        else
            rt_err(c, PITH_B_TYPEERROR, "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", kw[0], kw[1],
                   kw[2]);
        return PV_NULL;
    }
    if (rt_int_sign(kw[2]) == 0) {
        rt_err(c, PITH_B_VALUEERROR, "pow() 3rd argument cannot be 0");
        return PV_NULL;
    }
    mpz_t b, e, m, r;
    mpz_inits(b, e, m, r, NULL);
    rt_int_to_mpz(kw[0], b);
    rt_int_to_mpz(kw[1], e);
    rt_int_to_mpz(kw[2], m);
    PV res = PV_NULL;
    int neg_mod = mpz_sgn(m) < 0;
    mpz_abs(m, m);
    if (mpz_sgn(e) < 0) {
        if (!mpz_invert(b, b, m)) {
            rt_err(c, PITH_B_VALUEERROR, "base is not invertible for the given modulus");
            goto done;
        }
        mpz_neg(e, e);
    }
    if (rt_big_powm(c, r, b, e, m) < 0) goto done;
    if (neg_mod && mpz_sgn(r) != 0) mpz_sub(r, r, m);
    res = rt_big_from_mpz(c, r);
done:
    mpz_clears(b, e, m, r, NULL);
    return res;
}

/* ---- chr, ord, hex, oct, bin ---- */

PV rt_fn_chr(PCtx *c, PV *args, int npos, PV kwnames) {
    if (!rt_is_int(args[0])) {
        rt_err(c, PITH_B_TYPEERROR, "'%T' object cannot be interpreted as an integer", args[0]);
        return PV_NULL;
    }
    pi64 v;
    if (rt_int_to_i64(args[0], &v) < 0 || v > 0x7fffffff || v < -0x80000000LL) {
        rt_err(c, PITH_B_OVERFLOWERROR, "Python int too large to convert to C int");
        return PV_NULL;
    }
    if (v < 0 || v >= 0x110000) {
        rt_err(c, PITH_B_VALUEERROR, "chr() arg not in range(0x110000)");
        return PV_NULL;
    }
    char buf[4];
    int n = rt_utf8_encode((uint32_t)v, buf);
    return rt_str_new(c, buf, n);
}

PV rt_fn_ord(PCtx *c, PV *args, int npos, PV kwnames) {
    PV s = args[0];
    if (RT_IS(s, RT_T_STR)) {
        if (rt_strp(s)->nchars != 1) {
            rt_err(c, PITH_B_TYPEERROR, "ord() expected a character, but string of length %lld found",
                   rt_strp(s)->nchars);
            return PV_NULL;
        }
        uint32_t cp;
        rt_utf8_decode((const unsigned char *)rt_strp(s)->data, &cp);
        return PV_INT(cp);
    }
    if (RT_IS(s, RT_T_BYTES)) {
        if (((RtBytes *)s)->n != 1) {
            rt_err(c, PITH_B_TYPEERROR, "ord() expected a character, but string of length %lld found",
                   ((RtBytes *)s)->n);
            return PV_NULL;
        }
        return PV_INT(((RtBytes *)s)->data[0]);
    }
    rt_err(c, PITH_B_TYPEERROR, "ord() expected string of length 1, but %T found", s);
    return PV_NULL;
}

static PV int_base(PCtx *c, PV *args, int base, const char *prefix) {
    PV iv = rt_instance_value(args[0]); /* an IntEnum member is its int (its __index__) */
    PV own[1] = {iv && rt_is_int(iv) ? iv : args[0]};
    args = own;
    if (!rt_is_int(args[0])) {
        rt_err(c, PITH_B_TYPEERROR, "'%T' object cannot be interpreted as an integer", args[0]);
        return PV_NULL;
    }
    mpz_t z;
    mpz_init(z);
    rt_int_to_mpz(args[0], z);
    int neg = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    size_t cap = mpz_sizeinbase(z, base) + 4;
    char *buf = rt_alloc(c, cap);
    PV r = PV_NULL;
    if (buf) {
        mpz_get_str(buf + 3, base, z);
        char *p = buf + 3 - 2;
        memcpy(p, prefix, 2);
        if (neg) *--p = '-';
        r = rt_str_cstr(c, p);
        rt_free(c, buf, cap);
    }
    mpz_clear(z);
    return r;
}

PV rt_fn_hex(PCtx *c, PV *args, int npos, PV kwnames) { return int_base(c, args, 16, "0x"); }

PV rt_fn_oct(PCtx *c, PV *args, int npos, PV kwnames) { return int_base(c, args, 8, "0o"); }

PV rt_fn_bin(PCtx *c, PV *args, int npos, PV kwnames) { return int_base(c, args, 2, "0b"); }

/* ---- format, hash, id, callable ---- */

PV rt_fn_format(PCtx *c, PV *args, int npos, PV kwnames) {
    if (npos == 2 && !RT_IS(args[1], RT_T_STR)) {
        rt_err(c, PITH_B_TYPEERROR, "format() argument 2 must be str, not %T", args[1]);
        return PV_NULL;
    }
    PV empty = PV_NULL;
    if (npos == 1 && !(empty = rt_str_new(c, "", 0))) return PV_NULL;
    PV r = rt_format(c, args[0], npos == 2 ? args[1] : empty);
    pv_xdecref(c, empty);
    return r;
}

PV rt_fn_hash(PCtx *c, PV *args, int npos, PV kwnames) {
    pu64 h;
    if (rt_hash(c, args[0], &h) < 0) return PV_NULL;
    return rt_int_from_i64(c, (pi64)h);
}

PV rt_fn_id(PCtx *c, PV *args, int npos, PV kwnames) {
    pu64 id = rt_identity(c, args[0]);
    if (id <= (pu64)PV_SMALL_MAX) return rt_int_from_i64(c, (pi64)id);
    mpz_t z;
    mpz_init_set_ui(z, (unsigned long)id); /* a negative small int's tagged word */
    PV r = rt_big_from_mpz(c, z);
    mpz_clear(z);
    return r;
}

static int is_callable(PV v) {
    if (RT_IS(v, RT_T_BUILTIN) &&
        (((RtBuiltin *)v)->id == PITH_B_ELLIPSIS || ((RtBuiltin *)v)->id == PITH_B_NOTIMPLEMENTED))
        return 0; /* `...` and NotImplemented are builtin values */
    if (rt_is_user_obj(v)) return rt_class_lookup_cstr(rt_user_class(v), "__call__") != PV_NULL;
    if (RT_IS(v, RT_T_WRAP))
        return ((RtWrap *)v)->kind != RT_W_CLASSMETHOD && ((RtWrap *)v)->kind != RT_W_PROPERTY &&
               ((RtWrap *)v)->kind != RT_W_SUPER;
    return PV_IS_OBJ(v) && rt_type_desc(RT_OBJ(v))->call != NULL;
}

PV rt_fn_callable(PCtx *c, PV *args, int npos, PV kwnames) { return PV_BOOL(is_callable(args[0])); }

/* ---- getattr, setattr, hasattr: reads go through rt_getattr, which serves only the dunders of
 *      pith_dunder_allowed(); no dunder can be set ---- */

static int is_dunder(PV name) {
    pi64 n = rt_slen(name);
    const char *s = rt_sdata(name);
    return n >= 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

static PV get_attr(PCtx *c, PV o, PV name) { return rt_getattr(c, o, name); }

static PV get_or_has_attr(PCtx *c, PV *args, int npos, int has) {
    if (!RT_IS(args[1], RT_T_STR)) {
        rt_err(c, PITH_B_TYPEERROR,
               has ? "hasattr(): attribute name must be string" : "getattr(): attribute name must be string");
        return PV_NULL;
    }
    PV v = get_attr(c, args[0], args[1]);
    if (v) {
        if (has) {
            pv_decref(c, v);
            return PV_TRUE;
        }
        return v;
    }
    if ((has || npos == 3) && rt_exc_pending_is(c, PITH_B_ATTRIBUTEERROR)) {
        PV e = rt_exc_fetch(c);
        pv_xdecref(c, e);
        if (has) return PV_FALSE;
        pv_incref(args[2]);
        return args[2];
    }
    return PV_NULL;
}

PV rt_fn_getattr(PCtx *c, PV *args, int npos, PV kwnames) { return get_or_has_attr(c, args, npos, 0); }

PV rt_fn_hasattr(PCtx *c, PV *args, int npos, PV kwnames) { return get_or_has_attr(c, args, npos, 1); }

PV rt_fn_setattr(PCtx *c, PV *args, int npos, PV kwnames) {
    if (!RT_IS(args[1], RT_T_STR)) {
        rt_err(c, PITH_B_TYPEERROR, "attribute name must be string, not '%T'", args[1]);
        return PV_NULL;
    }
    if (is_dunder(args[1])) {
        rt_err_attr(c, args[0], args[1]);
        return PV_NULL;
    }
    return rt_setattr(c, args[0], args[1], args[2]) < 0 ? PV_NULL : PV_NONE;
}

/* ---- set, frozenset, bytes, issubclass ---- */

PV rt_fn_set(PCtx *c, PV *args, int npos, PV kwnames) { return rt_set_from_iterable(c, npos ? args[0] : PV_NULL, 0); }

PV rt_fn_frozenset(PCtx *c, PV *args, int npos, PV kwnames) {
    return rt_set_from_iterable(c, npos ? args[0] : PV_NULL, 1);
}

PV rt_fn_bytes(PCtx *c, PV *args, int npos, PV kwnames) {
    static const char *const params[] = {"source", "encoding", "errors", NULL};
    PV kw[3];
    if (rt_bi_clinic(c, "bytes", args, npos, kwnames, params, 0, 0, kw) < 0) return PV_NULL;
    PV src = kw[0];
    if (!src) {
        if (kw[1] || kw[2]) {
            rt_err(c, PITH_B_TYPEERROR,
                   kw[1] ? "encoding without a string argument" : "errors without a string argument");
            return PV_NULL;
        }
        return rt_bytes_const(c, "", 0);
    }
    if (RT_IS(src, RT_T_STR)) {
        if (!kw[1]) {
            rt_err(c, PITH_B_TYPEERROR, "string argument without an encoding");
            return PV_NULL;
        }
        PV ea[2] = {kw[1], kw[2]};
        PV name = rt_str_cstr(c, "encode");
        if (!name) return PV_NULL;
        PV r = rt_call_method(c, src, name, ea, kw[2] ? 2 : 1, PV_NULL);
        pv_decref(c, name);
        return r;
    }
    if (kw[1] || kw[2]) {
        rt_err(c, PITH_B_TYPEERROR, kw[1] ? "encoding without a string argument" : "errors without a string argument");
        return PV_NULL;
    }
    if (RT_IS(src, RT_T_BYTES)) {
        pv_incref(src);
        return src;
    }
    if (rt_is_int(src)) {
        pi64 n;
        if (rt_bi_index(c, src, &n) < 0) return PV_NULL;
        if (n < 0) {
            rt_err(c, PITH_B_VALUEERROR, "negative count");
            return PV_NULL;
        }
        if (rt_mem_check(c, (double)n) < 0) return PV_NULL;
        RtBytes *b = rt_bytes_alloc(c, n);
        if (!b) return PV_NULL;
        memset(b->data, 0, (size_t)n);
        return (PV)b;
    }
    if (RT_IS(src, RT_T_FLOAT)) {
        rt_err(c, PITH_B_TYPEERROR, "cannot convert 'float' object to bytes");
        return PV_NULL;
    }
    PV it = rt_iter(c, src), x;
    if (!it) {
        PV e = rt_exc_fetch(c);
        pv_xdecref(c, e);
        rt_err(c, PITH_B_TYPEERROR, "cannot convert '%T' object to bytes", src);
        return PV_NULL;
    }
    PithBuf buf = rt_buf_new(c);
    int r;
    while ((r = rt_next(c, it, &x)) == 1) {
        pi64 v = 0;
        if (!rt_is_int(x)) {
            rt_err(c, PITH_B_TYPEERROR, "'%T' object cannot be interpreted as an integer", x);
            r = -1;
        } else if (rt_int_to_i64(x, &v) < 0 || v < 0 || v > 255) {
            rt_err(c, PITH_B_VALUEERROR, "bytes must be in range(0, 256)");
            r = -1;
        } else if (pith_buf_putc(&buf, (char)v) < 0 || rt_svc_tick(c) < 0)
            r = -1;
        pv_decref(c, x);
        if (r < 0) break;
    }
    pv_decref(c, it);
    if (r < 0) {
        pith_buf_free(&buf);
        return PV_NULL;
    }
    PV res = rt_bytes_const(c, buf.p ? buf.p : "", (pi64)buf.len);
    pith_buf_free(&buf);
    return res;
}

/* sub (a user class, or a class id with its host-given name or NULL) is cls, a subclass of it or of one in a
 * tuple. */
static int subclass_of(PCtx *c, PV usub, int sub, const char *sub_host, PV cls, int depth) {
    if (rt_is_class(cls)) return rt_covers(cls, usub, sub, sub_host);
    if (RT_IS(cls, RT_T_ALIAS)) { /* bool is a subclass of int | str; list[int] cannot be tested */
        PV members = rt_alias_isinstance_members(c, cls, "issubclass");
        int r = members ? subclass_of(c, usub, sub, sub_host, members, depth + 1) : -1;
        pv_xdecref(c, members);
        return r;
    }
    if (RT_IS(cls, RT_T_TUPLE) && depth < 1000) {
        RtTuple *t = (RtTuple *)cls;
        for (pi64 i = 0; i < t->n; i++) {
            int r = subclass_of(c, usub, sub, sub_host, t->items[i], depth + 1);
            if (r != 0) return r;
        }
        return 0;
    }
    rt_err(c, PITH_B_TYPEERROR, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
}

PV rt_fn_issubclass(PCtx *c, PV *args, int npos, PV kwnames) {
    if (!rt_is_class(args[0])) {
        rt_err(c, PITH_B_TYPEERROR, "issubclass() arg 1 must be a class");
        return PV_NULL;
    }
    int user = RT_IS(args[0], RT_T_CLASS);
    int r = subclass_of(c, user ? args[0] : PV_NULL, user ? ((RtClass *)args[0])->base_id : ((RtBuiltin *)args[0])->id,
                        user ? NULL : rt_host_name_of(args[0]), args[1], 0);
    return r < 0 ? PV_NULL : PV_BOOL(r);
}
