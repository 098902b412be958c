/* fe_literal.c — number and string literals: validation (CPython's lexical rules, which the grammar
 * is laxer about), escape decoding, implicit concatenation, int/float values.
 * Stage: frontend. Invariants (ast.h): E_INT text holds the digits without prefix/underscores and
 * `fits` says whether ival is exact in [-2**62, 2**62-1]; E_STR text is UTF-8, E_BYTES raw bytes. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* strtod_l, newlocale, freelocale */
#endif
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "fe_internal.h"

/* ---- integers ---- */

static int digit_val(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 99;
}

FeNode *fe_int_literal(FeParse *p, TSNode n) {
    size_t len;
    const char *t = fe_text(p, n, &len);
    if (len == 0) return fe_err_at(p, n, "invalid syntax");
    char last = t[len - 1];
    if (last == 'j' || last == 'J') return fe_err_at(p, n, "complex literal is not supported");
    int base = 10;
    size_t i = 0;
    const char *what = "decimal";
    if (len >= 2 && t[0] == '0') {
        char b = t[1];
        if (b == 'x' || b == 'X') {
            base = 16;
            what = "hexadecimal";
            i = 2;
        } else if (b == 'o' || b == 'O') {
            base = 8;
            what = "octal";
            i = 2;
        } else if (b == 'b' || b == 'B') {
            base = 2;
            what = "binary";
            i = 2;
        }
    }
    /* digits with single underscores between them (a prefix may be followed by one underscore) */
    char *digits = fe_alloc(p->arena, len + 1);
    if (!digits) return fe_err_at(p, n, "out of memory");
    size_t nd = 0;
    int prev_us = base != 10 ? 1 : 0, any_nonzero = 0;
    for (; i < len; i++) {
        char c = t[i];
        if (c == '_') {
            if (prev_us == 2 || (prev_us == 1 && nd > 0) || (base == 10 && nd == 0))
                return fe_err_at(p, n, "invalid %s literal", what);
            prev_us = 2;
            continue;
        }
        if (digit_val(c) >= base) return fe_err_at(p, n, "invalid %s literal", what);
        if (c != '0') any_nonzero = 1;
        digits[nd++] = c;
        prev_us = 0;
    }
    if (nd == 0 || prev_us == 2) return fe_err_at(p, n, "invalid %s literal", what);
    if (base == 10 && digits[0] == '0' && any_nonzero)
        return fe_err_at(p, n,
                         "leading zeros in decimal integer literals are not permitted; "
                         "use an 0o prefix for octal integers");
    /* strip leading zeros, keep one digit */
    size_t z = 0;
    while (z + 1 < nd && digits[z] == '0') z++;
    FeNode *e = fe_node(p, E_INT, n);
    if (!e) return NULL;
    e->u.lit.text = digits + z;
    e->u.lit.len = nd - z;
    digits[nd] = '\0';
    e->u.lit.base = base;
    /* the value when it fits the small-int range: non-negative, at most 2**62 - 1 */
    const uint64_t limit = ((uint64_t)1 << 62) - 1;
    uint64_t v = 0;
    int fits = 1;
    for (size_t k = z; k < nd; k++) {
        uint64_t d = (uint64_t)digit_val(digits[k]);
        if (v > (limit - d) / (uint64_t)base) {
            fits = 0;
            break;
        }
        v = v * (uint64_t)base + d;
    }
    e->u.lit.fits = fits;
    e->u.lit.ival = fits ? (int64_t)v : 0;
    return e;
}

/* ---- floats ---- */

FeNode *fe_float_literal(FeParse *p, TSNode n) {
    size_t len;
    const char *t = fe_text(p, n, &len);
    if (len == 0) return fe_err_at(p, n, "invalid syntax");
    char last = t[len - 1];
    if (last == 'j' || last == 'J') return fe_err_at(p, n, "complex literal is not supported");
    char *buf = fe_alloc(p->arena, len + 1);
    if (!buf) return fe_err_at(p, n, "out of memory");
    size_t nb = 0;
    for (size_t i = 0; i < len; i++) {
        char c = t[i];
        if (c == '_') {
            /* an underscore must sit between two digits */
            int before = i > 0 && t[i - 1] >= '0' && t[i - 1] <= '9';
            int after = i + 1 < len && t[i + 1] >= '0' && t[i + 1] <= '9';
            if (!before || !after) return fe_err_at(p, n, "invalid decimal literal");
            continue;
        }
        if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-'))
            return fe_err_at(p, n, "invalid decimal literal");
        buf[nb++] = c;
    }
    buf[nb] = '\0';
    if (!p->c_locale) {
        p->c_locale = (void *)newlocale(LC_ALL_MASK, "C", (locale_t)0);
        if (!p->c_locale) return fe_err_at(p, n, "out of memory");
    }
    char *end = NULL;
    double d = strtod_l(buf, &end, (locale_t)p->c_locale);
    if (!end || *end != '\0') return fe_err_at(p, n, "invalid decimal literal");
    FeNode *e = fe_node(p, E_FLOAT, n);
    if (!e) return NULL;
    e->u.fval = d;
    return e;
}

