/* ir_build_stmt.c — lowers statements, functions and the module to IR.
 * Stage: codegen. Expressions are in ir_build.c. try/finally is lowered by duplicating the finally body on
 * each way out (normal, exception, break/continue/return), so the IR needs no "pending action" state. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir_builder.h"
#include "pith_abi.h"
#include "pith_builtins.h"

static int block_with(Builder *b, int handler) {
    int id = ir_block_new(b->f, handler);
    if (id < 0) {
        b->oom = 1;
        return 0;
    }
    return id;
}

/* Starts a fresh block under the current handler, falling through from the current one. */
static void fresh_block(Builder *b, int line) {
    int nb = bd_block(b);
    bd_jump(b, nb, line);
    bd_enter(b, nb);
}

static IrInstr *op1(Builder *b, int op, int a, int line) {
    IrInstr *in = bd_emit(b, op, line);
    in->a = a;
    return in;
}

/* ---- assignment targets ---- */

static void store(Builder *b, const FeNode *t, int v, int line);

static void store_name(Builder *b, const FeSym *s, int v, int line) {
    s = bd_sym(b, s);
    if (s->kind == SYM_LOCAL) {
        IrInstr *in = bd_emit(b, IR_COPY, line);
        in->dst = bd_local_var(b, s);
        in->a = v;
    } else if (s->kind == SYM_GLOBAL) {
        IrInstr *in = op1(b, IR_STORE_GLOBAL, v, line);
        in->imm = s->index;
    } else if (s->kind == SYM_CELL) {
        IrInstr *in = op1(b, IR_STORE_CELL, bd_local_var(b, s), line);
        in->b = v;
    } else if (s->kind == SYM_FREE) {
        IrInstr *in = op1(b, IR_STORE_FREE, v, line);
        in->imm = s->index;
    } else {
        bd_fail(b, NULL, "cannot assign to this name");
    }
}

void bd_store(Builder *b, const FeNode *target, int v, int line) { store(b, target, v, line); }

/* a, b = v / a, *rest, z = v: unpack into temps, then store each (nested targets recurse). */
static void store_unpack(Builder *b, const FeNode *t, int v, int line) {
    const FeList *items = &t->u.seq.items;
    int *dst = bd_args(b, items->n), star = -1;
    if (!dst) return;
    for (int i = 0; i < items->n; i++) {
        if (items->items[i]->kind == E_STARRED) star = i;
        dst[i] = bd_temp(b, FT_ANY);
    }
    IrInstr *in = op1(b, star < 0 ? IR_UNPACK : IR_UNPACK_EX, v, line);
    in->args = dst;
    in->nargs = items->n;
    if (star >= 0) {
        in->imm = star;
        in->ival = items->n - star - 1;
    }
    int *copy = bd_args(b, items->n);
    if (!copy) return;
    memcpy(copy, dst, sizeof(int) * (size_t)items->n);
    for (int i = 0; i < items->n; i++) {
        const FeNode *target = items->items[i];
        store(b, target->kind == E_STARRED ? target->u.un.operand : target, copy[i], line);
    }
    free(copy);
}

static void store(Builder *b, const FeNode *t, int v, int line) {
    switch (t->kind) {
    case E_NAME: store_name(b, t->u.name.sym, v, line); break;
    case E_TUPLE:
    case E_LIST: store_unpack(b, t, v, line); break;
    case E_SUBSCRIPT: {
        int obj = bd_expr(b, t->u.sub.value), idx = bd_index(b, t->u.sub.index);
        IrInstr *in = bd_emit(b, IR_SETITEM, line);
        in->a = obj;
        in->b = idx;
        in->args = bd_args(b, 1);
        if (in->args) in->args[0] = v;
        in->nargs = 1;
        in->sub = t->u.sub.index && t->u.sub.index->kind == E_SLICE; /* a[i:j] = iterable consumes it */
        break;
    }
    case E_ATTR: {
        int obj = bd_expr(b, t->u.attr.value);
        IrInstr *in = bd_emit(b, IR_SETATTR, line);
        in->a = obj;
        in->b = v;
        in->imm = bd_const_str(b, t->u.attr.name);
        break;
    }
    default: bd_fail(b, t, "cannot assign to this expression");
    }
}

static void assign(Builder *b, const FeNode *s) {
    int line = s->span.line, v = bd_expr(b, s->u.assign.value), n = s->u.assign.targets.n;
    if (n == 1) {
        store(b, s->u.assign.targets.items[0], v, line);
        return;
    }
    int h = bd_hidden(b, "%val"); /* a = b = v: every target shares the one value */
    IrInstr *in = bd_emit(b, IR_COPY, line);
    in->dst = h;
    in->a = v;
    for (int i = 0; i < n; i++) store(b, s->u.assign.targets.items[i], h, line);
    op1(b, IR_CLEAR, h, line);
}

