/* ir_build_gen.c — `yield` and `yield from` in generator functions.
 * Stage: codegen. A def whose body yields is a PITH_F_GENERATOR state machine (fe_scope.c marks it); each
 * `yield` is an IR_YIELD suspend point whose value is what the consumer sent in. `yield from` is a loop of
 * IR_SEND (resume the delegate with the value sent to us) and IR_YIELD (hand its value out), with IR_THROW
 * forwarding what is thrown into us (CPython's PEP 380 expansion: GeneratorExit closes the delegate, other
 * exceptions go to its throw()); the delegate's return value is the expression's value. */
#include "ir_builder.h"

int bd_yield(Builder *b, const FeNode *e) {
    int line = e->span.line;
    int v = e->u.un.operand ? bd_expr(b, e->u.un.operand) : -1;
    if (v < 0) {
        v = bd_temp(b, FT_NONE);
        bd_emit(b, IR_NONE, line)->dst = v;
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

int bd_yield_from(Builder *b, const FeNode *e) {
    int line = e->span.line, outer = b->handler;
    int it = bd_hidden(b, "%yf"), sent = bd_hidden(b, "%sent"), out = bd_hidden(b, "%yv");
    int src = bd_expr(b, e->u.un.operand);
    IrInstr *in = bd_emit(b, IR_ITER, line);
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

/* A for loop over this expression runs no Python code to get its items: the type pass proved it a list,
 * tuple, dict or str (rt_native.c is then never needed to advance it). */
int bd_iterates_inert(const FeNode *iterable) {
    FeType t = iterable->type;
    return t == FT_LIST || t == FT_TUPLE || t == FT_DICT || t == FT_STR;
}