/* ---- strings ---- */

/* Prefix flags of one string piece. */
typedef struct StrPrefix {
    int raw, bytes, fmt;
} StrPrefix;

/* Parse the prefix letters (r, u, b, f in CPython's allowed combinations). -1 when invalid. */
static int parse_prefix(const char *t, size_t n, StrPrefix *sp) {
    memset(sp, 0, sizeof *sp);
    int u = 0;
    for (size_t i = 0; i < n; i++) {
        char c = t[i];
        if (c == 'r' || c == 'R') {
            if (sp->raw) return -1;
            sp->raw = 1;
        } else if (c == 'b' || c == 'B') {
            if (sp->bytes) return -1;
            sp->bytes = 1;
        } else if (c == 'f' || c == 'F') {
            if (sp->fmt) return -1;
            sp->fmt = 1;
        } else if (c == 'u' || c == 'U') {
            if (u) return -1;
            u = 1;
        } else
            return -1;
    }
    if (u && (n != 1)) return -1;
    if (sp->bytes && sp->fmt) return -1;
    return 0;
}

/* UTF-8 of a code point (utf8proc: the project's Unicode library). */
static size_t put_utf8(char *out, uint32_t cp) {
    return (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)out);
}

/* Decode the body b[0..n) of one literal piece into out (which has room for n bytes: decoding never
 * grows text). Newlines in the source (\r\n, \r) become \n, as CPython's tokenizer does.
 * Returns the bytes written, or -1 with the error recorded at `at`. */
static long decode_body(FeParse *p, TSNode at, const char *b, size_t n, const StrPrefix *sp, char *out) {
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)b[i];
        if (c == '\r') {
            out[o++] = '\n';
            i += (i + 1 < n && b[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (sp->bytes && c >= 0x80) {
            fe_err_at(p, at, "bytes can only contain ASCII literal characters");
            return -1;
        }
        if (c != '\\' || sp->raw) {
            out[o++] = (char)c;
            i++;
            continue;
        }
        /* an escape */
        if (i + 1 >= n) {
            out[o++] = '\\';
            i++;
            continue;
        }
        char e = b[i + 1];
        size_t start = i;
        i += 2;
        switch (e) {
        case '\n': break;
        case '\r':
            if (i < n && b[i] == '\n') i++;
            break;
        case '\\': out[o++] = '\\'; break;
        case '\'': out[o++] = '\''; break;
        case '"': out[o++] = '"'; break;
        case 'a': out[o++] = 7; break;
        case 'b': out[o++] = 8; break;
        case 'f': out[o++] = 12; break;
        case 'n': out[o++] = '\n'; break;
        case 'r': out[o++] = '\r'; break;
        case 't': out[o++] = '\t'; break;
        case 'v': out[o++] = 11; break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            uint32_t v = (uint32_t)(e - '0');
            for (int k = 0; k < 2 && i < n && b[i] >= '0' && b[i] <= '7'; k++) v = v * 8 + (uint32_t)(b[i++] - '0');
            if (sp->bytes)
                out[o++] = (char)(v & 0xFF);
            else
                o += put_utf8(out + o, v);
            break;
        }
        case 'x':
        case 'u':
        case 'U': {
            if (sp->bytes && e != 'x') {
                out[o++] = '\\';
                out[o++] = e;
                break;
            }
            int want = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            uint32_t v = 0;
            int got = 0;
            while (got < want && i < n && digit_val(b[i]) < 16) {
                v = v * 16 + (uint32_t)digit_val(b[i++]);
                got++;
            }
            if (got < want) {
                if (sp->bytes)
                    fe_err_at(p, at, "(value error) invalid \\x escape at position %zu", start);
                else
                    fe_err_at(p, at,
                              "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: "
                              "truncated \\%s escape",
                              start, i - 1,
                              e == 'x'   ? "xXX"
                              : e == 'u' ? "uXXXX"
                                         : "UXXXXXXXX");
                return -1;
            }
            if (sp->bytes) {
                out[o++] = (char)v;
                break;
            }
            if (v > 0x10FFFF) {
                fe_err_at(p, at,
                          "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: "
                          "illegal Unicode character",
                          start, i - 1);
                return -1;
            }
            if (v >= 0xD800 && v <= 0xDFFF) {
                fe_err_at(p, at, "surrogate code points in string literals are not supported");
                return -1;
            }
            o += put_utf8(out + o, v);
            break;
        }
        case 'N':
            if (sp->bytes) {
                out[o++] = '\\';
                out[o++] = 'N';
                break;
            }
            fe_err_at(p, at, "\\N{...} escapes are not supported");
            return -1;
        default:
            /* unknown escapes stay as written (CPython only warns) */
            out[o++] = '\\';
            i--;
            break;
        }
    }
    return (long)o;
}

