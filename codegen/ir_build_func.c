/* ir_build_func.c — lowering of function definitions: def (at any depth) and lambda make a function object
 * with its defaults, keyword-only defaults and closure; decorators apply bottom-up; captured variables live in
 * cells made at function entry. Stage: codegen. Symbol kinds and closure order come from fe_scope.c
 * (frontend/ast.h: SYM_CELL index = local slot, SYM_FREE index = position in the scope's frees[]). */
#include <stdlib.h>
#include <string.h>

#include "ir_builder.h"

/* The def a variable can only ever hold (bound once, by an undecorated def), or -1. Cells are excluded:
 * an inner function may rebind them (nonlocal). Used only to keep callers of non-waiting functions direct. */
int bd_known_def(Builder *b, const FeSym *s) {
    if (!s || (s->kind != SYM_LOCAL && s->kind != SYM_GLOBAL) || s->nassign != 1) return -1;
    for (int i = 0; i < b->m->fe->ndefs; i++) {
        const FeNode *d = b->m->fe->defs[i];
        if (d->kind == S_DEF && d->u.def.sym == s && d->u.def.decorators.n == 0) return d->u.def.id;
    }
    return -1;
}

/* At function entry: every captured local becomes a cell (a captured parameter keeps its value). */
void bd_make_cells(Builder *b, const FeScope *scope, int line) {
    for (int i = 0; i < scope->nsyms; i++) {
        const FeSym *s = scope->syms[i];
        if (s->kind != SYM_CELL) continue;
        int v = bd_local_var(b, s);
        IrInstr *in = bd_emit(b, IR_MAKE_CELL, line);
        in->dst = v;
        in->a = s->is_param ? v : -1;
    }
}

/* The cell objects an inner function closes over, in its frees[] order, as new temps. */
int *bd_closure_cells(Builder *b, const FeScope *inner, int line) {
    int *cells = bd_args(b, inner->nfrees);
    for (int i = 0; cells && i < inner->nfrees; i++) {
        const FeSym *outer = inner->frees[i]->outer;
        int t = bd_temp(b, FT_ANY);
        IrInstr *in;
        if (outer && outer->kind == SYM_CELL) {
            in = bd_emit(b, IR_CELL_REF, line);
            in->a = bd_local_var(b, outer);
        } else if (outer && outer->kind == SYM_FREE) {
            in = bd_emit(b, IR_FREE_REF, line);
            in->imm = outer->index;
        } else {
            bd_fail(b, NULL, "internal error: a free variable without an enclosing cell");
            return cells;
        }
        in->dst = t;
        cells[i] = t;
    }
    return cells;
}

/* A function object for a def or lambda node, in a new temp. Defaults are evaluated here, at def time. */
int bd_make_function(Builder *b, const FeNode *def) {
    int line = def->span.line, npos = 0, nkw = 0;
    const FeParam *ps = def->u.def.params;
    for (int i = 0; i < def->u.def.nparams; i++) {
        if (!ps[i].default_) continue;
        if (ps[i].kind == FP_KWONLY)
            nkw++;
        else
            npos++;
    }
    const FeScope *inner = def->u.def.scope;
    int ncl = inner ? inner->nfrees : 0, n = npos + nkw + ncl, k = 0;
    int *args = bd_args(b, n);
    const char *kwnames[256];
    if (nkw > 256) {
        bd_fail(b, def, "too many keyword-only parameters");
        return 0;
    }
    for (int i = 0; args && i < def->u.def.nparams; i++)
        if (ps[i].default_ && ps[i].kind != FP_KWONLY) args[k++] = bd_expr(b, ps[i].default_);
    for (int i = 0, j = 0; args && i < def->u.def.nparams; i++)
        if (ps[i].default_ && ps[i].kind == FP_KWONLY) {
            kwnames[j++] = ps[i].name;
            args[k++] = bd_expr(b, ps[i].default_);
        }
    int *cells = ncl ? bd_closure_cells(b, inner, line) : NULL;
    for (int i = 0; args && cells && i < ncl; i++) args[k++] = cells[i];
    free(cells);
    int f = bd_temp(b, FT_FUNC);
    IrInstr *in = bd_emit(b, IR_MAKE_FUNC, line);
    in->dst = f;
    in->imm = def->u.def.id;
    in->args = args;
    in->nargs = n;
    in->nkw = nkw;
    in->ival = ncl;
    if (nkw) in->kwconst = ir_const_kwnames(b->m, kwnames, nkw);
    return f;
}

/* def statement: decorators are evaluated first (top to bottom), applied last (bottom to top). */
int bd_def_value(Builder *b, const FeNode *def) {
    int line = def->span.line, nd = def->u.def.decorators.n;
    int *decs = bd_args(b, nd);
    for (int i = 0; decs && i < nd; i++) {
        int h = bd_hidden(b, "%decorator");
        bd_note_nowait_decorator(b, def, def->u.def.decorators.items[i]);
        int v = bd_expr(b, def->u.def.decorators.items[i]);
        IrInstr *in = bd_emit(b, IR_COPY, line);
        in->dst = h;
        in->a = v;
        decs[i] = h;
    }
    int f = bd_make_function(b, def);
    for (int i = nd - 1; decs && i >= 0; i--) {
        int d = bd_temp(b, FT_ANY);
        IrInstr *in = bd_emit(b, IR_CALL_VALUE, line);
        in->dst = d;
        in->a = decs[i];
        in->imm = -1;
        in->args = bd_args(b, 1);
        if (in->args) in->args[0] = f;
        in->nargs = 1;
        in = bd_emit(b, IR_CLEAR, line);
        in->a = decs[i];
        f = d;
    }
    free(decs);
    return f;
}
