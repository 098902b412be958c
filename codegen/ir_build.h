/* ir_build.h — codegen-internal helpers for building IR (containers in ir_core.c, lowering in ir_build*.c).
 * Stage: codegen. Not seen outside codegen/. */
#ifndef PITH_IR_BUILD_H
#define PITH_IR_BUILD_H

#include "ir.h"

IrFunc *ir_func_new(const char *name);
int ir_var_new(IrFunc *f, IrVarKind kind, const char *name, FeType type);
int ir_block_new(IrFunc *f, int handler);
IrInstr *ir_append(IrFunc *f, int block, int op); /* NULL on OOM; the pointer dies at the next append */
int ir_const_add(IrModule *m, IrConstKind kind, const char *data, size_t len, int base);
int ir_const_kwnames(IrModule *m, const char **names, int n);

#endif
