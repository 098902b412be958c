/* cg_resume_slots.c — the slots a state machine reads without checking once resumed at each suspend point
 * (PFuncDesc.resume_slots), so the snapshot decoder can refuse a frame that holds nothing there: generated
 * code would pass PV_NULL on as a value (the fuzzer's "NULL slots" crashes). Stage: codegen.
 * A slot is required at state k when it is certainly bound there on every path the program can take (a
 * forward "definitely non-NULL" analysis: so a snapshot the program made always passes) and read later
 * (a backward liveness: so the table stays small). Both run over the IR with the emitter's facts: literal
 * temps are never stored, temps are consumed by their use, and a handler starts with its temps cleared.
 * Functions too large for the bit sets (PITH_RESUME_MAX_WORDS) get no table: their frames are not checked. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cg_emit.h"

#define P(...) pith_buf_printf(&e->out, __VA_ARGS__)
#define PITH_RESUME_MAX_WORDS (1 << 20) /* blocks x words of vars per bit-set array (8 MiB) */

typedef uint64_t Word;

typedef struct Sets {
    const Emitter *e;
    const IrFunc *f;
    int nw;     /* words per set */
    Word *bind; /* per block: vars certainly bound at its entry */
    Word *live; /* per block: vars read on some path from its entry before being written */
    Word *tmp, *all_temps;
} Sets;

static int has(const Word *s, int v) { return v >= 0 && (s[v >> 6] >> (v & 63)) & 1; }
static void add(Word *s, int v) {
    if (v >= 0) s[v >> 6] |= (Word)1 << (v & 63);
}
static void del(Word *s, int v) {
    if (v >= 0) s[v >> 6] &= ~((Word)1 << (v & 63));
}
/* a &= b; returns whether a changed */
static int meet(Word *a, const Word *b, int nw) {
    int changed = 0;
    for (int i = 0; i < nw; i++) {
        Word w = a[i] & b[i];
        changed |= w != a[i];
        a[i] = w;
    }
    return changed;
}
/* a |= b; returns whether a changed */
static int join(Word *a, const Word *b, int nw) {
    int changed = 0;
    for (int i = 0; i < nw; i++) {
        Word w = a[i] | b[i];
        changed |= w != a[i];
        a[i] = w;
    }
    return changed;
}

/* Whether the op's args are destinations (written) rather than operands. */
static int args_written(int op) { return op == IR_UNPACK || op == IR_UNPACK_EX; }

/* A var whose slot holds its value (not a literal folded into its use, not an unboxed C double). */
static int stored(const Emitter *e, int v) {
    return v >= 0 && !(e->lit && e->lit[v]) && !(e->unboxed && e->unboxed[v]);
}

/* The vars the instruction reads (a superset is harmless: liveness only makes the table smaller). */
static void uses(const IrInstr *in, Word *s) {
    if (in->op != IR_CLEAR) add(s, in->a);
    if (in->op != IR_EXC_BEGIN) add(s, in->b);
    if (!args_written(in->op))
        for (int i = 0; i < in->nargs; i++) add(s, in->args[i]);
    if (in->op == IR_RANGE_NEXT)
        for (int i = 0; i < 4; i++) add(s, in->rv[i]);
}

/* Vars that hold nothing after the instruction, whatever they held: consumed temps and cleared locals. */
static void kills(const Sets *S, const IrInstr *in, Word *s) {
    const Emitter *e = S->e;
    if (in->a >= 0 && cg_is_temp(e, in->a)) del(s, in->a);
    if (in->b >= 0 && cg_is_temp(e, in->b)) del(s, in->b);
    if (!args_written(in->op))
        for (int i = 0; i < in->nargs; i++)
            if (cg_is_temp(e, in->args[i])) del(s, in->args[i]);
    switch (in->op) {
    case IR_CLEAR:
    case IR_DEL_LOCAL:
    case IR_MOVE:
    case IR_EXC_END:
    case IR_RERAISE: del(s, in->a); break;
    case IR_EXC_BEGIN: del(s, in->b); break; /* the exception handled before: maybe none */
    case IR_RANGE_INIT:
        for (int i = 0; i < 4; i++) del(s, in->rv[i]); /* counters or iterator: either may be empty */
        break;
    default: break;
    }
}

/* bound (the vars certainly bound before the instruction) becomes the same after it completes normally;
 * the dst of FOR_NEXT / RANGE_NEXT is bound on their loop edge only (the caller adds it there). */
static void step_bound(const Sets *S, const IrInstr *in, Word *bound) {
    const Emitter *e = S->e;
    int src_bound = has(bound, in->a);
    kills(S, in, bound);
    if (in->dst >= 0) {
        int certain = in->op == IR_COPY || in->op == IR_MOVE             ? src_bound
                      : in->op == IR_FOR_NEXT || in->op == IR_RANGE_NEXT ? 0
                                                                         : 1;
        if (certain && stored(e, in->dst))
            add(bound, in->dst);
        else
            del(bound, in->dst);
    }
    if (in->op == IR_CHECK_BOUND) add(bound, in->a); /* it raised otherwise */
    if (args_written(in->op))
        for (int i = 0; i < in->nargs; i++) {
            if (stored(e, in->args[i]))
                add(bound, in->args[i]);
            else
                del(bound, in->args[i]);
        }
}

