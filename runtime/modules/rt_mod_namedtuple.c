/* rt_mod_namedtuple.c — collections.namedtuple and typing.NamedTuple, as CPython 3.11 behaves: the factory
 * (its argument checks and messages, rename=, defaults=), and the methods every namedtuple class has — __new__
 * (which pith runs as the class's __init__ on the fresh instance: the bound arguments become the tuple the
 * instance is, rt_value_base.c), __repr__, _replace, _asdict and the classmethod _make — as runtime-written
 * methods (RtNatMeth, rt_natmeth.c) serving the namedtuple class. Stage: runtime, part modules/. */
#include <stdio.h>
#include <string.h>

#include "pith_mod_classes.h"
#include "pith_mod_typing.h"
#include "rt_modules.h"
#include "rt_svc.h"

/* ---- the methods ---- */

/* An instance of namedtuple class cls that is the tuple t (taken). */
static PV nt_instance(PCtx *c, PV cls, PV t_steal) {
    PV o = t_steal ? rt_instance_new(c, cls) : PV_NULL;
    if (!o) {
        pv_xdecref(c, t_steal);
        return PV_NULL;
    }
    ((RtInstance *)o)->value = t_steal;
    return o;
}

static PV fields_of(PCtx *c, PV cls) {
    PV f = rt_tuple_class_fields(cls);
    if (!f) rt_err(c, PITH_B_SYSTEMERROR, "internal error: a namedtuple class without _fields");
    return f;
}

/* __new__(_cls, x, y=...): CPython's messages name it P.__new__. */
static PV nt_new(PCtx *c, PV cls, PV *args, int nargs, PV kwnames) {
    PV fields = fields_of(c, cls), defaults = PV_NULL;
    if (!fields) return PV_NULL;
    int n = (int)((RtTuple *)fields)->n + 1;
    if (n > 64) {
        rt_err(c, PITH_B_TYPEERROR, "a namedtuple with more than 63 fields is not supported");
        return PV_NULL;
    }
    const char *names[64];
    PV out[64];
    names[0] = "_cls";
    for (int i = 1; i < n; i++) names[i] = rt_sdata(((RtTuple *)fields)->items[i - 1]);
    PV dd = rt_class_lookup_cstr(cls, "_field_defaults");
    if (dd && RT_IS(dd, RT_T_DICT) && ((RtDict *)dd)->n) {
        PV lst = rt_list_new(c, 0);
        pi64 pos = 0;
        PV k, v;
        while (lst && rt_dict_next_entry((RtDict *)dd, &pos, &k, &v))
            if (rt_list_append(c, lst, v) < 0) break;
        defaults = lst ? rt_list_to_tuple(c, lst) : PV_NULL;
        pv_xdecref(c, lst);
        if (!defaults) return PV_NULL;
    }
    char qn[300];
    snprintf(qn, sizeof qn, "%.280s.__new__", rt_sdata(((RtClass *)cls)->qualname));
    int r = rt_nat_bind(c, qn, names, n, n, defaults, PV_NULL, args, nargs, kwnames, out);
    pv_xdecref(c, defaults);
    if (r < 0) return PV_NULL;
    PV t = rt_tuple_new(c, n - 1);
    for (int i = 1; i < n; i++) {
        if (t)
            ((RtTuple *)t)->items[i - 1] = out[i];
        else
            pv_decref(c, out[i]);
    }
    PV self = out[0];
    if (t && RT_IS(self, RT_T_INSTANCE) && !((RtInstance *)self)->value) {
        ((RtInstance *)self)->value = t;
        t = PV_NULL;
    }
    pv_xdecref(c, t);
    pv_decref(c, self);
    return PV_NONE;
}

static PV nt_repr(PCtx *c, PV self) {
    PV cls = rt_user_class(self), fields = cls ? rt_tuple_class_fields(cls) : PV_NULL, t = rt_instance_value(self);
    if (!fields || !t || !RT_IS(t, RT_T_TUPLE)) return rt_str_cstr(c, "<namedtuple>");
    if (rt_nest_enter(c, " while getting the repr of an object") < 0) return PV_NULL;
    PithBuf b = rt_buf_new(c);
    rt_buf_put_str(&b, ((RtClass *)cls)->name);
    pith_buf_put(&b, "(", 1);
    int ok = 1;
    for (pi64 i = 0; ok && i < ((RtTuple *)t)->n && i < ((RtTuple *)fields)->n; i++) {
        PV r = rt_repr(c, ((RtTuple *)t)->items[i]);
        if (!r) {
            ok = 0;
            break;
        }
        if (i) pith_buf_puts(&b, ", ");
        rt_buf_put_str(&b, ((RtTuple *)fields)->items[i]);
        pith_buf_put(&b, "=", 1);
        rt_buf_put_str(&b, r);
        pv_decref(c, r);
    }
    rt_nest_leave(c);
    if (!ok) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    pith_buf_put(&b, ")", 1);
    return rt_buf_finish(&b);
}

