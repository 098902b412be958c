/* cli_serve_wire.c — the wire form of values in `pith serve` (docs/PROTOCOL.md, "Values"): JSON for what
 * JSON can say, and a one-key object tagged with "$" for the rest ({"$tuple": [...]}, {"$bytes": "base64"},
 * {"$int": "digits"}, ...), so a host value survives the trip exactly; plus JSON strings and base64.
 * Stage: cli (public API only: host-value trees of include/pith.h).
 * Invariant: an object with a key starting with "$" is always a tag (one key, a known name), on both sides:
 * a dict whose keys are not all plain strings goes out as {"$dict": [[k, v], ...]}. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli_serve.h"

#define SERVE_WIRE_MAX_DEPTH 1000 /* as deep as the host-value renderers go (the JSON reader stops at 512) */
#define SERVE_WIRE_MAX_SAFE_INT 9007199254740991LL /* 2**53 - 1: the ints every JSON reader keeps exact */

int serve_json_str(PithBuf *b, const char *text, size_t len) {
    PithValue leaf = {PITH_STR, {0}};
    leaf.u.s.data = (char *)(text ? text : "");
    leaf.u.s.len = text ? len : 0;
    char *json = pith_value_to_json(&leaf);
    if (!json) {
        b->failed = 1;
        return -1;
    }
    int rc = pith_buf_puts(b, json);
    free(json);
    return rc;
}

static const char b64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int serve_b64_put(PithBuf *b, const unsigned char *data, size_t len) {
    char *out = pith_buf_reserve(b, (len + 2) / 3 * 4);
    if (!out) return -1;
    size_t k = 0;
    for (size_t i = 0; i < len; i += 3) {
        unsigned v =
            (unsigned)data[i] << 16 | (i + 1 < len ? (unsigned)data[i + 1] << 8 : 0) | (i + 2 < len ? data[i + 2] : 0);
        out[k++] = b64_alphabet[v >> 18 & 63];
        out[k++] = b64_alphabet[v >> 12 & 63];
        out[k++] = i + 1 < len ? b64_alphabet[v >> 6 & 63] : '=';
        out[k++] = i + 2 < len ? b64_alphabet[v & 63] : '=';
    }
    pith_buf_commit(b, k);
    return 0;
}

static int b64_digit(unsigned char c) {
    const char *p = c ? strchr(b64_alphabet, c) : NULL;
    return p ? (int)(p - b64_alphabet) : -1;
}

unsigned char *serve_b64_decode(const char *text, size_t len, size_t *out_len) {
    if (len % 4) return NULL;
    unsigned char *out = malloc(len / 4 * 3 + 1);
    if (!out) return NULL;
    size_t k = 0;
    for (size_t i = 0; i < len; i += 4) {
        int last = i + 4 == len;
        int pad = last ? (text[i + 3] == '=') + (text[i + 2] == '=') : 0;
        if (pad == 1 && text[i + 2] == '=') pad = -1; /* "x=y=" */
        int d[4];
        for (int j = 0; j < 4; j++) d[j] = j >= 4 - pad ? 0 : b64_digit((unsigned char)text[i + j]);
        if (pad < 0 || d[0] < 0 || d[1] < 0 || d[2] < 0 || d[3] < 0) {
            free(out);
            return NULL;
        }
        unsigned v = (unsigned)d[0] << 18 | (unsigned)d[1] << 12 | (unsigned)d[2] << 6 | (unsigned)d[3];
        out[k++] = (unsigned char)(v >> 16);
        if (pad < 2) out[k++] = (unsigned char)(v >> 8);
        if (pad < 1) out[k++] = (unsigned char)v;
    }
    *out_len = k;
    return out;
}

/* ---- host value -> wire ---- */

