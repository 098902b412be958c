/* ir_build_with.c — lowers a `with` statement (one item: the parser nests `with a, b:`) to IR, as CPython 3.11
 * runs it:
 *
 *     enter = type(mgr).__enter__ bound to mgr     IR_WITH_ENTER (CPython's TypeErrors when either is missing)
 *     exit  = type(mgr).__exit__ bound to mgr      IR_WITH_EXIT, kept in a hidden local
 *     value = enter()
 *     try:     target = value; body
 *     except BaseException as e:                   (a limit stop matches nothing: it passes, as through except)
 *         if not exit(type(e), e, tb): raise       (tb: a traceback object, IR_EXC_TB)
 *     else:    exit(None, None, None)              (also on break/continue/return: the UW_WITH unwind entry)
 *
 * The calls are ordinary IR_CALL_VALUEs of unknown values, so in a program that waits on the host they are
 * suspend points like any call: __enter__, __exit__ and the body may all wait. Stage: codegen. */
#include "ir_builder.h"
#include "pith_builtins.h"

static int temp_of(Builder *b, int op, int line) {
    int t = bd_temp(b, FT_ANY);
    bd_emit(b, op, line)->dst = t;
    return t;
}

/* dst = exit(a0, a1, a2): the temps are consumed. */
static int call_exit(Builder *b, int exit_var, int a0, int a1, int a2, int line) {
    int r = bd_temp(b, FT_ANY);
    int *args = bd_args(b, 3);
    IrInstr *in = bd_emit(b, IR_CALL_VALUE, line);
    in->dst = r;
    in->a = exit_var;
    in->imm = -1;
    in->args = args;
    in->nargs = 3;
    if (args) {
        args[0] = a0;
        args[1] = a1;
        args[2] = a2;
    }
    return r;
}

void bd_with_leave(Builder *b, int exit_var, int line) {
    int n0 = temp_of(b, IR_NONE, line), n1 = temp_of(b, IR_NONE, line), n2 = temp_of(b, IR_NONE, line);
    int r = call_exit(b, exit_var, n0, n1, n2, line);
    bd_emit(b, IR_CLEAR, line)->a = r;
}

void bd_with(Builder *b, const FeNode *s) {
    int line = s->span.line, outer = b->handler, end = bd_block(b);
    int mgr = bd_hidden(b, "%mgr"), exit_var = bd_hidden(b, "%exit"), ctx = bd_expr(b, s->u.with_.ctx);
    IrInstr *in = bd_emit(b, IR_COPY, line);
    in->dst = mgr;
    in->a = ctx;
    int enter = bd_temp(b, FT_ANY);
    in = bd_emit(b, IR_WITH_ENTER, line);
    in->dst = enter;
    in->a = mgr;
    in = bd_emit(b, IR_WITH_EXIT, line);
    in->dst = exit_var;
    in->a = mgr;
    bd_emit(b, IR_CLEAR, line)->a = mgr;
    int value = bd_temp(b, FT_ANY);
    in = bd_emit(b, IR_CALL_VALUE, line);
    in->dst = value;
    in->a = enter;
    in->imm = -1;

    /* the body, with the target's assignment: an exception in either goes to __exit__ */
    int hf = bd_block(b); /* under the outer handler, as every block made below until the body's */
    bd_push_unwind(b, (Unwind){.kind = UW_WITH, .exit = exit_var, .handler = outer}, s);
    b->handler = hf;
    int body = bd_block(b);
    bd_jump(b, body, line);
    bd_enter(b, body);
    if (s->u.with_.target)
        bd_store(b, s->u.with_.target, value, line);
    else
        bd_emit(b, IR_CLEAR, line)->a = value;
    bd_stmts(b, &s->u.with_.body);
    b->handler = outer;
    b->nunw--;
    if (b->cur >= 0) { /* normal way out */
        int leave = bd_block(b);
        bd_jump(b, leave, line);
        bd_enter(b, leave);
        bd_with_leave(b, exit_var, line);
        bd_emit(b, IR_CLEAR, line)->a = exit_var;
        bd_jump(b, end, line);
    }

    /* an exception: __exit__(type(e), e, None) decides whether it is suppressed */
    bd_enter(b, hf);
    int hit = bd_block(b), pass = bd_block(b);
    int base = bd_temp(b, FT_ANY);
    in = bd_emit(b, IR_BUILTIN, line);
    in->dst = base;
    in->imm = PITH_B_BASEEXCEPTION;
    int matched = bd_temp(b, FT_BOOL);
    in = bd_emit(b, IR_EXC_MATCH, line);
    in->dst = matched;
    in->a = base;
    in = bd_emit(b, IR_BRANCH, line);
    in->a = matched;
    in->t1 = hit;
    in->t2 = pass;
    bd_enter(b, pass); /* only a limit stop: no __exit__ sees it */
    bd_emit(b, IR_UNWIND, line);

    bd_enter(b, hit);
    int prev = bd_hidden(b, "%prev"), e = bd_hidden(b, "%exc");
    in = bd_emit(b, IR_EXC_BEGIN, line);
    in->dst = e;
    in->b = prev;
    int clean = bd_block(b), suppress = bd_block(b), reraise = bd_block(b);
    b->handler = clean;
    int call = bd_block(b);
    bd_jump(b, call, line);
    bd_enter(b, call);
    int cls = bd_temp(b, FT_ANY);
    in = bd_emit(b, IR_GETATTR, line);
    in->dst = cls;
    in->a = e;
    in->imm = bd_const_str(b, "__class__");
    int ev = bd_temp(b, FT_ANY);
    in = bd_emit(b, IR_COPY, line);
    in->dst = ev;
    in->a = e;
    int tb = bd_temp(b, FT_ANY);
    in = bd_emit(b, IR_EXC_TB, line);
    in->dst = tb;
    in->a = e;
    int r = call_exit(b, exit_var, cls, ev, tb, line);
    in = bd_emit(b, IR_BRANCH, line);
    in->a = r;
    in->t1 = suppress;
    in->t2 = reraise;
    b->handler = outer;

    bd_enter(b, suppress); /* __exit__ returned a true value: the with statement ends normally */
    bd_emit(b, IR_EXC_END, line)->a = prev;
    bd_emit(b, IR_CLEAR, line)->a = e;
    bd_emit(b, IR_CLEAR, line)->a = exit_var;
    bd_jump(b, end, line);

    bd_enter(b, reraise);
    bd_emit(b, IR_EXC_END, line)->a = prev;
    bd_emit(b, IR_CLEAR, line)->a = exit_var;
    bd_emit(b, IR_RERAISE, line)->a = e;

    bd_enter(b, clean); /* __exit__ itself raised: that exception leaves, its context the one it was given */
    bd_emit(b, IR_EXC_END, line)->a = prev;
    bd_emit(b, IR_CLEAR, line)->a = e;
    bd_emit(b, IR_CLEAR, line)->a = exit_var;
    bd_emit(b, IR_UNWIND, line);
    bd_enter(b, end);
}
