/* rt_json_enc.c — json.dumps: CPython 3.11's encoder (Modules/_json.c, and Lib/json/encoder.py, whose output
 * `indent` selects), run over an explicit stack (rt_json.h) instead of the C stack. Text is CPython's: floats
 * by repr ("1e+16", "NaN", "Infinity"), ints exactly, str escapes in lowercase hex with surrogate pairs, dict
 * keys turned into strings, tuples as lists, and its errors word for word. Stage: runtime, part values/. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "rt_json.h"
#include "rt_make.h"
#include "rt_svc.h"

enum { OPT_INDENT, OPT_ITEM_SEP, OPT_KEY_SEP, OPT_DEFAULT, OPT_FLAGS, OPT_COUNT };
enum { F_SORT = 1, F_ASCII = 2, F_SKIP = 4, F_NAN = 8, F_CIRCULAR = 16 };

PV rt_json_opts_tuple(PCtx *c, const RtJsonOpts *o) {
    PV t = rt_tuple_new(c, OPT_COUNT);
    if (!t) return PV_NULL;
    PV *it = ((RtTuple *)t)->items;
    it[OPT_INDENT] = o->indent ? o->indent : PV_NONE;
    it[OPT_ITEM_SEP] = o->item_sep;
    it[OPT_KEY_SEP] = o->key_sep;
    it[OPT_DEFAULT] = o->dflt ? o->dflt : PV_NONE;
    for (int i = 0; i < OPT_FLAGS; i++) pv_incref(it[i]);
    it[OPT_FLAGS] = PV_INT((o->sort_keys ? F_SORT : 0) | (o->ensure_ascii ? F_ASCII : 0) | (o->skipkeys ? F_SKIP : 0) |
                           (o->allow_nan ? F_NAN : 0) | (o->check_circular ? F_CIRCULAR : 0));
    return t;
}

int rt_json_opts_from_tuple(PV t, RtJsonOpts *o) {
    if (!t || !RT_IS(t, RT_T_TUPLE) || ((RtTuple *)t)->n != OPT_COUNT) return -1;
    PV *it = ((RtTuple *)t)->items;
    if ((it[OPT_INDENT] != PV_NONE && !RT_IS(it[OPT_INDENT], RT_T_STR)) || !RT_IS(it[OPT_ITEM_SEP], RT_T_STR) ||
        !RT_IS(it[OPT_KEY_SEP], RT_T_STR) || !PV_IS_INT(it[OPT_FLAGS]))
        return -1;
    pi64 f = PV_IVAL(it[OPT_FLAGS]);
    o->indent = it[OPT_INDENT] == PV_NONE ? PV_NULL : it[OPT_INDENT];
    o->item_sep = it[OPT_ITEM_SEP];
    o->key_sep = it[OPT_KEY_SEP];
    o->dflt = it[OPT_DEFAULT] == PV_NONE ? PV_NULL : it[OPT_DEFAULT];
    o->sort_keys = (f & F_SORT) != 0;
    o->ensure_ascii = (f & F_ASCII) != 0;
    o->skipkeys = (f & F_SKIP) != 0;
    o->allow_nan = (f & F_NAN) != 0;
    o->check_circular = (f & F_CIRCULAR) != 0;
    return 0;
}

int rt_json_enc_init(PCtx *c, RtJsonEnc *e, const RtJsonOpts *o, PV stack_steal) {
    e->o = *o;
    e->out = rt_buf_new(c);
    e->stack = stack_steal ? stack_steal : rt_list_new(c, 0);
    return e->stack ? 0 : -1;
}

void rt_json_enc_free(PCtx *c, RtJsonEnc *e) {
    pv_xdecref(c, e->stack);
    e->stack = PV_NULL;
    pith_buf_free(&e->out);
}

/* ---- scalars ---- */

static int put(RtJsonEnc *e, const char *s, size_t n) { return pith_buf_put(&e->out, s, n); }

/* A str as a JSON string: CPython's encode_basestring_ascii (ensure_ascii: only ' '..'~' unescaped, DEL
 * included in the escapes) or encode_basestring (only '"', '\\' and control characters escaped). */
