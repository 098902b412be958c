/* fe_arity.c — compile-time argument checks of calls to known functions, with CPython's own words.
 * Stage: frontend (called by the type pass on its final round). Invariants: a message is produced only
 * when CPython 3.11 would raise that TypeError for the same call (texts checked against CPython in
 * tests/unit/test_frontend.c); calls we cannot judge statically are left to the runtime. */
#include <stdio.h>
#include <string.h>

#include "fe_internal.h"
#include "pith_builtins.h"

/* Builtin functions of pith_builtins.h, to tell them from exception classes and get their names. */
static const struct { int id; const char *name; int min, max; } BUILTIN_ARITY[] = {
#define PITH_B_ROW(id, nm, a, b) {PITH_B_##id, nm, a, b},
    PITH_BUILTIN_FUNCS(PITH_B_ROW)
#undef PITH_B_ROW
};

/* How CPython 3.11 words the argument-count TypeError of each builtin (verified against python3). */
typedef enum ArityStyle {
    AS_ONE,        /* "f() takes exactly one argument (N given)"; no keywords */
    AS_RANGE,      /* "f expected at least k argument(s), got N" / "f expected at most k2 arguments, got N" */
    AS_EXPECT,     /* "f expected k argument(s), got N"; no keywords */
    AS_EXPECT_KW,  /* the same, keywords allowed (sorted) */
    AS_AT_MOST,    /* "f expected at most k argument(s), got N"; no keywords */
    AS_AT_MOST_KW, /* the same, keywords allowed (dict) */
    AS_AT_LEAST,   /* "f expected at least k ..., got N" (and at most k2 when k2 > 0) */
    AS_CLINIC,     /* "f() takes at most k arguments (N given)" (k2: skip when no positional is given) */
    AS_SUM,        /* AS_CLINIC plus "f() takes at least 1 positional argument (0 given)" */
    AS_TYPE,       /* "type() takes 1 or 3 arguments" */
    AS_MAP         /* "map() must have at least two arguments." */
} ArityStyle;

