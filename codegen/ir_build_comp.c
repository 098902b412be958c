/* ir_build_comp.c — comprehensions and generator expressions.
 * Stage: codegen. List/set/dict comprehensions run inline in the enclosing function: their variables are
 * slots of that function (numbered by fe_scope.c), the result is built in a hidden local. A generator
 * expression is its own state-machine function: the enclosing code evaluates iter(first iterable) and wraps
 * a fresh frame of it in a generator object (IR_GENEXP); each element is an IR_YIELD. */
#include <stdlib.h>
#include <string.h>

#include "ir_builder.h"
#include "pith_abi.h"
#include "pith_builtins.h"

/* The clauses from `level` inward, with `leaf` run for each element; exhausted loops release their iterators.
 * The first iterable of level 0 is `first` (already an iterator var) when >= 0. */
typedef void (*LeafFn)(Builder *b, const FeNode *e, int acc);

static void loops(Builder *b, const FeNode *e, int level, int first, LeafFn leaf, int acc) {
    int line = e->span.line;
    if (level == e->u.comp.ngens) {
        leaf(b, e, acc);
        return;
    }
    const FeCompFor *g = &e->u.comp.gens[level];
    int it = bd_hidden(b, "%iter"), head = bd_block(b), body = bd_block(b), done = bd_block(b);
    IrInstr *in;
    int src = first >= 0 ? first : bd_expr(b, g->iter);
    in = bd_emit(b, g->is_async ? IR_AITER : IR_ITER, line);
    in->dst = it;
    in->a = src;
    bd_jump(b, head, line);
    bd_enter(b, head);
    int x = bd_temp(b, FT_ANY), item = -1;
    if (g->is_async) { /* `async for` in a comprehension: each item awaited, as the statement (ir_build_stmt.c) */
        int ended = bd_async_next(b, it, &item, line), got = bd_block(b);
        in = bd_emit(b, IR_BRANCH, line);
        in->a = ended;
        in->t1 = done;
        in->t2 = got;
        bd_enter(b, got);
        in = bd_emit(b, IR_MOVE, line);
        in->dst = x;
        in->a = item;
        bd_jump(b, body, line);
    } else {
        in = bd_emit(b, IR_FOR_NEXT, line);
        in->dst = x;
        in->a = it;
        in->sub = first < 0 && bd_iterates_inert(g->iter);
        in->t1 = body;
        in->t2 = done;
    }
    bd_enter(b, body);
    bd_store(b, g->target, x, line);
    for (int i = 0; i < g->ifs.n; i++) {
        int cond = bd_expr(b, g->ifs.items[i]), next = bd_block(b);
        in = bd_emit(b, IR_BRANCH, line);
        in->a = cond;
        in->t1 = next;
        in->t2 = head;
        bd_enter(b, next);
    }
    loops(b, e, level + 1, -1, leaf, acc);
    if (b->cur >= 0) {
        in = bd_emit(b, IR_JUMP, line);
        in->t1 = head;
        in->ival = 1; /* back-edge */
    }
    bd_enter(b, done);
    in = bd_emit(b, IR_CLEAR, line);
    in->a = it;
    if (item >= 0) bd_emit(b, IR_CLEAR, line)->a = item;
}

static void add_element(Builder *b, const FeNode *e, int acc) {
    int line = e->span.line;
    IrInstr *in;
    if (e->kind == E_DICTCOMP) {
        int k = bd_expr(b, e->u.comp.elt), v = bd_expr(b, e->u.comp.value);
        in = bd_emit(b, IR_SETITEM, line);
        in->a = acc;
        in->b = k;
        in->args = bd_args(b, 1);
        if (in->args) in->args[0] = v;
        in->nargs = 1;
        return;
    }
    int v = bd_expr(b, e->u.comp.elt);
    in = bd_emit(b, e->kind == E_SETCOMP ? IR_SET_ADD : IR_LIST_APPEND, line);
    in->a = acc;
    in->b = v;
}

/* Names and types of the comprehension's own variables, for readable IR/C. */
static void name_vars(Builder *b, const FeScope *scope) {
    for (int i = 0; scope && i < scope->nsyms; i++) {
        const FeSym *s = scope->syms[i];
        if ((s->kind == SYM_LOCAL || s->kind == SYM_CELL) && s->index >= 0 && s->index < b->f->nvars) {
            b->f->vars[s->index].name = s->name;
            b->f->vars[s->index].type = s->kind == SYM_CELL ? FT_ANY : s->type;
        }
    }
}

int bd_comprehension(Builder *b, const FeNode *e) {
    int line = e->span.line, acc = bd_hidden(b, "%comp");
    name_vars(b, e->u.comp.scope);
    IrInstr *in = bd_emit(b,
                          e->kind == E_DICTCOMP  ? IR_BUILD_DICT
                          : e->kind == E_SETCOMP ? IR_BUILD_SET
                                                 : IR_BUILD_LIST,
                          line);
    in->dst = acc;
    if (e->u.comp.scope) bd_make_cells(b, e->u.comp.scope, line); /* fresh cells per evaluation, as CPython */
    loops(b, e, 0, -1, add_element, acc);
    int d = bd_temp(b, e->type);
    in = bd_emit(b, IR_MOVE, line);
    in->dst = d;
    in->a = acc;
    return d;
}

