/* cg_emit_ins.c — lowers one IR instruction to C.
 * Stage: codegen. Follows the ownership model of ir.h: temps are consumed (released or stolen, then zeroed),
 * locals are borrowed (incref'd when stored or stolen). Every failing call jumps to the block's handler
 * (or the function's unwind label) after recording the Python line for the traceback. */
#include <stdio.h>
#include <string.h>

#include "cg_emit.h"
#include "pith_abi.h"
#include "pith_builtins.h"

#define P(...) pith_buf_printf(&e->out, __VA_ARGS__)

int cg_is_temp(const Emitter *e, int v) { return v >= 0 && e->f->vars[v].kind == IV_TEMP; }

/* A temp that really holds a reference (immediates hold none). */
static int owned_temp(const Emitter *e, int v) {
    if (v < 0 || (e->unboxed && e->unboxed[v] && !e->boxing[v])) return 0; /* none, or a C double */
    return cg_is_temp(e, v) && !(e->lit && e->lit[v]);
}

int cg_owns(const Emitter *e, int v, int unwinding) {
    if (e->lit && e->lit[v]) return 0;
    if (e->borrowed && e->borrowed[v]) return 0;
    return unwinding || !cg_is_temp(e, v);
}

/* Where the running function finds its closure cells. */
static const char *closure(const Emitter *e) { return e->f->suspends ? "fr->closure" : "cl"; }

/* After a temp's value was handed on: the temp no longer owns it. */
static void zero(Emitter *e, int v) {
    if (owned_temp(e, v)) P(" %s = 0;", cg_var(e, v));
}

const char *cg_var(Emitter *e, int v) {
    if (e->lit && v >= 0 && e->lit[v]) return e->lit[v];
    char *s = e->var_names[e->next_var_name++ % CG_VAR_RING];
    if (e->unboxed && e->unboxed[v] && e->boxing[v])
        snprintf(s, 32, "bx%d", v);
    else if (e->f->suspends)
        snprintf(s, 32, "S[%d]", e->f->vars[v].slot);
    else
        snprintf(s, 32, "v%d", v);
    return s;
}

/* Where an exception raised in the current block goes (line 0: keep the line already recorded, as for
 * an exception passing through a handler, or a re-raise, which CPython reports where it first happened). */
void cg_on_error(Emitter *e, int line) {
    /* a fresh raise point goes through e_<target>, which records this frame in the traceback first */
    const char *via = line > 0 ? "e_" : "";
    char set[32] = "";
    if (line > 0) snprintf(set, sizeof set, "line = %d; ", line);
    if (e->blk->handler >= 0)
        P("{ %sgoto %sb%d; }\n", set, via, e->blk->handler);
    else
        P("{ %sgoto %sunwind; }\n", set, via);
}

/* After `r = rt_...(...)` with an int result: a negative r means an exception is pending. */
static void fail_if_negative(Emitter *e, int line) {
    P("    if (r < 0) ");
    cg_on_error(e, line);
}

/* Releases a consumed temp (no-op for locals). */
void cg_release(Emitter *e, int v) {
    if (owned_temp(e, v)) P("    PV_DECREF(c, %s); %s = 0;\n", cg_var(e, v), cg_var(e, v));
}

static void release_args(Emitter *e, const IrInstr *in) {
    for (int i = 0; i < in->nargs; i++) cg_release(e, in->args[i]);
}

/* Declares `PV av[n]` holding the arguments, borrowed (calls that copy what they keep). */
static void args_array(Emitter *e, const IrInstr *in, const char *name) {
    P("    PV %s[%d] = {", name, in->nargs ? in->nargs : 1);
    for (int i = 0; i < in->nargs; i++) P("%s%s", i ? ", " : "", cg_var(e, in->args[i]));
    P("%s};\n", in->nargs ? "" : "0");
}

/* Hands ownership of every argument to a stealing callee: temps are zeroed, locals incref'd. */
static void args_steal(Emitter *e, const IrInstr *in) {
    for (int i = 0; i < in->nargs; i++) {
        int v = in->args[i];
        if (cg_is_temp(e, v)) {
            zero(e, v);
            P("\n");
        } else
            P("    PV_INCREF(%s);\n", cg_var(e, v));
    }
}

/* After `dst = call(...)`: PV_NULL means an exception is pending. */
static void assign_checked(Emitter *e, const IrInstr *in) {
    P("    if (!%s) ", cg_var(e, in->dst));
    cg_on_error(e, in->line);
}

/* Operations that are one runtime call: call it, release the operands it consumed, check for failure.
 * Operand letters: a, b = the instruction's operands (0 when absent), 0 to 2 = args[i], k = the constant
 * c->k[imm] (a name), i = imm, s = sub (an operator code), f = fval (its exact bits). Releasing a local is
 * a no-op (cg_release), so only temps really are released. v = ival (a small int). */
typedef enum RtResult {
    RT_VALUE, /* dst = the call; PV_NULL means an exception is pending */
    RT_STATUS /* r = the call; negative means an exception is pending */
} RtResult;

typedef struct RtCall {
    const char *fn;       /* the runtime function */
    const char *operands; /* its arguments after the context c */
    const char *consumed; /* the operands it consumes, released after the call in this order */
    RtResult result;
} RtCall;