static int inplace(Builder *b, int cur, int val, int op, int line) {
    int d = bd_temp(b, FT_ANY);
    IrInstr *in = bd_emit(b, IR_INPLACE, line);
    in->dst = d;
    in->a = cur;
    in->b = val;
    in->sub = (uint16_t)op;
    return d;
}

/* x op= v: the target's container and index are evaluated once, before the value (Python's order). */
static void augassign(Builder *b, const FeNode *s) {
    const FeNode *t = s->u.aug.target;
    int line = s->span.line, op = s->u.aug.op;
    if (t->kind == E_NAME) {
        int cur = bd_expr(b, t);
        int val = bd_expr(b, s->u.aug.value);
        store(b, t, inplace(b, cur, val, op, line), line);
        return;
    }
    if (t->kind == E_SUBSCRIPT || t->kind == E_ATTR) {
        int hobj = bd_hidden(b, "%obj"), hidx = -1;
        int obj = bd_expr(b, t->kind == E_SUBSCRIPT ? t->u.sub.value : t->u.attr.value);
        IrInstr *in = bd_emit(b, IR_COPY, line);
        in->dst = hobj;
        in->a = obj;
        int cur = bd_temp(b, FT_ANY);
        if (t->kind == E_SUBSCRIPT) {
            hidx = bd_hidden(b, "%idx");
            int idx = bd_index(b, t->u.sub.index);
            in = bd_emit(b, IR_COPY, line);
            in->dst = hidx;
            in->a = idx;
            in = bd_emit(b, IR_GETITEM, line);
            in->b = hidx;
        } else {
            in = bd_emit(b, IR_GETATTR, line);
            in->imm = bd_const_str(b, t->u.attr.name);
        }
        in->dst = cur;
        in->a = hobj;
        int val = bd_expr(b, s->u.aug.value);
        int r = inplace(b, cur, val, op, line);
        if (t->kind == E_SUBSCRIPT) {
            in = bd_emit(b, IR_SETITEM, line);
            in->a = hobj;
            in->b = hidx;
            in->args = bd_args(b, 1);
            if (in->args) in->args[0] = r;
            in->nargs = 1;
            op1(b, IR_CLEAR, hidx, line);
        } else {
            in = bd_emit(b, IR_SETATTR, line);
            in->a = hobj;
            in->b = r;
            in->imm = bd_const_str(b, t->u.attr.name);
        }
        op1(b, IR_CLEAR, hobj, line);
        return;
    }
    bd_fail(b, t, "cannot assign to this expression");
}

static void del_target(Builder *b, const FeNode *t, int line) {
    if (t->kind == E_NAME) {
        const FeSym *s = t->u.name.sym;
        if (s && s->kind == SYM_LOCAL) {
            IrInstr *in = op1(b, IR_DEL_LOCAL, bd_local_var(b, s), line);
            in->imm = bd_const_str(b, s->name);
        } else if (s && s->kind == SYM_GLOBAL) {
            IrInstr *in = bd_emit(b, IR_DEL_GLOBAL, line);
            in->imm = s->index;
        } else if (s && (s->kind == SYM_CELL || s->kind == SYM_FREE)) {
            int cell = s->kind == SYM_CELL ? bd_local_var(b, s) : bd_temp(b, FT_ANY);
            if (s->kind == SYM_FREE) {
                IrInstr *ref = bd_emit(b, IR_FREE_REF, line);
                ref->dst = cell;
                ref->imm = s->index;
            }
            IrInstr *in = op1(b, IR_DEL_CELL, cell, line);
            in->imm = bd_const_str(b, s->name);
            in->sub = s->kind == SYM_FREE;
        } else {
            bd_fail(b, t, "cannot delete this name");
        }
    } else if (t->kind == E_TUPLE || t->kind == E_LIST) {
        for (int i = 0; i < t->u.seq.items.n; i++) del_target(b, t->u.seq.items.items[i], line);
    } else if (t->kind == E_SUBSCRIPT) {
        int obj = bd_expr(b, t->u.sub.value), idx = bd_index(b, t->u.sub.index);
        IrInstr *in = bd_emit(b, IR_DELITEM, line);
        in->a = obj;
        in->b = idx;
    } else if (t->kind == E_ATTR) { /* rt_delattr: instances, functions... (rt_del.c) */
        IrInstr *in = op1(b, IR_DELATTR, bd_expr(b, t->u.attr.value), line);
        in->imm = bd_const_str(b, t->u.attr.name);
    } else {
        bd_fail(b, t, "cannot delete this expression");
    }
}

/* ---- leaving constructs early: break / continue / return ---- */

static void unbind_as(Builder *b, const FeSym *s, int line) {
    if (s->kind == SYM_LOCAL) {
        op1(b, IR_CLEAR, bd_local_var(b, s), line);
    } else {
        IrInstr *in = bd_emit(b, IR_DEL_GLOBAL, line);
        in->imm = s->index;
        in->ival = 1; /* silent: the handler body may have deleted it already */
    }
}

