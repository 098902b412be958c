/* rt_svc.h — helpers shared only by the runtime-services files (rt_exc*.c, rt_builtins*.c, rt_func.c,
 * rt_host.c): a growable byte buffer on the execution allocator, str access, the fuel tick of long loops.
 * Stage: runtime (internal). Invariants: an RtSb owns its bytes until rt_sb_finish/rt_sb_free; after a
 * failed append (MemoryError set) it stays failed and every further append is a no-op. */
#ifndef PITH_RT_SVC_H
#define PITH_RT_SVC_H

#include "rt_ctx.h"

/* A byte buffer whose storage comes from rt_alloc, so building big texts counts against the memory limit. */
typedef struct RtSb {
    PCtx *c;     /* the execution whose allocator holds the bytes */
    char *p;     /* bytes (not NUL-terminated until rt_sb_cstr), or NULL while empty */
    size_t n;    /* bytes used */
    size_t cap;  /* bytes allocated at p */
    int failed;  /* 1 once an allocation failed (MemoryError is set on the context) */
} RtSb;

void rt_sb_init(RtSb *b, PCtx *c);
int rt_sb_put(RtSb *b, const char *s, size_t n); /* 0 ok, -1 MemoryError */
int rt_sb_puts(RtSb *b, const char *s);          /* a NUL-terminated string */
int rt_sb_putpv(RtSb *b, PV str);                /* the bytes of a str object */
PV rt_sb_finish(RtSb *b);                        /* a str of the bytes (the buffer is released); PV_NULL on error */
void rt_sb_free(RtSb *b);                        /* release without making a str */

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