/* A dict that JSON can say as an object: every key a str that does not start with "$". */
static int dict_is_plain(const PithValue *v) {
    for (size_t i = 0; i < v->u.dict.n; i++) {
        const PithValue *k = v->u.dict.keys[i];
        if (!k || k->kind != PITH_STR || (k->u.s.len && k->u.s.data[0] == '$')) return 0;
    }
    return 1;
}

static int wire_put(PithBuf *b, const PithValue *v, int depth);

static int wire_put_items(PithBuf *b, const PithValue *v, int depth) {
    pith_buf_putc(b, '[');
    for (size_t i = 0; i < v->u.seq.n; i++) {
        if (i) pith_buf_put(b, ", ", 2);
        if (wire_put(b, v->u.seq.items[i], depth + 1) != 0) return -1;
    }
    return pith_buf_putc(b, ']');
}

static int wire_put_dict(PithBuf *b, const PithValue *v, int depth) {
    int plain = dict_is_plain(v);
    pith_buf_puts(b, plain ? "{" : "{\"$dict\": [");
    for (size_t i = 0; i < v->u.dict.n; i++) {
        if (i) pith_buf_put(b, ", ", 2);
        const PithValue *k = v->u.dict.keys[i];
        if (plain) {
            serve_json_str(b, k->u.s.data, k->u.s.len);
            pith_buf_put(b, ": ", 2);
        } else {
            pith_buf_putc(b, '[');
            if (wire_put(b, k, depth + 1) != 0) return -1;
            pith_buf_put(b, ", ", 2);
        }
        if (wire_put(b, v->u.dict.values[i], depth + 1) != 0) return -1;
        if (!plain) pith_buf_putc(b, ']');
    }
    return pith_buf_puts(b, plain ? "}" : "]}");
}

static int wire_put(PithBuf *b, const PithValue *v, int depth) {
    if (depth > SERVE_WIRE_MAX_DEPTH) return -1;
    if (!v) return pith_buf_puts(b, "null");
    switch (v->kind) {
    case PITH_NONE: return pith_buf_puts(b, "null");
    case PITH_BOOL: return pith_buf_puts(b, v->u.b ? "true" : "false");
    case PITH_INT:
        /* beyond 2**53 a JSON number loses digits in JavaScript's JSON.parse: tag it */
        if (v->u.i > SERVE_WIRE_MAX_SAFE_INT || v->u.i < -SERVE_WIRE_MAX_SAFE_INT)
            return pith_buf_printf(b, "{\"$int\": \"%lld\"}", (long long)v->u.i);
        return pith_buf_printf(b, "%lld", (long long)v->u.i);
    case PITH_BIGINT:
        pith_buf_puts(b, "{\"$int\": ");
        serve_json_str(b, v->u.bigint ? v->u.bigint : "0", v->u.bigint ? strlen(v->u.bigint) : 1);
        return pith_buf_putc(b, '}');
    case PITH_FLOAT: {
        if (isnan(v->u.f)) return pith_buf_puts(b, "{\"$float\": \"nan\"}");
        if (isinf(v->u.f)) return pith_buf_puts(b, v->u.f > 0 ? "{\"$float\": \"inf\"}" : "{\"$float\": \"-inf\"}");
        char *num = pith_value_to_json(v); /* Python's float repr: the shortest text that reads back exactly */
        if (!num) return b->failed = 1, -1;
        int rc = pith_buf_puts(b, num);
        free(num);
        return rc;
    }
    case PITH_STR: return serve_json_str(b, v->u.s.data, v->u.s.len);
    case PITH_BYTES:
        pith_buf_puts(b, "{\"$bytes\": \"");
        serve_b64_put(b, (const unsigned char *)v->u.s.data, v->u.s.len);
        return pith_buf_puts(b, "\"}");
    case PITH_OTHER:
        pith_buf_puts(b, "{\"$repr\": ");
        serve_json_str(b, v->u.s.data, v->u.s.len);
        return pith_buf_putc(b, '}');
    case PITH_LIST: return wire_put_items(b, v, depth);
    case PITH_TUPLE:
    case PITH_SET:
        pith_buf_puts(b, v->kind == PITH_TUPLE ? "{\"$tuple\": " : "{\"$set\": ");
        if (wire_put_items(b, v, depth) != 0) return -1;
        return pith_buf_putc(b, '}');
    case PITH_DICT: return wire_put_dict(b, v, depth);
    }
    return pith_buf_puts(b, "null");
}