static const RtCall rt_calls[IR_OP_COUNT] = {
    /*                    function                  operands consumed result */
    [IR_FLOAT] = {"rt_float_new", "f", "", RT_VALUE},
    [IR_BUILTIN] = {"rt_builtin", "i", "", RT_VALUE},
    [IR_EXT_VALUE] = {"rt_ext_value", "i", "", RT_VALUE},
    [IR_UNOP] = {"rt_unop", "sa", "a", RT_VALUE},
    [IR_GETATTR] = {"rt_getattr", "ak", "a", RT_VALUE},
    [IR_GETITEM] = {"rt_getitem", "ab", "ab", RT_VALUE},
    [IR_SLICE] = {"rt_slice_new", "012", "012", RT_VALUE},
    [IR_LIST_TO_TUPLE] = {"rt_list_to_tuple", "a", "a", RT_VALUE},
    [IR_FORMAT] = {"rt_format_value", "asb", "ab", RT_VALUE},
    [IR_SETATTR] = {"rt_setattr", "akb", "ab", RT_STATUS},
    [IR_SETITEM] = {"rt_setitem", "ab0", "ab0", RT_STATUS},
    [IR_DELITEM] = {"rt_delitem", "ab", "ab", RT_STATUS},
    [IR_LIST_APPEND] = {"rt_list_append", "ab", "b", RT_STATUS},
    [IR_SET_ADD] = {"rt_set_add", "ab", "b", RT_STATUS},
    [IR_LIST_EXTEND] = {"rt_list_extend", "ab", "b", RT_STATUS},
    [IR_DICT_UPDATE] = {"rt_dict_update_mapping", "ab", "b", RT_STATUS},
    [IR_KWARGS_MERGE] = {"rt_kwargs_merge", "ab0", "b", RT_STATUS}, /* args[0] (the callee) is used later */
    [IR_EXC_MATCH] = {"rt_exc_matches", "a", "a", RT_STATUS},
    [IR_JOIN_ADD] = {"rt_join_add", "0ab", "b", RT_STATUS}, /* args[0]: the separator */
    [IR_JOIN_END] = {"rt_join_end", "ab", "b", RT_VALUE},
    [IR_DELATTR] = {"rt_delattr", "ak", "a", RT_STATUS},
    [IR_DEL_CELL] = {"rt_cell_del", "aks", "a", RT_STATUS},
    [IR_MATCH_SEQ] = {"rt_match_seq", "ais", "", RT_VALUE},
    [IR_MATCH_STAR] = {"rt_match_star", "ais", "", RT_VALUE},
    [IR_MATCH_MAP] = {"rt_match_map", "ai", "", RT_VALUE},
    [IR_MATCH_KEYS] = {"rt_match_keys", "ab", "ab", RT_VALUE},
    [IR_MATCH_REST] = {"rt_match_rest", "ab", "ab", RT_VALUE},
    [IR_MATCH_CLASS] = {"rt_match_class", "abs0", "ab0", RT_VALUE},
    [IR_IMPORT] = {"rt_import", "iv", "", RT_VALUE},
    [IR_WITH_ENTER] = {"rt_with_enter", "a", "", RT_VALUE},
    [IR_WITH_EXIT] = {"rt_with_exit", "a", "", RT_VALUE},
    [IR_EXC_TB] = {"rt_traceback_new", "a", "", RT_VALUE},
    [IR_AWAITABLE] = {"rt_awaitable", "a", "a", RT_VALUE},
    [IR_AITER] = {"rt_aiter", "a", "a", RT_VALUE},
    [IR_ANEXT] = {"rt_anext", "a", "", RT_VALUE},
    [IR_AITER_END] = {"rt_aiter_end", "a", "", RT_VALUE},
    [IR_AGEN_WRAP] = {"rt_agen_wrap", "a", "a", RT_VALUE},
};

/* The variable an operand letter of rt_calls names, or -1. */
static int operand_var(const IrInstr *in, char letter) {
    if (letter == 'a') return in->a;
    if (letter == 'b') return in->b;
    int i = letter - '0';
    return i >= 0 && i < in->nargs ? in->args[i] : -1;
}

/* Emits an operation listed in rt_calls. */
static void rt_call(Emitter *e, const IrInstr *in) {
    const RtCall *rc = &rt_calls[in->op];
    if (rc->result == RT_STATUS)
        P("    r = %s(c", rc->fn);
    else
        P("    %s = %s(c", cg_var(e, in->dst), rc->fn);
    for (const char *o = rc->operands; *o; o++) {
        switch (*o) {
        case 'k': P(", c->k[%d]", in->imm); break;
        case 'i': P(", %d", in->imm); break;
        case 'v': P(", %d", (int)in->ival); break;
        case 's': P(", %d", in->sub); break;
        case 'f': {
            union {
                double d;
                unsigned long long u;
            } bits = {.d = in->fval};
            P(", pv_f64(0x%llxULL)", bits.u);
            break;
        }
        default: {
            int v = operand_var(in, *o);
            P(", %s", v >= 0 ? cg_var(e, v) : "0");
        }
        }
    }
    P(");\n");
    for (const char *o = rc->consumed; *o; o++) cg_release(e, operand_var(in, *o));
    if (rc->result == RT_STATUS)
        fail_if_negative(e, in->line);
    else
        assign_checked(e, in);
}

static const char *kwnames(Emitter *e, const IrInstr *in, char *buf, size_t n) {
    if (in->kwconst < 0)
        snprintf(buf, n, "0");
    else
        snprintf(buf, n, "c->k[%d]", in->kwconst);
    return buf;
}

/* Statement macros of pith_abi.h with an in-place small-int path (TCC does not inline functions). */
/* A function object: args = positional defaults, nkw keyword-only defaults, ival closure cells. */
static void make_func(Emitter *e, const IrInstr *in, const char *d) {
    int ncl = (int)in->ival, nkw = in->nkw, npos = in->nargs - nkw - ncl;
    args_array(e, in, "av");
    args_steal(e, in);
    P("    { PV defs = 0, kwd = 0, cls = 0;\n");
    if (npos) P("    defs = rt_tuple_from_steal(c, av, %d);\n", npos);
    if (nkw) {
        P("    PV kv[%d];\n", 2 * nkw);
        for (int i = 0; i < nkw; i++)
            P("    kv[%d] = ((PTupleObj *)c->k[%d])->items[%d]; PV_INCREF(kv[%d]); kv[%d] = av[%d];\n", 2 * i,
              in->kwconst, i, 2 * i, 2 * i + 1, npos + i);
        P("    kwd = rt_dict_from_steal(c, kv, %d);\n", nkw);
    }
    if (ncl) P("    cls = rt_tuple_from_steal(c, av + %d, %d);\n", npos + nkw, ncl);
    P("    if ((%d && !defs) || (%d && !kwd) || (%d && !cls)) { PV_XDECREF(c, defs); PV_XDECREF(c, kwd); "
      "PV_XDECREF(c, cls); ",
      npos, nkw, ncl);
    cg_on_error(e, in->line);
    P("    }\n    %s = rt_func_new(c, &fd_%d, defs, kwd, cls); }\n", d, 1 + in->imm);
    assign_checked(e, in);
}

