/* cg_buf.c — growable text buffer (see cg_buf.h). Stage: codegen. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "cg_buf.h"

static int reserve(CgBuf *b, size_t extra) {
    if (b->oom) return -1;
    if (b->len + extra < b->cap) return 0;
    size_t ncap = b->cap ? b->cap * 2 : 4096;
    while (ncap <= b->len + extra) ncap *= 2;
    char *q = realloc(b->p, ncap);
    if (!q) { b->oom = 1; return -1; }
    b->p = q;
    b->cap = ncap;
    return 0;
}

/* One formatting pass in the common case: print into the free space, grow and retry only if it did not fit. */
void cg_printf(CgBuf *b, const char *fmt, ...) {
    va_list ap;
    if (reserve(b, 256)) return;
    va_start(ap, fmt);
    int n = vsnprintf(b->p + b->len, b->cap - b->len, fmt, ap);
    va_end(ap);
    if (n < 0) { b->oom = 1; return; }
    if ((size_t)n >= b->cap - b->len) {
        if (reserve(b, (size_t)n + 1)) return;
        va_start(ap, fmt);
        vsnprintf(b->p + b->len, b->cap - b->len, fmt, ap);
        va_end(ap);
    }
    b->len += (size_t)n;
}

void cg_cstring(CgBuf *b, const char *data, size_t len) {
    static const char hex[] = "0123456789abcdef";
    if (reserve(b, len * 4 + 1)) return;
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)data[i];
        b->p[b->len++] = '\\';
        b->p[b->len++] = 'x';
        b->p[b->len++] = hex[ch >> 4];
        b->p[b->len++] = hex[ch & 15];
    }
    b->p[b->len] = 0;
}
