/* cg_emit.c — lowers a whole IR module to one C translation unit: constants, function descriptors,
 * direct functions (C locals, C stack) and state machines (heap frames, `switch` on the resume point),
 * and the exported program descriptor `pith_program`. Stage: codegen.
 * The text starts with the ABI header and defines asm away; user text only ever appears as \xNN escapes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cg_emit.h"
#include "codegen.h"

#define P(...) pith_buf_printf(&e->out, __VA_ARGS__)
#define EMIT_FIRST_CAP 4096 /* a program's C text starts with the whole ABI header */

extern const char cg_abi_text[];
extern const size_t cg_abi_text_len;

/* Writes bytes as the body of a C string literal: every byte escaped as \xNN, so user text never reaches
 * the C compiler as anything but escaped bytes. */
static void cg_cstring(PithBuf *b, const char *data, size_t len) {
    static const char hex[] = "0123456789abcdef";
    char *w = pith_buf_reserve(b, len * 4);
    if (!w) return;
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)data[i];
        *w++ = '\\';
        *w++ = 'x';
        *w++ = hex[ch >> 4];
        *w++ = hex[ch & 15];
    }
    pith_buf_commit(b, len * 4);
}

static void comment_name(Emitter *e, const char *name) {
    /* names go into comments only when they are plain identifiers (never a way to end the comment) */
    for (const char *p = name; p && *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_')) return;
    if (name) P(" /* %s */", name);
}

static void emit_consts(Emitter *e) {
    const IrModule *m = e->m;
    P("\nstatic int pk_init(PCtx *c) {\n    PV *k = c->k;\n");
    for (int i = 0; i < m->nconsts; i++) {
        const IrConst *k = &m->consts[i];
        switch (k->kind) {
        case IK_STR:
        case IK_BYTES:
            P("    if (!(k[%d] = %s(c, \"", i, k->kind == IK_STR ? "rt_str_const" : "rt_bytes_const");
            cg_cstring(&e->out, k->data, k->len);
            P("\", %zu))) return -1;\n", k->len);
            break;
        case IK_BIGINT:
            P("    if (!(k[%d] = rt_int_from_text(c, \"", i);
            cg_cstring(&e->out, k->data, k->len);
            P("\", %d))) return -1;\n", k->base ? k->base : 10);
            break;
        case IK_KWNAMES:
            P("    { PV kw[%d];\n", k->nnames);
            for (int j = 0; j < k->nnames; j++) {
                P("      if (!(kw[%d] = rt_str_const(c, \"", j);
                cg_cstring(&e->out, k->names[j], strlen(k->names[j]));
                P("\", %zu))) return -1;\n", strlen(k->names[j]));
            }
            P("      if (!(k[%d] = rt_tuple_from_steal(c, kw, %d))) return -1; }\n", i, k->nnames);
            break;
        }
    }
    P("    return 0;\n}\n");
}

static void mark_handlers(Emitter *e) {
    const IrFunc *f = e->f;
    for (int bi = 0; bi < f->nblocks; bi++) {
        int h = f->blocks[bi].handler;
        if (h >= 0) e->is_handler[h] = 1;
    }
}

/* The vars each handler may find holding a value: temps are consumed within the expression that made them,
 * and the builder changes handlers only between statements (a value kept across a finally body is moved
 * to a hidden local first), so a temp live where an exception hit is used in a block that handler
 * protects. Listing those per handler (blocks grouped by handler with a counting sort, each var once per
 * handler) keeps the clearing code proportional to the function instead of handlers x temps.
 * 0 or -1 on OOM. */
static int find_regions(Emitter *e) {
    const IrFunc *f = e->f;
    int nb = f->nblocks, rc = -1;
    int *order = malloc(sizeof *order * (size_t)(nb + 1)), *first = calloc((size_t)nb + 2, sizeof *first);
    int *seen = calloc((size_t)f->nvars + 1, sizeof *seen); /* the handler (+ 1) a var was last listed for */
    e->region_start = calloc((size_t)nb + 2, sizeof *e->region_start);
    if (!order || !first || !seen || !e->region_start) goto done;
    for (int bi = 0; bi < nb; bi++)
        if (f->blocks[bi].handler >= 0) first[f->blocks[bi].handler + 1]++;
    for (int h = 0; h < nb; h++) first[h + 1] += first[h];
    for (int bi = 0; bi < nb; bi++)
        if (f->blocks[bi].handler >= 0) order[first[f->blocks[bi].handler]++] = bi;
    /* now the blocks handler h protects are order[first[h - 1] .. first[h]) (from 0 for h = 0) */
    for (int pass = 0; pass < 2; pass++) { /* count the vars of each handler, then list them */
        memset(seen, 0, sizeof *seen * (size_t)(f->nvars + 1));
        for (int h = 0, at = 0; h < nb; h++)
            for (; at < first[h]; at++) {
                const IrBlock *b = &f->blocks[order[at]];
                for (int k = 0; k < b->nins; k++) {
                    const IrInstr *in = &b->ins[k];
                    int fixed[7] = {in->dst, in->a, in->b, in->rv[0], in->rv[1], in->rv[2], in->rv[3]};
                    for (int i = 0; i < 7 + in->nargs; i++) {
                        int v = i < 7 ? fixed[i] : in->args[i - 7];
                        if (v < 0 || seen[v] == h + 1) continue;
                        seen[v] = h + 1;
                        if (pass == 0)
                            e->region_start[h + 1]++;
                        else
                            e->region_vars[e->region_start[h]++] = v;
                    }
                }
            }
        if (pass == 0) {
            for (int h = 0; h < nb; h++) e->region_start[h + 1] += e->region_start[h];
            e->region_vars = malloc(sizeof *e->region_vars * (size_t)(e->region_start[nb] + 1));
            if (!e->region_vars) goto done;
        }
    }
    for (int h = nb; h > 0; h--) e->region_start[h] = e->region_start[h - 1]; /* listing advanced each start */
    e->region_start[0] = 0;
    rc = 0;
done:
    free(order);
    free(first);
    free(seen);
    return rc;
}

/* At a handler's entry its temps are released: they are PV_NULL except those live where the exception hit. */
static void clear_temps(Emitter *e, int h) {
    for (int i = e->region_start[h]; i < e->region_start[h + 1]; i++) {
        int v = e->region_vars[i];
        if (e->unboxed[v])
            P("    PV_XDECREF(c, bx%d); bx%d = 0;\n", v, v);
        else if (cg_is_temp(e, v) && !e->lit[v])
            P("    PV_XDECREF(c, %s); %s = 0;\n", cg_var(e, v), cg_var(e, v));
    }
}

static void release_owned(Emitter *e, int unwinding) {
    for (int v = 0; v < e->f->nvars; v++)
        if (e->unboxed[v])
            P("    PV_XDECREF(c, bx%d);\n", v);
        else if (cg_owns(e, v, unwinding))
            P("    PV_XDECREF(c, %s);\n", cg_var(e, v));
}

/* A parameter the instruction writes is no longer borrowed (one look at the instruction's own operands). */
static void unborrow_written(Emitter *e, const IrInstr *in) {
    int np = e->f->nparams;
#define UNBORROW(v)                                  \
    do {                                             \
        int v_ = (v);                                \
        if (v_ >= 0 && v_ < np) e->borrowed[v_] = 0; \
    } while (0)
    UNBORROW(in->dst);
    if (in->op == IR_CLEAR || in->op == IR_DEL_LOCAL || in->op == IR_MOVE || in->op == IR_RERAISE ||
        in->op == IR_EXC_END)
        UNBORROW(in->a);
    if (in->op == IR_EXC_BEGIN) UNBORROW(in->b);
    if (in->op == IR_UNPACK)
        for (int i = 0; i < in->nargs; i++) UNBORROW(in->args[i]);
    for (int i = 0; i < 4; i++) UNBORROW(in->rv[i]);
#undef UNBORROW
}

/* Per-function facts for the emitter: immediates folded into their single use; read-only params borrowed. */
static const char *immediate(const IrInstr *in, char *buf, size_t n) {
    switch (in->op) {
    case IR_INT: snprintf(buf, n, "PV_INT(%lldLL)", (long long)in->ival); return buf;
    case IR_NONE: return "PV_NONE";
    case IR_TRUE: return "PV_TRUE";
    case IR_FALSE: return "PV_FALSE";
    default: return NULL;
    }
}

static int analyse_vars(Emitter *e, char **lit_text) {
    const IrFunc *f = e->f;
    e->lit = calloc((size_t)f->nvars + 1, sizeof(char *));
    e->borrowed = calloc((size_t)f->nvars + 1, 1);
    e->ilit = calloc((size_t)f->nvars + 1, sizeof(long long));
    e->is_ilit = calloc((size_t)f->nvars + 1, 1);
    e->unboxed = calloc((size_t)f->nvars + 1, 1);
    e->boxing = calloc((size_t)f->nvars + 1, 1);
    *lit_text = calloc((size_t)f->nvars + 1, 32);
    if (!e->lit || !e->borrowed || !e->ilit || !e->is_ilit || !e->unboxed || !e->boxing || !*lit_text) return -1;
    for (int v = 0; v < f->nparams && !f->suspends; v++) e->borrowed[v] = 1;
    char *ndefs = calloc((size_t)f->nvars + 1, 1); /* a temp written on two paths is no literal */
    if (!ndefs) return -1;
    for (int bi = 0; bi < f->nblocks; bi++)
        for (int k = 0; k < f->blocks[bi].nins; k++) {
            int dst = f->blocks[bi].ins[k].dst;
            if (dst >= 0 && ndefs[dst] < 2) ndefs[dst]++;
        }
    for (int bi = 0; bi < f->nblocks; bi++)
        for (int k = 0; k < f->blocks[bi].nins; k++) {
            const IrInstr *in = &f->blocks[bi].ins[k];
            unborrow_written(e, in);
            char *slot = *lit_text + 32 * (size_t)(in->dst >= 0 ? in->dst : 0);
            const char *imm =
                in->dst >= 0 && cg_is_temp(e, in->dst) && ndefs[in->dst] == 1 ? immediate(in, slot, 32) : NULL;
            if (imm) e->lit[in->dst] = imm;
            if (imm && in->op == IR_INT) {
                e->is_ilit[in->dst] = 1;
                e->ilit[in->dst] = in->ival;
            }
        }
    free(ndefs);
    return cg_float_analyse(e);
}

static void emit_blocks(Emitter *e) {
    const IrFunc *f = e->f;
    for (int bi = 0; bi < f->nblocks; bi++) {
        e->blk = &f->blocks[bi];
        if (e->blk->nins == 0) continue; /* unreachable leftover (checked by ir_verify) */
        if (e->is_handler[bi]) P("  e_b%d:\n    rt_tb_add(c, &fd_%d, line);\n", bi, e->fi);
        P("  b%d:;\n", bi);
        if (e->is_handler[bi]) clear_temps(e, bi);
        const IrBlock *b = e->blk;
        for (int k = 0; k < b->nins;) {
            const IrInstr *in = &b->ins[k];
            if (in->line > 0 && (k == 0 || b->ins[k - 1].line != in->line)) P("    /* line %d */\n", in->line);
            P("    {\n"); /* each instruction's C in its own scope (its local arrays) */
            k += cg_emit_instr(e, in, k + 1 < b->nins ? &b->ins[k + 1] : NULL);
            P("    }\n");
            if (e->out.len > PITH_MAX_C_BYTES) { /* a compile limit: stop here, cg_emit_c reports it */
                e->too_large_line = in->line > 0 ? in->line : 1;
                e->out.failed = 1;
                return;
            }
        }
    }
}

/* A function that cannot suspend: a plain C function over C locals. */
static void emit_direct(Emitter *e) {
    const IrFunc *f = e->f;
    int n = e->fi;
    P("\nstatic PV f_%d(PCtx *c", n);
    if (f->nfrees) P(", PV cl");
    for (int i = 0; i < f->nparams; i++) P(", PV p%d", i);
    P(") {\n");
    for (int v = 0; v < f->nvars; v++) {
        if (e->lit[v]) continue;
        if (e->unboxed[v]) {
            P("    double v%d = 0; PV bx%d = 0;", v, v);
            if (!cg_is_temp(e, v)) P(" int k%d = 0;", v);
        } else if (f->vars[v].kind == IV_PARAM)
            P("    PV v%d = p%d;", v, v);
        else
            P("    PV v%d = 0;", v);
        comment_name(e, f->vars[v].kind == IV_TEMP ? NULL : f->vars[v].name);
        P("\n");
    }
    P("    PV ret = 0; int r = 0, line = %d;\n    (void)r;\n", f->line);
    /* RecursionError is raised at the call site, as CPython reports it */
    P("    if (++c->depth > c->max_depth || PV_STACK_LOW(c)) { c->depth--; rt_err_recursion(c); return 0; }\n");
    for (int v = 0; v < f->nparams; v++)
        if (!e->borrowed[v]) P("    PV_INCREF(v%d);\n", v);
    P("    if (--c->fuel < 0 && rt_fuel_out(c)) goto e_unwind;\n");
    emit_blocks(e);
    P("  e_unwind:\n    rt_tb_add(c, &fd_%d, line);\n  unwind:\n", n);
    release_owned(e, 1);
    P("    c->depth--;\n    return 0;\n");
    P("  out:\n");
    release_owned(e, 0);
    P("    c->depth--;\n    return ret;\n}\n");
    P("static PV w_%d(PCtx *c, PV self, PV *a) { (void)self; (void)a; return f_%d(c", n, n);
    if (f->nfrees) P(", ((PFuncObj *)self)->closure");
    for (int i = 0; i < f->nparams; i++) P(", a[%d]", i);
    P("); }\n");
}

/* A function that may suspend: every variable is a frame slot; entry dispatches on fr->state. */
static void emit_state_machine(Emitter *e) {
    const IrFunc *f = e->f;
    int n = e->fi;
    P("\nstatic int s_%d(PCtx *c, PFrame *fr) {\n    PV *S = fr->s, ret = 0; int r = 0, line = %d;\n    (void)r;\n", n,
      f->line);
    P("    switch (fr->state) {\n    case 0: break;\n");
    for (int s = 1; s <= f->nstates; s++) P("    case %d: goto r_%d;\n", s, s);
    P("    default: return PITH_STEP_ERR;\n    }\n");
    P("    if (--c->fuel < 0 && rt_fuel_out(c)) goto e_unwind;\n");
    emit_blocks(e);
    P("  e_unwind:\n    rt_tb_add(c, &fd_%d, line);\n  unwind:\n    return PITH_STEP_ERR;\n", n);
    P("  out:\n    fr->ret = ret;\n    return PITH_STEP_DONE;\n}\n");
}

/* The slot kinds of a state machine's frame (PFuncDesc.slot_kinds): what its generated code dereferences
 * without checking, so the snapshot decoder can refuse a frame that holds anything else there. */
static void emit_slot_kinds(Emitter *e, const IrFunc *f) {
    char *k = malloc((size_t)f->nslots + 1);
    if (!k) {
        P("0");
        return;
    }
    memset(k, '.', (size_t)f->nslots);
    k[f->nslots] = 0;
    for (int bi = 0; bi < f->nblocks; bi++)
        for (int i = 0; i < f->blocks[bi].nins; i++) {
            const IrInstr *in = &f->blocks[bi].ins[i];
            int cell = in->op == IR_MAKE_CELL                                                       ? in->dst
                       : in->op == IR_LOAD_CELL || in->op == IR_STORE_CELL || in->op == IR_CELL_REF ? in->a
                                                                                                    : -1;
            if (cell >= 0) k[f->vars[cell].slot] = 'c';
            /* the hidden locals an except block keeps its exceptions in (a name bound by `as` may be rebound) */
            int exc[2] = {in->op == IR_EXC_BEGIN                         ? in->dst
                          : in->op == IR_EXC_END || in->op == IR_RERAISE ? in->a
                                                                         : -1,
                          in->op == IR_EXC_BEGIN ? in->b : -1};
            for (int j = 0; j < 2; j++)
                if (exc[j] >= 0 && f->vars[exc[j]].name && f->vars[exc[j]].name[0] == '%')
                    k[f->vars[exc[j]].slot] = 'e';
            if (in->op == IR_RANGE_INIT && in->rv[0] >= 0) /* four consecutive slots (ir_verify checks it) */
                memcpy(k + f->vars[in->rv[0]].slot, PITH_SLOTS_RANGE, 4);
        }
    P("\"%s\"", k);
    free(k);
}

static void emit_descriptor(Emitter *e, int n) {
    const IrFunc *f = e->m->funcs[n];
    P("static const char *const pn_%d[] = {", n);
    for (int i = 0; i < f->nparams; i++) {
        P("%s\"", i ? ", " : "");
        cg_cstring(&e->out, f->vars[i].name ? f->vars[i].name : "", f->vars[i].name ? strlen(f->vars[i].name) : 0);
        P("\"");
    }
    P("%s};\n", f->nparams ? "" : "0");
    P("static PFuncDesc fd_%d = {\"", n);
    cg_cstring(&e->out, f->name, strlen(f->name));
    P("\", \"");
    cg_cstring(&e->out, f->qualname ? f->qualname : f->name, strlen(f->qualname ? f->qualname : f->name));
    P("\", %d, %d, %d, %d, %d, %d, pn_%d, %d, %d, ", f->nparams, f->npositional, f->nposonly, f->nkwonly, f->flags,
      f->ndefaults, n, f->suspends ? f->nslots : 0, f->nfrees);
    if (f->suspends) {
        P("0, s_%d, %d, ", n, n);
        emit_slot_kinds(e, f);
        P(", rs_%d};\n", n);
    } else {
        P("w_%d, 0, %d, 0};\n", n, n);
    }
}

static void emit_program(Emitter *e) {
    const IrModule *m = e->m;
    P("\nstatic const PFuncDesc *const pfuncs[] = {");
    for (int i = 0; i < m->nfuncs; i++) P("%s&fd_%d", i ? ", " : "", i);
    P("};\nstatic const char *const pglobals[] = {");
    for (int i = 0; i < m->nglobals; i++) {
        P("%s\"", i ? ", " : "");
        cg_cstring(&e->out, m->global_names[i], strlen(m->global_names[i]));
        P("\"");
    }
    P("%s};\nstatic const char *const pexts[] = {", m->nglobals ? "" : "0");
    for (int i = 0; i < m->nexternals; i++) {
        P("%s\"", i ? ", " : "");
        cg_cstring(&e->out, m->ext_names[i], strlen(m->ext_names[i]));
        P("\"");
    }
    P("%s};\n", m->nexternals ? "" : "0");
    P("PProgDesc pith_program = {PITH_ABI_VERSION, %d, pglobals, %d, pk_init, &fd_0, pfuncs, %d, pexts, %d};\n",
      m->nglobals, m->nconsts, m->nfuncs, m->nexternals);
}

/* Releases the per-function facts analyse_vars and find_regions made, leaving none dangling. */
static void free_func_facts(Emitter *e, char *lit_text) {
    free(e->is_handler);
    free(e->lit);
    free(e->borrowed);
    free(e->ilit);
    free(e->is_ilit);
    free(e->unboxed);
    free(e->boxing);
    free(lit_text);
    free(e->region_start);
    free(e->region_vars);
    e->is_handler = NULL;
    e->lit = NULL;
    e->borrowed = NULL;
    e->ilit = NULL;
    e->is_ilit = NULL;
    e->unboxed = NULL;
    e->boxing = NULL;
    e->region_start = e->region_vars = NULL;
}

char *cg_emit_c(const IrModule *m, FeDiag *diag) {
    Emitter em = {.m = m, .out = {.first_cap = EMIT_FIRST_CAP}}, *e = &em;
    P("/* generated by pith %s from %s — do not edit */\n", "ABI", m->fe && m->fe->filename ? "a Python module" : "?");
    P("%.*s", (int)cg_abi_text_len, cg_abi_text);
    P("\n#define asm pith_asm_is_not_available\n#define __asm pith_asm_is_not_available\n"
      "#define __asm__ pith_asm_is_not_available\n");
    for (int i = 0; i < m->nfuncs; i++) {
        const IrFunc *f = m->funcs[i];
        P("static PFuncDesc fd_%d;", i);
        comment_name(e, f->name);
        P("\n");
        if (f->suspends)
            P("static int s_%d(PCtx *c, PFrame *fr);\n", i);
        else {
            P("static PV f_%d(PCtx *c", i);
            if (f->nfrees) P(", PV cl");
            for (int p = 0; p < f->nparams; p++) P(", PV p%d", p);
            P(");\nstatic PV w_%d(PCtx *c, PV self, PV *a);\n", i);
        }
    }
    emit_consts(e);
    for (int i = 0; i < m->nfuncs && !e->out.failed; i++) {
        e->f = m->funcs[i];
        e->fi = i;
        e->is_handler = calloc((size_t)e->f->nblocks + 1, 1);
        char *lit_text = NULL;
        if (!e->is_handler || analyse_vars(e, &lit_text) || find_regions(e)) {
            free_func_facts(e, lit_text);
            e->out.failed = 1;
            break;
        }
        mark_handlers(e);
        P("\n/* ---- %s ---- */", i == 0 ? "module body" : "def");
        comment_name(e, i == 0 ? NULL : e->f->name);
        if (e->f->suspends) {
            emit_state_machine(e);
            cg_emit_resume_slots(e);
        } else
            emit_direct(e);
        free_func_facts(e, lit_text);
    }
    P("\n");
    for (int i = 0; i < m->nfuncs; i++) emit_descriptor(e, i);
    emit_program(e);
    char *text = pith_buf_take(&e->out, NULL);
    if (!text && e->too_large_line && diag) {
        diag->line = e->too_large_line;
        diag->col = 1;
        snprintf(diag->message, sizeof diag->message,
                 "code too large: the generated C passes %d bytes (the compile limit)", PITH_MAX_C_BYTES);
    }
    return text;
}
