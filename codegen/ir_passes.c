/* ir_passes.c — whole-module IR passes: may-suspend analysis, suspend-point numbering, frame slots, and the
 * verifier run after them. Stage: codegen. A function "suspends" when it can reach an external call: directly,
 * through a call of an unknown value, or through a direct call of a suspending function (docs/ARCHITECTURE.md §3). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define XXH_STATIC_LINKING_ONLY /* XXH3_state_t on the stack */
#include <xxhash.h>

#include "ir.h"
#include "pith_abi.h"
#include "pith_builtins.h"
#include "pith_modules.h"

/* A value of this type never runs Python code when iterated or passed to a builtin. */
static int inert(FeType t) { return t != FT_ANY && t != FT_FUNC; }

/* In a program that may wait on the host and defines classes, an operation that may call a user dunder (or a
 * property getter) that waits: iterating, an attribute read, an item read, a truth test, str/repr/len/format
 * and f-string fields of a value not proven a builtin one. The runtime runs the dunder as a frame there
 * (rt_sm_dunder, rt_sm_format, rt_sm_call_builtin). */
static int dunder_site(const IrModule *m, const IrFunc *f, const IrInstr *in) {
    int du = m->dunders_wait;
    if (!du) return 0;
    switch (in->op) {
    case IR_ITER: return (du & IR_DU_ITER) && !inert(f->vars[in->a].type);
    case IR_GETATTR: return (du & IR_DU_ATTR) && !inert(f->vars[in->a].type);
    case IR_GETITEM: return (du & IR_DU_ITEM) && !inert(f->vars[in->a].type);
    case IR_BRANCH:
    case IR_NOT: return (du & IR_DU_TRUTH) && !inert(f->vars[in->a].type);
    case IR_FORMAT: return (du & IR_DU_TEXT) && !inert(f->vars[in->a].type);
    case IR_CALL_BUILTIN: {
        int need = in->imm == PITH_B_LEN || in->imm == PITH_B_BOOL ? IR_DU_TRUTH
                   : in->imm == PITH_B_ITER                        ? IR_DU_ITER
                                                                   : IR_DU_TEXT;
        if (!pith_builtin_calls_dunder(in->imm) || !(du & need)) return 0;
        for (int i = 0; i < in->nargs; i++)
            if (!inert(f->vars[in->args[i]].type)) return 1;
        return 0;
    }
    default: return 0;
    }
}

/* The IR_DU_* bit of a dunder a class may bind (0: none the runtime runs as a frame at these sites). */
static int dunder_bit(const char *name) {
    static const struct {
        const char *name;
        int bit;
    } rows[] = {{"__iter__", IR_DU_ITER},  {"__next__", IR_DU_ITER},    {"__str__", IR_DU_TEXT},
                {"__repr__", IR_DU_TEXT},  {"__format__", IR_DU_TEXT},  {"__bool__", IR_DU_TRUTH},
                {"__len__", IR_DU_TRUTH},  {"__getitem__", IR_DU_ITEM}};
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
        if (!strcmp(rows[i].name, name)) return rows[i].bit;
    return 0;
}

static int is_dunder_name(const char *s, size_t n) {
    return s && n > 4 && !strncmp(s, "__", 2) && !strncmp(s + n - 2, "__", 2);
}

/* Which dunders the runtime calls may wait: in a program that waits on the host, those its class bodies bind
 * (IR_CLASS_NS names every name a class body binds), getters when it uses property, and all of them when it
 * assigns a dunder-named attribute or calls setattr (a class may gain one after its statement). */
static int dunders_bound(const IrModule *m) {
    int du = 0;
    for (int i = 0; i < m->nfuncs; i++)
        for (int bi = 0; bi < m->funcs[i]->nblocks; bi++)
            for (int k = 0; k < m->funcs[i]->blocks[bi].nins; k++) {
                const IrInstr *in = &m->funcs[i]->blocks[bi].ins[k];
                if (in->op == IR_CLASS_NS && in->kwconst >= 0 && m->consts[in->kwconst].kind == IK_KWNAMES)
                    for (int j = 0; j < m->consts[in->kwconst].nnames; j++)
                        du |= dunder_bit(m->consts[in->kwconst].names[j]);
                if (in->op == IR_BUILTIN && in->imm == PITH_B_PROPERTY) du |= IR_DU_ATTR;
                if ((in->op == IR_BUILTIN || in->op == IR_CALL_BUILTIN) && in->imm == PITH_B_SETATTR) du = IR_DU_ALL;
                if (in->op == IR_SETATTR && in->imm >= 0 && in->imm < m->nconsts && m->consts[in->imm].kind == IK_STR &&
                    is_dunder_name(m->consts[in->imm].data, m->consts[in->imm].len))
                    du = IR_DU_ALL;
            }
    return du;
}