/* The prefix and body of one `string` node: *body and *blen give the text between the quotes, *quote the quote
 * character, *triple whether it is triple-quoted. 0, or -1 with the error recorded. */
static int piece_parts(FeParse *p, TSNode s, StrPrefix *sp, const char **body, size_t *blen, char *quote, int *triple) {
    size_t len;
    const char *t = fe_text(p, s, &len);
    size_t q = 0;
    while (q < len && t[q] != '\'' && t[q] != '"') q++;
    if (q >= len) {
        fe_err_at(p, s, "invalid syntax");
        return -1;
    }
    if (parse_prefix(t, q, sp) < 0) {
        fe_err_at(p, s, "invalid syntax");
        return -1;
    }
    *quote = t[q];
    size_t nq = (q + 2 < len && t[q + 1] == *quote && t[q + 2] == *quote && len - q >= 6) ? 3 : 1;
    if (len < q + 2 * nq) {
        fe_err_at(p, s, "invalid syntax");
        return -1;
    }
    *body = t + q + nq;
    *blen = len - q - 2 * nq;
    *triple = nq == 3;
    return 0;
}

/* One `string` node without the f prefix: decoded body appended at out + *olen. */
static int string_piece(FeParse *p, TSNode s, char *out, size_t *olen, int *is_bytes) {
    StrPrefix sp;
    const char *body;
    size_t blen;
    char quote;
    int triple;
    if (piece_parts(p, s, &sp, &body, &blen, &quote, &triple) < 0) return -1;
    *is_bytes = sp.bytes;
    long w = decode_body(p, s, body, blen, &sp, out + *olen);
    if (w < 0) return -1;
    *olen += (size_t)w;
    return 0;
}

/* ---- f-strings ---- */

/* An E_FSTRING under construction: finished parts plus the literal text pending since the last field
 * (buf[pstart..olen), flushed as one E_STR part before the next field and at the end). */
typedef struct FsBuild {
    FeVec parts;   /* E_STR / E_FORMATTED nodes so far */
    char *buf;     /* decoded literal text (room for the whole source of the string) */
    size_t olen;   /* bytes used in buf */
    size_t pstart; /* start of the pending literal in buf */
} FsBuild;

/* One more replacement field in the f-string being converted: past PITH_MAX_FSTRING_FIELDS (a compile
 * limit) -1 with the error at `at`. */
static int count_field(FeParse *p, TSNode at) {
    if (++p->fstring_fields <= PITH_MAX_FSTRING_FIELDS) return 0;
    fe_err_at(p, at, "too many replacement fields in one f-string (the compile limit is %d)", PITH_MAX_FSTRING_FIELDS);
    return -1;
}

/* Flush the pending literal as an E_STR part spanning `at`. 0 ok, -1 error. */
static int fs_flush(FeParse *p, FsBuild *b, TSNode at) {
    if (b->olen == b->pstart) return 0;
    FeNode *e = fe_node(p, E_STR, at);
    char *t = e ? fe_strndup(p->arena, b->buf + b->pstart, b->olen - b->pstart) : NULL;
    if (!t || fe_vec_push(p->arena, &b->parts, e) < 0) {
        fe_err_at(p, at, "out of memory");
        return -1;
    }
    e->u.lit.text = t;
    e->u.lit.len = b->olen - b->pstart;
    b->pstart = b->olen;
    return 0;
}

