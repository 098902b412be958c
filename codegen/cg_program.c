/* cg_program.c — the compile half of the public API: engine, pith_compile (frontend -> IR -> passes ->
 * C -> libtcc, with the in-memory cache in front), and the emit-c / emit-ir inspection entry points.
 * Stage: codegen (the driver of every compile stage). Timings of each stage land in the engine's stats. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "ast.h"
#include "cache.h"
#include "codegen.h"
#include "rt_program.h"

struct PithEngine {
    Cache *cache;              /* compiled programs by content hash (each holds one program reference) */
    PithCompileStats stats;    /* of the last compile */
};

static double now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec * 1e-3;
}

PithEngine *pith_engine_new(void) {
    PithEngine *e = calloc(1, sizeof *e);
    if (!e) return NULL;
    e->cache = cache_new();
    if (!e->cache) { free(e); return NULL; }
    return e;
}

static void release_program(void *p) { rt_program_release(p); }

void pith_engine_free(PithEngine *e) {
    if (!e) return;
    cache_free(e->cache, release_program);
    free(e);
}

const PithCompileStats *pith_engine_last_stats(const PithEngine *e) { return &e->stats; }

static void set_diag(char *diag, size_t diaglen, const char *fmt, const char *a) {
    if (diag && diaglen) snprintf(diag, diaglen, fmt, a);
}

/* Frontend + IR for one request; NULL with the formatted diagnostic in diag. Besides the host's inputs,
 * every program has the implicit global __name__ (bound to "__main__" when a run starts: rt_api.c). */
static FeModule *front(const char *source, size_t len, const PithCompileOptions *o, char *diag, size_t diaglen) {
    FeDecls decls = {0};
    size_t ninputs = o ? o->ninputs : 0;
    const char **inputs = malloc(sizeof(char *) * (ninputs + 1));
    if (!inputs) {
        if (diag && diaglen) snprintf(diag, diaglen, "out of memory");
        return NULL;
    }
    for (size_t i = 0; i < ninputs; i++) inputs[i] = o->inputs[i];
    inputs[ninputs] = "__name__";
    decls.inputs = inputs;
    decls.ninputs = (int)ninputs + 1;
    if (o) {
        decls.externals = o->externals;
        decls.nexternals = (int)o->nexternals;
    }
    const char *filename = o && o->filename ? o->filename : "<snippet>";
    FeDiag d = {0};
    FeModule *m = fe_compile(filename, source, len, &decls, &d);
    free(inputs);
    if (!m && diag && diaglen) fe_diag_format(&d, filename, source, len, diag, diaglen);
    return m;
}

static IrModule *lower(FeModule *fe, const PithCompileOptions *o, const char *source, size_t len, char *diag,
                       size_t diaglen) {
    FeDecls decls = {0};
    if (o) {
        decls.externals = o->externals;
        decls.nexternals = (int)o->nexternals;
    }
    FeDiag d = {0};
    IrModule *ir = ir_build(fe, &decls, &d);
    const char *filename = o && o->filename ? o->filename : "<snippet>";
    if (!ir) {
        if (diag && diaglen) fe_diag_format(&d, filename, source, len, diag, diaglen);
        return NULL;
    }
    ir_analyse(ir);
    char err[256];
    if (ir_verify(ir, err, sizeof err)) {
        set_diag(diag, diaglen, "internal error: IR verification failed: %s", err);
        ir_free(ir);
        return NULL;
    }
    return ir;
}

static void unmap_code(void *mem, size_t size) {
    CgCode code = {.mem = mem, .size = size};
    cg_code_free(&code);
}

PithProgram *pith_compile(PithEngine *e, const char *source, size_t len, const PithCompileOptions *o, char *diag,
                          size_t diaglen) {
    double t0 = now_us();
    memset(&e->stats, 0, sizeof e->stats);
    if (diag && diaglen) diag[0] = 0;
    CacheKey key = cache_key(source, len, o);
    PithProgram *hit = cache_get(e->cache, key);
    if (hit) {
        rt_program_retain(hit);
        e->stats.cache_hit = 1;
        e->stats.total_us = now_us() - t0;
        return hit;
    }
    FeModule *fe = front(source, len, o, diag, diaglen);
    double t1 = now_us();
    e->stats.parse_us = fe ? fe->parse_us : t1 - t0;
    e->stats.check_us = fe ? (t1 - t0) - fe->parse_us : 0;
    if (!fe) return NULL;
    IrModule *ir = lower(fe, o, source, len, diag, diaglen);
    uint64_t layout = ir ? ir_layout_digest(ir) : 0;
    char *ctext = ir ? cg_emit_c(ir) : NULL;
    double t2 = now_us();
    e->stats.codegen_us = t2 - t1;
    if (ir && !ctext) set_diag(diag, diaglen, "%s", "out of memory while generating code");
    ir_free(ir);
    PithProgram *p = NULL;
    if (ctext) {
        CgCode code;
        char err[512];
        if (cg_tcc_compile(ctext, &code, err, sizeof err) == 0) {
            p = calloc(1, sizeof *p);
            char *fname = strdup(o && o->filename ? o->filename : "<snippet>");
            char *src = malloc(len + 1);
            if (!p || !fname || !src) {
                free(p); free(fname); free(src);
                cg_code_free(&code);
                p = NULL;
                set_diag(diag, diaglen, "%s", "out of memory");
            } else {
                memcpy(src, source, len);
                src[len] = 0;
                p->refs = 1;
                p->code_mem = code.mem;
                p->code_size = code.size;
                p->release_code = unmap_code;
                p->desc = code.prog;
                p->filename = fname;
                p->source = src;
                p->source_len = len;
                memcpy(p->key, &key, sizeof key < sizeof p->key ? sizeof key : sizeof p->key);
                p->layout = layout;
                if (cache_put(e->cache, key, p) == 0) rt_program_retain(p);
            }
        } else {
            set_diag(diag, diaglen, "internal error: generated C did not compile: %s", err);
        }
    }
    e->stats.tcc_us = now_us() - t2;
    free(ctext);
    fe_module_free(fe);
    e->stats.total_us = now_us() - t0;
    return p;
}

void pith_program_free(PithProgram *p) { rt_program_release(p); }

/* Shared by emit-c and emit-ir: runs the stages up to the IR. */
static char *emit(const char *source, size_t len, const PithCompileOptions *o, char *diag, size_t diaglen, int want_c) {
    if (diag && diaglen) diag[0] = 0;
    FeModule *fe = front(source, len, o, diag, diaglen);
    if (!fe) return NULL;
    IrModule *ir = lower(fe, o, source, len, diag, diaglen);
    char *text = ir ? (want_c ? cg_emit_c(ir) : ir_print(ir)) : NULL;
    if (ir && !text) set_diag(diag, diaglen, "%s", "out of memory");
    ir_free(ir);
    fe_module_free(fe);
    return text;
}

char *pith_emit_c(PithEngine *e, const char *source, size_t len, const PithCompileOptions *o, char *diag, size_t diaglen) {
    (void)e;
    return emit(source, len, o, diag, diaglen, 1);
}

char *pith_emit_ir(PithEngine *e, const char *source, size_t len, const PithCompileOptions *o, char *diag, size_t diaglen) {
    (void)e;
    return emit(source, len, o, diag, diaglen, 0);
}