/* In a program that may wait on the host, a place where runtime code may call back into Python code that
 * waits: a for loop over something not proven a builtin container, a builtin or method that takes a key or
 * consumes an iterable. Such a place is a suspend point, so the function is a state machine and the
 * runtime can run the callback as a frame on the chain (rt_native.c) instead of on the C stack. */
static int callback_site(const IrModule *m, const IrFunc *f, const IrInstr *in) {
    if (!m->may_wait) return 0;
    if (in->op == IR_FOR_NEXT) return !in->sub;
    if (in->op == IR_UNPACK || in->op == IR_UNPACK_EX) return !inert(f->vars[in->a].type);
    if (in->op == IR_LIST_EXTEND) return !inert(f->vars[in->b].type);
    if (in->op == IR_SETITEM) return in->sub && !inert(f->vars[in->args[0]].type);
    if (in->op == IR_COMPARE && (in->sub == FC_IN || in->sub == FC_NOT_IN)) return !inert(f->vars[in->b].type);
    if (in->op == IR_CALL_METHOD) return 1; /* a method may be a function stored as an attribute, too */
    if (dunder_site(m, f, in)) return 1;
    if (in->op != IR_CALL_BUILTIN || !pith_builtin_calls_back(in->imm)) return 0;
    for (int i = 0; i < in->nargs; i++)
        if (!inert(f->vars[in->args[i]].type)) return 1;
    return 0;
}

/* Whether the instruction suspends whatever its callee does; else the function it may call directly or as
 * a known value (an index into m->funcs) in *callee, or -1. A call of an unknown value (imm -1: no def it
 * is known to call) may reach a host function. */
static int suspends_itself(const IrModule *m, const IrFunc *f, const IrInstr *in, int *callee) {
    *callee = -1;
    if (in->op == IR_CALL_EXT || in->op == IR_YIELD || in->op == IR_SEND || in->op == IR_THROW) return 1;
    if (callback_site(m, f, in)) return 1;
    if (in->op == IR_CALL_VALUE || in->op == IR_CALL_EX) {
        if (in->imm < 0 || 1 + in->imm >= m->nfuncs) return 1;
        *callee = 1 + in->imm;
    }
    if (in->op == IR_CALL_DIRECT && 1 + in->imm < m->nfuncs) *callee = 1 + in->imm;
    return 0;
}

/* Whether the instruction is a suspend point (once every function's `suspends` is known). */
static int call_may_suspend(const IrModule *m, const IrFunc *f, const IrInstr *in) {
    int callee;
    return suspends_itself(m, f, in, &callee) || (callee >= 0 && m->funcs[callee]->suspends);
}

/* "Suspends" spreads from callees to callers: a worklist over the reversed call graph (callers[] of each
 * function as one array, CSR style), linear in the instructions whatever the call chains look like.
 * Returns -1 on OOM (then every function is treated as suspending, which is always correct). */
static int spread_suspends(IrModule *m) {
    int n = m->nfuncs, nedges = 0, callee;
    for (int i = 0; i < n; i++) {
        IrFunc *f = m->funcs[i];
        for (int bi = 0; bi < f->nblocks; bi++)
            for (int k = 0; k < f->blocks[bi].nins; k++) {
                if (suspends_itself(m, f, &f->blocks[bi].ins[k], &callee))
                    f->suspends = 1;
                else if (callee >= 0)
                    nedges++;
            }
    }
    /* callers of function c: callers[start[c] .. start[c + 1]) */
    int *start = calloc((size_t)n + 1, sizeof *start), *fill = calloc((size_t)n + 1, sizeof *fill);
    int *callers = malloc(sizeof *callers * (size_t)(nedges + 1)), *work = malloc(sizeof *work * (size_t)(n + 1));
    if (!start || !fill || !callers || !work) {
        free(start);
        free(fill);
        free(callers);
        free(work);
        return -1;
    }
    for (int pass = 0; pass < 2; pass++) { /* count the calls of each callee, then place each caller */
        for (int i = 0; i < n; i++) {
            IrFunc *f = m->funcs[i];
            for (int bi = 0; bi < f->nblocks; bi++)
                for (int k = 0; k < f->blocks[bi].nins; k++)
                    if (!suspends_itself(m, f, &f->blocks[bi].ins[k], &callee) && callee >= 0) {
                        if (pass == 0)
                            start[callee + 1]++;
                        else
                            callers[fill[callee]++] = i;
                    }
        }
        if (pass == 0) {
            for (int c = 0; c < n; c++) start[c + 1] += start[c];
            memcpy(fill, start, sizeof *fill * (size_t)n);
        }
    }
    int nwork = 0;
    for (int i = 0; i < n; i++)
        if (m->funcs[i]->suspends) work[nwork++] = i;
    while (nwork > 0) {
        int g = work[--nwork];
        for (int e = start[g]; e < start[g + 1]; e++) {
            IrFunc *caller = m->funcs[callers[e]];
            if (!caller->suspends) {
                caller->suspends = 1;
                work[nwork++] = callers[e];
            }
        }
    }
    free(start);
    free(fill);
    free(callers);
    free(work);
    return 0;
}

