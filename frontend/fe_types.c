/* fe_types.c — the type pass: an FeType for every expression node and every variable, plus the
 * compile-time argument-count checks of calls to known functions (fe_arity.c).
 * Stage: frontend, after fe_scope. Invariants (ast.h): a type other than FT_ANY is a proof — whenever
 * the expression yields a value, that value's exact type is it (FT_INT = exactly int, any size).
 * Method: flow-insensitive least fixpoint. Every variable's type is the join of the types of all its
 * binding sites; def return types join every `return` (plus None when the end is reachable). We start
 * from "no value yet" (BOT) and iterate until nothing changes, so recursion and mutual dependencies
 * converge; a safety cap falls back to FT_ANY everywhere, which is always sound. */
#include <string.h>

#include "fe_internal.h"
#include "pith_abi.h"
#include "pith_builtins.h"

#define BOT (-1)      /* internal bottom: no value reaches here (never stored in the AST) */
#define MAX_ROUNDS 64 /* fixpoint iterations before the sound FT_ANY fallback */

typedef struct Typer {
    FeModule *m;  /* the module */
    FeDiag *diag; /* first error */
    int failed;   /* an error was recorded */
    int *gt;      /* type of each module global, by slot */
    int **lt;     /* lt[def id][local slot]: type of each local (own and inline-comprehension slots) */
    int *mt;      /* module-body slots (variables of module-level comprehensions) */
    int *rt;      /* return type of each def, by def id */
    int *falls;   /* falls[def id]: its body's end is reachable (implicit `return None`) */
    FeNode *def;  /* the def whose body is being typed, NULL at module level */
    int changed;  /* a variable or return type grew in this round */
    int final;    /* the last round: also run the arity checks */
    int all_any;  /* fallback mode: every variable and return type is FT_ANY */
} Typer;

static int join(int a, int b) {
    if (a == BOT) return b;
    if (b == BOT) return a;
    return a == b ? a : FT_ANY;
}

static void grow(Typer *T, int *slot, int t) {
    int j = join(*slot, t);
    if (j != *slot) {
        *slot = j;
        T->changed = 1;
    }
}

/* The scope of a function node (S_DEF / E_LAMBDA / E_GENEXP) and its index in FeModule.defs. */
static FeScope *fn_scope(const FeNode *d) { return d->kind == E_GENEXP ? d->u.comp.scope : d->u.def.scope; }
static int fn_id(const FeNode *d) { return d->kind == E_GENEXP ? d->u.comp.id : d->u.def.id; }

/* The storage of a variable's type (NULL for builtins/externals, and for cells and free variables,
 * which are FT_ANY: an inner function may rebind them at any time). */
static int *sym_slot(Typer *T, const FeSym *s) {
    if (!s) return NULL;
    if (s->kind == SYM_GLOBAL && s->index >= 0 && s->index < T->m->scope->nsyms) return &T->gt[s->index];
    if (s->kind != SYM_LOCAL || s->index < 0) return NULL;
    if (!T->def) return s->index < T->m->scope->nlocals ? &T->mt[s->index] : NULL;
    if (s->index < fn_scope(T->def)->nlocals) return &T->lt[fn_id(T->def)][s->index];
    return NULL;
}

static int is_num(int t) { return t == FT_INT || t == FT_BOOL || t == FT_FLOAT; }
static int is_intlike(int t) { return t == FT_INT || t == FT_BOOL; }

/* A non-negative int literal (or a bool) as exponent keeps int ** int an int. */
static int nonneg_int_exponent(const FeNode *r, int rt) {
    if (rt == FT_BOOL) return 1;
    return r && r->kind == E_INT;
}

