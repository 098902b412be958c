/* rt_builtins.c — the builtin functions of pith_builtins.h: builtins as first-class values (the class table, their
 * names and exception bases, is core/rt_class.c), the core builtin functions, and
 * rt_call_builtin, which checks argument counts (rt_builtins_arity.c) and dispatches through the table.
 * Stage: runtime. Numeric conversions (int(), float(), abs()) are in rt_builtins_num.c; iteration-based
 * ones (min, max, sum, list, tuple, dict) in rt_builtins_seq.c; iterators in rt_builtins_iter.c; the rest
 * in rt_builtins_misc.c; reading arguments in rt_bi_args.c.
 * Invariants: ids never change meaning (pith_builtins.h); arguments borrowed, results new references. */
#include <stdio.h>
#include <string.h>

#include "rt_bi.h"
#include "rt_json.h"
#include "rt_class.h"
#include "rt_set.h"
#include "rt_type.h"
#include "rt_snap_codec.h"

/* ---------------------------------------------------------------- builtins as values */

PV rt_builtin_repr(PCtx *c, PV v) {
    int id = ((RtBuiltin *)v)->id;
    char tmp[128];
    if (id == PITH_B_NOTIMPLEMENTED)
        snprintf(tmp, sizeof tmp, "NotImplemented");
    else if (id == PITH_B_ELLIPSIS)
        snprintf(tmp, sizeof tmp, "Ellipsis");
    else if (id == PITH_B_DC_MISSING)
        snprintf(tmp, sizeof tmp, "<dataclasses._MISSING_TYPE object>");
    else if (id >= PITH_B_ENUM && id <= PITH_B_INTFLAG)
        snprintf(tmp, sizeof tmp, "<%s '%s'>", id == PITH_B_FLAG || id == PITH_B_INTFLAG ? "flag" : "enum",
                 rt_builtin_name(id));
    else if (rt_builtin_is_class(id) && rt_builtin_module(id) && !((RtBuiltin *)v)->host_name)
        snprintf(tmp, sizeof tmp, "<class '%s.%s'>", rt_builtin_module(id), rt_class_value_name(v));
    else if (rt_builtin_is_class(id))
        snprintf(tmp, sizeof tmp, "<class '%s'>",
                 ((RtBuiltin *)v)->host_name ? rt_class_value_name(v) : rt_builtin_qualname(id));
    else
        snprintf(tmp, sizeof tmp, "<built-in function %s>", rt_builtin_name(id));
    return rt_str_cstr(c, tmp);
}

/* ---------------------------------------------------------------- print, len, repr, range, str, bool */

PV rt_fn_print(PCtx *c, PV *args, int npos, PV kwnames) {
    static const char *const allowed[] = {"sep", "end", "file", "flush", NULL};
    PV kw[4];
    if (rt_bi_kw(c, "print", kwnames, args + npos, allowed, kw) < 0) return PV_NULL;
    PV sep = kw[0], end = kw[1], file = kw[2];
    if (sep == PV_NONE) sep = PV_NULL;
    if (end == PV_NONE) end = PV_NULL;
    if (sep && !RT_IS(sep, RT_T_STR)) {
        rt_err(c, PITH_B_TYPEERROR, "sep must be None or a string, not %T", sep);
        return PV_NULL;
    }
    if (end && !RT_IS(end, RT_T_STR)) {
        rt_err(c, PITH_B_TYPEERROR, "end must be None or a string, not %T", end);
        return PV_NULL;
    }
    if (file && file != PV_NONE) {
        rt_err(c, PITH_B_ATTRIBUTEERROR, "'%T' object has no attribute 'write'", file);
        return PV_NULL;
    }
    PithBuf b = rt_buf_new(c);
    for (int i = 0; i < npos; i++) {
        if (i > 0) {
            if (sep)
                rt_buf_put_str(&b, sep);
            else
                pith_buf_put(&b, " ", 1);
        }
        if (RT_IS(args[i], RT_T_STR)) {
            rt_buf_put_str(&b, args[i]);
        } else {
            PV s = rt_str(c, args[i]);
            if (!s) {
                pith_buf_free(&b);
                return PV_NULL;
            }
            rt_buf_put_str(&b, s);
            pv_decref(c, s);
        }
    }
    if (end)
        rt_buf_put_str(&b, end);
    else
        pith_buf_put(&b, "\n", 1);
    if (b.failed) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    int r = b.len ? rt_write_out(c, b.p, b.len) : 0;
    pith_buf_free(&b);
    if (r != 0) {
        if (!rt_exc_pending(c)) rt_err(c, PITH_B_OSERROR, "print() failed: the output was refused");
        return PV_NULL;
    }
    return PV_NONE;
}