/* _make(iterable): the tuple of its items, which must be one per field. */
static PV nt_make(PCtx *c, PV cls, PV iterable) {
    PV fields = fields_of(c, cls);
    PV it = fields ? rt_iter(c, iterable) : PV_NULL, lst = it ? rt_seq_to_list(c, it) : PV_NULL;
    pv_xdecref(c, it);
    PV t = lst ? rt_list_to_tuple(c, lst) : PV_NULL;
    pv_xdecref(c, lst);
    if (!t) return PV_NULL;
    if (((RtTuple *)t)->n != ((RtTuple *)fields)->n) {
        rt_err(c, PITH_B_TYPEERROR, "Expected %lld arguments, got %lld", (long long)((RtTuple *)fields)->n,
               (long long)((RtTuple *)t)->n);
        pv_decref(c, t);
        return PV_NULL;
    }
    return nt_instance(c, cls, t);
}

static PV nt_replace(PCtx *c, PV self, PV *kwvals, PV kwnames) {
    PV cls = rt_user_class(self), fields = cls ? fields_of(c, cls) : PV_NULL, t = rt_instance_value(self);
    if (!fields || !t) return PV_NULL;
    pi64 n = ((RtTuple *)fields)->n, nkw = kwnames ? ((RtTuple *)kwnames)->n : 0;
    PV nt = rt_tuple_new(c, n), unknown = rt_list_new(c, 0);
    if (!nt || !unknown) goto fail;
    for (pi64 i = 0; i < n; i++) {
        PV v = ((RtTuple *)t)->items[i];
        for (pi64 k = 0; k < nkw; k++)
            if (rt_str_eq(((RtTuple *)kwnames)->items[k], ((RtTuple *)fields)->items[i])) v = kwvals[k];
        pv_incref(v);
        ((RtTuple *)nt)->items[i] = v;
    }
    for (pi64 k = 0; k < nkw; k++) {
        int known = 0;
        for (pi64 i = 0; i < n; i++) known |= rt_str_eq(((RtTuple *)kwnames)->items[k], ((RtTuple *)fields)->items[i]);
        if (!known && rt_list_append(c, unknown, ((RtTuple *)kwnames)->items[k]) < 0) goto fail;
    }
    if (((RtList *)unknown)->n) {
        rt_err(c, PITH_B_VALUEERROR, "Got unexpected field names: %R", unknown);
        goto fail;
    }
    pv_decref(c, unknown);
    return nt_instance(c, cls, nt);
fail:
    pv_xdecref(c, nt);
    pv_xdecref(c, unknown);
    return PV_NULL;
}

static PV nt_asdict(PCtx *c, PV self) {
    PV cls = rt_user_class(self), fields = cls ? fields_of(c, cls) : PV_NULL, t = rt_instance_value(self);
    if (!fields || !t) return PV_NULL;
    PV d = rt_dict_new(c);
    for (pi64 i = 0; d && i < ((RtTuple *)fields)->n && i < ((RtTuple *)t)->n; i++)
        if (rt_dict_set(c, d, ((RtTuple *)fields)->items[i], ((RtTuple *)t)->items[i]) < 0) {
            pv_decref(c, d);
            return PV_NULL;
        }
    return d;
}

/* The instance a method is called on must be a namedtuple (a tuple value), as CPython's would need a tuple. */
static int check_self(PCtx *c, const char *what, PV *args, int nargs, int npos_want, PV kwnames, int kw_ok) {
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0;
    if (nargs - nkw != npos_want) {
        rt_err(c, PITH_B_TYPEERROR, "%s() takes %d positional argument%s but %d were given", what, npos_want,
               npos_want == 1 ? "" : "s", nargs - nkw);
        return -1;
    }
    if (nkw && !kw_ok) {
        rt_err(c, PITH_B_TYPEERROR, "%s() got an unexpected keyword argument '%S'", what,
               ((RtTuple *)kwnames)->items[0]);
        return -1;
    }
    if (!rt_instance_value(args[0]) || !RT_IS(rt_instance_value(args[0]), RT_T_TUPLE)) {
        rt_err(c, PITH_B_TYPEERROR, "%s() needs a namedtuple instance, not '%s'", what, rt_type_name(args[0]));
        return -1;
    }
    return 0;
}