/* Result type of `a op b` (inplace: `a op= b`). Monotone in both arguments. */
static int binop_type(int op, int a, int b, const FeNode *right, int inplace) {
    if (a == BOT || b == BOT) return BOT;
    if (op == PITH_OP_MOD && a == FT_STR) return FT_STR;                /* str % anything is a str (or raises) */
    if (inplace && a == FT_LIST && (op == PITH_OP_ADD)) return FT_LIST; /* list += any iterable */
    if (inplace && a == FT_DICT && op == PITH_OP_BITOR) return FT_DICT;
    if (a == FT_ANY || b == FT_ANY) return FT_ANY;
    int num = is_num(a) && is_num(b), flt = a == FT_FLOAT || b == FT_FLOAT;
    switch (op) {
    case PITH_OP_ADD:
        if (num) return flt ? FT_FLOAT : FT_INT;
        if (a == b && (a == FT_STR || a == FT_LIST || a == FT_TUPLE)) return a;
        return FT_ANY;
    case PITH_OP_SUB:
    case PITH_OP_FLOORDIV:
        if (num) return flt ? FT_FLOAT : FT_INT;
        return FT_ANY;
    case PITH_OP_MOD:
        if (num) return flt ? FT_FLOAT : FT_INT;
        return FT_ANY;
    case PITH_OP_MUL:
        if (num) return flt ? FT_FLOAT : FT_INT;
        if ((a == FT_STR || a == FT_LIST || a == FT_TUPLE) && is_intlike(b)) return a;
        if ((b == FT_STR || b == FT_LIST || b == FT_TUPLE) && is_intlike(a)) return b;
        return FT_ANY;
    case PITH_OP_TRUEDIV: return num ? FT_FLOAT : FT_ANY;
    case PITH_OP_POW:
        if (is_intlike(a) && is_intlike(b)) return nonneg_int_exponent(right, b) ? FT_INT : FT_ANY;
        if (a == FT_FLOAT && is_intlike(b)) return FT_FLOAT;
        return FT_ANY; /* a negative base with a float exponent gives a complex */
    case PITH_OP_LSHIFT:
    case PITH_OP_RSHIFT: return is_intlike(a) && is_intlike(b) ? FT_INT : FT_ANY;
    case PITH_OP_BITAND:
    case PITH_OP_BITOR:
    case PITH_OP_BITXOR:
        if (a == FT_BOOL && b == FT_BOOL) return FT_BOOL;
        if (is_intlike(a) && is_intlike(b)) return FT_INT;
        if (op == PITH_OP_BITOR && a == FT_DICT && b == FT_DICT) return FT_DICT;
        return FT_ANY;
    default: return FT_ANY;
    }
}

static int expr(Typer *T, FeNode *e);
static void assign(Typer *T, FeNode *t, int vt, int nel, const int *elem);
static int iter_elem_type(const FeNode *it, int itt);

/* Result types of builtin calls, by name (rows of pith_builtins.h may come and go). Only exact results:
 * every one of these returns exactly that type or raises. */
static const struct {
    const char *name;
    FeType type;
} BUILTIN_RESULT[] = {
    {"all", FT_BOOL},        {"any", FT_BOOL},        {"bin", FT_STR},      {"bool", FT_BOOL},   {"callable", FT_BOOL},
    {"chr", FT_STR},         {"dict", FT_DICT},       {"divmod", FT_TUPLE}, {"float", FT_FLOAT}, {"format", FT_STR},
    {"hasattr", FT_BOOL},    {"hash", FT_INT},        {"hex", FT_STR},      {"id", FT_INT},      {"int", FT_INT},
    {"isinstance", FT_BOOL}, {"issubclass", FT_BOOL}, {"len", FT_INT},      {"list", FT_LIST},   {"oct", FT_STR},
    {"ord", FT_INT},         {"print", FT_NONE},      {"repr", FT_STR},     {"sorted", FT_LIST}, {"str", FT_STR},
    {"tuple", FT_TUPLE},
};

