/* ir_print.c — the printable form of the IR (`pith emit-ir`): one line per instruction.
 * Stage: codegen. Format: "  %dst = op.sub %a, %b [args] {imm/const} -> targets  ; line N". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir.h"
#include "pith_buf.h"
#include "pith_modules.h"

#define put pith_buf_printf

static void var(PithBuf *b, const IrFunc *f, int v) {
    if (v < 0) return;
    const IrVar *x = &f->vars[v];
    if (x->kind == IV_TEMP)
        put(b, "t%d", v);
    else if (x->name && x->name[0] == '%')
        put(b, "%s%d", x->name, v);
    else
        put(b, "%s", x->name ? x->name : "?");
}

static const char *type_name(FeType t) {
    static const char *const names[] = {"any",  "int",  "float", "bool", "str",
                                        "None", "list", "tuple", "dict", "function"};
    return t >= 0 && (size_t)t < sizeof names / sizeof names[0] ? names[t] : "?";
}

static void const_text(PithBuf *b, const IrModule *m, int k) {
    if (k < 0 || k >= m->nconsts) {
        put(b, "k?");
        return;
    }
    const IrConst *c = &m->consts[k];
    put(b, "k%d=", k);
    if (c->kind == IK_KWNAMES) {
        put(b, "kw(");
        for (int i = 0; i < c->nnames; i++) put(b, "%s%s", i ? "," : "", c->names[i]);
        put(b, ")");
        return;
    }
    put(b, c->kind == IK_BYTES ? "b\"" : c->kind == IK_BIGINT ? "" : "\"");
    for (size_t i = 0; i < c->len && i < 40; i++) {
        unsigned char ch = (unsigned char)c->data[i];
        if (ch >= 32 && ch < 127 && ch != '"' && ch != '\\')
            put(b, "%c", ch);
        else
            put(b, "\\x%02x", ch);
    }
    put(b, c->len > 40 ? "...\"" : c->kind == IK_BIGINT ? "" : "\"");
}

static void instr(PithBuf *b, const IrModule *m, const IrFunc *f, const IrInstr *in) {
    put(b, "    ");
    if (in->dst >= 0) {
        var(b, f, in->dst);
        put(b, " = ");
    }
    put(b, "%s", ir_op_name(in->op));
    if (in->op == IR_BINOP || in->op == IR_INPLACE || in->op == IR_UNOP || in->op == IR_COMPARE) put(b, ".%d", in->sub);
    if (in->a >= 0) {
        put(b, " ");
        var(b, f, in->a);
    }
    if (in->b >= 0) {
        put(b, ", ");
        var(b, f, in->b);
    }
    if (in->nargs) {
        put(b, " (");
        for (int i = 0; i < in->nargs; i++) {
            put(b, i ? ", " : "");
            var(b, f, in->args[i]);
        }
        put(b, ")");
    }
    if (in->rv[0] >= 0) {
        put(b, " [");
        for (int i = 0; i < 4; i++) {
            put(b, i ? ", " : "");
            var(b, f, in->rv[i]);
        }
        put(b, "]");
    }
    switch (in->op) {
    case IR_INT: put(b, " %lld", (long long)in->ival); break;
    case IR_FLOAT: put(b, " %.17g", in->fval); break;
    case IR_CONST:
    case IR_GETATTR:
    case IR_SETATTR:
    case IR_CALL_METHOD:
    case IR_CHECK_BOUND:
    case IR_DEL_LOCAL:
        put(b, " ");
        const_text(b, m, in->imm);
        break;
    case IR_LOAD_GLOBAL:
    case IR_STORE_GLOBAL:
    case IR_DEL_GLOBAL:
    case IR_CHECK_GLOBAL: put(b, " g%d(%s)", in->imm, m->global_names[in->imm]); break;
    case IR_DEFAULT: put(b, " g%d(%s)#%lld", in->imm, m->global_names[in->imm], (long long)in->ival); break;
    case IR_BUILTIN:
    case IR_CALL_BUILTIN: put(b, " builtin#%d", in->imm); break;
    case IR_CALL_DIRECT:
    case IR_MAKE_FUNC: put(b, " %s", m->funcs[1 + in->imm]->name); break;
    case IR_CALL_EXT:
    case IR_EXT_VALUE: put(b, " ext:%s", m->ext_names[in->imm]); break;
    case IR_IMPORT:
        put(b, " %s%s%s", pith_modules[in->imm].name, in->ival < 0 ? "" : ".",
            in->ival < 0 ? "" : pith_modules[in->imm].names[in->ival].name);
        break;
    default: break;
    }
    if (in->kwconst >= 0) {
        put(b, " ");
        const_text(b, m, in->kwconst);
    }
    if (in->op == IR_JUMP) put(b, " -> b%d%s", in->t1, in->ival ? " (back-edge)" : "");
    if (in->op == IR_BRANCH || in->op == IR_FOR_NEXT || in->op == IR_RANGE_NEXT || in->op == IR_SEND ||
        in->op == IR_THROW)
        put(b, " -> b%d, b%d", in->t1, in->t2);
    if (in->state) put(b, " [suspend %d]", in->state);
    put(b, "  ; line %d\n", in->line);
}

char *ir_print(const IrModule *m) {
    PithBuf b = {0};
    put(&b, "; pith IR: %d function(s), %d global(s), %d constant(s)\n", m->nfuncs, m->nglobals, m->nconsts);
    for (int i = 0; i < m->nfuncs; i++) {
        const IrFunc *f = m->funcs[i];
        put(&b, "\nfunc %s(", f->name);
        for (int p = 0; p < f->nparams; p++) {
            put(&b, p ? ", " : "");
            var(&b, f, p);
        }
        put(&b, ") %s", f->suspends ? "state-machine" : "direct");
        if (f->suspends) put(&b, " states=%d slots=%d", f->nstates, f->nslots);
        put(&b, "\n  ; proven types:");
        int any = 0;
        for (int v = 0; v < f->nvars; v++) {
            if (f->vars[v].type == FT_ANY) continue;
            put(&b, " ");
            var(&b, f, v);
            put(&b, ":%s", type_name(f->vars[v].type));
            any = 1;
        }
        put(&b, any ? "\n" : " none\n");
        for (int bi = 0; bi < f->nblocks; bi++) {
            const IrBlock *bl = &f->blocks[bi];
            put(&b, "  b%d:", bi);
            if (bl->handler >= 0) put(&b, "  (except -> b%d)", bl->handler);
            put(&b, "\n");
            for (int k = 0; k < bl->nins; k++) instr(&b, m, f, &bl->ins[k]);
        }
    }
    return pith_buf_take(&b, NULL);
}