PV rt_nt_method(PCtx *c, const RtNatMeth *m, PV *args, int nargs, PV kwnames) {
    char qn[300];
    snprintf(qn, sizeof qn, "%.200s.%s", RT_IS(m->data, RT_T_CLASS) ? rt_sdata(((RtClass *)m->data)->qualname) : "?",
             m->which == RT_NM_NT_REPR      ? "__repr__"
             : m->which == RT_NM_NT_REPLACE ? "_replace"
             : m->which == RT_NM_NT_ASDICT  ? "_asdict"
                                            : "_make");
    switch (m->which) {
    case RT_NM_NT_NEW: return nt_new(c, m->data, args, nargs, kwnames);
    case RT_NM_NT_REPR: return check_self(c, qn, args, nargs, 1, kwnames, 0) < 0 ? PV_NULL : nt_repr(c, args[0]);
    case RT_NM_NT_ASDICT: return check_self(c, qn, args, nargs, 1, kwnames, 0) < 0 ? PV_NULL : nt_asdict(c, args[0]);
    case RT_NM_NT_REPLACE: {
        if (check_self(c, qn, args, nargs, 1, kwnames, 1) < 0) return PV_NULL;
        return nt_replace(c, args[0], args + 1, kwnames);
    }
    case RT_NM_NT_MAKE: /* a classmethod: the class first */
        if (nargs != 2 || kwnames) {
            rt_err(c, PITH_B_TYPEERROR, "%s() takes 2 positional arguments but %d were given", qn, nargs);
            return PV_NULL;
        }
        if (!RT_IS(args[0], RT_T_CLASS)) {
            rt_err(c, PITH_B_TYPEERROR, "%s() needs a namedtuple class", qn);
            return PV_NULL;
        }
        return nt_make(c, args[0], args[1]);
    default: rt_err(c, PITH_B_SYSTEMERROR, "internal error: bad namedtuple method"); return PV_NULL;
    }
}

/* ---- namedtuple() ---- */

static int is_identifier(PV s) {
    const unsigned char *p = (const unsigned char *)rt_sdata(s);
    pi64 n = rt_slen(s);
    if (n == 0 || (p[0] >= '0' && p[0] <= '9')) return 0;
    for (pi64 i = 0; i < n; i++) {
        unsigned char ch = p[i];
        if (!(ch >= 0x80 || ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
              (ch >= '0' && ch <= '9')))
            return 0;
    }
    return 1;
}

static int is_keyword(PV s) {
    static const char *const kw[] = {"False",  "None",   "True",    "and",      "as",       "assert", "async",
                                     "await",  "break",  "class",   "continue", "def",      "del",    "elif",
                                     "else",   "except", "finally", "for",      "from",     "global", "if",
                                     "import", "in",     "is",      "lambda",   "nonlocal", "not",    "or",
                                     "pass",   "raise",  "return",  "try",      "while",    "with",   "yield"};
    for (size_t i = 0; i < sizeof kw / sizeof kw[0]; i++)
        if (rt_name_is(s, kw[i])) return 1;
    return 0;
}