static int builtin_call_type(FeNode *e, const char *name, const int *argt) {
    int n = e->u.call.args.n, nkw = e->u.call.nkw;
    for (size_t i = 0; i < sizeof BUILTIN_RESULT / sizeof BUILTIN_RESULT[0]; i++)
        if (BUILTIN_RESULT[i].name[0] == name[0] && !strcmp(BUILTIN_RESULT[i].name, name))
            return BUILTIN_RESULT[i].type;
    if (!strcmp(name, "abs") && n == 1 && nkw == 0) {
        if (argt[0] == BOT) return BOT;
        if (is_intlike(argt[0])) return FT_INT;
        if (argt[0] == FT_FLOAT) return FT_FLOAT;
        return FT_ANY;
    }
    if (!strcmp(name, "round") && n == 1 && nkw == 0) return argt[0] == BOT ? BOT : FT_INT; /* no ndigits: an int */
    if ((!strcmp(name, "min") || !strcmp(name, "max")) && n >= 2 && n <= 8) {
        /* with 2+ positional arguments the result is one of them (key= only chooses) */
        int t = BOT;
        for (int i = 0; i < n; i++) t = join(t, argt[i]);
        return t;
    }
    return FT_ANY;
}

static int call_type(Typer *T, FeNode *e) {
    int n = e->u.call.args.n;
    int small[8];
    int *argt = small;
    /* argument types (only the first 8 matter for the rules; the rest are still typed) */
    int f = expr(T, e->u.call.func);
    (void)f;
    for (int i = 0; i < n; i++) {
        int t = expr(T, e->u.call.args.items[i]);
        if (i < 8) argt[i] = t;
    }
    for (int i = 0; i < e->u.call.nkw; i++) expr(T, e->u.call.kws[i].value);
    if (T->failed) return FT_ANY;
    FeNode *fn = e->u.call.func;
    if (T->final && fn->kind == E_ATTR && fe_check_call_arity(e, T->diag) < 0) { /* math.sqrt() */
        T->failed = 1;
        return FT_ANY;
    }
    if (fn->kind != E_NAME || !fn->u.name.sym) return FT_ANY;
    const FeSym *s = fn->u.name.sym;
    if (T->final && fe_check_call_arity(e, T->diag) < 0) {
        T->failed = 1;
        return FT_ANY;
    }
    if (s->kind == SYM_BUILTIN && s->index == PITH_B_TYPE && n == 3) { /* a class made at run time */
        fe_errorf(T->diag, &T->failed, e->span.line, e->span.col, "three-argument type() is not supported");
        return FT_ANY;
    }
    if (s->kind == SYM_BUILTIN) return builtin_call_type(e, s->name, argt);
    if (s->kind == SYM_GLOBAL && s->def) {
        if (T->all_any) return FT_ANY;
        int id = s->def->u.def.id;
        if (id >= 0 && id < T->m->ndefs) return T->rt[id];
    }
    return FT_ANY;
}

static int subscript_type(int vt, const FeNode *idx, int it) {
    if (vt == BOT || it == BOT) return BOT;
    int is_slice = idx && idx->kind == E_SLICE;
    if (vt == FT_STR && (is_slice || is_intlike(it))) return FT_STR;
    if (is_slice && (vt == FT_LIST || vt == FT_TUPLE)) return vt;
    return FT_ANY;
}

/* A comprehension: its first iterable in the enclosing context, the rest in its own (a genexp is a
 * function of its own; inline comprehensions share the enclosing function's slots). */
static int comp_type(Typer *T, FeNode *e) {
    FeNode *saved = T->def;
    int it = expr(T, e->u.comp.gens[0].iter);
    if (e->kind == E_GENEXP) T->def = e;
    for (int g = 0; g < e->u.comp.ngens; g++) {
        FeCompFor *cf = &e->u.comp.gens[g];
        if (g > 0) it = expr(T, cf->iter);
        assign(T, cf->target, iter_elem_type(cf->iter, it), -1, NULL);
        for (int i = 0; i < cf->ifs.n; i++) expr(T, cf->ifs.items[i]);
    }
    expr(T, e->u.comp.elt);
    expr(T, e->u.comp.value);
    if (T->final && e->kind != E_GENEXP) {
        /* inline comprehension symbols are listed by no function scope: publish their types here */
        FeScope *sc = e->u.comp.scope;
        for (int i = 0; i < sc->nsyms; i++) {
            int *slot = sym_slot(T, sc->syms[i]);
            sc->syms[i]->type = slot && *slot != BOT ? (FeType)*slot : FT_ANY;
        }
    }
    T->def = saved;
    switch (e->kind) {
    case E_LISTCOMP: return FT_LIST;
    case E_DICTCOMP: return FT_DICT;
    default: return FT_ANY;
    }
}

