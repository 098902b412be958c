/* cg_driver.c — the compile driver: frontend -> IR -> passes -> C -> libtcc, for the engine layer (api/),
 * plus the emit-c / emit-ir inspection text. Stage: codegen (the driver of every compile stage).
 * It keeps nothing between calls: caching and program objects belong to the engine (api/api_engine.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ast.h"
#include "codegen.h"

static double now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec * 1e-3;
}

static void set_diag(char *diag, size_t diaglen, const char *fmt, const char *a) {
    if (diag && diaglen) snprintf(diag, diaglen, fmt, a);
}

static const char *filename_of(const PithCompileOptions *o) { return o && o->filename ? o->filename : "<snippet>"; }

/* Frontend for one request; NULL with the formatted diagnostic in diag. Besides the host's inputs,
 * every program has the implicit global __name__ (bound to "__main__" when a run starts: api/api_exec.c). */
static FeModule *front(const char *source, size_t len, const PithCompileOptions *o, char *diag, size_t diaglen) {
    FeDecls decls = {0};
    size_t ninputs = o ? o->ninputs : 0;
    const char **inputs = malloc(sizeof(char *) * (ninputs + 1));
    if (!inputs) {
        set_diag(diag, diaglen, "%s", "out of memory");
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
    FeDiag d = {0};
    FeModule *m = fe_compile(filename_of(o), source, len, &decls, &d);
    free(inputs);
    if (!m && diag && diaglen) fe_diag_format(&d, filename_of(o), source, len, diag, diaglen);
    return m;
}

/* IR for a checked module, analysed and verified; NULL with the diagnostic in diag. */
static IrModule *lower(FeModule *fe, const PithCompileOptions *o, const char *source, size_t len, char *diag,
                       size_t diaglen) {
    FeDecls decls = {0};
    if (o) {
        decls.externals = o->externals;
        decls.nexternals = (int)o->nexternals;
    }
    FeDiag d = {0};
    IrModule *ir = ir_build(fe, &decls, &d);
    if (!ir) {
        if (diag && diaglen) fe_diag_format(&d, filename_of(o), source, len, diag, diaglen);
        return NULL;
    }
    ir_analyse(ir);
    if (ir_check_nowait(ir, &d) < 0 || /* a callback that may wait where the runtime cannot suspend */
        ir_check_dunders(ir, &d)) {     /* a dunder the runtime calls only from C that may wait */
        if (diag && diaglen) fe_diag_format(&d, filename_of(o), source, len, diag, diaglen);
        ir_free(ir);
        return NULL;
    }
    char err[256];
    if (ir_verify(ir, err, sizeof err)) {
        set_diag(diag, diaglen, "internal error: IR verification failed: %s", err);
        ir_free(ir);
        return NULL;
    }
    return ir;
}

/* Why C text is missing: a compile limit (d->message set) or no memory. */
static void emit_failed(const FeDiag *d, const PithCompileOptions *o, const char *source, size_t len, char *diag,
                        size_t diaglen) {
    if (!d->message[0])
        set_diag(diag, diaglen, "%s", "out of memory while generating code");
    else if (diag && diaglen)
        fe_diag_format(d, filename_of(o), source, len, diag, diaglen);
}

int cg_compile(const char *source, size_t len, const PithCompileOptions *o, CgCode *code, uint64_t *layout,
               PithCompileStats *stats, char *diag, size_t diaglen) {
    memset(code, 0, sizeof *code);
    if (diag && diaglen) diag[0] = 0;
    double t0 = now_us();
    FeModule *fe = front(source, len, o, diag, diaglen);
    double t1 = now_us();
    stats->parse_us = fe ? fe->parse_us : t1 - t0;
    stats->check_us = fe ? (t1 - t0) - fe->parse_us : 0;
    if (!fe) return -1;
    IrModule *ir = lower(fe, o, source, len, diag, diaglen);
    *layout = ir ? ir_layout_digest(ir) : 0;
    FeDiag d = {0};
    char *ctext = ir ? cg_emit_c(ir, &d) : NULL;
    double t2 = now_us();
    stats->codegen_us = t2 - t1;
    if (ir && !ctext) emit_failed(&d, o, source, len, diag, diaglen);
    ir_free(ir);
    fe_module_free(fe);
    int rc = -1;
    if (ctext) {
        char err[512];
        rc = cg_tcc_compile(ctext, code, err, sizeof err);
        if (rc) set_diag(diag, diaglen, "internal error: generated C did not compile: %s", err);
    }
    stats->tcc_us = now_us() - t2;
    free(ctext);
    return rc;
}

char *cg_emit_text(const char *source, size_t len, const PithCompileOptions *o, int want_c, char *diag,
                   size_t diaglen) {
    if (diag && diaglen) diag[0] = 0;
    FeModule *fe = front(source, len, o, diag, diaglen);
    if (!fe) return NULL;
    IrModule *ir = lower(fe, o, source, len, diag, diaglen);
    FeDiag d = {0};
    char *text = ir ? (want_c ? cg_emit_c(ir, &d) : ir_print(ir)) : NULL;
    if (ir && !text) emit_failed(&d, o, source, len, diag, diaglen);
    ir_free(ir);
    fe_module_free(fe);
    return text;
}
