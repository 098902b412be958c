/* ir.h — pith's IR: per function, basic blocks of three-address instructions over numbered variables.
 * Stage: codegen (built by ir_build*.c from the AST, analysed and checked by ir_passes.c, printed by
 * ir_print.c, lowered to C by cg_emit*.c; its operations are listed in ir_ops.h). The IR decides
 * suspend-point numbers, frame slots and exception edges, so any later tier (an IR interpreter) can run the
 * same program and resume its snapshots.
 *
 * Ownership model (the emitter relies on it):
 *   - every variable holds an owned reference or PV_NULL;
 *   - a TEMP is written once and consumed by exactly one instruction, which releases (or steals) it and
 *     leaves it PV_NULL; temps are PV_NULL whenever dead, so handler entry and function exit clear them all;
 *   - LOCAL/PARAM variables are only read (borrowed) by instructions; writing one releases its old value. */
#ifndef PITH_IR_H
#define PITH_IR_H

#include <stddef.h>
#include <stdint.h>

#include "ast.h"

/* The operations, their names and facts: one list in ir_ops.h. */
typedef enum IrOp {
#define IR_OP(op, name, is_terminator) op,
#include "ir_ops.h"
#undef IR_OP
    IR_OP_COUNT
} IrOp;

typedef enum IrVarKind { IV_PARAM, IV_LOCAL, IV_TEMP } IrVarKind;

typedef struct IrVar {
    IrVarKind kind;
    const char *name; /* Python name for params/locals (NULL for temps) */
    FeType type;      /* proven type (FT_ANY if unknown) */
    int slot;         /* frame slot in a state-machine function (ir_passes.c) */
} IrVar;

typedef struct IrInstr {
    uint16_t op;  /* IrOp */
    uint16_t sub; /* operator code for BINOP/INPLACE/UNOP/COMPARE; FOR_NEXT: 1 when the iterable is proven a
                   * list, tuple, dict or str (runs no Python); SETITEM: 1 for a slice assignment */
    int line;     /* Python source line (tracebacks) */
    int dst;      /* destination var or -1 */
    int a, b;     /* operand vars or -1 */
    int *args;
    int nargs;    /* argument vars (calls, builds, unpack destinations, range counters) */
    int nkw;      /* trailing keyword arguments among args */
    int kwconst;  /* constant index of the kwnames tuple, -1 if none */
    int imm;      /* global slot / const index / builtin id / def id / ext id */
    int64_t ival; /* IR_INT */
    double fval;  /* IR_FLOAT */
    int t1, t2;   /* terminator targets (block ids) */
    int rv[4];    /* a range loop's vars (RANGE_INIT / RANGE_NEXT), four consecutive slots: the small-int counters
                   * (cur, count, step), or the iterator a range with a big bound counts with instead */
    int state;    /* suspend-point number (> 0) for calls that may suspend, else 0 */
} IrInstr;

typedef struct IrBlock {
    IrInstr *ins;
    int nins, cap;
    int handler; /* block receiving exceptions raised here, or -1 (unwind out of the function) */
} IrBlock;

typedef struct IrFunc {
    const char *name;                          /* Python name ("<module>" for the module body) */
    FeNode *def;                               /* S_DEF, NULL for the module */
    const char *qualname;                      /* "outer.<locals>.inner" (the name at module level) */
    int nparams, ndefaults;                    /* parameter slots (PFuncDesc order) and positional defaults */
    int npositional, nposonly, nkwonly, flags; /* the PFuncDesc fields of the same names */
    int nfrees;                                /* closure cells it reads (free variables) */
    IrVar *vars;
    int nvars, capvars;
    IrBlock *blocks;
    int nblocks, capblocks;
    int suspends;   /* may reach an external call: compiled as a state machine (ir_passes.c) */
    int nstates;    /* suspend points numbered 1..nstates */
    int nslots;     /* frame slots (state machines) */
    int line;       /* line of the def */
    int has_result; /* module only: the last statement is an expression whose value is the result */
} IrFunc;

typedef enum IrConstKind { IK_STR, IK_BYTES, IK_BIGINT, IK_KWNAMES } IrConstKind;
typedef struct IrConst {
    IrConstKind kind;
    const char *data;
    size_t len; /* str/bytes bytes; big int digits */
    int base;   /* big int base */
    const char **names;
    int nnames; /* kwnames */
} IrConst;

/* A function the runtime will call from C, where it cannot wait on the host (ir_nowait.c). */
enum { IR_NOWAIT_CMP_TO_KEY, IR_NOWAIT_CACHED_PROPERTY, IR_NOWAIT_DEFAULTDICT_FACTORY, IR_NOWAIT_MERGE_KEY };
typedef struct IrNoWait {
    int def;       /* the function (FeModule.defs index) */
    int line, col; /* where the program hands it over */
    int what;      /* IR_NOWAIT_* */
} IrNoWait;

typedef struct IrModule {
    FeModule *fe; /* the checked AST it was built from (borrowed) */
    IrFunc **funcs;
    int nfuncs; /* funcs[0] is the module body; funcs[1 + def.id] is each def */
    IrConst *consts;
    int nconsts, capconsts;
    int *const_index;
    int const_index_cap; /* hash index over consts (ir_core.c): const number + 1, 0 = free */
    int nglobals;
    const char **global_names;
    int nexternals;
    const char *const *ext_names;
    int may_wait;      /* a host function is called or used as a value somewhere (ir_passes.c) */
    IrNoWait *nowaits; /* functions handed to the runtime where they cannot wait (ir_nowait.c) */
    int nnowaits, capnowaits;
    int dunders_wait; /* IR_DU_* bits: which dunders the runtime calls may wait (may_wait, and a class binds one) */
} IrModule;

/* IrModule.dunders_wait: the operations whose user dunders a class of the program binds (ir_passes.c) */
enum {
    IR_DU_ITER = 1,   /* __iter__, __next__ */
    IR_DU_TEXT = 2,   /* __str__, __repr__, __format__ */
    IR_DU_TRUTH = 4,  /* __bool__, __len__ */
    IR_DU_ITEM = 8,   /* __getitem__ */
    IR_DU_ATTR = 16,  /* property (a getter) */
    IR_DU_ALL = 31
};

/* Build the IR for a checked module (NULL + diag on an internal limit). */
IrModule *ir_build(FeModule *fe, const FeDecls *decls, FeDiag *diag);
void ir_free(IrModule *m);
/* Passes: may-suspend analysis, suspend-point numbering, frame slots. Then verification. */
void ir_analyse(IrModule *m);
int ir_verify(const IrModule *m, char *err, size_t errlen); /* 0 ok, -1 with a message */
int ir_check_nowait(const IrModule *m, FeDiag *d); /* after ir_analyse: -1 with d set when a noted function waits */
/* After ir_analyse: -1 with a diagnostic when a dunder the runtime calls only from C (__hash__, __eq__,
 * operators...) reaches a host call (ir_check_dunders.c). */
int ir_check_dunders(const IrModule *m, FeDiag *d);
uint64_t ir_layout_digest(const IrModule *m); /* frames' layout and suspend points (snapshot compatibility) */
/* Printable form (malloc'd). */
char *ir_print(const IrModule *m);

/* Facts of an operation (ir_ops.h), shared by the builder, the passes, the printer and the emitter. */
int ir_is_terminator(int op);
const char *ir_op_name(int op); /* "?" for a number that is no operation */

#endif
