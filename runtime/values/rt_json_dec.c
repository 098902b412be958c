/* rt_json_dec.c — json.loads: CPython 3.11's scanner (Modules/_json.c: scan_once, scanstring, _match_number,
 * _parse_object, _parse_array) and JSONDecoder.decode around it, with the same positions in every
 * JSONDecodeError ("Expecting ',' delimiter: line 1 column 4 (char 3)"). It reads the str's UTF-8 bytes and
 * turns a byte offset into CPython's code-point position only when it reports an error. Nesting recurses on
 * the C stack, counted by rt_nest_enter like every recursive walk, so deep input ends in RecursionError.
 * Stage: runtime, part values/. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_json.h"
#include "rt_make.h"
#include "rt_svc.h"

typedef struct Scan {
    PCtx *c;
    const RtJsonDecOpts *o;
    PV doc; /* the str being decoded (borrowed) */
    const unsigned char *p;
    pi64 n; /* bytes */
} Scan;

/* Code points before byte offset i. */
static pi64 char_pos(const unsigned char *p, pi64 i) {
    pi64 k = 0;
    for (pi64 j = 0; j < i; j++) k += (p[j] & 0xC0) != 0x80;
    return k;
}

PV rt_json_error_new(PCtx *c, PV msg, PV doc, pi64 pos) {
    const RtStr *d = (const RtStr *)doc;
    const unsigned char *p = (const unsigned char *)d->data;
    /* lineno = doc.count('\n', 0, pos) + 1; colno = pos - doc.rfind('\n', 0, pos), pos in code points */
    pi64 lineno = 1, last_nl = -1, k = 0;
    for (pi64 j = 0; j < d->nbytes && k < pos; j++) {
        if ((p[j] & 0xC0) == 0x80) continue;
        if (p[j] == '\n') lineno++, last_nl = k;
        k++;
    }
    PithBuf b = rt_buf_new(c);
    rt_buf_put_str(&b, msg);
    pith_buf_printf(&b, ": line %lld column %lld (char %lld)", (long long)lineno, (long long)(pos - last_nl),
                    (long long)pos);
    PV text = rt_buf_finish(&b);
    PV args = text ? rt_tuple_from_steal(c, &text, 1) : PV_NULL;
    PV e = args ? rt_exc_new(c, PITH_B_JSONDECODEERROR, args) : PV_NULL;
    PV attrs = e ? rt_dict_new(c) : PV_NULL;
    static const char *const names[] = {"msg", "doc", "pos", "lineno", "colno"};
    PV vals[5] = {msg, doc, PV_INT(pos), PV_INT(lineno), PV_INT(pos - last_nl)};
    for (int i = 0; attrs && i < 5; i++) {
        PV key = rt_str_cstr(c, names[i]);
        if (!key || rt_dict_set(c, attrs, key, vals[i]) < 0) {
            pv_xdecref(c, key);
            pv_decref(c, attrs);
            attrs = PV_NULL;
            break;
        }
        pv_decref(c, key);
    }
    if (!attrs) {
        pv_xdecref(c, e);
        return PV_NULL;
    }
    rt_exc_set_attrs(c, e, attrs);
    return e;
}

PV rt_json_error_call(PCtx *c, PV *args, int npos) {
    static const char *const missing[] = {"'msg', 'doc', and 'pos'", "'doc' and 'pos'", "'pos'"};
    if (npos < 3) {
        rt_err(c, PITH_B_TYPEERROR, "JSONDecodeError.__init__() missing %d required positional argument%s: %s",
               3 - npos, npos == 2 ? "" : "s", missing[npos]);
        return PV_NULL;
    }
    if (npos > 3) {
        rt_err(c, PITH_B_TYPEERROR, "JSONDecodeError.__init__() takes 4 positional arguments but %d were given",
               npos + 1);
        return PV_NULL;
    }
    if (!RT_IS(args[0], RT_T_STR) || !RT_IS(args[1], RT_T_STR) || !PV_IS_INT(args[2]) || PV_IVAL(args[2]) < 0) {
        rt_err(c, PITH_B_TYPEERROR, "JSONDecodeError() takes a str message, a str document and an int position");
        return PV_NULL;
    }
    return rt_json_error_new(c, args[0], args[1], PV_IVAL(args[2]));
}

/* Raises JSONDecodeError(msg, doc, position of byte offset i). Returns PV_NULL. */
static PV fail(Scan *s, const char *msg, pi64 i) {
    PV m = rt_str_cstr(s->c, msg);
    PV e = m ? rt_json_error_new(s->c, m, s->doc, char_pos(s->p, i)) : PV_NULL;
    pv_xdecref(s->c, m);
    if (e) {
        rt_raise(s->c, e);
        pv_decref(s->c, e);
    }
    return PV_NULL;
}

