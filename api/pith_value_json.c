/* pith_value_json.c — JSON <-> host-value tree: a strict recursive-descent parser (RFC 8259 plus the
 * NaN/Infinity/-Infinity literals Python's json module reads and writes) and a renderer that writes what
 * Python's json.dumps(value) writes. Stage: api, the host-value tree (malloc only).
 * Invariants: the parser never reads past len, never recurses deeper than HV_JSON_MAX_DEPTH containers,
 * and on any error frees everything it built and returns NULL with a message. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pith_value_int.h"

#define HV_JSON_MAX_DEPTH 512       /* deepest container nesting accepted by pith_value_from_json */
#define HV_JSON_MAX_INT_DIGITS 4300 /* CPython 3.11's default int/str conversion limit */

/* Parser state for one pith_value_from_json call. */
typedef struct HvParser {
    const unsigned char *s; /* the text (borrowed) */
    size_t len;             /* its length in bytes */
    size_t pos;             /* next byte to read */
    char *err;              /* caller's message buffer, may be NULL */
    size_t errlen;          /* its size */
    int failed;             /* set by the first error; later errors keep the first message */
} HvParser;

/* Record an error at byte offset at, in Python's json style: "msg: line L column C (char N)"
 * (columns and char offsets count code points, as Python's do). */
