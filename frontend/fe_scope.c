/* fe_scope.c — name resolution: every E_NAME, param, handler name and def name gets its FeSym.
 * Stage: frontend, after fe_parse (AST built) and before fe_types. Invariants (ast.h): module globals
 * are SYM_GLOBAL with slots 0..n-1 (host inputs first); a function's (def, lambda, genexp) own symbols
 * are SYM_LOCAL/SYM_CELL with params in slots 0..nparams-1 and scope->syms[i]->index == i, then the
 * symbols of the inline comprehensions it holds take the next slots (nlocals counts all); captured
 * variables are SYM_CELL where defined and SYM_FREE (outer = enclosing symbol) in inner functions.
 * A name bound nowhere is "name 'x' is not defined". Two walks share one walker: COLLECT records
 * scopes and binding sites, RESOLVE looks every name up (making cells and free variables). */
#include <stdio.h>
#include <string.h>

#include "fe_internal.h"
#include "pith_builtins.h"

/* ---- a small string-keyed hash map in the arena ---- */

typedef struct MapEnt {
    const char *key; /* NULL = empty slot */
    uint32_t hash;   /* FNV-1a of key */
    void *val;       /* the mapped value */
} MapEnt;

typedef struct Map {
    MapEnt *e;    /* cap slots */
    uint32_t cap; /* power of two (0 before the first insert) */
    uint32_t n;   /* used slots */
} Map;