static int is_ws(unsigned char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r'; }
static pi64 skip_ws(Scan *s, pi64 i) {
    while (i < s->n && is_ws(s->p[i])) i++;
    return i;
}
static int is_digit(unsigned char ch) { return ch >= '0' && ch <= '9'; }

/* "Expecting value" at i: CPython's scanner raises StopIteration(i), which decode() words so. */
static PV expecting_value(Scan *s, pi64 i) { return fail(s, "Expecting value", i); }

static int hexval(unsigned char ch) {
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
    return -1;
}

/* 4 hex digits at p[i..i+4) (all present), or -1. */
static int32_t hex4(const unsigned char *p, pi64 i) {
    int32_t v = 0;
    for (int k = 0; k < 4; k++) {
        int h = hexval(p[i + k]);
        if (h < 0) return -1;
        v = v << 4 | h;
    }
    return v;
}

/* The string whose opening quote is at begin - 1: scanstring. *end: the offset after its closing quote. */
static PV scan_string(Scan *s, pi64 begin, pi64 *end) {
    PCtx *c = s->c;
    const unsigned char *p = s->p;
    pi64 n = s->n, i = begin;
    PithBuf b = rt_buf_new(c);
    for (;;) {
        pi64 run = i; /* the chunk up to a quote or a backslash */
        while (run < n && p[run] != '"' && p[run] != '\\') {
            if (p[run] <= 0x1F && s->o->strict) {
                pith_buf_free(&b);
                return fail(s, "Invalid control character at", run);
            }
            run++;
        }
        if (run >= n) {
            pith_buf_free(&b);
            return fail(s, "Unterminated string starting at", begin - 1);
        }
        if (rt_tick(c, (run - i) >> 4) < 0 || (run > i && pith_buf_put(&b, p + i, (size_t)(run - i)) < 0)) {
            pith_buf_free(&b);
            return PV_NULL;
        }
        if (p[run] == '"') {
            *end = run + 1;
            return rt_buf_finish(&b);
        }
        pi64 next = run + 1; /* after the backslash */
        if (next == n) {
            pith_buf_free(&b);
            return fail(s, "Unterminated string starting at", begin - 1);
        }
        uint32_t cp;
        if (p[next] != 'u') {
            static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
            const char *at = memchr(from, p[next], sizeof from - 1);
            if (!at || !p[next]) {
                pith_buf_free(&b);
                return fail(s, "Invalid \\escape", run);
            }
            cp = (unsigned char)to[at - from];
            i = next + 1;
        } else {
            pi64 u = next; /* CPython reports both \u errors at the 'u' */
            pi64 e = u + 1 + 4;
            int32_t v = e < n ? hex4(p, u + 1) : -1;
            if (v < 0) {
                pith_buf_free(&b);
                return fail(s, "Invalid \\uXXXX escape", u);
            }
            cp = (uint32_t)v;
            if (cp >= 0xD800 && cp <= 0xDBFF && e + 6 < n && p[e] == '\\' && p[e + 1] == 'u') {
                int32_t lo = hex4(p, e + 2);
                if (lo < 0) {
                    pith_buf_free(&b);
                    return fail(s, "Invalid \\uXXXX escape", e + 1);
                }
                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + ((uint32_t)lo - 0xDC00);
                    e += 6;
                }
            }
            i = e;
        }
        char utf8[4];
        if (pith_buf_put(&b, utf8, (size_t)rt_utf8_encode(cp, utf8)) < 0) {
            pith_buf_free(&b);
            return PV_NULL;
        }
    }
}

static PV scan_value(Scan *s, pi64 i, pi64 *end);

/* f(text of p[a..b)) for a parse_* hook of kind RT_JSON_RAW_* (raw: the node (kind, text) instead). */
static PV call_hook(Scan *s, PV f, int kind, pi64 a, pi64 b) {
    PV text = rt_str_new(s->c, (const char *)s->p + a, b - a);
    if (!text) return PV_NULL;
    if (s->o->raw) {
        PV node[2] = {PV_INT(kind), text};
        return rt_tuple_from_steal(s->c, node, 2);
    }
    PV r = rt_call_value(s->c, f, &text, 1, PV_NULL);
    pv_decref(s->c, text);
    return r;
}