static int put_string(PCtx *c, RtJsonEnc *e, PV s) {
    const unsigned char *p = (const unsigned char *)rt_sdata(s);
    pi64 n = rt_slen(s), i = 0;
    if (rt_tick(c, n >> 4) < 0) return -1;
    PithBuf *b = &e->out;
    if (pith_buf_putc(b, '"') < 0) return -1;
    while (i < n) {
        pi64 run = i; /* copy the longest run that needs no escape at once */
        while (run < n && p[run] >= 0x20 && p[run] != '"' && p[run] != '\\' && (p[run] < 0x7F || !e->o.ensure_ascii))
            run++;
        if (run > i && pith_buf_put(b, p + i, (size_t)(run - i)) < 0) return -1;
        i = run;
        if (i >= n) break;
        uint32_t cp;
        i += rt_utf8_decode(p + i, &cp);
        char esc[16];
        int k = 0;
        switch (cp) {
        case '"': k = 2, memcpy(esc, "\\\"", 2); break;
        case '\\': k = 2, memcpy(esc, "\\\\", 2); break;
        case '\n': k = 2, memcpy(esc, "\\n", 2); break;
        case '\r': k = 2, memcpy(esc, "\\r", 2); break;
        case '\t': k = 2, memcpy(esc, "\\t", 2); break;
        case '\b': k = 2, memcpy(esc, "\\b", 2); break;
        case '\f': k = 2, memcpy(esc, "\\f", 2); break;
        default: {
            static const char hex[] = "0123456789abcdef";
            uint32_t units[2] = {cp, 0};
            int nu = 1;
            if (cp >= 0x10000) { /* a surrogate pair */
                units[0] = 0xD800 | ((cp - 0x10000) >> 10);
                units[1] = 0xDC00 | ((cp - 0x10000) & 0x3FF);
                nu = 2;
            }
            for (int u = 0; u < nu; u++) {
                esc[k++] = '\\', esc[k++] = 'u';
                for (int sh = 12; sh >= 0; sh -= 4) esc[k++] = hex[(units[u] >> sh) & 0xF];
            }
        }
        }
        if (pith_buf_put(b, esc, (size_t)k) < 0) return -1;
    }
    return pith_buf_putc(b, '"');
}

/* A float as CPython's floatstr: repr, or NaN/Infinity/-Infinity unless allow_nan is false. */
static int put_float(PCtx *c, RtJsonEnc *e, double d) {
    if (!isfinite(d)) {
        const char *text = isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
        if (!e->o.allow_nan) {
            if (e->o.indent) /* the pure-Python encoder (indent) names the value */
                rt_err(c, PITH_B_VALUEERROR, "Out of range float values are not JSON compliant: %s",
                       isnan(d) ? "nan"
                       : d > 0  ? "inf"
                                : "-inf");
            else
                rt_err(c, PITH_B_VALUEERROR, "Out of range float values are not JSON compliant");
            return -1;
        }
        return pith_buf_puts(&e->out, text);
    }
    char buf[64];
    size_t n = rt_float_repr_buf(d, buf, sizeof buf);
    return put(e, buf, n);
}

static int put_int(PCtx *c, RtJsonEnc *e, PV v) {
    if (PV_IS_INT(v)) {
        char buf[32];
        int n = snprintf(buf, sizeof buf, "%lld", (long long)PV_IVAL(v));
        return put(e, buf, (size_t)n);
    }
    PV s = rt_int_repr(c, v); /* CPython's 4300-digit limit applies, as in int.__repr__ */
    if (!s) return -1;
    int r = pith_buf_put(&e->out, rt_sdata(s), (size_t)rt_slen(s));
    pv_decref(c, s);
    return r;
}

/* None, bools, ints, floats and strs: written, 1; 0 when v is none of them. */
static int put_scalar(PCtx *c, RtJsonEnc *e, PV v) {
    int r;
    if (v == PV_NONE)
        r = pith_buf_puts(&e->out, "null");
    else if (v == PV_TRUE)
        r = pith_buf_puts(&e->out, "true");
    else if (v == PV_FALSE)
        r = pith_buf_puts(&e->out, "false");
    else if (RT_IS(v, RT_T_STR))
        r = put_string(c, e, v);
    else if (PV_IS_INT(v) || RT_IS(v, RT_T_BIGINT))
        r = put_int(c, e, v);
    else if (RT_IS(v, RT_T_FLOAT))
        r = put_float(c, e, ((RtFloat *)v)->d);
    else
        return 0;
    return r < 0 ? -1 : 1;
}

/* ---- containers ---- */

/* newline + indent * level (nothing without indent) */
static int put_newline(PCtx *c, RtJsonEnc *e, pi64 level) {
    if (!e->o.indent) return 0;
    if (pith_buf_putc(&e->out, '\n') < 0) return -1;
    if (rt_tick(c, level) < 0) return -1;
    for (pi64 i = 0; i < level; i++)
        if (rt_buf_put_str(&e->out, e->o.indent) < 0) return -1;
    return 0;
}

enum { ENTRY = 4 }; /* stack entries per open container: object, items, 2 * next index + flag, indent level */

static pi64 levels(RtJsonEnc *e) { return ((RtList *)e->stack)->n / ENTRY; }

