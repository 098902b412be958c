/* pith_buf.c — the growable byte buffer (see pith_buf.h). Stage: shared. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pith_buf.h"

#define PITH_BUF_FIRST_CAP 64
#define PRINTF_GUESS 256 /* room printed into before knowing a format's length: most fit in one pass */

void pith_buf_init(PithBuf *b, const PithAllocator *a, void *ctx, size_t first_cap) {
    *b = (PithBuf){.first_cap = first_cap, .alloc = a, .alloc_ctx = ctx};
}

static void *resize(PithBuf *b, size_t new_n) {
    if (b->alloc) return b->alloc->resize(b->alloc_ctx, b->p, b->cap, new_n);
    return realloc(b->p, new_n);
}

/* Grow so that need bytes fit (need > cap), doubling from the first capacity. A size that cannot be
 * represented is asked for as SIZE_MAX, so the allocator reports the failure in its own way. */
static int grow(PithBuf *b, size_t need) {
    size_t cap = b->cap ? b->cap : b->first_cap ? b->first_cap : PITH_BUF_FIRST_CAP;
    while (cap < need) cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *p = resize(b, cap);
    if (!p) {
        b->failed = 1;
        return -1;
    }
    if (!b->p) p[0] = 0;
    b->p = p;
    b->cap = cap;
    return 0;
}

char *pith_buf_reserve(PithBuf *b, size_t n) {
    if (b->failed) return NULL;
    size_t need = n < SIZE_MAX - b->len - 1 ? b->len + n + 1 : SIZE_MAX;
    if (need > b->cap && grow(b, need) < 0) return NULL;
    return b->p + b->len;
}

int pith_buf_put(PithBuf *b, const void *s, size_t n) {
    char *end = pith_buf_reserve(b, n);
    if (!end) return -1;
    if (n) memcpy(end, s, n);
    pith_buf_commit(b, n);
    return 0;
}

int pith_buf_puts(PithBuf *b, const char *s) { return pith_buf_put(b, s, strlen(s)); }

int pith_buf_putc(PithBuf *b, char ch) { return pith_buf_put(b, &ch, 1); }

/* One formatting pass in the common case: print into the free space, grow and print again only if the
 * text did not fit (codegen prints most of its output this way, so this is a hot path). */
int pith_buf_vprintf(PithBuf *b, const char *fmt, va_list ap) {
    va_list again;
    va_copy(again, ap);
    int n = -1;
    char *end = pith_buf_reserve(b, PRINTF_GUESS);
    if (end) {
        n = vsnprintf(end, b->cap - b->len, fmt, ap);
        if (n >= 0 && (size_t)n >= b->cap - b->len) {
            end = pith_buf_reserve(b, (size_t)n);
            n = end ? vsnprintf(end, b->cap - b->len, fmt, again) : -1;
        }
        if (n >= 0) {
            b->len += (size_t)n;
        } else {
            b->failed = 1;
            b->p[b->len] = 0; /* a first, truncated pass may have written past len */
        }
    }
    va_end(again);
    return n < 0 ? -1 : 0;
}

int pith_buf_printf(PithBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int rc = pith_buf_vprintf(b, fmt, ap);
    va_end(ap);
    return rc;
}

char *pith_buf_take(PithBuf *b, size_t *len) {
    char *out = pith_buf_reserve(b, 0) ? b->p : NULL;
    if (len) *len = out ? b->len : 0;
    if (out) b->p = NULL;
    pith_buf_free(b);
    return out;
}

void pith_buf_free(PithBuf *b) {
    if (b->p) {
        if (b->alloc)
            b->alloc->release(b->alloc_ctx, b->p, b->cap);
        else
            free(b->p);
    }
    pith_buf_init(b, b->alloc, b->alloc_ctx, b->first_cap);
}
