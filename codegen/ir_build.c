/* ir_build.c — lowers the checked AST (frontend/ast.h) to IR (codegen/ir.h): expressions.
 * Stage: codegen. Statements are in ir_build_stmt.c; both share the Builder in ir_builder.h.
 * Invariant: every expression yields a variable; a TEMP is consumed by exactly one instruction (ir.h). */
#include <stdlib.h>
#include <string.h>

#include "ir_builder.h"
#include "pith_builtins.h"
#include "pith_modules.h"

/* ---- emission helpers ---- */

void bd_fail(Builder *b, const FeNode *at, const char *msg) {
    if (b->failed) return;
    b->failed = 1;
    b->diag->line = at ? at->span.line : 0;
    b->diag->col = at ? at->span.col : 0;
    snprintf(b->diag->message, sizeof b->diag->message, "%s", msg);
}

/* A compile limit reached while lowering line `line`: the diagnostic, and the build stops (bd_stmts). */
static void limit_reached(Builder *b, int line, const char *what, int limit) {
    if (b->failed) return;
    char msg[160];
    snprintf(msg, sizeof msg, "%s (the compile limit is %d)", what, limit);
    bd_fail(b, NULL, msg);
    b->diag->line = line > 0 ? line : 1;
    b->diag->col = 1;
}

/* Appends an instruction to the current block (opening an unreachable block after a terminator). The
 * size limits are checked here, the one place every instruction passes (constants are added next to
 * the instruction that uses them). */
IrInstr *bd_emit(Builder *b, int op, int line) {
    if (++b->ninstrs > PITH_MAX_IR_INSTRUCTIONS)
        limit_reached(b, line, "code too large: too many IR instructions", PITH_MAX_IR_INSTRUCTIONS);
    if (b->m->nconsts > PITH_MAX_CONSTANTS) limit_reached(b, line, "too many distinct constants", PITH_MAX_CONSTANTS);
    if (b->cur < 0) {
        b->cur = ir_block_new(b->f, b->handler);
        if (b->cur < 0) {
            b->oom = 1;
            b->cur = 0;
        }
    }
    IrInstr *in = ir_append(b->f, b->cur, op);
    if (!in) {
        b->oom = 1;
        memset(&b->sink, 0, sizeof b->sink); /* keeps callers simple after OOM */
        return &b->sink;
    }
    in->line = line;
    if (ir_is_terminator(op)) b->cur = -1;
    return in;
}

int bd_block(Builder *b) {
    int id = ir_block_new(b->f, b->handler);
    if (id < 0) {
        b->oom = 1;
        return 0;
    }
    return id;
}

void bd_enter(Builder *b, int block) { b->cur = block; }

void bd_jump(Builder *b, int target, int line) {
    if (b->cur < 0) return; /* dead code: nothing falls through */
    bd_emit(b, IR_JUMP, line)->t1 = target;
}

int bd_temp(Builder *b, FeType t) {
    int v = ir_var_new(b->f, IV_TEMP, NULL, t);
    if (v < 0) {
        b->oom = 1;
        return 0;
    }
    return v;
}

int bd_hidden(Builder *b, const char *what) {
    int v = ir_var_new(b->f, IV_LOCAL, what, FT_ANY);
    if (v < 0) {
        b->oom = 1;
        return 0;
    }
    return v;
}

int *bd_args(Builder *b, int n) {
    int *a = calloc((size_t)(n > 0 ? n : 1), sizeof(int));
    if (!a) b->oom = 1;
    return a;
}

int bd_is_temp(Builder *b, int v) { return b->f->vars[v].kind == IV_TEMP; }

/* Makes sure the value is in a temp the caller may consume (copies a borrowed local). */
int bd_own(Builder *b, int v, int line) {
    if (bd_is_temp(b, v)) return v;
    int t = bd_temp(b, b->f->vars[v].type);
    IrInstr *in = bd_emit(b, IR_COPY, line);
    in->dst = t;
    in->a = v;
    return t;
}

int bd_const_str(Builder *b, const char *s) { return ir_const_add(b->m, IK_STR, s, strlen(s), 0); }

static int simple(Builder *b, int op, FeType t, int line) {
    int d = bd_temp(b, t);
    bd_emit(b, op, line)->dst = d;
    return d;
}