/* Which functions suspend, then numbering of the suspend points and frame slots. */
void ir_analyse(IrModule *m) {
    m->may_wait = 0;
    for (int i = 0; i < m->nfuncs; i++)
        for (int bi = 0; bi < m->funcs[i]->nblocks; bi++)
            for (int k = 0; k < m->funcs[i]->blocks[bi].nins; k++) {
                int op = m->funcs[i]->blocks[bi].ins[k].op;
                if (op == IR_CALL_EXT || op == IR_EXT_VALUE) m->may_wait = 1;
            }
    m->dunders_wait = m->may_wait ? dunders_bound(m) : 0;
    for (int i = 0; i < m->nfuncs; i++) /* a generator is a frame that waits for whoever iterates it */
        if (m->funcs[i]->flags & PITH_F_GENERATOR) m->funcs[i]->suspends = 1;
    if (spread_suspends(m) < 0)
        for (int i = 0; i < m->nfuncs; i++) m->funcs[i]->suspends = 1;
    for (int i = 0; i < m->nfuncs; i++) {
        IrFunc *f = m->funcs[i];
        f->nstates = 0;
        if (!f->suspends) continue;
        for (int bi = 0; bi < f->nblocks; bi++)
            for (int k = 0; k < f->blocks[bi].nins; k++) {
                IrInstr *in = &f->blocks[bi].ins[k];
                /* a state machine advances iterators through rt_sm_send, so a generator runs on its chain */
                if (call_may_suspend(m, f, in) || (in->op == IR_FOR_NEXT && !in->sub) || callback_site(m, f, in))
                    in->state = ++f->nstates;
            }
        /* every variable lives in the frame: slot = var number (params first, as the driver binds them) */
        for (int v = 0; v < f->nvars; v++) f->vars[v].slot = v;
        f->nslots = f->nvars;
    }
}

static int check_var(const IrFunc *f, int v, int optional) { return (optional && v == -1) || (v >= 0 && v < f->nvars); }

/* An empty block is fine if nothing reaches it: no non-empty block has it as handler or jump target. */
static int verify_empty_blocks(const IrFunc *f, char *err, size_t errlen) {
    for (int oi = 0; oi < f->nblocks; oi++) {
        const IrBlock *o = &f->blocks[oi];
        if (!o->nins) continue;
        const IrInstr *t = &o->ins[o->nins - 1];
        int to[3] = {o->handler, t->t1, t->t2};
        for (int j = 0; j < 3; j++)
            if (to[j] >= 0 && to[j] < f->nblocks && f->blocks[to[j]].nins == 0) {
                snprintf(err, errlen, "%s: empty block %d is a %s", f->name, to[j], j ? "jump target" : "handler");
                return -1;
            }
    }
    return 0;
}

