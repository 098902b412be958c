/* rt_make.h — the constructors of the objects the core itself makes: str from UTF-8 text (exception messages,
 * names), tuples (exception args) and the string builder on the execution's allocator (rt_make.c; rt_str_new,
 * rt_str_cstr and rt_tuple_from_steal are declared with the object layouts, rt_object.h). Stage: runtime core. */
#ifndef PITH_RT_MAKE_H
#define PITH_RT_MAKE_H

#include "rt_ctx.h"

RtStr *rt_str_alloc(PCtx *c, pi64 nbytes);   /* uninitialised data of nbytes (+NUL); seal after filling */
PV rt_str_seal(RtStr *s);                    /* count code points, set the ASCII flag, NUL-terminate */
PV rt_str_seal_known(RtStr *s, pi64 nchars); /* rt_str_seal when the caller knows the code points */
PV rt_str_from_parts(PCtx *c, const char *a, pi64 na, const char *b, pi64 nb); /* concatenation */
PV rt_str_from_i64(PCtx *c, pi64 v); /* decimal text of v, as str(v) */
PV rt_str_small(PCtx *c, const char *utf8, pi64 nbytes); /* "" or one ASCII char (nbytes <= 1, *utf8 < 0x80):
                                                            the execution's shared str (new reference) */
PV rt_tuple_new(PCtx *c, pi64 n); /* items zeroed (PV_NULL): fill them all before use */

/* ---- string building: a PithBuf whose bytes come from rt_alloc, so a text a program builds
 * counts against its memory limit; a failed append has raised MemoryError. Append with pith_buf_put/puts/
 * putc/printf, drop with pith_buf_free. ---- */
PithBuf rt_buf_new(PCtx *c);            /* an empty buffer on c's allocator */
int rt_buf_put_str(PithBuf *b, PV str); /* the UTF-8 of a str; 0 ok, -1 MemoryError */
int rt_buf_put_repr(PithBuf *b, PV v);  /* repr(v) */
PV rt_buf_finish(PithBuf *b);           /* -> str (PV_NULL after a failure); released either way */

#endif