/* ---- names ---- */

/* The variable of a local symbol in the current function. */
int bd_local_var(Builder *b, const FeSym *s) {
    if (b->inlined)
        for (int i = 0; i < b->inlined->nsyms; i++)
            if (b->inlined->syms[i] == s) return b->inline_vars[i];
    return s->index;
}

const FeSym *bd_sym(Builder *b, const FeSym *s) {
    while (s && b->inlined && s->kind == SYM_FREE) {
        int mine = 0;
        for (int i = 0; i < b->inlined->nfrees && !mine; i++) mine = b->inlined->frees[i] == s;
        if (!mine) break;
        s = s->outer;
    }
    return s;
}

static int load_name(Builder *b, const FeNode *e) {
    const FeSym *s = bd_sym(b, e->u.name.sym);
    int line = e->span.line;
    if (!s) {
        bd_fail(b, e, "internal error: unresolved name");
        return simple(b, IR_NONE, FT_NONE, line);
    }
    switch (s->kind) {
    case SYM_LOCAL: {
        int v = bd_local_var(b, s);
        if (b->f->vars[v].kind != IV_PARAM) {
            IrInstr *in = bd_emit(b, IR_CHECK_BOUND, line);
            in->a = v;
            in->imm = bd_const_str(b, s->name);
        }
        return v;
    }
    case SYM_GLOBAL: {
        int d = bd_temp(b, s->type);
        IrInstr *in = bd_emit(b, IR_LOAD_GLOBAL, line);
        in->dst = d;
        in->imm = s->index;
        return d;
    }
    case SYM_BUILTIN: {
        int d = bd_temp(b, FT_ANY);
        IrInstr *in = bd_emit(b, IR_BUILTIN, line);
        in->dst = d;
        in->imm = s->index;
        return d;
    }
    case SYM_CELL: {
        int d = bd_temp(b, FT_ANY);
        IrInstr *in = bd_emit(b, IR_LOAD_CELL, line);
        in->dst = d;
        in->a = bd_local_var(b, s);
        in->imm = bd_const_str(b, s->name);
        return d;
    }
    case SYM_FREE: {
        int d = bd_temp(b, FT_ANY);
        IrInstr *in = bd_emit(b, IR_LOAD_FREE, line);
        in->dst = d;
        in->imm = s->index;
        in->ival = bd_const_str(b, s->name);
        return d;
    }
    case SYM_EXTERNAL: {
        int d = bd_temp(b, FT_ANY);
        IrInstr *in = bd_emit(b, IR_EXT_VALUE, line);
        in->dst = d;
        in->imm = s->index;
        return d;
    }
    default: bd_fail(b, e, "this name cannot be used as a value"); return simple(b, IR_NONE, FT_NONE, line);
    }
}

/* ---- calls ---- */

/* Evaluates positional then keyword arguments in source order into args (kw names into names). */
static int *eval_call_args(Builder *b, const FeNode *call, int *nout) {
    int np = call->u.call.args.n, nk = call->u.call.nkw;
    int *args = bd_args(b, np + nk);
    if (!args) return NULL;
    for (int i = 0; i < np; i++) args[i] = bd_expr(b, call->u.call.args.items[i]);
    for (int i = 0; i < nk; i++) args[np + i] = bd_expr(b, call->u.call.kws[i].value);
    *nout = np + nk;
    return args;
}

static int kwconst(Builder *b, const FeNode *call) {
    int nk = call->u.call.nkw;
    if (!nk) return -1;
    const char *names[PITH_MAX_KEYWORDS]; /* the frontend refuses more */
    if (nk > PITH_MAX_KEYWORDS) {
        bd_fail(b, call, "too many keyword arguments");
        return -1;
    }
    for (int i = 0; i < nk; i++) names[i] = call->u.call.kws[i].name;
    int k = ir_const_kwnames(b->m, names, nk);
    if (k < 0) b->oom = 1;
    return k;
}