/* A number at i (_match_number): the int or float, or "Expecting value" when none starts there. */
static PV scan_number(Scan *s, pi64 start, pi64 *end) {
    const unsigned char *p = s->p;
    pi64 n = s->n, i = start;
    int is_float = 0;
    if (p[i] == '-' && ++i >= n) return expecting_value(s, start);
    if (p[i] >= '1' && p[i] <= '9') {
        while (++i < n && is_digit(p[i])) {}
    } else if (p[i] == '0') {
        i++;
    } else {
        return expecting_value(s, start);
    }
    if (i + 1 < n && p[i] == '.' && is_digit(p[i + 1])) {
        is_float = 1;
        i += 2;
        while (i < n && is_digit(p[i])) i++;
    }
    if (i + 1 < n && (p[i] == 'e' || p[i] == 'E')) {
        pi64 e_start = i++;
        if (i + 1 < n && (p[i] == '-' || p[i] == '+')) i++;
        while (i < n && is_digit(p[i])) i++;
        if (is_digit(p[i - 1]))
            is_float = 1;
        else
            i = e_start;
    }
    *end = i;
    if (rt_tick(s->c, (i - start) >> 3) < 0) return PV_NULL;
    PV hook = is_float ? s->o->parse_float : s->o->parse_int;
    if (hook) return call_hook(s, hook, is_float ? RT_JSON_RAW_FLOAT : RT_JSON_RAW_INT, start, i);
    if (!is_float && i - start <= 18) { /* fits a pi64: no allocation */
        pi64 v = 0;
        for (pi64 k = start + (p[start] == '-'); k < i; k++) v = v * 10 + (p[k] - '0');
        return rt_int_from_i64(s->c, p[start] == '-' ? -v : v);
    }
    char *text = rt_alloc(s->c, (size_t)(i - start) + 1);
    if (!text) return PV_NULL;
    memcpy(text, p + start, (size_t)(i - start));
    text[i - start] = 0;
    PV r = is_float ? rt_float_new(s->c, strtod(text, NULL)) : rt_int_from_text(s->c, text, 10);
    rt_free(s->c, text, (size_t)(i - start) + 1);
    return r;
}

/* NaN, Infinity, -Infinity: parse_constant(name), float by default. */
static PV constant(Scan *s, pi64 i, pi64 len, pi64 *end, double d) {
    *end = i + len;
    if (s->o->parse_constant) return call_hook(s, s->o->parse_constant, RT_JSON_RAW_CONST, i, i + len);
    return rt_float_new(s->c, d);
}

static int matches(Scan *s, pi64 i, const char *word) {
    size_t k = strlen(word);
    return i + (pi64)k <= s->n && memcmp(s->p + i, word, k) == 0;
}

static PV scan_object(Scan *s, pi64 i, pi64 *end) {
    PCtx *c = s->c;
    int want_pairs = s->o->object_pairs_hook || s->o->raw;
    PV acc = want_pairs ? rt_list_new(c, 0) : rt_dict_new(c);
    if (!acc) return PV_NULL;
    PV pairs = want_pairs ? acc : PV_NULL, dict = want_pairs ? PV_NULL : acc;
    i = skip_ws(s, i);
    if (i >= s->n || s->p[i] != '}') {
        for (;;) {
            if (i >= s->n || s->p[i] != '"') {
                pv_decref(c, acc);
                return fail(s, "Expecting property name enclosed in double quotes", i);
            }
            PV key = scan_string(s, i + 1, &i), val = PV_NULL;
            if (key) {
                i = skip_ws(s, i);
                if (i >= s->n || s->p[i] != ':')
                    fail(s, "Expecting ':' delimiter", i);
                else
                    val = scan_value(s, skip_ws(s, i + 1), &i);
            }
            int r = -1;
            if (val && pairs) {
                PV kv[2] = {key, val};
                PV pair = rt_tuple_from_steal(c, kv, 2);
                key = val = PV_NULL;
                r = pair ? rt_list_append(c, pairs, pair) : -1;
                pv_xdecref(c, pair);
            } else if (val) {
                r = rt_dict_set(c, dict, key, val);
            }
            pv_xdecref(c, key);
            pv_xdecref(c, val);
            if (r < 0) {
                pv_decref(c, acc);
                return PV_NULL;
            }
            i = skip_ws(s, i);
            if (i < s->n && s->p[i] == '}') break;
            if (i >= s->n || s->p[i] != ',') {
                pv_decref(c, acc);
                return fail(s, "Expecting ',' delimiter", i);
            }
            i = skip_ws(s, i + 1);
        }
    }
    *end = i + 1;
    if (s->o->raw) { /* the pairs as a tuple: the node the native frame hands to the hooks */
        PV t = rt_list_to_tuple(c, acc);
        pv_decref(c, acc);
        return t;
    }
    PV hook = pairs ? s->o->object_pairs_hook : s->o->object_hook;
    if (!hook) return acc;
    PV r = rt_call_value(c, hook, &acc, 1, PV_NULL);
    pv_decref(c, acc);
    return r;
}