static void leave_except(Builder *b, const Unwind *u, int line) {
    op1(b, IR_EXC_END, u->prev, line);
    if (u->exc >= 0) op1(b, IR_CLEAR, u->exc, line);
    if (u->as_sym) unbind_as(b, u->as_sym, line);
}

/* Undoes unwind entries from the top down to index `level` (inclusive). */
static void undo_to(Builder *b, int level, int line) {
    for (int i = b->nunw - 1; i >= level && b->cur >= 0; i--) {
        Unwind u = b->unw[i];
        if (u.kind == UW_LOOP) {
            if (u.iter >= 0) op1(b, IR_CLEAR, u.iter, line);
        } else if (u.kind == UW_EXCEPT) {
            leave_except(b, &u, line);
        } else if (u.kind == UW_WITH) {
            int saved_n = b->nunw, saved_h = b->handler;
            b->nunw = i;
            b->handler = u.handler; /* an exception from __exit__ leaves the with statement */
            fresh_block(b, line);
            bd_with_leave(b, u.exit, line);
            b->nunw = saved_n;
            b->handler = saved_h;
            if (b->cur >= 0) fresh_block(b, line);
        } else {
            int saved_n = b->nunw, saved_h = b->handler;
            b->nunw = i;
            b->handler = u.handler;
            fresh_block(b, line);
            bd_stmts(b, u.final);
            b->nunw = saved_n;
            b->handler = saved_h;
            if (b->cur >= 0) fresh_block(b, line);
        }
    }
}

static int innermost_loop(Builder *b) {
    for (int i = b->nunw - 1; i >= 0; i--)
        if (b->unw[i].kind == UW_LOOP) return i;
    return -1;
}

static void break_continue(Builder *b, const FeNode *s) {
    int li = innermost_loop(b), line = s->span.line;
    if (li < 0) {
        bd_fail(b, s, s->kind == S_BREAK ? "'break' outside loop" : "'continue' not properly in loop");
        return;
    }
    int target = s->kind == S_BREAK ? b->unw[li].brk : b->unw[li].cont;
    undo_to(b, s->kind == S_BREAK ? li : li + 1, line);
    if (b->cur >= 0) {
        IrInstr *in = bd_emit(b, IR_JUMP, line);
        in->t1 = target;
        in->ival = s->kind == S_CONTINUE; /* `continue` is a loop back-edge: it burns fuel (time limit) */
    }
}

static void return_stmt(Builder *b, const FeNode *s) {
    int line = s->span.line;
    int v = s->u.ret.value ? bd_expr(b, s->u.ret.value) : -1;
    if (v < 0) {
        v = bd_temp(b, FT_NONE);
        bd_emit(b, IR_NONE, line)->dst = v;
    }
    int guarded = 0;
    for (int i = 0; i < b->nunw; i++) guarded |= b->unw[i].kind != UW_LOOP;
    if (guarded) { /* the value must survive the finally bodies and handler exits run on the way out */
        int h = bd_hidden(b, "%ret");
        IrInstr *in = bd_emit(b, IR_COPY, line);
        in->dst = h;
        in->a = v;
        v = h;
        undo_to(b, 0, line);
    }
    if (b->cur >= 0) op1(b, IR_RETURN, v, line);
}

/* ---- compound statements ---- */

static void push_unwind(Builder *b, Unwind u, const FeNode *at) {
    if (b->nunw >= BD_MAX_UNWIND) {
        bd_fail(b, at, "too many nested blocks");
        return;
    }
    b->unw[b->nunw++] = u;
}

void bd_push_unwind(Builder *b, Unwind u, const FeNode *at) { push_unwind(b, u, at); }

static void if_stmt(Builder *b, const FeNode *s) {
    int line = s->span.line, yes = bd_block(b), no = bd_block(b), end = bd_block(b);
    int test = bd_expr(b, s->u.if_.test);
    IrInstr *br = bd_emit(b, IR_BRANCH, line);
    br->a = test;
    br->t1 = yes;
    br->t2 = s->u.if_.orelse.n ? no : end;
    bd_enter(b, yes);
    bd_stmts(b, &s->u.if_.body);
    bd_jump(b, end, line);
    if (s->u.if_.orelse.n) {
        bd_enter(b, no);
        bd_stmts(b, &s->u.if_.orelse);
        bd_jump(b, end, line);
    }
    bd_enter(b, end);
}

