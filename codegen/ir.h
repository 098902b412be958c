/* ir.h — pith's IR: per function, basic blocks of three-address instructions over numbered variables.
 * Stage: codegen (built by ir_build.c from the AST, checked by ir_verify.c, analysed by ir_passes.c,
 * printed by ir_print.c, lowered to C by cg_emit*.c). The IR decides suspend-point numbers, frame slots and
 * exception edges, so any later tier (an IR interpreter) can run the same program and resume its snapshots.
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

typedef enum IrOp {
    /* values: dst = ... */
    IR_INT,          /* small int immediate: ival */
    IR_FLOAT,        /* fval (boxed float; unboxed when dst is an unboxed float var) */
    IR_CONST,        /* constant table entry imm (str, big int, bytes, kwnames tuple) */
    IR_NONE, IR_TRUE, IR_FALSE,
    IR_COPY,         /* dst = a (a temp is moved, a local is shared) */
    IR_MOVE,         /* dst (a temp) = local a, which is left unbound: hands a hidden local's value on */
    IR_CLEAR,        /* release var a and leave it PV_NULL */
    IR_LOAD_GLOBAL,  /* dst = g[imm]; NameError if unbound */
    IR_STORE_GLOBAL, /* g[imm] = a */
    IR_DEL_GLOBAL,   /* del g[imm] */
    IR_CHECK_BOUND,  /* UnboundLocalError unless local a is bound */
    IR_DEL_LOCAL,    /* del local a (UnboundLocalError if unbound) */
    IR_BUILTIN,      /* dst = the builtin imm as a value */
    IR_EXT_VALUE,    /* dst = the external (host) function imm as a value (calling it suspends) */
    IR_BINOP,        /* dst = a <sub> b (PITH_OP_*) */
    IR_INPLACE,      /* dst = a <sub>= b */
    IR_UNOP,         /* dst = <sub> a (PITH_UOP_*) */
    IR_NOT,          /* dst = not a */
    IR_COMPARE,      /* dst = a <sub> b (FeCmpOp, incl. in / is) */
    IR_GETATTR,      /* dst = a.<const imm> */
    IR_SETATTR,      /* a.<const imm> = b */
    IR_GETITEM,      /* dst = a[b] */
    IR_SETITEM,      /* a[b] = args[0] */
    IR_DELITEM,      /* del a[b] */
    IR_SLICE,        /* dst = slice(args[0..3]) */
    IR_BUILD_LIST, IR_BUILD_TUPLE, IR_BUILD_DICT, IR_BUILD_SET, /* dst = display of args (dict: k,v pairs) */
    IR_UNPACK,       /* args[0..n) = unpack(a, n) — args are the destination temps */
    IR_ITER,         /* dst = iter(a) */
    IR_RANGE_INIT,   /* counters rv[0..3) = (cur, count, step) from range(args...) (1 to 3 args) */
    IR_CHECK_GLOBAL, /* NameError unless g[imm] is bound (before a direct call of a def) */
    IR_DEFAULT,      /* dst = default value number ival of the function in g[imm] */
    IR_MAKE_FUNC,    /* dst = function object for def imm: args = positional defaults, then nkw keyword-only
                      * defaults (names: kwconst), then ival closure cells */
    IR_CALL_DIRECT,  /* dst = def imm (args; kwargs already matched and defaults filled by the builder) */
    IR_CALL_BUILTIN, /* dst = builtin imm (args; the last nkw are keywords named by const kwconst) */
    IR_CALL_VALUE,   /* dst = a (args; nkw/kwconst as above) */
    IR_CALL_METHOD,  /* dst = a.<const imm>(args; nkw/kwconst) */
    IR_CALL_EXT,     /* dst = external imm (args; nkw/kwconst): a suspend point */
    IR_EXC_MATCH,    /* dst (a bool) = the pending exception matches class/tuple a */
    IR_EXC_BEGIN,    /* dst = fetch the pending exception and mark it handled */
    IR_EXC_END,      /* leave an except block: restore the previously handled exception (a, may be -1) */
    IR_ASSERT_FAIL,  /* raise AssertionError(a or nothing) */
    /* issue 3: closures, comprehensions, f-strings, unpacking, generators */
    IR_MAKE_CELL,    /* dst = a new cell holding a (a param's value) or unbound (a = -1) */
    IR_LOAD_CELL,    /* dst = value in the cell held by local a; unbound: UnboundLocalError (name const imm) */
    IR_STORE_CELL,   /* the cell held by local a = b */
    IR_LOAD_FREE,    /* dst = value in closure cell imm; unbound: NameError (name const ival) */
    IR_STORE_FREE,   /* closure cell imm = a */
    IR_CELL_REF,     /* dst = the cell object held by local a (to build an inner function's closure) */
    IR_FREE_REF,     /* dst = closure cell imm itself */
    IR_LIST_APPEND,  /* list (a local) .append(b) */
    IR_SET_ADD,      /* set (a local) .add(b) */
    IR_LIST_EXTEND,  /* list (a local) += iterable b */
    IR_LIST_TO_TUPLE,/* dst = tuple(list a) */
    IR_DICT_UPDATE,  /* dict (a local) gets every item of mapping b ({**m} in a display) */
    IR_KWARGS_MERGE, /* dict (a local) gets **mapping b; args[0] = the callee, for error messages */
    IR_CALL_EX,      /* dst = a(*b, **args[0] or nothing) */
    IR_UNPACK_EX,    /* args = a unpacked as imm values, a list of the middle, ival values */
    IR_FORMAT,       /* dst = format(a with conversion sub, spec b or none) */
    IR_CONCAT,       /* dst = the str parts args joined */
    IR_JOIN_ADD,     /* join accumulator (a local list) gets item b; the separator is local args[0] */
    IR_JOIN_END,     /* dst = separator (local a) .join of the accumulator (a temp list b) */
    IR_GENEXP,       /* dst = a generator running def imm over iterator args[0]; args[1..] = closure cells */
    IR_YIELD,        /* yield a (a suspend point of a generator function); dst = the value sent in (None) */
    /* terminators (last instruction of every block) */
    IR_JUMP,         /* -> t1 (ival = 1 marks a loop back-edge: the emitter burns fuel there) */
    IR_BRANCH,       /* truth(a) ? t1 : t2 (a temp is consumed) */
    IR_FOR_NEXT,     /* dst = next(a) -> t1, exhausted -> t2 */
    IR_RANGE_NEXT,   /* rv = (cur, count, step): count > 0 ? dst = cur, advance -> t1 : -> t2 */
    IR_RETURN,       /* return a */
    IR_RAISE,        /* raise a [from b] */
    IR_RERAISE,      /* re-raise the exception in var a (from a handler), or the pending one if a < 0 */
    IR_UNWIND,       /* the pending exception continues to this block's handler (no match) */
    IR_OP_COUNT
} IrOp;

