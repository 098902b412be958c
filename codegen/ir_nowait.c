/* ir_nowait.c — the places where the runtime calls a program's function from C, where that function cannot wait
 * on the host: a cmp_to_key() comparison function (the sort compares keys from C), a cached_property's
 * function (an attribute lookup runs it), a defaultdict's factory (it runs inside d[key]) and the key of
 * heapq.merge (merge's comparisons run from C). The builder notes each such function it can name (a def or a
 * lambda); once the passes know which functions may suspend, one that does is a compile error with its place,
 * never a run-time surprise. Stage: codegen. */
#include <stdlib.h>
#include <string.h>

#include "ir_builder.h"
#include "pith_modules.h"

/* e names `name` of module mod: the name imported alone (`from functools import cmp_to_key`), or the attribute
 * of the module imported alone (`functools.cmp_to_key`); each bound only by that import. */
static int names_module_row(const FeNode *e, int mod, const char *name) {
    const FeSym *s;
    if (e->kind == E_NAME && (s = e->u.name.sym) && s->kind == SYM_GLOBAL && s->imp && s->nassign == 1)
        return s->imp->u.imp.mod == mod && s->imp->u.imp.name == pith_module_name_index(mod, name);
    if (e->kind == E_ATTR && e->u.attr.value->kind == E_NAME && (s = e->u.attr.value->u.name.sym) &&
        s->kind == SYM_GLOBAL && s->imp && s->nassign == 1)
        return s->imp->u.imp.mod == mod && s->imp->u.imp.name < 0 && strcmp(e->u.attr.name, name) == 0;
    return 0;
}

static void note(Builder *b, int def, const FeNode *at, int what) {
    IrModule *m = b->m;
    if (def < 0) return;
    if (m->nnowaits == m->capnowaits) {
        int cap = m->capnowaits ? 2 * m->capnowaits : 4;
        IrNoWait *n = realloc(m->nowaits, sizeof *n * (size_t)cap);
        if (!n) return; /* only a check is lost; the run-time error remains */
        m->nowaits = n;
        m->capnowaits = cap;
    }
    m->nowaits[m->nnowaits++] = (IrNoWait){def, at->span.line, at->span.col, what};
}

/* The def an argument names: a lambda, or a def bound once to that name without decorators. */
static int def_of(Builder *b, const FeNode *arg) {
    if (arg->kind == E_LAMBDA) return arg->u.def.id;
    if (arg->kind == E_NAME && arg->u.name.sym) return bd_known_def(b, arg->u.name.sym);
    return -1;
}

void bd_note_nowait_call(Builder *b, const FeNode *call) {
    if (call->u.call.args.n < 1 || !call->u.call.func) return;
    const FeNode *fn = call->u.call.func;
    if (names_module_row(fn, PITH_MOD_FUNCTOOLS, "cmp_to_key"))
        note(b, def_of(b, call->u.call.args.items[0]), call, IR_NOWAIT_CMP_TO_KEY);
    else if (names_module_row(fn, PITH_MOD_FUNCTOOLS, "cached_property"))
        note(b, def_of(b, call->u.call.args.items[0]), call, IR_NOWAIT_CACHED_PROPERTY);
    else if (names_module_row(fn, PITH_MOD_COLLECTIONS, "defaultdict"))
        note(b, def_of(b, call->u.call.args.items[0]), call->u.call.args.items[0], IR_NOWAIT_DEFAULTDICT_FACTORY);
    else if (names_module_row(fn, PITH_MOD_HEAPQ, "merge"))
        for (int k = 0; k < call->u.call.nkw; k++)
            if (call->u.call.kws[k].name && strcmp(call->u.call.kws[k].name, "key") == 0)
                note(b, def_of(b, call->u.call.kws[k].value), call->u.call.kws[k].value, IR_NOWAIT_MERGE_KEY);
}

void bd_note_nowait_decorator(Builder *b, const FeNode *def, const FeNode *decorator) {
    if (names_module_row(decorator, PITH_MOD_FUNCTOOLS, "cached_property"))
        note(b, def->u.def.id, decorator, IR_NOWAIT_CACHED_PROPERTY);
}

int ir_check_nowait(const IrModule *m, FeDiag *d) {
    static const char *const why[] = {
        [IR_NOWAIT_CMP_TO_KEY] = "the comparison function of cmp_to_key() may wait on the host, which a sort's "
                                 "comparisons cannot do: compute keys with key= instead",
        [IR_NOWAIT_CACHED_PROPERTY] = "a cached_property's function may wait on the host, which an attribute "
                                      "lookup cannot do: call a method instead",
        [IR_NOWAIT_DEFAULTDICT_FACTORY] = "the factory of a defaultdict may call a host function, but the runtime "
                                          "calls it where the run cannot wait on the host",
        [IR_NOWAIT_MERGE_KEY] = "the key of heapq.merge may call a host function, but the runtime calls it where "
                                "the run cannot wait on the host",
    };
    for (int i = 0; m->may_wait && i < m->nnowaits; i++) {
        const IrNoWait *n = &m->nowaits[i];
        if (1 + n->def >= m->nfuncs || !m->funcs[1 + n->def]->suspends) continue;
        d->line = n->line;
        d->col = n->col;
        snprintf(d->message, sizeof d->message, "%s", why[n->what]);
        return -1;
    }
    return 0;
}