static void while_stmt(Builder *b, const FeNode *s) {
    int line = s->span.line, head = bd_block(b), body = bd_block(b), orelse = bd_block(b), end = bd_block(b);
    bd_jump(b, head, line);
    bd_enter(b, head);
    int test = bd_expr(b, s->u.loop.test);
    IrInstr *br = bd_emit(b, IR_BRANCH, line);
    br->a = test;
    br->t1 = body;
    br->t2 = orelse;
    bd_enter(b, body);
    push_unwind(b, (Unwind){.kind = UW_LOOP, .brk = end, .cont = head, .iter = -1}, s);
    bd_stmts(b, &s->u.loop.body);
    b->nunw--;
    if (b->cur >= 0) {
        IrInstr *back = bd_emit(b, IR_JUMP, line);
        back->t1 = head;
        back->ival = 1;
    }
    bd_enter(b, orelse);
    bd_stmts(b, &s->u.loop.orelse);
    bd_jump(b, end, line);
    bd_enter(b, end);
}

static int is_builtin_range_call(const FeNode *e) {
    if (e->kind != E_CALL || e->u.call.nkw || e->u.call.args.n < 1 || e->u.call.args.n > 3) return 0;
    const FeNode *fn = e->u.call.func;
    if (fn->kind != E_NAME || !fn->u.name.sym) return 0;
    const FeSym *s = fn->u.name.sym;
    if (s->kind != SYM_BUILTIN || s->index != PITH_B_RANGE) return 0;
    for (int i = 0; i < e->u.call.args.n; i++)
        if (e->u.call.args.items[i]->kind == E_STARRED) return 0;
    return 1;
}

/* for x in range(...) counts with three small-int counters, or, when a bound or the step is not a small int,
 * with a range iterator kept beside them; other iterables use an iterator object. */
static void for_stmt(Builder *b, const FeNode *s) {
    int line = s->span.line, head = bd_block(b), body = bd_block(b), orelse = bd_block(b), end = bd_block(b);
    int brk = bd_block(b), done = bd_block(b);
    int it = -1, rv[4] = {-1, -1, -1, -1};
    const FeNode *iter = s->u.loop.iter;
    if (!s->u.loop.is_async && is_builtin_range_call(iter)) {
        int n = iter->u.call.args.n;
        int *args = bd_args(b, n);
        for (int i = 0; args && i < n; i++) args[i] = bd_expr(b, iter->u.call.args.items[i]);
        static const char *const names[4] = {"%cur", "%count", "%step", "%rangeiter"};
        for (int i = 0; i < 4; i++) rv[i] = bd_hidden(b, names[i]); /* consecutive: the slot kinds group them */
        IrInstr *in = bd_emit(b, IR_RANGE_INIT, line);
        in->args = args;
        in->nargs = n;
        memcpy(in->rv, rv, sizeof rv);
    } else {
        it = bd_hidden(b, "%iter");
        int src = bd_expr(b, iter);
        IrInstr *in = bd_emit(b, s->u.loop.is_async ? IR_AITER : IR_ITER, line);
        in->dst = it;
        in->a = src;
    }
    bd_jump(b, head, line);
    bd_enter(b, head);
    int x =
        bd_temp(b, s->u.loop.target->kind == E_NAME && s->u.loop.target->u.name.sym ? s->u.loop.target->u.name.sym->type
                                                                                    : FT_ANY);
    int item = -1;
    if (s->u.loop.is_async) { /* async for: each item awaited (ir_build_gen.c), the end a marker value */
        int ended = bd_async_next(b, it, &item, line), got = bd_block(b);
        IrInstr *br = bd_emit(b, IR_BRANCH, line);
        br->a = ended;
        br->t1 = done;
        br->t2 = got;
        bd_enter(b, got);
        IrInstr *mv = bd_emit(b, IR_MOVE, line);
        mv->dst = x;
        mv->a = item;
        bd_jump(b, body, line);
    } else {
        IrInstr *nx = bd_emit(b, it >= 0 ? IR_FOR_NEXT : IR_RANGE_NEXT, line);
        nx->dst = x;
        nx->a = it;
        nx->sub = it >= 0 && bd_iterates_inert(iter);
        memcpy(nx->rv, rv, sizeof rv);
        nx->t1 = body;
        nx->t2 = done;
    }
    bd_enter(b, body);
    store(b, s->u.loop.target, x, line);
    int owned_iter = it >= 0 ? it : rv[3]; /* released on every way out */
    push_unwind(b, (Unwind){.kind = UW_LOOP, .brk = brk, .cont = head, .iter = owned_iter}, s);
    bd_stmts(b, &s->u.loop.body);
    b->nunw--;
    if (b->cur >= 0) {
        IrInstr *back = bd_emit(b, IR_JUMP, line);
        back->t1 = head;
        back->ival = 1;
    }
    bd_enter(b, done); /* exhausted: release the iterator (and async for's end marker), run else */
    if (owned_iter >= 0) op1(b, IR_CLEAR, owned_iter, line);
    if (item >= 0) op1(b, IR_CLEAR, item, line);
    bd_jump(b, orelse, line);
    bd_enter(b, orelse);
    bd_stmts(b, &s->u.loop.orelse);
    bd_jump(b, end, line);
    bd_enter(b, brk); /* break already released the iterator (undo_to) */
    bd_jump(b, end, line);
    bd_enter(b, end);
}