/* Type an expression: sets e->type (BOT shown as FT_ANY) and returns the internal type. */
static int expr(Typer *T, FeNode *e) {
    if (!e) return FT_ANY;
    int t = FT_ANY;
    switch (e->kind) {
    case E_INT: t = FT_INT; break;
    case E_FLOAT: t = FT_FLOAT; break;
    case E_STR: t = FT_STR; break;
    case E_BYTES: t = FT_ANY; break;
    case E_NONE: t = FT_NONE; break;
    case E_TRUE:
    case E_FALSE: t = FT_BOOL; break;
    case E_NAME: {
        const FeSym *s = e->u.name.sym;
        int *slot = sym_slot(T, s);
        t = slot && !T->all_any ? *slot : FT_ANY;
        break;
    }
    case E_BINOP: {
        int a = expr(T, e->u.bin.left), b = expr(T, e->u.bin.right);
        t = binop_type(e->u.bin.op, a, b, e->u.bin.right, 0);
        break;
    }
    case E_UNOP: {
        int a = expr(T, e->u.un.operand);
        if (a == BOT)
            t = BOT;
        else if (e->u.un.op == PITH_UOP_INVERT)
            t = is_intlike(a) ? FT_INT : FT_ANY;
        else
            t = is_intlike(a) ? FT_INT : a == FT_FLOAT ? FT_FLOAT : FT_ANY;
        break;
    }
    case E_NOT:
        expr(T, e->u.un.operand);
        t = FT_BOOL;
        break;
    case E_BOOLOP:
        t = BOT;
        for (int i = 0; i < e->u.boolop.values.n; i++) t = join(t, expr(T, e->u.boolop.values.items[i]));
        break;
    case E_COMPARE:
        /* builtin comparisons, `in` and `is` always give a bool (no user classes in this subset) */
        expr(T, e->u.cmp.left);
        for (int i = 0; i < e->u.cmp.comparators.n; i++) expr(T, e->u.cmp.comparators.items[i]);
        t = FT_BOOL;
        break;
    case E_IFEXP:
        expr(T, e->u.ifexp.test);
        t = join(expr(T, e->u.ifexp.body), expr(T, e->u.ifexp.orelse));
        break;
    case E_CALL: t = call_type(T, e); break;
    case E_ATTR:
        expr(T, e->u.attr.value);
        t = FT_ANY;
        break;
    case E_SUBSCRIPT: {
        int v = expr(T, e->u.sub.value), i = expr(T, e->u.sub.index);
        t = subscript_type(v, e->u.sub.index, i);
        break;
    }
    case E_SLICE:
        expr(T, e->u.slice.lower);
        expr(T, e->u.slice.upper);
        expr(T, e->u.slice.step);
        t = FT_ANY;
        break;
    case E_LIST:
    case E_TUPLE:
    case E_SET:
        for (int i = 0; i < e->u.seq.items.n; i++) expr(T, e->u.seq.items.items[i]);
        t = e->kind == E_LIST ? FT_LIST : e->kind == E_TUPLE ? FT_TUPLE : FT_ANY;
        break;
    case E_DICT:
        for (int i = 0; i < e->u.dict.keys.n; i++) {
            expr(T, e->u.dict.keys.items[i]);
            expr(T, e->u.dict.values.items[i]);
        }
        t = FT_DICT;
        break;
    case E_STARRED:
        expr(T, e->u.un.operand);
        t = FT_ANY;
        break;
    case E_LAMBDA:
        for (int i = 0; i < e->u.def.nparams; i++) expr(T, e->u.def.params[i].default_);
        t = FT_FUNC; /* the body is typed with its own context (round_all) */
        break;
    case E_LISTCOMP:
    case E_SETCOMP:
    case E_DICTCOMP:
    case E_GENEXP: t = comp_type(T, e); break;
    case E_FSTRING:
        for (int i = 0; i < e->u.fstr.parts.n; i++) expr(T, e->u.fstr.parts.items[i]);
        t = FT_STR;
        break;
    case E_FORMATTED:
        expr(T, e->u.fmt.value);
        expr(T, e->u.fmt.spec);
        t = FT_STR; /* the formatted text of the field */
        break;
    case E_YIELD:
    case E_YIELD_FROM:
    case E_AWAIT:
        expr(T, e->u.un.operand);
        t = FT_ANY;
        break;
    case E_NAMEDEXPR:
        t = expr(T, e->u.walrus.value);
        assign(T, e->u.walrus.target, t, -1, NULL);
        break;
    default: t = FT_ANY; break;
    }
    e->type = t == BOT ? FT_ANY : (FeType)t;
    return t;
}

