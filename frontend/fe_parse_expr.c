/* fe_parse_expr.c — CST -> AST for expressions and assignment/delete targets.
 * Stage: frontend (called by fe_parse_stmt.c). Invariants: ast.h — operators are PITH_OP_* /
 * PITH_UOP_* codes, and/or chains are flattened, negative literals stay E_UNOP, every unsupported
 * construct is a diagnostic at its line:col, dunder attributes never reach codegen. */
#include <string.h>

#include "fe_internal.h"
#include "pith_abi.h"
#include "pith_builtins.h"
#include "pith_dunder.h"

/* ---- helpers ---- */

static int push(FeParse *p, FeVec *v, FeNode *e, TSNode at) { return fe_push_item(p, v, e, at); }

static int is_dunder(const char *s) {
    size_t n = strlen(s);
    return n >= 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

static int bin_op(const char *t) {
    static const struct {
        const char *s;
        int op;
    } ops[] = {
        {"+", PITH_OP_ADD},       {"-", PITH_OP_SUB},    {"*", PITH_OP_MUL},   {"/", PITH_OP_TRUEDIV},
        {"//", PITH_OP_FLOORDIV}, {"%", PITH_OP_MOD},    {"**", PITH_OP_POW},  {"<<", PITH_OP_LSHIFT},
        {">>", PITH_OP_RSHIFT},   {"&", PITH_OP_BITAND}, {"|", PITH_OP_BITOR}, {"^", PITH_OP_BITXOR},
        {"@", PITH_OP_MATMUL},
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (!strcmp(t, ops[i].s)) return ops[i].op;
    return -1;
}

static int cmp_op(const char *t) {
    static const struct {
        const char *s;
        int op;
    } ops[] = {
        {"<", FC_LT},  {"<=", FC_LE}, {"==", FC_EQ},         {"!=", FC_NE}, {">", FC_GT},
        {">=", FC_GE}, {"in", FC_IN}, {"not in", FC_NOT_IN}, {"is", FC_IS}, {"is not", FC_IS_NOT},
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (!strcmp(t, ops[i].s)) return ops[i].op;
    return -1;
}

/* The message for a construct outside the subset, or NULL when the kind is not one of them. */
static const char *unsupported(FeTk k) {
    switch (k) {
    case TK_LIST_SPLAT:
    case TK_PARENTHESIZED_LIST_SPLAT:
    case TK_LIST_SPLAT_PATTERN: return "star expression is not supported";
    case TK_DICTIONARY_SPLAT: return "dict unpacking is not supported";
    default: return NULL;
    }
}

/* The one expression inside parentheses (comments skipped); null node when malformed. */
static TSNode paren_inner(FeParse *p, TSNode n) {
    TSNode none;
    memset(&none, 0, sizeof none);
    uint32_t c;
    TSNode *kid = fe_children(p, n, 1, &c);
    TSNode found = none;
    int k = 0;
    for (uint32_t i = 0; i < c; i++) {
        TSNode x = kid[i];
        if (fe_is_skippable(p, x)) continue;
        found = x;
        k++;
    }
    return k == 1 ? found : none;
}

/* The first named, non-extra child of n (the operand of a splat); null node when none. */
static TSNode first_child_expr(FeParse *p, TSNode n) {
    TSNode none;
    memset(&none, 0, sizeof none);
    uint32_t c;
    TSNode *kid = fe_children(p, n, 1, &c);
    for (uint32_t i = 0; i < c; i++) {
        TSNode x = kid[i];
        if (!fe_is_skippable(p, x)) return x;
    }
    return none;
}

/* `*x` as a call argument (is_target 0: x any expression) or inside a target list (is_target 1/2: x a
 * target; 2 = a del target, which CPython rejects). One more AST level. */
static FeNode *starred(FeParse *p, TSNode n, int is_target) {
    if (is_target == 2) return fe_err_at(p, n, "cannot delete starred");
    TSNode in = first_child_expr(p, n);
    if (ts_node_is_null(in)) return fe_err_at(p, n, "invalid syntax");
    if (fe_enter(p, n) < 0) return NULL;
    FeNode *e = fe_node(p, E_STARRED, n);
    if (e) e->u.un.operand = is_target ? fe_target(p, in, 0) : fe_expr(p, in);
    fe_leave(p);
    if (!e && !p->failed) fe_err_at(p, n, "out of memory");
    return e && e->u.un.operand ? e : NULL;
}

/* `yield`, `yield value`, `yield a, b` (a tuple) or `yield from iterable`; fe_scope.c checks where it may
 * appear. One more AST level. */
FeNode *fe_yield(FeParse *p, TSNode n) {
    int from = 0;
    TSNode value;
    memset(&value, 0, sizeof value);
    uint32_t cnt;
    TSNode *kid = fe_children(p, n, 0, &cnt);
    for (uint32_t i = 0; i < cnt; i++) {
        TSNode k = kid[i];
        if (!ts_node_is_named(k) && !strcmp(ts_node_type(k), "from")) from = 1;
        if (ts_node_is_named(k) && !fe_is_skippable(p, k)) value = k;
    }
    if (from && ts_node_is_null(value)) return fe_err_at(p, n, "invalid syntax");
    if (fe_enter(p, n) < 0) return NULL;
    FeNode *e = fe_node(p, from ? E_YIELD_FROM : E_YIELD, n);
    if (e && !ts_node_is_null(value)) {
        e->u.un.operand = fe_expr_or_tuple(p, value);
        if (!e->u.un.operand) e = NULL;
    }
    fe_leave(p);
    if (!e && !p->failed) fe_err_at(p, n, "out of memory");
    return p->failed ? NULL : e;
}

/* `await value`: fe_scope.c checks that an async def owns it. */
static FeNode *await_expr(FeParse *p, TSNode n) {
    TSNode value;
    memset(&value, 0, sizeof value);
    uint32_t cnt;
    TSNode *kid = fe_children(p, n, 0, &cnt);
    for (uint32_t i = 0; i < cnt; i++)
        if (ts_node_is_named(kid[i]) && !fe_is_skippable(p, kid[i])) value = kid[i];
    if (ts_node_is_null(value)) return fe_err_at(p, n, "invalid syntax");
    if (fe_enter(p, n) < 0) return NULL;
    FeNode *e = fe_node(p, E_AWAIT, n);
    if (e && !(e->u.un.operand = fe_expr(p, value))) e = NULL;
    fe_leave(p);
    if (!e && !p->failed) fe_err_at(p, n, "out of memory");
    return p->failed ? NULL : e;
}

/* lambda: a def named "<lambda>" whose body is one synthesized `return <expr>` (spans from the lambda). */
static FeNode *lambda(FeParse *p, TSNode n) {
    FeNode *e = fe_node(p, E_LAMBDA, n);
    if (!e) return NULL;
    e->u.def.name = "<lambda>";
    e->u.def.id = -1;
    if (fe_params(p, fe_field(p, n, FF_PARAMETERS), e) < 0) return NULL;
    TSNode body = fe_field(p, n, FF_BODY);
    if (ts_node_is_null(body)) return fe_err_at(p, n, "invalid syntax");
    FeNode *r = fe_node(p, S_RETURN, n);
    FeNode **one = fe_alloc(p->arena, sizeof *one);
    if (!r || !one) return fe_err_at(p, n, "out of memory");
    if (fe_enter(p, n) < 0) return NULL; /* the synthesized return is one more level */
    r->u.ret.value = fe_expr(p, body);
    fe_leave(p);
    if (!r->u.ret.value) return NULL;
    one[0] = r;
    e->u.def.body.items = one;
    e->u.def.body.n = 1;
    return e;
}

/* List/set/dict comprehensions and generator expressions: the element (a pair for dicts), then the
 * for/if clauses in order; each `if` belongs to the `for` before it. */
static FeNode *comprehension(FeParse *p, TSNode n, FeKind kind) {
    FeNode *e = fe_node(p, kind, n);
    if (!e) return NULL;
    e->u.comp.id = -1;
    TSNode body = fe_field(p, n, FF_BODY);
    if (ts_node_is_null(body)) return fe_err_at(p, n, "invalid syntax");
    if (kind == E_DICTCOMP) {
        if (fe_tk(p, body) != TK_PAIR) return fe_err_at(p, body, "invalid syntax");
        e->u.comp.elt = fe_expr(p, fe_field(p, body, FF_KEY));
        if (!e->u.comp.elt) return NULL;
        e->u.comp.value = fe_expr(p, fe_field(p, body, FF_VALUE));
        if (!e->u.comp.value) return NULL;
    } else {
        e->u.comp.elt = fe_expr(p, body);
        if (!e->u.comp.elt) return NULL;
    }
    uint32_t cnt;
    TSNode *kid = fe_children(p, n, 1, &cnt);
    int ngens = 0;
    for (uint32_t i = 0; i < cnt; i++)
        if (!strcmp(ts_node_type(kid[i]), "for_in_clause")) ngens++;
    if (ngens == 0) return fe_err_at(p, n, "invalid syntax");
    e->u.comp.gens = fe_alloc(p->arena, (size_t)ngens * sizeof(FeCompFor));
    if (!e->u.comp.gens) return fe_err_at(p, n, "out of memory");
    FeVec ifs = {0};
    int g = -1;
    for (uint32_t i = 0; i < cnt; i++) {
        TSNode k = kid[i];
        if (fe_is_skippable(p, k)) continue;
        const char *t = ts_node_type(k);
        if (!strcmp(t, "for_in_clause")) {
            int is_async = 0;
            for (uint32_t j = 0; j < ts_node_child_count(k) && j < 2; j++)
                if (fe_tk(p, ts_node_child(k, j)) == TK_T_ASYNC) is_async = 1;
            if (is_async && kind == E_GENEXP)
                return fe_err_at(p, k, "asynchronous generator expression is not supported");
            if (g >= 0) fe_list_from_vec(p->arena, &ifs, &e->u.comp.gens[g].ifs);
            ifs = (FeVec){0};
            FeCompFor *cf = &e->u.comp.gens[++g];
            cf->is_async = is_async;
            TSNode left = fe_field(p, k, FF_LEFT), right = fe_field(p, k, FF_RIGHT);
            if (ts_node_is_null(left) || ts_node_is_null(right)) return fe_err_at(p, k, "invalid syntax");
            /* `for x in a, b` (the grammar takes the tuple): CPython only accepts a parenthesized one */
            for (uint32_t j = 0; j < ts_node_child_count(k); j++) {
                TSNode t = ts_node_child(k, j);
                if (fe_tk(p, t) != TK_T_COMMA) continue;
                TSNode par = ts_node_parent(n);
                if (kind == E_GENEXP && !ts_node_is_null(par) && fe_tk(p, par) == TK_CALL)
                    return fe_err_at(p, body, "Generator expression must be parenthesized");
                return fe_err_at(p, t, "invalid syntax");
            }
            cf->target = fe_target(p, left, 0);
            if (!cf->target) return NULL;
            cf->iter = fe_expr_or_tuple(p, right);
            if (!cf->iter) return NULL;
        } else if (!strcmp(t, "if_clause")) {
            if (g < 0) return fe_err_at(p, k, "invalid syntax");
            FeNode *c = fe_expr(p, first_child_expr(p, k));
            if (!c || push(p, &ifs, c, k) < 0) return NULL;
        } else if (!ts_node_eq(k, body)) {
            return fe_err_at(p, k, "invalid syntax");
        }
    }
    fe_list_from_vec(p->arena, &ifs, &e->u.comp.gens[g].ifs);
    e->u.comp.ngens = ngens;
    return e;
}

/* name := value */
static FeNode *named_expr(FeParse *p, TSNode n) {
    TSNode nm = fe_field(p, n, FF_NAME), v = fe_field(p, n, FF_VALUE);
    if (ts_node_is_null(nm) || ts_node_is_null(v)) return fe_err_at(p, n, "invalid syntax");
    if (fe_tk(p, nm) != TK_IDENTIFIER)
        return fe_err_at(p, nm, "cannot use assignment expressions with %s", "expression");
    FeNode *e = fe_node(p, E_NAMEDEXPR, n);
    if (!e) return NULL;
    e->u.walrus.target = fe_target(p, nm, 0);
    if (!e->u.walrus.target) return NULL;
    e->u.walrus.value = fe_expr(p, v);
    return e->u.walrus.value ? e : NULL;
}

/* ---- displays ---- */

/* tree-sitter-python reads `*f()`, `*a.b` and `*a[i]` in a display as a call, attribute or subscript of
 * `*f`: whether k is such a postfix chain starting with a star (then the whole chain is the starred item). */
static int star_heads(FeParse *p, TSNode k) {
    for (int depth = 0; depth < FE_MAX_DEPTH; depth++) {
        FeTk tk = fe_tk(p, k);
        if (tk == TK_LIST_SPLAT || tk == TK_LIST_SPLAT_PATTERN) return depth > 0;
        FeField f = tk == TK_CALL        ? FF_FUNCTION
                    : tk == TK_ATTRIBUTE ? FF_OBJECT
                    : tk == TK_SUBSCRIPT ? FF_VALUE
                                         : FF__COUNT;
        if (f == FF__COUNT) return 0;
        k = fe_field(p, k, f);
        if (ts_node_is_null(k)) return 0;
    }
    return 0;
}

/* `*f()` of a display: an E_STARRED of the chain converted with its leading star dropped. */
static FeNode *starred_chain(FeParse *p, TSNode k) {
    FeNode *e = fe_node(p, E_STARRED, k);
    if (!e) return fe_err_at(p, k, "out of memory");
    p->strip_splat = 1;
    e->u.un.operand = fe_expr(p, k);
    p->strip_splat = 0;
    return e->u.un.operand ? e : NULL;
}

/* Items of a list/tuple/set/expression_list/pattern_list (named, non-extra children), as expressions. */
static int items(FeParse *p, TSNode n, FeList *out) {
    FeVec v = {0};
    TSTreeCursor *c = fe_cursor_push(p, n);
    if (!c) return -1;
    int rc = 0;
    if (ts_tree_cursor_goto_first_child(c)) {
        do {
            TSNode k = ts_tree_cursor_current_node(c);
            if (!ts_node_is_named(k) || fe_is_skippable(p, k)) continue;
            /* [*a, b] / (*a, b) / {*a, b}: an E_STARRED item the codegen splices in */
            FeNode *e = fe_tk(p, k) == TK_LIST_SPLAT ? starred(p, k, 0)
                        : star_heads(p, k)           ? starred_chain(p, k)
                                                     : fe_expr(p, k);
            if (!e || push(p, &v, e, k) < 0) {
                rc = -1;
                break;
            }
        } while (ts_tree_cursor_goto_next_sibling(c));
    }
    fe_cursor_pop(p);
    if (rc < 0) return -1;
    return fe_list_from_vec(p->arena, &v, out);
}

static FeNode *dict_display(FeParse *p, TSNode n) {
    FeNode *d = fe_node(p, E_DICT, n);
    if (!d) return NULL;
    FeVec keys = {0}, vals = {0};
    TSTreeCursor *c = fe_cursor_push(p, n);
    if (!c) return NULL;
    int rc = 0;
    if (ts_tree_cursor_goto_first_child(c)) {
        do {
            TSNode k = ts_tree_cursor_current_node(c);
            if (!ts_node_is_named(k) || fe_is_skippable(p, k)) continue;
            if (fe_tk(p, k) == TK_DICTIONARY_SPLAT) { /* {**m}: a NULL key (ast.h) */
                FeNode *val = fe_expr(p, first_child_expr(p, k));
                if (!val || push(p, &keys, NULL, k) < 0 || push(p, &vals, val, k) < 0) {
                    rc = -1;
                    break;
                }
                continue;
            }
            if (fe_tk(p, k) != TK_PAIR) {
                const char *u = unsupported(fe_tk(p, k));
                fe_err_at(p, k, "%s", u ? u : "invalid syntax");
                rc = -1;
                break;
            }
            FeNode *key = fe_expr(p, fe_field(p, k, FF_KEY));
            FeNode *val = key ? fe_expr(p, fe_field(p, k, FF_VALUE)) : NULL;
            if (!val || push(p, &keys, key, k) < 0 || push(p, &vals, val, k) < 0) {
                rc = -1;
                break;
            }
        } while (ts_tree_cursor_goto_next_sibling(c));
    }
    fe_cursor_pop(p);
    if (rc < 0) return NULL;
    fe_list_from_vec(p->arena, &keys, &d->u.dict.keys);
    fe_list_from_vec(p->arena, &vals, &d->u.dict.values);
    return d;
}

/* ---- operators ---- */

/* The operator code of a binary_operator node that is `&` or `^`, else -1. */
static int andxor_op(FeParse *p, TSNode n) {
    if (fe_tk(p, n) != TK_BINARY_OPERATOR) return -1;
    TSNode o = fe_field(p, n, FF_OPERATOR);
    if (ts_node_is_null(o)) return -1;
    int op = bin_op(ts_node_type(o));
    return op == PITH_OP_BITAND || op == PITH_OP_BITXOR ? op : -1;
}

/* A binop node over l and r with the span from l's start to r's end. */
static FeNode *binop_of(FeParse *p, TSNode at, int op, FeNode *l, FeNode *r) {
    FeNode *e = fe_node(p, E_BINOP, at);
    if (!e) return NULL;
    e->u.bin.op = op;
    e->u.bin.left = l;
    e->u.bin.right = r;
    e->span.line = l->span.line;
    e->span.col = l->span.col;
    e->span.end_line = r->span.end_line;
    e->span.end_col = r->span.end_col;
    return e;
}

/* Operands and operators of the region of unparenthesized &/^ operators under n, in source order
 * (ops[i] sits between leaves[i] and leaves[i+1]). The walk follows the leftmost spine iteratively and
 * recurses only into right operands, whose depth the grammar's own nesting (capped) bounds. */
static int andxor_flatten(FeParse *p, TSNode n, FeVec *leaves, FeVec *ops) {
    if (fe_enter(p, n) < 0) return -1;
    FeVec spine = {0};
    TSNode cur = n;
    while (andxor_op(p, cur) >= 0) {
        TSNode *box = fe_alloc(p->arena, sizeof *box);
        if (!box || fe_vec_push(p->arena, &spine, box) < 0) {
            fe_leave(p);
            fe_err_at(p, n, "out of memory");
            return -1;
        }
        *box = cur;
        cur = fe_field(p, cur, FF_LEFT);
        if (ts_node_is_null(cur)) {
            fe_leave(p);
            fe_err_at(p, n, "invalid syntax");
            return -1;
        }
    }
    TSNode *first = fe_alloc(p->arena, sizeof *first);
    if (!first || fe_vec_push(p->arena, leaves, first) < 0) {
        fe_leave(p);
        fe_err_at(p, n, "out of memory");
        return -1;
    }
    *first = cur;
    int rc = 0;
    for (int i = spine.n - 1; i >= 0 && rc == 0; i--) {
        TSNode node = *(TSNode *)spine.items[i];
        int *ob = fe_alloc(p->arena, sizeof *ob);
        TSNode r = fe_field(p, node, FF_RIGHT);
        if (!ob || ts_node_is_null(r)) {
            fe_err_at(p, node, ob ? "invalid syntax" : "out of memory");
            rc = -1;
            break;
        }
        *ob = andxor_op(p, node);
        if (fe_vec_push(p->arena, ops, ob) < 0) {
            fe_err_at(p, node, "out of memory");
            rc = -1;
            break;
        }
        if (andxor_op(p, r) >= 0) {
            rc = andxor_flatten(p, r, leaves, ops);
        } else {
            TSNode *rb = fe_alloc(p->arena, sizeof *rb);
            if (!rb) {
                fe_err_at(p, node, "out of memory");
                rc = -1;
                break;
            }
            if (fe_push_item(p, leaves, rb, r) < 0) {
                rc = -1;
                break;
            }
            *rb = r;
        }
    }
    fe_leave(p);
    return rc;
}

/* `&` and `^`: tree-sitter-python 0.23.6 ranks `&` below `^` while Python ranks `^` below `&`, so the
 * region of unparenthesized &/^ operators is flattened in source order and rebuilt with Python's
 * precedence (xor_expr := and_expr ('^' and_expr)*, and_expr := operand ('&' operand)*, both
 * left-associative). Every other operator has its right rank in the grammar, so each operand of the
 * region binds tighter than both (or is parenthesized). */
static FeNode *andxor(FeParse *p, TSNode n) {
    FeVec leaves = {0}, ops = {0};
    if (andxor_flatten(p, n, &leaves, &ops) < 0) return NULL;
    if (leaves.n != ops.n + 1) return fe_err_at(p, n, "invalid syntax");
    /* the rebuilt chain may nest deeper than the CST did: account for its longest path up front */
    int nxor = 0, run = 1, longest_and = 1;
    for (int i = 0; i < ops.n; i++) {
        if (*(int *)ops.items[i] == PITH_OP_BITXOR) {
            nxor++;
            run = 1;
        } else if (++run > longest_and)
            longest_and = run;
    }
    int extra = nxor + longest_and - 1, entered = 0, failed = 0;
    for (; entered < extra; entered++)
        if (fe_enter(p, n) < 0) {
            failed = 1;
            break;
        }
    FeNode *result = NULL, *term = NULL;
    for (int i = 0; !failed && i < leaves.n; i++) {
        FeNode *x = fe_expr(p, *(TSNode *)leaves.items[i]);
        if (!x) {
            failed = 1;
            break;
        }
        int prev = i > 0 ? *(int *)ops.items[i - 1] : PITH_OP_BITXOR;
        if (prev == PITH_OP_BITAND) {
            term = binop_of(p, n, PITH_OP_BITAND, term, x);
        } else {
            if (term) result = result ? binop_of(p, n, PITH_OP_BITXOR, result, term) : term;
            term = x;
        }
        if (!term || (i > 0 && prev == PITH_OP_BITXOR && !result)) {
            failed = 1;
            break;
        }
    }
    if (!failed) result = result ? binop_of(p, n, PITH_OP_BITXOR, result, term) : term;
    p->depth -= entered;
    if (failed || !result) {
        if (!p->failed) fe_err_at(p, n, "out of memory");
        return NULL;
    }
    return result;
}

static FeNode *binary(FeParse *p, TSNode n) {
    TSNode l = fe_field(p, n, FF_LEFT), o = fe_field(p, n, FF_OPERATOR), r = fe_field(p, n, FF_RIGHT);
    if (ts_node_is_null(o)) return fe_err_at(p, n, "invalid syntax");
    int op = bin_op(ts_node_type(o));
    if (op < 0) return fe_err_at(p, o, "invalid syntax");
    if (op == PITH_OP_BITAND || op == PITH_OP_BITXOR) return andxor(p, n);
    FeNode *e = fe_node(p, E_BINOP, n);
    if (!e) return NULL;
    e->u.bin.op = op;
    e->u.bin.left = fe_expr(p, l);
    if (!e->u.bin.left) return NULL;
    e->u.bin.right = fe_expr(p, r);
    return e->u.bin.right ? e : NULL;
}

static FeNode *unary(FeParse *p, TSNode n) {
    TSNode o = fe_field(p, n, FF_OPERATOR), a = fe_field(p, n, FF_ARGUMENT);
    if (ts_node_is_null(o)) return fe_err_at(p, n, "invalid syntax");
    const char *t = ts_node_type(o);
    FeNode *e = fe_node(p, E_UNOP, n);
    if (!e) return NULL;
    if (!strcmp(t, "-"))
        e->u.un.op = PITH_UOP_NEG;
    else if (!strcmp(t, "+"))
        e->u.un.op = PITH_UOP_POS;
    else if (!strcmp(t, "~"))
        e->u.un.op = PITH_UOP_INVERT;
    else
        return fe_err_at(p, o, "invalid syntax");
    e->u.un.operand = fe_expr(p, a);
    return e->u.un.operand ? e : NULL;
}

/* and/or: `a and b and c` (left-nested in the CST) becomes one E_BOOLOP with 3 values; the walk down
 * the left spine is iterative so long chains cost no recursion. */
static FeNode *boolean(FeParse *p, TSNode n) {
    TSNode o = fe_field(p, n, FF_OPERATOR);
    if (ts_node_is_null(o)) return fe_err_at(p, n, "invalid syntax");
    const char *opname = ts_node_type(o);
    FeBoolOp op;
    if (!strcmp(opname, "and"))
        op = FB_AND;
    else if (!strcmp(opname, "or"))
        op = FB_OR;
    else
        return fe_err_at(p, o, "invalid syntax");
    FeVec rights = {0};
    TSNode cur = n;
    for (;;) {
        TSNode r = fe_field(p, cur, FF_RIGHT), l = fe_field(p, cur, FF_LEFT);
        if (ts_node_is_null(r) || ts_node_is_null(l)) return fe_err_at(p, cur, "invalid syntax");
        TSNode *box = fe_alloc(p->arena, sizeof *box);
        if (!box) return fe_err_at(p, cur, "out of memory");
        if (fe_push_item(p, &rights, box, r) < 0) return NULL;
        *box = r;
        if (fe_tk(p, l) == TK_BOOLEAN_OPERATOR) {
            TSNode lo = fe_field(p, l, FF_OPERATOR);
            if (!ts_node_is_null(lo) && !strcmp(ts_node_type(lo), opname)) {
                cur = l;
                continue;
            }
        }
        TSNode *lbox = fe_alloc(p->arena, sizeof *lbox);
        if (!lbox) return fe_err_at(p, cur, "out of memory");
        if (fe_push_item(p, &rights, lbox, l) < 0) return NULL;
        *lbox = l;
        break;
    }
    FeNode *e = fe_node(p, E_BOOLOP, n);
    if (!e) return NULL;
    e->u.boolop.op = op;
    FeNode **vals = fe_alloc(p->arena, (size_t)rights.n * sizeof *vals);
    if (!vals) return fe_err_at(p, n, "out of memory");
    for (int i = 0; i < rights.n; i++) {
        TSNode k = *(TSNode *)rights.items[rights.n - 1 - i];
        vals[i] = fe_expr(p, k);
        if (!vals[i]) return NULL;
    }
    e->u.boolop.values.items = vals;
    e->u.boolop.values.n = rights.n;
    return e;
}

static FeNode *comparison(FeParse *p, TSNode n) {
    FeNode *e = fe_node(p, E_COMPARE, n);
    if (!e) return NULL;
    FeVec operands = {0};
    int nops = 0;
    uint32_t cnt = ts_node_child_count(n);
    FeCmpOp *ops = fe_alloc(p->arena, (cnt ? cnt : 1) * sizeof *ops);
    if (!ops) return fe_err_at(p, n, "out of memory");
    TSTreeCursor *c = fe_cursor_push(p, n);
    if (!c) return NULL;
    int rc = 0;
    if (ts_tree_cursor_goto_first_child(c)) {
        do {
            TSNode k = ts_tree_cursor_current_node(c);
            if (fe_is_skippable(p, k)) continue;
            if (ts_node_is_named(k)) {
                FeNode *x = fe_expr(p, k);
                if (!x || push(p, &operands, x, k) < 0) {
                    rc = -1;
                    break;
                }
            } else {
                int op = cmp_op(ts_node_type(k));
                if (op < 0) {
                    fe_err_at(p, k, "invalid syntax");
                    rc = -1;
                    break;
                }
                if (nops == PITH_MAX_COMPARE_CHAIN) {
                    fe_err_at(p, k, "too many comparisons in one chain (the compile limit is %d)",
                              PITH_MAX_COMPARE_CHAIN);
                    rc = -1;
                    break;
                }
                ops[nops++] = (FeCmpOp)op;
            }
        } while (ts_tree_cursor_goto_next_sibling(c));
    }
    fe_cursor_pop(p);
    if (rc < 0) return NULL;
    if (operands.n < 2 || nops != operands.n - 1) return fe_err_at(p, n, "invalid syntax");
    e->u.cmp.left = operands.items[0];
    e->u.cmp.ops = ops;
    e->u.cmp.comparators.items = (FeNode **)operands.items + 1;
    e->u.cmp.comparators.n = operands.n - 1;
    return e;
}

static FeNode *conditional(FeParse *p, TSNode n) {
    FeNode *parts[3] = {0};
    int k = 0;
    uint32_t cnt;
    TSNode *kid = fe_children(p, n, 1, &cnt);
    for (uint32_t i = 0; i < cnt; i++) {
        TSNode x = kid[i];
        if (fe_is_skippable(p, x)) continue;
        if (k == 3) return fe_err_at(p, x, "invalid syntax");
        parts[k] = fe_expr(p, x);
        if (!parts[k]) return NULL;
        k++;
    }
    if (k != 3) return fe_err_at(p, n, "expected 'else' after 'if' expression");
    FeNode *e = fe_node(p, E_IFEXP, n);
    if (!e) return NULL;
    e->u.ifexp.body = parts[0];
    e->u.ifexp.test = parts[1];
    e->u.ifexp.orelse = parts[2];
    return e;
}

/* ---- calls, attributes, subscripts ---- */

static FeNode *call(FeParse *p, TSNode n) {
    TSNode f = fe_field(p, n, FF_FUNCTION), args = fe_field(p, n, FF_ARGUMENTS);
    if (ts_node_is_null(f) || ts_node_is_null(args)) return fe_err_at(p, n, "invalid syntax");
    FeNode *e = fe_node(p, E_CALL, n);
    if (!e) return NULL;
    e->u.call.func = fe_expr(p, f);
    if (!e->u.call.func) return NULL;
    if (fe_tk(p, args) == TK_GENERATOR_EXPRESSION) {
        /* f(x for x in y): the generator is the only positional argument */
        FeNode **one = fe_alloc(p->arena, sizeof *one);
        if (!one) return fe_err_at(p, args, "out of memory");
        one[0] = fe_expr(p, args);
        if (!one[0]) return NULL;
        e->u.call.args.items = one;
        e->u.call.args.n = 1;
        return e;
    }
    return fe_call_arguments(p, n, args, e) < 0 ? NULL : e;
}

int fe_call_arguments(FeParse *p, TSNode n, TSNode args, FeNode *e) {
    FeVec pos = {0};
    uint32_t cnt = ts_node_named_child_count(args);
    FeKeyword *kws = cnt ? fe_alloc(p->arena, cnt * sizeof *kws) : NULL;
    if (cnt && !kws) return fe_err_at(p, n, "out of memory"), -1;
    int nkw = 0, rc = 0, seen_dsplat = 0;
    TSTreeCursor *c = fe_cursor_push(p, args);
    if (!c) return -1;
    if (ts_tree_cursor_goto_first_child(c)) {
        do {
            TSNode k = ts_tree_cursor_current_node(c);
            if (!ts_node_is_named(k) || fe_is_skippable(p, k)) continue;
            FeTk tk = fe_tk(p, k);
            if (tk == TK_LIST_SPLAT) {
                /* *iterable: an E_STARRED positional argument (allowed after keywords, not after **) */
                if (seen_dsplat) {
                    fe_err_at(p, k, "iterable argument unpacking follows keyword argument unpacking");
                    rc = -1;
                    break;
                }
                FeNode *a = starred(p, k, 0);
                if (!a || push(p, &pos, a, k) < 0) {
                    rc = -1;
                    break;
                }
                continue;
            }
            if (pos.n + nkw >= PITH_MAX_ITEMS) {
                fe_too_many_items(p, k);
                rc = -1;
                break;
            }
            if ((tk == TK_DICTIONARY_SPLAT || tk == TK_KEYWORD_ARGUMENT) && nkw == PITH_MAX_KEYWORDS) {
                fe_err_at(p, k, "too many keyword arguments in one call (the compile limit is %d)", PITH_MAX_KEYWORDS);
                rc = -1;
                break;
            }
            if (tk == TK_DICTIONARY_SPLAT) {
                /* **mapping: a keyword without a name */
                FeKeyword *kw = &kws[nkw];
                kw->span = fe_span(p, k);
                kw->value = fe_expr(p, first_child_expr(p, k));
                if (!kw->value) {
                    rc = -1;
                    break;
                }
                nkw++;
                seen_dsplat = 1;
                continue;
            }
            if (tk == TK_KEYWORD_ARGUMENT) {
                TSNode kn = fe_field(p, k, FF_NAME), kv = fe_field(p, k, FF_VALUE);
                if (ts_node_is_null(kn) || fe_tk(p, kn) != TK_IDENTIFIER) {
                    fe_err_at(p, k, "invalid syntax");
                    rc = -1;
                    break;
                }
                FeKeyword *kw = &kws[nkw];
                kw->name = fe_ident(p, kn);
                if (!kw->name) {
                    rc = -1;
                    break;
                }
                kw->span = fe_span(p, k);
                for (int j = 0; j < nkw; j++)
                    if (kws[j].name && !strcmp(kws[j].name, kw->name)) {
                        fe_err_at(p, k, "keyword argument repeated: %s", kw->name);
                        rc = -1;
                        break;
                    }
                if (rc < 0) break;
                kw->value = fe_expr(p, kv);
                if (!kw->value) {
                    rc = -1;
                    break;
                }
                nkw++;
                continue;
            }
            if (nkw > 0) {
                fe_err_at(p, k,
                          seen_dsplat ? "positional argument follows keyword argument unpacking"
                                      : "positional argument follows keyword argument");
                rc = -1;
                break;
            }
            FeNode *a = fe_expr(p, k);
            if (!a || push(p, &pos, a, k) < 0) {
                rc = -1;
                break;
            }
        } while (ts_tree_cursor_goto_next_sibling(c));
    }
    fe_cursor_pop(p);
    if (rc < 0) return -1;
    fe_list_from_vec(p->arena, &pos, &e->u.call.args);
    e->u.call.kws = nkw ? kws : NULL;
    e->u.call.nkw = nkw;
    return 0;
}

static FeNode *attribute(FeParse *p, TSNode n) {
    TSNode o = fe_field(p, n, FF_OBJECT), a = fe_field(p, n, FF_ATTRIBUTE);
    if (ts_node_is_null(o) || ts_node_is_null(a)) return fe_err_at(p, n, "invalid syntax");
    FeNode *e = fe_node(p, E_ATTR, n);
    if (!e) return NULL;
    e->u.attr.name = fe_mangle(p, fe_ident(p, a));
    if (!e->u.attr.name) return NULL;
    if (is_dunder(e->u.attr.name) && !pith_dunder_allowed(e->u.attr.name))
        return fe_err_at(p, a, "attribute '%s' is not supported", e->u.attr.name);
    e->u.attr.value = fe_expr(p, o);
    return e->u.attr.value ? e : NULL;
}

static FeNode *slice(FeParse *p, TSNode n) {
    FeNode *e = fe_node(p, E_SLICE, n);
    if (!e) return NULL;
    int colons = 0, rc = 0;
    TSTreeCursor *c = fe_cursor_push(p, n);
    if (!c) return NULL;
    if (ts_tree_cursor_goto_first_child(c)) {
        do {
            TSNode k = ts_tree_cursor_current_node(c);
            if (fe_is_skippable(p, k)) continue;
            if (!ts_node_is_named(k)) {
                if (fe_tk(p, k) == TK_T_COLON) colons++;
                continue;
            }
            FeNode *x = fe_expr(p, k);
            if (!x) {
                rc = -1;
                break;
            }
            if (colons == 0 && !e->u.slice.lower)
                e->u.slice.lower = x;
            else if (colons == 1 && !e->u.slice.upper)
                e->u.slice.upper = x;
            else if (colons == 2 && !e->u.slice.step)
                e->u.slice.step = x;
            else {
                fe_err_at(p, k, "invalid syntax");
                rc = -1;
                break;
            }
        } while (ts_tree_cursor_goto_next_sibling(c));
    }
    fe_cursor_pop(p);
    return rc < 0 ? NULL : e;
}

static FeNode *subscript_index(FeParse *p, TSNode n, FeNode *e);

static FeNode *subscript(FeParse *p, TSNode n) {
    TSNode v = fe_field(p, n, FF_VALUE);
    if (ts_node_is_null(v)) return fe_err_at(p, n, "invalid syntax");
    FeNode *e = fe_node(p, E_SUBSCRIPT, n);
    if (!e) return NULL;
    e->u.sub.value = fe_expr(p, v);
    if (!e->u.sub.value) return NULL;
    /* the index: one expression/slice, or a tuple when there are commas (d[1, 2], d[1,]); one more
     * level of depth, since the slice or tuple sits between the subscript and its parts in the AST */
    if (fe_enter(p, n) < 0) return NULL;
    FeNode *r = subscript_index(p, n, e);
    fe_leave(p);
    return r;
}

/* The index part of subscript n into e (see subscript()). */
static FeNode *subscript_index(FeParse *p, TSNode n, FeNode *e) {
    FeVec idx = {0};
    int commas = 0, rc = 0, nslices = 0;
    TSNode first;
    memset(&first, 0, sizeof first);
    TSFieldId sub_id = fe_fid(p, FF_SUBSCRIPT);
    TSTreeCursor *c = fe_cursor_push(p, n);
    if (!c) return NULL;
    if (ts_tree_cursor_goto_first_child(c)) {
        do {
            TSNode k = ts_tree_cursor_current_node(c);
            if (fe_is_skippable(p, k)) continue;
            if (!ts_node_is_named(k)) {
                if (fe_tk(p, k) == TK_T_COMMA) commas++;
                continue;
            }
            if (!sub_id || ts_tree_cursor_current_field_id(c) != sub_id) continue;
            if (idx.n == 0) first = k;
            FeNode *x = fe_tk(p, k) == TK_SLICE ? slice(p, k) : fe_expr(p, k);
            if (!x || push(p, &idx, x, k) < 0) {
                rc = -1;
                break;
            }
            if (x->kind == E_SLICE) nslices++;
        } while (ts_tree_cursor_goto_next_sibling(c));
    }
    fe_cursor_pop(p);
    if (rc < 0) return NULL;
    if (idx.n == 0) return fe_err_at(p, n, "invalid syntax");
    if (idx.n == 1 && commas == 0) {
        e->u.sub.index = idx.items[0];
        return e;
    }
    if (nslices) return fe_err_at(p, first, "multi-dimensional slicing is not supported");
    FeNode *t = fe_node(p, E_TUPLE, first);
    if (!t) return NULL;
    fe_list_from_vec(p->arena, &idx, &t->u.seq.items);
    e->u.sub.index = t;
    return e;
}

/* ---- the dispatcher ---- */

FeNode *fe_expr(FeParse *p, TSNode n) {
    if (p->failed) return NULL;
    if (ts_node_is_null(n)) return NULL;
    if (fe_enter(p, n) < 0) return NULL;
    FeNode *e = NULL;
    FeTk tk = fe_tk(p, n);
    switch (tk) {
    case TK_IDENTIFIER:
        e = fe_node(p, E_NAME, n);
        if (e) e->u.name.id = fe_mangle(p, fe_ident(p, n));
        if (e && !e->u.name.id) e = NULL;
        /* the grammar lets these keywords through as names; Python 3.7+ does not */
        if (e && (!strcmp(e->u.name.id, "async") || !strcmp(e->u.name.id, "await"))) {
            fe_err_at(p, n, "invalid syntax");
            e = NULL;
        }
        break;
    case TK_INTEGER: e = fe_int_literal(p, n); break;
    case TK_FLOAT: e = fe_float_literal(p, n); break;
    case TK_STRING:
    case TK_CONCATENATED_STRING: e = fe_string_literal(p, n); break;
    case TK_TRUE: e = fe_node(p, E_TRUE, n); break;
    case TK_FALSE: e = fe_node(p, E_FALSE, n); break;
    case TK_NONE: e = fe_node(p, E_NONE, n); break;
    case TK_ELLIPSIS: e = fe_node(p, E_ELLIPSIS, n); break;
    case TK_BINARY_OPERATOR: e = binary(p, n); break;
    case TK_UNARY_OPERATOR: e = unary(p, n); break;
    case TK_NOT_OPERATOR:
        e = fe_node(p, E_NOT, n);
        if (e) e->u.un.operand = fe_expr(p, fe_field(p, n, FF_ARGUMENT));
        if (e && !e->u.un.operand) e = NULL;
        break;
    case TK_BOOLEAN_OPERATOR: e = boolean(p, n); break;
    case TK_COMPARISON_OPERATOR: e = comparison(p, n); break;
    case TK_CONDITIONAL_EXPRESSION: e = conditional(p, n); break;
    case TK_CALL: e = call(p, n); break;
    case TK_ATTRIBUTE: e = attribute(p, n); break;
    case TK_SUBSCRIPT: e = subscript(p, n); break;
    case TK_LIST:
    case TK_TUPLE:
    case TK_SET:
    case TK_EXPRESSION_LIST:
        e = fe_node(p, tk == TK_LIST ? E_LIST : tk == TK_SET ? E_SET : E_TUPLE, n);
        if (e && items(p, n, &e->u.seq.items) < 0) e = NULL;
        break;
    case TK_DICTIONARY: e = dict_display(p, n); break;
    case TK_LAMBDA: e = lambda(p, n); break;
    case TK_LIST_COMPREHENSION: e = comprehension(p, n, E_LISTCOMP); break;
    case TK_SET_COMPREHENSION: e = comprehension(p, n, E_SETCOMP); break;
    case TK_DICTIONARY_COMPREHENSION: e = comprehension(p, n, E_DICTCOMP); break;
    case TK_GENERATOR_EXPRESSION: e = comprehension(p, n, E_GENEXP); break;
    case TK_NAMED_EXPRESSION: e = named_expr(p, n); break;
    case TK_YIELD: e = fe_yield(p, n); break;
    case TK_AWAIT: e = await_expr(p, n); break;
    case TK_PARENTHESIZED_EXPRESSION: {
        TSNode in = paren_inner(p, n);
        if (ts_node_is_null(in)) {
            fe_err_at(p, n, "invalid syntax");
            break;
        }
        e = fe_expr(p, in);
        break;
    }
    case TK_STRING_START: fe_err_at(p, n, "invalid syntax"); break;
    case TK_KEYWORD_ARGUMENT: fe_err_at(p, n, "invalid syntax"); break;
    case TK_SLICE: fe_err_at(p, n, "slice is only allowed inside []"); break;
    case TK_LIST_SPLAT:
    case TK_LIST_SPLAT_PATTERN:
        if (p->strip_splat) {
            p->strip_splat = 0;
            TSNode in = first_child_expr(p, n);
            e = ts_node_is_null(in) ? fe_err_at(p, n, "invalid syntax") : fe_expr(p, in);
            break;
        }
        /* fall through */
    default: {
        const char *u = unsupported(tk);
        fe_err_at(p, n, "%s", u ? u : "invalid syntax");
        break;
    }
    }
    fe_leave(p);
    if (!e && !p->failed) fe_err_at(p, n, "out of memory");
    return p->failed ? NULL : e;
}

FeNode *fe_expr_or_tuple(FeParse *p, TSNode n) {
    if (ts_node_is_null(n)) return NULL;
    if (fe_tk(p, n) != TK_PATTERN_LIST) return fe_expr(p, n);
    /* a pattern_list on a right-hand side (`x = a, b` in some grammar paths): a tuple of expressions */
    if (fe_enter(p, n) < 0) return NULL;
    FeNode *e = fe_node(p, E_TUPLE, n);
    if (e && items(p, n, &e->u.seq.items) < 0) e = NULL;
    fe_leave(p);
    return e;
}

/* ---- targets ---- */

/* What CPython calls an expression that cannot be assigned or deleted ("cannot delete literal"). */
static const char *target_what(FeTk k) {
    switch (k) {
    case TK_CALL: return "function call";
    case TK_INTEGER:
    case TK_FLOAT:
    case TK_STRING:
    case TK_CONCATENATED_STRING:
    case TK_TRUE:
    case TK_FALSE:
    case TK_NONE:
    case TK_ELLIPSIS: return "literal";
    case TK_DICTIONARY: return "dict literal";
    case TK_SET: return "set display";
    case TK_COMPARISON_OPERATOR: return "comparison";
    case TK_CONDITIONAL_EXPRESSION: return "conditional expression";
    case TK_LAMBDA: return "lambda";
    case TK_LIST_COMPREHENSION: return "list comprehension";
    case TK_GENERATOR_EXPRESSION: return "generator expression";
    case TK_SET_COMPREHENSION: return "set comprehension";
    case TK_DICTIONARY_COMPREHENSION: return "dict comprehension";
    case TK_NAMED_EXPRESSION: return "named expression";
    default: return "expression";
    }
}

/* Sequence target: every named child is a target itself. */
static FeNode *target_seq(FeParse *p, TSNode n, FeKind kind, int is_del) {
    FeNode *e = fe_node(p, kind, n);
    if (!e) return NULL;
    FeVec v = {0};
    int rc = 0, nstar = 0;
    TSTreeCursor *c = fe_cursor_push(p, n);
    if (!c) return NULL;
    if (ts_tree_cursor_goto_first_child(c)) {
        do {
            TSNode k = ts_tree_cursor_current_node(c);
            if (!ts_node_is_named(k) || fe_is_skippable(p, k)) continue;
            FeTk tk = fe_tk(p, k);
            int star = tk == TK_LIST_SPLAT_PATTERN || tk == TK_LIST_SPLAT;
            if (star && nstar++ && !is_del) {
                fe_err_at(p, n, "multiple starred expressions in assignment");
                rc = -1;
                break;
            }
            FeNode *t = star ? starred(p, k, is_del ? 2 : 1) : fe_target(p, k, is_del);
            if (!t || push(p, &v, t, k) < 0) {
                rc = -1;
                break;
            }
        } while (ts_tree_cursor_goto_next_sibling(c));
    }
    fe_cursor_pop(p);
    if (rc < 0) return NULL;
    fe_list_from_vec(p->arena, &v, &e->u.seq.items);
    return e;
}

/* Does a parenthesized node hold a comma (so `(a,)` is a tuple and `(a)` is just a)? */
static int has_comma(FeParse *p, TSNode n) {
    uint32_t cnt;
    TSNode *kid = fe_children(p, n, 0, &cnt);
    for (uint32_t i = 0; i < cnt; i++) {
        TSNode k = kid[i];
        if (!ts_node_is_named(k) && fe_tk(p, k) == TK_T_COMMA) return 1;
    }
    return 0;
}

FeNode *fe_target(FeParse *p, TSNode n, int is_del) {
    if (p->failed || ts_node_is_null(n)) return NULL;
    if (fe_enter(p, n) < 0) return NULL;
    FeNode *e = NULL;
    FeTk tk = fe_tk(p, n);
    switch (tk) {
    case TK_IDENTIFIER:
        e = fe_expr(p, n);
        if (e && !strcmp(e->u.name.id, "__debug__")) {
            fe_err_at(p, n, "cannot %s __debug__", is_del ? "delete" : "assign to");
            e = NULL;
        }
        break;
    case TK_ATTRIBUTE:
    case TK_SUBSCRIPT: e = fe_expr(p, n); break;
    case TK_PATTERN_LIST:
    case TK_EXPRESSION_LIST: e = target_seq(p, n, E_TUPLE, is_del); break;
    case TK_TUPLE_PATTERN:
    case TK_TUPLE:
    case TK_PARENTHESIZED_EXPRESSION:
        if (!has_comma(p, n)) {
            TSNode in = paren_inner(p, n);
            if (ts_node_is_null(in)) {
                if (tk == TK_PARENTHESIZED_EXPRESSION)
                    fe_err_at(p, n, "invalid syntax");
                else
                    e = target_seq(p, n, E_TUPLE, is_del); /* () = [] is valid Python */
            } else
                e = fe_target(p, in, is_del);
        } else
            e = target_seq(p, n, E_TUPLE, is_del);
        break;
    case TK_LIST_PATTERN:
    case TK_LIST: e = target_seq(p, n, E_LIST, is_del); break;
    case TK_LIST_SPLAT_PATTERN:
    case TK_LIST_SPLAT:
        if (is_del)
            fe_err_at(p, n, "cannot delete starred");
        else
            fe_err_at(p, n, "starred assignment target must be in a list or tuple");
        break;
    default: fe_err_at(p, n, "cannot %s %s", is_del ? "delete" : "assign to", target_what(tk)); break;
    }
    fe_leave(p);
    if (!e && !p->failed) fe_err_at(p, n, "out of memory");
    return p->failed ? NULL : e;
}