static const char *fast_binop(int op) {
    switch (op) {
    case PITH_OP_ADD: return "PV_ADD";
    case PITH_OP_SUB: return "PV_SUB";
    case PITH_OP_MUL: return "PV_MUL";
    default: return NULL;
    }
}

/* C operator and runtime code of the six ordering/equality comparisons. */
static const char *fast_cmp(int op, int *code) {
    switch (op) {
    case FC_LT: *code = PITH_CMP_LT; return "<";
    case FC_LE: *code = PITH_CMP_LE; return "<=";
    case FC_EQ: *code = PITH_CMP_EQ; return "==";
    case FC_NE: *code = PITH_CMP_NE; return "!=";
    case FC_GT: *code = PITH_CMP_GT; return ">";
    case FC_GE: *code = PITH_CMP_GE; return ">=";
    default: return NULL;
    }
}

/* A literal small int in [0, 2**31): arithmetic on it needs one tag test and one bound test. */
static int small_lit(const Emitter *e, int v) {
    return v >= 0 && e->is_ilit && e->is_ilit[v] && e->ilit[v] >= 0 && e->ilit[v] < 0x80000000LL;
}

/* A comparison fused with the branch that consumes it: small ints compare in place, no truth value. */
static int compare_branch(Emitter *e, const IrInstr *in, const IrInstr *br) {
    int code = 0;
    const char *op = fast_cmp(in->sub, &code);
    if (!op) return 0;
    char a[32], b[32];
    snprintf(a, sizeof a, "%s", cg_var(e, in->a));
    snprintf(b, sizeof b, "%s", cg_var(e, in->b));
    if (e->is_ilit[in->b])
        P("    if (%s & 1) {\n", a);
    else if (e->is_ilit[in->a])
        P("    if (%s & 1) {\n", b);
    else
        P("    if (%s & %s & 1) {\n", a, b);
    /* small ints hold no reference: their temps need no release (a stale small int is inert) */
    P("    if ((pi64)%s %s (pi64)%s) goto b%d; else goto b%d; }\n", a, op, b, br->t1, br->t2);
    P("    { PV t_ = rt_compare(c, %d, %s, %s);\n", code, a, b);
    cg_release(e, in->a);
    cg_release(e, in->b);
    P("    if (!t_) ");
    cg_on_error(e, in->line);
    P("    if (t_ == PV_TRUE) goto b%d; else goto b%d; }\n", br->t1, br->t2);
    return 1;
}

/* A comparison as a C truth value in `int r` (-1 on error). */
static void compare_truth(Emitter *e, const IrInstr *in) {
    const char *a = cg_var(e, in->a), *b = cg_var(e, in->b);
    int code = 0;
    const char *fast = fast_cmp(in->sub, &code);
    if (in->state) { /* `in` over an iterator that may wait: a native frame (rt_sm_contains) */
        P("    fr->state = %d;\n", in->state);
        P("    { int rc = rt_sm_contains(c, fr, %s, %s);\n", b, a);
        P("    if (rc == PITH_STEP_ERR) fr->callret = 0; else if (rc != PITH_STEP_CONT) return rc; }\n");
        P("  r_%d:\n", in->state);
        P("    { PV t_ = fr->callret; fr->callret = 0; r = t_ ? t_ == PV_TRUE : -1; }\n");
        if (in->sub == FC_NOT_IN) P("    if (r >= 0) r = !r;\n");
    } else if (fast)
        P("    PV_CMP(c, r, %s, %s, %s, %d);\n", a, b, fast, code);
    else if (in->sub == FC_IN)
        P("    r = rt_contains(c, %s, %s);\n", b, a);
    else if (in->sub == FC_NOT_IN)
        P("    r = rt_contains(c, %s, %s); if (r >= 0) r = !r;\n", b, a);
    else if (in->sub == FC_IS)
        P("    r = %s == %s;\n", a, b);
    else
        P("    r = %s != %s;\n", a, b);
    cg_release(e, in->a);
    cg_release(e, in->b);
    fail_if_negative(e, in->line);
}

static void store_local(Emitter *e, int dst, int src) {
    const char *d = cg_var(e, dst);
    if (cg_is_temp(e, dst)) {
        P("    %s = %s;", d, cg_var(e, src));
        if (cg_is_temp(e, src))
            zero(e, src);
        else
            P(" PV_INCREF(%s);", d);
        P("\n");
        return;
    }
    P("    { PV o = %s; %s = %s;", d, d, cg_var(e, src));
    if (cg_is_temp(e, src))
        zero(e, src);
    else
        P(" PV_INCREF(%s);", d);
    P(" PV_XDECREF(c, o); }\n");
}