static int generic_call(Builder *b, const FeNode *call, int op, int callee, int imm) {
    int n = 0, line = call->span.line;
    int *args = eval_call_args(b, call, &n);
    int d = bd_temp(b, call->type);
    IrInstr *in = bd_emit(b, op, line);
    in->dst = d;
    in->a = callee;
    in->imm = imm;
    in->args = args;
    in->nargs = n;
    in->nkw = call->u.call.nkw;
    in->kwconst = kwconst(b, call);
    return d;
}

/* A call of a module function bound only by its def: arguments matched to parameters at compile time. */
static int direct_call(Builder *b, const FeNode *call, const FeSym *s) {
    const FeNode *def = s->def;
    int np = def->u.def.nparams, line = call->span.line;
    int n = 0;
    int *vals = eval_call_args(b, call, &n);
    int *args = bd_args(b, np);
    if (!vals || !args) {
        free(vals);
        free(args);
        return simple(b, IR_NONE, FT_NONE, line);
    }
    for (int i = 0; i < np; i++) args[i] = -1;
    int npos = call->u.call.args.n;
    for (int i = 0; i < npos && i < np; i++) args[i] = vals[i];
    for (int k = 0; k < call->u.call.nkw; k++)
        for (int i = 0; i < np; i++)
            if (strcmp(def->u.def.params[i].name, call->u.call.kws[k].name) == 0) args[i] = vals[npos + k];
    free(vals);
    IrInstr *chk = bd_emit(b, IR_CHECK_GLOBAL, line);
    chk->imm = s->index;
    int ndef = 0;
    for (int i = 0; i < np; i++)
        if (def->u.def.params[i].default_) ndef++;
    for (int i = 0; i < np; i++) {
        if (args[i] >= 0) continue;
        int d = bd_temp(b, FT_ANY);
        IrInstr *in = bd_emit(b, IR_DEFAULT, line);
        in->dst = d;
        in->imm = s->index;
        in->ival = i - (np - ndef);
        args[i] = d;
    }
    int d = bd_temp(b, call->type);
    IrInstr *in = bd_emit(b, IR_CALL_DIRECT, line);
    in->dst = d;
    in->imm = def->u.def.id;
    in->args = args;
    in->nargs = np;
    return d;
}

/* Whether the static binding of a direct call is complete and unambiguous (else: generic call). */
static int direct_call_ok(const FeNode *call, const FeSym *s) {
    const FeNode *def = s->def;
    int np = def->u.def.nparams, npos = call->u.call.args.n;
    /* only plain signatures bind statically; the rest go through the runtime binder */
    if (def->kind != S_DEF || def->u.def.is_generator || def->u.def.decorators.n || def->u.def.has_varargs ||
        def->u.def.has_varkw || def->u.def.nkwonly || def->u.def.nposonly || def->u.def.scope->nfrees)
        return 0;
    if (npos > np) return 0;
    char bound[512] = {0};
    if (np > 512) return 0;
    for (int i = 0; i < npos; i++) bound[i] = 1;
    for (int k = 0; k < call->u.call.nkw; k++) {
        int hit = -1;
        for (int i = 0; i < np; i++)
            if (strcmp(def->u.def.params[i].name, call->u.call.kws[k].name) == 0) hit = i;
        if (hit < 0 || bound[hit]) return 0;
        bound[hit] = 1;
    }
    for (int i = 0; i < np; i++)
        if (!bound[i] && !def->u.def.params[i].default_) return 0;
    return 1;
}

static int has_unpacking(const FeNode *call) {
    for (int i = 0; i < call->u.call.args.n; i++)
        if (call->u.call.args.items[i]->kind == E_STARRED) return 1;
    for (int i = 0; i < call->u.call.nkw; i++)
        if (!call->u.call.kws[i].name) return 1;
    return 0;
}