typedef enum IrVarKind { IV_PARAM, IV_LOCAL, IV_TEMP } IrVarKind;

typedef struct IrVar {
    IrVarKind kind;
    const char *name;    /* Python name for params/locals (NULL for temps) */
    FeType type;         /* proven type (FT_ANY if unknown) */
    int slot;            /* frame slot in a state-machine function (ir_passes.c) */
} IrVar;

typedef struct IrInstr {
    uint16_t op;         /* IrOp */
    uint16_t sub;        /* operator code for BINOP/INPLACE/UNOP/COMPARE */
    int line;            /* Python source line (tracebacks) */
    int dst;             /* destination var or -1 */
    int a, b;            /* operand vars or -1 */
    int *args; int nargs;/* argument vars (calls, builds, unpack destinations, range counters) */
    int nkw;             /* trailing keyword arguments among args */
    int kwconst;         /* constant index of the kwnames tuple, -1 if none */
    int imm;             /* global slot / const index / builtin id / def id / ext id */
    int64_t ival;        /* IR_INT */
    double fval;         /* IR_FLOAT */
    int t1, t2;          /* terminator targets (block ids) */
    int rv[3];           /* range counters (cur, count, step) of RANGE_INIT / RANGE_NEXT: small-int vars */
    int state;           /* suspend-point number (> 0) for calls that may suspend, else 0 */
} IrInstr;

typedef struct IrBlock {
    IrInstr *ins; int nins, cap;
    int handler;         /* block receiving exceptions raised here, or -1 (unwind out of the function) */
} IrBlock;

typedef struct IrFunc {
    const char *name;    /* Python name ("<module>" for the module body) */
    FeNode *def;         /* S_DEF, NULL for the module */
    const char *qualname;  /* "outer.<locals>.inner" (the name at module level) */
    int nparams, ndefaults; /* parameter slots (PFuncDesc order) and positional defaults */
    int npositional, nposonly, nkwonly, flags; /* the PFuncDesc fields of the same names */
    int nfrees;            /* closure cells it reads (free variables) */
    IrVar *vars; int nvars, capvars;
    IrBlock *blocks; int nblocks, capblocks;
    int suspends;        /* may reach an external call: compiled as a state machine (ir_passes.c) */
    int nstates;         /* suspend points numbered 1..nstates */
    int nslots;          /* frame slots (state machines) */
    int line;            /* line of the def */
    int has_result;      /* module only: the last statement is an expression whose value is the result */
} IrFunc;

typedef enum IrConstKind { IK_STR, IK_BYTES, IK_BIGINT, IK_KWNAMES } IrConstKind;
typedef struct IrConst {
    IrConstKind kind;
    const char *data; size_t len;       /* str/bytes bytes; big int digits */
    int base;                           /* big int base */
    const char **names; int nnames;     /* kwnames */
} IrConst;

typedef struct IrModule {
    FeModule *fe;                  /* the checked AST it was built from (borrowed) */
    IrFunc **funcs; int nfuncs;    /* funcs[0] is the module body; funcs[1 + def.id] is each def */
    IrConst *consts; int nconsts, capconsts;
    int *const_index; int const_index_cap; /* hash index over consts (ir_core.c): const number + 1, 0 = free */
    int nglobals;
    const char **global_names;
    int nexternals;
    const char *const *ext_names;
} IrModule;

/* Build the IR for a checked module (NULL + diag on an internal limit). */
IrModule *ir_build(FeModule *fe, const FeDecls *decls, FeDiag *diag);
void ir_free(IrModule *m);
/* Passes: may-suspend analysis, suspend-point numbering, frame slots. Then verification. */
void ir_analyse(IrModule *m);
int ir_verify(const IrModule *m, char *err, size_t errlen); /* 0 ok, -1 with a message */
uint64_t ir_layout_digest(const IrModule *m); /* frames' layout and suspend points (snapshot compatibility) */
/* Printable form (malloc'd). */
char *ir_print(const IrModule *m);

/* Instruction helpers shared by the passes and the emitter. */
int ir_is_terminator(int op);
int ir_may_fail(const IrInstr *in);
const char *ir_op_name(int op);

#endif