/* A call that may suspend (state machines only): store the state, hand over, resume at r_N. */
static void suspend_call(Emitter *e, const IrInstr *in) {
    const IrFunc *callee = in->op == IR_CALL_DIRECT ? e->m->funcs[1 + in->imm] : NULL;
    char kw[32];
    P("    fr->state = %d;\n", in->state);
    if (callee) {
        P("    { PFrame *nf = rt_frame_new(c, &fd_%d); if (!nf) ", 1 + in->imm);
        cg_on_error(e, in->line);
        for (int i = 0; i < in->nargs; i++) P("    nf->s[%d] = %s;\n", i, cg_var(e, in->args[i]));
        args_steal(e, in);
        P("    return rt_frame_push(c, fr, nf); }\n");
    } else if (in->op == IR_CALL_EXT) {
        args_array(e, in, "av");
        P("    { int rc = rt_ext_call(c, fr, %d, av, %d, %s);\n", in->imm, in->nargs, kwnames(e, in, kw, sizeof kw));
        release_args(e, in);
        P("    return rc; }\n");
    } else if (in->op == IR_CALL_EX) { /* f(*args, **kwargs) of an unknown value */
        P("    { int rc = rt_sm_call_ex(c, fr, %s, %s, %s);\n", cg_var(e, in->a), cg_var(e, in->b),
          in->nargs ? cg_var(e, in->args[0]) : "0");
        cg_release(e, in->b);
        release_args(e, in);
        P("    if (rc == PITH_STEP_ERR) fr->callret = 0; else if (rc != PITH_STEP_CONT) return rc; }\n");
    } else if (in->op == IR_YIELD) { /* a generator hands a value to whoever iterates it */
        P("    fr->ret = %s;", cg_var(e, in->a));
        if (cg_is_temp(e, in->a))
            zero(e, in->a);
        else
            P(" PV_INCREF(fr->ret);");
        P("\n    return PITH_STEP_YIELD;\n");
    } else if (in->op == IR_CALL_BUILTIN || in->op == IR_CALL_METHOD) { /* may run as a native frame */
        args_array(e, in, "av");
        if (in->op == IR_CALL_BUILTIN)
            P("    { int rc = rt_sm_call_builtin(c, fr, %d, av, %d, %s);\n", in->imm, in->nargs,
              kwnames(e, in, kw, sizeof kw));
        else
            P("    { int rc = rt_sm_call_method(c, fr, %s, c->k[%d], av, %d, %s);\n", cg_var(e, in->a), in->imm,
              in->nargs, kwnames(e, in, kw, sizeof kw));
        cg_release(e, in->a);
        release_args(e, in);
        P("    if (rc == PITH_STEP_ERR) fr->callret = 0; else if (rc != PITH_STEP_CONT) return rc; }\n");
    } else { /* a call of an unknown value: may run at once (CONT) or push a frame (CALL) */
        args_array(e, in, "av");
        P("    { int rc = rt_sm_call_value(c, fr, %s, av, %d, %s);\n", cg_var(e, in->a), in->nargs,
          kwnames(e, in, kw, sizeof kw));
        cg_release(e, in->a);
        release_args(e, in);
        P("    if (rc == PITH_STEP_ERR) fr->callret = 0; else if (rc != PITH_STEP_CONT) return rc; }\n");
    }
    P("  r_%d:\n", in->state);
    P("    %s = fr->callret; fr->callret = 0;\n", cg_var(e, in->dst));
    assign_checked(e, in);
}

static void call(Emitter *e, const IrInstr *in) {
    char kw[32];
    if (in->state) {
        suspend_call(e, in);
        return;
    }
    const char *d = cg_var(e, in->dst);
    if (in->op == IR_CALL_DIRECT) {
        P("    %s = f_%d(c", d, 1 + in->imm);
        for (int i = 0; i < in->nargs; i++) P(", %s", cg_var(e, in->args[i]));
        P(");\n");
    } else {
        args_array(e, in, "av");
        d = cg_var(e, in->dst);
        if (in->op == IR_CALL_BUILTIN)
            P("    %s = rt_call_builtin(c, %d, av, %d, %s);\n", d, in->imm, in->nargs, kwnames(e, in, kw, sizeof kw));
        else if (in->op == IR_CALL_METHOD)
            P("    %s = rt_call_method(c, %s, c->k[%d], av, %d, %s);\n", d, cg_var(e, in->a), in->imm, in->nargs,
              kwnames(e, in, kw, sizeof kw));
        else if (in->op == IR_CALL_EX)
            P("    %s = rt_call_ex(c, %s, %s, %s);\n", d, cg_var(e, in->a), cg_var(e, in->b),
              in->nargs ? cg_var(e, in->args[0]) : "0");
        else
            P("    %s = rt_call_value(c, %s, av, %d, %s);\n", d, cg_var(e, in->a), in->nargs,
              kwnames(e, in, kw, sizeof kw));
    }
    cg_release(e, in->b);
    cg_release(e, in->a);
    release_args(e, in);
    assign_checked(e, in);
}

static void build(Emitter *e, const IrInstr *in, const char *ctor, int pairs) {
    args_array(e, in, "av");
    args_steal(e, in);
    P("    %s = %s(c, av, %d);\n", cg_var(e, in->dst), ctor, pairs ? in->nargs / 2 : in->nargs);
    assign_checked(e, in);
}

static void binop(Emitter *e, const IrInstr *in) {
    const char *d = cg_var(e, in->dst), *a = cg_var(e, in->a), *b = cg_var(e, in->b);
    const char *fast = fast_binop(in->sub);
    if (in->op == IR_INPLACE && fast)
        P("    if (%s & %s & 1) %s(c, %s, %s, %s); else %s = rt_inplace(c, %d, %s, %s);\n", a, b, fast, d, a, b, d,
          in->sub, a, b);
    else if (in->op == IR_INPLACE)
        P("    %s = rt_inplace(c, %d, %s, %s);\n", d, in->sub, a, b);
    else if ((in->sub == PITH_OP_ADD || in->sub == PITH_OP_SUB) && small_lit(e, in->b))
        P("    %s(c, %s, %s, %s);\n", in->sub == PITH_OP_ADD ? "PV_ADDK" : "PV_SUBK", d, a, b);
    else if (fast)
        P("    %s(c, %s, %s, %s);\n", fast, d, a, b);
    else if (in->sub == PITH_OP_FLOORDIV || in->sub == PITH_OP_MOD)
        P("    %s = %s(c, %s, %s);\n", d, in->sub == PITH_OP_MOD ? "pv_mod" : "pv_floordiv", a, b);
    else
        P("    %s = rt_binop(c, %d, %s, %s);\n", d, in->sub, a, b);
    cg_release(e, in->a);
    cg_release(e, in->b);
    assign_checked(e, in);
}

