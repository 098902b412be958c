/* ir_builder.h — the state shared by the AST -> IR lowering files (ir_build.c, ir_build_stmt.c).
 * Stage: codegen. Invariants of the IR it produces are in ir.h. */
#ifndef PITH_IR_BUILDER_H
#define PITH_IR_BUILDER_H

#include <stdio.h>

#include "ir_build.h"

#define BD_MAX_DEPTH 400  /* nesting cap for recursive lowering (the frontend caps deeper input first) */
#define BD_MAX_UNWIND 128 /* nested loops/try blocks in one function */

/* What a break/continue/return must undo when it leaves a construct early. */
typedef enum UnwindKind { UW_LOOP, UW_EXCEPT, UW_FINALLY, UW_WITH } UnwindKind;
typedef struct Unwind {
    UnwindKind kind;
    int brk, cont;       /* UW_LOOP: targets */
    int iter;            /* UW_LOOP: hidden iterator local to release on break, or -1 */
    int prev;            /* UW_EXCEPT: hidden local holding the previously handled exception */
    int exc;             /* UW_EXCEPT: hidden local holding the caught exception, or -1 */
    const FeSym *as_sym; /* UW_EXCEPT: the handler's `as` variable to unbind, or NULL */
    const FeList *final; /* UW_FINALLY: the finally body to run on the way out */
    int exit;            /* UW_WITH: hidden local holding the bound __exit__, called with three Nones */
    int handler;         /* the handler in force outside this construct */
} Unwind;

typedef struct Builder {
    IrModule *m;
    IrFunc *f;   /* function being built */
    int cur;     /* current block, -1 after a terminator */
    int handler; /* exception handler block for new blocks, -1 = unwind out of the function */
    Unwind unw[BD_MAX_UNWIND];
    int nunw;
    int depth;              /* recursion depth of the lowering */
    int failed, oom;        /* a diagnostic was written / an allocation failed */
    int ninstrs;            /* instructions appended to the module so far (PITH_MAX_IR_INSTRUCTIONS) */
    const FeScope *inlined; /* a generator expression being lowered inline (ir_build_comp.c), or NULL */
    int *inline_vars;       /* its symbols' variables in the current function, by position in ->syms */
    int leaf_a, leaf_b;     /* context of the inline consumer's per-element code (ir_build_comp.c) */
    FeDiag *diag;
    IrInstr sink; /* what bd_emit hands out after OOM (the build is then discarded); per builder,
                             * so two threads never write the same one */
} Builder;

void bd_fail(Builder *b, const FeNode *at, const char *msg);
IrInstr *bd_emit(Builder *b, int op, int line);
int bd_block(Builder *b);
void bd_enter(Builder *b, int block);
void bd_jump(Builder *b, int target, int line);
int bd_temp(Builder *b, FeType t);
int bd_hidden(Builder *b, const char *what);
int *bd_args(Builder *b, int n);
int bd_is_temp(Builder *b, int v);
int bd_own(Builder *b, int v, int line);
int bd_const_str(Builder *b, const char *s);
int bd_local_var(Builder *b, const FeSym *s);
const FeSym *bd_sym(Builder *b, const FeSym *s); /* a free variable of an inlined genexp is its outer one */
int bd_expr(Builder *b, const FeNode *e);
int bd_index(Builder *b, const FeNode *idx);
void bd_stmts(Builder *b, const FeList *body);
void bd_store(Builder *b, const FeNode *target, int v, int line); /* assign v (consumed) to a target */
/* functions (ir_build_func.c) */
int bd_known_def(Builder *b, const FeSym *s);
void bd_make_cells(Builder *b, const FeScope *scope, int line);
int bd_make_function(Builder *b, const FeNode *def);
int *bd_closure_cells(Builder *b, const FeScope *inner, int line); /* malloc'd: nfrees temps */
int bd_def_value(Builder *b, const FeNode *def);
/* comprehensions and generator expressions (ir_build_comp.c) */
int bd_comprehension(Builder *b, const FeNode *e);
int bd_genexp(Builder *b, const FeNode *e);
void bd_genexp_body(Builder *b, const FeNode *e);
int bd_consume_genexp(Builder *b, const FeNode *call); /* sum(x for x in xs) etc. inline, or -1 */
/* match statements (ir_build_match.c) */
void bd_match(Builder *b, const FeNode *s);
/* with statements (ir_build_with.c) */
void bd_with(Builder *b, const FeNode *s);
void bd_with_leave(Builder *b, int exit_var, int line); /* __exit__(None, None, None) on a way out */
void bd_push_unwind(Builder *b, Unwind u, const FeNode *at);
/* yield and yield from (ir_build_gen.c) */
int bd_yield(Builder *b, const FeNode *e);
int bd_yield_from(Builder *b, const FeNode *e);
int bd_await(Builder *b, const FeNode *e);
int bd_async_next(Builder *b, int it, int *item, int line);
int bd_iterates_inert(const FeNode *iterable); /* proven list/tuple/dict/str: iterating runs no Python */

/* ir_nowait.c: note a function the runtime will call where it cannot wait (cmp_to_key(f), cached_property) */
void bd_note_nowait_call(Builder *b, const FeNode *call);
void bd_note_nowait_decorator(Builder *b, const FeNode *def, const FeNode *decorator);

#endif