/* try/except[/else]: the body's exceptions go to a dispatch block that tests each clause in order. */
static void try_except(Builder *b, const FeNode *s) {
    int line = s->span.line, outer = b->handler, end = bd_block(b);
    int dispatch = block_with(b, outer);
    b->handler = dispatch;
    fresh_block(b, line);
    bd_stmts(b, &s->u.try_.body);
    b->handler = outer;
    if (b->cur >= 0) {
        fresh_block(b, line);
        bd_stmts(b, &s->u.try_.orelse);
        bd_jump(b, end, line);
    }
    bd_enter(b, dispatch);
    int caught_all = 0;
    for (int i = 0; i < s->u.try_.nhandlers && !caught_all; i++) {
        const FeHandler *h = &s->u.try_.handlers[i];
        int hline = h->span.line, hit = bd_block(b), next = bd_block(b);
        /* a bare `except:` is tested like `except BaseException:`, because the test is what lets a limit stop
         * (time, memory, ...) pass every handler */
        int cls;
        if (h->type) {
            cls = bd_expr(b, h->type);
        } else {
            caught_all = 1;
            cls = bd_temp(b, FT_ANY);
            IrInstr *base = bd_emit(b, IR_BUILTIN, hline);
            base->dst = cls;
            base->imm = PITH_B_BASEEXCEPTION;
        }
        int m = bd_temp(b, FT_BOOL);
        IrInstr *match = bd_emit(b, IR_EXC_MATCH, hline);
        match->dst = m;
        match->a = cls;
        IrInstr *br = bd_emit(b, IR_BRANCH, hline);
        br->a = m;
        br->t1 = hit;
        br->t2 = next;
        bd_enter(b, hit);
        int prev = bd_hidden(b, "%prev"), e = bd_hidden(b, "%exc");
        IrInstr *in = bd_emit(b, IR_EXC_BEGIN, hline);
        in->dst = e;
        in->b = prev;
        const FeSym *as = h->name ? h->sym : NULL;
        if (as) store_name(b, as, e, hline);
        int clean = block_with(b, outer);
        Unwind u = {.kind = UW_EXCEPT, .prev = prev, .exc = e, .as_sym = as, .handler = outer};
        push_unwind(b, u, s);
        b->handler = clean;
        fresh_block(b, hline);
        bd_stmts(b, &h->body);
        b->handler = outer;
        b->nunw--;
        if (b->cur >= 0) {
            leave_except(b, &u, hline);
            bd_jump(b, end, hline);
        }
        bd_enter(b, clean); /* an exception inside the handler: restore state, propagate */
        leave_except(b, &u, hline);
        bd_emit(b, IR_UNWIND, hline);
        bd_enter(b, next);
    }
    bd_emit(b, IR_UNWIND, line); /* no clause matched (after a bare except: only a limit stop) */
    bd_enter(b, end);
}

static void try_finally(Builder *b, const FeNode *s) {
    int line = s->span.line, outer = b->handler, end = bd_block(b);
    int hf = block_with(b, outer);
    push_unwind(b, (Unwind){.kind = UW_FINALLY, .final = &s->u.try_.finalbody, .handler = outer}, s);
    b->handler = hf;
    fresh_block(b, line);
    if (s->u.try_.nhandlers)
        try_except(b, s);
    else
        bd_stmts(b, &s->u.try_.body);
    b->handler = outer;
    b->nunw--;
    if (b->cur >= 0) { /* normal way out */
        fresh_block(b, line);
        bd_stmts(b, &s->u.try_.finalbody);
        bd_jump(b, end, line);
    }
    bd_enter(b, hf); /* exceptional way out: run the body with the exception held, then re-raise it */
    int prev = bd_hidden(b, "%prev"), e = bd_hidden(b, "%exc");
    IrInstr *in = bd_emit(b, IR_EXC_BEGIN, line);
    in->dst = e;
    in->b = prev;
    int clean = block_with(b, outer);
    Unwind u = {.kind = UW_EXCEPT, .prev = prev, .exc = e, .handler = outer};
    push_unwind(b, u, s);
    b->handler = clean;
    fresh_block(b, line);
    bd_stmts(b, &s->u.try_.finalbody);
    b->handler = outer;
    b->nunw--;
    if (b->cur >= 0) {
        op1(b, IR_EXC_END, prev, line);
        op1(b, IR_RERAISE, e, line);
    }
    bd_enter(b, clean);
    leave_except(b, &u, line);
    bd_emit(b, IR_UNWIND, line);
    bd_enter(b, end);
}