/* f(a, *xs, k=v, **m): the arguments are gathered into a tuple and a dict, then one call. */
static int call_ex(Builder *b, const FeNode *e) {
    int line = e->span.line;
    int callee = bd_hidden(b, "%callee"), kd = -1, tup;
    IrInstr *in;
    int f = bd_expr(b, e->u.call.func);
    in = bd_emit(b, IR_COPY, line);
    in->dst = callee;
    in->a = f;
    const FeList *pos = &e->u.call.args;
    if (pos->n == 1 && pos->items[0]->kind == E_STARRED) {
        /* f(*x): x goes to the call as it is (the runtime checks it is iterable, with CPython's message) */
        tup = bd_expr(b, pos->items[0]->u.un.operand);
    } else {
        int lst = bd_hidden(b, "%args");
        in = bd_emit(b, IR_BUILD_LIST, line);
        in->dst = lst;
        for (int i = 0; i < pos->n; i++) {
            const FeNode *arg = pos->items[i];
            int v = bd_expr(b, arg->kind == E_STARRED ? arg->u.un.operand : arg);
            in = bd_emit(b, arg->kind == E_STARRED ? IR_LIST_EXTEND : IR_LIST_APPEND, line);
            in->a = lst;
            in->b = v;
        }
        tup = bd_temp(b, FT_TUPLE);
        in = bd_emit(b, IR_LIST_TO_TUPLE, line);
        in->dst = tup;
        in->a = lst;
        in = bd_emit(b, IR_CLEAR, line);
        in->a = lst;
    }
    if (e->u.call.nkw) {
        kd = bd_hidden(b, "%kwargs");
        in = bd_emit(b, IR_BUILD_DICT, line);
        in->dst = kd;
        for (int i = 0; i < e->u.call.nkw; i++) {
            const FeKeyword *kw = &e->u.call.kws[i];
            int v = bd_expr(b, kw->value);
            if (kw->name) {
                int k = bd_temp(b, FT_STR);
                in = bd_emit(b, IR_CONST, line);
                in->dst = k;
                in->imm = bd_const_str(b, kw->name);
                in = bd_emit(b, IR_SETITEM, line);
                in->a = kd;
                in->b = k;
            } else {
                in = bd_emit(b, IR_KWARGS_MERGE, line);
                in->a = kd;
                in->b = v;
                in->args = bd_args(b, 1);
                if (in->args) in->args[0] = callee;
                in->nargs = 1;
                continue;
            }
            in->args = bd_args(b, 1);
            if (in->args) in->args[0] = v;
            in->nargs = 1;
        }
    }
    int kt = -1;
    if (kd >= 0) { /* the dict is handed to the call as a consumed temp */
        kt = bd_temp(b, FT_DICT);
        in = bd_emit(b, IR_MOVE, line);
        in->dst = kt;
        in->a = kd;
    }
    int d = bd_temp(b, e->type);
    in = bd_emit(b, IR_CALL_EX, line);
    in->dst = d;
    in->a = callee;
    in->b = tup;
    in->imm = -1;
    if (kt >= 0) {
        in->args = bd_args(b, 1);
        if (in->args) in->args[0] = kt;
        in->nargs = 1;
    }
    in = bd_emit(b, IR_CLEAR, line);
    in->a = callee;
    return d;
}

/* The module row a call's callee names through an import (`defaultdict(...)` after `from collections import
 * defaultdict`, `collections.defaultdict(...)`), as fe_arity.c finds it: 1 with *mod and *row, else 0. */
static int call_expr(Builder *b, const FeNode *e) {
    const FeNode *fn = e->u.call.func;
    bd_note_nowait_call(b, e);
    if (has_unpacking(e)) return call_ex(b, e);
    int inl = bd_consume_genexp(b, e);
    if (inl >= 0) return inl;
    if (fn->kind == E_NAME && fn->u.name.sym) {
        const FeSym *s = fn->u.name.sym;
        if (s->kind == SYM_BUILTIN) return generic_call(b, e, IR_CALL_BUILTIN, -1, s->index);
        if (s->kind == SYM_EXTERNAL) return generic_call(b, e, IR_CALL_EXT, -1, s->index);
        if (s->kind == SYM_GLOBAL && s->def && direct_call_ok(e, s)) return direct_call(b, e, s);
    }
    if (fn->kind == E_ATTR) {
        int self = bd_expr(b, fn->u.attr.value);
        return generic_call(b, e, IR_CALL_METHOD, self, bd_const_str(b, fn->u.attr.name));
    }
    int known = fn->kind == E_NAME && fn->u.name.sym ? bd_known_def(b, fn->u.name.sym) : -1;
    int callee = bd_expr(b, fn);
    return generic_call(b, e, IR_CALL_VALUE, callee, known);
}

