/* pith_value_int.h — internals shared by the host-value files (pith_value*.c): a growable text buffer,
 * Python's float repr, Unicode printability and a lenient UTF-8 decoder.
 * Stage: api, the host-value tree (the public contract is include/pith.h; nothing here touches PCtx/PV).
 * Invariants: RtHvBuf.data is malloc'd and always NUL-terminated once anything was written; oom is sticky. */
#ifndef PITH_VALUE_INT_H
#define PITH_VALUE_INT_H

#include <stddef.h>
#include <stdint.h>

#include "pith.h"

/* Deepest container nesting pith_value_repr / pith_value_to_json render (CPython raises RecursionError
 * at about the same depth); deeper trees make them return NULL. */
#define RT_HV_MAX_RENDER_DEPTH 1000

/* A growable, NUL-terminated text buffer. Zero-initialise it; once oom is set every append is a no-op. */
typedef struct RtHvBuf {
    char *data; /* malloc'd text, NUL-terminated (NULL until the first append) */
    size_t len; /* bytes used, excluding the NUL */
    size_t cap; /* bytes allocated */
    int oom;    /* set when an allocation failed or the size overflowed; the text is then unusable */
} RtHvBuf;

/* Append n bytes / one byte / a C string. Return 0 on success, -1 once the buffer is out of memory. */
int rt_hv_buf_put(RtHvBuf *b, const char *s, size_t n);
int rt_hv_buf_putc(RtHvBuf *b, char c);
int rt_hv_buf_puts(RtHvBuf *b, const char *s);
/* Hand the text to the caller (malloc'd, NUL-terminated; "" when nothing was written), or free it and
 * return NULL if the buffer ran out of memory or fail is non-zero. The buffer is reset either way. */
char *rt_hv_buf_finish(RtHvBuf *b, int fail);

/* Python's repr(float) of f written into out (NUL-terminated, at most 31 chars): the shortest decimal
 * that round-trips ("0.1", "2.0", "1e+16", "1e-05", "-0.0", "inf", "-inf", "nan"). Returns its length. */
size_t rt_hv_float_repr(double f, char out[32]);

/* 1 when CPython 3.11's str.isprintable() is true for the code point (Unicode 14.0 tables). */
int rt_hv_isprintable(uint32_t cp);

/* Decode one code point of UTF-8 at s[*i] (i < len), advancing *i. Lenient: encoded surrogates
 * (ED A0..BF xx) decode to U+D800..DFFF, and a byte that starts no valid sequence decodes to
 * U+DC80..DCFF as Python's "surrogateescape" would (so a bad byte is still shown, never dropped). */
uint32_t rt_hv_utf8_next(const unsigned char *s, size_t len, size_t *i);

/* Append the repr of a host value (depth = current nesting). Returns 0, or -1 on OOM / too deep. */
int rt_hv_repr_into(RtHvBuf *b, const PithValue *v, int depth);

#endif
