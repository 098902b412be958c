/* rt_svc.h — helpers shared only by the runtime-services files (rt_exc*.c, rt_builtins*.c, rt_func.c,
 * rt_host.c): str access, the fuel tick of long loops, the grace period of a stopped run, the "Did you
 * mean" hint. (They build text with rt_buf_new, rt_make.h.)
 * Stage: runtime (internal). */
#ifndef PITH_RT_SVC_H
#define PITH_RT_SVC_H

#include "rt_heap.h"
#include "rt_make.h"
#include "rt_type.h"

/* The UTF-8 bytes of a str object (v must be a str). */
static inline const char *rt_sdata(PV v) { return ((RtStr *)v)->data; }
static inline pi64 rt_slen(PV v) { return ((RtStr *)v)->nbytes; }
/* 1 when the str object v holds exactly the NUL-terminated text s. */
int rt_str_is(PV v, const char *s);

/* One unit of work in a long runtime loop: 0 to go on, -1 when the time limit stopped the run. */
static inline int rt_svc_tick(PCtx *c) { return (--c->fuel < 0) ? rt_fuel_out(c) : 0; }

/* Run an allocation-heavy step after the memory limit has already stopped the run (tracebacks, the
 * MemoryError itself): lift the limit, remembering the old one for rt_grace_end. */
size_t rt_grace_begin(PCtx *c);
void rt_grace_end(PCtx *c, size_t saved);

/* The "Did you mean" candidate for a NameError/AttributeError the runtime raised (rt_exc_suggest.c):
 * 1 with the name in *s, *n (pointing into static tables, the program's names or the exception's name), else 0. */
int rt_exc_suggest(PCtx *c, PV exc, const char **s, size_t *n);

#endif