/* ---- operators ---- */

static int binop(Builder *b, int op, int x, int y, FeType t, int line) {
    int d = bd_temp(b, t);
    IrInstr *in = bd_emit(b, op, line);
    in->dst = d;
    in->a = x;
    in->b = y;
    return d;
}

/* and/or: the value of the last operand evaluated, carried in a hidden local across the branches. */
static int boolop(Builder *b, const FeNode *e) {
    int line = e->span.line, h = bd_hidden(b, "%bool"), end = bd_block(b);
    const FeList *vals = &e->u.boolop.values;
    for (int i = 0; i < vals->n; i++) {
        int v = bd_expr(b, vals->items[i]);
        IrInstr *in = bd_emit(b, IR_COPY, line);
        in->dst = h;
        in->a = v;
        if (i == vals->n - 1) {
            bd_jump(b, end, line);
            break;
        }
        int next = bd_block(b);
        IrInstr *br = bd_emit(b, IR_BRANCH, line);
        br->a = h;
        br->t1 = e->u.boolop.op == FB_AND ? next : end;
        br->t2 = e->u.boolop.op == FB_AND ? end : next;
        bd_enter(b, next);
    }
    bd_enter(b, end);
    int d = bd_temp(b, e->type);
    IrInstr *mv = bd_emit(b, IR_MOVE, line);
    mv->dst = d;
    mv->a = h;
    return d;
}

static int ifexp(Builder *b, const FeNode *e) {
    int line = e->span.line, h = bd_hidden(b, "%if");
    int yes = bd_block(b), no = bd_block(b), end = bd_block(b);
    int test = bd_expr(b, e->u.ifexp.test);
    IrInstr *br = bd_emit(b, IR_BRANCH, line);
    br->a = test;
    br->t1 = yes;
    br->t2 = no;
    const FeNode *arms[2] = {e->u.ifexp.body, e->u.ifexp.orelse};
    int blocks[2] = {yes, no};
    for (int i = 0; i < 2; i++) {
        bd_enter(b, blocks[i]);
        int v = bd_expr(b, arms[i]);
        IrInstr *in = bd_emit(b, IR_COPY, line);
        in->dst = h;
        in->a = v;
        bd_jump(b, end, line);
    }
    bd_enter(b, end);
    int d = bd_temp(b, e->type);
    IrInstr *mv = bd_emit(b, IR_MOVE, line);
    mv->dst = d;
    mv->a = h;
    return d;
}

/* a < b < c: each middle operand is evaluated once (kept in a hidden local), short-circuiting on False. */
static int compare(Builder *b, const FeNode *e) {
    int line = e->span.line, n = e->u.cmp.comparators.n;
    int left = bd_expr(b, e->u.cmp.left);
    if (n == 1) {
        int right = bd_expr(b, e->u.cmp.comparators.items[0]);
        int d = binop(b, IR_COMPARE, left, right, FT_ANY, line);
        b->f->blocks[b->cur].ins[b->f->blocks[b->cur].nins - 1].sub = (uint16_t)e->u.cmp.ops[0];
        b->f->vars[d].type = e->type;
        return d;
    }
    int h = bd_hidden(b, "%cmp"), mid = bd_hidden(b, "%mid"), end = bd_block(b);
    for (int i = 0; i < n; i++) {
        int right = bd_expr(b, e->u.cmp.comparators.items[i]);
        if (i < n - 1) {
            IrInstr *cp = bd_emit(b, IR_COPY, line);
            cp->dst = mid;
            cp->a = right;
            right = mid;
        }
        int r = binop(b, IR_COMPARE, left, right, FT_ANY, line);
        b->f->blocks[b->cur].ins[b->f->blocks[b->cur].nins - 1].sub = (uint16_t)e->u.cmp.ops[i];
        IrInstr *in = bd_emit(b, IR_COPY, line);
        in->dst = h;
        in->a = r;
        if (i == n - 1) {
            bd_jump(b, end, line);
            break;
        }
        int next = bd_block(b);
        IrInstr *br = bd_emit(b, IR_BRANCH, line);
        br->a = h;
        br->t1 = next;
        br->t2 = end;
        bd_enter(b, next);
        left = bd_own(b, mid, line); /* the next comparison consumes a copy of the middle operand */
    }
    bd_enter(b, end);
    IrInstr *cl = bd_emit(b, IR_CLEAR, line);
    cl->a = mid;
    int d = bd_temp(b, e->type);
    IrInstr *mv = bd_emit(b, IR_MOVE, line);
    mv->dst = d;
    mv->a = h;
    return d;
}