/* Append the literal f-string text t[0..n) (source bytes) to the pending literal: `{{`/`}}` become one
 * brace, the rest is decoded like a string body. 0 ok, -1 error. */
static int fs_literal(FeParse *p, FsBuild *b, TSNode at, const char *t, size_t n, const StrPrefix *sp) {
    size_t i = 0, seg = 0;
    while (i <= n) {
        int dbl = i + 1 < n && (t[i] == '{' || t[i] == '}') && t[i + 1] == t[i];
        if (i == n || dbl) {
            long w = decode_body(p, at, t + seg, i - seg, sp, b->buf + b->olen);
            if (w < 0) return -1;
            b->olen += (size_t)w;
            if (i == n) break;
            b->buf[b->olen++] = t[i];
            i += 2;
            seg = i;
            continue;
        }
        i++;
    }
    return 0;
}

static FeNode *fs_field(FeParse *p, TSNode n, const StrPrefix *sp, FsBuild *b, char quote, int triple, int level);

/* The format spec node (`:...` with nested {fields}) as an E_FSTRING. */
static FeNode *fs_spec_in(FeParse *p, TSNode n, const StrPrefix *sp, char quote, int triple, int level);

/* The spec is one more AST level (an E_FSTRING under the field): counted against the depth cap. */
static FeNode *fs_spec(FeParse *p, TSNode n, const StrPrefix *sp, char quote, int triple, int level) {
    if (fe_enter(p, n) < 0) return NULL;
    FeNode *e = fs_spec_in(p, n, sp, quote, triple, level);
    fe_leave(p);
    return e;
}

static FeNode *fs_spec_in(FeParse *p, TSNode n, const StrPrefix *sp, char quote, int triple, int level) {
    FeNode *e = fe_node(p, E_FSTRING, n);
    size_t total;
    const char *src = fe_text(p, n, &total);
    FsBuild b = {{0}, fe_alloc(p->arena, total + 1), 0, 0};
    if (!e || !b.buf) return fe_err_at(p, n, "out of memory");
    uint32_t base = ts_node_start_byte(n), pos = base;
    uint32_t cnt;
    TSNode *kid = fe_children(p, n, 0, &cnt);
    for (uint32_t i = 0; i < cnt; i++) {
        TSNode k = kid[i];
        if (!ts_node_is_named(k)) {
            if (fe_tk(p, k) == TK_T_COLON && pos == base) pos = ts_node_end_byte(k);
            continue;
        }
        if (strcmp(ts_node_type(k), "format_expression") != 0) continue;
        if (fs_literal(p, &b, n, src + (pos - base), ts_node_start_byte(k) - pos, sp) < 0) return NULL;
        if (level >= 1) return fe_err_at(p, k, "f-string: expressions nested too deeply");
        if (count_field(p, k) < 0) return NULL;
        FeNode *f = fs_field(p, k, sp, &b, quote, triple, level + 1); /* may append "x=" to the literal */
        if (!f || fs_flush(p, &b, n) < 0) return NULL;
        if (fe_vec_push(p->arena, &b.parts, f) < 0) return fe_err_at(p, k, "out of memory");
        pos = ts_node_end_byte(k);
    }
    uint32_t end = ts_node_end_byte(n);
    if (end > pos && fs_literal(p, &b, n, src + (pos - base), end - pos, sp) < 0) return NULL;
    if (fs_flush(p, &b, n) < 0) return NULL;
    fe_list_from_vec(p->arena, &b.parts, &e->u.fstr.parts);
    return e;
}

/* One {field} (an interpolation or a format_expression inside a spec) as an E_FORMATTED. A `{x=}` field
 * first appends its source text "x=" (with the spaces as written) to the pending literal in b. */