/* The indent level of the innermost open container (an object default() was called on adds none). */
static pi64 indent_level(RtJsonEnc *e) {
    RtList *s = (RtList *)e->stack;
    return s->n ? PV_IVAL(s->items[s->n - 1]) : 0;
}

/* Opening a container or calling default() on obj: the depth limit, then CPython's circular check. */
static int enter(PCtx *c, RtJsonEnc *e, PV obj) {
    RtList *s = (RtList *)e->stack;
    if (c->depth + levels(e) >= c->max_depth) { /* CPython's words: the C encoder's, or (indent) Python's */
        rt_err(c, PITH_B_RECURSIONERROR, "maximum recursion depth exceeded while %s",
               e->o.indent ? "calling a Python object" : "encoding a JSON object");
        return -1;
    }
    if (!e->o.check_circular) return 0;
    if (rt_tick(c, levels(e) >> 3) < 0) return -1;
    for (pi64 i = 0; i < s->n; i += ENTRY)
        if (s->items[i] == obj) {
            rt_err(c, PITH_B_VALUEERROR, "Circular reference detected");
            return -1;
        }
    return 0;
}

static int push(PCtx *c, RtJsonEnc *e, PV obj, PV items) {
    PV level = PV_INT(indent_level(e) + (items != PV_NONE));
    if (rt_list_append(c, e->stack, obj) < 0 || rt_list_append(c, e->stack, items) < 0 ||
        rt_list_append(c, e->stack, PV_INT(0)) < 0 || rt_list_append(c, e->stack, level) < 0)
        return -1;
    return 0;
}

static void pop(PCtx *c, RtJsonEnc *e) {
    RtList *s = (RtList *)e->stack;
    for (int k = 0; k < ENTRY; k++) pv_decref(c, s->items[--s->n]);
}

/* A dict's items as a list of (key, value) pairs, sorted when sort_keys is set (CPython sorts the pairs). */
static PV dict_items(PCtx *c, RtJsonEnc *e, PV d) {
    RtDict *dict = (RtDict *)d;
    PV items = rt_list_new(c, 0);
    pi64 pos = 0;
    PV k, v;
    while (items && rt_dict_next_entry(dict, &pos, &k, &v)) {
        pv_incref(k);
        pv_incref(v);
        PV kv[2] = {k, v};
        PV pair = rt_tuple_from_steal(c, kv, 2);
        if (!pair || rt_list_append(c, items, pair) < 0) {
            pv_xdecref(c, pair);
            pv_decref(c, items);
            return PV_NULL;
        }
        pv_decref(c, pair);
    }
    if (items && e->o.sort_keys) {
        PV r = rt_list_sort(c, items, PV_NULL, 0);
        if (!r) {
            pv_decref(c, items);
            return PV_NULL;
        }
        pv_decref(c, r);
    }
    return items;
}

/* Starts encoding v: a scalar is written; a non-empty container is opened (pushed); anything else needs
 * default(): 2, with the marker of v pushed so that what default() returns is checked against it. 1 when
 * v is handled, -1 error. */
static int start(PCtx *c, RtJsonEnc *e, PV v) {
    if (rt_tick(c, 1) < 0) return -1;
    int r = put_scalar(c, e, v);
    if (r) return r;
    int is_list = RT_IS(v, RT_T_LIST) || RT_IS(v, RT_T_TUPLE), is_dict = RT_IS(v, RT_T_DICT);
    if (is_list || is_dict) {
        pi64 n = is_list ? (pi64)(RT_IS(v, RT_T_LIST) ? ((RtList *)v)->n : ((RtTuple *)v)->n) : ((RtDict *)v)->n;
        if (n == 0) return pith_buf_puts(&e->out, is_list ? "[]" : "{}") < 0 ? -1 : 1;
        if (enter(c, e, v) < 0) return -1;
        PV items = is_list ? v : dict_items(c, e, v);
        if (!items) return -1;
        r = push(c, e, v, items);
        if (!is_list) pv_decref(c, items);
        if (r < 0 || pith_buf_putc(&e->out, is_list ? '[' : '{') < 0) return -1;
        return put_newline(c, e, indent_level(e)) < 0 ? -1 : 1;
    }
    if (!e->o.dflt) {
        rt_err(c, PITH_B_TYPEERROR, "Object of type %s is not JSON serializable", rt_type_name(v));
        return -1;
    }
    if (enter(c, e, v) < 0 || push(c, e, v, PV_NONE) < 0) return -1;
    return 2;
}