/* [*a, b] / (*a, b) / {*a, b}: built as a list (extend for starred items), then converted. */
static int starred_display(Builder *b, const FeNode *e, int op, const FeList *items) {
    int line = e->span.line, lst = bd_hidden(b, "%display");
    IrInstr *in = bd_emit(b, IR_BUILD_LIST, line);
    in->dst = lst;
    for (int i = 0; i < items->n; i++) {
        const FeNode *it = items->items[i];
        int v = bd_expr(b, it->kind == E_STARRED ? it->u.un.operand : it);
        in = bd_emit(b, it->kind == E_STARRED ? IR_LIST_EXTEND : IR_LIST_APPEND, line);
        in->a = lst;
        in->b = v;
    }
    int d = bd_temp(b, e->type);
    if (op == IR_BUILD_TUPLE) {
        in = bd_emit(b, IR_LIST_TO_TUPLE, line);
        in->dst = d;
        in->a = lst;
    } else if (op == IR_BUILD_SET) {
        int src = bd_own(b, lst, line);
        in = bd_emit(b, IR_CALL_BUILTIN, line);
        in->dst = d;
        in->imm = PITH_B_SET;
        in->args = bd_args(b, 1);
        if (in->args) in->args[0] = src;
        in->nargs = 1;
    } else {
        in = bd_emit(b, IR_MOVE, line);
        in->dst = d;
        in->a = lst;
        return d;
    }
    in = bd_emit(b, IR_CLEAR, line);
    in->a = lst;
    return d;
}

static int display(Builder *b, const FeNode *e, int op, const FeList *items) {
    for (int i = 0; i < items->n; i++)
        if (items->items[i]->kind == E_STARRED) return starred_display(b, e, op, items);
    int *args = bd_args(b, items->n);
    for (int i = 0; args && i < items->n; i++) args[i] = bd_expr(b, items->items[i]);
    int d = bd_temp(b, e->type);
    IrInstr *in = bd_emit(b, op, e->span.line);
    in->dst = d;
    in->args = args;
    in->nargs = items->n;
    return d;
}

/* {k: v, **m}: a NULL key marks a `**mapping` entry; items are added in order, later keys win. */
static int dict_unpacking_display(Builder *b, const FeNode *e) {
    int line = e->span.line, h = bd_hidden(b, "%dict");
    IrInstr *in = bd_emit(b, IR_BUILD_DICT, line);
    in->dst = h;
    for (int i = 0; i < e->u.dict.keys.n; i++) {
        const FeNode *k = e->u.dict.keys.items[i];
        if (!k) {
            int m = bd_expr(b, e->u.dict.values.items[i]);
            in = bd_emit(b, IR_DICT_UPDATE, line);
            in->a = h;
            in->b = m;
            continue;
        }
        int kv = bd_expr(b, k), vv = bd_expr(b, e->u.dict.values.items[i]);
        in = bd_emit(b, IR_SETITEM, line);
        in->a = h;
        in->b = kv;
        in->args = bd_args(b, 1);
        if (in->args) in->args[0] = vv;
        in->nargs = 1;
    }
    int d = bd_temp(b, FT_DICT);
    in = bd_emit(b, IR_MOVE, line);
    in->dst = d;
    in->a = h;
    return d;
}

static int dict_display(Builder *b, const FeNode *e) {
    int n = e->u.dict.keys.n;
    for (int i = 0; i < n; i++)
        if (!e->u.dict.keys.items[i]) return dict_unpacking_display(b, e);
    int *args = bd_args(b, 2 * n);
    for (int i = 0; args && i < n; i++) {
        args[2 * i] = bd_expr(b, e->u.dict.keys.items[i]);
        args[2 * i + 1] = bd_expr(b, e->u.dict.values.items[i]);
    }
    int d = bd_temp(b, FT_DICT);
    IrInstr *in = bd_emit(b, IR_BUILD_DICT, e->span.line);
    in->dst = d;
    in->args = args;
    in->nargs = 2 * n;
    return d;
}