static void hv_fail(HvParser *p, const char *msg, size_t at) {
    if (p->failed) return;
    p->failed = 1;
    if (!p->err || !p->errlen) return;
    size_t line = 1, col = 1, chars = 0;
    for (size_t i = 0; i < at && i < p->len; i++) {
        if ((p->s[i] & 0xC0) == 0x80) continue; /* a continuation byte is part of the previous character */
        chars++;
        if (p->s[i] == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
    }
    snprintf(p->err, p->errlen, "%s: line %zu column %zu (char %zu)", msg, line, col, chars);
}

static void hv_skip_ws(HvParser *p) {
    while (p->pos < p->len) {
        unsigned char c = p->s[p->pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
        p->pos++;
    }
}

/* Does the text at pos start with the literal word (it must fit before len)? */
static int hv_match(const HvParser *p, const char *word) {
    size_t n = strlen(word);
    return p->len - p->pos >= n && memcmp(p->s + p->pos, word, n) == 0;
}

static PithValue *hv_parse_value(HvParser *p, int depth);

/* ---- numbers ---- */

/* Value of the JSON number text [start, end) where the fraction/exponent parts are [frac, end): an int64
 * if it is an integer that fits, else a PITH_BIGINT (its decimal text), else a float via strtod on a
 * decimal-point-free rewrite ("12.5e3" -> "125e2"), so the C locale's decimal point cannot matter. */
static PithValue *hv_make_number(HvParser *p, size_t start, size_t int_end, size_t end) {
    const char *t = (const char *)p->s;
    int neg = t[start] == '-';
    size_t ds = start + (size_t)neg;
    if (int_end == end) {
        uint64_t mag = 0;
        int overflow = 0;
        for (size_t i = ds; i < int_end; i++) {
            unsigned d = (unsigned)(t[i] - '0');
            if (mag > (UINT64_MAX - d) / 10) {
                overflow = 1;
                break;
            }
            mag = mag * 10 + d;
        }
        uint64_t lim = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
        if (!overflow && mag <= lim) {
            int64_t iv = neg ? (mag == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)mag) : (int64_t)mag;
            return pith_value_int(iv);
        }
        PithValue *v = calloc(1, sizeof *v);
        char *text = malloc(end - start + 1);
        if (!v || !text) {
            free(v);
            free(text);
            return NULL;
        }
        memcpy(text, t + start, end - start);
        text[end - start] = '\0';
        v->kind = PITH_BIGINT;
        v->u.bigint = text;
        return v;
    }
    /* mantissa digits (int part + fraction digits) and the decimal exponent that goes with them */
    size_t i = int_end;
    long long exp10 = 0;
    size_t nfrac = 0;
    if (i < end && t[i] == '.') {
        i++;
        while (i < end && t[i] >= '0' && t[i] <= '9') i++, nfrac++;
    }
    if (i < end && (t[i] == 'e' || t[i] == 'E')) {
        i++;
        int eneg = 0;
        if (t[i] == '+' || t[i] == '-') eneg = t[i++] == '-';
        for (; i < end; i++) {
            if (exp10 < 1000000000LL)
                exp10 = exp10 * 10 + (t[i] - '0'); /* saturates: beyond this it is inf or 0 anyway */
        }
        if (eneg) exp10 = -exp10;
    }
    exp10 -= (long long)nfrac;
    size_t ndig = (int_end - ds) + nfrac;
    char small[128];
    char *buf = ndig + 32 <= sizeof small ? small : malloc(ndig + 32);
    if (!buf) return NULL;
    size_t k = 0;
    if (neg) buf[k++] = '-';
    memcpy(buf + k, t + ds, int_end - ds);
    k += int_end - ds;
    if (nfrac) {
        memcpy(buf + k, t + int_end + 1, nfrac);
        k += nfrac;
    }
    snprintf(buf + k, 24, "e%lld", exp10);
    double f = strtod(buf, NULL);
    if (buf != small) free(buf);
    return pith_value_float(f);
}

/* number = -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? — like Python's NUMBER_RE, a '.' or 'e' not
 * followed by digits is left unread (so "1." is 1 followed by extra data). */
static PithValue *hv_parse_number(HvParser *p) {
    size_t start = p->pos, i = p->pos;
    const unsigned char *s = p->s;
    if (i < p->len && s[i] == '-') i++;
    if (i >= p->len || s[i] < '0' || s[i] > '9') {
        hv_fail(p, "Expecting value", start);
        return NULL;
    }
    if (s[i] == '0')
        i++;
    else
        while (i < p->len && s[i] >= '0' && s[i] <= '9') i++;
    size_t int_end = i;
    if (i + 1 < p->len && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9') {
        i++;
        while (i < p->len && s[i] >= '0' && s[i] <= '9') i++;
    }
    if (i < p->len && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        if (j < p->len && (s[j] == '+' || s[j] == '-')) j++;
        if (j < p->len && s[j] >= '0' && s[j] <= '9') {
            while (j < p->len && s[j] >= '0' && s[j] <= '9') j++;
            i = j;
        }
    }
    p->pos = i;
    size_t ndigits = int_end - start - (s[start] == '-');
    if (int_end == i && ndigits > HV_JSON_MAX_INT_DIGITS) {
        /* CPython 3.11 refuses to convert such an integer (sys.get_int_max_str_digits()) */
        char msg[160];
        snprintf(msg, sizeof msg,
                 "Exceeds the limit (%d digits) for integer string conversion: value has %zu digits at",
                 HV_JSON_MAX_INT_DIGITS, ndigits);
        hv_fail(p, msg, start);
        return NULL;
    }
    PithValue *v = hv_make_number(p, start, int_end, i);
    if (!v) hv_fail(p, "Out of memory", start);
    return v;
}

/* ---- strings ---- */

static int hv_hex4(const unsigned char *s, uint32_t *out) {
    uint32_t v = 0;
    for (int k = 0; k < 4; k++) {
        unsigned c = s[k];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= c - '0';
        else if (c >= 'a' && c <= 'f')
            v |= c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v |= c - 'A' + 10;
        else
            return -1;
    }
    *out = v;
    return 0;
}

/* Length of the valid UTF-8 sequence at s[i] (strict: no overlongs, surrogates or > U+10FFFF), 0 if
 * invalid or truncated. */
static size_t hv_utf8_valid_len(const unsigned char *s, size_t len, size_t i) {
    unsigned c = s[i];
    size_t need;
    unsigned lo = 0x80, hi = 0xBF; /* allowed range of the first continuation byte */
    if (c >= 0xC2 && c <= 0xDF)
        need = 1;
    else if (c == 0xE0)
        need = 2, lo = 0xA0;
    else if (c == 0xED)
        need = 2, hi = 0x9F;
    else if (c >= 0xE1 && c <= 0xEF)
        need = 2;
    else if (c == 0xF0)
        need = 3, lo = 0x90;
    else if (c == 0xF4)
        need = 3, hi = 0x8F;
    else if (c >= 0xF1 && c <= 0xF3)
        need = 3;
    else
        return 0;
    if (len - i <= need) return 0;
    if (s[i + 1] < lo || s[i + 1] > hi) return 0;
    for (size_t k = 2; k <= need; k++)
        if ((s[i + k] & 0xC0) != 0x80) return 0;
    return need + 1;
}

static void hv_put_utf8(PithBuf *b, uint32_t cp) {
    char u[4];
    if (cp < 0x80) {
        pith_buf_putc(b, (char)cp);
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        pith_buf_put(b, u, 2);
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        pith_buf_put(b, u, 3);
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        pith_buf_put(b, u, 4);
    }
}

/* Parse a string starting at the opening quote into b (UTF-8, may contain NUL). 0 ok, -1 error. */
static int hv_parse_string_into(HvParser *p, PithBuf *b) {
    size_t open = p->pos++;
    const unsigned char *s = p->s;
    for (;;) {
        size_t run = p->pos;
        while (p->pos < p->len && s[p->pos] != '"' && s[p->pos] != '\\' && s[p->pos] >= 0x20 && s[p->pos] < 0x80)
            p->pos++;
        pith_buf_put(b, (const char *)s + run, p->pos - run);
        if (p->pos >= p->len) {
            hv_fail(p, "Unterminated string starting at", open);
            return -1;
        }
        unsigned char c = s[p->pos];
        if (c == '"') {
            p->pos++;
            break;
        }
        if (c < 0x20) {
            hv_fail(p, "Invalid control character at", p->pos);
            return -1;
        }
        if (c >= 0x80) {
            size_t n = hv_utf8_valid_len(s, p->len, p->pos);
            if (!n) {
                hv_fail(p, "Invalid UTF-8 in string at", p->pos);
                return -1;
            }
            pith_buf_put(b, (const char *)s + p->pos, n);
            p->pos += n;
            continue;
        }
        /* a backslash escape */
        size_t esc = p->pos;
        if (p->pos + 1 >= p->len) {
            hv_fail(p, "Unterminated string starting at", open);
            return -1;
        }
        char e = (char)s[p->pos + 1];
        const char *simple = strchr("\"\\/bfnrt", e);
        if (e && simple) {
            static const char map[] = "\"\\/\b\f\n\r\t";
            pith_buf_putc(b, map[simple - "\"\\/bfnrt"]);
            p->pos += 2;
            continue;
        }
        if (e != 'u') {
            hv_fail(p, "Invalid \\escape", esc);
            return -1;
        }
        uint32_t cp;
        /* like CPython, an escape that ends the input is reported as invalid (the string is unterminated) */
        if (p->len - p->pos <= 6 || hv_hex4(s + p->pos + 2, &cp) != 0) {
            hv_fail(p, "Invalid \\uXXXX escape", esc + 1);
            return -1;
        }
        p->pos += 6;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t lo;
            if (p->len - p->pos >= 6 && s[p->pos] == '\\' && s[p->pos + 1] == 'u' &&
                hv_hex4(s + p->pos + 2, &lo) == 0 && lo >= 0xDC00 && lo <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                p->pos += 6;
            } else {
                hv_fail(p, "Lone surrogate in \\uXXXX escape at", esc);
                return -1;
            }
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            hv_fail(p, "Lone surrogate in \\uXXXX escape at", esc);
            return -1;
        }
        hv_put_utf8(b, cp);
    }
    if (b->failed) {
        hv_fail(p, "Out of memory", open);
        return -1;
    }
    return 0;
}