/* What a handler may see of bound when the instruction raises: nothing it writes, no temps (cleared). */
static void exc_bound(const Sets *S, const IrInstr *in, const Word *bound, Word *out) {
    memcpy(out, bound, sizeof(Word) * (size_t)S->nw);
    kills(S, in, out);
    del(out, in->dst);
    if (args_written(in->op))
        for (int i = 0; i < in->nargs; i++) del(out, in->args[i]);
    for (int i = 0; i < S->nw; i++) out[i] &= ~S->all_temps[i];
}

static Word *row(Word *base, const Sets *S, int b) { return base + (size_t)b * (size_t)S->nw; }

static void forward(Sets *S) {
    const IrFunc *f = S->f;
    int nw = S->nw;
    Word *cur = S->tmp, *exc = S->tmp + nw;
    memset(S->bind, 0xff, sizeof(Word) * (size_t)nw * (size_t)f->nblocks); /* unreached: everything */
    int entry = 0; /* the first block with code: generated code starts there */
    while (entry < f->nblocks && !f->blocks[entry].nins) entry++;
    if (entry == f->nblocks) return;
    memset(row(S->bind, S, entry), 0, sizeof(Word) * (size_t)nw);
    for (int v = 0; v < f->nparams; v++) add(row(S->bind, S, entry), v); /* the driver binds them */
    for (int changed = 1; changed;) {
        changed = 0;
        for (int bi = 0; bi < f->nblocks; bi++) {
            const IrBlock *b = &f->blocks[bi];
            if (!b->nins) continue;
            memcpy(cur, row(S->bind, S, bi), sizeof(Word) * (size_t)nw);
            for (int k = 0; k < b->nins; k++) {
                const IrInstr *in = &b->ins[k];
                if (b->handler >= 0) {
                    exc_bound(S, in, cur, exc);
                    changed |= meet(row(S->bind, S, b->handler), exc, nw);
                }
                if (k < b->nins - 1) step_bound(S, in, cur);
            }
            const IrInstr *t = &b->ins[b->nins - 1];
            step_bound(S, t, cur);
            if (t->op == IR_JUMP || t->op == IR_BRANCH) {
                changed |= meet(row(S->bind, S, t->t1), cur, nw);
                if (t->op == IR_BRANCH) changed |= meet(row(S->bind, S, t->t2), cur, nw);
            } else if (t->op == IR_FOR_NEXT || t->op == IR_RANGE_NEXT) {
                changed |= meet(row(S->bind, S, t->t2), cur, nw);
                if (stored(S->e, t->dst)) add(cur, t->dst);
                changed |= meet(row(S->bind, S, t->t1), cur, nw);
            }
        }
    }
}

/* live (the vars read later) before the instruction, from live after it. */
static void step_live(const IrInstr *in, Word *live) {
    if (in->dst >= 0 && in->op != IR_FOR_NEXT && in->op != IR_RANGE_NEXT) del(live, in->dst);
    if (args_written(in->op))
        for (int i = 0; i < in->nargs; i++) del(live, in->args[i]);
    if (in->op == IR_RANGE_INIT)
        for (int i = 0; i < 4; i++) del(live, in->rv[i]);
    if (in->op == IR_CLEAR) del(live, in->a);
    if (in->op == IR_EXC_BEGIN) del(live, in->b);
    uses(in, live);
}

/* Live after the block's last instruction: its successors' entries. */
static void live_out(const Sets *S, const IrBlock *b, Word *out) {
    const IrInstr *t = &b->ins[b->nins - 1];
    memset(out, 0, sizeof(Word) * (size_t)S->nw);
    int to[2] = {t->op == IR_JUMP || t->op == IR_BRANCH || t->op == IR_FOR_NEXT || t->op == IR_RANGE_NEXT ? t->t1 : -1,
                 t->op == IR_BRANCH || t->op == IR_FOR_NEXT || t->op == IR_RANGE_NEXT ? t->t2 : -1};
    for (int i = 0; i < 2; i++)
        if (to[i] >= 0) join(out, row(S->live, S, to[i]), S->nw);
}

/* Walks block bi backwards from its live-out; keeps the live set after each suspend point, in order, in
 * after[0..) (NULL: only the block's live-in is wanted, left in cur). */
static void walk_live(Sets *S, int bi, Word *cur, Word *after) {
    const IrBlock *b = &S->f->blocks[bi];
    int nstates = 0;
    for (int k = 0; after && k < b->nins; k++) nstates += b->ins[k].state > 0;
    live_out(S, b, cur);
    for (int k = b->nins - 1; k >= 0; k--) {
        const IrInstr *in = &b->ins[k];
        if (b->handler >= 0) join(cur, row(S->live, S, b->handler), S->nw); /* it may raise here */
        if (after && in->state > 0) memcpy(row(after, S, --nstates), cur, sizeof(Word) * (size_t)S->nw);
        step_live(in, cur);
    }
    if (b->handler >= 0) join(cur, row(S->live, S, b->handler), S->nw);
}

