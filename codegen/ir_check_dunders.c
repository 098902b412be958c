/* ir_check_dunders.c — the compile-time report of dunders that would wait on the host where the run cannot
 * wait. Stage: codegen (after ir_analyse).
 *
 * The runtime runs a user dunder as a frame on the execution's chain (so a host call inside it suspends the
 * run) where generated code or a native frame calls it: iteration, str/repr/format/print, len/bool/truth, item
 * and property reads, calls, with (docs/ARCHITECTURE.md §3). The dunders below are called only from C loops
 * that cannot be resumed (hash tables, sorting, comparisons, operators, item and attribute assignment), so a
 * host call inside one would fail at run time; this pass refuses the class instead, at the dunder's def, when
 * the dunder reaches a host call through calls the compiler can follow (its own body, or functions it calls
 * directly). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir.h"

/* Each dunder the runtime calls only from C, and the places it is called from (for the message). */
static const struct {
    const char *name, *where;
} c_only[] = {
    {"__hash__", "dict and set lookups"},
    {"__eq__", "comparisons, dict and set lookups and `in`"},
    {"__ne__", "comparisons"},
    {"__lt__", "comparisons and sorting"},
    {"__le__", "comparisons and sorting"},
    {"__gt__", "comparisons and sorting"},
    {"__ge__", "comparisons and sorting"},
    {"__contains__", "`in`"},
    {"__setitem__", "item assignment"},
    {"__delitem__", "`del` of an item"},
    {"__getattr__", "attribute reads"},
    {"__setattr__", "attribute assignment"},
    {"__delattr__", "`del` of an attribute"},
};

/* Dunders the runtime runs as frames wherever it calls them (or that C never calls: the async ones, which
 * their own code awaits; __post_init__, which __init__ calls). */
static const char *const run_as_frames[] = {
    "__init__",      "__iter__",   "__next__",   "__len__",   "__bool__",  "__getitem__",
    "__str__",       "__repr__",   "__format__", "__call__",  "__enter__", "__exit__",
    "__post_init__", "__aenter__", "__aexit__",  "__aiter__", "__anext__", "__await__",
};

static const char *c_only_where(const char *name) {
    for (size_t i = 0; i < sizeof c_only / sizeof c_only[0]; i++)
        if (!strcmp(c_only[i].name, name)) return c_only[i].where;
    for (size_t i = 0; i < sizeof run_as_frames / sizeof run_as_frames[0]; i++)
        if (!strcmp(run_as_frames[i], name)) return NULL;
    size_t n = strlen(name); /* the other method dunders: arithmetic, reflected, in-place and unary ones */
    if (n > 4 && !strncmp(name, "__", 2) && !strcmp(name + n - 2, "__"))
        return "operators and the builtins that use them";
    return NULL;
}

/* Function fi reaches a host call through its body and the functions it calls directly. seen: 0 unvisited,
 * 1 in progress or done without reaching one, 2 reaches one. Iterative (a worklist), so deep call chains cannot
 * overflow the compiler's stack. */
static int reaches_host(const IrModule *m, int fi, char *seen, int *stack) {
    if (seen[fi]) return seen[fi] == 2;
    int n = 0, found = 0;
    stack[n++] = fi;
    seen[fi] = 1;
    while (n > 0 && !found) {
        const IrFunc *f = m->funcs[stack[--n]];
        for (int bi = 0; bi < f->nblocks && !found; bi++)
            for (int k = 0; k < f->blocks[bi].nins && !found; k++) {
                const IrInstr *in = &f->blocks[bi].ins[k];
                if (in->op == IR_CALL_EXT || in->op == IR_EXT_VALUE) found = 1;
                int callee = in->op == IR_CALL_DIRECT && 1 + in->imm < m->nfuncs ? 1 + in->imm : -1;
                if (callee >= 0 && seen[callee] == 2) found = 1;
                if (callee >= 0 && !seen[callee]) {
                    seen[callee] = 1;
                    stack[n++] = callee;
                }
            }
    }
    if (found) seen[fi] = 2;
    return found;
}

int ir_check_dunders(const IrModule *m, FeDiag *d) {
    if (!m->may_wait) return 0;
    char *seen = calloc((size_t)m->nfuncs, 1);
    int *stack = malloc(sizeof(int) * (size_t)m->nfuncs);
    int rc = 0;
    if (!seen || !stack) {
        free(seen);
        free(stack);
        return 0; /* the check is a courtesy: without it the run reports the same at run time */
    }
    for (int i = 1; i < m->nfuncs && !rc; i++) {
        const FeNode *cls = m->funcs[i]->def;
        if (!cls || cls->kind != S_CLASS) continue;
        for (int s = 0; s < cls->u.def.body.n && !rc; s++) {
            const FeNode *def = cls->u.def.body.items[s];
            if (def->kind != S_DEF || !def->u.def.name || 1 + def->u.def.id >= m->nfuncs) continue;
            const char *where = c_only_where(def->u.def.name);
            if (!where || !reaches_host(m, 1 + def->u.def.id, seen, stack)) continue;
            d->line = def->span.line;
            d->col = def->span.col;
            snprintf(d->message, sizeof d->message,
                     "a host call inside %s is not supported: the runtime calls %s from %s, where the run cannot "
                     "wait for the host",
                     def->u.def.name, def->u.def.name, where);
            rc = -1;
        }
    }
    free(seen);
    free(stack);
    return rc;
}