static PithValue *hv_parse_string(HvParser *p) {
    PithBuf b = {0};
    if (hv_parse_string_into(p, &b) != 0) {
        pith_buf_free(&b);
        return NULL;
    }
    size_t n;
    char *text = pith_buf_take(&b, &n);
    PithValue *v = text ? calloc(1, sizeof *v) : NULL;
    if (!v) {
        free(text);
        hv_fail(p, "Out of memory", p->pos);
        return NULL;
    }
    v->kind = PITH_STR;
    v->u.s.data = text;
    v->u.s.len = n;
    return v;
}

/* ---- containers ---- */

static PithValue *hv_parse_array(HvParser *p, int depth) {
    PithValue *list = pith_value_list();
    if (!list) {
        hv_fail(p, "Out of memory", p->pos);
        return NULL;
    }
    p->pos++; /* '[' */
    hv_skip_ws(p);
    if (p->pos < p->len && p->s[p->pos] == ']') {
        p->pos++;
        return list;
    }
    for (;;) {
        hv_skip_ws(p);
        PithValue *item = hv_parse_value(p, depth + 1);
        if (!item) goto fail;
        if (pith_value_append(list, item) != 0) {
            hv_fail(p, "Out of memory", p->pos);
            goto fail;
        }
        hv_skip_ws(p);
        if (p->pos < p->len && p->s[p->pos] == ',') {
            p->pos++;
            continue;
        }
        if (p->pos < p->len && p->s[p->pos] == ']') {
            p->pos++;
            return list;
        }
        hv_fail(p, "Expecting ',' delimiter", p->pos);
        goto fail;
    }
fail:
    pith_value_free(list);
    return NULL;
}