static void raise_stmt(Builder *b, const FeNode *s) {
    int line = s->span.line;
    if (!s->u.raise.exc) {
        op1(b, IR_RERAISE, -1, line);
        return;
    }
    int exc = bd_expr(b, s->u.raise.exc);
    int cause = s->u.raise.cause ? bd_expr(b, s->u.raise.cause) : -1;
    IrInstr *in = op1(b, IR_RAISE, exc, line);
    in->b = cause;
}

static void assert_stmt(Builder *b, const FeNode *s) {
    int line = s->span.line, fail = bd_block(b), ok = bd_block(b);
    int test = bd_expr(b, s->u.assert_.test);
    IrInstr *br = bd_emit(b, IR_BRANCH, line);
    br->a = test;
    br->t1 = ok;
    br->t2 = fail;
    bd_enter(b, fail);
    int msg = s->u.assert_.msg ? bd_expr(b, s->u.assert_.msg) : -1;
    op1(b, IR_ASSERT_FAIL, msg, line);
    bd_emit(b, IR_UNWIND, line);
    bd_enter(b, ok);
}

/* def: make the function object (defaults, closure, decorators) and bind the name. */
static void def_stmt(Builder *b, const FeNode *s) { store_name(b, s->u.def.sym, bd_def_value(b, s), s->span.line); }

static const char *qualname(Builder *b, const FeNode *def, const char *name);

/* class statement: decorators (evaluated first), bases, then the body runs as a function of its own whose
 * result is the namespace; __build_class__(namespace, name, qualname, *bases) makes the class, and the
 * decorators apply bottom-up. */
static void class_stmt(Builder *b, const FeNode *s) {
    int line = s->span.line, nd = s->u.def.decorators.n, nb = s->u.def.bases->u.call.args.n;
    int *decs = bd_args(b, nd);
    for (int i = 0; decs && i < nd; i++) {
        int h = bd_hidden(b, "%decorator"), v = bd_expr(b, s->u.def.decorators.items[i]);
        IrInstr *in = bd_emit(b, IR_COPY, line);
        in->a = v;
        in->dst = h;
        decs[i] = h;
    }
    int *args = bd_args(b, 3 + nb);
    for (int i = 0; args && i < nb; i++) {
        int h = bd_hidden(b, "%base"), v = bd_expr(b, s->u.def.bases->u.call.args.items[i]);
        IrInstr *in = bd_emit(b, IR_COPY, line);
        in->a = v;
        in->dst = h;
        args[3 + i] = h;
    }
    int f = bd_make_function(b, s);
    int ns = bd_temp(b, FT_DICT);
    IrInstr *in = bd_emit(b, IR_CALL_VALUE, line);
    in->dst = ns;
    in->a = f;
    in->imm = s->u.def.id;
    const char *texts[2] = {s->u.def.name, qualname(b, s, s->u.def.name)};
    for (int i = 0; args && i < 2; i++) {
        int t = bd_temp(b, FT_STR);
        in = bd_emit(b, IR_CONST, line);
        in->dst = t;
        in->imm = bd_const_str(b, texts[i]);
        args[1 + i] = t;
    }
    if (args) args[0] = ns;
    int cls = bd_temp(b, FT_ANY);
    in = bd_emit(b, IR_CALL_BUILTIN, line);
    in->dst = cls;
    in->imm = PITH_B_BUILD_CLASS;
    in->args = args;
    in->nargs = 3 + nb;
    for (int i = 0; args && i < nb; i++) op1(b, IR_CLEAR, args[3 + i], line);
    for (int i = nd - 1; decs && i >= 0; i--) {
        int d = bd_temp(b, FT_ANY);
        in = bd_emit(b, IR_CALL_VALUE, line);
        in->dst = d;
        in->a = decs[i];
        in->imm = -1;
        in->args = bd_args(b, 1);
        if (in->args) in->args[0] = cls;
        in->nargs = 1;
        op1(b, IR_CLEAR, decs[i], line);
        cls = d;
    }
    free(decs);
    store_name(b, s->u.def.sym, cls, line);
}

/* The end of a class body: its namespace, every bound local by name (the __class__ cell, when a method
 * uses it, as __classcell__), is the body function's result. */
static void class_ns_return(Builder *b, const FeScope *scope, int line) {
    int n = 0;
    const char **names = calloc((size_t)scope->nsyms + 1, sizeof *names);
    int *vals = bd_args(b, scope->nsyms + 1);
    for (int i = 0; names && vals && i < scope->nsyms; i++) {
        const FeSym *s = scope->syms[i];
        if (s->kind != SYM_LOCAL && s->kind != SYM_CELL) continue;
        int is_cell = !strcmp(s->name, "__class__");
        if (is_cell && s->kind != SYM_CELL) continue;
        if (!is_cell && s->kind == SYM_CELL) continue; /* only __class__ is ever captured from a class */
        names[n] = is_cell ? "__classcell__" : s->name;
        vals[n++] = bd_local_var(b, s);
    }
    int d = bd_temp(b, FT_DICT);
    IrInstr *in = bd_emit(b, IR_CLASS_NS, line);
    in->dst = d;
    in->args = vals;
    in->nargs = n;
    in->kwconst = names ? ir_const_kwnames(b->m, names, n) : -1;
    if (!names) b->oom = 1;
    free(names);
    op1(b, IR_RETURN, d, line);
}