/* The index of a subscript: a slice object for a[x:y:z], else the plain expression. */
int bd_index(Builder *b, const FeNode *idx) {
    if (idx->kind != E_SLICE) return bd_expr(b, idx);
    const FeNode *parts[3] = {idx->u.slice.lower, idx->u.slice.upper, idx->u.slice.step};
    int *args = bd_args(b, 3);
    for (int i = 0; args && i < 3; i++)
        args[i] = parts[i] ? bd_expr(b, parts[i]) : simple(b, IR_NONE, FT_NONE, idx->span.line);
    int d = bd_temp(b, FT_ANY);
    IrInstr *in = bd_emit(b, IR_SLICE, idx->span.line);
    in->dst = d;
    in->args = args;
    in->nargs = 3;
    return d;
}

/* One f-string field: format(value!conv, spec). */
static int formatted(Builder *b, const FeNode *f) {
    int v = bd_expr(b, f->u.fmt.value);
    int spec = f->u.fmt.spec ? bd_expr(b, f->u.fmt.spec) : -1;
    int d = bd_temp(b, FT_STR);
    IrInstr *in = bd_emit(b, IR_FORMAT, f->span.line);
    in->dst = d;
    in->a = v;
    in->b = spec;
    in->sub = (uint16_t)f->u.fmt.conv;
    return d;
}

/* f"...": each part becomes a str (literals are constants), then one concatenation. */
static int fstring(Builder *b, const FeNode *e) {
    int n = e->u.fstr.parts.n;
    int *parts = bd_args(b, n);
    for (int i = 0; parts && i < n; i++) {
        const FeNode *p = e->u.fstr.parts.items[i];
        parts[i] = p->kind == E_FORMATTED ? formatted(b, p) : bd_expr(b, p);
    }
    int d = bd_temp(b, FT_STR);
    IrInstr *in = bd_emit(b, IR_CONCAT, e->span.line);
    in->dst = d;
    in->args = parts;
    in->nargs = n;
    return d;
}

