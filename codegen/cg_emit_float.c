/* cg_emit_float.c — unboxed float arithmetic: variables the type pass proved to be `float` live in C
 * `double`s inside direct functions, so `acc = acc * 0.5 + x` allocates nothing.
 * Stage: codegen. A var is unboxed when it is a temp or a (non-param) local of a direct function, typed
 * FT_FLOAT, and every instruction defining it is a float producer handled here (literal, arithmetic, copy).
 * Any other instruction that reads one sees a boxed copy (bx<N>), made just before it and treated as a temp.
 * An unboxed local keeps its boundness in k<N> (UnboundLocalError stays exact). */
#include <stdio.h>
#include <string.h>

#include "cg_emit.h"
#include "pith_abi.h"

#define P(...) pith_buf_printf(&e->out, __VA_ARGS__)

/* Every var the instruction defines stays boxed (it is no float producer). */
static void keep_defined_boxed(Emitter *e, const IrInstr *in) {
    if (in->dst >= 0) e->unboxed[in->dst] = 0;
    for (int i = 0; i < 4; i++)
        if (in->rv[i] >= 0) e->unboxed[in->rv[i]] = 0;
    if (in->op == IR_UNPACK)
        for (int i = 0; i < in->nargs; i++) e->unboxed[in->args[i]] = 0;
    if (in->op == IR_EXC_BEGIN && in->b >= 0) e->unboxed[in->b] = 0;
}

static int float_producer(const IrInstr *in) {
    switch (in->op) {
    case IR_FLOAT:
    case IR_COPY:
    case IR_BINOP:
    case IR_INPLACE: return 1;
    case IR_UNOP: return in->sub == PITH_UOP_NEG || in->sub == PITH_UOP_POS;
    default: return 0;
    }
}

/* One pass over the instructions, each looking only at its own operands (linear in the function). */
int cg_float_analyse(Emitter *e) {
    const IrFunc *f = e->f;
    if (f->suspends) return 0; /* frame slots stay boxed: the snapshot format knows only PVs */
    for (int v = 0; v < f->nvars; v++) e->unboxed[v] = f->vars[v].type == FT_FLOAT && f->vars[v].kind != IV_PARAM;
    for (int bi = 0; bi < f->nblocks; bi++)
        for (int k = 0; k < f->blocks[bi].nins; k++) {
            const IrInstr *in = &f->blocks[bi].ins[k];
            if (!float_producer(in)) keep_defined_boxed(e, in);
            if (in->op == IR_MOVE && in->a >= 0) e->unboxed[in->a] = 0; /* hidden locals move boxed values */
        }
    return 0;
}

/* A double-valued C expression for operand v, if it has one without code: an unboxed var or an int literal. */
static int plain_double(Emitter *e, int v, char *out, size_t n) {
    if (e->unboxed[v]) {
        snprintf(out, n, "v%d", v);
        return 1;
    }
    if (e->is_ilit[v] && e->ilit[v] > -(1LL << 53) && e->ilit[v] < (1LL << 53)) {
        snprintf(out, n, "%lld.0", (long long)e->ilit[v]);
        return 1;
    }
    return 0;
}

/* The operand as a double in `out` (C expression); boxed operands are converted into a scratch double. */
static void operand_double(Emitter *e, const IrInstr *in, int v, const char *scratch, char *out, size_t n) {
    if (plain_double(e, v, out, n)) return;
    P("    double %s; if (rt_to_double(c, %s, &%s) < 0) ", scratch, cg_var(e, v), scratch);
    cg_on_error(e, in->line);
    snprintf(out, n, "%s", scratch);
}

static void set_unboxed(Emitter *e, int dst, const char *expr) {
    P("    v%d = %s;", dst, expr);
    if (!cg_is_temp(e, dst)) P(" k%d = 1;", dst);
    P("\n");
}

static int float_operand(Emitter *e, int v) { return e->unboxed[v] || e->f->vars[v].type == FT_FLOAT; }

/* dst (unboxed) = a op b with float semantics. */
static void arith(Emitter *e, const IrInstr *in) {
    char a[48], b[48], expr[128];
    int op = in->op == IR_UNOP ? -1 : in->sub;
    if (in->op == IR_UNOP) {
        operand_double(e, in, in->a, "da", a, sizeof a);
        snprintf(expr, sizeof expr, "%s%s", in->sub == PITH_UOP_NEG ? "-" : "", a);
    } else if (op == PITH_OP_ADD || op == PITH_OP_SUB || op == PITH_OP_MUL ||
               (float_operand(e, in->a) || float_operand(e, in->b))) {
        operand_double(e, in, in->a, "da", a, sizeof a);
        operand_double(e, in, in->b, "db", b, sizeof b);
        const char *c_op = op == PITH_OP_ADD ? "+" : op == PITH_OP_SUB ? "-" : op == PITH_OP_MUL ? "*" : NULL;
        if (c_op) {
            snprintf(expr, sizeof expr, "%s %s %s", a, c_op, b);
        } else { /* / // % ** keep their exact error and rounding rules in the runtime */
            const char *fn = op == PITH_OP_TRUEDIV    ? "rt_float_div"
                             : op == PITH_OP_FLOORDIV ? "rt_float_floordiv"
                             : op == PITH_OP_MOD      ? "rt_float_mod"
                             : op == PITH_OP_POW      ? "rt_float_pow"
                                                      : NULL;
            if (!fn) {
                P("    /* unexpected float operator */\n");
                e->out.failed = 1;
                return;
            }
            P("    { PV t_ = %s(c, %s, %s); if (!t_) ", fn, a, b);
            cg_on_error(e, in->line);
            P("    v%d = rt_float_value(t_); PV_DECREF(c, t_); }\n", in->dst);
            snprintf(expr, sizeof expr, "v%d", in->dst);
        }
    } else { /* int / int -> float: the runtime's correctly rounded division */
        P("    { PV t_ = rt_binop(c, %d, %s, %s); if (!t_) ", op, cg_var(e, in->a), cg_var(e, in->b));
        cg_on_error(e, in->line);
        P("    if (rt_to_double(c, t_, &v%d) < 0) { PV_DECREF(c, t_); ", in->dst);
        cg_on_error(e, in->line);
        P("    } PV_DECREF(c, t_); }\n");
        snprintf(expr, sizeof expr, "v%d", in->dst);
    }
    cg_release(e, in->a);
    if (in->b >= 0) cg_release(e, in->b);
    set_unboxed(e, in->dst, expr);
}