/* A state machine advances an iterator through the runtime, which may push a generator's or a native frame
 * above this one (FOR_NEXT with a state; yield from's SEND and THROW): resume at r_N and read what it
 * produced. A for loop's step takes the item at once when no frame is needed (rt_sm_next). */
static void sm_for_next(Emitter *e, const IrInstr *in) {
    char it[32], dst[32];
    snprintf(it, sizeof it, "%s", cg_var(e, in->a));
    snprintf(dst, sizeof dst, "%s", cg_var(e, in->dst));
    P("    fr->state = %d;\n", in->state);
    P("    r = rt_sm_next(c, fr, %s, &%s);\n", it, dst);
    P("    if (r == 2) return PITH_STEP_CALL;\n");
    P("    if (0) {\n  r_%d:\n", in->state);
    P("    r = rt_sm_received(c, fr, %s, &%s);\n", it, dst);
    P("    if (r == 0) { PV_XDECREF(c, %s); %s = 0; }\n    }\n", dst, dst);
    P("    if (r < 0) ");
    cg_on_error(e, in->line);
    P("    if (r) goto b%d; else goto b%d;\n", in->t1, in->t2);
}

static void sm_advance(Emitter *e, const IrInstr *in) {
    const char *sent = in->op == IR_SEND ? cg_var(e, in->b) : in->op == IR_THROW ? "0" : "PV_NONE";
    P("    fr->state = %d;\n", in->state);
    P("    { int rc = rt_sm_send(c, fr, %s, %s, %s); if (rc != PITH_STEP_CONT) return rc; }\n", cg_var(e, in->a), sent,
      in->op == IR_THROW ? "PITH_SEND_THROW" : "PITH_SEND_VALUE");
    P("  r_%d:\n", in->state);
    P("    { PV o_ = 0; r = rt_sm_received(c, fr, %s, &o_);\n", cg_var(e, in->a));
    P("    if (r < 0) ");
    cg_on_error(e, in->line);
    if (in->op == IR_FOR_NEXT)
        P("    if (r) %s = o_; else PV_XDECREF(c, o_); }\n", cg_var(e, in->dst));
    else
        P("    PV_XDECREF(c, %s); %s = o_; }\n", cg_var(e, in->dst), cg_var(e, in->dst));
    P("    if (r) goto b%d; else goto b%d;\n", in->t1, in->t2);
}

/* Unpacking, extending (f(*it), [*it]) or slice-assigning from an iterable that may wait (a state
 * machine's suspend point): the runtime first collects it into a list as a native frame
 * (rt_sm_materialize; at most n + 1 items for `a, b = it`, as CPython takes them), then the operation runs
 * on that list. */
static void materialized(Emitter *e, const IrInstr *in) {
    const char *src = in->op == IR_LIST_EXTEND ? cg_var(e, in->b)
                      : in->op == IR_SETITEM   ? cg_var(e, in->args[0])
                                               : cg_var(e, in->a);
    P("    fr->state = %d;\n", in->state);
    P("    { int rc = rt_sm_materialize(c, fr, %s, %d);\n", src, in->op == IR_UNPACK ? in->nargs + 1 : -1);
    P("    if (rc == PITH_STEP_ERR) fr->callret = 0; else if (rc != PITH_STEP_CONT) return rc; }\n");
    P("  r_%d:\n", in->state);
    P("    { PV m_ = fr->callret; fr->callret = 0;\n    if (!m_) ");
    cg_on_error(e, in->line);
    if (in->op == IR_LIST_EXTEND || in->op == IR_SETITEM) {
        if (in->op == IR_LIST_EXTEND)
            P("    r = rt_list_extend(c, %s, m_); PV_DECREF(c, m_);\n", cg_var(e, in->a));
        else
            P("    r = rt_setitem(c, %s, %s, m_); PV_DECREF(c, m_);\n", cg_var(e, in->a), cg_var(e, in->b));
        cg_release(e, in->a);
        cg_release(e, in->b);
        release_args(e, in);
        fail_if_negative(e, in->line);
        P("    }\n");
        return;
    }
    P("    PV out[%d];\n", in->nargs);
    if (in->op == IR_UNPACK)
        P("    r = rt_unpack(c, m_, %d, out);", in->nargs);
    else
        P("    r = rt_unpack_ex(c, m_, %d, %lld, out);", in->imm, (long long)in->ival);
    P(" PV_DECREF(c, m_);\n");
    cg_release(e, in->a);
    fail_if_negative(e, in->line);
    for (int i = 0; i < in->nargs; i++) P("    %s = out[%d];\n", cg_var(e, in->args[i]), i);
    P("    }\n");
}