static int verify_func(const IrModule *m, const IrFunc *f, char *err, size_t errlen) {
#define FAIL(...)                           \
    do {                                    \
        snprintf(err, errlen, __VA_ARGS__); \
        return -1;                          \
    } while (0)
    if (f->nblocks == 0 || f->blocks[0].nins == 0) FAIL("%s: no entry block", f->name);
    if (verify_empty_blocks(f, err, errlen)) return -1;
    for (int bi = 0; bi < f->nblocks; bi++) {
        const IrBlock *b = &f->blocks[bi];
        if (b->handler < -1 || b->handler >= f->nblocks) FAIL("%s: block %d: bad handler %d", f->name, bi, b->handler);
        if (b->nins == 0) continue; /* the builder may leave an unused block behind: checked below */
        for (int k = 0; k < b->nins; k++) {
            const IrInstr *in = &b->ins[k];
            int term = ir_is_terminator(in->op);
            if (term != (k == b->nins - 1))
                FAIL("%s: block %d: terminator misplaced at %d (%s)", f->name, bi, k, ir_op_name(in->op));
            if (!check_var(f, in->dst, 1) || !check_var(f, in->a, 1) || !check_var(f, in->b, 1))
                FAIL("%s: block %d: %s has a bad operand", f->name, bi, ir_op_name(in->op));
            for (int j = 0; j < in->nargs; j++)
                if (!check_var(f, in->args[j], 0))
                    FAIL("%s: block %d: %s has a bad argument", f->name, bi, ir_op_name(in->op));
            for (int j = 0; j < 4; j++)
                if (!check_var(f, in->rv[j], 1) || (in->rv[0] >= 0 && in->rv[j] != in->rv[0] + j))
                    FAIL("%s: block %d: bad range counter", f->name, bi); /* slot kinds group them by position */
            if (in->kwconst >= m->nconsts || in->nkw > in->nargs) FAIL("%s: block %d: bad keywords", f->name, bi);
            if (in->op == IR_CONST && (in->imm < 0 || in->imm >= m->nconsts))
                FAIL("%s: block %d: bad constant", f->name, bi);
            if (in->op == IR_CALL_DIRECT && (in->imm < 0 || 1 + in->imm >= m->nfuncs)) FAIL("%s: bad callee", f->name);
            if ((in->op == IR_LOAD_GLOBAL || in->op == IR_STORE_GLOBAL || in->op == IR_DEL_GLOBAL ||
                 in->op == IR_CHECK_GLOBAL || in->op == IR_DEFAULT) &&
                (in->imm < 0 || in->imm >= m->nglobals))
                FAIL("%s: block %d: bad global slot", f->name, bi);
            if ((in->op == IR_CALL_EXT || in->op == IR_EXT_VALUE) && (in->imm < 0 || in->imm >= m->nexternals))
                FAIL("%s: bad external", f->name);
            if (in->op == IR_IMPORT &&
                (in->imm < 0 || in->imm >= PITH_MOD_COUNT || in->ival < -1 || in->ival >= pith_modules[in->imm].nnames))
                FAIL("%s: bad import", f->name);
            if (in->state && !f->suspends) FAIL("%s: suspend point in a direct function", f->name);
            if (in->op == IR_JUMP || in->op == IR_BRANCH || in->op == IR_FOR_NEXT || in->op == IR_RANGE_NEXT ||
                in->op == IR_SEND || in->op == IR_THROW) {
                if (in->t1 < 0 || in->t1 >= f->nblocks) FAIL("%s: block %d: bad target", f->name, bi);
                if (in->op != IR_JUMP && (in->t2 < 0 || in->t2 >= f->nblocks))
                    FAIL("%s: block %d: bad target", f->name, bi);
            }
        }
    }
    return 0;
#undef FAIL
}

int ir_verify(const IrModule *m, char *err, size_t errlen) {
    for (int i = 0; i < m->nfuncs; i++)
        if (!m->funcs[i] || verify_func(m, m->funcs[i], err, errlen)) return -1;
    return 0;
}

/* A digest of everything a snapshot's frames depend on: per function its kind, parameter and slot counts
 * and where each suspend point is. A build whose code would resume a frame differently has another digest,
 * so its snapshots are refused instead of resuming at the wrong place (api/api_engine.c: api_program_id folds
 * it into the program's identity). */
uint64_t ir_layout_digest(const IrModule *m) {
    XXH3_state_t st;
    XXH3_64bits_reset(&st);
    for (int i = 0; i < m->nfuncs; i++) {
        const IrFunc *f = m->funcs[i];
        int head[5] = {f->suspends, f->nparams, f->nslots, f->nstates, f->flags};
        XXH3_64bits_update(&st, head, sizeof head);
        for (int bi = 0; f->suspends && bi < f->nblocks; bi++)
            for (int k = 0; k < f->blocks[bi].nins; k++) {
                const IrInstr *in = &f->blocks[bi].ins[k];
                if (!in->state) continue;
                int at[3] = {bi, k, in->state}; /* positions, not op codes: renumbering IrOp changes nothing */
                XXH3_64bits_update(&st, at, sizeof at);
            }
    }
    return XXH3_64bits_digest(&st);
}