/* field_names: a str split on commas and whitespace, or an iterable of names (each made a str). */
static PV field_list(PCtx *c, PV spec) {
    PV lst = rt_list_new(c, 0);
    if (!lst) return PV_NULL;
    if (rt_is_str(spec)) {
        const char *s = rt_sdata(spec);
        pi64 n = rt_slen(spec), i = 0;
        while (i < n) {
            while (i < n && (s[i] == ',' || s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
            pi64 start = i;
            while (i < n && !(s[i] == ',' || s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
            if (i > start) {
                PV w = rt_str_new(c, s + start, (size_t)(i - start));
                int r = w ? rt_list_append(c, lst, w) : -1;
                pv_xdecref(c, w);
                if (r < 0) goto fail;
            }
        }
        return lst;
    }
    PV it = rt_iter(c, spec), x;
    int r;
    if (!it) goto fail;
    while ((r = rt_next(c, it, &x)) == 1) {
        PV s = rt_str(c, x);
        pv_decref(c, x);
        int a = s ? rt_list_append(c, lst, s) : -1;
        pv_xdecref(c, s);
        if (a < 0) {
            r = -1;
            break;
        }
    }
    pv_decref(c, it);
    if (r < 0) goto fail;
    return lst;
fail:
    pv_decref(c, lst);
    return PV_NULL;
}

static int check_names(PCtx *c, PV typename_, PV lst, int rename) {
    RtList *l = (RtList *)lst;
    for (pi64 i = 0; rename && i < l->n; i++) { /* invalid, keyword, private or repeated names become _i */
        PV s = l->items[i];
        int bad = !is_identifier(s) || is_keyword(s) || rt_sdata(s)[0] == '_';
        for (pi64 j = 0; !bad && j < i; j++) bad = rt_str_eq(l->items[j], s);
        if (!bad) continue;
        char buf[32];
        snprintf(buf, sizeof buf, "_%lld", (long long)i);
        PV n = rt_str_cstr(c, buf);
        if (!n) return -1;
        pv_decref(c, l->items[i]);
        l->items[i] = n;
    }
    for (pi64 i = -1; i < l->n; i++) {
        PV s = i < 0 ? typename_ : l->items[i];
        if (!is_identifier(s)) {
            rt_err(c, PITH_B_VALUEERROR, "Type names and field names must be valid identifiers: %R", s);
            return -1;
        }
        if (is_keyword(s)) {
            rt_err(c, PITH_B_VALUEERROR, "Type names and field names cannot be a keyword: %R", s);
            return -1;
        }
    }
    for (pi64 i = 0; i < l->n; i++) {
        PV s = l->items[i];
        if (rt_sdata(s)[0] == '_' && !rename) {
            rt_err(c, PITH_B_VALUEERROR, "Field names cannot start with an underscore: %R", s);
            return -1;
        }
        for (pi64 j = 0; j < i; j++)
            if (rt_str_eq(l->items[j], s)) {
                rt_err(c, PITH_B_VALUEERROR, "Encountered duplicate field name: %R", s);
                return -1;
            }
    }
    return 0;
}

PV rt_mod_namedtuple(PCtx *c, PV *args, int npos, PV kwnames) {
    static const char *const names[] = {"typename", "field_names", "rename", "defaults", "module"};
    PV v[5] = {0};
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0;
    if (npos > 2) {
        rt_err(c, PITH_B_TYPEERROR, "namedtuple() takes 2 positional arguments but %d were given", npos);
        return PV_NULL;
    }
    for (int i = 0; i < npos; i++) v[i] = args[i];
    for (int k = 0; k < nkw; k++) {
        PV kn = ((RtTuple *)kwnames)->items[k];
        int i = 0;
        while (i < 5 && !rt_name_is(kn, names[i])) i++;
        if (i == 5) {
            rt_err(c, PITH_B_TYPEERROR, "namedtuple() got an unexpected keyword argument '%S'", kn);
            return PV_NULL;
        }
        if (v[i]) {
            rt_err(c, PITH_B_TYPEERROR, "namedtuple() got multiple values for argument '%S'", kn);
            return PV_NULL;
        }
        v[i] = args[npos + k];
    }
    if (!v[0] || !v[1]) {
        rt_err(c, PITH_B_TYPEERROR, "namedtuple() missing %d required positional argument%s: %s", !v[0] + !v[1],
               !v[0] && !v[1] ? "s" : "",
               !v[0] && !v[1] ? "'typename' and 'field_names'"
               : !v[0]        ? "'typename'"
                              : "'field_names'");
        return PV_NULL;
    }
    int rename = v[2] ? rt_truth(c, v[2]) : 0;
    if (rename < 0) return PV_NULL;
    PV tn = rt_str(c, v[0]), lst = tn ? field_list(c, v[1]) : PV_NULL, fields = PV_NULL, defaults = PV_NULL;
    PV cls = PV_NULL;
    if (!lst || check_names(c, tn, lst, rename) < 0 || !(fields = rt_list_to_tuple(c, lst))) goto done;
    if (v[3] && v[3] != PV_NONE) {
        PV it = rt_iter(c, v[3]), dl = it ? rt_seq_to_list(c, it) : PV_NULL;
        pv_xdecref(c, it);
        defaults = dl ? rt_list_to_tuple(c, dl) : PV_NULL;
        pv_xdecref(c, dl);
        if (!defaults) goto done;
        if (((RtTuple *)defaults)->n > ((RtTuple *)fields)->n) {
            rt_err(c, PITH_B_TYPEERROR, "Got more default values than field names");
            goto done;
        }
    } else if (!(defaults = rt_tuple_new(c, 0))) {
        goto done;
    }
    cls = rt_namedtuple_class(c, tn, fields, defaults);
done:
    pv_xdecref(c, tn);
    pv_xdecref(c, lst);
    pv_xdecref(c, fields);
    pv_xdecref(c, defaults);
    return cls;
}

/* typing: NamedTuple, a class statement's base (rt_user_class.c makes the class a namedtuple). */
static PV typ_namedtuple(PCtx *c, PV *args, int npos, PV kwnames) {
    (void)args, (void)npos, (void)kwnames;
    return rt_builtin(c, PITH_B_NAMEDTUPLE);
}

const RtModImpl rt_mod_typing_impls[] = {
#define TYPING_IMPL(name, kind, arity, min, max, fn) fn,
    PITH_TYPING_NAMES(TYPING_IMPL)
#undef TYPING_IMPL
};