static void stmt(Builder *b, const FeNode *s) {
    if (b->failed || b->oom) return;
    int line = s->span.line;
    if (b->cur < 0) bd_enter(b, bd_block(b)); /* dead code after return/raise still gets lowered */
    switch (s->kind) {
    case S_EXPR: {
        int v = bd_expr(b, s->u.expr.value);
        if (bd_is_temp(b, v)) op1(b, IR_CLEAR, v, line);
        break;
    }
    case S_ASSIGN: assign(b, s); break;
    case S_AUGASSIGN: augassign(b, s); break;
    case S_ANNASSIGN:
        if (s->u.ann.value) store(b, s->u.ann.target, bd_expr(b, s->u.ann.value), line);
        break;
    case S_IF: if_stmt(b, s); break;
    case S_WHILE: while_stmt(b, s); break;
    case S_FOR: for_stmt(b, s); break;
    case S_BREAK:
    case S_CONTINUE: break_continue(b, s); break;
    case S_RETURN: return_stmt(b, s); break;
    case S_TRY:
        if (s->u.try_.finalbody.n)
            try_finally(b, s);
        else
            try_except(b, s);
        break;
    case S_RAISE: raise_stmt(b, s); break;
    case S_ASSERT: assert_stmt(b, s); break;
    case S_DEL:
        for (int i = 0; i < s->u.del.targets.n; i++) del_target(b, s->u.del.targets.items[i], line);
        break;
    case S_DEF: def_stmt(b, s); break;
    case S_CLASS: class_stmt(b, s); break;
    case S_MATCH: bd_match(b, s); break;
    case S_WITH: bd_with(b, s); break;
    case S_PASS:
    case S_GLOBAL:
    case S_NONLOCAL:
    case S_IMPORT: bd_stmts(b, &s->u.names.binds); break; /* assignments of E_IMPORT values */
    default: bd_fail(b, s, "this statement is not supported here");
    }
}

void bd_stmts(Builder *b, const FeList *body) {
    for (int i = 0; i < body->n && !b->failed && !b->oom; i++) stmt(b, body->items[i]);
}

/* ---- functions and the module ---- */

/* CPython's __qualname__: "outer.<locals>.inner" for a function defined inside another one. */
static const char *qualname(Builder *b, const FeNode *def, const char *name) {
    const FeScope *sc = def->kind == E_GENEXP ? def->u.comp.scope : def->u.def.scope;
    const FeScope *p = sc ? sc->parent : NULL;
    while (p && p->inline_comp) p = p->parent;
    if (!p || !p->def) return name;
    const FeNode *outer = p->def;
    const char *oname = outer->kind == E_GENEXP ? "<genexpr>" : outer->u.def.name;
    const char *oq = qualname(b, outer, oname);
    size_t n = strlen(oq) + strlen(name) + sizeof ".<locals>.";
    char *q = fe_alloc(b->m->fe->arena, n);
    if (!q) return name;
    snprintf(q, n, outer->kind == S_CLASS ? "%s.%s" : "%s.<locals>.%s", oq, name); /* C.method */
    return q;
}

/* Whether host calls made in this scope's own code are awaitable: an async def's, or a lambda's or a
 * generator expression's written inside one (`gather(*(fetch(u) for u in urls))`), as CPython's async host
 * functions would give coroutines there. */
static int in_async_code(const FeScope *scope) {
    for (const FeScope *s = scope; s && s->def; s = s->parent) {
        const FeNode *d = s->def;
        if (d->kind == S_DEF) return d->u.def.is_async != FE_SYNC;
        if (d->kind == S_CLASS) return 0;
    }
    return 0;
}