/* In the enclosing function: iter(first iterable) now (so its errors surface here), then the generator. */
int bd_genexp(Builder *b, const FeNode *e) {
    int line = e->span.line;
    int src = bd_expr(b, e->u.comp.gens[0].iter);
    int it = bd_temp(b, FT_ANY);
    IrInstr *in = bd_emit(b, IR_ITER, line);
    in->dst = it;
    in->a = src;
    const FeScope *inner = e->u.comp.scope;
    int ncl = inner ? inner->nfrees : 0;
    int *args = bd_args(b, 1 + ncl), *cells = ncl ? bd_closure_cells(b, inner, line) : NULL;
    if (args) args[0] = it;
    for (int i = 0; args && cells && i < ncl; i++) args[1 + i] = cells[i];
    free(cells);
    int d = bd_temp(b, FT_ANY);
    in = bd_emit(b, IR_GENEXP, line);
    in->dst = d;
    in->imm = e->u.comp.id;
    in->args = args;
    in->nargs = 1 + ncl;
    return d;
}

static void yield_element(Builder *b, const FeNode *e, int acc) {
    (void)acc;
    int line = e->span.line, v = bd_expr(b, e->u.comp.elt), sent = bd_temp(b, FT_ANY);
    IrInstr *in = bd_emit(b, IR_YIELD, line);
    in->dst = sent;
    in->a = v;
    in = bd_emit(b, IR_CLEAR, line);
    in->a = sent;
}

/* The generator function's body: its parameter 0 (".0") is the iterator of the first clause. */
void bd_genexp_body(Builder *b, const FeNode *e) { loops(b, e, 0, 0, yield_element, -1); }

/* ---- generator expressions consumed at once by a builtin: lowered inline ----
 * sum(f(x) for x in xs) and friends run as loops in the calling function, so a host call inside can
 * suspend the whole run (a generator driven from C code could not) and no generator frame is made.
 * any/all keep their short-circuit; sum adds as it goes; str.join on a proven str folds as it goes (with
 * CPython's behaviour: the whole generator runs before a non-str item is reported); the others (list, tuple,
 * set, sorted, min, max, join on anything else) consume every element before doing anything else, as
 * CPython's do, so they get a list. */

static void any_all_leaf(Builder *b, const FeNode *e, int acc) {
    (void)acc;
    int line = e->span.line, v = bd_expr(b, e->u.comp.elt), cont = bd_block(b);
    IrInstr *in = bd_emit(b, IR_BRANCH, line);
    in->a = v;
    in->t1 = b->leaf_b ? cont : b->leaf_a; /* all(): a false element decides */
    in->t2 = b->leaf_b ? b->leaf_a : cont;
    bd_enter(b, cont);
}

static void sum_leaf(Builder *b, const FeNode *e, int acc) {
    int line = e->span.line, v = bd_expr(b, e->u.comp.elt), t = bd_temp(b, FT_ANY);
    IrInstr *in = bd_emit(b, IR_BINOP, line);
    in->dst = t;
    in->a = acc;
    in->b = v;
    in->sub = PITH_OP_ADD;
    in = bd_emit(b, IR_COPY, line);
    in->dst = acc;
    in->a = t;
}

/* sep.join: the accumulator folds strs as they come (rt_join_add), so memory stays bounded by the result */
static void join_leaf(Builder *b, const FeNode *e, int acc) {
    int line = e->span.line, v = bd_expr(b, e->u.comp.elt);
    int *args = bd_args(b, 1);
    if (args) args[0] = b->leaf_a; /* the separator's hidden local */
    IrInstr *in = bd_emit(b, IR_JOIN_ADD, line);
    in->a = acc;
    in->b = v;
    in->args = args;
    in->nargs = 1;
}

/* The builtin or method a call consumes a lone generator expression with, or 0. */
static int consumer(Builder *b, const FeNode *call, int *builtin, int *method) {
    *builtin = -1;
    *method = 0;
    if (call->u.call.args.n != 1 || call->u.call.args.items[0]->kind != E_GENEXP) return 0;
    const FeScope *sc = call->u.call.args.items[0]->u.comp.scope;
    for (int i = 0; sc && i < sc->nsyms; i++)
        if (sc->syms[i]->kind == SYM_CELL) return 0; /* a lambda inside captures its variable: keep the frame */
    const FeNode *fn = call->u.call.func;
    if (fn->kind == E_ATTR && !strcmp(fn->u.attr.name, "join") && !call->u.call.nkw) return *method = 1;
    if (fn->kind != E_NAME || !fn->u.name.sym || fn->u.name.sym->kind != SYM_BUILTIN) return 0;
    int id = fn->u.name.sym->index;
    if ((id == PITH_B_ANY || id == PITH_B_ALL || id == PITH_B_SUM || id == PITH_B_LIST || id == PITH_B_TUPLE ||
         id == PITH_B_SET) &&
        call->u.call.nkw)
        return 0;
    if (id != PITH_B_ANY && id != PITH_B_ALL && id != PITH_B_SUM && id != PITH_B_LIST && id != PITH_B_TUPLE &&
        id != PITH_B_SET && id != PITH_B_SORTED && id != PITH_B_MIN && id != PITH_B_MAX)
        return 0;
    *builtin = id;
    return 1;
}

