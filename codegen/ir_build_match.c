/* ir_build_match.c — lowers `match` statements (PEP 634) to IR: tests and branches, no interpreter.
 * Stage: codegen (called from ir_build_stmt.c's statement switch). The AST is frontend/ast_match.h.
 *
 * The subject is evaluated once into a hidden local. Each case's pattern becomes a chain of tests that jump
 * to the case's `fail` block on the first mismatch: literals and value patterns are ordinary == / `is`
 * comparisons, sequence/mapping/class patterns one runtime test each (runtime/values/rt_match.c, the same
 * steps as CPython's pattern opcodes) followed by subscripts of what they extracted. Sub-subjects and
 * captured values live in hidden locals, so a host call in a guard or a body (which makes the function a
 * state machine) finds them in the frame. As in CPython 3.11, names are bound only once the whole pattern
 * matched, before the guard runs (a failing guard leaves them bound). */
#include <stdlib.h>
#include <string.h>

#include "ir_builder.h"
#include "pith_abi.h"

/* One name a case's pattern binds: the hidden local that holds its value until the pattern has matched
 * (the alternatives of an or-pattern share it). */
typedef struct Capture {
    const FeNode *target; /* an E_NAME */
    int var;
} Capture;

typedef struct CaseCx {
    Capture *caps;
    int ncaps, capcap;
    int *hidden; /* every hidden local the case used, cleared when it is over */
    int nhidden, hcap;
} CaseCx;

static int remember(Builder *b, CaseCx *cx, int v) {
    if (cx->nhidden == cx->hcap) {
        int n = cx->hcap ? 2 * cx->hcap : 8;
        int *h = realloc(cx->hidden, sizeof *h * (size_t)n);
        if (!h) {
            b->oom = 1;
            return v;
        }
        cx->hidden = h;
        cx->hcap = n;
    }
    cx->hidden[cx->nhidden++] = v;
    return v;
}

/* A temp moved into a new hidden local of the case (sub-subjects are read more than once). */
static int to_hidden(Builder *b, CaseCx *cx, int v, int line) {
    int h = remember(b, cx, bd_hidden(b, "%pat"));
    IrInstr *in = bd_emit(b, IR_COPY, line);
    in->dst = h;
    in->a = v;
    return h;
}

static int capture_var(Builder *b, CaseCx *cx, const FeNode *target) {
    for (int i = 0; i < cx->ncaps; i++)
        if (!strcmp(cx->caps[i].target->u.name.id, target->u.name.id)) return cx->caps[i].var;
    if (cx->ncaps == cx->capcap) {
        int n = cx->capcap ? 2 * cx->capcap : 8;
        Capture *c = realloc(cx->caps, sizeof *c * (size_t)n);
        if (!c) {
            b->oom = 1;
            return 0;
        }
        cx->caps = c;
        cx->capcap = n;
    }
    int v = remember(b, cx, bd_hidden(b, "%capture"));
    cx->caps[cx->ncaps++] = (Capture){target, v};
    return v;
}

static void capture(Builder *b, CaseCx *cx, const FeNode *target, int v, int line) {
    IrInstr *in = bd_emit(b, IR_COPY, line);
    in->dst = capture_var(b, cx, target);
    in->a = v;
}

/* Continue when the bool temp cond is true, else go to fail. */
static void require(Builder *b, int cond, int fail, int line) {
    int ok = bd_block(b);
    IrInstr *br = bd_emit(b, IR_BRANCH, line);
    br->a = cond;
    br->t1 = ok;
    br->t2 = fail;
    bd_enter(b, ok);
}

/* dst (a new temp, in *d) = op a: the instruction, to fill in before the next one is emitted. */
static IrInstr *emit_value(Builder *b, int op, int a, int line, int *d) {
    *d = bd_temp(b, FT_ANY);
    IrInstr *in = bd_emit(b, op, line);
    in->dst = *d;
    in->a = a;
    return in;
}

/* Continue when the hidden local v is not None (an extraction that found its values), else go to fail. */
static void require_not_none(Builder *b, int v, int fail, int line) {
    int none = bd_temp(b, FT_NONE), t = bd_temp(b, FT_BOOL);
    bd_emit(b, IR_NONE, line)->dst = none;
    IrInstr *in = bd_emit(b, IR_COMPARE, line);
    in->dst = t;
    in->a = v;
    in->b = none;
    in->sub = FC_IS_NOT;
    require(b, t, fail, line);
}

