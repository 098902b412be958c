/* cg_emit.h — state shared by the IR -> C emitter files (cg_emit.c: program and functions;
 * cg_emit_ins.c: one instruction at a time). Stage: codegen, the only place that writes C.
 * Generated names: fd_N (descriptors), f_N (direct functions), w_N (their uniform wrappers), s_N (state
 * machines), v_N / S[N] (variables), b_N (blocks), r_N (resume points), pk_init, pith_program. */
#ifndef PITH_CG_EMIT_H
#define PITH_CG_EMIT_H

#include "ir.h"
#include "pith_buf.h"

#define CG_VAR_RING 8 /* cg_var results that stay valid at once */

typedef struct Emitter {
    PithBuf out; /* the C text */
    const IrModule *m;
    const IrFunc *f;    /* function being emitted */
    int fi;             /* its index in m->funcs */
    const IrBlock *blk; /* block being emitted */
    char *is_handler;   /* per block of f: it receives exceptions (temps are cleared at its entry) */
    const char **lit;   /* per var of f: the C literal of a temp defined by an immediate (no code, no refs) */
    char *borrowed;     /* per var of f: a direct function's param never written (borrowed, never released) */
    long long *ilit;    /* per var of f: the value of a small-int literal temp ... */
    char *is_ilit;      /* ... when this is 1 (literal operands get specialised arithmetic) */
    char *unboxed;      /* per var of f: held in a C double (cg_emit_float.c) */
    char *boxing;       /* per var of f: its boxed copy bx<N> stands in for it in the current instruction */
    /* cg_var's results: a ring, since one printf may use several; per emitter, so two threads never share it */
    char var_names[CG_VAR_RING][32];
    unsigned next_var_name;
    int too_large_line; /* the C text passed PITH_MAX_C_BYTES while emitting this line (0: it did not) */
    int *region_vars;   /* per handler block h of f: the vars used in the blocks it protects, at ... */
    int *region_start;  /* ... region_vars[region_start[h] .. region_start[h + 1]) (cg_emit.c) */
} Emitter;

/* The vars a direct function must release when it returns (unwinding: with temps too). */
int cg_owns(const Emitter *e, int v, int unwinding);

/* The C lvalue of variable v in the current function ("v3" or "S[3]"); valid for the next CG_VAR_RING - 1
 * calls (callers copy what they keep longer). */
const char *cg_var(Emitter *e, int v);
int cg_is_temp(const Emitter *e, int v);
void cg_on_error(Emitter *e, int line); /* jump to the block's handler (or unwind), recording the line */
void cg_release(Emitter *e, int v);     /* release a consumed temp (no-op for locals and literals) */

/* Unboxed floats (cg_emit_float.c). */
int cg_float_analyse(Emitter *e);
int cg_float_instr(Emitter *e, const IrInstr *in, const IrInstr *next); /* instructions consumed, 0 = not mine */
void cg_float_box_operands(Emitter *e, const IrInstr *in);
void cg_float_unbox_after(Emitter *e, const IrInstr *in);

/* A state machine's resume table rs_N (cg_resume_slots.c): per suspend point, the slots its code reads. */
void cg_emit_resume_slots(Emitter *e);

/* Emits one instruction (returns the number of instructions consumed: 2 when fused with a branch). */
int cg_emit_instr(Emitter *e, const IrInstr *in, const IrInstr *next);

#endif