static void terminator(Emitter *e, const IrInstr *in) {
    if (in->state && in->op == IR_FOR_NEXT) {
        sm_for_next(e, in);
        return;
    }
    if (in->state && (in->op == IR_SEND || in->op == IR_THROW)) {
        sm_advance(e, in);
        return;
    }
    switch (in->op) {
    case IR_JUMP:
        if (in->ival) { /* loop back-edge: burn fuel (time limit) */
            P("    if (--c->fuel < 0 && rt_fuel_out(c)) ");
            cg_on_error(e, in->line);
        }
        P("    goto b%d;\n", in->t1);
        break;
    case IR_BRANCH:
        P("    PV_TRUTH(c, r, %s);\n", cg_var(e, in->a));
        cg_release(e, in->a);
        fail_if_negative(e, in->line);
        P("    if (r) goto b%d; else goto b%d;\n", in->t1, in->t2);
        break;
    case IR_FOR_NEXT:
        P("    r = rt_next(c, %s, &%s);\n", cg_var(e, in->a), cg_var(e, in->dst));
        fail_if_negative(e, in->line);
        P("    if (r) goto b%d; else goto b%d;\n", in->t1, in->t2);
        break;
    case IR_RANGE_NEXT: {
        /* One signed test keeps the counting path as fast as before: a count left is a tagged int above
         * PV_INT(0); no counters (PV_NULL) means the range counts with its iterator (rt_next refuses nothing). */
        char cur[32], cnt[32], step[32];
        snprintf(cur, sizeof cur, "%s", cg_var(e, in->rv[0]));
        snprintf(cnt, sizeof cnt, "%s", cg_var(e, in->rv[1]));
        snprintf(step, sizeof step, "%s", cg_var(e, in->rv[2]));
        P("    if ((long long)%s <= (long long)PV_INT(0)) {\n", cnt);
        P("        if (%s) goto b%d;\n", cnt, in->t2);
        P("        r = rt_next(c, %s, &%s);\n", cg_var(e, in->rv[3]), cg_var(e, in->dst));
        fail_if_negative(e, in->line);
        P("        if (r) goto b%d; else goto b%d;\n    }\n", in->t1, in->t2);
        P("    %s = %s; %s += %s - 1; %s -= 2;\n", cg_var(e, in->dst), cur, cur, step, cnt);
        P("    goto b%d;\n", in->t1);
        break;
    }
    case IR_RETURN:
        P("    ret = %s;", cg_var(e, in->a));
        if (cg_is_temp(e, in->a)) {
            zero(e, in->a);
            P("\n");
        } else
            P(" PV_INCREF(ret);\n");
        P("    goto out;\n");
        break;
    case IR_RAISE:
        if (in->b >= 0)
            P("    rt_raise_from(c, %s, %s);\n", cg_var(e, in->a), cg_var(e, in->b));
        else
            P("    rt_raise(c, %s);\n", cg_var(e, in->a));
        cg_release(e, in->a);
        cg_release(e, in->b);
        P("    ");
        cg_on_error(e, in->line);
        break;
    case IR_RERAISE:
        if (in->a >= 0)
            P("    rt_exc_restore(c, %s); %s = 0;\n", cg_var(e, in->a), cg_var(e, in->a)); /* a hidden local */
        else
            P("    rt_reraise_current(c);\n");
        P("    ");
        cg_on_error(e, 0);
        break;
    case IR_UNWIND:
        P("    ");
        cg_on_error(e, 0);
        break;
    }
}

static int emit_boxed(Emitter *e, const IrInstr *in, const IrInstr *next);

int cg_emit_instr(Emitter *e, const IrInstr *in, const IrInstr *next) {
    int n = cg_float_instr(e, in, next);
    if (n) return n;
    cg_float_box_operands(e, in);
    n = emit_boxed(e, in, next);
    cg_float_unbox_after(e, in);
    return n;
}

/* An instruction over PV operands: the ones that are one runtime call come from rt_calls (default:). */
/* An operation that may call a user dunder that waits on the host (a state machine's suspend point, ir_passes.c:
 * dunder_site): the runtime answers at once, or pushes the dunder's frame (rt_sm_dunder, rt_sm_format); either
 * way the result arrives in callret, read at r_N. */
static void sm_dunder(Emitter *e, const IrInstr *in) {
    static const struct {
        int op;
        const char *du;
    } ops[] = {{IR_ITER, "PITH_DU_ITER"},
               {IR_GETATTR, "PITH_DU_GETATTR"},
               {IR_GETITEM, "PITH_DU_GETITEM"},
               {IR_NOT, "PITH_DU_TRUTH"},
               {IR_BRANCH, "PITH_DU_TRUTH"}};
    P("    fr->state = %d;\n", in->state);
    if (in->op == IR_FORMAT) {
        P("    { int rc = rt_sm_format(c, fr, %s, %d, %s);\n", cg_var(e, in->a), in->sub,
          in->b >= 0 ? cg_var(e, in->b) : "0");
    } else {
        const char *du = "PITH_DU_TRUTH";
        for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
            if (ops[i].op == in->op) du = ops[i].du;
        const char *arg = in->op == IR_GETATTR ? NULL : in->op == IR_GETITEM ? cg_var(e, in->b) : "0";
        char name[32];
        if (!arg) {
            snprintf(name, sizeof name, "c->k[%d]", in->imm);
            arg = name;
        }
        P("    { int rc = rt_sm_dunder(c, fr, %s, %s, %s);\n", du, cg_var(e, in->a), arg);
    }
    cg_release(e, in->a);
    cg_release(e, in->b);
    P("    if (rc == PITH_STEP_ERR) fr->callret = 0; else if (rc != PITH_STEP_CONT) return rc; }\n");
    P("  r_%d:\n", in->state);
    P("    { PV v_ = fr->callret; fr->callret = 0;\n    if (!v_) ");
    cg_on_error(e, in->line);
    if (in->op == IR_BRANCH)
        P("    if (v_ == PV_TRUE) goto b%d; else goto b%d; }\n", in->t1, in->t2);
    else if (in->op == IR_NOT)
        P("    %s = PV_BOOL(v_ != PV_TRUE); }\n", cg_var(e, in->dst));
    else if (in->op == IR_ITER)
        P("    PV_XDECREF(c, %s); %s = v_; }\n", cg_var(e, in->dst), cg_var(e, in->dst));
    else
        P("    %s = v_; }\n", cg_var(e, in->dst));
}

