/* ir_build_gen.c — `yield` and `yield from` in generator functions, and `await` and `async for`'s step in
 * coroutines (an async generator's `yield` wraps what it hands out).
 * Stage: codegen. A def whose body yields is a PITH_F_GENERATOR state machine (fe_scope.c marks it); each
 * `yield` is an IR_YIELD suspend point whose value is what the consumer sent in. `yield from` is a loop of
 * IR_SEND (resume the delegate with the value sent to us) and IR_YIELD (hand its value out), with IR_THROW
 * forwarding what is thrown into us (CPython's PEP 380 expansion: GeneratorExit closes the delegate, other
 * exceptions go to its throw()); the delegate's return value is the expression's value. */
#include "ir_builder.h"
#include "pith_abi.h"

int bd_yield(Builder *b, const FeNode *e) {
    int line = e->span.line;
    int v = e->u.un.operand ? bd_expr(b, e->u.un.operand) : -1;
    if (v < 0) {
        v = bd_temp(b, FT_NONE);
        bd_emit(b, IR_NONE, line)->dst = v;
    }
    if (b->f->flags & PITH_F_ASYNCGEN) { /* told apart from the futures its awaits hand up (rt_async.c) */
        int w = bd_temp(b, FT_ANY);
        IrInstr *wrap = bd_emit(b, IR_AGEN_WRAP, line);
        wrap->dst = w;
        wrap->a = v;
        v = w;
    }
    int sent = bd_temp(b, FT_ANY);
    IrInstr *in = bd_emit(b, IR_YIELD, line);
    in->dst = sent;
    in->a = v;
    return sent;
}

/* The delegate's outcome lands in the hidden local `out`: yielded -> t1, returned -> t2. */
static void resume_delegate(Builder *b, int op, int it, int sent, int out, int yielded, int done, int line) {
    IrInstr *in = bd_emit(b, op, line);
    in->dst = out;
    in->a = it;
    in->b = sent;
    in->t1 = yielded;
    in->t2 = done;
}

/* `yield from` (get_iter IR_ITER) and `await` (IR_AWAITABLE) of the value in var src: the same delegation
 * loop. */
static int delegate(Builder *b, int src, int get_iter, int line) {
    int outer = b->handler;
    int it = bd_hidden(b, "%yf"), sent = bd_hidden(b, "%sent"), out = bd_hidden(b, "%yv");
    IrInstr *in = bd_emit(b, get_iter, line);
    in->dst = it;
    in->a = src;
    bd_emit(b, IR_NONE, line)->dst = sent;
    int head = bd_block(b), done = bd_block(b);
    int thrown = bd_block(b); /* exceptions thrown in at our yield */
    b->handler = thrown;
    int yielded = bd_block(b);
    b->handler = outer;
    bd_jump(b, head, line);
    bd_enter(b, head);
    resume_delegate(b, IR_SEND, it, sent, out, yielded, done, line);
    bd_enter(b, yielded);
    int v = bd_temp(b, FT_ANY);
    in = bd_emit(b, IR_MOVE, line);
    in->dst = v;
    in->a = out;
    int got = bd_temp(b, FT_ANY);
    in = bd_emit(b, IR_YIELD, line);
    in->dst = got;
    in->a = v;
    in = bd_emit(b, IR_COPY, line);
    in->dst = sent;
    in->a = got;
    in = bd_emit(b, IR_JUMP, line);
    in->t1 = head;
    in->ival = 1; /* a loop back-edge: fuel */
    bd_enter(b, thrown);
    resume_delegate(b, IR_THROW, it, -1, out, yielded, done, line);
    bd_enter(b, done);
    bd_emit(b, IR_CLEAR, line)->a = it;
    bd_emit(b, IR_CLEAR, line)->a = sent;
    int r = bd_temp(b, FT_ANY);
    in = bd_emit(b, IR_MOVE, line);
    in->dst = r;
    in->a = out;
    return r;
}

int bd_yield_from(Builder *b, const FeNode *e) {
    return delegate(b, bd_expr(b, e->u.un.operand), IR_ITER, e->span.line);
}

/* `await x` is `yield from` over x's awaitable, as in CPython: a coroutine delegates to what it awaits, and
 * whatever the innermost awaitable yields (a future it waits on) travels up to the task that runs the
 * chain (runtime/exec/rt_async.c). */
int bd_await(Builder *b, const FeNode *e) {
    return delegate(b, bd_expr(b, e->u.un.operand), IR_AWAITABLE, e->span.line);
}

/* `async for`'s step: the next item of the async iterator in local `it`, awaited, into a hidden local; then a
 * bool temp saying whether it is the end (rt_aiter_end). The caller branches on it. */
int bd_async_next(Builder *b, int it, int *item, int line) {
    int aw = bd_temp(b, FT_ANY);
    IrInstr *in = bd_emit(b, IR_ANEXT, line);
    in->dst = aw;
    in->a = it;
    int v = delegate(b, aw, IR_AWAITABLE, line);
    *item = bd_hidden(b, "%anext");
    in = bd_emit(b, IR_COPY, line);
    in->dst = *item;
    in->a = v;
    int end = bd_temp(b, FT_BOOL);
    in = bd_emit(b, IR_AITER_END, line);
    in->dst = end;
    in->a = *item;
    return end;
}

/* A for loop over this expression runs no Python code to get its items: the type pass proved it a list,
 * tuple, dict or str (rt_native.c is then never needed to advance it). */
int bd_iterates_inert(const FeNode *iterable) {
    FeType t = iterable->type;
    return t == FT_LIST || t == FT_TUPLE || t == FT_DICT || t == FT_STR;
}
