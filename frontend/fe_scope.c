/* fe_scope.c — name resolution: every E_NAME, param, handler name and def name gets its FeSym.
 * Stage: frontend, after fe_parse (AST built) and before fe_types. Invariants (ast.h): module globals
 * are SYM_GLOBAL with slots 0..n-1 (host inputs first), function locals SYM_LOCAL with params in
 * slots 0..nparams-1, scope->syms[i]->index == i; a name bound nowhere is "name 'x' is not defined".
 * Two walks share one walker: COLLECT records binding sites, RESOLVE looks every name up. */
#include <string.h>

#include "fe_internal.h"
#include "rt_builtins.h"

/* ---- a small string-keyed hash map in the arena ---- */

typedef struct MapEnt {
    const char *key; /* NULL = empty slot */
    uint32_t hash;   /* FNV-1a of key */
    void *val;       /* the mapped value */
} MapEnt;

typedef struct Map {
    MapEnt *e;     /* cap slots */
    uint32_t cap;  /* power of two (0 before the first insert) */
    uint32_t n;    /* used slots */
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

/* Per-name facts inside one function. */
enum { LF_PARAM = 1, LF_BOUND = 2, LF_USED = 4, LF_GLOBAL = 8, LF_ANNOT = 16 };
typedef struct LocalInfo {
    FeSym *sym;  /* the SYM_LOCAL (NULL when the name is only used, or declared global) */
    int flags;   /* LF_* */
} LocalInfo;

/* What the resolver keeps per def between the two walks. */
typedef struct DefInfo {
    Map names;   /* name -> LocalInfo* */
} DefInfo;

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
    FeVec defs;            /* every S_DEF in source order */
    FeVec infos;           /* DefInfo* parallel to defs */
    FeNode *def;           /* the def being walked, NULL at module level */
    DefInfo *di;           /* its info */
    FeVec lsyms;           /* COLLECT: locals of the current def in slot order */
    DefInfo modinfo;       /* module-level name facts, for `global` at module level (CPython checks it too) */
    int track_module;      /* the module body has a `global` statement outside defs: keep modinfo */
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

/* Builtin id of a name from rt_builtins.h (functions and exception classes), or -1. */
static int builtin_id(const char *name) {
    static const struct { const char *name; int id; } rows[] = {
#define PITH_B_ROW(id, nm, a, b) {nm, PITH_B_##id},
        PITH_BUILTIN_FUNCS(PITH_B_ROW)
#undef PITH_B_ROW
#define PITH_E_ROW(id, nm, base) {nm, PITH_B_##id},
        PITH_BUILTIN_EXCEPTIONS(PITH_E_ROW)
#undef PITH_E_ROW
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

/* The LocalInfo of a name in the current def, or at module level when tracked (created when missing). */
static LocalInfo *local_info(Scoper *S, const char *name) {
    DefInfo *di = S->def ? S->di : &S->modinfo;
    uint32_t h = hash_str(name);
    LocalInfo *li = map_get(&di->names, name, h);
    if (li) return li;
    li = fe_alloc(S->a, sizeof *li);
    if (!li || map_put(S->a, &di->names, name, h, li) < 0) return oom(S);
    return li;
}

/* A binding site of `name` (assignment, for target, del, except-as, def, annotation when `counts` is 0).
 * COLLECT creates/counts the symbol; RESOLVE returns it. */
static FeSym *bind(Scoper *S, const char *name, const FeSpan *at, int counts) {
    if (S->mode == RESOLVE) {
        if (!S->def) return global_sym(S, name);
        LocalInfo *li = map_get(&S->di->names, name, hash_str(name));
        if (li && li->sym) return li->sym;
        return global_sym(S, name); /* declared global */
    }
    if (!S->def) {
        if (S->track_module) {
            LocalInfo *mi = local_info(S, name);
            if (!mi) return NULL;
            mi->flags |= counts ? LF_BOUND : LF_ANNOT;
        }
        FeSym *s = global_sym(S, name);
        if (s && counts) s->nassign++;
        return s;
    }
    LocalInfo *li = local_info(S, name);
    if (!li) return NULL;
    if (li->flags & LF_GLOBAL) {
        FeSym *s = global_sym(S, name);
        if (s && counts) s->nassign++;
        return s;
    }
    li->flags |= counts ? LF_BOUND : LF_ANNOT;
    if (!li->sym) {
        li->sym = new_sym(S, name, SYM_LOCAL, S->lsyms.n);
        if (!li->sym || fe_vec_push(S->a, &S->lsyms, li->sym) < 0) return oom(S);
    }
    if (counts) li->sym->nassign++;
    (void)at;
    return li->sym;
}

/* A use of a name. */
static FeSym *use(Scoper *S, const char *name, const FeSpan *at) {
    if (S->mode == COLLECT) {
        if (S->def || S->track_module) {
            LocalInfo *li = local_info(S, name);
            if (li) li->flags |= LF_USED;
        }
        return NULL;
    }
    if (S->def) {
        LocalInfo *li = map_get(&S->di->names, name, hash_str(name));
        if (li && li->sym) return li->sym;
    }
    return lookup_module(S, name, at);
}

static int walk_expr(Scoper *S, FeNode *e);
static int walk_block(Scoper *S, FeList *b, int top);

static int walk_list(Scoper *S, FeList *l) {
    for (int i = 0; i < l->n; i++)
        if (walk_expr(S, l->items[i]) < 0) return -1;
    return 0;
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
                     walk_expr(S, e->u.ifexp.orelse) < 0 ? -1 : 0;
        break;
    case E_CALL:
        rc = walk_expr(S, e->u.call.func) < 0 || walk_list(S, &e->u.call.args) < 0 ? -1 : 0;
        for (int i = 0; rc == 0 && i < e->u.call.nkw; i++) rc = walk_expr(S, e->u.call.kws[i].value);
        break;
    case E_ATTR: rc = walk_expr(S, e->u.attr.value); break;
    case E_SUBSCRIPT: rc = walk_expr(S, e->u.sub.value) < 0 || walk_expr(S, e->u.sub.index) < 0 ? -1 : 0; break;
    case E_SLICE:
        rc = walk_expr(S, e->u.slice.lower) < 0 || walk_expr(S, e->u.slice.upper) < 0 ||
                     walk_expr(S, e->u.slice.step) < 0 ? -1 : 0;
        break;
    case E_LIST:
    case E_TUPLE:
    case E_SET: rc = walk_list(S, &e->u.seq.items); break;
    case E_DICT: rc = walk_list(S, &e->u.dict.keys) < 0 || walk_list(S, &e->u.dict.values) < 0 ? -1 : 0; break;
    default: break;
    }
    S->depth--;
    return S->failed ? -1 : rc;
}

/* A target: names bind; attribute/subscript targets only use their parts. `counts` 0 = annotation only. */
static int walk_target(Scoper *S, FeNode *t, int counts) {
    if (!t || S->failed) return S->failed ? -1 : 0;
    switch (t->kind) {
    case E_NAME: {
        FeSym *s = bind(S, t->u.name.id, &t->span, counts);
        if (!s) return -1;
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

/* `global a, b` inside a def: CPython's ordering rules, then the names become module globals. */
static int global_decl(Scoper *S, FeNode *s) {
    if (S->mode == RESOLVE || (!S->def && !S->track_module)) return 0;
    for (int i = 0; i < s->u.names.n; i++) {
        const char *name = s->u.names.names[i];
        LocalInfo *li = local_info(S, name);
        if (!li) return -1;
        const char *why = NULL;
        /* CPython's precedence (symtable.c): parameter, use, annotation, assignment */
        if (li->flags & LF_PARAM) why = "name '%s' is parameter and global";
        else if (li->flags & LF_USED) why = "name '%s' is used prior to global declaration";
        else if (li->flags & LF_ANNOT) why = "annotated name '%s' can't be global";
        else if (li->flags & LF_BOUND) why = "name '%s' is assigned to before global declaration";
        if (why) {
            fe_errorf(S->diag, &S->failed, s->span.line, s->span.col, why, name);
            return -1;
        }
        li->flags |= LF_GLOBAL;
    }
    return 0;
}

/* A def statement: bind its name where it stands, walk defaults there, then its own scope. */
static int walk_def(Scoper *S, FeNode *d, int top) {
    FeSym *s = bind(S, d->u.def.name, &d->span, 1);
    if (!s) return -1;
    for (int i = 0; i < d->u.def.nparams; i++)
        if (walk_expr(S, d->u.def.params[i].default_) < 0) return -1;
    if (S->def) {
        fe_errorf(S->diag, &S->failed, d->span.line, d->span.col, "nested function definition is not supported");
        return -1;
    }
    if (S->mode == COLLECT) {
        if (top && s->nassign == 1) s->def = d; /* candidate, confirmed after the walk */
        DefInfo *di = fe_alloc(S->a, sizeof *di);
        FeScope *sc = fe_alloc(S->a, sizeof *sc);
        if (!di || !sc) return oom(S), -1;
        d->u.def.id = S->defs.n;
        if (fe_vec_push(S->a, &S->defs, d) < 0 || fe_vec_push(S->a, &S->infos, di) < 0) return oom(S), -1;
        d->u.def.scope = sc;
        sc->def = d;
        sc->parent = S->m->scope;
        S->def = d;
        S->di = di;
        S->lsyms = (FeVec){0};
        for (int i = 0; i < d->u.def.nparams; i++) {
            FeParam *pa = &d->u.def.params[i];
            LocalInfo *li = local_info(S, pa->name);
            if (!li) return -1;
            li->flags |= LF_PARAM | LF_BOUND;
            li->sym = new_sym(S, pa->name, SYM_LOCAL, S->lsyms.n);
            if (!li->sym || fe_vec_push(S->a, &S->lsyms, li->sym) < 0) return oom(S), -1;
            li->sym->is_param = 1;
            li->sym->nassign = 1;
        }
        int rc = walk_block(S, &d->u.def.body, 0);
        sc->syms = (FeSym **)S->lsyms.items;
        sc->nsyms = S->lsyms.n;
        sc->nlocals = S->lsyms.n;
        S->def = NULL;
        S->di = NULL;
        return rc;
    }
    d->u.def.sym = s;
    S->def = d;
    S->di = S->infos.items[d->u.def.id];
    for (int i = 0; i < d->u.def.nparams; i++) {
        LocalInfo *li = map_get(&S->di->names, d->u.def.params[i].name, hash_str(d->u.def.params[i].name));
        d->u.def.params[i].sym = li ? li->sym : NULL;
    }
    int rc = walk_block(S, &d->u.def.body, 0);
    S->def = NULL;
    S->di = NULL;
    return rc;
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
        rc = walk_expr(S, s->u.loop.iter);
        if (rc == 0) rc = walk_target(S, s->u.loop.target, 1);
        if (rc == 0) rc = walk_block(S, &s->u.loop.body, 0);
        if (rc == 0) rc = walk_block(S, &s->u.loop.orelse, 0);
        break;
    case S_RETURN: rc = walk_expr(S, s->u.ret.value); break;
    case S_DEF: rc = walk_def(S, s, top); break;
    case S_TRY:
        rc = walk_block(S, &s->u.try_.body, 0);
        for (int i = 0; rc == 0 && i < s->u.try_.nhandlers; i++) {
            FeHandler *h = &s->u.try_.handlers[i];
            rc = walk_expr(S, h->type);
            if (rc == 0 && h->name) {
                h->sym = bind(S, h->name, &h->span, 1);
                if (!h->sym) rc = -1;
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
    case S_GLOBAL: rc = global_decl(S, s); break;
    case S_NONLOCAL:
        fe_errorf(S->diag, &S->failed, s->span.line, s->span.col, "nonlocal statement is not supported");
        rc = -1;
        break;
    case S_DEL:
        for (int i = 0; rc == 0 && i < s->u.del.targets.n; i++) rc = walk_target(S, s->u.del.targets.items[i], 1);
        break;
    case S_ASSERT:
        rc = walk_expr(S, s->u.assert_.test);
        if (rc == 0) rc = walk_expr(S, s->u.assert_.msg);
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
    S.mode = COLLECT;
    if (walk_block(&S, &m->body, 1) < 0) return -1;
    /* a def candidate stays one only if that def is the name's single binding */
    for (int i = 0; i < S.gsyms.n; i++) {
        FeSym *s = S.gsyms.items[i];
        if (s->def && (s->nassign != 1 || s->is_input)) s->def = NULL;
    }
    S.mode = RESOLVE;
    if (walk_block(&S, &m->body, 1) < 0) return -1;
    m->scope->syms = (FeSym **)S.gsyms.items;
    m->scope->nsyms = S.gsyms.n;
    m->scope->nlocals = 0;
    m->defs = (FeNode **)S.defs.items;
    m->ndefs = S.defs.n;
    return 0;
}
