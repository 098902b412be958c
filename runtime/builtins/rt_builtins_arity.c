/* rt_builtins_arity.c — the argument-count TypeErrors of the builtin functions, from the arity columns of
 * rt_builtins.h, in the words of the CPython 3.11 calling convention each builtin follows (METH_O,
 * _PyArg_CheckPositional, Argument Clinic's _PyArg_UnpackKeywords, ...).
 * Stage: shared by the frontend (compile-time check of a call it can see) and the runtime (rt_call_builtin),
 * host side: no execution context, the text goes into the caller's buffer. */
#include <stdio.h>

#include "pith_builtins.h"

static const struct {
    const char *name;
    PithArity arity;
    int min, max, kw;
} rows[] = {
#define ROW(id, name, arity, min, max, kw, fn) [PITH_B_##id] = {name, arity, min, max, kw},
    PITH_BUILTIN_FUNCS(ROW)
#undef ROW
};

static const char *plural(int n) { return n == 1 ? "" : "s"; }

int rt_builtin_arity_error(int id, int npos, int nkw, char *msg, size_t cap) {
    if (id < 0 || id >= (int)(sizeof rows / sizeof rows[0]))
        return 0; /* exception classes and type-only classes check their own arguments */
    const char *f = rows[id].name;
    int min = rows[id].min, max = rows[id].max, kw = rows[id].kw;
    /* sorted() hands its keywords to list.sort, whose name CPython then reports */
    const char *kwf = id == PITH_B_SORTED ? "sort" : f;
#define SAY(...) (snprintf(msg, cap, __VA_ARGS__), 1)
    switch (rows[id].arity) {
    case PITH_AR_ONE:
        if (nkw) return SAY("%s() takes no keyword arguments", f);
        if (npos != 1) return SAY("%s() takes exactly one argument (%d given)", f, npos);
        return 0;
    case PITH_AR_POS:
    case PITH_AR_POS_KW:
        if (rows[id].arity == PITH_AR_POS && nkw) return SAY("%s() takes no keyword arguments", f);
        if (npos < min)
            return SAY("%s expected %s%d argument%s, got %d", f, min == max ? "" : "at least ", min, plural(min), npos);
        if (max >= 0 && npos > max)
            return SAY("%s expected %s%d argument%s, got %d", f, min == max ? "" : "at most ", max, plural(max), npos);
        break; /* then the keyword count */
    case PITH_AR_CLINIC:
        /* "keyword" when no positional was given keeps the message true (CPython's bpo-31229) */
        if (npos + nkw > max)
            return SAY("%s() takes at most %d %sargument%s (%d given)", f, max, npos == 0 ? "keyword " : "",
                       plural(max), npos + nkw);
        if (npos < min)
            return SAY("%s() takes %s %d positional argument%s (%d given)", f, min < max ? "at least" : "exactly", min,
                       plural(min), npos);
        return 0;
    case PITH_AR_KW_ONLY: break;
    case PITH_AR_TYPE:
        if (npos == 1 && nkw) return SAY("%s() takes no keyword arguments", f);
        if (npos != 1 && npos != 3) return SAY("%s() takes 1 or 3 arguments", f);
        return 0;
    case PITH_AR_MAP:
        if (nkw) return SAY("%s() takes no keyword arguments", f);
        if (npos < min) return SAY("%s() must have at least two arguments.", f);
        return 0;
    case PITH_AR_ENUMERATE:
        if (npos + nkw >= min && npos + nkw <= max) return 0;
        if (npos == 0) return SAY("%s() missing required argument 'iterable'", f);
        return SAY("%s() takes at most %d arguments (%d given)", f, max, npos + nkw);
    }
    if (kw >= 0 && nkw > kw)
        return SAY("%s() takes at most %d keyword argument%s (%d given)", kwf, kw, plural(kw), nkw);
    return 0;
#undef SAY
}