static void backward(Sets *S) {
    const IrFunc *f = S->f;
    memset(S->live, 0, sizeof(Word) * (size_t)S->nw * (size_t)f->nblocks);
    for (int changed = 1; changed;) {
        changed = 0;
        for (int bi = f->nblocks - 1; bi >= 0; bi--) {
            if (!f->blocks[bi].nins) continue;
            walk_live(S, bi, S->tmp, NULL);
            changed |= join(row(S->live, S, bi), S->tmp, S->nw);
        }
    }
}

/* The required slots of each state in order: slots[start[k] .. start[k + 1]) for state k. */
typedef struct Table {
    int *start; /* [nstates + 2] */
    int *slots;
    int n, cap, state; /* entries; the last state recorded */
} Table;

/* Records the state of `in`: what is bound before it and live after it, but neither its dst (written on
 * resume) nor the temps it hands to the call before suspending. */
static int record(const Sets *S, Table *t, const IrInstr *in, const Word *bound, const Word *live_after) {
    if (in->state != t->state + 1) return -1; /* states are numbered in block order (ir_passes.c) */
    t->state = in->state;
    t->start[in->state] = t->n;
    for (int v = 0; v < S->f->nvars; v++) {
        if (!has(bound, v) || !has(live_after, v) || v == in->dst) continue;
        int operand = v == in->a || v == in->b;
        for (int i = 0; i < in->nargs && !operand; i++) operand = v == in->args[i];
        if (operand && cg_is_temp(S->e, v)) continue;
        if (t->n == t->cap) {
            int cap = t->cap ? 2 * t->cap : 64;
            int *p = realloc(t->slots, sizeof(int) * (size_t)cap);
            if (!p) return -1;
            t->slots = p;
            t->cap = cap;
        }
        t->slots[t->n++] = S->f->vars[v].slot;
    }
    return 0;
}

/* Fills t block by block: the live sets after its suspend points backwards, then the bound sets forwards. */
static int tabulate(Sets *S, Table *t, Word *after) {
    const IrFunc *f = S->f;
    for (int bi = 0; bi < f->nblocks; bi++) {
        const IrBlock *b = &f->blocks[bi];
        if (!b->nins) continue;
        walk_live(S, bi, S->tmp, after);
        memcpy(S->tmp, row(S->bind, S, bi), sizeof(Word) * (size_t)S->nw);
        for (int k = 0, j = 0; k < b->nins; k++) {
            const IrInstr *in = &b->ins[k];
            if (in->state > 0 && record(S, t, in, S->tmp, row(after, S, j++))) return -1;
            step_bound(S, in, S->tmp);
        }
    }
    t->start[f->nstates + 1] = t->n;
    return t->state == f->nstates ? 0 : -1;
}

void cg_emit_resume_slots(Emitter *e) {
    const IrFunc *f = e->f;
    int nw = (f->nvars + 63) / 64 + 1, most = 0; /* most suspend points in one block */
    for (int bi = 0; bi < f->nblocks; bi++) {
        int n = 0;
        for (int k = 0; k < f->blocks[bi].nins; k++) n += f->blocks[bi].ins[k].state > 0;
        most = n > most ? n : most;
    }
    Sets S = {.e = e, .f = f, .nw = nw};
    Table t = {0};
    Word *after = NULL;
    int ok = (size_t)nw * ((size_t)f->nblocks + (size_t)most) <= PITH_RESUME_MAX_WORDS && f->nstates > 0;
    if (ok) {
        S.bind = calloc((size_t)nw * (size_t)f->nblocks, sizeof(Word));
        S.live = calloc((size_t)nw * (size_t)f->nblocks, sizeof(Word));
        S.tmp = calloc((size_t)nw * 3, sizeof(Word));
        after = calloc((size_t)nw * (size_t)(most + 1), sizeof(Word));
        t.start = calloc((size_t)f->nstates + 2, sizeof(int));
        ok = S.bind && S.live && S.tmp && after && t.start;
    }
    if (ok) {
        S.all_temps = S.tmp + 2 * nw;
        for (int v = 0; v < f->nvars; v++)
            if (cg_is_temp(e, v)) add(S.all_temps, v);
        forward(&S);
        backward(&S);
        ok = tabulate(&S, &t, after) == 0;
    }
    /* rs_N = {nstates, where state 1's slots start, ..., where state nstates's end, slots...}; {0}: none */
    P("static const int rs_%d[] = {", e->fi);
    if (ok) {
        int base = f->nstates + 2;
        P("%d", f->nstates);
        for (int s = 1; s <= f->nstates + 1; s++) P(", %d", base + t.start[s]);
        for (int i = 0; i < t.n; i++) P(", %d", t.slots[i]);
    } else {
        P("0");
    }
    P("};\n");
    free(S.bind);
    free(S.live);
    free(S.tmp);
    free(after);
    free(t.start);
    free(t.slots);
}