static uint32_t hash_str(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static void *map_get(const Map *m, const char *k, uint32_t h) {
    if (!m->cap) return NULL;
    for (uint32_t i = h & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (!m->e[i].key) return NULL;
        if (m->e[i].hash == h && !strcmp(m->e[i].key, k)) return m->e[i].val;
    }
}

/* Insert (k must not be present). Returns 0, -1 on OOM. */
static int map_put(FeArena *a, Map *m, const char *k, uint32_t h, void *v) {
    if ((m->n + 1) * 2 > m->cap) {
        uint32_t cap = m->cap ? m->cap * 2 : 16;
        if (cap > (1u << 30)) return -1;
        MapEnt *e = fe_alloc(a, cap * sizeof *e);
        if (!e) return -1;
        for (uint32_t i = 0; i < m->cap; i++) {
            if (!m->e[i].key) continue;
            uint32_t j = m->e[i].hash & (cap - 1);
            while (e[j].key) j = (j + 1) & (cap - 1);
            e[j] = m->e[i];
        }
        m->e = e;
        m->cap = cap;
    }
    uint32_t j = h & (m->cap - 1);
    while (m->e[j].key) j = (j + 1) & (m->cap - 1);
    m->e[j].key = k;
    m->e[j].hash = h;
    m->e[j].val = v;
    m->n++;
    return 0;
}

/* ---- the resolver ---- */

enum { COLLECT, RESOLVE };

/* Per-name facts inside one scope. */
enum { LF_PARAM = 1, LF_BOUND = 2, LF_USED = 4, LF_GLOBAL = 8, LF_ANNOT = 16, LF_NONLOCAL = 32, LF_ITER = 64 };
typedef struct LocalInfo {
    FeSym *sym;  /* its own SYM_LOCAL/SYM_CELL, or (RESOLVE) the SYM_FREE / enclosing symbol it resolved to */
    int flags;   /* LF_* */
    FeSpan decl; /* its first global/nonlocal statement (where CPython reports a conflict) */
} LocalInfo;

/* Kinds of scopes: the module, a def or lambda, an inline list/set/dict comprehension, a genexp. */
typedef enum ScKind { SC_MODULE, SC_FUNC, SC_COMP, SC_GENEXP, SC_CLASS } ScKind;

/* What the resolver keeps per scope between the two walks (the walks visit scopes in the same order). */
typedef struct ScInfo {
    ScKind kind;           /* what owns the scope */
    FeScope *sc;           /* the public scope */
    struct ScInfo *parent; /* enclosing scope (NULL for the module) */
    struct ScInfo *host;   /* nearest non-inline scope (itself unless SC_COMP): owner of the slot space */
    Map names;             /* name -> LocalInfo* */
    FeVec syms;            /* its own SYM_LOCAL symbols in creation order (not for the module) */
    FeVec frees;           /* SYM_FREE symbols in closure order (RESOLVE) */
    FeVec comps;           /* host only: the inline comprehensions numbered in its slot space, in order */
} ScInfo;

typedef struct Scoper {
    FeModule *m;           /* the module being resolved */
    FeArena *a;            /* its arena */
    FeDiag *diag;          /* first error */
    int failed;            /* an error was recorded */
    const FeDecls *decls;  /* host inputs/externals (may be NULL) */
    int mode;              /* COLLECT or RESOLVE */
    Map globals;           /* name -> FeSym* (SYM_GLOBAL) */
    FeVec gsyms;           /* module globals in slot order */
    Map others;            /* name -> FeSym* for builtins/externals already looked up */
    FeVec defs;            /* every function (S_DEF, E_LAMBDA, E_GENEXP) in source order */
    FeVec infos;           /* every ScInfo in creation order (index 0 = the module) */
    int next_info;         /* RESOLVE: the next ScInfo to take when entering a scope */
    ScInfo *cur;           /* the scope being walked */
    FeVec nonlocals;       /* COLLECT: S_NONLOCAL statements, checked after the walk */
    FeVec nonlocal_scopes; /* their ScInfo* */
    int track_module;      /* the module body has a `global` statement outside defs: keep its name facts */
    int in_comp_iter;      /* walking a comprehension's iterable (no walrus allowed there) */
    FeSym pending;         /* COLLECT: what binding a `nonlocal` name returns (it is resolved later) */
    int depth;             /* recursion guard (the AST depth is capped by the parser anyway) */
} Scoper;

static void *oom(Scoper *S) { return fe_errorf(S->diag, &S->failed, 1, 1, "out of memory"); }

static FeSym *new_sym(Scoper *S, const char *name, FeSymKind kind, int index) {
    FeSym *s = fe_alloc(S->a, sizeof *s);
    if (!s) return oom(S);
    s->name = name;
    s->kind = kind;
    s->index = index;
    s->type = FT_ANY;
    return s;
}

/* The module global for name, created (next slot) when missing. */
static FeSym *global_sym(Scoper *S, const char *name) {
    uint32_t h = hash_str(name);
    FeSym *s = map_get(&S->globals, name, h);
    if (s) return s;
    s = new_sym(S, name, SYM_GLOBAL, S->gsyms.n);
    if (!s) return NULL;
    if (map_put(S->a, &S->globals, name, h, s) < 0 || fe_vec_push(S->a, &S->gsyms, s) < 0) return oom(S);
    return s;
}

/* Names that never resolve to a builtin, whatever pith_builtins.h lists (the sandbox: no reflection,
 * no code loading, no files or terminal). A program may still bind them itself. getattr/setattr/hasattr are
 * builtins: the runtime serves ordinary attributes only (no dunder beyond pith_dunder_allowed()). */
static int denied_builtin(const char *name) {
    static const char *const denied[] = {"eval",   "exec", "compile",         "__import__",   "open",      "globals",
                                         "locals", "vars", "breakpoint",   "input",     "help",
                                         "exit",   "quit", "__build_class__", "__builtins__", "memoryview"};
    for (size_t i = 0; i < sizeof denied / sizeof denied[0]; i++)
        if (!strcmp(denied[i], name)) return 1;
    return 0;
}

/* Builtin id of a name from pith_builtins.h (functions and exception classes), or -1. */
static int builtin_id(const char *name) {
    if (denied_builtin(name)) return -1;
    static const struct {
        const char *name;
        int id;
    } rows[] = {
#define PITH_B_ROW(id, nm, ...) {nm, PITH_B_##id},
        PITH_BUILTIN_FUNCS(PITH_B_ROW)
#undef PITH_B_ROW
#define PITH_E_ROW(id, nm, base) {nm, PITH_B_##id},
            PITH_BUILTIN_EXCEPTIONS(PITH_E_ROW)
#undef PITH_E_ROW
#define PITH_C_ROW(id, nm, visible) {visible ? nm : "", PITH_B_##id},
                PITH_BUILTIN_CLASS_ROWS(PITH_C_ROW)
#undef PITH_C_ROW
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
        if (rows[i].name[0] == name[0] && !strcmp(rows[i].name, name)) return rows[i].id;
    return -1;
}

/* A name seen from module level (or a function, when not local): global, external, builtin. */
static FeSym *lookup_module(Scoper *S, const char *name, const FeSpan *at) {
    uint32_t h = hash_str(name);
    FeSym *s = map_get(&S->globals, name, h);
    if (s) return s;
    s = map_get(&S->others, name, h);
    if (s) return s;
    if (S->decls) {
        for (int i = 0; i < S->decls->nexternals; i++) {
            const char *e = S->decls->externals ? S->decls->externals[i] : NULL;
            if (e && !strcmp(e, name)) {
                s = new_sym(S, name, SYM_EXTERNAL, i);
                break;
            }
        }
    }
    if (!s) {
        int b = builtin_id(name);
        if (b >= 0) s = new_sym(S, name, SYM_BUILTIN, b);
    }
    if (!s) {
        if (S->failed) return NULL;
        return fe_errorf(S->diag, &S->failed, at->line, at->col, "name '%s' is not defined", name);
    }
    if (map_put(S->a, &S->others, name, h, s) < 0) return oom(S);
    return s;
}

/* The LocalInfo of a name in scope si (created when missing). */
static LocalInfo *local_info(Scoper *S, ScInfo *si, const char *name) {
    uint32_t h = hash_str(name);
    LocalInfo *li = map_get(&si->names, name, h);
    if (li) return li;
    li = fe_alloc(S->a, sizeof *li);
    if (!li || map_put(S->a, &si->names, name, h, li) < 0) return oom(S);
    return li;
}

static LocalInfo *find_info(ScInfo *si, const char *name) { return map_get(&si->names, name, hash_str(name)); }

/* A new SYM_LOCAL of scope si (slot numbered in its own order; inline comprehensions are rebased into
 * their host's slot space when the host is finished). */
static FeSym *new_local(Scoper *S, ScInfo *si, LocalInfo *li, const char *name) {
    li->sym = new_sym(S, name, SYM_LOCAL, si->syms.n);
    if (!li->sym || fe_vec_push(S->a, &si->syms, li->sym) < 0) return oom(S);
    return li->sym;
}

static int is_fn_var(const FeSym *s) {
    return s && (s->kind == SYM_LOCAL || s->kind == SYM_CELL || s->kind == SYM_FREE);
}

static FeSym *get_var(Scoper *S, ScInfo *si, const char *name, const FeSpan *at);

/* What `name` means to a scope nested in class scope ci: not the class's own variables (a method does not
 * see them, as in CPython), except the implicit __class__ cell; the enclosing scope's otherwise. A variable of
 * an enclosing function passes through the class body's closure under a key of its own ("\1name"), so
 * it never mixes with a class variable of the same name. */
static FeSym *class_outer_var(Scoper *S, ScInfo *ci, const char *name, const FeSpan *at) {
    if (!strcmp(name, "__class__")) return get_var(S, ci, name, at);
    FeSym *ps = ci->parent->kind == SC_CLASS ? class_outer_var(S, ci->parent, name, at)
                                              : get_var(S, ci->parent, name, at);
    if (!ps || !is_fn_var(ps)) return ps;
    size_t n = strlen(name);
    char *key = fe_alloc(S->a, n + 2);
    if (!key) return oom(S);
    key[0] = 1;
    memcpy(key + 1, name, n + 1);
    LocalInfo *li = local_info(S, ci, key);
    if (!li) return NULL;
    if (li->sym) return li->sym;
    if (ps->kind == SYM_LOCAL) ps->kind = SYM_CELL;
    FeSym *f = new_sym(S, name, SYM_FREE, ci->frees.n);
    if (!f || fe_vec_push(S->a, &ci->frees, f) < 0) return oom(S);
    f->outer = ps;
    li->sym = f;
    return f;
}

/* RESOLVE: what `name` means in scope si. Locals are found in si; a name declared global is the
 * module's; anything else comes from the enclosing scopes: a variable of an enclosing function makes
 * it a cell there and a free variable here (through every intermediate function; inline comprehensions
 * are transparent, they run inside their host). */
static FeSym *get_var(Scoper *S, ScInfo *si, const char *name, const FeSpan *at) {
    LocalInfo *li = find_info(si, name);
    if (li && li->sym) return li->sym;
    if (si->kind == SC_MODULE) return lookup_module(S, name, at);
    if (li && (li->flags & LF_GLOBAL)) return lookup_module(S, name, at); /* declared global */
    /* a class's own variables are invisible to the scopes in it, comprehensions included (CPython 3.11
     * runs those as functions; only their first iterable is evaluated in the class body) */
    FeSym *ps = si->parent->kind == SC_CLASS ? class_outer_var(S, si->parent, name, at)
                                             : get_var(S, si->parent, name, at);
    if (!ps || !is_fn_var(ps)) return ps;
    if (!li && !(li = local_info(S, si, name))) return NULL;
    if (si->kind == SC_COMP) {
        li->sym = ps;
        return ps;
    }
    if (ps->kind == SYM_LOCAL) ps->kind = SYM_CELL;
    FeSym *f = new_sym(S, name, SYM_FREE, si->frees.n);
    if (!f || fe_vec_push(S->a, &si->frees, f) < 0) return oom(S);
    f->outer = ps;
    li->sym = f;
    return f;
}

/* Is `name` a variable of some function enclosing si (what `nonlocal name` in si needs)? Usable once the
 * COLLECT walk is over (every local exists by then). */
static int has_fn_binding(ScInfo *si, const char *name) {
    for (ScInfo *p = si->parent; p && p->kind != SC_MODULE; p = p->parent) {
        LocalInfo *li = find_info(p, name);
        if (!li) continue;
        if (li->flags & LF_GLOBAL) return 0;
        if (li->sym && li->sym->kind == SYM_LOCAL) return 1;
        if (li->flags & LF_NONLOCAL) return 1; /* checked on its own; it binds further out */
    }
    return 0;
}

/* The scope a walrus target binds in: the nearest enclosing function (or the module), skipping
 * comprehensions. COLLECT also rejects rebinding a comprehension's iteration variable. */
static ScInfo *walrus_scope(Scoper *S, const char *name, const FeSpan *at) {
    ScInfo *si = S->cur;
    while (si->kind == SC_COMP || si->kind == SC_GENEXP) {
        LocalInfo *li = find_info(si, name);
        if (S->mode == COLLECT && li && (li->flags & LF_ITER)) {
            fe_errorf(S->diag, &S->failed, at->line, at->col,
                      "assignment expression cannot rebind comprehension iteration variable '%s'", name);
            return NULL;
        }
        si = si->parent;
    }
    return si;
}

/* A binding site of `name` in scope si (assignment, for target, del, except-as, def, walrus; annotation
 * only when `counts` is 0). COLLECT creates/counts the symbol; RESOLVE returns what it means. */
static FeSym *bind_in(Scoper *S, ScInfo *si, const char *name, const FeSpan *at, int counts) {
    if (S->mode == RESOLVE) return get_var(S, S->cur, name, at);
    if (si->kind == SC_MODULE) {
        if (S->track_module) {
            LocalInfo *mi = local_info(S, si, name);
            if (!mi) return NULL;
            mi->flags |= counts ? LF_BOUND : LF_ANNOT;
        }
        FeSym *s = global_sym(S, name);
        if (s && counts) s->nassign++;
        return s;
    }
    LocalInfo *li = local_info(S, si, name);
    if (!li) return NULL;
    li->flags |= counts ? LF_BOUND : LF_ANNOT;
    if (li->flags & LF_GLOBAL) {
        FeSym *s = global_sym(S, name);
        if (s && counts) s->nassign++;
        return s;
    }
    if (li->flags & LF_NONLOCAL) return &S->pending; /* resolved as a free variable by RESOLVE */
    if (!li->sym && !new_local(S, si, li, name)) return NULL;
    if (counts) li->sym->nassign++;
    return li->sym;
}

static FeSym *bind(Scoper *S, const char *name, const FeSpan *at, int counts) {
    return bind_in(S, S->cur, name, at, counts);
}

/* A use of a name. */
static FeSym *use(Scoper *S, const char *name, const FeSpan *at) {
    if (S->mode == COLLECT) {
        if (S->cur->kind != SC_MODULE || S->track_module) {
            LocalInfo *li = local_info(S, S->cur, name);
            if (li) li->flags |= LF_USED;
        }
        return NULL;
    }
    return get_var(S, S->cur, name, at);
}

/* Enter a new scope of this kind owned by `owner` (NULL for none). COLLECT creates it (and its public
 * FeScope); RESOLVE takes the one the COLLECT walk made at the same point. Returns it or NULL. */
static ScInfo *enter_scope(Scoper *S, ScKind kind, FeNode *owner) {
    ScInfo *si;
    if (S->mode == RESOLVE) {
        if (S->next_info >= S->infos.n) return oom(S);
        si = S->infos.items[S->next_info++];
    } else {
        si = fe_alloc(S->a, sizeof *si);
        FeScope *sc = fe_alloc(S->a, sizeof *sc);
        if (!si || !sc || fe_vec_push(S->a, &S->infos, si) < 0) return oom(S);
        si->kind = kind;
        si->sc = sc;
        si->parent = S->cur;
        si->host = kind == SC_COMP ? S->cur->host : si;
        sc->parent = S->cur->sc;
        sc->def = owner;
        sc->inline_comp = kind == SC_COMP;
        if (kind == SC_COMP && fe_vec_push(S->a, &si->host->comps, si) < 0) return oom(S);
    }
    S->cur = si;
    return si;
}

/* Leave scope si (back to its parent). COLLECT publishes its symbols; a host (function or genexp; the
 * module is finished by fe_resolve) also numbers the slots of the inline comprehensions it holds. */
static void finish_syms(ScInfo *si) {
    si->sc->syms = (FeSym **)si->syms.items;
    si->sc->nsyms = si->syms.n;
    si->sc->nlocals = si->syms.n;
}

static void number_comps(ScInfo *host, int base) {
    for (int i = 0; i < host->comps.n; i++) {
        ScInfo *c = host->comps.items[i];
        for (int k = 0; k < c->syms.n; k++) ((FeSym *)c->syms.items[k])->index += base;
        finish_syms(c);
        base += c->syms.n;
    }
    host->sc->nlocals = base;
}

static void leave_scope(Scoper *S, ScInfo *si) {
    if (S->mode == COLLECT && si->kind != SC_COMP) {
        finish_syms(si);
        number_comps(si, si->syms.n);
    }
    S->cur = si->parent;
}

static int walk_expr(Scoper *S, FeNode *e);
static int walk_block(Scoper *S, FeList *b, int top);
static int walk_target(Scoper *S, FeNode *t, int counts);

static int walk_list(Scoper *S, FeList *l) {
    for (int i = 0; i < l->n; i++)
        if (walk_expr(S, l->items[i]) < 0) return -1;
    return 0;
}

/* A def or lambda's own scope: params (slots first, in order), then the body. */
static int walk_function(Scoper *S, FeNode *d) {
    if (S->mode == COLLECT) {
        d->u.def.id = S->defs.n;
        if (fe_vec_push(S->a, &S->defs, d) < 0) return oom(S), -1;
    }
    ScInfo *si = enter_scope(S, SC_FUNC, d);
    if (!si) return -1;
    int saved_iter = S->in_comp_iter; /* a walrus inside a lambda in an iterable binds in the lambda */
    S->in_comp_iter = 0;
    d->u.def.scope = si->sc;
    for (int i = 0; i < d->u.def.nparams; i++) {
        FeParam *pa = &d->u.def.params[i];
        LocalInfo *li = local_info(S, si, pa->name);
        if (!li) return -1;
        if (S->mode == COLLECT) {
            li->flags |= LF_PARAM | LF_BOUND;
            if (!new_local(S, si, li, pa->name)) return -1;
            li->sym->is_param = 1;
            li->sym->nassign = 1;
        }
        pa->sym = li->sym;
    }
    int rc = walk_block(S, &d->u.def.body, 0);
    S->in_comp_iter = saved_iter;
    leave_scope(S, si);
    return rc;
}

static int await_here(Scoper *S, const FeNode *e);

/* A comprehension: the first iterable in the enclosing scope, the rest in its own scope (a genexp is a
 * function whose parameter ".0" receives that first iterable). */

static int walk_comp(Scoper *S, FeNode *e) {
    int rc;
    for (int g = 0; g < e->u.comp.ngens; g++) /* an inline comprehension awaits in its function */
        if (e->u.comp.gens[g].is_async && await_here(S, e) < 0) return -1;
    S->in_comp_iter++;
    rc = walk_expr(S, e->u.comp.gens[0].iter);
    S->in_comp_iter--;
    if (rc < 0) return -1;
    int gen = e->kind == E_GENEXP;
    if (gen && S->mode == COLLECT) {
        e->u.comp.id = S->defs.n;
        if (fe_vec_push(S->a, &S->defs, e) < 0) return oom(S), -1;
    } else if (!gen) {
        e->u.comp.id = -1;
    }
    ScInfo *si = enter_scope(S, gen ? SC_GENEXP : SC_COMP, e);
    if (!si) return -1;
    e->u.comp.scope = si->sc;
    if (gen && S->mode == COLLECT) {
        LocalInfo *li = local_info(S, si, ".0");
        if (!li || !new_local(S, si, li, ".0")) return -1;
        li->flags |= LF_PARAM | LF_BOUND;
        li->sym->is_param = 1;
        li->sym->nassign = 1;
    }
    for (int g = 0; rc == 0 && g < e->u.comp.ngens; g++) {
        FeCompFor *cf = &e->u.comp.gens[g];
        if (g > 0) {
            S->in_comp_iter++;
            rc = walk_expr(S, cf->iter);
            S->in_comp_iter--;
        }
        if (rc == 0) rc = walk_target(S, cf->target, 2);
        if (rc == 0) rc = walk_list(S, &cf->ifs);
    }
    if (rc == 0) rc = walk_expr(S, e->u.comp.elt);
    if (rc == 0) rc = walk_expr(S, e->u.comp.value);
    leave_scope(S, si);
    return rc;
}

static FeNode *name_node(Scoper *S, const char *id, FeSpan at) {
    FeNode *n = fe_alloc(S->a, sizeof *n);
    if (!n) return oom(S);
    n->kind = E_NAME;
    n->span = at;
    n->u.name.id = id;
    return n;
}

/* super() inside a method is super(__class__, <its first parameter>), as CPython compiles it: __class__ is
 * the cell of the class statement's body, given the class once it is made (rt_class_build). Outside a class,
 * or in a function without parameters, super() stays as written (a RuntimeError when called). */
static int super_rewrite(Scoper *S, FeNode *e) {
    FeNode *f = e->u.call.func;
    if (f->kind != E_NAME || strcmp(f->u.name.id, "super") || e->u.call.args.n || e->u.call.nkw) return 0;
    ScInfo *fn = S->cur;
    while (fn->kind == SC_COMP) fn = fn->parent;
    if (fn->kind != SC_FUNC || !fn->sc->def || fn->sc->def->u.def.nparams < 1) return 0;
    ScInfo *k = fn->parent;
    while (k && k->kind != SC_CLASS && k->kind != SC_MODULE) k = k->parent;
    if (!k || k->kind != SC_CLASS) return 0;
    FeNode **args = fe_alloc(S->a, 2 * sizeof *args);
    if (!args) return oom(S), -1;
    if (!(args[0] = name_node(S, "__class__", e->span)) ||
        !(args[1] = name_node(S, fn->sc->def->u.def.params[0].name, e->span)))
        return -1;
    e->u.call.args.items = args;
    e->u.call.args.n = 2;
    return 0;
}

/* A yield makes its def a generator; CPython's SyntaxError where no def owns it. */
static int yield_here(Scoper *S, const FeNode *e) {
    const char *where = NULL;
    FeNode *def = S->cur->sc->def;
    if (S->cur->kind == SC_MODULE || S->cur->kind == SC_CLASS) where = "'yield' outside function";
    if (S->cur->kind == SC_GENEXP) where = "'yield' inside generator expression";
    if (S->cur->kind == SC_COMP)
        where = def && def->kind == E_SETCOMP    ? "'yield' inside set comprehension"
                : def && def->kind == E_DICTCOMP ? "'yield' inside dict comprehension"
                                                 : "'yield' inside list comprehension";
    if (!where && def && def->kind == S_DEF && def->u.def.is_async && e->kind == E_YIELD_FROM)
        where = "'yield from' inside async function";
    if (where) {
        fe_errorf(S->diag, &S->failed, e->span.line, e->span.col, "%s", where);
        return -1;
    }
    if (def) def->u.def.is_generator = 1;
    if (def && def->u.def.is_async) def->u.def.is_async = FE_ASYNC_GEN;
    return 0;
}

/* An await (and an `async for`, an `async with`, an asynchronous comprehension) belongs to an async def:
 * directly, or through a comprehension run inline in it. CPython's SyntaxError elsewhere. */
static int await_here(Scoper *S, const FeNode *e) {
    ScInfo *si = S->cur;
    while (si && si->kind == SC_COMP) si = si->parent;
    const FeNode *def = si ? si->sc->def : NULL;
    const char *where = NULL;
    if (!si || si->kind == SC_MODULE || si->kind == SC_CLASS)
        where = "'await' outside function";
    else if (si->kind == SC_GENEXP)
        where = "await inside a generator expression is not supported";
    else if (!def || def->kind != S_DEF || !def->u.def.is_async)
        where = "'await' outside async function";
    if (where && e->kind == S_FOR) where = "'async for' outside async function";
    if (where && e->kind != S_FOR && e->kind != E_AWAIT) /* a comprehension with an `async for` */
        where = "asynchronous comprehension outside of an asynchronous function";
    if (where && e->kind == E_AWAIT && e->u.un.op == FE_AWAIT_OF_ASYNC_WITH) where = "'async with' outside async function";
    if (!where) return 0;
    fe_errorf(S->diag, &S->failed, e->span.line, e->span.col, "%s", where);
    return -1;
}

static int walk_expr(Scoper *S, FeNode *e) {
    if (!e || S->failed) return S->failed ? -1 : 0;
    if (++S->depth > FE_MAX_DEPTH + 8) {
        S->depth--;
        fe_errorf(S->diag, &S->failed, e->span.line, e->span.col, "expression nested too deeply");
        return -1;
    }
    int rc = 0;
    switch (e->kind) {
    case E_NAME: {
        FeSym *s = use(S, e->u.name.id, &e->span);
        if (S->mode == RESOLVE) {
            if (!s) rc = -1;
            e->u.name.sym = s;
        }
        break;
    }
    case E_BINOP: rc = walk_expr(S, e->u.bin.left) < 0 || walk_expr(S, e->u.bin.right) < 0 ? -1 : 0; break;
    case E_UNOP:
    case E_NOT:
    case E_STARRED: rc = walk_expr(S, e->u.un.operand); break;
    case E_BOOLOP: rc = walk_list(S, &e->u.boolop.values); break;
    case E_COMPARE: rc = walk_expr(S, e->u.cmp.left) < 0 || walk_list(S, &e->u.cmp.comparators) < 0 ? -1 : 0; break;
    case E_IFEXP:
        rc = walk_expr(S, e->u.ifexp.body) < 0 || walk_expr(S, e->u.ifexp.test) < 0 ||
                     walk_expr(S, e->u.ifexp.orelse) < 0
                 ? -1
                 : 0;
        break;
    case E_CALL:
        if (S->mode == COLLECT && super_rewrite(S, e) < 0) {
            rc = -1;
            break;
        }
        rc = walk_expr(S, e->u.call.func) < 0 || walk_list(S, &e->u.call.args) < 0 ? -1 : 0;
        for (int i = 0; rc == 0 && i < e->u.call.nkw; i++) rc = walk_expr(S, e->u.call.kws[i].value);
        break;
    case E_ATTR: rc = walk_expr(S, e->u.attr.value); break;
    case E_SUBSCRIPT: rc = walk_expr(S, e->u.sub.value) < 0 || walk_expr(S, e->u.sub.index) < 0 ? -1 : 0; break;
    case E_SLICE:
        rc = walk_expr(S, e->u.slice.lower) < 0 || walk_expr(S, e->u.slice.upper) < 0 ||
                     walk_expr(S, e->u.slice.step) < 0
                 ? -1
                 : 0;
        break;
    case E_LIST:
    case E_TUPLE:
    case E_SET: rc = walk_list(S, &e->u.seq.items); break;
    case E_DICT: rc = walk_list(S, &e->u.dict.keys) < 0 || walk_list(S, &e->u.dict.values) < 0 ? -1 : 0; break;
    case E_LAMBDA:
        for (int i = 0; rc == 0 && i < e->u.def.nparams; i++) rc = walk_expr(S, e->u.def.params[i].default_);
        if (rc == 0) rc = walk_function(S, e);
        break;
    case E_LISTCOMP:
    case E_SETCOMP:
    case E_DICTCOMP:
    case E_GENEXP: rc = walk_comp(S, e); break;
    case E_FSTRING: rc = walk_list(S, &e->u.fstr.parts); break;
    case E_FORMATTED: rc = walk_expr(S, e->u.fmt.value) < 0 || walk_expr(S, e->u.fmt.spec) < 0 ? -1 : 0; break;
    case E_YIELD:
    case E_YIELD_FROM: rc = yield_here(S, e) < 0 || walk_expr(S, e->u.un.operand) < 0 ? -1 : 0; break;
    case E_AWAIT: rc = await_here(S, e) < 0 || walk_expr(S, e->u.un.operand) < 0 ? -1 : 0; break;
    case E_NAMEDEXPR: {
        if (S->in_comp_iter) {
            fe_errorf(S->diag, &S->failed, e->span.line, e->span.col,
                      "assignment expression cannot be used in a comprehension iterable expression");
            rc = -1;
            break;
        }
        rc = walk_expr(S, e->u.walrus.value);
        if (rc < 0) break;
        FeNode *t = e->u.walrus.target;
        ScInfo *si = walrus_scope(S, t->u.name.id, &t->span);
        FeSym *s = si ? bind_in(S, si, t->u.name.id, &t->span, 1) : NULL;
        if (!s)
            rc = -1;
        else if (S->mode == RESOLVE)
            t->u.name.sym = s;
        break;
    }
    default: break;
    }
    S->depth--;
    return S->failed ? -1 : rc;
}

/* A target: names bind; attribute/subscript targets only use their parts. `counts` 0 = annotation only,
 * 2 = a comprehension's iteration variable. */
static int walk_target(Scoper *S, FeNode *t, int counts) {
    if (!t || S->failed) return S->failed ? -1 : 0;
    switch (t->kind) {
    case E_NAME: {
        FeSym *s = bind(S, t->u.name.id, &t->span, counts != 0);
        if (!s) return -1;
        if (counts == 2 && S->mode == COLLECT) {
            LocalInfo *li = local_info(S, S->cur, t->u.name.id);
            if (!li) return -1;
            li->flags |= LF_ITER;
        }
        if (S->mode == RESOLVE) t->u.name.sym = s;
        return 0;
    }
    case E_TUPLE:
    case E_LIST:
        for (int i = 0; i < t->u.seq.items.n; i++)
            if (walk_target(S, t->u.seq.items.items[i], counts) < 0) return -1;
        return 0;
    case E_STARRED: return walk_target(S, t->u.un.operand, counts);
    default: return walk_expr(S, t);
    }
}

/* `global a, b` / `nonlocal a, b` (COLLECT): CPython's ordering rules, then the names are marked. */
static int decl_names(Scoper *S, FeNode *s) {
    if (S->mode == RESOLVE || (S->cur->kind == SC_MODULE && !S->track_module)) return 0;
    int nl = s->kind == S_NONLOCAL;
    const char *what = nl ? "nonlocal" : "global";
    for (int i = 0; i < s->u.names.n; i++) {
        const char *name = s->u.names.names[i];
        LocalInfo *li = local_info(S, S->cur, name);
        if (!li) return -1;
        const char *why = NULL;
        char buf[128];
        /* CPython's precedence (symtable.c): parameter, use, annotation, assignment */
        if (li->flags & LF_PARAM)
            why = nl ? "name '%s' is parameter and nonlocal" : "name '%s' is parameter and global";
        else if (li->flags & LF_USED)
            why = "name '%s' is used prior to %s declaration";
        else if (li->flags & LF_ANNOT)
            why = "annotated name '%s' can't be %s";
        else if (li->flags & LF_BOUND)
            why = "name '%s' is assigned to before %s declaration";
        else if (li->flags & (nl ? LF_GLOBAL : LF_NONLOCAL))
            why = "name '%s' is nonlocal and global";
        if (why) {
            FeSpan at = strstr(why, "nonlocal and global") ? li->decl : s->span;
            snprintf(buf, sizeof buf, why, name, what);
            fe_errorf(S->diag, &S->failed, at.line, at.col, "%s", buf);
            return -1;
        }
        if (!(li->flags & (LF_GLOBAL | LF_NONLOCAL))) li->decl = s->span;
        li->flags |= nl ? LF_NONLOCAL : LF_GLOBAL;
    }
    if (nl && (fe_vec_push(S->a, &S->nonlocals, s) < 0 || fe_vec_push(S->a, &S->nonlocal_scopes, S->cur) < 0))
        return oom(S), -1;
    return 0;
}

/* A def statement: bind its name where it stands, walk decorators and defaults there, then its scope. */
static int walk_def(Scoper *S, FeNode *d, int top) {
    if (walk_list(S, &d->u.def.decorators) < 0) return -1;
    for (int i = 0; i < d->u.def.nparams; i++)
        if (walk_expr(S, d->u.def.params[i].default_) < 0) return -1;
    FeSym *s = bind(S, d->u.def.name, &d->span, 1);
    if (!s) return -1;
    if (S->mode == COLLECT) {
        /* candidate for direct calls, confirmed after the walk (a decorator may rebind it to anything) */
        if (top && s->kind == SYM_GLOBAL && s->nassign == 1 && d->u.def.decorators.n == 0) s->def = d;
    } else {
        d->u.def.sym = s;
    }
    return walk_function(S, d);
}

/* A class statement: decorators and bases where it stands, its name bound there, then its body as a scope
 * of its own (a function without parameters whose locals become the namespace), which always holds the
 * implicit __class__ variable (a cell once a method uses super()). */
static int walk_class(Scoper *S, FeNode *d) {
    if (walk_list(S, &d->u.def.decorators) < 0 || walk_list(S, &d->u.def.bases->u.call.args) < 0) return -1;
    FeSym *s = bind(S, d->u.def.name, &d->span, 1);
    if (!s) return -1;
    if (S->mode == COLLECT) {
        d->u.def.id = S->defs.n;
        if (fe_vec_push(S->a, &S->defs, d) < 0) return oom(S), -1;
        S->m->nclasses++;
    } else {
        d->u.def.sym = s;
    }
    ScInfo *si = enter_scope(S, SC_CLASS, d);
    if (!si) return -1;
    d->u.def.scope = si->sc;
    if (S->mode == COLLECT) {
        LocalInfo *li = local_info(S, si, "__class__");
        if (!li || !new_local(S, si, li, "__class__")) return -1;
        li->flags |= LF_BOUND;
    }
    int rc = walk_block(S, &d->u.def.body, 0);
    leave_scope(S, si);
    return rc;
}

/* match: the subject, then per case the pattern (its value expressions are uses, its captures bind), the
 * guard and the body. */
static int pat_expr(void *S, FeNode *e) { return walk_expr(S, e); }
static int pat_bind(void *S, FeNode *t, FeType type) { return (void)type, walk_target(S, t, 1); }

static int walk_match(Scoper *S, FeNode *s) {
    FePatVisitor v = {pat_expr, pat_bind, S};
    if (walk_expr(S, s->u.match.subject) < 0) return -1;
    for (int i = 0; i < s->u.match.ncases; i++) {
        FeMatchCase *mc = &s->u.match.cases[i];
        if (fe_pattern_visit(mc->pattern, &v) < 0 || walk_expr(S, mc->guard) < 0 || walk_block(S, &mc->body, 0) < 0)
            return -1;
    }
    return 0;
}

static int walk_stmt(Scoper *S, FeNode *s, int top) {
    if (S->failed) return -1;
    int rc = 0;
    switch (s->kind) {
    case S_EXPR: rc = walk_expr(S, s->u.expr.value); break;
    case S_ASSIGN:
        rc = walk_expr(S, s->u.assign.value);
        for (int i = 0; rc == 0 && i < s->u.assign.targets.n; i++) rc = walk_target(S, s->u.assign.targets.items[i], 1);
        break;
    case S_AUGASSIGN:
        rc = walk_expr(S, s->u.aug.value);
        if (rc == 0 && s->u.aug.target->kind == E_NAME && S->mode == COLLECT) {
            /* x += 1 reads x too */
            use(S, s->u.aug.target->u.name.id, &s->u.aug.target->span);
        }
        if (rc == 0) rc = walk_target(S, s->u.aug.target, 1);
        break;
    case S_ANNASSIGN:
        rc = walk_expr(S, s->u.ann.value);
        if (rc == 0) rc = walk_target(S, s->u.ann.target, s->u.ann.value != NULL);
        break;
    case S_IF:
        rc = walk_expr(S, s->u.if_.test);
        if (rc == 0) rc = walk_block(S, &s->u.if_.body, 0);
        if (rc == 0) rc = walk_block(S, &s->u.if_.orelse, 0);
        break;
    case S_WHILE:
        rc = walk_expr(S, s->u.loop.test);
        if (rc == 0) rc = walk_block(S, &s->u.loop.body, 0);
        if (rc == 0) rc = walk_block(S, &s->u.loop.orelse, 0);
        break;
    case S_FOR:
        rc = s->u.loop.is_async ? await_here(S, s) : 0;
        if (rc == 0) rc = walk_expr(S, s->u.loop.iter);
        if (rc == 0) rc = walk_target(S, s->u.loop.target, 1);
        if (rc == 0) rc = walk_block(S, &s->u.loop.body, 0);
        if (rc == 0) rc = walk_block(S, &s->u.loop.orelse, 0);
        break;
    case S_WITH:
        rc = walk_expr(S, s->u.with_.ctx);
        if (rc == 0 && s->u.with_.target) rc = walk_target(S, s->u.with_.target, 1);
        if (rc == 0) rc = walk_block(S, &s->u.with_.body, 0);
        break;
    case S_RETURN: rc = walk_expr(S, s->u.ret.value); break;
    case S_DEF: rc = walk_def(S, s, top); break;
    case S_CLASS: rc = walk_class(S, s); break;
    case S_TRY:
        rc = walk_block(S, &s->u.try_.body, 0);
        for (int i = 0; rc == 0 && i < s->u.try_.nhandlers; i++) {
            FeHandler *h = &s->u.try_.handlers[i];
            rc = walk_expr(S, h->type);
            if (rc == 0 && h->name) {
                FeSym *hs = bind(S, h->name, &h->span, 1);
                if (!hs)
                    rc = -1;
                else if (S->mode == RESOLVE)
                    h->sym = hs;
            }
            if (rc == 0) rc = walk_block(S, &h->body, 0);
        }
        if (rc == 0) rc = walk_block(S, &s->u.try_.orelse, 0);
        if (rc == 0) rc = walk_block(S, &s->u.try_.finalbody, 0);
        break;
    case S_RAISE:
        rc = walk_expr(S, s->u.raise.exc);
        if (rc == 0) rc = walk_expr(S, s->u.raise.cause);
        break;
    case S_GLOBAL:
    case S_NONLOCAL: rc = decl_names(S, s); break;
    case S_DEL:
        for (int i = 0; rc == 0 && i < s->u.del.targets.n; i++) rc = walk_target(S, s->u.del.targets.items[i], 1);
        break;
    case S_ASSERT:
        rc = walk_expr(S, s->u.assert_.test);
        if (rc == 0) rc = walk_expr(S, s->u.assert_.msg);
        break;
    case S_MATCH: rc = walk_match(S, s); break;
    case S_IMPORT: /* its bindings are assignments; a global's is remembered for the arity checks */
        rc = walk_block(S, &s->u.names.binds, 0);
        for (int i = 0; rc == 0 && S->mode == RESOLVE && i < s->u.names.binds.n; i++) {
            FeNode *a = s->u.names.binds.items[i];
            if (a->kind != S_ASSIGN) continue; /* `from missing import *`: a failure bound to nothing */
            FeSym *sym = a->u.assign.targets.items[0]->u.name.sym;
            if (sym && sym->kind == SYM_GLOBAL) sym->imp = a->u.assign.value;
        }
        break;
    default: break;
    }
    return S->failed ? -1 : rc;
}

static int walk_block(Scoper *S, FeList *b, int top) {
    for (int i = 0; i < b->n; i++)
        if (walk_stmt(S, b->items[i], top) < 0) return -1;
    return 0;
}

/* Is there a `global` statement in the module's own code (not inside a def)? */
static int has_module_global(const FeList *b) {
    for (int i = 0; i < b->n; i++) {
        const FeNode *s = b->items[i];
        switch (s->kind) {
        case S_GLOBAL: return 1;
        case S_IF:
            if (has_module_global(&s->u.if_.body) || has_module_global(&s->u.if_.orelse)) return 1;
            break;
        case S_WHILE:
        case S_FOR:
            if (has_module_global(&s->u.loop.body) || has_module_global(&s->u.loop.orelse)) return 1;
            break;
        case S_TRY:
            if (has_module_global(&s->u.try_.body) || has_module_global(&s->u.try_.orelse) ||
                has_module_global(&s->u.try_.finalbody))
                return 1;
            for (int h = 0; h < s->u.try_.nhandlers; h++)
                if (has_module_global(&s->u.try_.handlers[h].body)) return 1;
            break;
        case S_MATCH:
            for (int c = 0; c < s->u.match.ncases; c++)
                if (has_module_global(&s->u.match.cases[c].body)) return 1;
            break;
        case S_WITH:
            if (has_module_global(&s->u.with_.body)) return 1;
            break;
        default: break;
        }
    }
    return 0;
}

int fe_resolve(FeModule *m, const FeDecls *decls, FeDiag *diag) {
    Scoper S;
    memset(&S, 0, sizeof S);
    S.m = m;
    S.a = m->arena;
    S.diag = diag;
    S.decls = decls;
    m->scope = fe_alloc(S.a, sizeof *m->scope);
    if (!m->scope) return oom(&S), -1;
    /* host inputs take the first global slots */
    if (decls) {
        for (int i = 0; i < decls->ninputs; i++) {
            const char *in = decls->inputs ? decls->inputs[i] : NULL;
            if (!in) continue;
            char *name = fe_strndup(S.a, in, strlen(in));
            FeSym *s = name ? global_sym(&S, name) : NULL;
            if (!s) return oom(&S), -1;
            s->is_input = 1;
        }
    }
    S.track_module = has_module_global(&m->body);
    ScInfo *mod = fe_alloc(S.a, sizeof *mod);
    if (!mod || fe_vec_push(S.a, &S.infos, mod) < 0) return oom(&S), -1;
    mod->kind = SC_MODULE;
    mod->sc = m->scope;
    mod->host = mod;
    S.pending.kind = SYM_FREE;
    S.pending.name = "";
    S.cur = mod;
    S.mode = COLLECT;
    if (walk_block(&S, &m->body, 1) < 0) return -1;
    number_comps(mod, 0); /* module-level comprehensions: the module body's own slots */
    /* `nonlocal x` needs x bound in an enclosing function (CPython's SyntaxError, before anything runs) */
    for (int i = 0; i < S.nonlocals.n; i++) {
        FeNode *s = S.nonlocals.items[i];
        for (int k = 0; k < s->u.names.n; k++)
            if (!has_fn_binding(S.nonlocal_scopes.items[i], s->u.names.names[k])) {
                fe_errorf(diag, &S.failed, s->span.line, s->span.col, "no binding for nonlocal '%s' found",
                          s->u.names.names[k]);
                return -1;
            }
    }
    /* a def candidate stays one only if that def is the name's single binding */
    for (int i = 0; i < S.gsyms.n; i++) {
        FeSym *s = S.gsyms.items[i];
        if (s->def && (s->nassign != 1 || s->is_input)) s->def = NULL;
    }
    S.mode = RESOLVE;
    S.next_info = 1;
    S.cur = mod;
    if (walk_block(&S, &m->body, 1) < 0) return -1;
    for (int i = 0; i < S.infos.n; i++) {
        ScInfo *si = S.infos.items[i];
        si->sc->frees = (FeSym **)si->frees.items;
        si->sc->nfrees = si->frees.n;
        /* a compile limit: variables of one function (its slots and closure cells), globals of the module */
        if (si->kind == SC_COMP) continue; /* its variables are its host's slots */
        int nvars = si->sc->nlocals + si->frees.n + (si->kind == SC_MODULE ? S.gsyms.n : 0);
        if (nvars <= PITH_MAX_LOCALS) continue;
        const FeNode *def = si->sc->def;
        fe_errorf(diag, &S.failed, def ? def->span.line : 1, def ? def->span.col : 1,
                  "too many variables in %s (the compile limit is %d)", def ? "one function" : "the module",
                  PITH_MAX_LOCALS);
        return -1;
    }
    m->scope->syms = (FeSym **)S.gsyms.items;
    m->scope->nsyms = S.gsyms.n;
    m->defs = (FeNode **)S.defs.items;
    m->ndefs = S.defs.n;
    return 0;
}