/* obj[i] for a small int i, in a new hidden local. */
static int item(Builder *b, CaseCx *cx, int obj, int i, int line) {
    int k = bd_temp(b, FT_INT), d;
    IrInstr *in = bd_emit(b, IR_INT, line);
    in->dst = k;
    in->ival = i;
    emit_value(b, IR_GETITEM, obj, line, &d)->b = k;
    return to_hidden(b, cx, d, line);
}

static void pattern(Builder *b, CaseCx *cx, const FePattern *q, int subj, int fail);

/* Sub-pattern i of what an extraction returned (a tuple in the hidden local from), unless a wildcard. */
static void sub_patterns(Builder *b, CaseCx *cx, const FePattern *q, int from, int fail) {
    for (int i = 0; i < q->n && !b->failed && !b->oom; i++)
        if (!fe_pat_is_wildcard(q->items[i]))
            pattern(b, cx, q->items[i], item(b, cx, from, i, q->items[i]->span.line), fail);
}

static void sequence(Builder *b, CaseCx *cx, const FePattern *q, int subj, int fail) {
    int line = q->span.line, n = q->n, star = -1;
    for (int i = 0; i < n; i++)
        if (q->items[i]->kind == PT_STAR) star = i;
    int t = bd_temp(b, FT_BOOL);
    IrInstr *in = bd_emit(b, IR_MATCH_SEQ, line);
    in->dst = t;
    in->a = subj;
    in->imm = star < 0 ? n : n - 1;
    in->sub = star >= 0;
    require(b, t, fail, line);
    for (int i = 0; i < n && !b->failed && !b->oom; i++) {
        const FePattern *it = q->items[i];
        if (it->kind == PT_STAR) {
            if (!it->target) continue;
            int rest;
            in = emit_value(b, IR_MATCH_STAR, subj, it->span.line, &rest);
            in->imm = i;
            in->sub = (uint16_t)(n - i - 1);
            capture(b, cx, it->target, rest, it->span.line);
        } else if (!fe_pat_is_wildcard(it)) {
            int idx = star < 0 || i < star ? i : i - n; /* after the star: counted from the end */
            pattern(b, cx, it, item(b, cx, subj, idx, it->span.line), fail);
        }
    }
}

static void mapping(Builder *b, CaseCx *cx, const FePattern *q, int subj, int fail) {
    int line = q->span.line, n = q->n;
    int t = bd_temp(b, FT_BOOL);
    IrInstr *in = bd_emit(b, IR_MATCH_MAP, line);
    in->dst = t;
    in->a = subj;
    in->imm = n;
    require(b, t, fail, line);
    if (n == 0 && !q->target) return;
    int *keys = bd_args(b, n);
    if (!keys) return;
    for (int i = 0; i < n; i++) keys[i] = bd_own(b, bd_expr(b, q->keys[i]), line);
    int kt = bd_temp(b, FT_TUPLE);
    in = bd_emit(b, IR_BUILD_TUPLE, line);
    in->dst = kt;
    in->args = keys;
    in->nargs = n;
    int kh = to_hidden(b, cx, kt, line);
    if (n) {
        int vals;
        emit_value(b, IR_MATCH_KEYS, subj, line, &vals)->b = kh;
        int vh = to_hidden(b, cx, vals, line);
        require_not_none(b, vh, fail, line);
        sub_patterns(b, cx, q, vh, fail);
    }
    if (q->target && !b->failed && !b->oom) {
        int rest;
        emit_value(b, IR_MATCH_REST, subj, line, &rest)->b = kh;
        capture(b, cx, q->target, rest, line);
    }
}

static void class_pattern(Builder *b, CaseCx *cx, const FePattern *q, int subj, int fail) {
    int line = q->span.line, npos = q->n - q->nkw, kw = -1;
    int cls = bd_expr(b, q->value);
    if (q->nkw) {
        int k = ir_const_kwnames(b->m, q->kwnames, q->nkw);
        if (k < 0) {
            b->oom = 1;
            return;
        }
        kw = bd_temp(b, FT_TUPLE);
        IrInstr *in = bd_emit(b, IR_CONST, line);
        in->dst = kw;
        in->imm = k;
    }
    int r;
    IrInstr *in = emit_value(b, IR_MATCH_CLASS, subj, line, &r);
    in->b = cls;
    in->sub = (uint16_t)npos;
    if (kw >= 0) {
        in->args = bd_args(b, 1);
        if (in->args) in->args[0] = kw;
        in->nargs = 1;
    }
    int rh = to_hidden(b, cx, r, line);
    require_not_none(b, rh, fail, line);
    sub_patterns(b, cx, q, rh, fail);
}