/* Finds duplicate keys while an object is parsed: linear for small objects, an open-addressing table of
 * entry indices (hash of the key bytes) once it grows. Python keeps the first position, last value. */
typedef struct HvKeyIndex {
    size_t *slots; /* index+1 of an entry, 0 = empty; NULL while the object is small */
    size_t cap;    /* number of slots (a power of two) */
} HvKeyIndex;

static uint64_t hv_hash(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    return h;
}

static int hv_key_eq(const PithValue *a, const PithValue *b) {
    return a->u.s.len == b->u.s.len && memcmp(a->u.s.data, b->u.s.data, a->u.s.len) == 0;
}

/* Put entry i of dict into the table (no duplicate check). */
static void hv_index_put(HvKeyIndex *ix, const PithValue *dict, size_t i) {
    const PithValue *k = dict->u.dict.keys[i];
    size_t m = ix->cap - 1, h = (size_t)hv_hash(k->u.s.data, k->u.s.len) & m;
    while (ix->slots[h]) h = (h + 1) & m;
    ix->slots[h] = i + 1;
}

/* Index of an entry of dict whose key equals key, or SIZE_MAX. Keeps the table sized for n entries
 * (rebuilt at 2x when 50% full); -2 (as SIZE_MAX - 1) on OOM. */
static size_t hv_index_find(HvKeyIndex *ix, const PithValue *dict, const PithValue *key) {
    size_t n = dict->u.dict.n;
    if (n < 16) {
        for (size_t i = 0; i < n; i++)
            if (hv_key_eq(dict->u.dict.keys[i], key)) return i;
        return SIZE_MAX;
    }
    if (!ix->slots || (n + 1) * 2 > ix->cap) {
        size_t cap = ix->cap ? ix->cap : 64;
        while ((n + 1) * 2 > cap) cap *= 2;
        size_t *slots = calloc(cap, sizeof *slots);
        if (!slots) return SIZE_MAX - 1;
        free(ix->slots);
        ix->slots = slots;
        ix->cap = cap;
        for (size_t i = 0; i < n; i++) hv_index_put(ix, dict, i);
    }
    size_t m = ix->cap - 1, h = (size_t)hv_hash(key->u.s.data, key->u.s.len) & m;
    while (ix->slots[h]) {
        size_t i = ix->slots[h] - 1;
        if (hv_key_eq(dict->u.dict.keys[i], key)) return i;
        h = (h + 1) & m;
    }
    return SIZE_MAX;
}

