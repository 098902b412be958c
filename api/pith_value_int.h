/* pith_value_int.h — internals shared by the host-value files (pith_value*.c): Python's float repr,
 * Unicode printability, a lenient UTF-8 decoder and the repr writer (their text goes into malloc'd PithBufs).
 * Stage: api, the host-value tree (the public contract is include/pith.h; nothing here touches PCtx/PV). */
#ifndef PITH_VALUE_INT_H
#define PITH_VALUE_INT_H

#include <stddef.h>
#include <stdint.h>

#include "pith.h"
#include "pith_buf.h"

/* Deepest container nesting pith_value_repr / pith_value_to_json render (CPython raises RecursionError
 * at about the same depth); deeper trees make them return NULL. */
#define RT_HV_MAX_RENDER_DEPTH 1000

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
int rt_hv_repr_into(PithBuf *b, const PithValue *v, int depth);

#endif
