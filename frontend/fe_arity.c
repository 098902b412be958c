/* fe_arity.c — compile-time argument checks of calls to known functions, with CPython's own words: calls
 * of def-bound globals here, calls of builtins through rt_builtin_arity_error (the runtime's own check).
 * Stage: frontend (called by the type pass on its final round). Invariants: a message is produced only
 * when CPython 3.11 would raise that TypeError for the same call (texts checked against CPython in
 * tests/unit/test_frontend.c); calls we cannot judge statically are left to the runtime. */
#include <stdio.h>
#include <string.h>

#include "fe_internal.h"
#include "pith_builtins.h"
#include "pith_modules.h"

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
            if ((pk == FP_NORMAL || pk == FP_KWONLY) && !strcmp(def->u.def.params[i].name, kw)) {
                at = i;
                break;
            }
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
        if (ndef)
            snprintf(sig, sizeof sig, "from %d to %d", nposp - ndef, nposp);
        else
            snprintf(sig, sizeof sig, "%d", nposp);
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

/* A builtin call: the counts against the builtin's row in rt_builtins.h, in the words the runtime would use
 * (both ask rt_builtin_arity_error). Keyword names, and exception classes, are left to the runtime. */
static int check_builtin_call(const FeNode *call, int id, FeDiag *d) {
    char msg[160];
    if (rt_builtin_arity_error(id, call->u.call.args.n, call->u.call.nkw, msg, sizeof msg))
        return err(d, call, "%s", msg);
    return 0;
}

/* What a name bound only by one import binds (an E_IMPORT), or NULL. */
static const FeNode *imported(const FeNode *e) {
    const FeSym *s = e->kind == E_NAME ? e->u.name.sym : NULL;
    return s && s->kind == SYM_GLOBAL && s->imp && s->nassign == 1 ? s->imp : NULL;
}

/* A module function call (`sqrt(1, 2)` after `from math import sqrt`, or `math.sqrt()`): the counts against
 * its row, in the words the runtime would use (both ask pith_modfn_arity_error). */
static int check_module_call(const FeNode *call, FeDiag *d) {
    const FeNode *fn = call->u.call.func, *imp = imported(fn);
    int mod = -1, row = -1;
    if (imp && imp->u.imp.name >= 0) {
        mod = imp->u.imp.mod;
        row = imp->u.imp.name;
    } else if (fn->kind == E_ATTR && (imp = imported(fn->u.attr.value)) && imp->u.imp.name < 0) {
        mod = imp->u.imp.mod;
        row = pith_module_name_index(mod, fn->u.attr.name);
    }
    char msg[160];
    if (pith_modfn_arity_error(mod, row, call->u.call.args.n, call->u.call.nkw, msg, sizeof msg))
        return err(d, call, "%s", msg);
    return 0;
}

/* Check one E_CALL whose callee is known statically. 0 = fine (or not judged), -1 = diagnostic set. */
int fe_check_call_arity(FeNode *call, FeDiag *diag) {
    const FeNode *fn = call->u.call.func;
    if (fn->kind == E_ATTR || (fn->kind == E_NAME && fn->u.name.sym && fn->u.name.sym->imp)) {
        for (int i = 0; i < call->u.call.args.n; i++)
            if (call->u.call.args.items[i]->kind == E_STARRED) return 0;
        for (int k = 0; k < call->u.call.nkw; k++)
            if (!call->u.call.kws[k].name) return 0;
        return check_module_call(call, diag);
    }
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