PV rt_fn_range(PCtx *c, PV *args, int npos, PV kwnames) {
    (void)kwnames;
    return rt_range_call(c, args, npos);
}

/* Strict UTF-8 decoding of bytes for str(b, encoding): the bytes must already be valid UTF-8/ASCII. */
static PV decode_bytes(PCtx *c, PV obj, PV enc) {
    char norm[32];
    size_t n = 0;
    const char *e = rt_sdata(enc);
    for (pi64 i = 0; i < rt_slen(enc) && n + 1 < sizeof norm; i++) {
        char ch = e[i];
        if (ch >= 'A' && ch <= 'Z') ch = (char)(ch - 'A' + 'a');
        norm[n++] = ch == '-' ? '_' : ch;
    }
    norm[n] = 0;
    int ascii = !strcmp(norm, "ascii") || !strcmp(norm, "us_ascii");
    int latin1 = !strcmp(norm, "latin_1") || !strcmp(norm, "latin1") || !strcmp(norm, "iso_8859_1");
    int utf8 = !strcmp(norm, "utf_8") || !strcmp(norm, "utf8") || !strcmp(norm, "u8");
    if (!ascii && !latin1 && !utf8) {
        rt_err(c, PITH_B_LOOKUPERROR, "unknown encoding: %S", enc);
        return PV_NULL;
    }
    const unsigned char *d = ((RtBytes *)obj)->data;
    pi64 len = ((RtBytes *)obj)->n;
    if (latin1) {
        PithBuf b = rt_buf_new(c);
        for (pi64 i = 0; i < len; i++) {
            char u[2];
            if (d[i] < 0x80) {
                pith_buf_put(&b, (const char *)d + i, 1);
            } else {
                u[0] = (char)(0xC0 | (d[i] >> 6));
                u[1] = (char)(0x80 | (d[i] & 0x3F));
                pith_buf_put(&b, u, 2);
            }
        }
        return rt_buf_finish(&b);
    }
    for (pi64 i = 0; i < len;) {
        unsigned ch = d[i];
        int need = ch < 0x80                  ? 0
                   : ch >= 0xC2 && ch <= 0xDF ? 1
                   : ch >= 0xE0 && ch <= 0xEF ? 2
                   : ch >= 0xF0 && ch <= 0xF4 ? 3
                                              : -1;
        if (ascii && ch >= 0x80) {
            rt_err(c, PITH_B_UNICODEDECODEERROR,
                   "'ascii' codec can't decode byte 0x%x in position %lld: ordinal not in range(128)", ch,
                   (long long)i);
            return PV_NULL;
        }
        if (need < 0) {
            rt_err(c, PITH_B_UNICODEDECODEERROR,
                   "'utf-8' codec can't decode byte 0x%x in position %lld: invalid start byte", ch, (long long)i);
            return PV_NULL;
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= len) {
                rt_err(c, PITH_B_UNICODEDECODEERROR,
                       "'utf-8' codec can't decode byte 0x%x in position %lld: "
                       "unexpected end of data",
                       ch, (long long)i);
                return PV_NULL;
            }
            unsigned cc = d[i + k];
            int lo = 0x80, hi = 0xBF;
            if (k == 1 && ch == 0xE0) lo = 0xA0;
            if (k == 1 && ch == 0xED) hi = 0x9F;
            if (k == 1 && ch == 0xF0) lo = 0x90;
            if (k == 1 && ch == 0xF4) hi = 0x8F;
            if ((int)cc < lo || (int)cc > hi) {
                rt_err(c, PITH_B_UNICODEDECODEERROR,
                       "'utf-8' codec can't decode byte 0x%x in position %lld: "
                       "invalid continuation byte",
                       ch, (long long)i);
                return PV_NULL;
            }
        }
        i += need + 1;
    }
    return rt_str_new(c, (const char *)d, len);
}

