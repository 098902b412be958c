/* fe_diag.c — frontend diagnostics: recording the first error, source validation (UTF-8, NUL bytes)
 * and the "FILE:LINE:COL: error: MESSAGE" + source line + caret rendering used by the CLI.
 * Stage: frontend. Invariants: line/col are 1-based, col counts bytes of the line (ast.h FeSpan). */
#include <stdio.h>
#include <string.h>

#include "fe_internal.h"

void *fe_errorf(FeDiag *d, int *failed, int line, int col, const char *fmt, ...) {
    if (failed) {
        if (*failed) return NULL;
        *failed = 1;
    }
    if (!d) return NULL;
    d->line = line;
    d->col = col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(d->message, sizeof d->message, fmt, ap);
    va_end(ap);
    return NULL;
}

/* Length of the valid UTF-8 sequence starting at s[0..n), or 0 if it is invalid (overlong forms,
 * surrogates and code points above U+10FFFF are invalid, as in CPython's decoder). */
static int utf8_seq_len(const unsigned char *s, size_t n) {
    unsigned c = s[0];
    if (c < 0x80) return 1;
    int len;
    unsigned cp;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        cp = c & 0x07;
    } else
        return 0;
    if ((size_t)len > n) return 0;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return 0;
    if (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return 0;
    return len;
}

int fe_check_source(const char *src, size_t len, FeDiag *d) {
    const unsigned char *s = (const unsigned char *)src;
    int line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < len;) {
        unsigned c = s[i];
        if (c == '\n') {
            line++;
            line_start = ++i;
            continue;
        }
        if (c == 0) {
            fe_errorf(d, NULL, line, (int)(i - line_start) + 1, "source code cannot contain null bytes");
            return -1;
        }
        if (c < 0x80) {
            i++;
            continue;
        }
        int n = utf8_seq_len(s + i, len - i);
        if (n == 0) {
            fe_errorf(d, NULL, line, (int)(i - line_start) + 1, "invalid UTF-8 in source (byte 0x%02x)", c);
            return -1;
        }
        i += (size_t)n;
    }
    return 0;
}

/* Output buffer that counts the full length even when it truncates (snprintf-like). */
typedef struct Out {
    char *buf;  /* destination (may be NULL when cap is 0) */
    size_t cap; /* its size including the NUL */
    size_t len; /* bytes the full text needs so far */
} Out;

static void out_bytes(Out *o, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (o->len + 1 < o->cap) o->buf[o->len] = s[i];
        o->len++;
    }
}

static void out_str(Out *o, const char *s) { out_bytes(o, s, strlen(s)); }

/* Source lines longer than this are shown as a window of this many bytes around the column, marked "..."
 * where cut (a 10,000-item display on one line would otherwise fill the whole diagnostic). */
#define DIAG_LINE_MAX 160

/* Render d as "FILE:LINE:COL: error: MESSAGE\n", then, when the line exists in source, the line itself
 * (invalid UTF-8 and control bytes shown as '?'; a window around the column when it is long) and a caret
 * line under column COL (tabs kept so the caret aligns). Returns the length of the full text (excluding the NUL), like snprintf; out is always
 * NUL-terminated when outlen > 0. */
int fe_diag_format(const FeDiag *d, const char *filename, const char *source, size_t len, char *out, size_t outlen) {
    Out o = {out, outlen, 0};
    char head[64];
    if (!d) return -1;
    out_str(&o, filename ? filename : "<string>");
    snprintf(head, sizeof head, ":%d:%d: error: ", d->line, d->col);
    out_str(&o, head);
    out_str(&o, d->message);
    out_str(&o, "\n");
    if (source && d->line >= 1) {
        /* find the line */
        size_t i = 0;
        int line = 1;
        while (line < d->line && i < len) {
            const char *nl = memchr(source + i, '\n', len - i);
            if (!nl) {
                i = len;
                break;
            }
            i = (size_t)(nl - source) + 1;
            line++;
        }
        if (line == d->line && (i < len || (i == len && len > 0 && source[len - 1] != '\n'))) {
            size_t end = i;
            while (end < len && source[end] != '\n') end++;
            size_t stop = end;
            if (stop > i && source[stop - 1] == '\r') stop--;
            /* the source line, sanitized; the caret padding follows the same characters */
            char pad[DIAG_LINE_MAX + 16];
            size_t npad = 0;
            size_t col_off = d->col > 0 ? (size_t)(d->col - 1) : 0;
            const unsigned char *s = (const unsigned char *)source;
            size_t from = i, to = stop;
            if (stop - i > DIAG_LINE_MAX) {
                size_t at = i + (col_off < stop - i ? col_off : stop - i);
                from = at > i + DIAG_LINE_MAX / 2 ? at - DIAG_LINE_MAX / 2 : i;
                while (from > i && (s[from] & 0xC0) == 0x80) from--; /* whole UTF-8 characters */
                to = stop - from > DIAG_LINE_MAX ? from + DIAG_LINE_MAX : stop;
                while (to < stop && (s[to] & 0xC0) == 0x80) to++;
            }
            if (from > i) {
                out_str(&o, "...");
                memcpy(pad, "   ", 3);
                npad = 3;
            }
            for (size_t k = from; k < to;) {
                int n = s[k] < 0x80 ? 1 : utf8_seq_len(s + k, stop - k);
                int printable = n > 1 || (n == 1 && (s[k] >= 0x20 || s[k] == '\t') && s[k] != 0x7F);
                if (printable)
                    out_bytes(&o, source + k, (size_t)n);
                else
                    out_str(&o, "?");
                if (n == 0) n = 1;
                if (k - i < col_off && npad + 1 < sizeof pad) pad[npad++] = s[k] == '\t' ? '\t' : ' ';
                k += (size_t)n;
            }
            if (to < stop) out_str(&o, "...");
            out_str(&o, "\n");
            /* a column past the end of the line (e.g. an error at end of input) stays after it */
            if (col_off > stop - i) {
                for (size_t k = stop - i; k < col_off && npad + 1 < sizeof pad; k++) pad[npad++] = ' ';
            }
            out_bytes(&o, pad, npad);
            out_str(&o, "^\n");
        }
    }
    if (o.cap) o.buf[o.len < o.cap ? o.len : o.cap - 1] = '\0';
    return o.len > (size_t)0x7fffffff ? 0x7fffffff : (int)o.len;
}