#define MAX_ELEMS 16 /* tuple displays up to this size are typed element-wise on assignment */

/* Store a value of type vt into target t. When the value is a tuple/list display of nel items (nel >= 0)
 * whose item types are elem[], a target tuple of the same length gets them element-wise
 * (`a, b = b, a + b` keeps both ints); otherwise unpacked names get FT_ANY. */
static void assign(Typer *T, FeNode *t, int vt, int nel, const int *elem) {
    if (!t) return;
    switch (t->kind) {
    case E_NAME: {
        int *slot = sym_slot(T, t->u.name.sym);
        if (slot) grow(T, slot, vt);
        t->type = slot && *slot != BOT && !T->all_any ? (FeType)*slot : FT_ANY;
        break;
    }
    case E_TUPLE:
    case E_LIST: {
        int n = t->u.seq.items.n;
        for (int i = 0; i < n; i++) {
            int ti = vt == BOT ? BOT : nel == n ? elem[i] : FT_ANY;
            assign(T, t->u.seq.items.items[i], ti, -1, NULL);
        }
        t->type = t->kind == E_TUPLE ? FT_TUPLE : FT_LIST;
        break;
    }
    case E_STARRED: assign(T, t->u.un.operand, vt == BOT ? BOT : FT_LIST, -1, NULL); break;
    case E_ATTR:
        expr(T, t->u.attr.value);
        t->type = FT_ANY;
        break;
    case E_SUBSCRIPT:
        expr(T, t->u.sub.value);
        expr(T, t->u.sub.index);
        t->type = FT_ANY;
        break;
    default: expr(T, t); break;
    }
}

/* Type the right-hand side of an assignment; for a small tuple/list display without starred items also
 * report its item types (*nel = count, else -1). */
static int rhs(Typer *T, FeNode *v, int *nel, int *elem) {
    *nel = -1;
    if ((v->kind == E_TUPLE || v->kind == E_LIST) && v->u.seq.items.n <= MAX_ELEMS) {
        int n = v->u.seq.items.n;
        for (int i = 0; i < n; i++)
            if (v->u.seq.items.items[i]->kind == E_STARRED) return expr(T, v);
        for (int i = 0; i < n; i++) elem[i] = expr(T, v->u.seq.items.items[i]);
        *nel = n;
        v->type = v->kind == E_TUPLE ? FT_TUPLE : FT_LIST;
        return v->type;
    }
    return expr(T, v);
}

/* Element type of `for x in it`: range() of the builtin gives ints, iterating a str gives strs. */
static int iter_elem_type(const FeNode *it, int itt) {
    if (itt == BOT) return BOT;
    if (it->kind == E_CALL && it->u.call.func->kind == E_NAME && it->u.call.func->u.name.sym &&
        it->u.call.func->u.name.sym->kind == SYM_BUILTIN && !strcmp(it->u.call.func->u.name.sym->name, "range"))
        return FT_INT;
    if (itt == FT_STR) return FT_STR;
    return FT_ANY;
}

static void block(Typer *T, FeList *b);

/* match: a capture joins the type its value is known to have into its variable (fe_pattern_visit). */
static int pat_expr(void *T, FeNode *e) { return expr(T, e), 0; }
static int pat_bind(void *T, FeNode *t, FeType type) { return assign(T, t, type, -1, NULL), 0; }