static FeNode *fs_field(FeParse *p, TSNode n, const StrPrefix *sp, FsBuild *b, char quote, int triple, int level) {
    TSNode ex = ts_node_child_by_field_name(n, "expression", 10);
    if (ts_node_is_null(ex)) return fe_err_at(p, n, "f-string: empty expression not allowed");
    /* CPython 3.11 lexes the field inside the string: no backslash, no closing quote of the string */
    size_t elen;
    const char *et = fe_text(p, ex, &elen);
    for (size_t i = 0; i < elen; i++) {
        if (et[i] == '\\') return fe_err_at(p, n, "f-string expression part cannot include a backslash");
        if (et[i] == quote && (!triple || (i + 2 < elen && et[i + 1] == quote && et[i + 2] == quote)))
            return fe_err_at(p, n, "f-string: expecting '}'");
    }
    if (fe_enter(p, n) < 0) return NULL;
    FeNode *e = fe_node(p, E_FORMATTED, n);
    if (!e) {
        fe_leave(p);
        return fe_err_at(p, n, "out of memory");
    }
    TSNode walrus_name = ts_node_child_by_field_name(ex, "name", 4);
    if (fe_tk(p, ex) == TK_NAMED_EXPRESSION && !ts_node_is_null(walrus_name)) {
        /* {x:=10}: CPython reads the ':' as the start of the spec "=10"; the grammar saw a walrus (and maybe
         * ERROR nodes, excused by fe_parse.c): the spec is the field's text between that ':' and its '}' */
        size_t flen;
        const char *ft = fe_text(p, n, &flen);
        const char *colon = flen ? memchr(ft, ':', flen - 1) : NULL;
        FeNode *spec = fe_node(p, E_FSTRING, ex), *lit = fe_node(p, E_STR, ex);
        FeNode **one = fe_alloc(p->arena, sizeof *one);
        if (!colon || !spec || !lit || !one) {
            fe_leave(p);
            return fe_err_at(p, n, "invalid syntax");
        }
        lit->u.lit.len = (size_t)(ft + flen - 1 - (colon + 1)); /* up to, not including, the closing '}' */
        lit->u.lit.text = fe_strndup(p->arena, colon + 1, lit->u.lit.len);
        one[0] = lit;
        spec->u.fstr.parts.items = one;
        spec->u.fstr.parts.n = 1;
        e->u.fmt.value = fe_expr(p, walrus_name);
        e->u.fmt.spec = spec;
        fe_leave(p);
        return e->u.fmt.value ? e : NULL;
    }
    e->u.fmt.value = fe_expr(p, ex);
    int selfdoc = 0, rc = e->u.fmt.value ? 0 : -1;
    uint32_t cnt = ts_node_child_count(n);
    for (uint32_t i = 0; rc == 0 && i < cnt; i++) {
        TSNode k = ts_node_child(n, i);
        const char *t = ts_node_type(k);
        if (!ts_node_is_named(k) && !strcmp(t, "=")) {
            /* `{ x = }`: the text from after `{` to just before the conversion/spec/`}` */
            TSNode nx = ts_node_child(n, i + 1 < cnt ? i + 1 : i);
            uint32_t from = ts_node_start_byte(n) + 1, to = ts_node_start_byte(nx);
            size_t all;
            const char *whole = fe_text(p, n, &all);
            if (to < from || to - ts_node_start_byte(n) > all) {
                rc = -1;
                fe_err_at(p, n, "invalid syntax");
                break;
            }
            memcpy(b->buf + b->olen, whole + 1, to - from);
            b->olen += to - from;
            selfdoc = 1;
        } else if (!strcmp(t, "type_conversion")) {
            size_t cl;
            const char *ct = fe_text(p, k, &cl);
            if (cl != 2 || (ct[1] != 'r' && ct[1] != 's' && ct[1] != 'a')) {
                fe_err_at(p, k, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
                rc = -1;
                break;
            }
            e->u.fmt.conv = ct[1];
        } else if (!strcmp(t, "format_specifier")) {
            e->u.fmt.spec = fs_spec(p, k, sp, quote, triple, level);
            if (!e->u.fmt.spec) rc = -1;
        }
    }
    fe_leave(p);
    if (rc < 0 || p->failed) return NULL;
    if (selfdoc && !e->u.fmt.conv && !e->u.fmt.spec) e->u.fmt.conv = 'r';
    return e;
}

/* An f-string piece (children: start, content, interpolations, end) appended to b. */
static int fstring_piece(FeParse *p, TSNode s, FsBuild *b) {
    StrPrefix sp;
    const char *body;
    size_t blen;
    char quote;
    int triple;
    if (piece_parts(p, s, &sp, &body, &blen, &quote, &triple) < 0) return -1;
    uint32_t cnt;
    TSNode *kid = fe_children(p, s, 0, &cnt);
    for (uint32_t i = 0; i < cnt; i++) {
        TSNode k = kid[i];
        FeTk tk = fe_tk(p, k);
        if (tk == TK_STRING_CONTENT) {
            size_t n;
            const char *t = fe_text(p, k, &n);
            if (fs_literal(p, b, k, t, n, &sp) < 0) return -1;
        } else if (tk == TK_INTERPOLATION) {
            if (count_field(p, k) < 0) return -1;
            FeNode *f = fs_field(p, k, &sp, b, quote, triple, 0); /* may append "x=" to the literal */
            if (!f || fs_flush(p, b, s) < 0) return -1;
            if (fe_vec_push(p->arena, &b->parts, f) < 0) {
                fe_err_at(p, k, "out of memory");
                return -1;
            }
        } else if (tk != TK_STRING_START && tk != TK_STRING_END && !fe_is_skippable(p, k)) {
            fe_err_at(p, k, "invalid syntax");
            return -1;
        }
    }
    return 0;
}

/* Does this `string` node carry the f prefix? */
static int is_fpiece(FeParse *p, TSNode s) {
    size_t len;
    const char *t = fe_text(p, s, &len);
    for (size_t i = 0; i < len && t[i] != '\'' && t[i] != '"'; i++)
        if (t[i] == 'f' || t[i] == 'F') return 1;
    return 0;
}

/* A string or concatenation with at least one f piece: one E_FSTRING (plain pieces join the literals). */
static FeNode *fstring_parts(FeParse *p, TSNode n, int concat) {
    size_t total;
    fe_text(p, n, &total);
    FsBuild b = {{0}, fe_alloc(p->arena, total + 1), 0, 0};
    FeNode *e = fe_node(p, E_FSTRING, n);
    if (!b.buf || !e) return fe_err_at(p, n, "out of memory");
    uint32_t cnt = 1;
    TSNode *kid = concat ? fe_children(p, n, 1, &cnt) : &n;
    for (uint32_t i = 0; i < cnt; i++) {
        TSNode k = kid[i];
        if (fe_tk(p, k) != TK_STRING) continue;
        if (is_fpiece(p, k)) {
            if (fstring_piece(p, k, &b) < 0) return NULL;
            continue;
        }
        int isb = 0;
        if (string_piece(p, k, b.buf, &b.olen, &isb) < 0) return NULL;
        if (isb) return fe_err_at(p, n, "cannot mix bytes and nonbytes literals");
    }
    if (fs_flush(p, &b, n) < 0) return NULL;
    fe_list_from_vec(p->arena, &b.parts, &e->u.fstr.parts);
    return e;
}

/* fstring_parts with its own count of fields (an f-string inside a field is another f-string). */
static FeNode *fstring(FeParse *p, TSNode n, int concat) {
    int outer = p->fstring_fields;
    p->fstring_fields = 0;
    FeNode *e = fstring_parts(p, n, concat);
    p->fstring_fields = outer;
    return e;
}

FeNode *fe_string_literal(FeParse *p, TSNode n) {
    int concat = fe_tk(p, n) == TK_CONCATENATED_STRING;
    if (!concat && is_fpiece(p, n)) return fstring(p, n, 0);
    uint32_t cnt = 0;
    TSNode *kid = concat ? fe_children(p, n, 1, &cnt) : NULL;
    if (concat) {
        for (uint32_t i = 0; i < cnt; i++) {
            TSNode k = kid[i];
            if (fe_tk(p, k) == TK_STRING && is_fpiece(p, k)) return fstring(p, n, 1);
        }
    }
    size_t total;
    fe_text(p, n, &total);
    char *buf = fe_alloc(p->arena, total + 1);
    if (!buf) return fe_err_at(p, n, "out of memory");
    size_t olen = 0;
    int kind = -1; /* -1 unknown, 0 str, 1 bytes */
    if (!concat) {
        if (string_piece(p, n, buf, &olen, &kind) < 0) return NULL;
    } else {
        for (uint32_t i = 0; i < cnt; i++) {
            TSNode k = kid[i];
            if (fe_tk(p, k) != TK_STRING) continue;
            int b = 0;
            if (string_piece(p, k, buf, &olen, &b) < 0) return NULL;
            if (kind >= 0 && kind != b) return fe_err_at(p, n, "cannot mix bytes and nonbytes literals");
            kind = b;
        }
    }
    buf[olen] = '\0';
    FeNode *e = fe_node(p, kind == 1 ? E_BYTES : E_STR, n);
    if (!e) return NULL;
    e->u.lit.text = buf;
    e->u.lit.len = olen;
    return e;
}