/* A dict key as CPython converts it: 1 with *s a str (new ref), 0 skipped (skipkeys), -1 error. */
static int key_text(PCtx *c, RtJsonEnc *e, PV k, PV *s) {
    if (RT_IS(k, RT_T_STR)) {
        pv_incref(k);
        *s = k;
        return 1;
    }
    const char *fixed = k == PV_TRUE ? "true" : k == PV_FALSE ? "false" : k == PV_NONE ? "null" : NULL;
    if (fixed) return (*s = rt_str_cstr(c, fixed)) ? 1 : -1;
    if (RT_IS(k, RT_T_FLOAT) || PV_IS_INT(k) || RT_IS(k, RT_T_BIGINT)) {
        PithBuf saved = e->out;
        e->out = rt_buf_new(c);
        int r = RT_IS(k, RT_T_FLOAT) ? put_float(c, e, ((RtFloat *)k)->d) : put_int(c, e, k);
        PV str = r < 0 ? (pith_buf_free(&e->out), PV_NULL) : rt_buf_finish(&e->out);
        e->out = saved;
        return (*s = str) ? 1 : -1;
    }
    if (e->o.skipkeys) return 0;
    rt_err(c, PITH_B_TYPEERROR, "keys must be str, int, float, bool or None, not %s", rt_type_name(k));
    return -1;
}

/* The next item of the innermost open container: 1 with *v to start (borrowed from the stack), 0 when the
 * container was closed, -1 error. */
static int next_item(PCtx *c, RtJsonEnc *e, PV *v) {
    RtList *s = (RtList *)e->stack;
    PV obj = s->items[s->n - 4], items = s->items[s->n - 3];
    pi64 state = PV_IVAL(s->items[s->n - 2]), i = state >> 1, level = indent_level(e);
    int wrote = (int)(state & 1), is_dict = RT_IS(obj, RT_T_DICT);
    pi64 n;
    PV *arr = rt_seq_items(items, &n);
    while (i < n) {
        PV item = arr[i++], key = PV_NULL;
        if (is_dict && (!RT_IS(item, RT_T_TUPLE) || ((RtTuple *)item)->n != 2)) { /* only a forged frame */
            rt_err(c, PITH_B_SYSTEMERROR, "corrupt native frame");
            return -1;
        }
        if (is_dict) {
            int r = key_text(c, e, ((RtTuple *)item)->items[0], &key);
            if (r < 0 || (r == 0 && rt_tick(c, 1) < 0)) return -1;
            if (r == 0) continue; /* skipkeys */
        }
        s->items[s->n - 2] = PV_INT(i << 1 | 1);
        if (wrote && (rt_buf_put_str(&e->out, e->o.item_sep) < 0 || put_newline(c, e, level) < 0)) {
            pv_xdecref(c, key);
            return -1;
        }
        if (key) {
            int r = put_string(c, e, key);
            pv_decref(c, key);
            if (r < 0 || rt_buf_put_str(&e->out, e->o.key_sep) < 0) return -1;
            *v = ((RtTuple *)item)->items[1];
        } else {
            *v = item;
        }
        return 1;
    }
    s->items[s->n - 2] = PV_INT(i << 1 | wrote);
    if (put_newline(c, e, level - 1) < 0 || pith_buf_putc(&e->out, is_dict ? '}' : ']') < 0) return -1;
    pop(c, e);
    return 0;
}

int rt_json_enc_run(PCtx *c, RtJsonEnc *e, PV v, int call_default, PV *obj) {
    PV held = PV_NULL; /* what default() returned, while it is encoded */
    int r = 0;
    for (;;) {
        if (v) {
            r = start(c, e, v);
            if (r < 0) break;
            if (r == 2) {
                if (!call_default) {
                    pv_incref(v);
                    *obj = v;
                    r = 0;
                    break;
                }
                PV got = rt_call_value(c, e->o.dflt, &v, 1, PV_NULL);
                pv_xdecref(c, held);
                held = got;
                if (!got) {
                    r = -1;
                    break;
                }
                v = got;
                continue;
            }
        }
        RtList *s = (RtList *)e->stack;
        if (s->n == 0) {
            r = 1;
            break;
        }
        if (s->items[s->n - 3] == PV_NONE) { /* the value default() returned for this object is written */
            pop(c, e);
            v = PV_NULL;
            continue;
        }
        r = next_item(c, e, &v);
        if (r < 0) break;
        if (r == 0)
            v = PV_NULL;
        else if (v)
            pv_incref(v), pv_xdecref(c, held), held = v; /* the stack may drop it before start() runs */
    }
    pv_xdecref(c, held);
    return r;
}

PV rt_json_dumps(PCtx *c, PV obj, const RtJsonOpts *o) {
    RtJsonEnc e;
    if (rt_json_enc_init(c, &e, o, PV_NULL) < 0) return PV_NULL;
    int r = rt_json_enc_run(c, &e, obj, 1, NULL);
    PV s = r == 1 ? rt_buf_finish(&e.out) : PV_NULL;
    rt_json_enc_free(c, &e);
    return s;
}