static void match_stmt(Typer *T, FeNode *s) {
    FePatVisitor v = {pat_expr, pat_bind, T};
    expr(T, s->u.match.subject);
    for (int i = 0; i < s->u.match.ncases; i++) {
        FeMatchCase *mc = &s->u.match.cases[i];
        fe_pattern_visit(mc->pattern, &v);
        expr(T, mc->guard);
        block(T, &mc->body);
    }
}

static void stmt(Typer *T, FeNode *s) {
    if (T->failed) return;
    switch (s->kind) {
    case S_EXPR: expr(T, s->u.expr.value); break;
    case S_ASSIGN: {
        int elem[MAX_ELEMS], nel;
        int vt = rhs(T, s->u.assign.value, &nel, elem);
        for (int i = 0; i < s->u.assign.targets.n; i++) assign(T, s->u.assign.targets.items[i], vt, nel, elem);
        break;
    }
    case S_AUGASSIGN: {
        int vt = expr(T, s->u.aug.value);
        FeNode *tg = s->u.aug.target;
        if (tg->kind == E_NAME) {
            int *slot = sym_slot(T, tg->u.name.sym);
            int old = slot && !T->all_any ? *slot : FT_ANY;
            assign(T, tg, binop_type(s->u.aug.op, old, vt, s->u.aug.value, 1), -1, NULL);
        } else
            assign(T, tg, FT_ANY, -1, NULL);
        break;
    }
    case S_ANNASSIGN:
        if (s->u.ann.value) {
            int elem[MAX_ELEMS], nel;
            int vt = rhs(T, s->u.ann.value, &nel, elem);
            assign(T, s->u.ann.target, vt, nel, elem);
        } else if (s->u.ann.target->kind != E_NAME)
            assign(T, s->u.ann.target, BOT, -1, NULL);
        else {
            int *slot = sym_slot(T, s->u.ann.target->u.name.sym);
            s->u.ann.target->type = slot && *slot != BOT && !T->all_any ? (FeType)*slot : FT_ANY;
        }
        break;
    case S_IF:
        expr(T, s->u.if_.test);
        block(T, &s->u.if_.body);
        block(T, &s->u.if_.orelse);
        break;
    case S_WHILE:
        expr(T, s->u.loop.test);
        block(T, &s->u.loop.body);
        block(T, &s->u.loop.orelse);
        break;
    case S_FOR: {
        int it = expr(T, s->u.loop.iter);
        assign(T, s->u.loop.target, iter_elem_type(s->u.loop.iter, it), -1, NULL);
        block(T, &s->u.loop.body);
        block(T, &s->u.loop.orelse);
        break;
    }
    case S_WITH:
        expr(T, s->u.with_.ctx);
        if (s->u.with_.target) assign(T, s->u.with_.target, FT_ANY, -1, NULL); /* whatever __enter__ returns */
        block(T, &s->u.with_.body);
        break;
    case S_RETURN: {
        int t = s->u.ret.value ? expr(T, s->u.ret.value) : FT_NONE;
        if (T->def) grow(T, &T->rt[T->def->u.def.id], t);
        break;
    }
    case S_CLASS: {
        for (int i = 0; i < s->u.def.decorators.n; i++) expr(T, s->u.def.decorators.items[i]);
        for (int i = 0; i < s->u.def.bases->u.call.args.n; i++) expr(T, s->u.def.bases->u.call.args.items[i]);
        int *slot = sym_slot(T, s->u.def.sym);
        if (slot) grow(T, slot, FT_ANY);
        break; /* the body is typed with its own context (fe_typecheck) */
    }
    case S_DEF: {
        for (int i = 0; i < s->u.def.decorators.n; i++) expr(T, s->u.def.decorators.items[i]);
        for (int i = 0; i < s->u.def.nparams; i++) expr(T, s->u.def.params[i].default_);
        int *slot = sym_slot(T, s->u.def.sym);
        if (slot) grow(T, slot, s->u.def.decorators.n ? FT_ANY : FT_FUNC); /* a decorator returns anything */
        break; /* the body is typed with its own context (fe_typecheck) */
    }
    case S_TRY:
        block(T, &s->u.try_.body);
        for (int i = 0; i < s->u.try_.nhandlers; i++) {
            FeHandler *h = &s->u.try_.handlers[i];
            expr(T, h->type);
            if (h->sym) {
                int *slot = sym_slot(T, h->sym);
                if (slot) grow(T, slot, FT_ANY);
            }
            block(T, &h->body);
        }
        block(T, &s->u.try_.orelse);
        block(T, &s->u.try_.finalbody);
        break;
    case S_RAISE:
        expr(T, s->u.raise.exc);
        expr(T, s->u.raise.cause);
        break;
    case S_DEL:
        for (int i = 0; i < s->u.del.targets.n; i++) {
            FeNode *t = s->u.del.targets.items[i];
            if (t->kind == E_NAME) {
                int *slot = sym_slot(T, t->u.name.sym);
                t->type = slot && *slot != BOT && !T->all_any ? (FeType)*slot : FT_ANY;
            } else
                assign(T, t, BOT, -1, NULL);
        }
        break;
    case S_ASSERT:
        expr(T, s->u.assert_.test);
        expr(T, s->u.assert_.msg);
        break;
    case S_MATCH: match_stmt(T, s); break;
    case S_IMPORT: block(T, &s->u.names.binds); break; /* its bindings are assignments */
    default: break;
    }
}

