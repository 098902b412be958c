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
    int most_ins; /* the most instructions in one block */
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

/* Removes from acc what a handler cannot rely on once the instruction may have raised: what it writes or
 * clears. acc starts as the block's entry set less its temps (a handler clears them), so after every
 * instruction of the block it is what the handler can rely on wherever the block raises (the vars the block
 * binds are not added back: fewer checked slots, never a refused snapshot). */
static void exc_drop(const Sets *S, const IrInstr *in, Word *acc) {
    kills(S, in, acc);
    del(acc, in->dst);
    if (args_written(in->op))
        for (int i = 0; i < in->nargs; i++) del(acc, in->args[i]);
    if (in->op == IR_RANGE_INIT || in->op == IR_RANGE_NEXT)
        for (int i = 0; i < 4; i++) del(acc, in->rv[i]);
}

static Word *row(Word *base, const Sets *S, int b) { return base + (size_t)b * (size_t)S->nw; }

static void forward(Sets *S) {
    const IrFunc *f = S->f;
    int nw = S->nw;
    Word *cur = S->tmp, *acc = S->tmp + nw;
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
            for (int i = 0; b->handler >= 0 && i < nw; i++) acc[i] = cur[i] & ~S->all_temps[i];
            for (int k = 0; k < b->nins; k++) {
                if (b->handler >= 0) exc_drop(S, &b->ins[k], acc);
                step_bound(S, &b->ins[k], cur);
            }
            if (b->handler >= 0) changed |= meet(row(S->bind, S, b->handler), acc, nw);
            const IrInstr *t = &b->ins[b->nins - 1];
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

/* The changes step_live makes, kept so a forward walk can undo them: var << 1 | whether it was live. */
typedef struct Log {
    int *v;
    int n, cap, failed;
} Log;

static void set_live(Word *live, int v, int on, Log *log) {
    if (v < 0 || has(live, v) == on) return;
    if (log) {
        if (log->n == log->cap) {
            int cap = log->cap ? 2 * log->cap : 256;
            int *p = realloc(log->v, sizeof(int) * (size_t)cap);
            if (!p) {
                log->failed = 1;
                return;
            }
            log->v = p;
            log->cap = cap;
        }
        log->v[log->n++] = v << 1 | !on;
    }
    if (on)
        add(live, v);
    else
        del(live, v);
}

/* live (the vars read later) before the instruction, from live after it; a handler's are added by the caller
 * (live after every instruction of a protected block is this walk's set plus the handler's entry set). */
static void step_live(const IrInstr *in, Word *live, Log *log) {
    if (in->dst >= 0 && in->op != IR_FOR_NEXT && in->op != IR_RANGE_NEXT) set_live(live, in->dst, 0, log);
    if (args_written(in->op))
        for (int i = 0; i < in->nargs; i++) set_live(live, in->args[i], 0, log);
    if (in->op == IR_RANGE_INIT)
        for (int i = 0; i < 4; i++) set_live(live, in->rv[i], 0, log);
    if (in->op == IR_CLEAR) set_live(live, in->a, 0, log);
    if (in->op == IR_EXC_BEGIN) set_live(live, in->b, 0, log);
    /* the vars it reads (a superset is harmless: liveness only makes the table smaller) */
    if (in->op != IR_CLEAR) set_live(live, in->a, 1, log);
    if (in->op != IR_EXC_BEGIN) set_live(live, in->b, 1, log);
    if (!args_written(in->op))
        for (int i = 0; i < in->nargs; i++) set_live(live, in->args[i], 1, log);
    if (in->op == IR_RANGE_NEXT)
        for (int i = 0; i < 4; i++) set_live(live, in->rv[i], 1, log);
}

/* Live after the block's last instruction: its successors' entries. */
static void live_out(const Sets *S, const IrBlock *b, Word *out) {
    const IrInstr *t = &b->ins[b->nins - 1];
    memset(out, 0, sizeof(Word) * (size_t)S->nw);
    int two = t->op == IR_BRANCH || t->op == IR_FOR_NEXT || t->op == IR_RANGE_NEXT;
    int to[2] = {two || t->op == IR_JUMP ? t->t1 : -1, two ? t->t2 : -1};
    for (int i = 0; i < 2; i++)
        if (to[i] >= 0) join(out, row(S->live, S, to[i]), S->nw);
}

static void backward(Sets *S) {
    const IrFunc *f = S->f;
    memset(S->live, 0, sizeof(Word) * (size_t)S->nw * (size_t)f->nblocks);
    for (int changed = 1; changed;) {
        changed = 0;
        for (int bi = f->nblocks - 1; bi >= 0; bi--) {
            const IrBlock *b = &f->blocks[bi];
            if (!b->nins) continue;
            live_out(S, b, S->tmp);
            for (int k = b->nins - 1; k >= 0; k--) step_live(&b->ins[k], S->tmp, NULL);
            if (b->handler >= 0) join(S->tmp, row(S->live, S, b->handler), S->nw); /* it may raise anywhere */
            changed |= join(row(S->live, S, bi), S->tmp, S->nw);
        }
    }
}

/* The table: per state, the changes to the previous state's set (slot + 1 added, -(slot + 1) removed, 0
 * clears the set first). A state whose changes would outnumber its set, or whose chain of changes since the
 * last clear grew past twice its set, starts afresh with 0, so the table and a check both stay linear. */
typedef struct Table {
    int *start; /* [nstates + 2]: state k's entries are entries[start[k] .. start[k + 1]) */
    int *entries;
    int n, cap, state, chain, failed; /* entries; the last state recorded; changes since the last clear */
} Table;

static void put(Table *t, int x) {
    if (t->n == t->cap) {
        int cap = t->cap ? 2 * t->cap : 256;
        int *p = realloc(t->entries, sizeof(int) * (size_t)cap);
        if (!p) {
            t->failed = 1;
            return;
        }
        t->entries = p;
        t->cap = cap;
    }
    t->entries[t->n++] = x;
}

static int popcount(const Word *s, int nw) {
    int n = 0;
    for (int i = 0; i < nw; i++) n += __builtin_popcountll(s[i]);
    return n;
}

/* Records the state of `in`: bound before it and read after it, but neither its dst (written on resume) nor
 * the temps it hands to the call before suspending; prev is the set of the state before (updated). */
static void record(const Sets *S, Table *t, const IrInstr *in, Word *req, Word *prev, int fresh) {
    const IrFunc *f = S->f;
    int nw = S->nw;
    del(req, in->dst);
    if (in->a >= 0 && cg_is_temp(S->e, in->a)) del(req, in->a);
    if (in->b >= 0 && cg_is_temp(S->e, in->b)) del(req, in->b);
    for (int i = 0; i < in->nargs; i++)
        if (cg_is_temp(S->e, in->args[i])) del(req, in->args[i]);
    int size = popcount(req, nw), changes = 0;
    for (int i = 0; i < nw; i++) changes += __builtin_popcountll(req[i] ^ prev[i]);
    if (in->state != t->state + 1) t->failed = 1; /* states are numbered in block order (ir_passes.c) */
    t->state = in->state;
    t->start[in->state] = t->n;
    if (fresh || changes > size || t->chain + changes > 2 * size + 16) {
        put(t, 0);
        memset(prev, 0, sizeof(Word) * (size_t)nw);
        t->chain = 0;
    }
    for (int i = 0; i < nw; i++)
        for (Word d = req[i] ^ prev[i]; d; d &= d - 1) {
            int v = i * 64 + __builtin_ctzll(d);
            put(t, has(req, v) ? f->vars[v].slot + 1 : -(f->vars[v].slot + 1));
            t->chain++;
        }
    memcpy(prev, req, sizeof(Word) * (size_t)nw);
}

/* Fills t block by block: liveness backwards (logging each change), then forwards with the bound sets,
 * undoing the logged changes to know what is read after each suspend point. */
static int tabulate(Sets *S, Table *t) {
    const IrFunc *f = S->f;
    int nw = S->nw, fresh = 1;
    Word *live = S->tmp, *req = S->tmp + nw, *prev = S->tmp + 2 * nw, *bound = S->tmp + 3 * nw;
    Log log = {0};
    int *mark = malloc(sizeof(int) * ((size_t)S->most_ins + 1));
    if (!mark) return -1;
    for (int bi = 0; bi < f->nblocks && !t->failed && !log.failed; bi++) {
        const IrBlock *b = &f->blocks[bi];
        int nstates = 0;
        for (int k = 0; k < b->nins; k++) nstates += b->ins[k].state > 0;
        if (!nstates) continue;
        const Word *handler = b->handler >= 0 ? row(S->live, S, b->handler) : NULL;
        log.n = 0;
        live_out(S, b, live);
        for (int k = b->nins - 1; k >= 0; k--) {
            mark[k] = log.n;
            step_live(&b->ins[k], live, &log);
        }
        memcpy(bound, row(S->bind, S, bi), sizeof(Word) * (size_t)nw);
        for (int k = 0; k < b->nins; k++) {
            while (log.n > mark[k]) { /* back to live after instruction k */
                int x = log.v[--log.n];
                if (x & 1)
                    add(live, x >> 1);
                else
                    del(live, x >> 1);
            }
            const IrInstr *in = &b->ins[k];
            if (in->state > 0) {
                for (int i = 0; i < nw; i++) req[i] = bound[i] & (live[i] | (handler ? handler[i] : 0));
                record(S, t, in, req, prev, fresh);
                fresh = 0;
            }
            step_bound(S, in, bound);
        }
        fresh = 1; /* another block: its first state starts afresh */
    }
    free(log.v);
    free(mark);
    t->start[f->nstates + 1] = t->n;
    return t->failed || log.failed || t->state != f->nstates ? -1 : 0;
}

void cg_emit_resume_slots(Emitter *e) {
    const IrFunc *f = e->f;
    int nw = (f->nvars + 63) / 64 + 1, most = 0; /* most instructions in one block */
    for (int bi = 0; bi < f->nblocks; bi++) most = f->blocks[bi].nins > most ? f->blocks[bi].nins : most;
    Sets S = {.e = e, .f = f, .nw = nw, .most_ins = most};
    Table t = {0};
    int ok = (size_t)nw * (size_t)f->nblocks <= PITH_RESUME_MAX_WORDS && f->nstates > 0;
    if (ok) {
        S.bind = calloc((size_t)nw * (size_t)f->nblocks, sizeof(Word));
        S.live = calloc((size_t)nw * (size_t)f->nblocks, sizeof(Word));
        S.tmp = calloc((size_t)nw * 5, sizeof(Word));
        t.start = calloc((size_t)f->nstates + 2, sizeof(int));
        ok = S.bind && S.live && S.tmp && t.start;
    }
    if (ok) {
        S.all_temps = S.tmp + 4 * nw;
        for (int v = 0; v < f->nvars; v++)
            if (cg_is_temp(e, v)) add(S.all_temps, v);
        forward(&S);
        backward(&S);
        ok = tabulate(&S, &t) == 0;
    }
    /* rs_N = {nstates, where state 1's entries start, ..., where state nstates's end, entries...}; {0}: none */
    P("static const int rs_%d[] = {", e->fi);
    if (ok) {
        int base = f->nstates + 2;
        P("%d", f->nstates);
        for (int s = 1; s <= f->nstates + 1; s++) P(",%d", base + t.start[s]);
        for (int i = 0; i < t.n; i++) P(",%d", t.entries[i]);
    } else {
        P("0");
    }
    P("};\n");
    if (e->out.len > PITH_MAX_C_BYTES && !e->too_large_line) { /* a compile limit, as in emit_blocks */
        e->too_large_line = f->line > 0 ? f->line : 1;
        e->out.failed = 1;
    }
    free(S.bind);
    free(S.live);
    free(S.tmp);
    free(t.start);
    free(t.entries);
}