static PithValue *hv_parse_object(HvParser *p, int depth) {
    PithValue *dict = pith_value_dict();
    HvKeyIndex ix = {0};
    if (!dict) {
        hv_fail(p, "Out of memory", p->pos);
        return NULL;
    }
    p->pos++; /* '{' */
    hv_skip_ws(p);
    if (p->pos < p->len && p->s[p->pos] == '}') {
        p->pos++;
        return dict;
    }
    for (;;) {
        hv_skip_ws(p);
        if (p->pos >= p->len || p->s[p->pos] != '"') {
            hv_fail(p, "Expecting property name enclosed in double quotes", p->pos);
            goto fail;
        }
        PithValue *key = hv_parse_string(p);
        if (!key) goto fail;
        hv_skip_ws(p);
        if (p->pos >= p->len || p->s[p->pos] != ':') {
            hv_fail(p, "Expecting ':' delimiter", p->pos);
            pith_value_free(key);
            goto fail;
        }
        p->pos++;
        hv_skip_ws(p);
        PithValue *value = hv_parse_value(p, depth + 1);
        if (!value) {
            pith_value_free(key);
            goto fail;
        }
        size_t dup = hv_index_find(&ix, dict, key);
        if (dup == SIZE_MAX - 1) {
            hv_fail(p, "Out of memory", p->pos);
            pith_value_free(key);
            pith_value_free(value);
            goto fail;
        }
        if (dup != SIZE_MAX) {
            pith_value_free(key);
            pith_value_free(dict->u.dict.values[dup]);
            dict->u.dict.values[dup] = value;
        } else {
            if (pith_value_dict_set(dict, key, value) != 0) {
                hv_fail(p, "Out of memory", p->pos);
                goto fail;
            }
            if (ix.slots) hv_index_put(&ix, dict, dict->u.dict.n - 1);
        }
        hv_skip_ws(p);
        if (p->pos < p->len && p->s[p->pos] == ',') {
            p->pos++;
            continue;
        }
        if (p->pos < p->len && p->s[p->pos] == '}') {
            p->pos++;
            free(ix.slots);
            return dict;
        }
        hv_fail(p, "Expecting ',' delimiter", p->pos);
        goto fail;
    }
fail:
    free(ix.slots);
    pith_value_free(dict);
    return NULL;
}

/* value = object | array | string | number | true | false | null | NaN | Infinity | -Infinity */
static PithValue *hv_parse_value(HvParser *p, int depth) {
    if (p->pos >= p->len) {
        hv_fail(p, "Expecting value", p->pos);
        return NULL;
    }
    PithValue *v = NULL;
    int matched = 0; /* a literal word was recognised (so a NULL v means OOM) */
    switch (p->s[p->pos]) {
    case '{':
    case '[':
        if (depth >= HV_JSON_MAX_DEPTH) {
            hv_fail(p, "Nesting deeper than 512 levels at", p->pos);
            return NULL;
        }
        return p->s[p->pos] == '{' ? hv_parse_object(p, depth) : hv_parse_array(p, depth);
    case '"': return hv_parse_string(p);
    case 't':
        if (hv_match(p, "true")) {
            p->pos += 4;
            matched = 1;
            v = pith_value_bool(1);
        }
        break;
    case 'f':
        if (hv_match(p, "false")) {
            p->pos += 5;
            matched = 1;
            v = pith_value_bool(0);
        }
        break;
    case 'n':
        if (hv_match(p, "null")) {
            p->pos += 4;
            matched = 1;
            v = pith_value_none();
        }
        break;
    case 'N':
        if (hv_match(p, "NaN")) {
            p->pos += 3;
            matched = 1;
            v = pith_value_float(NAN);
        }
        break;
    case 'I':
        if (hv_match(p, "Infinity")) {
            p->pos += 8;
            matched = 1;
            v = pith_value_float(INFINITY);
        }
        break;
    case '-':
        if (hv_match(p, "-Infinity")) {
            p->pos += 9;
            matched = 1;
            v = pith_value_float(-INFINITY);
            break;
        }
        return hv_parse_number(p);
    default:
        if (p->s[p->pos] >= '0' && p->s[p->pos] <= '9') return hv_parse_number(p);
        hv_fail(p, "Expecting value", p->pos);
        return NULL;
    }
    if (!v) hv_fail(p, matched ? "Out of memory" : "Expecting value", p->pos);
    return v;
}