static int emit_boxed(Emitter *e, const IrInstr *in, const IrInstr *next) {
    if (in->state && (in->op == IR_ITER || in->op == IR_GETATTR || in->op == IR_GETITEM || in->op == IR_NOT ||
                      in->op == IR_BRANCH || in->op == IR_FORMAT)) {
        sm_dunder(e, in);
        return 1;
    }
    if (ir_is_terminator(in->op)) {
        terminator(e, in);
        return 1;
    }
    char d[32] = "";
    if (in->dst >= 0) snprintf(d, sizeof d, "%s", cg_var(e, in->dst));
    switch (in->op) {
    case IR_INT:
        if (!e->lit[in->dst]) P("    %s = PV_INT(%lldLL);\n", d, (long long)in->ival);
        break;
    case IR_CONST: P("    %s = c->k[%d]; PV_INCREF(%s);\n", d, in->imm, d); break;
    case IR_NONE:
    case IR_TRUE:
    case IR_FALSE:
        if (!e->lit[in->dst])
            P("    %s = %s;\n", d, in->op == IR_NONE ? "PV_NONE" : in->op == IR_TRUE ? "PV_TRUE" : "PV_FALSE");
        break;
    case IR_COPY: store_local(e, in->dst, in->a); break;
    case IR_MOVE: P("    %s = %s; %s = 0;\n", d, cg_var(e, in->a), cg_var(e, in->a)); break;
    case IR_CLEAR:
        if (!(e->lit && e->lit[in->a])) P("    PV_XDECREF(c, %s); %s = 0;\n", cg_var(e, in->a), cg_var(e, in->a));
        break;
    case IR_LOAD_GLOBAL:
        P("    %s = c->g[%d]; if (!%s) { rt_err_global(c, %d); ", d, in->imm, d, in->imm);
        cg_on_error(e, in->line);
        P("    } PV_INCREF(%s);\n", d);
        break;
    case IR_STORE_GLOBAL:
        P("    { PV o = c->g[%d]; c->g[%d] = %s;", in->imm, in->imm, cg_var(e, in->a));
        if (cg_is_temp(e, in->a))
            zero(e, in->a);
        else
            P(" PV_INCREF(c->g[%d]);", in->imm);
        P(" PV_XDECREF(c, o); }\n");
        break;
    case IR_DEL_GLOBAL:
        if (in->ival)
            P("    PV_XDECREF(c, c->g[%d]); c->g[%d] = 0;\n", in->imm, in->imm);
        else {
            P("    if (!c->g[%d]) { rt_err_global(c, %d); ", in->imm, in->imm);
            cg_on_error(e, in->line);
            P("    } PV_DECREF(c, c->g[%d]); c->g[%d] = 0;\n", in->imm, in->imm);
        }
        break;
    case IR_CHECK_GLOBAL:
        P("    if (!c->g[%d]) { rt_err_global(c, %d); ", in->imm, in->imm);
        cg_on_error(e, in->line);
        P("    }\n");
        break;
    case IR_DEFAULT:
        P("    %s = rt_func_default(c, c->g[%d], %lld);\n", d, in->imm, (long long)in->ival);
        P("    if (!%s) ", d);
        cg_on_error(e, in->line);
        P("    PV_INCREF(%s);\n", d);
        break;
    case IR_CHECK_BOUND:
    case IR_DEL_LOCAL:
        P("    if (!%s) { rt_err_unbound_local(c, c->k[%d]); ", cg_var(e, in->a), in->imm);
        cg_on_error(e, in->line);
        P("    }\n");
        if (in->op == IR_DEL_LOCAL) P("    PV_DECREF(c, %s); %s = 0;\n", cg_var(e, in->a), cg_var(e, in->a));
        break;
    case IR_BINOP:
    case IR_INPLACE: binop(e, in); break;
    case IR_NOT:
        P("    PV_TRUTH(c, r, %s);\n", cg_var(e, in->a));
        cg_release(e, in->a);
        fail_if_negative(e, in->line);
        P("    %s = PV_BOOL(!r);\n", cg_var(e, in->dst));
        break;
    case IR_COMPARE:
        if (next && next->op == IR_BRANCH && next->a == in->dst && cg_is_temp(e, in->dst) && !next->state &&
            compare_branch(e, in, next))
            return 2;
        compare_truth(e, in);
        if (next && next->op == IR_BRANCH && next->a == in->dst && cg_is_temp(e, in->dst) && !next->state) {
            P("    if (r) goto b%d; else goto b%d;\n", next->t1, next->t2); /* fused compare + branch */
            return 2;
        }
        P("    %s = PV_BOOL(r);\n", cg_var(e, in->dst));
        break;
    case IR_BUILD_LIST: build(e, in, "rt_list_from_steal", 0); break;
    case IR_BUILD_TUPLE: build(e, in, "rt_tuple_from_steal", 0); break;
    case IR_BUILD_DICT: build(e, in, "rt_dict_from_steal", 1); break;
    case IR_BUILD_SET: build(e, in, "rt_set_from_steal", 0); break;
    case IR_UNPACK:
        if (in->state) {
            materialized(e, in);
            break;
        }
        P("    { PV out[%d];\n", in->nargs);
        P("    r = rt_unpack(c, %s, %d, out);\n", cg_var(e, in->a), in->nargs);
        cg_release(e, in->a);
        fail_if_negative(e, in->line);
        for (int i = 0; i < in->nargs; i++) P("    %s = out[%d];\n", cg_var(e, in->args[i]), i);
        P("    }\n");
        break;
    case IR_ITER:
        P("    { PV it = rt_iter(c, %s);\n", cg_var(e, in->a));
        cg_release(e, in->a);
        P("    if (!it) ");
        cg_on_error(e, in->line);
        P("    PV_XDECREF(c, %s); %s = it; }\n", d, cg_var(e, in->dst));
        break;
    case IR_RANGE_INIT:
        args_array(e, in, "av");
        P("    { PV rr[4]; r = rt_range_prepare(c, av, %d, rr);\n", in->nargs);
        release_args(e, in);
        fail_if_negative(e, in->line);
        for (int i = 0; i < 3; i++) P("    %s = rr[%d];\n", cg_var(e, in->rv[i]), i);
        P("    PV_XDECREF(c, %s); %s = rr[3];\n", cg_var(e, in->rv[3]), cg_var(e, in->rv[3]));
        P("    }\n");
        break;
    case IR_MAKE_FUNC: make_func(e, in, d); break;
    case IR_CALL_DIRECT:
    case IR_CALL_BUILTIN:
    case IR_CALL_VALUE:
    case IR_CALL_METHOD:
    case IR_CALL_EX:
    case IR_YIELD:
    case IR_CALL_EXT: call(e, in); break;
    case IR_MAKE_CELL:
        P("    { PV cl_ = rt_cell_new(c, %s); if (!cl_) ", in->a >= 0 ? cg_var(e, in->a) : "0");
        cg_on_error(e, in->line);
        P("    PV_XDECREF(c, %s); %s = cl_; }\n", d, d);
        break;
    case IR_LOAD_CELL:
        P("    %s = ((PCellObj *)%s)->v; if (!%s) { rt_err_unbound_local(c, c->k[%d]); ", d, cg_var(e, in->a), d,
          in->imm);
        cg_on_error(e, in->line);
        P("    } PV_INCREF(%s);\n", d);
        break;
    case IR_LOAD_FREE:
        P("    %s = PV_CELL(%s, %d)->v; if (!%s) { rt_err_free_unbound(c, c->k[%lld]); ", d, closure(e), in->imm, d,
          (long long)in->ival);
        cg_on_error(e, in->line);
        P("    } PV_INCREF(%s);\n", d);
        break;
    case IR_STORE_CELL:
    case IR_STORE_FREE: {
        int src = in->op == IR_STORE_CELL ? in->b : in->a;
        if (in->op == IR_STORE_CELL)
            P("    { PCellObj *cl_ = (PCellObj *)%s;", cg_var(e, in->a));
        else
            P("    { PCellObj *cl_ = PV_CELL(%s, %d);", closure(e), in->imm);
        P(" PV o = cl_->v; cl_->v = %s;", cg_var(e, src));
        if (cg_is_temp(e, src))
            zero(e, src);
        else
            P(" PV_INCREF(cl_->v);");
        P(" PV_XDECREF(c, o); }\n");
        break;
    }
    case IR_CELL_REF: P("    %s = %s; PV_INCREF(%s);\n", d, cg_var(e, in->a), d); break;
    case IR_FREE_REF: P("    %s = ((PTupleObj *)%s)->items[%d]; PV_INCREF(%s);\n", d, closure(e), in->imm, d); break;
    case IR_UNPACK_EX:
        if (in->state) {
            materialized(e, in);
            break;
        }
        P("    { PV out[%d];\n    r = rt_unpack_ex(c, %s, %d, %lld, out);\n", in->nargs, cg_var(e, in->a), in->imm,
          (long long)in->ival);
        cg_release(e, in->a);
        fail_if_negative(e, in->line);
        for (int i = 0; i < in->nargs; i++) P("    %s = out[%d];\n", cg_var(e, in->args[i]), i);
        P("    }\n");
        break;
    case IR_CLASS_NS:
        args_array(e, in, "av");
        P("    %s = rt_class_ns(c, c->k[%d], av, %d);\n", d, in->kwconst, in->nargs);
        assign_checked(e, in);
        break;
    case IR_CONCAT:
        args_array(e, in, "av");
        args_steal(e, in);
        P("    %s = rt_str_concat_steal(c, av, %d);\n", d, in->nargs);
        assign_checked(e, in);
        break;
    case IR_GENEXP:
        P("    { PFrame *nf = rt_frame_new(c, &fd_%d); if (!nf) ", 1 + in->imm);
        cg_on_error(e, in->line);
        P("    nf->s[0] = %s;", cg_var(e, in->args[0]));
        if (cg_is_temp(e, in->args[0]))
            zero(e, in->args[0]);
        else
            P(" PV_INCREF(nf->s[0]);");
        P("\n");
        if (in->nargs > 1) {
            P("    { PV cells[%d] = {", in->nargs - 1);
            for (int i = 1; i < in->nargs; i++) P("%s%s", i > 1 ? ", " : "", cg_var(e, in->args[i]));
            P("};\n");
            for (int i = 1; i < in->nargs; i++)
                if (cg_is_temp(e, in->args[i])) {
                    zero(e, in->args[i]);
                    P("\n");
                } else
                    P("    PV_INCREF(%s);\n", cg_var(e, in->args[i]));
            P("    nf->closure = rt_tuple_from_steal(c, cells, %d); }\n", in->nargs - 1);
            P("    if (!nf->closure) { PV_DECREF(c, (PV)nf); ");
            cg_on_error(e, in->line);
            P("    }\n");
        }
        P("    %s = rt_gen_new(c, nf); }\n", d);
        assign_checked(e, in);
        break;
    case IR_EXC_MATCH:
        rt_call(e, in);
        if (next && next->op == IR_BRANCH && next->a == in->dst) {
            P("    if (r) goto b%d; else goto b%d;\n", next->t1, next->t2);
            return 2;
        }
        P("    %s = PV_BOOL(r);\n", cg_var(e, in->dst));
        break;
    case IR_EXC_BEGIN: {
        char prev[32];
        snprintf(prev, sizeof prev, "%s", cg_var(e, in->b));
        P("    PV_XDECREF(c, %s); %s = rt_exc_current(c); if (%s) PV_INCREF(%s);\n", prev, prev, prev, prev);
        P("    PV_XDECREF(c, %s); %s = rt_exc_fetch(c);\n", d, cg_var(e, in->dst));
        P("    rt_exc_set_handled(c, %s);\n", cg_var(e, in->dst));
        break;
    }
    case IR_EXC_END:
        P("    rt_exc_set_handled(c, %s); PV_XDECREF(c, %s); %s = 0;\n", cg_var(e, in->a), cg_var(e, in->a),
          cg_var(e, in->a));
        break;
    case IR_ASSERT_FAIL:
        P("    rt_assert_fail(c, %s);\n", in->a >= 0 ? cg_var(e, in->a) : "0");
        cg_release(e, in->a);
        P("    ");
        cg_on_error(e, in->line);
        break;
    default:
        if ((in->op == IR_LIST_EXTEND || in->op == IR_SETITEM) && in->state)
            materialized(e, in);
        else if (rt_calls[in->op].fn)
            rt_call(e, in);
        else
            P("#error pith cannot emit IR instruction %s\n", ir_op_name(in->op)); /* refused by the C compiler */
    }
    return 1;
}