/* Comparisons where both sides are doubles without code: compared in C (NaN compares false, as in Python). */
static int compare(Emitter *e, const IrInstr *in, const IrInstr *next) {
    static const char *const ops[] = {
        [FC_LT] = "<", [FC_LE] = "<=", [FC_EQ] = "==", [FC_NE] = "!=", [FC_GT] = ">", [FC_GE] = ">="};
    char a[48], b[48];
    if (in->sub > FC_GE || !(e->unboxed[in->a] || e->unboxed[in->b])) return 0;
    if (!plain_double(e, in->a, a, sizeof a) || !plain_double(e, in->b, b, sizeof b)) return 0;
    if (next && next->op == IR_BRANCH && next->a == in->dst && cg_is_temp(e, in->dst)) {
        P("    if (%s %s %s) goto b%d; else goto b%d;\n", a, ops[in->sub], b, next->t1, next->t2);
        return 2;
    }
    P("    %s = PV_BOOL(%s %s %s);\n", cg_var(e, in->dst), a, ops[in->sub], b);
    return 1;
}

int cg_float_instr(Emitter *e, const IrInstr *in, const IrInstr *next) {
    if (in->dst >= 0 && e->unboxed[in->dst]) {
        switch (in->op) {
        case IR_FLOAT: {
            union {
                double d;
                unsigned long long u;
            } bits = {.d = in->fval};
            char lit[64];
            snprintf(lit, sizeof lit, "pv_f64(0x%llxULL)", bits.u);
            set_unboxed(e, in->dst, lit);
            return 1;
        }
        case IR_COPY:
            if (e->unboxed[in->a]) {
                char src[16];
                snprintf(src, sizeof src, "v%d", in->a);
                set_unboxed(e, in->dst, src);
            } else {
                P("    if (rt_to_double(c, %s, &v%d) < 0) ", cg_var(e, in->a), in->dst);
                cg_on_error(e, in->line);
                cg_release(e, in->a);
                if (!cg_is_temp(e, in->dst)) P("    k%d = 1;\n", in->dst);
            }
            return 1;
        default: arith(e, in); return 1;
        }
    }
    switch (in->op) {
    case IR_COMPARE: return compare(e, in, next);
    case IR_BRANCH:
    case IR_NOT:
        if (!e->unboxed[in->a]) return 0;
        if (in->op == IR_BRANCH)
            P("    if (v%d != 0.0) goto b%d; else goto b%d;\n", in->a, in->t1, in->t2);
        else
            P("    %s = PV_BOOL(v%d == 0.0);\n", cg_var(e, in->dst), in->a);
        return 1;
    case IR_CHECK_BOUND:
    case IR_DEL_LOCAL:
        if (!e->unboxed[in->a]) return 0;
        P("    if (!k%d) { rt_err_unbound_local(c, c->k[%d]); ", in->a, in->imm);
        cg_on_error(e, in->line);
        P("    }\n");
        if (in->op == IR_DEL_LOCAL) P("    k%d = 0;\n", in->a);
        return 1;
    case IR_CLEAR:
        if (!e->unboxed[in->a]) return 0;
        if (!cg_is_temp(e, in->a)) P("    k%d = 0;\n", in->a);
        return 1;
    default: return 0;
    }
}

/* Before an instruction that needs PVs: box every unboxed operand into bx<N> (released like a temp). */
void cg_float_box_operands(Emitter *e, const IrInstr *in) {
    int ops[4] = {in->a, in->b, -1, -1};
    for (int i = 0; i < 2 + in->nargs; i++) {
        int v = i < 2 ? ops[i] : in->args[i - 2];
        if (v < 0 || !e->unboxed[v] || e->boxing[v]) continue;
        P("    bx%d = rt_float_new(c, v%d); if (!bx%d) ", v, v, v);
        cg_on_error(e, in->line);
        e->boxing[v] = 1;
    }
}

/* After it: boxes of borrowed locals are released here (temps' boxes were consumed by the instruction). */
void cg_float_unbox_after(Emitter *e, const IrInstr *in) {
    int ops[4] = {in->a, in->b, -1, -1};
    for (int i = 0; i < 2 + in->nargs; i++) {
        int v = i < 2 ? ops[i] : in->args[i - 2];
        if (v < 0 || !e->boxing[v]) continue;
        if (!cg_is_temp(e, v) && !ir_is_terminator(in->op)) P("    PV_XDECREF(c, bx%d); bx%d = 0;\n", v, v);
        e->boxing[v] = 0;
    }
}