PithValue *pith_value_from_json(const char *json, size_t len, char *err, size_t errlen) {
    HvParser p = {(const unsigned char *)(json ? json : ""), json ? len : 0, 0, err, errlen, 0};
    if (err && errlen) err[0] = '\0';
    if (p.len >= 3 && memcmp(p.s, "\xEF\xBB\xBF", 3) == 0) {
        hv_fail(&p, "Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
        return NULL;
    }
    hv_skip_ws(&p);
    PithValue *v = hv_parse_value(&p, 0);
    if (!v) return NULL;
    hv_skip_ws(&p);
    if (p.pos != p.len) {
        hv_fail(&p, "Extra data", p.pos);
        pith_value_free(v);
        return NULL;
    }
    return v;
}

/* ---- rendering: json.dumps(value) with its defaults (ensure_ascii, ", " and ": " separators) ---- */

/* A JSON string literal of UTF-8 text, everything outside printable ASCII as \uXXXX (surrogate pairs
 * above the BMP); bytes that are not valid UTF-8 come out as \udcXX (surrogateescape). */
static int hv_json_str(PithBuf *b, const char *text, size_t n) {
    const unsigned char *s = (const unsigned char *)(text ? text : "");
    if (!text) n = 0;
    pith_buf_putc(b, '"');
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        while (i < n && s[i] >= 0x20 && s[i] < 0x7F && s[i] != '"' && s[i] != '\\') i++;
        pith_buf_put(b, (const char *)s + run, i - run);
        if (i >= n) break;
        uint32_t cp = rt_hv_utf8_next(s, n, &i);
        char tmp[16];
        switch (cp) {
        case '"': pith_buf_put(b, "\\\"", 2); continue;
        case '\\': pith_buf_put(b, "\\\\", 2); continue;
        case '\n': pith_buf_put(b, "\\n", 2); continue;
        case '\r': pith_buf_put(b, "\\r", 2); continue;
        case '\t': pith_buf_put(b, "\\t", 2); continue;
        case '\b': pith_buf_put(b, "\\b", 2); continue;
        case '\f': pith_buf_put(b, "\\f", 2); continue;
        default: break;
        }
        if (cp >= 0x10000) {
            uint32_t v = cp - 0x10000;
            snprintf(tmp, sizeof tmp, "\\u%04x\\u%04x", 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF));
        } else {
            snprintf(tmp, sizeof tmp, "\\u%04x", cp);
        }
        pith_buf_puts(b, tmp);
    }
    return pith_buf_putc(b, '"');
}

/* A float as json.dumps writes it: float repr, but NaN / Infinity / -Infinity. */
static int hv_json_float(PithBuf *b, double f) {
    char num[32];
    if (isnan(f)) return pith_buf_puts(b, "NaN");
    if (isinf(f)) return pith_buf_puts(b, f < 0 ? "-Infinity" : "Infinity");
    return pith_buf_put(b, num, rt_hv_float_repr(f, num));
}

static int hv_json_into(PithBuf *b, const PithValue *v, int depth);

/* A dict key: str as is; float, int, bool and None converted as json.dumps converts them; any other
 * key (which json.dumps would refuse with TypeError) becomes its repr, so rendering never fails. */
