/* ir_core.c — IR containers: allocation of functions, variables, blocks, instructions and constants; the
 * operations' facts made from ir_ops.h. Stage: codegen. The ownership model the instructions follow is
 * written in ir.h. */
#include <stdlib.h>
#include <string.h>

#include <xxhash.h>

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
    in->rv[0] = in->rv[1] = in->rv[2] = in->rv[3] = -1;
    return in;
}

/* ---- the constant table: each distinct constant once, found through a hash index (open addressing,
 * kept at most half full), so adding n constants costs O(n) whatever repeats ---- */

static uint64_t const_hash(const IrConst *k) {
    uint64_t h = XXH3_64bits_withSeed(&k->base, sizeof k->base, (uint64_t)k->kind);
    if (k->kind != IK_KWNAMES) return XXH3_64bits_withSeed(k->data, k->len, h);
    for (int j = 0; j < k->nnames; j++) h = XXH3_64bits_withSeed(k->names[j], strlen(k->names[j]) + 1, h);
    return h;
}

static int const_equal(const IrConst *a, const IrConst *b) {
    if (a->kind != b->kind) return 0;
    if (a->kind != IK_KWNAMES) return a->len == b->len && a->base == b->base && memcmp(a->data, b->data, a->len) == 0;
    if (a->nnames != b->nnames) return 0;
    for (int j = 0; j < a->nnames; j++)
        if (strcmp(a->names[j], b->names[j]) != 0) return 0;
    return 1;
}

/* The index slot holding a constant equal to *k, or the free slot where it would go. */
static int *const_slot(const IrModule *m, const IrConst *k) {
    unsigned mask = (unsigned)m->const_index_cap - 1;
    for (unsigned i = (unsigned)const_hash(k) & mask;; i = (i + 1) & mask) {
        int *slot = &m->const_index[i];
        if (!*slot || const_equal(&m->consts[*slot - 1], k)) return slot;
    }
}

/* Room for one more constant in the index (rebuilt at twice the size when half full). 0 or -1 on OOM. */
static int const_index_reserve(IrModule *m) {
    if ((m->nconsts + 1) * 2 <= m->const_index_cap) return 0;
    int cap = m->const_index_cap ? m->const_index_cap * 2 : 64;
    int *index = calloc((size_t)cap, sizeof *index);
    if (!index) return -1;
    free(m->const_index);
    m->const_index = index;
    m->const_index_cap = cap;
    for (int i = 0; i < m->nconsts; i++) *const_slot(m, &m->consts[i]) = i + 1;
    return 0;
}

/* The number of constant *k, added (a shallow copy) when new. -1 on OOM. */
static int const_intern(IrModule *m, const IrConst *k, int *added) {
    *added = 0;
    if (const_index_reserve(m)) return -1;
    int *slot = const_slot(m, k);
    if (*slot) return *slot - 1;
    if (ir_grow((void **)&m->consts, &m->capconsts, m->nconsts, sizeof(IrConst))) return -1;
    m->consts[m->nconsts] = *k;
    *slot = m->nconsts + 1;
    *added = 1;
    return m->nconsts++;
}

int ir_const_add(IrModule *m, IrConstKind kind, const char *data, size_t len, int base) {
    IrConst k = {.kind = kind, .data = data, .len = len, .base = base};
    int added;
    return const_intern(m, &k, &added);
}

int ir_const_kwnames(IrModule *m, const char **names, int n) {
    IrConst k = {.kind = IK_KWNAMES, .names = names, .nnames = n};
    int added, i = const_intern(m, &k, &added);
    if (i < 0 || !added) return i;
    /* the table keeps its own copy of the names array (the caller's is temporary) */
    const char **copy = malloc(sizeof(char *) * (size_t)(n ? n : 1));
    if (!copy) {
        *const_slot(m, &k) = 0; /* open addressing: the slot was the last one probed, nothing follows it */
        m->nconsts--;
        return -1;
    }
    memcpy(copy, names, sizeof(char *) * (size_t)n);
    m->consts[i].names = copy;
    return i;
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
    free(m->const_index);
    free(m->global_names);
    free(m->nowaits);
    free(m);
}

static const struct {
    const char *name;
    int is_terminator;
} op_facts[IR_OP_COUNT] = {
#define IR_OP(op, name, is_terminator) [op] = {name, is_terminator},
#include "ir_ops.h"
#undef IR_OP
};

int ir_is_terminator(int op) { return op >= 0 && op < IR_OP_COUNT && op_facts[op].is_terminator; }

const char *ir_op_name(int op) { return op >= 0 && op < IR_OP_COUNT ? op_facts[op].name : "?"; }