PV rt_fn_str(PCtx *c, PV *args, int npos, PV kwnames) {
    if (npos == 1 && !kwnames) return rt_str(c, args[0]); /* str(x): the common call, no keywords to match */
    static const char *const params[] = {"object", "encoding", "errors", NULL};
    PV kw[3];
    if (rt_bi_clinic(c, "str", args, npos, kwnames, params, 0, 0, kw) < 0) return PV_NULL;
    PV obj = kw[0], enc = kw[1], errs = kw[2];
    if (!enc && !errs) {
        if (!obj) return rt_str_new(c, "", 0);
        return rt_str(c, obj);
    }
    if (enc && !RT_IS(enc, RT_T_STR)) {
        rt_err(c, PITH_B_TYPEERROR, "str() argument 'encoding' must be str, not %T", enc);
        return PV_NULL;
    }
    if (errs && !RT_IS(errs, RT_T_STR)) {
        rt_err(c, PITH_B_TYPEERROR, "str() argument 'errors' must be str, not %T", errs);
        return PV_NULL;
    }
    if (!obj) return rt_str_new(c, "", 0);
    if (RT_IS(obj, RT_T_STR)) {
        rt_err(c, PITH_B_TYPEERROR, "decoding str is not supported");
        return PV_NULL;
    }
    if (!RT_IS(obj, RT_T_BYTES)) {
        rt_err(c, PITH_B_TYPEERROR, "decoding to str: need a bytes-like object, %T found", obj);
        return PV_NULL;
    }
    PV utf8 = PV_NULL;
    if (!enc) {
        utf8 = rt_str_cstr(c, "utf-8");
        if (!utf8) return PV_NULL;
        enc = utf8;
    }
    PV r = decode_bytes(c, obj, enc);
    pv_xdecref(c, utf8);
    return r;
}

PV rt_fn_bool(PCtx *c, PV *args, int npos, PV kwnames) {
    if (npos == 0) return PV_FALSE;
    int t = pv_truth(c, args[0]);
    return t < 0 ? PV_NULL : PV_BOOL(t);
}

/* ---------------------------------------------------------------- isinstance, type, classes */

/* 1 when the class of v (vcls, with its host-given name vhost or NULL) is cls or a subclass, for cls a class
 * or a (nested) tuple of classes; -1 on error. */