/* Alternatives in order: the first that matches wins; each failure tries the next one. */
static void or_pattern(Builder *b, CaseCx *cx, const FePattern *q, int subj, int fail) {
    int ok = bd_block(b);
    for (int i = 0; i < q->n && !b->failed && !b->oom; i++) {
        int next = i == q->n - 1 ? fail : bd_block(b);
        pattern(b, cx, q->items[i], subj, next);
        bd_jump(b, ok, q->items[i]->span.line);
        if (next != fail) bd_enter(b, next);
    }
    bd_enter(b, ok);
}

/* Lower pattern q against the value in the local subj: fall through on a match, jump to fail otherwise. */
static void pattern(Builder *b, CaseCx *cx, const FePattern *q, int subj, int fail) {
    if (b->failed || b->oom) return;
    if (++b->depth > BD_MAX_DEPTH) {
        bd_fail(b, NULL, "pattern nested too deeply");
        return;
    }
    int line = q->span.line;
    switch (q->kind) {
    case PT_AS:
        if (q->pattern) pattern(b, cx, q->pattern, subj, fail);
        if (q->target) capture(b, cx, q->target, subj, line);
        break;
    case PT_VALUE:
    case PT_SINGLETON: {
        int v = bd_expr(b, q->value), t = bd_temp(b, FT_BOOL);
        IrInstr *in = bd_emit(b, IR_COMPARE, line);
        in->dst = t;
        in->a = subj;
        in->b = v;
        in->sub = q->kind == PT_VALUE ? FC_EQ : FC_IS;
        require(b, t, fail, line);
        break;
    }
    case PT_SEQUENCE: sequence(b, cx, q, subj, fail); break;
    case PT_MAPPING: mapping(b, cx, q, subj, fail); break;
    case PT_CLASS: class_pattern(b, cx, q, subj, fail); break;
    case PT_OR: or_pattern(b, cx, q, subj, fail); break;
    case PT_STAR: bd_fail(b, NULL, "a star pattern outside a sequence pattern"); break;
    }
    b->depth--;
}

static void clear_all(Builder *b, const CaseCx *cx, int line) {
    for (int i = 0; i < cx->nhidden; i++) bd_emit(b, IR_CLEAR, line)->a = cx->hidden[i];
}

void bd_match(Builder *b, const FeNode *s) {
    int line = s->span.line, end = bd_block(b);
    int subj = bd_hidden(b, "%subject"), v = bd_own(b, bd_expr(b, s->u.match.subject), line);
    IrInstr *in = bd_emit(b, IR_COPY, line);
    in->dst = subj;
    in->a = v;
    for (int i = 0; i < s->u.match.ncases && !b->failed && !b->oom; i++) {
        const FeMatchCase *mc = &s->u.match.cases[i];
        int cline = mc->pattern->span.line, fail = bd_block(b), body = bd_block(b);
        CaseCx cx = {0};
        pattern(b, &cx, mc->pattern, subj, fail);
        for (int k = 0; k < cx.ncaps; k++) { /* matched: bind the names, then ask the guard */
            int t;
            emit_value(b, IR_MOVE, cx.caps[k].var, cline, &t);
            bd_store(b, cx.caps[k].target, t, cline);
        }
        clear_all(b, &cx, cline);
        if (mc->guard) require(b, bd_expr(b, mc->guard), fail, mc->guard->span.line);
        bd_jump(b, body, cline);
        bd_enter(b, body);
        bd_emit(b, IR_CLEAR, cline)->a = subj;
        bd_stmts(b, &mc->body);
        bd_jump(b, end, cline);
        bd_enter(b, fail); /* a partial match may have filled some of the case's locals */
        clear_all(b, &cx, cline);
        free(cx.caps);
        free(cx.hidden);
    }
    bd_emit(b, IR_CLEAR, line)->a = subj;
    bd_jump(b, end, line);
    bd_enter(b, end);
}