static IrFunc *build_func(Builder *b, const char *name, FeNode *def, const FeScope *scope, const FeList *body,
                          int want_result) {
    IrFunc *f = ir_func_new(name);
    if (!f) {
        b->oom = 1;
        return NULL;
    }
    b->f = f;
    b->cur = -1;
    b->handler = -1;
    b->nunw = 0;
    f->def = def;
    f->line = def ? def->span.line : 1;
    f->qualname = def ? qualname(b, def, name) : name;
    if (def && def->kind == E_GENEXP) {
        f->nparams = f->npositional = 1;
        f->flags = PITH_F_GENERATOR;
        f->nfrees = scope->nfrees;
    } else if (def) {
        f->nparams = def->u.def.nparams;
        f->npositional = def->u.def.npositional;
        f->nposonly = def->u.def.nposonly;
        f->nkwonly = def->u.def.nkwonly;
        f->flags = (def->u.def.has_varargs ? PITH_F_VARARGS : 0) | (def->u.def.has_varkw ? PITH_F_VARKW : 0) |
                   (def->u.def.is_generator ? PITH_F_GENERATOR : 0) |
                   (def->u.def.is_async == FE_ASYNC_CORO ? PITH_F_COROUTINE : 0) |
                   (def->u.def.is_async == FE_ASYNC_GEN ? PITH_F_ASYNCGEN : 0);
        f->nfrees = scope->nfrees;
        for (int i = 0; i < f->npositional; i++) f->ndefaults += def->u.def.params[i].default_ != NULL;
    }
    if (def && in_async_code(scope)) f->flags |= PITH_F_ASYNC_HOST;
    /* local symbols become vars 0..nlocals-1 (their slot numbers); params come first. The module body has
     * slots too: comprehensions written at module level keep their variables there. */
    for (int slot = 0; slot < scope->nlocals; slot++) ir_var_new(f, IV_LOCAL, NULL, FT_ANY);
    for (int i = 0; i < scope->nsyms; i++) {
        const FeSym *s = scope->syms[i];
        if ((s->kind != SYM_LOCAL && s->kind != SYM_CELL) || s->index < 0 || s->index >= f->nvars) continue;
        f->vars[s->index].kind = s->is_param ? IV_PARAM : IV_LOCAL;
        f->vars[s->index].name = s->name;
        f->vars[s->index].type = s->kind == SYM_CELL ? FT_ANY : s->type;
    }
    if (def && def->kind == E_GENEXP && f->nvars) f->vars[0].kind = IV_PARAM;
    bd_enter(b, bd_block(b));
    bd_make_cells(b, scope, f->line);
    if (def && def->kind == E_GENEXP) {
        bd_genexp_body(b, def);
        body = NULL;
    }
    int n = body ? body->n : 0;
    if (!body) {
        /* the generator's body was lowered above */
    } else if (want_result && n && body->items[n - 1]->kind == S_EXPR) {
        FeList most = {body->items, n - 1};
        bd_stmts(b, &most);
        if (!b->failed && !b->oom) {
            if (b->cur < 0) bd_enter(b, bd_block(b));
            const FeNode *last = body->items[n - 1];
            op1(b, IR_RETURN, bd_expr(b, last->u.expr.value), last->span.line);
            f->has_result = 1;
        }
    } else {
        bd_stmts(b, body);
    }
    if (b->cur >= 0 && def && def->kind == S_CLASS) {
        class_ns_return(b, scope, 0);
    } else if (b->cur >= 0) { /* falling off the end returns None */
        int v = bd_temp(b, FT_NONE);
        bd_emit(b, IR_NONE, 0)->dst = v;
        op1(b, IR_RETURN, v, 0);
    }
    return f;
}

IrModule *ir_build(FeModule *fe, const FeDecls *decls, FeDiag *diag) {
    IrModule *m = calloc(1, sizeof *m);
    if (!m) return NULL;
    m->fe = fe;
    for (int i = 0; i < fe->scope->nsyms; i++)
        if (fe->scope->syms[i]->kind == SYM_GLOBAL && fe->scope->syms[i]->index >= m->nglobals)
            m->nglobals = fe->scope->syms[i]->index + 1;
    m->global_names = calloc((size_t)(m->nglobals ? m->nglobals : 1), sizeof(char *));
    m->nfuncs = 1 + fe->ndefs;
    m->funcs = calloc((size_t)m->nfuncs, sizeof(IrFunc *));
    if (!m->global_names || !m->funcs) {
        ir_free(m);
        return NULL;
    }
    for (int i = 0; i < fe->scope->nsyms; i++) {
        const FeSym *s = fe->scope->syms[i];
        if (s->kind == SYM_GLOBAL && s->index >= 0 && s->index < m->nglobals) m->global_names[s->index] = s->name;
    }
    for (int i = 0; i < m->nglobals; i++)
        if (!m->global_names[i]) m->global_names[i] = "?";
    m->nexternals = decls ? decls->nexternals : 0;
    m->ext_names = decls ? decls->externals : NULL;
    Builder b = {.m = m, .diag = diag};
    m->funcs[0] = build_func(&b, "<module>", NULL, fe->scope, &fe->body, 1);
    for (int i = 0; i < fe->ndefs && !b.failed && !b.oom; i++) {
        FeNode *d = fe->defs[i];
        if (d->kind == E_GENEXP)
            m->funcs[1 + i] = build_func(&b, "<genexpr>", d, d->u.comp.scope, NULL, 0);
        else
            m->funcs[1 + i] = build_func(&b, d->u.def.name, d, d->u.def.scope, &d->u.def.body, 0);
    }
    if (b.oom && !b.failed) bd_fail(&b, NULL, "out of memory while compiling");
    if (b.failed) {
        ir_free(m);
        return NULL;
    }
    return m;
}