int bd_expr(Builder *b, const FeNode *e) {
    int line = e->span.line;
    if (++b->depth > BD_MAX_DEPTH) {
        bd_fail(b, e, "expression nested too deeply");
        b->depth--;
        return simple(b, IR_NONE, FT_NONE, line);
    }
    int d = -1;
    switch (e->kind) {
    case E_INT:
        if (e->u.lit.fits) {
            d = bd_temp(b, FT_INT);
            IrInstr *in = bd_emit(b, IR_INT, line);
            in->dst = d;
            in->ival = e->u.lit.ival;
        } else {
            d = bd_temp(b, FT_INT);
            IrInstr *in = bd_emit(b, IR_CONST, line);
            in->dst = d;
            in->imm = ir_const_add(b->m, IK_BIGINT, e->u.lit.text, e->u.lit.len, e->u.lit.base);
        }
        break;
    case E_FLOAT: {
        d = bd_temp(b, FT_FLOAT);
        IrInstr *in = bd_emit(b, IR_FLOAT, line);
        in->dst = d;
        in->fval = e->u.fval;
        break;
    }
    case E_STR:
    case E_BYTES: {
        d = bd_temp(b, e->kind == E_STR ? FT_STR : FT_ANY);
        IrInstr *in = bd_emit(b, IR_CONST, line);
        in->dst = d;
        in->imm = ir_const_add(b->m, e->kind == E_STR ? IK_STR : IK_BYTES, e->u.lit.text, e->u.lit.len, 0);
        break;
    }
    case E_NONE: d = simple(b, IR_NONE, FT_NONE, line); break;
    case E_ELLIPSIS: { /* a singleton of the execution, as the builtins are */
        d = bd_temp(b, FT_ANY);
        IrInstr *in = bd_emit(b, IR_BUILTIN, line);
        in->dst = d;
        in->imm = PITH_B_ELLIPSIS;
        break;
    }
    case E_IMPORT: { /* a module, or one of its functions or constants (runtime/modules) */
        d = bd_temp(b, FT_ANY);
        if (e->u.imp.error) { /* raise ModuleNotFoundError(error) (or ImportError): the name stays unbound */
            int msg = bd_temp(b, FT_STR), exc = bd_temp(b, FT_ANY);
            IrInstr *in = bd_emit(b, IR_CONST, line);
            in->dst = msg;
            in->imm = bd_const_str(b, e->u.imp.error);
            in = bd_emit(b, IR_CALL_BUILTIN, line);
            in->dst = exc;
            in->imm = e->u.imp.exc;
            in->args = bd_args(b, 1);
            if (in->args) in->args[0] = msg;
            in->nargs = 1;
            in = bd_emit(b, IR_RAISE, line);
            in->a = exc;
            in->b = -1;
            in = bd_emit(b, IR_NONE, line); /* unreachable: the assignment still has its value */
            in->dst = d;
            break;
        }
        IrInstr *in = bd_emit(b, IR_IMPORT, line);
        in->dst = d;
        in->imm = e->u.imp.mod;
        in->ival = e->u.imp.name;
        break;
    }
    case E_TRUE: d = simple(b, IR_TRUE, FT_BOOL, line); break;
    case E_FALSE: d = simple(b, IR_FALSE, FT_BOOL, line); break;
    case E_NAME: d = load_name(b, e); break;
    case E_BINOP: {
        int x = bd_expr(b, e->u.bin.left), y = bd_expr(b, e->u.bin.right);
        d = binop(b, IR_BINOP, x, y, e->type, line);
        b->f->blocks[b->cur].ins[b->f->blocks[b->cur].nins - 1].sub = (uint16_t)e->u.bin.op;
        break;
    }
    case E_UNOP: {
        int x = bd_expr(b, e->u.un.operand);
        d = binop(b, IR_UNOP, x, -1, e->type, line);
        b->f->blocks[b->cur].ins[b->f->blocks[b->cur].nins - 1].sub = (uint16_t)e->u.un.op;
        break;
    }
    case E_NOT: d = binop(b, IR_NOT, bd_expr(b, e->u.un.operand), -1, FT_BOOL, line); break;
    case E_BOOLOP: d = boolop(b, e); break;
    case E_COMPARE: d = compare(b, e); break;
    case E_IFEXP: d = ifexp(b, e); break;
    case E_CALL: d = call_expr(b, e); break;
    case E_ATTR: {
        int x = bd_expr(b, e->u.attr.value);
        d = bd_temp(b, e->type);
        IrInstr *in = bd_emit(b, IR_GETATTR, line);
        in->dst = d;
        in->a = x;
        in->imm = bd_const_str(b, e->u.attr.name);
        break;
    }
    case E_SUBSCRIPT: {
        int x = bd_expr(b, e->u.sub.value), i = bd_index(b, e->u.sub.index);
        d = binop(b, IR_GETITEM, x, i, e->type, line);
        break;
    }
    case E_LIST: d = display(b, e, IR_BUILD_LIST, &e->u.seq.items); break;
    case E_TUPLE: d = display(b, e, IR_BUILD_TUPLE, &e->u.seq.items); break;
    case E_DICT: d = dict_display(b, e); break;
    case E_SET: d = display(b, e, IR_BUILD_SET, &e->u.seq.items); break;
    case E_LAMBDA: d = bd_make_function(b, e); break;
    case E_LISTCOMP:
    case E_SETCOMP:
    case E_DICTCOMP: d = bd_comprehension(b, e); break;
    case E_GENEXP: d = bd_genexp(b, e); break;
    case E_YIELD: d = bd_yield(b, e); break;
    case E_YIELD_FROM: d = bd_yield_from(b, e); break;
    case E_AWAIT: d = bd_await(b, e); break;
    case E_FSTRING: d = fstring(b, e); break;
    case E_NAMEDEXPR: {
        int v = bd_expr(b, e->u.walrus.value);
        bd_store(b, e->u.walrus.target, v, line);
        d = bd_expr(b, e->u.walrus.target); /* the value just bound, read back */
        break;
    }
    default: bd_fail(b, e, "this expression is not supported here"); d = simple(b, IR_NONE, FT_NONE, line);
    }
    b->depth--;
    return d;
}