static PV scan_array(Scan *s, pi64 i, pi64 *end) {
    PCtx *c = s->c;
    PV list = rt_list_new(c, 0);
    if (!list) return PV_NULL;
    i = skip_ws(s, i);
    if (i >= s->n || s->p[i] != ']') {
        for (;;) {
            PV val = scan_value(s, i, &i);
            int r = val ? rt_list_append(c, list, val) : -1;
            pv_xdecref(c, val);
            if (r < 0) {
                pv_decref(c, list);
                return PV_NULL;
            }
            i = skip_ws(s, i);
            if (i < s->n && s->p[i] == ']') break;
            if (i >= s->n || s->p[i] != ',') {
                pv_decref(c, list);
                return fail(s, "Expecting ',' delimiter", i);
            }
            i = skip_ws(s, i + 1);
        }
    }
    *end = i + 1;
    return list;
}

/* scan_once: the value starting at byte i. */
static PV scan_value(Scan *s, pi64 i, pi64 *end) {
    if (i >= s->n) return expecting_value(s, i);
    if (rt_tick(s->c, 1) < 0) return PV_NULL;
    switch (s->p[i]) {
    case '"': return scan_string(s, i + 1, end);
    case '{':
    case '[': {
        int obj = s->p[i] == '{';
        if (rt_nest_enter(s->c, obj ? " while decoding a JSON object from a unicode string"
                                    : " while decoding a JSON array from a unicode string") < 0)
            return PV_NULL;
        PV r = obj ? scan_object(s, i + 1, end) : scan_array(s, i + 1, end);
        rt_nest_leave(s->c);
        return r;
    }
    case 'n':
        if (matches(s, i, "null")) return *end = i + 4, PV_NONE;
        break;
    case 't':
        if (matches(s, i, "true")) return *end = i + 4, PV_TRUE;
        break;
    case 'f':
        if (matches(s, i, "false")) return *end = i + 5, PV_FALSE;
        break;
    case 'N':
        if (matches(s, i, "NaN")) return constant(s, i, 3, end, NAN);
        break;
    case 'I':
        if (matches(s, i, "Infinity")) return constant(s, i, 8, end, INFINITY);
        break;
    case '-':
        if (matches(s, i, "-Infinity")) return constant(s, i, 9, end, -INFINITY);
        break;
    default: break;
    }
    return scan_number(s, i, end);
}

/* json.detect_encoding: the codec of JSON bytes, from a BOM or from where the first characters' zero bytes are.
 * Returns the code unit size (1, 2 or 4), *big (big-endian), *skip (BOM bytes) and *name (the codec's name in
 * CPython's errors). */
static int detect_encoding(const unsigned char *p, pi64 n, int *big, pi64 *skip, const char **name) {
    *big = 0, *skip = 0;
    if (n >= 4 &&
        ((!p[0] && !p[1] && p[2] == 0xFE && p[3] == 0xFF) || (p[0] == 0xFF && p[1] == 0xFE && !p[2] && !p[3])))
        return *big = !p[0], *skip = 4, *name = "utf-32", 4;
    if (n >= 2 && ((p[0] == 0xFE && p[1] == 0xFF) || (p[0] == 0xFF && p[1] == 0xFE)))
        return *big = p[0] == 0xFE, *skip = 2, *name = "utf-16", 2;
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) return *skip = 3, *name = "utf-8", 1;
    if (n >= 4 && !p[0]) return *big = 1, *name = p[1] ? "utf-16-be" : "utf-32-be", p[1] ? 2 : 4;
    if (n >= 4 && !p[1]) return *name = p[2] || p[3] ? "utf-16-le" : "utf-32-le", p[2] || p[3] ? 2 : 4;
    if (n == 2 && !p[0]) return *big = 1, *name = "utf-16-be", 2;
    if (n == 2 && !p[1]) return *name = "utf-16-le", 2;
    *name = "utf-8";
    return 1;
}

/* UTF-16 or UTF-32 (unit 2 or 4) into a str, lone surrogates kept ('surrogatepass'); CPython's errors for
 * truncated data and code points past U+10FFFF. */
