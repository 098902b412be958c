/* fe_arity.c — compile-time argument checks of calls to known functions, with CPython's own words.
 * Stage: frontend (called by the type pass on its final round). Invariants: a message is produced only
 * when CPython 3.11 would raise that TypeError for the same call (texts checked against CPython in
 * tests/unit/test_frontend.c); calls we cannot judge statically are left to the runtime. */
#include <stdio.h>
#include <string.h>

#include "fe_internal.h"
#include "rt_builtins.h"

/* Arity columns of rt_builtins.h (functions only; exception classes take anything). */
static const struct { int id; const char *name; int min, max; } BUILTIN_ARITY[] = {
#define PITH_B_ROW(id, nm, a, b) {PITH_B_##id, nm, a, b},
    PITH_BUILTIN_FUNCS(PITH_B_ROW)
#undef PITH_B_ROW
};

static int err(FeDiag *d, const FeNode *at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int err(FeDiag *d, const FeNode *at, const char *fmt, ...) {
    if (d && !d->message[0]) {
        d->line = at->span.line;
        d->col = at->span.col;
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(d->message, sizeof d->message, fmt, ap);
        va_end(ap);
    }
    return -1;
}

/* A call to a def-bound global: CPython's checks in its order (keywords, too many, missing). */
static int check_def_call(const FeNode *call, const FeNode *def, FeDiag *d) {
    const char *fname = def->u.def.name;
    int np = def->u.def.nparams, npos = call->u.call.args.n, ndef = 0;
    for (int i = 0; i < np; i++)
        if (def->u.def.params[i].default_) ndef++;
    unsigned char given[256];
    if (np > (int)sizeof given) return 0; /* absurd signatures: leave it to the runtime */
    memset(given, 0, sizeof given);
    for (int i = 0; i < np && i < npos; i++) given[i] = 1;
    for (int k = 0; k < call->u.call.nkw; k++) {
        const char *kw = call->u.call.kws[k].name;
        int idx = -1;
        for (int i = 0; i < np; i++)
            if (!strcmp(def->u.def.params[i].name, kw)) { idx = i; break; }
        if (idx < 0) return err(d, call, "%s() got an unexpected keyword argument '%s'", fname, kw);
        if (given[idx]) return err(d, call, "%s() got multiple values for argument '%s'", fname, kw);
        given[idx] = 1;
    }
    if (npos > np) {
        if (ndef)
            return err(d, call, "%s() takes from %d to %d positional arguments but %d were given", fname, np - ndef,
                       np, npos);
        return err(d, call, "%s() takes %d positional argument%s but %d %s given", fname, np, np == 1 ? "" : "s",
                   npos, npos == 1 ? "was" : "were");
    }
    int missing = 0;
    for (int i = 0; i < np - ndef; i++)
        if (!given[i]) missing++;
    if (missing) {
        char names[200];
        size_t at = 0;
        int k = 0;
        names[0] = '\0';
        for (int i = 0; i < np - ndef; i++) {
            if (given[i]) continue;
            const char *sep = k == 0 ? "" : (missing == 2 ? " and " : (k == missing - 1 ? ", and " : ", "));
            int w = snprintf(names + at, sizeof names - at, "%s'%s'", sep, def->u.def.params[i].name);
            if (w < 0 || (size_t)w >= sizeof names - at) break;
            at += (size_t)w;
            k++;
        }
        return err(d, call, "%s() missing %d required positional argument%s: %s", fname, missing,
                   missing == 1 ? "" : "s", names);
    }
    return 0;
}

/* A builtin call: only the shapes whose TypeError text we know from CPython 3.11. */
static int check_builtin_call(const FeNode *call, int id, FeDiag *d) {
    int row = -1;
    for (size_t i = 0; i < sizeof BUILTIN_ARITY / sizeof BUILTIN_ARITY[0]; i++)
        if (BUILTIN_ARITY[i].id == id) row = (int)i;
    if (row < 0) return 0; /* exception classes take anything */
    const char *name = BUILTIN_ARITY[row].name;
    int n = call->u.call.args.n, nkw = call->u.call.nkw;
    int min = BUILTIN_ARITY[row].min, max = BUILTIN_ARITY[row].max;
    switch (id) {
    case PITH_B_LEN:
    case PITH_B_REPR:
    case PITH_B_ABS:
        if (nkw) return err(d, call, "%s() takes no keyword arguments", name);
        if (n < min || n > max) return err(d, call, "%s() takes exactly one argument (%d given)", name, n);
        return 0;
    case PITH_B_RANGE:
        if (nkw) return err(d, call, "range() takes no keyword arguments");
        if (n < min) return err(d, call, "range expected at least %d argument%s, got %d", min, min == 1 ? "" : "s", n);
        if (n > max) return err(d, call, "range expected at most %d arguments, got %d", max, n);
        return 0;
    case PITH_B_ISINSTANCE:
        if (nkw) return err(d, call, "isinstance() takes no keyword arguments");
        if (n != 2) return err(d, call, "isinstance expected 2 arguments, got %d", n);
        return 0;
    case PITH_B_FLOAT:
    case PITH_B_BOOL:
    case PITH_B_LIST:
    case PITH_B_TUPLE:
        if (nkw) return err(d, call, "%s() takes no keyword arguments", name);
        if (n > max) return err(d, call, "%s expected at most %d argument, got %d", name, max, n);
        return 0;
    case PITH_B_DICT:
        /* dict(mapping_or_iterable, **kwargs): one positional at most */
        if (n > 1) return err(d, call, "dict expected at most 1 argument, got %d", n);
        return 0;
    case PITH_B_INT:
        if (n + nkw > max) return err(d, call, "int() takes at most %d arguments (%d given)", max, n + nkw);
        return 0;
    case PITH_B_STR:
        /* str(object, encoding, errors): CPython accepts 3 even though pith's table lists 1 */
        if (n + nkw > 3) return err(d, call, "str() takes at most 3 arguments (%d given)", n + nkw);
        return 0;
    case PITH_B_MIN:
    case PITH_B_MAX:
        if (n == 0) return err(d, call, "%s expected at least 1 argument, got 0", name);
        return 0;
    case PITH_B_SUM:
        if (n == 0) return err(d, call, "sum() takes at least 1 positional argument (0 given)");
        if (n + nkw > 2) return err(d, call, "sum() takes at most 2 arguments (%d given)", n + nkw);
        return 0;
    case PITH_B_TYPE:
        if (n + nkw != 1 && n + nkw != 3) return err(d, call, "type() takes 1 or 3 arguments");
        return 0;
    default: return 0;
    }
}

int fe_check_call_arity(FeNode *call, FeDiag *diag) {
    const FeNode *fn = call->u.call.func;
    if (fn->kind != E_NAME || !fn->u.name.sym) return 0;
    const FeSym *s = fn->u.name.sym;
    if (s->kind == SYM_GLOBAL && s->def) return check_def_call(call, s->def, diag);
    if (s->kind == SYM_BUILTIN) return check_builtin_call(call, s->index, diag);
    return 0;
}