int bd_consume_genexp(Builder *b, const FeNode *call) {
    int builtin, method;
    if (b->inlined || !consumer(b, call, &builtin, &method)) return -1;
    const FeNode *g = call->u.call.args.items[0];
    const FeScope *sc = g->u.comp.scope;
    int line = call->span.line;
    int self = method ? bd_expr(b, call->u.call.func->u.attr.value) : -1; /* evaluated before the argument */
    int *vars = bd_args(b, sc ? sc->nsyms : 0);
    for (int i = 0; vars && sc && i < sc->nsyms; i++) {
        vars[i] = bd_hidden(b, sc->syms[i]->name);
        b->f->vars[vars[i]].type = sc->syms[i]->type;
    }
    b->inlined = sc;
    b->inline_vars = vars;
    int acc = bd_hidden(b, "%acc"), d = bd_temp(b, call->type);
    IrInstr *in;
    if (builtin == PITH_B_ANY || builtin == PITH_B_ALL) {
        int decided = bd_block(b), end = bd_block(b);
        b->leaf_a = decided;
        b->leaf_b = builtin == PITH_B_ALL;
        loops(b, g, 0, -1, any_all_leaf, -1);
        bd_emit(b, builtin == PITH_B_ANY ? IR_FALSE : IR_TRUE, line)->dst = d; /* exhausted */
        bd_jump(b, end, line);
        bd_enter(b, decided);
        bd_emit(b, builtin == PITH_B_ANY ? IR_TRUE : IR_FALSE, line)->dst = d;
        bd_jump(b, end, line);
        bd_enter(b, end);
    } else if (builtin == PITH_B_SUM) {
        in = bd_emit(b, IR_INT, line);
        in->dst = bd_temp(b, FT_INT);
        int zero = in->dst;
        in = bd_emit(b, IR_COPY, line);
        in->dst = acc;
        in->a = zero;
        loops(b, g, 0, -1, sum_leaf, acc);
        in = bd_emit(b, IR_MOVE, line);
        in->dst = d;
        in->a = acc;
    } else if (method && call->u.call.func->u.attr.value->type == FT_STR) {
        int sep = bd_hidden(b, "%sep");
        in = bd_emit(b, IR_COPY, line);
        in->dst = sep;
        in->a = self;
        in = bd_emit(b, IR_BUILD_LIST, line);
        in->dst = acc;
        b->leaf_a = sep;
        loops(b, g, 0, -1, join_leaf, acc);
        int lst = bd_temp(b, FT_LIST);
        in = bd_emit(b, IR_MOVE, line);
        in->dst = lst;
        in->a = acc;
        in = bd_emit(b, IR_JOIN_END, line);
        in->dst = d;
        in->a = sep;
        in->b = lst;
        bd_emit(b, IR_CLEAR, line)->a = sep;
    } else {
        in = bd_emit(b, IR_BUILD_LIST, line);
        in->dst = acc;
        const FeNode *as_list = g; /* the genexp's own fields drive the list-building loops */
        loops(b, as_list, 0, -1, add_element, acc);
        int lst = bd_temp(b, FT_LIST);
        in = bd_emit(b, IR_MOVE, line);
        in->dst = lst;
        in->a = acc;
        if (builtin == PITH_B_LIST) {
            in = bd_emit(b, IR_COPY, line);
            in->dst = d;
            in->a = lst;
        } else {
            /* the call itself, with the list in place of the generator (keywords such as key= kept) */
            int nk = call->u.call.nkw;
            int *args = bd_args(b, 1 + nk);
            if (args) args[0] = lst;
            for (int i = 0; args && i < nk; i++) args[1 + i] = bd_expr(b, call->u.call.kws[i].value);
            in = bd_emit(b, method ? IR_CALL_METHOD : IR_CALL_BUILTIN, line);
            in->dst = d;
            in->a = self;
            in->imm = method ? bd_const_str(b, "join") : builtin;
            in->args = args;
            in->nargs = 1 + nk;
            in->nkw = nk;
            if (nk) {
                const char *names[64];
                for (int i = 0; i < nk && i < 64; i++) names[i] = call->u.call.kws[i].name;
                in->kwconst = nk <= 64 ? ir_const_kwnames(b->m, names, nk) : -1;
            }
        }
    }
    b->inlined = NULL;
    b->inline_vars = NULL;
    free(vars);
    return d;
}