static PV decode_wide(PCtx *c, const unsigned char *p, pi64 n, pi64 at, int unit, int big, const char *name) {
    PithBuf b = rt_buf_new(c);
    if (rt_mem_check(c, 2.0 * (double)n) < 0) return pith_buf_free(&b), PV_NULL;
    for (pi64 i = at; i < n;) {
        if (n - i < unit) { /* truncated data */
            if (n - i == 1) {
                char byte[8]; /* rt_err has no field widths */
                snprintf(byte, sizeof byte, "0x%02x", (unsigned)p[i]);
                rt_err(c, PITH_B_UNICODEDECODEERROR, "'%s' codec can't decode byte %s in position %lld: %s", name, byte,
                       (long long)i, "truncated data");
            } else
                rt_err(c, PITH_B_UNICODEDECODEERROR, "'%s' codec can't decode bytes in position %lld-%lld: %s", name,
                       (long long)i, (long long)(n - 1), "truncated data");
            return pith_buf_free(&b), PV_NULL;
        }
        uint32_t cp = 0;
        for (int k = 0; k < unit; k++) cp |= (uint32_t)p[i + (big ? k : unit - 1 - k)] << (8 * (unit - 1 - k));
        pi64 len = unit;
        if (unit == 2 && cp >= 0xD800 && cp <= 0xDBFF && n - i >= 4) { /* a surrogate pair */
            uint32_t lo = big ? (uint32_t)p[i + 2] << 8 | p[i + 3] : (uint32_t)p[i + 3] << 8 | p[i + 2];
            if (lo >= 0xDC00 && lo <= 0xDFFF) cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00), len = 4;
        }
        if (cp > 0x10FFFF) {
            rt_err(c, PITH_B_UNICODEDECODEERROR, "'%s' codec can't decode bytes in position %lld-%lld: %s", name,
                   (long long)i, (long long)(i + 3), "code point not in range(0x110000)");
            return pith_buf_free(&b), PV_NULL;
        }
        char utf8[4];
        if (pith_buf_put(&b, utf8, (size_t)rt_utf8_encode(cp, utf8)) < 0) return pith_buf_free(&b), PV_NULL;
        i += len;
    }
    return rt_buf_finish(&b);
}

/* bytes as json.loads decodes them: detect_encoding, then decode(..., 'surrogatepass'). */
static PV decode_bytes(PCtx *c, PV b) {
    pi64 n = ((RtBytes *)b)->n, skip;
    const unsigned char *p = (const unsigned char *)((RtBytes *)b)->data;
    int big;
    const char *name;
    int unit = detect_encoding(p, n, &big, &skip, &name);
    if (rt_tick(c, n >> 4) < 0) return PV_NULL;
    if (unit > 1) return decode_wide(c, p, n, skip, unit, big, name);
    PV view = skip ? rt_bytes_const(c, (const char *)p + skip, n - skip) : b;
    if (!view) return PV_NULL;
    if (!skip) pv_incref(view);
    PV enc = rt_str_cstr(c, "utf-8"), mode = enc ? rt_str_cstr(c, "surrogatepass") : PV_NULL;
    PV args[2] = {enc, mode};
    PV r = mode ? rt_bytes_decode(c, view, args, 2, PV_NULL) : PV_NULL;
    pv_xdecref(c, mode);
    pv_xdecref(c, enc);
    pv_decref(c, view);
    return r;
}

PV rt_json_loads(PCtx *c, PV s, const RtJsonDecOpts *o) {
    PV doc;
    if (RT_IS(s, RT_T_STR)) {
        doc = s;
        pv_incref(doc);
        if (rt_slen(s) >= 3 && memcmp(rt_sdata(s), "\xEF\xBB\xBF", 3) == 0) {
            Scan bom = {c, o, s, (const unsigned char *)rt_sdata(s), rt_slen(s)};
            pv_decref(c, doc);
            return fail(&bom, "Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
        }
    } else if (RT_IS(s, RT_T_BYTES)) {
        doc = decode_bytes(c, s);
        if (!doc) return PV_NULL;
    } else {
        rt_err(c, PITH_B_TYPEERROR, "the JSON object must be str, bytes or bytearray, not %s", rt_type_name(s));
        return PV_NULL;
    }
    Scan sc = {c, o, doc, (const unsigned char *)rt_sdata(doc), rt_slen(doc)};
    pi64 end = 0;
    PV v = scan_value(&sc, skip_ws(&sc, 0), &end);
    if (v) {
        end = skip_ws(&sc, end);
        if (end != sc.n) {
            pv_decref(c, v);
            v = fail(&sc, "Extra data", end);
        }
    }
    pv_decref(c, doc);
    return v;
}