int serve_wire_put(PithBuf *b, const PithValue *v) {
    if (wire_put(b, v, 0) != 0) b->failed = 1;
    return b->failed ? -1 : 0;
}

/* ---- wire -> host value ---- */

/* Decoding state: the first error's message. */
typedef struct WireDec {
    char *err;
    size_t errlen;
    int failed;
} WireDec;

static PithValue *dec_fail(WireDec *d, const char *msg) {
    if (!d->failed && d->err && d->errlen) snprintf(d->err, d->errlen, "%s", msg);
    d->failed = 1;
    return NULL;
}

static PithValue *wire_dec(WireDec *d, const PithValue *j, int depth);

/* Decode each item of the JSON array j into a new sequence of the given kind. */
static PithValue *dec_items(WireDec *d, const PithValue *j, PithKind kind, int depth) {
    if (j->kind != PITH_LIST) return dec_fail(d, "a $tuple or $set holds an array");
    PithValue *seq = pith_value_list();
    if (!seq) return dec_fail(d, "out of memory");
    seq->kind = kind; /* same layout as a list; pith_value_append accepts all three */
    for (size_t i = 0; i < j->u.seq.n; i++) {
        PithValue *item = wire_dec(d, j->u.seq.items[i], depth + 1);
        if (!item || pith_value_append(seq, item) != 0) {
            pith_value_free(seq);
            return item ? dec_fail(d, "out of memory") : NULL;
        }
    }
    return seq;
}

/* {"$dict": [[k, v], ...]} */
static PithValue *dec_pairs(WireDec *d, const PithValue *j, int depth) {
    if (j->kind != PITH_LIST) return dec_fail(d, "a $dict holds an array of [key, value] pairs");
    PithValue *dict = pith_value_dict();
    if (!dict) return dec_fail(d, "out of memory");
    for (size_t i = 0; i < j->u.seq.n; i++) {
        const PithValue *pair = j->u.seq.items[i];
        if (pair->kind != PITH_LIST || pair->u.seq.n != 2) {
            pith_value_free(dict);
            return dec_fail(d, "a $dict holds an array of [key, value] pairs");
        }
        PithValue *k = wire_dec(d, pair->u.seq.items[0], depth + 1);
        PithValue *v = k ? wire_dec(d, pair->u.seq.items[1], depth + 1) : NULL;
        if (!v || pith_value_dict_set(dict, k, v) != 0) {
            if (!v) pith_value_free(k);
            pith_value_free(dict);
            return d->failed ? NULL : dec_fail(d, "out of memory");
        }
    }
    return dict;
}