static const struct { const char *name; ArityStyle style; int k, k2; } ARITY_STYLES[] = {
    {"len", AS_ONE, 1, 1}, {"repr", AS_ONE, 1, 1}, {"abs", AS_ONE, 1, 1}, {"chr", AS_ONE, 1, 1},
    {"ord", AS_ONE, 1, 1}, {"hex", AS_ONE, 1, 1}, {"oct", AS_ONE, 1, 1}, {"bin", AS_ONE, 1, 1},
    {"hash", AS_ONE, 1, 1}, {"id", AS_ONE, 1, 1}, {"callable", AS_ONE, 1, 1}, {"any", AS_ONE, 1, 1},
    {"all", AS_ONE, 1, 1},
    {"range", AS_RANGE, 1, 3},
    {"isinstance", AS_EXPECT, 2, 0}, {"issubclass", AS_EXPECT, 2, 0}, {"divmod", AS_EXPECT, 2, 0},
    {"hasattr", AS_EXPECT, 2, 0}, {"setattr", AS_EXPECT, 3, 0}, {"filter", AS_EXPECT, 2, 0},
    {"reversed", AS_EXPECT, 1, 0},
    {"sorted", AS_EXPECT_KW, 1, 0},
    {"float", AS_AT_MOST, 1, 0}, {"bool", AS_AT_MOST, 1, 0}, {"list", AS_AT_MOST, 1, 0},
    {"tuple", AS_AT_MOST, 1, 0}, {"set", AS_AT_MOST, 1, 0}, {"frozenset", AS_AT_MOST, 1, 0},
    {"dict", AS_AT_MOST_KW, 1, 0},
    {"min", AS_AT_LEAST, 1, 0}, {"max", AS_AT_LEAST, 1, 0}, {"format", AS_AT_LEAST, 1, 2},
    {"iter", AS_AT_LEAST, 1, 2}, {"next", AS_AT_LEAST, 1, 2}, {"getattr", AS_AT_LEAST, 2, 3},
    {"int", AS_CLINIC, 2, 0}, {"str", AS_CLINIC, 3, 0}, {"bytes", AS_CLINIC, 3, 0},
    {"enumerate", AS_CLINIC, 2, 1}, {"round", AS_CLINIC, 2, 1}, {"pow", AS_CLINIC, 3, 1},
    {"sum", AS_SUM, 2, 0},
    {"type", AS_TYPE, 0, 0},
    {"map", AS_MAP, 2, 0},
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

/* Join the quoted names of params[idx[0..n)] CPython's way: 'a', 'a' and 'b', 'a', 'b', and 'c'. */
static void name_list(const FeNode *def, const int *idx, int n, char *out, size_t cap) {
    size_t at = 0;
    out[0] = '\0';
    for (int k = 0; k < n; k++) {
        const char *sep = k == 0 ? "" : (n == 2 ? " and " : (k == n - 1 ? ", and " : ", "));
        int w = snprintf(out + at, cap - at, "%s'%s'", sep, def->u.def.params[idx[k]].name);
        if (w < 0 || (size_t)w >= cap - at) break;
        at += (size_t)w;
    }
}

/* A call to a def-bound global: CPython's checks in its order (keywords, too many positional, missing
 * positional, missing keyword-only). Calls with *args or **kwargs unpacking are left to the runtime. */
static int check_def_call(const FeNode *call, const FeNode *def, FeDiag *d) {
    const char *fname = def->u.def.name;
    int np = def->u.def.nparams, npos = call->u.call.args.n;
    int nposp = def->u.def.npositional, nposonly = def->u.def.nposonly;
    for (int i = 0; i < npos; i++)
        if (call->u.call.args.items[i]->kind == E_STARRED) return 0;
    for (int k = 0; k < call->u.call.nkw; k++)
        if (!call->u.call.kws[k].name) return 0;
    unsigned char given[256];
    int idx[256];
    if (np > (int)sizeof given) return 0; /* absurd signatures: leave it to the runtime */
    memset(given, 0, sizeof given);
    for (int i = 0; i < nposp && i < npos; i++) given[i] = 1;
    int kwonly_given = 0, posonly_kw = 0;
    for (int k = 0; k < call->u.call.nkw; k++) {
        const char *kw = call->u.call.kws[k].name;
        int at = -1;
        for (int i = nposonly; i < np; i++) {
            FeParamKind pk = def->u.def.params[i].kind;
            if ((pk == FP_NORMAL || pk == FP_KWONLY) && !strcmp(def->u.def.params[i].name, kw)) { at = i; break; }
        }
        if (at < 0) {
            if (def->u.def.has_varkw) continue; /* collected by **kwargs */
            for (int i = 0; i < nposonly; i++)
                if (!strcmp(def->u.def.params[i].name, kw)) idx[posonly_kw++] = i;
            if (posonly_kw) {
                char names[200];
                snprintf(names, sizeof names, "'%s'", kw);
                return err(d, call, "%s() got some positional-only arguments passed as keyword arguments: %s", fname,
                           names);
            }
            return err(d, call, "%s() got an unexpected keyword argument '%s'", fname, kw);
        }
        if (given[at]) return err(d, call, "%s() got multiple values for argument '%s'", fname, kw);
        given[at] = 1;
        if (def->u.def.params[at].kind == FP_KWONLY) kwonly_given++;
    }
    int ndef = 0; /* positional params with defaults (they are trailing) */
    for (int i = 0; i < nposp; i++)
        if (def->u.def.params[i].default_) ndef++;
    if (npos > nposp && !def->u.def.has_varargs) {
        char sig[64], kwsig[96] = "";
        if (ndef) snprintf(sig, sizeof sig, "from %d to %d", nposp - ndef, nposp);
        else snprintf(sig, sizeof sig, "%d", nposp);
        if (kwonly_given)
            snprintf(kwsig, sizeof kwsig, " positional argument%s (and %d keyword-only argument%s)",
                     npos != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
        return err(d, call, "%s() takes %s positional argument%s but %d%s %s given", fname, sig,
                   (nposp != 1 || ndef) ? "s" : "", npos, kwsig, npos == 1 && !kwonly_given ? "was" : "were");
    }
    int missing = 0;
    for (int i = 0; i < nposp - ndef; i++)
        if (!given[i]) idx[missing++] = i;
    if (missing) {
        char names[200];
        name_list(def, idx, missing, names, sizeof names);
        return err(d, call, "%s() missing %d required positional argument%s: %s", fname, missing,
                   missing == 1 ? "" : "s", names);
    }
    for (int i = 0; i < np; i++)
        if (def->u.def.params[i].kind == FP_KWONLY && !given[i] && !def->u.def.params[i].default_) idx[missing++] = i;
    if (missing) {
        char names[200];
        name_list(def, idx, missing, names, sizeof names);
        return err(d, call, "%s() missing %d required keyword-only argument%s: %s", fname, missing,
                   missing == 1 ? "" : "s", names);
    }
    return 0;
}

/* A builtin call: only the shapes whose TypeError text we know from CPython 3.11. */
static int check_builtin_call(const FeNode *call, int id, FeDiag *d) {
    const char *name = NULL;
    for (size_t i = 0; i < sizeof BUILTIN_ARITY / sizeof BUILTIN_ARITY[0]; i++)
        if (BUILTIN_ARITY[i].id == id) name = BUILTIN_ARITY[i].name;
    if (!name) return 0; /* exception classes take anything */
    int row = -1;
    for (size_t i = 0; i < sizeof ARITY_STYLES / sizeof ARITY_STYLES[0]; i++)
        if (!strcmp(ARITY_STYLES[i].name, name)) row = (int)i;
    if (row < 0) return 0; /* no verified wording: the runtime decides */
    int n = call->u.call.args.n, nkw = call->u.call.nkw, k = ARITY_STYLES[row].k, k2 = ARITY_STYLES[row].k2;
    switch (ARITY_STYLES[row].style) {
    case AS_ONE:
        if (nkw) return err(d, call, "%s() takes no keyword arguments", name);
        if (n != 1) return err(d, call, "%s() takes exactly one argument (%d given)", name, n);
        return 0;
    case AS_RANGE:
        if (nkw) return err(d, call, "%s() takes no keyword arguments", name);
        if (n < k) return err(d, call, "%s expected at least %d argument%s, got %d", name, k, k == 1 ? "" : "s", n);
        if (n > k2) return err(d, call, "%s expected at most %d arguments, got %d", name, k2, n);
        return 0;
    case AS_EXPECT:
        if (nkw) return err(d, call, "%s() takes no keyword arguments", name);
        if (n != k) return err(d, call, "%s expected %d argument%s, got %d", name, k, k == 1 ? "" : "s", n);
        return 0;
    case AS_EXPECT_KW:
        if (n != k) return err(d, call, "%s expected %d argument%s, got %d", name, k, k == 1 ? "" : "s", n);
        return 0;
    case AS_AT_MOST:
        if (nkw) return err(d, call, "%s() takes no keyword arguments", name);
        if (n > k) return err(d, call, "%s expected at most %d argument%s, got %d", name, k, k == 1 ? "" : "s", n);
        return 0;
    case AS_AT_MOST_KW:
        if (n > k) return err(d, call, "%s expected at most %d argument%s, got %d", name, k, k == 1 ? "" : "s", n);
        return 0;
    case AS_AT_LEAST:
        /* min/max take key=/default=; format/iter/next (the ones with a maximum k2) take no keywords */
        if (k2 > 0 && nkw) return err(d, call, "%s() takes no keyword arguments", name);
        if (n < k) return err(d, call, "%s expected at least %d argument%s, got %d", name, k, k == 1 ? "" : "s", n);
        if (k2 > 0 && n > k2) return err(d, call, "%s expected at most %d arguments, got %d", name, k2, n);
        return 0;
    case AS_CLINIC:
    case AS_SUM:
        if (k2 && n == 0) return 0; /* k2: a missing positional is reported first (enumerate) */
        if (n + nkw > k)
            return err(d, call, "%s() takes at most %d %sargument%s (%d given)", name, k, n == 0 ? "keyword " : "",
                       k == 1 ? "" : "s", n + nkw);
        if (ARITY_STYLES[row].style == AS_SUM && n == 0)
            return err(d, call, "%s() takes at least 1 positional argument (0 given)", name);
        return 0;
    case AS_TYPE:
        if (n + nkw != 1 && n + nkw != 3) return err(d, call, "%s() takes 1 or 3 arguments", name);
        return 0;
    case AS_MAP:
        if (nkw) return err(d, call, "%s() takes no keyword arguments", name);
        if (n < k) return err(d, call, "%s() must have at least two arguments.", name);
        return 0;
    }
    return 0;
}

/* Check one E_CALL whose callee is known statically. 0 = fine (or not judged), -1 = diagnostic set. */
int fe_check_call_arity(FeNode *call, FeDiag *diag) {
    const FeNode *fn = call->u.call.func;
    if (fn->kind != E_NAME || !fn->u.name.sym) return 0;
    /* unpacking at the call site: the counts are only known at run time */
    for (int i = 0; i < call->u.call.args.n; i++)
        if (call->u.call.args.items[i]->kind == E_STARRED) return 0;
    for (int k = 0; k < call->u.call.nkw; k++)
        if (!call->u.call.kws[k].name) return 0;
    const FeSym *s = fn->u.name.sym;
    if (s->kind == SYM_GLOBAL && s->def) return check_def_call(call, s->def, diag);
    if (s->kind == SYM_BUILTIN) return check_builtin_call(call, s->index, diag);
    return 0;
}