static void block(Typer *T, FeList *b) {
    for (int i = 0; i < b->n && !T->failed; i++) stmt(T, b->items[i]);
}

/* ---- reachability of a body's end (for the implicit `return None`) ---- */

static int list_completes(const FeList *b);

/* Does a `break` leave this loop body (not counting breaks of inner loops)? */
static int has_break(const FeList *b) {
    for (int i = 0; i < b->n; i++) {
        const FeNode *s = b->items[i];
        switch (s->kind) {
        case S_BREAK: return 1;
        case S_IF:
            if (has_break(&s->u.if_.body) || has_break(&s->u.if_.orelse)) return 1;
            break;
        case S_TRY:
            if (has_break(&s->u.try_.body) || has_break(&s->u.try_.orelse) || has_break(&s->u.try_.finalbody)) return 1;
            for (int h = 0; h < s->u.try_.nhandlers; h++)
                if (has_break(&s->u.try_.handlers[h].body)) return 1;
            break;
        case S_MATCH:
            for (int c = 0; c < s->u.match.ncases; c++)
                if (has_break(&s->u.match.cases[c].body)) return 1;
            break;
        case S_WITH:
            if (has_break(&s->u.with_.body)) return 1;
            break;
        default: break;
        }
    }
    return 0;
}

static int always_true(const FeNode *e) {
    return e->kind == E_TRUE || (e->kind == E_INT && (!e->u.lit.fits || e->u.lit.ival != 0));
}

/* Can execution of s finish normally (fall to the next statement)? Conservative: 1 when unsure. */
static int stmt_completes(const FeNode *s) {
    switch (s->kind) {
    case S_RETURN:
    case S_RAISE:
    case S_BREAK:
    case S_CONTINUE: return 0;
    case S_IF: return list_completes(&s->u.if_.body) || list_completes(&s->u.if_.orelse);
    case S_WHILE: return !(always_true(s->u.loop.test) && !has_break(&s->u.loop.body));
    case S_TRY: {
        if (!list_completes(&s->u.try_.finalbody)) return 0;
        if (list_completes(&s->u.try_.body) && list_completes(&s->u.try_.orelse)) return 1;
        for (int h = 0; h < s->u.try_.nhandlers; h++)
            if (list_completes(&s->u.try_.handlers[h].body)) return 1;
        return 0;
    }
    default: return 1;
    }
}

static int list_completes(const FeList *b) {
    for (int i = 0; i < b->n; i++)
        if (!stmt_completes(b->items[i])) return 0;
    return 1;
}

/* ---- the pass ---- */