/* {"$int": "-123..."}: decimal digits with an optional minus sign. */
static PithValue *dec_bigint(WireDec *d, const PithValue *j) {
    if (j->kind != PITH_STR) return dec_fail(d, "an $int holds a string of decimal digits");
    const char *s = j->u.s.data;
    size_t n = j->u.s.len, i = s[0] == '-';
    if (i == n || n > 100000) return dec_fail(d, "an $int holds a string of decimal digits");
    for (; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return dec_fail(d, "an $int holds a string of decimal digits");
    PithValue *v = calloc(1, sizeof *v);
    char *text = strndup(s, n);
    if (!v || !text) {
        free(v);
        free(text);
        return dec_fail(d, "out of memory");
    }
    v->kind = PITH_BIGINT;
    v->u.bigint = text;
    return v;
}

static PithValue *dec_tagged(WireDec *d, const char *tag, const PithValue *j, int depth) {
    if (strcmp(tag, "$tuple") == 0) return dec_items(d, j, PITH_TUPLE, depth);
    if (strcmp(tag, "$set") == 0) return dec_items(d, j, PITH_SET, depth);
    if (strcmp(tag, "$dict") == 0) return dec_pairs(d, j, depth);
    if (strcmp(tag, "$int") == 0) return dec_bigint(d, j);
    if (strcmp(tag, "$float") == 0) {
        const char *s = j->kind == PITH_STR ? j->u.s.data : "";
        double f = strcmp(s, "nan") == 0    ? NAN
                   : strcmp(s, "inf") == 0  ? INFINITY
                   : strcmp(s, "-inf") == 0 ? -INFINITY
                                            : 0;
        if (f == 0) return dec_fail(d, "a $float holds \"nan\", \"inf\" or \"-inf\"");
        PithValue *v = pith_value_float(f);
        return v ? v : dec_fail(d, "out of memory");
    }
    if (strcmp(tag, "$bytes") == 0) {
        size_t n = 0;
        unsigned char *bytes = j->kind == PITH_STR ? serve_b64_decode(j->u.s.data, j->u.s.len, &n) : NULL;
        if (!bytes) return dec_fail(d, "a $bytes holds base64 text");
        PithValue *v = pith_value_str((const char *)bytes, n);
        free(bytes);
        if (!v) return dec_fail(d, "out of memory");
        v->kind = PITH_BYTES; /* same payload layout as a str */
        return v;
    }
    if (strcmp(tag, "$repr") == 0) return dec_fail(d, "a $repr value (a repr only) cannot enter a program");
    return dec_fail(d, "unknown $ tag in a value");
}

static PithValue *wire_dec(WireDec *d, const PithValue *j, int depth) {
    if (depth > SERVE_WIRE_MAX_DEPTH) return dec_fail(d, "value nested too deeply");
    PithValue *v = NULL;
    switch (j->kind) {
    case PITH_NONE: v = pith_value_none(); break;
    case PITH_BOOL: v = pith_value_bool(j->u.b); break;
    case PITH_INT: v = pith_value_int(j->u.i); break;
    case PITH_BIGINT: return dec_bigint(d, &(PithValue){PITH_STR, {.s = {j->u.bigint, strlen(j->u.bigint)}}});
    case PITH_FLOAT: v = pith_value_float(j->u.f); break;
    case PITH_STR: v = pith_value_str(j->u.s.data, j->u.s.len); break;
    case PITH_LIST: return dec_items(d, j, PITH_LIST, depth);
    case PITH_DICT: {
        for (size_t i = 0; i < j->u.dict.n; i++) {
            const PithValue *k = j->u.dict.keys[i];
            if (k->u.s.len && k->u.s.data[0] == '$') {
                if (j->u.dict.n != 1) return dec_fail(d, "a $ tag must be the only key of its object");
                return dec_tagged(d, k->u.s.data, j->u.dict.values[0], depth);
            }
        }
        v = pith_value_dict();
        if (!v) break;
        for (size_t i = 0; i < j->u.dict.n; i++) {
            const PithValue *k = j->u.dict.keys[i];
            PithValue *val = wire_dec(d, j->u.dict.values[i], depth + 1);
            if (!val) {
                pith_value_free(v);
                return d->failed ? NULL : dec_fail(d, "out of memory");
            }
            if (pith_value_dict_set(v, pith_value_str(k->u.s.data, k->u.s.len), val) != 0) {
                pith_value_free(v);
                return dec_fail(d, "out of memory");
            }
        }
        return v;
    }
    default: return dec_fail(d, "not a JSON value");
    }
    return v ? v : dec_fail(d, "out of memory");
}

PithValue *serve_wire_decode(const PithValue *j, char *err, size_t errlen) {
    WireDec d = {err, errlen, 0};
    return wire_dec(&d, j, 0);
}
