/* api_engine.c — the compile half of the public API (include/pith.h): the engine and its cache, pith_compile,
 * programs and their lifetime, and the emit-c / emit-ir inspection entry points. Stage: api. The compile
 * stages themselves run behind cg_compile (codegen/cg_driver.h); a cache hit costs a hash and a lookup. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "api.h"
#include "cache.h"

struct PithEngine {
    Cache *cache;           /* compiled programs by content hash (each holds one program reference) */
    PithCompileStats stats; /* of the last compile */
};

static double now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec * 1e-3;
}

static void release_cached(void *p) { api_program_release(p); }

PithEngine *pith_engine_new(void) {
    PithEngine *e = calloc(1, sizeof *e);
    if (!e) return NULL;
    e->cache = cache_new(PITH_DEFAULT_CACHE_PROGRAMS, release_cached);
    if (!e->cache) {
        free(e);
        return NULL;
    }
    return e;
}

void pith_engine_free(PithEngine *e) {
    if (!e) return;
    cache_free(e->cache);
    free(e);
}

void pith_engine_set_cache_limit(PithEngine *e, size_t max_programs) {
    if (e) cache_set_limit(e->cache, max_programs);
}

size_t pith_engine_cached_programs(const PithEngine *e) { return e ? cache_count(e->cache) : 0; }

const PithCompileStats *pith_engine_last_stats(const PithEngine *e) { return e ? &e->stats : NULL; }

/* ---- programs ---- */

static void free_names(const char *const *names, size_t n) {
    for (size_t i = 0; names && i < n; i++) free((char *)names[i]);
    free((void *)names);
}

/* A deep copy of n names; NULL on OOM (a zero-length list is still an allocation). */
static const char *const *copy_names(const char *const *names, size_t n) {
    char **out = calloc(n + 1, sizeof *out);
    for (size_t i = 0; out && i < n; i++)
        if (!(out[i] = strdup(names[i]))) {
            free_names((const char *const *)out, i);
            return NULL;
        }
    return (const char *const *)out;
}

static void free_options(PithCompileOptions *o) {
    free((char *)o->filename);
    free_names(o->inputs, o->ninputs);
    free_names(o->externals, o->nexternals);
    memset(o, 0, sizeof *o);
}

/* 0 ok, -1 OOM (out left empty). */
static int copy_options(PithCompileOptions *out, const PithCompileOptions *o) {
    memset(out, 0, sizeof *out);
    out->ninputs = o ? o->ninputs : 0;
    out->nexternals = o ? o->nexternals : 0;
    out->inputs = copy_names(o ? o->inputs : NULL, out->ninputs);
    out->externals = copy_names(o ? o->externals : NULL, out->nexternals);
    int bad = !out->inputs || !out->externals;
    if (!bad && o && o->filename) bad = !(out->filename = strdup(o->filename));
    if (bad) free_options(out);
    return bad ? -1 : 0;
}

void api_program_retain(PithProgram *p) { p->refs++; }

void api_program_release(PithProgram *p) {
    if (!p || --p->refs > 0) return;
    cg_code_free(&p->code);
    free_options(&p->options);
    free(p->source);
    free(p);
}

void api_program_id(const PithProgram *p, unsigned char out[16]) {
    memcpy(out, p->key, 16);
    for (int i = 0; i < 8; i++) out[i] ^= (unsigned char)(p->layout >> (8 * i));
}

void pith_program_free(PithProgram *p) { api_program_release(p); }

/* The program object around freshly compiled code (taken over: freed here on OOM). */
static PithProgram *new_program(CgCode *code, uint64_t layout, CacheKey key, const char *source, size_t len,
                                const PithCompileOptions *o) {
    PithProgram *p = calloc(1, sizeof *p);
    char *src = malloc(len + 1);
    if (!p || !src || copy_options(&p->options, o) < 0) {
        free(p);
        free(src);
        cg_code_free(code);
        return NULL;
    }
    if (len) memcpy(src, source, len); /* an empty source may come as NULL: memcpy must not see it */
    src[len] = 0;
    p->refs = 1;
    p->code = *code;
    p->source = src;
    p->source_len = len;
    p->rt = (RtProgram){.desc = code->prog,
                        .filename = p->options.filename ? p->options.filename : "<snippet>",
                        .source = src,
                        .source_len = len};
    memcpy(p->key, &key, sizeof p->key);
    p->layout = layout;
    return p;
}

/* Names a host may give: a count with a NULL array or a NULL entry is misuse. */
static int names_valid(const char *const *names, size_t n) {
    if (n && !names) return 0;
    for (size_t i = 0; i < n; i++)
        if (!names[i]) return 0;
    return 1;
}

/* 0 when the request can be compiled; else -1 with a diagnostic. */
static int request_valid(const PithEngine *e, const char *source, size_t len, const PithCompileOptions *o, char *diag,
                         size_t diaglen) {
    const char *why = !e                                               ? "no engine"
                      : !source && len                                 ? "no source text"
                      : o && !names_valid(o->inputs, o->ninputs)       ? "an input name is missing"
                      : o && !names_valid(o->externals, o->nexternals) ? "an external name is missing"
                                                                       : NULL;
    if (why && diag && diaglen) snprintf(diag, diaglen, "pith_compile: %s", why);
    return why ? -1 : 0;
}

PithProgram *pith_compile(PithEngine *e, const char *source, size_t len, const PithCompileOptions *o, char *diag,
                          size_t diaglen) {
    if (request_valid(e, source, len, o, diag, diaglen) < 0) return NULL;
    double t0 = now_us();
    memset(&e->stats, 0, sizeof e->stats);
    if (diag && diaglen) diag[0] = 0;
    CacheKey key = cache_key(source, len, o);
    PithProgram *p = cache_get(e->cache, key);
    if (p) {
        api_program_retain(p);
        e->stats.cache_hit = 1;
        e->stats.total_us = now_us() - t0;
        return p;
    }
    CgCode code;
    uint64_t layout = 0;
    if (cg_compile(source, len, o, &code, &layout, &e->stats, diag, diaglen) == 0) {
        p = new_program(&code, layout, key, source, len, o);
        if (!p && diag && diaglen) snprintf(diag, diaglen, "out of memory");
        if (p && cache_put(e->cache, key, p) == 0) api_program_retain(p);
    }
    e->stats.total_us = now_us() - t0;
    return p;
}

char *pith_emit_c(PithEngine *e, const char *source, size_t len, const PithCompileOptions *o, char *diag,
                  size_t diaglen) {
    return request_valid(e, source, len, o, diag, diaglen) < 0 ? NULL : cg_emit_text(source, len, o, 1, diag, diaglen);
}

char *pith_emit_ir(PithEngine *e, const char *source, size_t len, const PithCompileOptions *o, char *diag,
                   size_t diaglen) {
    return request_valid(e, source, len, o, diag, diaglen) < 0 ? NULL : cg_emit_text(source, len, o, 0, diag, diaglen);
}