static int hv_json_key(PithBuf *b, const PithValue *k, int depth) {
    char num[32];
    if (!k) return hv_json_str(b, "null", 4);
    switch (k->kind) {
    case PITH_STR: return hv_json_str(b, k->u.s.data, k->u.s.len);
    case PITH_FLOAT: {
        PithBuf t = {0};
        hv_json_float(&t, k->u.f);
        int rc = t.failed ? -1 : hv_json_str(b, t.p ? t.p : "", t.len);
        pith_buf_free(&t);
        return rc;
    }
    case PITH_INT: snprintf(num, sizeof num, "%lld", (long long)k->u.i); return hv_json_str(b, num, strlen(num));
    case PITH_BIGINT: return hv_json_str(b, k->u.bigint ? k->u.bigint : "0", k->u.bigint ? strlen(k->u.bigint) : 1);
    case PITH_BOOL: return hv_json_str(b, k->u.b ? "true" : "false", k->u.b ? 4 : 5);
    case PITH_NONE: return hv_json_str(b, "null", 4);
    default: {
        PithBuf t = {0};
        if (rt_hv_repr_into(&t, k, depth) != 0) {
            pith_buf_free(&t);
            return -1;
        }
        int rc = hv_json_str(b, t.p ? t.p : "", t.len);
        pith_buf_free(&t);
        return rc;
    }
    }
}

static int hv_json_into(PithBuf *b, const PithValue *v, int depth) {
    char num[32];
    if (depth > RT_HV_MAX_RENDER_DEPTH) return -1;
    if (!v) return pith_buf_puts(b, "null");
    switch (v->kind) {
    case PITH_NONE: return pith_buf_puts(b, "null");
    case PITH_BOOL: return pith_buf_puts(b, v->u.b ? "true" : "false");
    case PITH_INT: snprintf(num, sizeof num, "%lld", (long long)v->u.i); return pith_buf_puts(b, num);
    case PITH_BIGINT: return pith_buf_puts(b, v->u.bigint ? v->u.bigint : "0");
    case PITH_FLOAT: return hv_json_float(b, v->u.f);
    case PITH_STR: return hv_json_str(b, v->u.s.data, v->u.s.len);
    case PITH_OTHER: return hv_json_str(b, v->u.s.data, v->u.s.data ? v->u.s.len : 0);
    case PITH_BYTES: {
        PithBuf t = {0};
        rt_hv_repr_into(&t, v, depth);
        int rc = t.failed ? -1 : hv_json_str(b, t.p ? t.p : "", t.len);
        pith_buf_free(&t);
        return rc;
    }
    case PITH_LIST:
    case PITH_TUPLE:
    case PITH_SET:
        pith_buf_putc(b, '[');
        for (size_t k = 0; k < v->u.seq.n; k++) {
            if (k) pith_buf_put(b, ", ", 2);
            if (hv_json_into(b, v->u.seq.items ? v->u.seq.items[k] : NULL, depth + 1) != 0) return -1;
        }
        return pith_buf_putc(b, ']');
    case PITH_DICT:
        pith_buf_putc(b, '{');
        for (size_t k = 0; k < v->u.dict.n; k++) {
            if (k) pith_buf_put(b, ", ", 2);
            if (hv_json_key(b, v->u.dict.keys ? v->u.dict.keys[k] : NULL, depth + 1) != 0) return -1;
            pith_buf_put(b, ": ", 2);
            if (hv_json_into(b, v->u.dict.values ? v->u.dict.values[k] : NULL, depth + 1) != 0) return -1;
        }
        return pith_buf_putc(b, '}');
    }
    return pith_buf_puts(b, "null");
}

char *pith_value_to_json(const PithValue *v) {
    PithBuf b = {0};
    if (hv_json_into(&b, v, 0) != 0) {
        pith_buf_free(&b);
        return NULL;
    }
    return pith_buf_take(&b, NULL);
}