static int isinst(PCtx *c, PV v, PV ucls, int vcls, const char *vhost, PV cls, int depth) {
    if (rt_is_class(cls)) return rt_covers(cls, ucls, vcls, vhost);
    if (PV_IS_OBJ(cls) && rt_type_desc(RT_OBJ(cls))->instancecheck) /* itertools.count, functools.partial */
        return rt_type_desc(RT_OBJ(cls))->instancecheck(c, cls, v);
    if (RT_IS(cls, RT_T_ALIAS)) { /* int | str tests each class; list[int] cannot be tested */
        PV members = rt_alias_isinstance_members(c, cls, "isinstance");
        int r = members ? isinst(c, v, ucls, vcls, vhost, members, depth + 1) : -1;
        pv_xdecref(c, members);
        return r;
    }
    if (RT_IS(cls, RT_T_TUPLE)) {
        if (depth > 1000) {
            rt_err(c, PITH_B_RECURSIONERROR, "maximum recursion depth exceeded in __instancecheck__");
            return -1;
        }
        RtTuple *t = (RtTuple *)cls;
        for (pi64 i = 0; i < t->n; i++) {
            int r = isinst(c, v, ucls, vcls, vhost, t->items[i], depth + 1);
            if (r != 0) return r;
        }
        return 0;
    }
    rt_err(c, PITH_B_TYPEERROR, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

PV rt_fn_isinstance(PCtx *c, PV *args, int npos, PV kwnames) {
    int r = isinst(c, args[0], rt_user_class(args[0]), rt_class_of(args[0]),
                   RT_IS(args[0], RT_T_EXC) ? rt_host_name_of(args[0]) : NULL, args[1], 0);
    return r < 0 ? PV_NULL : PV_BOOL(r);
}

PV rt_fn_type(PCtx *c, PV *args, int npos, PV kwnames) {
    if (npos == 3) {
        rt_err(c, PITH_B_TYPEERROR, "type() with 3 arguments (class creation) is not supported");
        return PV_NULL;
    }
    return rt_type_of(c, args[0]);
}

/* Calling an exception class: an instance whose args are the positional arguments. */
static PV make_exc(PCtx *c, int id, PV *args, int npos, PV kwnames) {
    if (rt_bi_nokw(c, rt_builtin_name(id), kwnames) < 0) return PV_NULL;
    if (id == PITH_B_JSONDECODEERROR) return rt_json_error_call(c, args, npos); /* its own __init__ */
    PV t = rt_bi_tuple_of(c, args, npos);
    if (!t) return PV_NULL;
    return rt_exc_new(c, id, t);
}

/* Calling a class that only type() produces: NoneType() is None, bytes() is b'', the rest cannot be made. */
static PV make_type_only(PCtx *c, int id, PV *args, int npos, PV kwnames) {
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0;
    if (id == PITH_B_NONETYPE) {
        if (npos + nkw > 0) {
            rt_err(c, PITH_B_TYPEERROR, "NoneType takes no arguments");
            return PV_NULL;
        }
        return PV_NONE;
    }
    if (id == PITH_B_BYTES && npos + nkw == 0) return rt_bytes_const(c, "", 0);
    if (id == PITH_B_ELLIPSIS_TYPE && npos + nkw == 0) return rt_builtin(c, PITH_B_ELLIPSIS); /* type(...)() */
    if (id == PITH_B_ELLIPSIS_TYPE) {
        rt_err(c, PITH_B_TYPEERROR, "ellipsis takes no arguments");
        return PV_NULL;
    }
    if (id == PITH_B_ELLIPSIS) {
        rt_err(c, PITH_B_TYPEERROR, "'ellipsis' object is not callable");
        return PV_NULL;
    }
    rt_err(c, PITH_B_TYPEERROR, "cannot create '%s' instances", rt_builtin_name(id));
    return PV_NULL;
}

/* ---------------------------------------------------------------- the one-line builtins */

PV rt_fn_len(PCtx *c, PV *args, int npos, PV kwnames) {
    pi64 n = rt_len(c, args[0]);
    return n < 0 ? PV_NULL : rt_int_from_i64(c, n);
}

PV rt_fn_repr(PCtx *c, PV *args, int npos, PV kwnames) { return rt_repr(c, args[0]); }

PV rt_fn_abs(PCtx *c, PV *args, int npos, PV kwnames) {
    PV r;
    if (rt_user_special(c, args[0], "__abs__", NULL, 0, &r)) return r; /* a user class's __abs__ */
    return rt_abs(c, args[0]);
}

PV rt_fn_float(PCtx *c, PV *args, int npos, PV kwnames) {
    return npos ? rt_bi_float(c, args[0]) : rt_float_new(c, 0.0);
}

PV rt_fn_list(PCtx *c, PV *args, int npos, PV kwnames) { return npos ? rt_bi_list(c, args[0]) : rt_list_new(c, 0); }

PV rt_fn_tuple(PCtx *c, PV *args, int npos, PV kwnames) { return rt_bi_tuple(c, npos ? args[0] : PV_NULL); }

PV rt_fn_dict(PCtx *c, PV *args, int npos, PV kwnames) {
    return rt_bi_dict(c, npos ? args[0] : PV_NULL, kwnames, args + npos);
}

/* ---------------------------------------------------------------- dispatch */

/* The implementation of each builtin function, by id (the last column of PITH_BUILTIN_FUNCS). */
static const RtBuiltinFn builtin_fns[] = {
#define FN(id, name, arity, min, max, kw, fn) [PITH_B_##id] = fn,
    PITH_BUILTIN_FUNCS(FN)
#undef FN
};
#define NFUNCS ((int)(sizeof builtin_fns / sizeof builtin_fns[0]))

/* Positional counts every builtin accepts without keywords: a call inside them skips the arity check, whose
 * words only matter when it fails (type() takes 1 or 3, so its range stops at 1). */
static const struct {
    signed char min, max;
} plain_counts[] = {
#define COUNTS(id, name, arity, min, max, kw, fn) [PITH_B_##id] = {min, arity == PITH_AR_TYPE ? 1 : max},
    PITH_BUILTIN_FUNCS(COUNTS)
#undef COUNTS
};

PV rt_call_builtin(PCtx *c, int id, PV *args, int nargs, PV kwnames) {
    if (kwnames && !RT_IS(kwnames, RT_T_TUPLE)) kwnames = PV_NULL;
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0;
    int npos = nargs - nkw;
    if (npos < 0) {
        rt_err(c, PITH_B_RUNTIMEERROR, "bad builtin call: %d arguments, %d keywords", nargs, nkw);
        return PV_NULL;
    }
    if (id >= 0 && id < NFUNCS) {
        if (!nkw && npos >= plain_counts[id].min && (plain_counts[id].max < 0 || npos <= plain_counts[id].max))
            return builtin_fns[id](c, args, npos, kwnames);
        char msg[160];
        if (rt_builtin_arity_error(id, npos, nkw, msg, sizeof msg)) {
            rt_err(c, PITH_B_TYPEERROR, "%s", msg);
            return PV_NULL;
        }
        return builtin_fns[id](c, args, npos, kwnames);
    }
    if (PITH_B_IS_EXC(id)) return make_exc(c, id, args, npos, kwnames);
    if (id >= PITH_B_FIRST_CLASS_ROW && id < PITH_B_COUNT) return rt_bi_class_row(c, id, args, nargs, kwnames);
    if (id >= PITH_B_EXC_END && id < PITH_B_COUNT) return make_type_only(c, id, args, npos, kwnames);
    rt_err(c, PITH_B_RUNTIMEERROR, "unknown builtin id %d", id);
    return PV_NULL;
}

/* ---------------------------------------------------------------- the type */

/* Payload: uv id, or, for a class the host named, uv PITH_B_COUNT + its base id and its name as a str (ids
 * below PITH_B_COUNT read as before host-named classes existed). */
static void builtin_snap_put(RtSnapW *w, PObj *o) {
    const RtBuiltin *b = (const RtBuiltin *)o;
    rt_snap_put_uv(w, (uint64_t)b->id + (b->host_name ? PITH_B_COUNT : 0u));
    if (b->host_name) rt_snap_put_bytes(w, b->host_name, strlen(b->host_name));
}

static PV builtin_snap_make(RtSnapR *r, int type) {
    (void)type;
    uint64_t id = rt_snap_get_uv(r);
    if (rt_snap_r_bad(r) || id >= 2u * PITH_B_COUNT) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    if (id < PITH_B_COUNT) return rt_builtin(rt_snap_ctx(r), (int)id);
    size_t n = 0;
    const unsigned char *p = rt_snap_get_bytes(r, &n);
    char name[PITH_MAX_EXC_TYPE_NAME + 1];
    if (rt_snap_r_bad(r) || !p || n == 0 || n > PITH_MAX_EXC_TYPE_NAME) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    memcpy(name, p, n);
    name[n] = 0;
    int base = (int)(id - PITH_B_COUNT);
    if (!rt_host_type_name_valid(name)) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    return rt_host_class(rt_snap_ctx(r), base, name);
}

static PV builtin_call(PCtx *c, PV f, PV *args, int nargs, PV kwnames) {
    const RtBuiltin *b = (const RtBuiltin *)f;
    if (!b->host_name) return rt_call_builtin(c, b->id, args, nargs, kwnames);
    /* ToolError('x'): as calling its base, an instance whose args are the positional arguments */
    if (rt_bi_nokw(c, b->host_name, kwnames) < 0) return PV_NULL;
    int npos = nargs - (kwnames ? (int)((RtTuple *)kwnames)->n : 0);
    PV t = rt_bi_tuple_of(c, args, npos);
    return t ? rt_exc_new_like(c, f, t) : PV_NULL;
}

/* Classes compare and hash by id and host-given name: type(e) is made on demand for a host-named class, so
 * two of them for the same name are equal, as one class would be. The builtins themselves are one object
 * per execution, so this is identity for them. */
static int builtin_eq(PCtx *c, PV a, PV b) {
    (void)c;
    const RtBuiltin *x = (const RtBuiltin *)a, *y = (const RtBuiltin *)b;
    if (!x->host_name || !y->host_name) return 2;
    return x->id == y->id && strcmp(x->host_name, y->host_name) == 0;
}

static int builtin_hash(PCtx *c, PV v, pu64 *out) {
    (void)c;
    const RtBuiltin *b = (const RtBuiltin *)v;
    if (!b->host_name) {
        *out = rt_identity_hash(v);
        return 0;
    }
    pu64 h = 1469598103934665603ull ^ (pu64)b->id; /* FNV-1a over the name */
    for (const char *p = b->host_name; *p; p++) h = (h ^ (unsigned char)*p) * 1099511628211ull;
    *out = h;
    return 0;
}

static void builtin_finalize(PCtx *c, PObj *o) { rt_host_name_free(c, ((RtBuiltin *)o)->host_name); }

/* int, str, ValueError... are classes (type); len, print... are builtin functions. */
static int builtin_class(PV v) {
    int id = ((RtBuiltin *)v)->id;
    if (id == PITH_B_ELLIPSIS) return PITH_B_ELLIPSIS_TYPE;
    if (id == PITH_B_NOTIMPLEMENTED) return PITH_B_NOTIMPLEMENTEDTYPE;
    return rt_builtin_is_class(id) ? PITH_B_TYPE : PITH_B_BUILTIN_FUNCTION;
}

/* len.__name__, int.__qualname__: the name either way; __module__: "builtins", or the module a module's class
 * comes from ("collections", "json.decoder", "re"). */
static int builtin_dunder(PCtx *c, PV v, const char *name, PV *out) {
    if (strcmp(name, "__module__") == 0 && !((RtBuiltin *)v)->host_name) {
        const char *m = rt_builtin_module(((RtBuiltin *)v)->id);
        *out = rt_str_cstr(c, m ? m : "builtins");
        return *out ? 1 : -1;
    }
    if (strcmp(name, "__name__") != 0 && strcmp(name, "__qualname__") != 0) return 0;
    *out = rt_str_cstr(c, rt_class_value_name(v));
    return *out ? 1 : -1;
}

/* A builtin class is immutable (a TypeError, as CPython's); a builtin function has no attributes to set. */
static int builtin_setattr(PCtx *c, PV v, PV name, PV value) {
    if (!rt_builtin_is_class(((RtBuiltin *)v)->id)) return 0;
    rt_err(c, PITH_B_TYPEERROR, "cannot set '%S' attribute of immutable type '%s'", name, rt_class_value_name(v));
    return -1;
}

/* "print()", "int()": how argument errors name a builtin. */
static PV builtin_call_name(PCtx *c, PV f) {
    char buf[160];
    snprintf(buf, sizeof buf, "%s()", rt_class_value_name(f));
    return rt_str_cstr(c, buf);
}

const RtTypeDesc rt_builtin_type = {
    .name = "builtin_function_or_method",
    .class_of = builtin_class,
    .repr = rt_builtin_repr,
    .call = builtin_call,
    .getitem = rt_class_getitem,
    .binop = rt_alias_binop,
    .call_name = builtin_call_name,
    .dunder = builtin_dunder,
    .setattr = builtin_setattr,
    .eq = builtin_eq,
    .hash = builtin_hash,
    .finalize = builtin_finalize,
    .snap_tag = SNAP_O_BUILTIN,
    .snap_put = builtin_snap_put,
    .snap_make = builtin_snap_make,
};
