/* ir_core.c — IR containers: allocation of functions, variables, blocks, instructions and constants; the
 * operations' facts made from ir_ops.h. Stage: codegen. The ownership model the instructions follow is
 * written in ir.h. */
#include <stdlib.h>
#include <string.h>

#include "ir.h"
#include "ir_build.h"

/* Grow *items (of elem bytes) so that index n fits; returns 0 or -1 on OOM. */
static int ir_grow(void **items, int *cap, int n, size_t elem) {
    if (n < *cap) return 0;
    int ncap = *cap ? *cap * 2 : 8;
    while (ncap <= n) ncap *= 2;
    void *p = realloc(*items, (size_t)ncap * elem);
    if (!p) return -1;
    memset((char *)p + (size_t)*cap * elem, 0, (size_t)(ncap - *cap) * elem);
    *items = p;
    *cap = ncap;
    return 0;
}

IrFunc *ir_func_new(const char *name) {
    IrFunc *f = calloc(1, sizeof *f);
    if (f) f->name = name;
    return f;
}

int ir_var_new(IrFunc *f, IrVarKind kind, const char *name, FeType type) {
    if (ir_grow((void **)&f->vars, &f->capvars, f->nvars, sizeof(IrVar))) return -1;
    IrVar *v = &f->vars[f->nvars];
    v->kind = kind;
    v->name = name;
    v->type = type;
    v->slot = f->nvars;
    return f->nvars++;
}

int ir_block_new(IrFunc *f, int handler) {
    if (ir_grow((void **)&f->blocks, &f->capblocks, f->nblocks, sizeof(IrBlock))) return -1;
    f->blocks[f->nblocks].handler = handler;
    return f->nblocks++;
}

IrInstr *ir_append(IrFunc *f, int block, int op) {
    IrBlock *b = &f->blocks[block];
    if (ir_grow((void **)&b->ins, &b->cap, b->nins, sizeof(IrInstr))) return NULL;
    IrInstr *in = &b->ins[b->nins++];
    memset(in, 0, sizeof *in);
    in->op = (uint16_t)op;
    in->dst = in->a = in->b = -1;
    in->kwconst = -1;
    in->t1 = in->t2 = -1;
    in->rv[0] = in->rv[1] = in->rv[2] = -1;
    return in;
}

int ir_const_add(IrModule *m, IrConstKind kind, const char *data, size_t len, int base) {
    for (int i = 0; i < m->nconsts; i++) {
        IrConst *k = &m->consts[i];
        if (k->kind == kind && k->len == len && k->base == base && memcmp(k->data, data, len) == 0) return i;
    }
    if (ir_grow((void **)&m->consts, &m->capconsts, m->nconsts, sizeof(IrConst))) return -1;
    IrConst *k = &m->consts[m->nconsts];
    k->kind = kind;
    k->data = data;
    k->len = len;
    k->base = base;
    return m->nconsts++;
}

int ir_const_kwnames(IrModule *m, const char **names, int n) {
    for (int i = 0; i < m->nconsts; i++) {
        IrConst *k = &m->consts[i];
        if (k->kind != IK_KWNAMES || k->nnames != n) continue;
        int same = 1;
        for (int j = 0; j < n && same; j++) same = strcmp(k->names[j], names[j]) == 0;
        if (same) return i;
    }
    if (ir_grow((void **)&m->consts, &m->capconsts, m->nconsts, sizeof(IrConst))) return -1;
    const char **copy = malloc(sizeof(char *) * (size_t)(n ? n : 1));
    if (!copy) return -1;
    memcpy(copy, names, sizeof(char *) * (size_t)n);
    IrConst *k = &m->consts[m->nconsts];
    k->kind = IK_KWNAMES;
    k->names = copy;
    k->nnames = n;
    return m->nconsts++;
}

static void func_free(IrFunc *f) {
    if (!f) return;
    for (int i = 0; i < f->nblocks; i++) {
        IrBlock *b = &f->blocks[i];
        for (int j = 0; j < b->nins; j++) free(b->ins[j].args);
        free(b->ins);
    }
    free(f->blocks);
    free(f->vars);
    free(f);
}

void ir_free(IrModule *m) {
    if (!m) return;
    for (int i = 0; i < m->nfuncs; i++) func_free(m->funcs[i]);
    free(m->funcs);
    for (int i = 0; i < m->nconsts; i++)
        if (m->consts[i].kind == IK_KWNAMES) free(m->consts[i].names);
    free(m->consts);
    free(m->global_names);
    free(m);
}

static const struct { const char *name; int is_terminator; } op_facts[IR_OP_COUNT] = {
#define IR_OP(op, name, is_terminator) [op] = {name, is_terminator},
#include "ir_ops.h"
#undef IR_OP
};

int ir_is_terminator(int op) { return op >= 0 && op < IR_OP_COUNT && op_facts[op].is_terminator; }

const char *ir_op_name(int op) { return op >= 0 && op < IR_OP_COUNT ? op_facts[op].name : "?"; }