static void round_all(Typer *T) {
    T->changed = 0;
    T->def = NULL;
    block(T, &T->m->body);
    for (int d = 0; d < T->m->ndefs && !T->failed; d++) {
        FeNode *def = T->m->defs[d];
        if (def->kind == E_GENEXP) continue; /* typed where it stands (comp_type) */
        T->def = def;
        block(T, &def->u.def.body);
        if (T->falls[d]) grow(T, &T->rt[d], FT_NONE);
    }
    T->def = NULL;
}

int fe_typecheck(FeModule *m, FeDiag *diag) {
    Typer T;
    memset(&T, 0, sizeof T);
    T.m = m;
    T.diag = diag;
    int ng = m->scope ? m->scope->nsyms : 0, nd = m->ndefs, nm = m->scope ? m->scope->nlocals : 0;
    T.gt = fe_alloc(m->arena, (size_t)(ng + 1) * sizeof *T.gt);
    T.lt = fe_alloc(m->arena, (size_t)(nd + 1) * sizeof *T.lt);
    T.rt = fe_alloc(m->arena, (size_t)(nd + 1) * sizeof *T.rt);
    T.falls = fe_alloc(m->arena, (size_t)(nd + 1) * sizeof *T.falls);
    T.mt = fe_alloc(m->arena, (size_t)(nm + 1) * sizeof *T.mt);
    if (!T.gt || !T.lt || !T.rt || !T.falls || !T.mt) return fe_errorf(diag, NULL, 1, 1, "out of memory"), -1;
    for (int i = 0; i < ng; i++) T.gt[i] = m->scope->syms[i]->is_input ? FT_ANY : BOT;
    for (int i = 0; i < nm; i++) T.mt[i] = BOT;
    for (int d = 0; d < nd; d++) {
        FeScope *sc = fn_scope(m->defs[d]);
        T.lt[d] = fe_alloc(m->arena, (size_t)(sc->nlocals + 1) * sizeof **T.lt);
        if (!T.lt[d]) return fe_errorf(diag, NULL, 1, 1, "out of memory"), -1;
        for (int i = 0; i < sc->nlocals; i++) T.lt[d][i] = BOT;
        for (int i = 0; i < sc->nsyms; i++)
            if (sc->syms[i]->is_param && sc->syms[i]->index < sc->nlocals) T.lt[d][sc->syms[i]->index] = FT_ANY;
        /* calling a generator function makes a generator, whatever it returns */
        T.rt[d] = m->defs[d]->kind == E_GENEXP || m->defs[d]->u.def.is_generator ? FT_ANY : BOT;
        T.falls[d] = m->defs[d]->kind == E_GENEXP ? 0 : list_completes(&m->defs[d]->u.def.body);
    }
    int rounds = 0;
    do {
        round_all(&T);
        rounds++;
    } while (T.changed && rounds < MAX_ROUNDS);
    if (T.changed) {
        /* no fixpoint in time: give up precision, never soundness */
        T.all_any = 1;
        for (int i = 0; i < ng; i++) T.gt[i] = FT_ANY;
        for (int i = 0; i < nm; i++) T.mt[i] = FT_ANY;
        for (int d = 0; d < nd; d++) {
            T.rt[d] = FT_ANY;
            for (int i = 0; i < fn_scope(m->defs[d])->nlocals; i++) T.lt[d][i] = FT_ANY;
        }
    }
    /* the final round writes the settled expression types and checks call arities */
    T.final = 1;
    round_all(&T);
    if (T.failed) return -1;
    for (int i = 0; i < ng; i++) m->scope->syms[i]->type = T.gt[i] == BOT ? FT_ANY : (FeType)T.gt[i];
    for (int d = 0; d < nd; d++) {
        FeScope *sc = fn_scope(m->defs[d]);
        for (int i = 0; i < sc->nsyms; i++) {
            FeSym *y = sc->syms[i];
            int t = y->kind == SYM_LOCAL && y->index >= 0 && y->index < sc->nlocals ? T.lt[d][y->index] : FT_ANY;
            y->type = t == BOT ? FT_ANY : (FeType)t;
        }
    }
    return 0;
}
