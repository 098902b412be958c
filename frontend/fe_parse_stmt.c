/* fe_parse_stmt.c — CST -> AST for statements, blocks and function definitions.
 * Stage: frontend (called by fe_compile in fe_parse.c). Invariants: ast.h; also enforces what the
 * grammar accepts but CPython rejects (indentation, empty blocks, Python 2 forms, misplaced
 * return/break/continue, parameter order) and names every unsupported construct at its line:col. */
#include <stdio.h>
#include <string.h>

#include "fe_internal.h"
#include "pith_dunder.h"
#include "pith_abi.h"
#include "pith_builtins.h"
#include "pith_modules.h"

static FeNode *stmt(FeParse *p, TSNode n);

/* ---- small helpers ---- */

/* First named, non-extra child of n (null node if none). */
static TSNode first_named(FeParse *p, TSNode n) {
    TSNode none;
    memset(&none, 0, sizeof none);
    uint32_t c = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < c; i++) {
        TSNode k = ts_node_named_child(n, i);
        if (!fe_is_skippable(p, k)) return k;
    }
    return none;
}

/* An annotation is read leniently: anything the converter rejects inside it just drops the annotation
 * (annotations are ignored by this version), so `Callable[..., int]` never fails a program. */
static FeNode *annotation(FeParse *p, TSNode type_node) {
    if (ts_node_is_null(type_node) || p->failed) return NULL;
    TSNode e = fe_tk(p, type_node) == TK_TYPE ? first_named(p, type_node) : type_node;
    if (ts_node_is_null(e)) return NULL;
    FeDiag saved = *p->diag;
    int depth = p->depth, ncur = p->ncur;
    FeNode *a = fe_expr(p, e);
    if (p->failed) {
        int oom = strcmp(p->diag->message, "out of memory") == 0;
        if (oom) return NULL;
        *p->diag = saved;
        p->failed = 0;
        p->depth = depth;
        p->ncur = ncur;
        return NULL;
    }
    return a;
}

/* ---- blocks ---- */

/* Column (0-based, bytes) of the deepest last statement inside n: after `if x:\n    a = 1` it is 4.
 * Used to tell CPython's "unexpected indent" from "unindent does not match any outer indentation level". */
static int tail_indent(FeParse *p, TSNode n) {
    int d = (int)ts_node_start_point(n).column;
    for (int guard = 0; guard < 4 * FE_MAX_DEPTH; guard++) {
        /* the last named, non-extra child */
        uint32_t cnt = ts_node_named_child_count(n);
        TSNode last;
        int found = 0;
        for (uint32_t i = cnt; i > 0 && !found; i--) {
            TSNode k = ts_node_named_child(n, i - 1);
            if (fe_is_skippable(p, k)) continue;
            last = k;
            found = 1;
        }
        if (!found) break;
        if (fe_tk(p, n) == TK_BLOCK) {
            d = (int)ts_node_start_point(last).column; /* a statement of the block */
            n = last;
            continue;
        }
        FeTk tk = fe_tk(p, last);
        if (tk != TK_BLOCK && tk != TK_ELSE_CLAUSE && tk != TK_ELIF_CLAUSE && tk != TK_EXCEPT_CLAUSE &&
            tk != TK_FINALLY_CLAUSE && tk != TK_EXCEPT_GROUP_CLAUSE)
            break;
        n = last;
    }
    return d;
}

/* Report an indentation error at node k the way CPython words and places it. `unexpected` picks
 * "unexpected indent" (column = the indentation) over "unindent does not match ..." (end of line). */
static void indent_error(FeParse *p, TSNode k, int unexpected) {
    FeSpan s = fe_span(p, k);
    if (unexpected) {
        fe_errorf(p->diag, &p->failed, s.line, s.col > 1 ? s.col - 1 : 1, "unexpected indent");
        return;
    }
    /* CPython points just past the end of the offending line */
    size_t i = p->skip + ts_node_start_byte(k);
    while (i < p->len && p->src[i] != '\n') i++;
    size_t ls = p->skip + ts_node_start_byte(k);
    while (ls > 0 && p->src[ls - 1] != '\n') ls--;
    size_t end = i;
    if (end > ls && p->src[end - 1] == '\r') end--;
    fe_errorf(p->diag, &p->failed, s.line, (int)(end - ls) + 1, "unindent does not match any outer indentation level");
}

/* Does node k start its line (only blanks before it)? */
static int starts_line(FeParse *p, TSNode k) {
    for (uint32_t b = ts_node_start_byte(k); b > 0; b--) {
        char ch = p->src[p->skip + b - 1];
        if (ch == '\n') return 1;
        if (ch != ' ' && ch != '\t' && ch != '\f') return 0;
    }
    return 1;
}

/* A clause (elif/else/except/finally) must start a line at its statement's column. prev_block is the
 * block just before it (to choose between the two indentation messages). 0 ok, -1 error. */
static int check_clause(FeParse *p, TSNode owner, TSNode clause, TSNode before) {
    int oc = (int)ts_node_start_point(owner).column, c = (int)ts_node_start_point(clause).column;
    if (!starts_line(p, owner)) {
        /* an inline statement (after ';' or a ':' on the same line) cannot take clauses on later lines */
        if (ts_node_start_point(clause).row != ts_node_start_point(owner).row) {
            fe_err_at(p, clause, "invalid syntax");
            return -1;
        }
        return 0;
    }
    if (!starts_line(p, clause)) {
        fe_err_at(p, clause, "invalid syntax");
        return -1;
    }
    if (c == oc) return 0;
    int deepest = ts_node_is_null(before) ? oc : tail_indent(p, before);
    if (c > oc && c > deepest)
        indent_error(p, clause, 1);
    else
        indent_error(p, clause, 0);
    return -1;
}

/* Convert the statements of a block (or the module) into out, checking indentation the way CPython's
 * tokenizer does: every statement that starts a line starts at the block's column. `what` names the
 * owning statement for the empty-block message ("'if' statement"); NULL for the module. */
static int block_of(FeParse *p, TSNode block, FeList *out, const char *what, int header_line) {
    FeVec v = {0};
    TSTreeCursor *c = fe_cursor_push(p, block);
    if (!c) return -1;
    int is_module = fe_tk(p, block) == TK_MODULE;
    int indent = is_module ? 0 : -1; /* column every line-starting statement must have */
    uint32_t first_row = 0, prev_end_row = 0;
    int have_prev = 0, inline_block = 0;
    TSNode prev; /* the previous statement (valid once have_prev) */
    memset(&prev, 0, sizeof prev);
    int rc = 0;
    if (ts_tree_cursor_goto_first_child(c)) {
        do {
            TSNode k = ts_tree_cursor_current_node(c);
            if (!ts_node_is_named(k) || fe_is_skippable(p, k)) continue;
            TSPoint sp = ts_node_start_point(k);
            int at_line_start = starts_line(p, k);
            if (!have_prev) {
                first_row = sp.row;
                if (!is_module) {
                    if (at_line_start) {
                        indent = (int)sp.column;
                        if (indent <= p->indent) {
                            fe_err_at(p, k, "expected an indented block after %s on line %d", what, header_line);
                            rc = -1;
                            break;
                        }
                    } else
                        inline_block = 1;
                }
            }
            if (have_prev && sp.row == prev_end_row && !at_line_start) {
                /* a statement after ';' on the same line */
            } else if (inline_block) {
                if (sp.row != first_row) {
                    indent_error(p, k, (int)sp.column > p->indent);
                    rc = -1;
                    break;
                }
            } else if (have_prev || is_module) {
                if ((int)sp.column != indent) {
                    int c = (int)sp.column;
                    indent_error(p, k, c > indent && (!have_prev || c >= tail_indent(p, prev)));
                    rc = -1;
                    break;
                }
            }
            int saved_indent = p->indent;
            if (!inline_block && indent >= 0) p->indent = indent;
            FeNode *s = stmt(p, k);
            p->indent = saved_indent;
            if (!s) {
                rc = -1;
                break;
            }
            if (fe_vec_push(p->arena, &v, s) < 0) {
                fe_err_at(p, k, "out of memory");
                rc = -1;
                break;
            }
            have_prev = 1;
            prev = k;
            prev_end_row = ts_node_end_point(k).row;
        } while (ts_tree_cursor_goto_next_sibling(c));
    }
    fe_cursor_pop(p);
    if (rc < 0 || p->failed) return -1;
    if (!is_module && v.n == 0) {
        int line, col;
        fe_next_token_pos(p, ts_node_end_byte(block), &line, &col);
        fe_errorf(p->diag, &p->failed, line, col, "expected an indented block after %s on line %d", what, header_line);
        return -1;
    }
    return fe_list_from_vec(p->arena, &v, out);
}

int fe_block(FeParse *p, TSNode block, FeList *out) {
    p->indent = -1;
    return block_of(p, block, out, NULL, 0);
}

/* The block of a compound statement (field or first block child), with its empty-block message. */
static int sub_block(FeParse *p, TSNode owner, TSNode block, FeList *out, const char *what) {
    int line = (int)ts_node_start_point(owner).row + 1;
    if (ts_node_is_null(block)) {
        fe_err_at(p, owner, "expected an indented block after %s on line %d", what, line);
        return -1;
    }
    return block_of(p, block, out, what, line);
}

int fe_sub_block(FeParse *p, TSNode owner, TSNode block, FeList *out, const char *what) {
    return sub_block(p, owner, block, out, what);
}

void fe_indent_error(FeParse *p, TSNode k, int unexpected) { indent_error(p, k, unexpected); }

/* The first child of kind `block` (for clauses that hold their block without a field name). */
static TSNode block_child(FeParse *p, TSNode n) {
    TSNode none;
    memset(&none, 0, sizeof none);
    uint32_t c = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < c; i++) {
        TSNode k = ts_node_named_child(n, i);
        if (fe_tk(p, k) == TK_BLOCK) return k;
    }
    return none;
}

/* ---- simple statements ---- */

static int aug_op(const char *t) {
    static const struct {
        const char *s;
        int op;
    } ops[] = {
        {"+=", PITH_OP_ADD},       {"-=", PITH_OP_SUB},    {"*=", PITH_OP_MUL},   {"/=", PITH_OP_TRUEDIV},
        {"//=", PITH_OP_FLOORDIV}, {"%=", PITH_OP_MOD},    {"**=", PITH_OP_POW},  {"<<=", PITH_OP_LSHIFT},
        {">>=", PITH_OP_RSHIFT},   {"&=", PITH_OP_BITAND}, {"|=", PITH_OP_BITOR}, {"^=", PITH_OP_BITXOR},
        {"@=", PITH_OP_MATMUL},
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (!strcmp(t, ops[i].s)) return ops[i].op;
    return -1;
}

/* The right-hand side of an assignment: an expression, a tuple, or a yield. */
/* An unparenthesized `x := v` where CPython's grammar wants a plain expression: invalid syntax at `:=`. */
static FeNode *bare_walrus(FeParse *p, TSNode w) {
    uint32_t cnt = ts_node_child_count(w);
    for (uint32_t i = 0; i < cnt; i++) {
        TSNode t = ts_node_child(w, i);
        if (!ts_node_is_named(t) && !strcmp(ts_node_type(t), ":=")) return fe_err_at(p, t, "invalid syntax");
    }
    return fe_err_at(p, w, "invalid syntax");
}

static FeNode *rhs(FeParse *p, TSNode r) {
    FeTk k = fe_tk(p, r);
    if (k == TK_YIELD) return fe_yield(p, r);
    if (k == TK_NAMED_EXPRESSION) return bare_walrus(p, r);
    if (k == TK_ASSIGNMENT || k == TK_AUGMENTED_ASSIGNMENT) return fe_err_at(p, r, "invalid syntax");
    return fe_expr_or_tuple(p, r);
}

/* assignment: `a = b = v`, `x: T = v`, `x: T` */
static FeNode *assignment(FeParse *p, TSNode n) {
    FeVec targets = {0};
    TSNode cur = n;
    for (;;) {
        TSNode left = fe_field(p, cur, FF_LEFT), type = fe_field(p, cur, FF_TYPE), right = fe_field(p, cur, FF_RIGHT);
        if (ts_node_is_null(left)) return fe_err_at(p, cur, "invalid syntax");
        if (!ts_node_is_null(type)) {
            if (targets.n > 0) return fe_err_at(p, type, "invalid syntax");
            FeTk lk = fe_tk(p, left);
            if (lk == TK_PATTERN_LIST || lk == TK_LIST_PATTERN ||
                (lk == TK_TUPLE_PATTERN && ts_node_named_child_count(left) != 1))
                return fe_err_at(p, left, "only single target (not tuple) can be annotated");
            FeNode *s = fe_node(p, S_ANNASSIGN, n);
            if (!s) return NULL;
            s->u.ann.target = fe_target(p, left, 0);
            if (!s->u.ann.target) return NULL;
            if (s->u.ann.target->kind == E_TUPLE || s->u.ann.target->kind == E_LIST)
                return fe_err_at(p, left, "only single target (not tuple) can be annotated");
            s->u.ann.annotation = annotation(p, type);
            if (p->failed) return NULL;
            size_t tlen;
            const char *text = fe_text(p, type, &tlen);
            if (!(s->u.ann.text = fe_strndup(p->arena, text, tlen))) return fe_err_at(p, type, "out of memory");
            if (!ts_node_is_null(right)) {
                s->u.ann.value = rhs(p, right);
                if (!s->u.ann.value) return NULL;
            }
            return s;
        }
        FeNode *t = fe_target(p, left, 0);
        if (!t || fe_push_item(p, &targets, t, left) < 0) return NULL;
        if (ts_node_is_null(right)) return fe_err_at(p, cur, "invalid syntax");
        if (fe_tk(p, right) == TK_ASSIGNMENT) {
            cur = right;
            continue;
        }
        FeNode *s = fe_node(p, S_ASSIGN, n);
        if (!s) return NULL;
        fe_list_from_vec(p->arena, &targets, &s->u.assign.targets);
        s->u.assign.value = rhs(p, right);
        return s->u.assign.value ? s : NULL;
    }
}

static FeNode *aug_assignment(FeParse *p, TSNode n) {
    TSNode left = fe_field(p, n, FF_LEFT), op = fe_field(p, n, FF_OPERATOR), right = fe_field(p, n, FF_RIGHT);
    if (ts_node_is_null(left) || ts_node_is_null(op) || ts_node_is_null(right))
        return fe_err_at(p, n, "invalid syntax");
    FeTk lk = fe_tk(p, left);
    if (lk == TK_PATTERN_LIST || (lk == TK_TUPLE_PATTERN && ts_node_named_child_count(left) != 1))
        return fe_err_at(p, left, "'tuple' is an illegal expression for augmented assignment");
    if (lk == TK_LIST_PATTERN) return fe_err_at(p, left, "'list' is an illegal expression for augmented assignment");
    FeNode *s = fe_node(p, S_AUGASSIGN, n);
    if (!s) return NULL;
    s->u.aug.target = fe_target(p, left, 0);
    if (!s->u.aug.target) return NULL;
    if (s->u.aug.target->kind == E_TUPLE)
        return fe_err_at(p, left, "'tuple' is an illegal expression for augmented assignment");
    if (s->u.aug.target->kind == E_LIST)
        return fe_err_at(p, left, "'list' is an illegal expression for augmented assignment");
    s->u.aug.op = aug_op(ts_node_type(op));
    if (s->u.aug.op < 0) return fe_err_at(p, op, "invalid syntax");
    s->u.aug.value = rhs(p, right);
    return s->u.aug.value ? s : NULL;
}

static FeNode *expression_statement(FeParse *p, TSNode n) {
    FeVec items = {0};
    TSNode only;
    memset(&only, 0, sizeof only);
    uint32_t cnt;
    TSNode *kid = fe_children(p, n, 1, &cnt);
    int nexpr = 0;
    for (uint32_t i = 0; i < cnt; i++) {
        TSNode k = kid[i];
        if (fe_is_skippable(p, k)) continue;
        if (nexpr++ == 0) only = k;
    }
    if (nexpr == 0) return fe_err_at(p, n, "invalid syntax");
    if (nexpr == 1) {
        FeTk k = fe_tk(p, only);
        if (k == TK_ASSIGNMENT) return assignment(p, only);
        if (k == TK_AUGMENTED_ASSIGNMENT) return aug_assignment(p, only);
        if (k == TK_NAMED_EXPRESSION) return bare_walrus(p, only);
        FeNode *s = fe_node(p, S_EXPR, n);
        if (!s) return NULL;
        s->u.expr.value = fe_expr(p, only);
        return s->u.expr.value ? s : NULL;
    }
    /* `a, b` as a statement: a tuple (one more AST level, counted like one) */
    FeNode *t = fe_node(p, E_TUPLE, n);
    if (!t || fe_enter(p, n) < 0) return NULL;
    for (uint32_t i = 0; i < cnt; i++) {
        TSNode k = kid[i];
        if (fe_is_skippable(p, k)) continue;
        FeNode *e = fe_expr(p, k);
        if (!e || fe_push_item(p, &items, e, k) < 0) {
            fe_leave(p);
            return NULL;
        }
    }
    fe_leave(p);
    fe_list_from_vec(p->arena, &items, &t->u.seq.items);
    FeNode *s = fe_node(p, S_EXPR, n);
    if (!s) return NULL;
    s->u.expr.value = t;
    return s;
}

/* global / nonlocal: the identifiers. */
static FeNode *names_stmt(FeParse *p, TSNode n, FeKind kind) {
    FeNode *s = fe_node(p, kind, n);
    if (!s) return NULL;
    uint32_t cnt;
    TSNode *kid = fe_children(p, n, 1, &cnt);
    const char **names = fe_alloc(p->arena, (cnt ? cnt : 1) * sizeof *names);
    if (!names) return fe_err_at(p, n, "out of memory");
    int k = 0;
    for (uint32_t i = 0; i < cnt; i++) {
        TSNode id = kid[i];
        if (fe_tk(p, id) != TK_IDENTIFIER) continue;
        names[k] = fe_mangle(p, fe_ident(p, id));
        if (!names[k]) return NULL;
        k++;
    }
    s->u.names.names = names;
    s->u.names.n = k;
    return s;
}

/* The dotted module name of a dotted_name node, as written without spaces. */
static const char *dotted(FeParse *p, TSNode n) {
    if (fe_tk(p, n) != TK_DOTTED_NAME) return fe_ident(p, n);
    size_t total = 0;
    uint32_t cnt;
    TSNode *kid = fe_children(p, n, 1, &cnt);
    for (uint32_t i = 0; i < cnt; i++) {
        size_t len;
        fe_text(p, kid[i], &len);
        total += len + 1;
    }
    char *s = fe_alloc(p->arena, total + 1);
    if (!s) return fe_err_at(p, n, "out of memory");
    size_t at = 0;
    for (uint32_t i = 0; i < cnt; i++) {
        size_t len;
        const char *t = fe_text(p, kid[i], &len);
        if (at) s[at++] = '.';
        memcpy(s + at, t, len);
        at += len;
    }
    s[at] = '\0';
    return s;
}

/* `target = <module mod, or its name row name>`: one binding of an import (S_IMPORT's binds). */
static int add_bind(FeParse *p, TSNode at, FeVec *binds, const char *target, int mod, int name) {
    FeNode *v = fe_node(p, E_IMPORT, at), *t = fe_node(p, E_NAME, at), *a = fe_node(p, S_ASSIGN, at);
    FeNode **tl = fe_alloc(p->arena, sizeof *tl);
    if (!v || !t || !a || !tl) return fe_err_at(p, at, "out of memory"), -1;
    v->u.imp.mod = mod;
    v->u.imp.name = name;
    if (!target) { /* `from missing import *`: the failure alone, bound to nothing */
        a->kind = S_EXPR;
        a->u.expr.value = v;
        return fe_push_item(p, binds, a, at);
    }
    t->u.name.id = target;
    tl[0] = t;
    a->u.assign.targets.items = tl;
    a->u.assign.targets.n = 1;
    a->u.assign.value = v;
    return fe_push_item(p, binds, a, at);
}

/* An import that fails when it runs, as CPython's would (exc: a PITH_B_* class, the message printf-style):
 * `target` is still bound by it for the scopes, so `try: import orjson as json / except ImportError: ...` and
 * code that uses the name only after such a test compile. */
static int add_failing_bind(FeParse *p, TSNode at, FeVec *binds, const char *target, int exc, const char *fmt,
                            const char *a1, const char *a2) {
    size_t cap = strlen(fmt) + strlen(a1) + (a2 ? strlen(a2) : 0) + 1;
    char *msg = fe_alloc(p->arena, cap);
    if (!msg) return fe_err_at(p, at, "out of memory"), -1;
    snprintf(msg, cap, fmt, a1, a2);
    size_t before = binds->n;
    if (add_bind(p, at, binds, target, -1, -1) < 0) return -1;
    FeNode *s = (FeNode *)binds->items[before];
    FeNode *v = s->kind == S_EXPR ? s->u.expr.value : s->u.assign.value;
    v->u.imp.exc = exc;
    v->u.imp.error = msg;
    return 0;
}

/* The name an import binds: the alias of `x as y`, else the name itself (NULL: dotted without an alias). */
static const char *bound_name(FeParse *p, TSNode it, const char *name) {
    if (fe_tk(p, it) == TK_ALIASED_IMPORT) {
        TSNode al = fe_field(p, it, FF_ALIAS);
        return ts_node_is_null(al) ? NULL : fe_ident(p, al);
    }
    return strchr(name, '.') ? NULL : name;
}

/* `from M import a, b as c`: each name M has (pith_modules.h) that binds a value is added to binds; a name M
 * lacks, or any name when pith has no module M (id -1, called `missing`), binds an import that raises
 * CPython's ImportError (ModuleNotFoundError) when it runs; `*` takes whatever M has. 0, or -1 with the
 * diagnostic. */
static int imported_names(FeParse *p, TSNode n, TSNode mod, int id, const char *missing, FeVec *binds) {
    uint32_t cnt;
    TSNode *kid = fe_children(p, n, 1, &cnt);
    for (uint32_t i = 0; i < cnt; i++) {
        TSNode it = kid[i];
        if (ts_node_eq(it, mod) || fe_is_skippable(p, it)) continue;
        if (fe_tk(p, it) == TK_WILDCARD_IMPORT) {
            if (p->in_def) return fe_err_at(p, n, "import * only allowed at module level"), -1;
            if (id < 0) {
                if (add_failing_bind(p, it, binds, NULL, PITH_B_MODULENOTFOUNDERROR, "No module named '%s'", missing,
                                     NULL) < 0)
                    return -1;
                continue;
            }
            for (int k = 0; k < pith_modules[id].nnames; k++)
                if ((pith_modules[id].names[k].kind == PITH_MN_FUNC || pith_modules[id].names[k].kind == PITH_MN_CONST) &&
                    add_bind(p, it, binds, pith_modules[id].names[k].name, id, k) < 0)
                    return -1;
            continue;
        }
        TSNode dn = fe_tk(p, it) == TK_ALIASED_IMPORT ? fe_field(p, it, FF_NAME) : it;
        if (ts_node_is_null(dn)) return fe_err_at(p, it, "invalid syntax"), -1;
        const char *name = dotted(p, dn);
        if (!name) return -1;
        const PithModName *row = pith_module_name(id, name);
        if (row && row->kind == PITH_MN_REFUSED)
            return fe_err_at(p, dn, "%s.%s is not supported", pith_modules[id].name, name), -1;
        if (row && row->kind == PITH_MN_UNBOUND) continue;
        const char *target = bound_name(p, it, name);
        if (!target) return fe_err_at(p, it, "invalid syntax"), -1;
        if (id < 0) {
            if (add_failing_bind(p, it, binds, target, PITH_B_MODULENOTFOUNDERROR, "No module named '%s'", missing,
                                 NULL) < 0)
                return -1;
            continue;
        }
        if (!row) { /* CPython names a builtin module's location "unknown location" (pith has no files) */
            if (add_failing_bind(p, it, binds, target, PITH_B_IMPORTERROR,
                                 "cannot import name '%s' from '%s' (unknown location)", name,
                                 pith_modules[id].name) < 0)
                return -1;
            continue;
        }
        if (add_bind(p, it, binds, target, id, pith_module_name_index(id, name)) < 0) return -1;
    }
    return 0;
}

/* "a" of "a.b.c" (in the arena), or NULL when out of memory. */
static const char *first_part(FeParse *p, const char *name) {
    size_t len = strcspn(name, ".");
    char *s = fe_alloc(p->arena, len + 1);
    if (s) memcpy(s, name, len), s[len] = 0;
    return s;
}

/* The module CPython would report missing for `import name` when pith has no module called name: the first
 * part of a dotted name, unless that part is a module pith has (then the whole name, as no module of pith is
 * a package). */
static const char *missing_module(FeParse *p, const char *name) {
    if (!strchr(name, '.')) return name;
    const char *first = first_part(p, name);
    return first && pith_module_find(first) < 0 ? first : name;
}

static FeNode *import_stmt(FeParse *p, TSNode n, FeTk kind) {
    FeNode *s = fe_node(p, S_IMPORT, n);
    if (!s) return NULL;
    const char **names = fe_alloc(p->arena, sizeof *names * (ts_node_named_child_count(n) + 1));
    if (!names) return fe_err_at(p, n, "out of memory");
    FeVec binds = {0};
    int k = 0;
    if (kind == TK_IMPORT_FROM_STATEMENT) {
        TSNode mod = fe_field(p, n, FF_MODULE_NAME);
        if (ts_node_is_null(mod)) return fe_err_at(p, n, "invalid syntax");
        if (fe_tk(p, mod) == TK_RELATIVE_IMPORT) return fe_err_at(p, mod, "relative import is not supported");
        const char *name = dotted(p, mod);
        if (!name) return NULL;
        int id = pith_module_find(name);
        if (imported_names(p, n, mod, id, missing_module(p, name), &binds) < 0) return NULL;
        names[k++] = name;
    } else {
        /* import a, b.c as d: every module must be allowed; each binds its module (a dotted one only with an
         * alias, since no package is importable), unless the module has no values (pith_module_binds) */
        uint32_t cnt;
        TSNode *kid = fe_children(p, n, 1, &cnt);
        for (uint32_t i = 0; i < cnt; i++) {
            TSNode it = kid[i];
            if (fe_is_skippable(p, it)) continue;
            TSNode dn = fe_tk(p, it) == TK_ALIASED_IMPORT ? fe_field(p, it, FF_NAME) : it;
            if (ts_node_is_null(dn)) return fe_err_at(p, it, "invalid syntax");
            const char *name = dotted(p, dn);
            if (!name) return NULL;
            int id = pith_module_find(name);
            if (id < 0) { /* binds the alias, or the first part of a dotted name, as CPython's import would */
                const char *target = bound_name(p, it, name), *missing = missing_module(p, name);
                if (!target) target = missing == name ? first_part(p, name) : missing;
                if (!missing || !target ||
                    add_failing_bind(p, it, &binds, target, PITH_B_MODULENOTFOUNDERROR, "No module named '%s'", missing,
                                     NULL) < 0)
                    return NULL;
                names[k++] = name;
                continue;
            }
            const char *target = pith_module_binds(id) ? bound_name(p, it, name) : NULL;
            if (target && add_bind(p, it, &binds, target, id, -1) < 0) return NULL;
            names[k++] = name;
        }
    }
    s->u.names.names = names;
    s->u.names.n = k;
    if (fe_list_from_vec(p->arena, &binds, &s->u.names.binds) < 0) return fe_err_at(p, n, "out of memory");
    return s;
}

static FeNode *future_stmt(FeParse *p, TSNode n) {
    static const char *const features[] = {"nested_scopes",    "generators",     "division",
                                           "absolute_import",  "with_statement", "print_function",
                                           "unicode_literals", "generator_stop", "annotations"};
    if (p->in_def || p->depth != 1 || p->seen_stmt == 1)
        return fe_err_at(p, n, "from __future__ imports must occur at the beginning of the file");
    uint32_t cnt;
    TSNode *kid = fe_children(p, n, 1, &cnt);
    for (uint32_t i = 0; i < cnt; i++) {
        TSNode it = kid[i];
        if (fe_is_skippable(p, it)) continue;
        TSNode dn = fe_tk(p, it) == TK_ALIASED_IMPORT ? fe_field(p, it, FF_NAME) : it;
        if (ts_node_is_null(dn)) return fe_err_at(p, it, "invalid syntax");
        const char *name = dotted(p, dn);
        if (!name) return NULL;
        if (!strcmp(name, "braces")) return fe_err_at(p, n, "not a chance");
        int ok = 0;
        for (size_t f = 0; f < sizeof features / sizeof features[0]; f++)
            if (!strcmp(name, features[f])) ok = 1;
        if (!strcmp(name, "barry_as_FLUFL")) return fe_err_at(p, n, "future feature %s is not supported", name);
        if (!ok) return fe_err_at(p, n, "future feature %s is not defined", name);
    }
    FeNode *s = fe_node(p, S_IMPORT, n);
    if (!s) return NULL;
    const char **names = fe_alloc(p->arena, sizeof *names);
    if (!names) return fe_err_at(p, n, "out of memory");
    names[0] = "__future__";
    s->u.names.names = names;
    s->u.names.n = 1;
    return s;
}

static FeNode *raise_stmt(FeParse *p, TSNode n) {
    FeNode *s = fe_node(p, S_RAISE, n);
    if (!s) return NULL;
    TSNode cause = fe_field(p, n, FF_CAUSE);
    TSTreeCursor *c = fe_cursor_push(p, n);
    if (!c) return NULL;
    TSFieldId cause_id = fe_fid(p, FF_CAUSE);
    TSNode exc;
    memset(&exc, 0, sizeof exc);
    int found = 0;
    if (ts_tree_cursor_goto_first_child(c)) {
        do {
            TSNode k = ts_tree_cursor_current_node(c);
            if (!ts_node_is_named(k) || fe_is_skippable(p, k)) continue;
            if (cause_id && ts_tree_cursor_current_field_id(c) == cause_id) continue;
            if (!found) {
                exc = k;
                found = 1;
            }
        } while (ts_tree_cursor_goto_next_sibling(c));
    }
    fe_cursor_pop(p);
    if (found) {
        if (fe_tk(p, exc) == TK_EXPRESSION_LIST) return fe_err_at(p, exc, "invalid syntax");
        s->u.raise.exc = fe_expr(p, exc);
        if (!s->u.raise.exc) return NULL;
    }
    if (!ts_node_is_null(cause)) {
        if (!found) return fe_err_at(p, cause, "invalid syntax");
        s->u.raise.cause = fe_expr(p, cause);
        if (!s->u.raise.cause) return NULL;
    }
    return s;
}

static FeNode *del_stmt(FeParse *p, TSNode n) {
    FeNode *s = fe_node(p, S_DEL, n);
    if (!s) return NULL;
    TSNode e = first_named(p, n);
    if (ts_node_is_null(e)) return fe_err_at(p, n, "invalid syntax");
    FeVec v = {0};
    if (fe_tk(p, e) == TK_EXPRESSION_LIST) {
        uint32_t cnt;
        TSNode *kid = fe_children(p, e, 1, &cnt);
        for (uint32_t i = 0; i < cnt; i++) {
            TSNode k = kid[i];
            if (fe_is_skippable(p, k)) continue;
            FeNode *t = fe_target(p, k, 1);
            if (!t || fe_push_item(p, &v, t, k) < 0) return NULL;
        }
    } else {
        FeNode *t = fe_target(p, e, 1);
        if (!t) return NULL;
        if (fe_vec_push(p->arena, &v, t) < 0) return fe_err_at(p, e, "out of memory");
    }
    fe_list_from_vec(p->arena, &v, &s->u.del.targets);
    return s;
}

static FeNode *assert_stmt(FeParse *p, TSNode n) {
    FeNode *s = fe_node(p, S_ASSERT, n);
    if (!s) return NULL;
    uint32_t cnt;
    TSNode *kid = fe_children(p, n, 1, &cnt);
    int k = 0;
    for (uint32_t i = 0; i < cnt; i++) {
        TSNode e = kid[i];
        if (fe_is_skippable(p, e)) continue;
        FeNode *x = fe_expr(p, e);
        if (!x) return NULL;
        if (k == 0)
            s->u.assert_.test = x;
        else if (k == 1)
            s->u.assert_.msg = x;
        else
            return fe_err_at(p, e, "invalid syntax");
        k++;
    }
    if (!s->u.assert_.test) return fe_err_at(p, n, "invalid syntax");
    return s;
}

/* ---- compound statements ---- */

/* The else clause's block of a loop or try, or an empty list. */
static int else_body(FeParse *p, TSNode owner, TSNode before, TSNode alt, FeList *out, const char *what) {
    out->items = NULL;
    out->n = 0;
    if (ts_node_is_null(alt)) return 0;
    if (check_clause(p, owner, alt, before) < 0) return -1;
    return sub_block(p, alt, fe_field(p, alt, FF_BODY), out, what);
}

static FeNode *if_stmt(FeParse *p, TSNode n) {
    /* collect the elif/else clauses in order, then build the chain from the innermost out */
    FeVec alts = {0};
    TSTreeCursor *c = fe_cursor_push(p, n);
    if (!c) return NULL;
    TSFieldId alt_id = fe_fid(p, FF_ALTERNATIVE);
    int ok = 1;
    if (ts_tree_cursor_goto_first_child(c)) {
        do {
            if (!alt_id || ts_tree_cursor_current_field_id(c) != alt_id) continue;
            TSNode k = ts_tree_cursor_current_node(c);
            TSNode *box = fe_alloc(p->arena, sizeof *box);
            if (!box || fe_vec_push(p->arena, &alts, box) < 0) {
                ok = 0;
                break;
            }
            *box = k;
        } while (ts_tree_cursor_goto_next_sibling(c));
    }
    fe_cursor_pop(p);
    if (!ok) return fe_err_at(p, n, "out of memory");
    /* each elif nests one S_IF deeper: account for it in the depth cap */
    int entered = 0;
    FeNode *top = fe_node(p, S_IF, n), *cur = top;
    if (!top) return NULL;
    cur->u.if_.test = fe_expr(p, fe_field(p, n, FF_CONDITION));
    if (!cur->u.if_.test || sub_block(p, n, fe_field(p, n, FF_CONSEQUENCE), &cur->u.if_.body, "'if' statement") < 0)
        return NULL;
    TSNode before = fe_field(p, n, FF_CONSEQUENCE);
    for (int i = 0; i < alts.n; i++) {
        TSNode a = *(TSNode *)alts.items[i];
        FeTk k = fe_tk(p, a);
        if (check_clause(p, n, a, before) < 0) goto fail;
        before = a;
        if (k == TK_ELSE_CLAUSE) {
            if (sub_block(p, a, fe_field(p, a, FF_BODY), &cur->u.if_.orelse, "'else' statement") < 0) goto fail;
            break;
        }
        if (k != TK_ELIF_CLAUSE) {
            fe_err_at(p, a, "invalid syntax");
            goto fail;
        }
        if (fe_enter(p, a) < 0) goto fail;
        entered++;
        FeNode *e = fe_node(p, S_IF, a);
        FeNode **one = fe_alloc(p->arena, sizeof *one);
        if (!e || !one) {
            fe_err_at(p, a, "out of memory");
            goto fail;
        }
        one[0] = e;
        cur->u.if_.orelse.items = one;
        cur->u.if_.orelse.n = 1;
        e->u.if_.test = fe_expr(p, fe_field(p, a, FF_CONDITION));
        if (!e->u.if_.test) goto fail;
        if (sub_block(p, a, fe_field(p, a, FF_CONSEQUENCE), &e->u.if_.body, "'elif' statement") < 0) goto fail;
        cur = e;
    }
    p->depth -= entered;
    return top;
fail:
    p->depth -= entered;
    return NULL;
}

static FeNode *while_stmt(FeParse *p, TSNode n) {
    FeNode *s = fe_node(p, S_WHILE, n);
    if (!s) return NULL;
    s->u.loop.test = fe_expr(p, fe_field(p, n, FF_CONDITION));
    if (!s->u.loop.test) return NULL;
    p->loop_depth++;
    int rc = sub_block(p, n, fe_field(p, n, FF_BODY), &s->u.loop.body, "'while' statement");
    p->loop_depth--;
    if (rc < 0) return NULL;
    if (else_body(p, n, fe_field(p, n, FF_BODY), fe_field(p, n, FF_ALTERNATIVE), &s->u.loop.orelse,
                  "'else' statement") < 0)
        return NULL;
    return s;
}

static int has_async(FeParse *p, TSNode n) {
    uint32_t cnt = ts_node_child_count(n);
    for (uint32_t i = 0; i < cnt && i < 3; i++)
        if (fe_tk(p, ts_node_child(n, i)) == TK_T_ASYNC) return 1;
    return 0;
}

static FeNode *for_stmt(FeParse *p, TSNode n) {
    FeNode *s = fe_node(p, S_FOR, n);
    if (!s) return NULL;
    s->u.loop.is_async = has_async(p, n);
    TSNode left = fe_field(p, n, FF_LEFT), right = fe_field(p, n, FF_RIGHT);
    if (ts_node_is_null(left) || ts_node_is_null(right)) return fe_err_at(p, n, "invalid syntax");
    s->u.loop.target = fe_target(p, left, 0);
    if (!s->u.loop.target) return NULL;
    s->u.loop.iter = fe_expr_or_tuple(p, right);
    if (!s->u.loop.iter) return NULL;
    p->loop_depth++;
    int rc = sub_block(p, n, fe_field(p, n, FF_BODY), &s->u.loop.body, "'for' statement");
    p->loop_depth--;
    if (rc < 0) return NULL;
    if (else_body(p, n, fe_field(p, n, FF_BODY), fe_field(p, n, FF_ALTERNATIVE), &s->u.loop.orelse,
                  "'else' statement") < 0)
        return NULL;
    return s;
}

/* One with_item: `expr` or `expr as target`, into s->u.with_. */
static int with_item(FeParse *p, TSNode item, FeNode *s) {
    TSNode value = fe_field(p, item, FF_VALUE);
    if (ts_node_is_null(value)) return fe_err_at(p, item, "invalid syntax"), -1;
    if (fe_tk(p, value) == TK_AS_PATTERN) { /* `expr as target`: as_pattern(expr, alias: as_pattern_target(t)) */
        TSNode target = fe_field(p, value, FF_ALIAS);
        value = first_named(p, value);
        if (ts_node_is_null(value) || ts_node_is_null(target)) return fe_err_at(p, item, "invalid syntax"), -1;
        if (fe_tk(p, target) == TK_AS_PATTERN_TARGET) target = first_named(p, target);
        s->u.with_.target = fe_target(p, target, 0);
        if (!s->u.with_.target) return -1;
    }
    s->u.with_.ctx = fe_expr(p, value);
    return s->u.with_.ctx ? 0 : -1;
}

/* `with a as x, b as y: body` is `with a as x: with b as y: body` (CPython's definition), so each item is an
 * S_WITH nested in the previous one's body; each extra level counts against the nesting cap. */
static FeNode *with_stmt(FeParse *p, TSNode n) {
    if (has_async(p, n)) return fe_err_at(p, n, "async with is not supported");
    TSNode clause = first_named(p, n);
    if (ts_node_is_null(clause) || fe_tk(p, clause) != TK_WITH_CLAUSE) return fe_err_at(p, n, "invalid syntax");
    uint32_t nall = ts_node_child_count(clause);
    if (nall > 1 && fe_tk(p, ts_node_child(clause, nall - 1)) == TK_T_COMMA) /* `with a, b,:` (tree-sitter takes it) */
        return fe_err_at(p, ts_node_child(clause, nall - 1), "invalid syntax");
    uint32_t cnt;
    TSNode *kid = fe_children(p, clause, 1, &cnt);
    FeNode *top = NULL, *cur = NULL;
    int entered = 0;
    for (uint32_t i = 0; i < cnt; i++) {
        if (fe_tk(p, kid[i]) != TK_WITH_ITEM) {
            if (fe_is_skippable(p, kid[i])) continue;
            fe_err_at(p, kid[i], "invalid syntax");
            goto fail;
        }
        if (top) {
            if (fe_enter(p, kid[i]) < 0) goto fail;
            entered++;
        }
        FeNode *s = fe_node(p, S_WITH, top ? kid[i] : n);
        if (!s) {
            fe_err_at(p, n, "out of memory");
            goto fail;
        }
        if (with_item(p, kid[i], s) < 0) goto fail;
        if (cur) {
            FeNode **one = fe_alloc(p->arena, sizeof *one);
            if (!one) {
                fe_err_at(p, n, "out of memory");
                goto fail;
            }
            one[0] = s;
            cur->u.with_.body.items = one;
            cur->u.with_.body.n = 1;
        } else {
            top = s;
        }
        cur = s;
    }
    if (!cur) {
        fe_err_at(p, n, "invalid syntax");
        goto fail;
    }
    if (sub_block(p, n, fe_field(p, n, FF_BODY), &cur->u.with_.body, "'with' statement") < 0) goto fail;
    p->depth -= entered;
    return top;
fail:
    p->depth -= entered;
    return NULL;
}

static FeNode *try_stmt(FeParse *p, TSNode n) {
    FeNode *s = fe_node(p, S_TRY, n);
    if (!s) return NULL;
    if (sub_block(p, n, fe_field(p, n, FF_BODY), &s->u.try_.body, "'try' statement") < 0) return NULL;
    uint32_t cnt;
    TSNode *kid = fe_children(p, n, 1, &cnt);
    int nh = 0;
    for (uint32_t i = 0; i < cnt; i++)
        if (fe_tk(p, kid[i]) == TK_EXCEPT_CLAUSE) nh++;
    s->u.try_.handlers = nh ? fe_alloc(p->arena, (size_t)nh * sizeof(FeHandler)) : NULL;
    if (nh && !s->u.try_.handlers) return fe_err_at(p, n, "out of memory");
    int h = 0, bare_at = -1;
    TSNode bare;
    memset(&bare, 0, sizeof bare);
    TSNode before = fe_field(p, n, FF_BODY);
    for (uint32_t i = 0; i < cnt; i++) {
        TSNode k = kid[i];
        FeTk tk = fe_tk(p, k);
        if (tk == TK_ELSE_CLAUSE || tk == TK_FINALLY_CLAUSE || tk == TK_EXCEPT_CLAUSE || tk == TK_EXCEPT_GROUP_CLAUSE) {
            if (check_clause(p, n, k, before) < 0) return NULL;
            before = k;
        }
        if (tk == TK_EXCEPT_GROUP_CLAUSE) return fe_err_at(p, k, "except* is not supported");
        if (tk == TK_ELSE_CLAUSE) {
            if (sub_block(p, k, fe_field(p, k, FF_BODY), &s->u.try_.orelse, "'else' statement") < 0) return NULL;
        } else if (tk == TK_FINALLY_CLAUSE) {
            if (sub_block(p, k, block_child(p, k), &s->u.try_.finalbody, "'finally' statement") < 0) return NULL;
        } else if (tk == TK_EXCEPT_CLAUSE) {
            if (bare_at >= 0) return fe_err_at(p, bare, "default 'except:' must be last");
            FeHandler *hd = &s->u.try_.handlers[h++];
            hd->span = fe_span(p, k);
            TSNode value = fe_field(p, k, FF_VALUE), alias = fe_field(p, k, FF_ALIAS);
            if (!ts_node_is_null(value) && fe_tk(p, value) == TK_AS_PATTERN) {
                /* `except E as e` arrives as value: as_pattern(E, alias: as_pattern_target(e)) */
                TSNode target = fe_field(p, value, FF_ALIAS);
                value = first_named(p, value);
                if (ts_node_is_null(value) || ts_node_is_null(target)) return fe_err_at(p, k, "invalid syntax");
                alias = fe_tk(p, target) == TK_AS_PATTERN_TARGET ? first_named(p, target) : target;
                if (ts_node_is_null(alias) || fe_tk(p, alias) != TK_IDENTIFIER)
                    return fe_err_at(p, target, "invalid syntax");
                hd->name = fe_mangle(p, fe_ident(p, alias));
                if (!hd->name) return NULL;
            } else if (!ts_node_is_null(alias)) {
                /* Python 2's `except A, e:` parses too: the token before the alias tells */
                TSNode sep = ts_node_prev_sibling(alias);
                if (!ts_node_is_null(sep) && !strcmp(ts_node_type(sep), ","))
                    return fe_err_at(p, value, "multiple exception types must be parenthesized");
                if (fe_tk(p, alias) != TK_IDENTIFIER) return fe_err_at(p, alias, "invalid syntax");
                hd->name = fe_mangle(p, fe_ident(p, alias));
                if (!hd->name) return NULL;
            }
            if (!ts_node_is_null(value)) {
                hd->type = fe_expr(p, value);
                if (!hd->type) return NULL;
            } else {
                bare_at = h - 1;
                bare = k;
            }
            if (sub_block(p, k, block_child(p, k), &hd->body, "'except' statement") < 0) return NULL;
        }
    }
    s->u.try_.nhandlers = h;
    if (h == 0 && s->u.try_.finalbody.n == 0) return fe_err_at(p, n, "expected 'except' or 'finally' block");
    return s;
}

/* Is n a node of this grammar type (for the few kinds without a TK_ code)? */
static int is_type(TSNode n, const char *t) { return !strcmp(ts_node_type(n), t); }

int fe_params(FeParse *p, TSNode params, FeNode *d) {
    if (ts_node_is_null(params)) return 0; /* `lambda: x` has no parameters node */
    uint32_t cnt;
    TSNode *kid = fe_children(p, params, 1, &cnt);
    d->u.def.params = cnt ? fe_alloc(p->arena, cnt * sizeof(FeParam)) : NULL;
    if (cnt && !d->u.def.params) return fe_err_at(p, params, "out of memory"), -1;
    int np = 0, seen_default = 0, seen_star = 0, seen_slash = 0, after_star = 0;
    int is_lambda = is_type(params, "lambda_parameters");
    TSNode bare_star;
    memset(&bare_star, 0, sizeof bare_star);
    for (uint32_t i = 0; i < cnt; i++) {
        TSNode k = kid[i];
        if (fe_is_skippable(p, k)) continue;
        FeTk tk = fe_tk(p, k);
        TSNode pname, ptype, pdef, inner = k;
        memset(&ptype, 0, sizeof ptype);
        memset(&pdef, 0, sizeof pdef);
        FeParamKind kind = seen_star ? FP_KWONLY : FP_NORMAL;
        if (d->u.def.has_varkw) {
            fe_err_at(p, k, "arguments cannot follow var-keyword argument");
            return -1;
        }
        if (tk == TK_TYPED_PARAMETER) {
            /* `x: T`, `*a: T`, `**k: T`: the first named child is the name or the splat */
            inner = first_named(p, k);
            ptype = fe_field(p, k, FF_TYPE);
            if (ts_node_is_null(inner)) return fe_err_at(p, k, "invalid syntax"), -1;
            tk = fe_tk(p, inner);
            if (tk != TK_IDENTIFIER && tk != TK_LIST_SPLAT_PATTERN && tk != TK_DICTIONARY_SPLAT_PATTERN)
                return fe_err_at(p, k, "invalid syntax"), -1;
        }
        switch (tk) {
        case TK_IDENTIFIER: pname = inner; break;
        case TK_DEFAULT_PARAMETER:
        case TK_TYPED_DEFAULT_PARAMETER:
            pname = fe_field(p, k, FF_NAME);
            pdef = fe_field(p, k, FF_VALUE);
            if (tk == TK_TYPED_DEFAULT_PARAMETER) ptype = fe_field(p, k, FF_TYPE);
            break;
        case TK_LIST_SPLAT_PATTERN:
            if (seen_star) return fe_err_at(p, k, "* argument may appear only once"), -1;
            seen_star = 1;
            kind = FP_VARARGS;
            pname = first_named(p, inner);
            break;
        case TK_DICTIONARY_SPLAT_PATTERN:
            if (seen_star && !after_star && !d->u.def.has_varargs)
                return fe_err_at(p, is_lambda ? k : bare_star, "named arguments must follow bare *"), -1;
            kind = FP_VARKW;
            pname = first_named(p, inner);
            break;
        case TK_KEYWORD_SEPARATOR:
            if (seen_star) return fe_err_at(p, k, "* argument may appear only once"), -1;
            seen_star = 1;
            bare_star = k;
            continue;
        case TK_POSITIONAL_SEPARATOR:
            if (seen_slash) return fe_err_at(p, k, "/ may appear only once"), -1;
            if (seen_star) return fe_err_at(p, k, "/ must be ahead of *"), -1;
            if (np == 0) return fe_err_at(p, k, "at least one argument must precede /"), -1;
            seen_slash = 1;
            for (int j = 0; j < np; j++) d->u.def.params[j].kind = FP_POSONLY;
            d->u.def.nposonly = np;
            continue;
        default: return fe_err_at(p, k, "invalid syntax"), -1;
        }
        if (ts_node_is_null(pname) || fe_tk(p, pname) != TK_IDENTIFIER) return fe_err_at(p, k, "invalid syntax"), -1;
        if (np == PITH_MAX_PARAMS) /* and so the duplicate check below stays small */
            return fe_err_at(p, k, "too many parameters (the compile limit is %d)", PITH_MAX_PARAMS), -1;
        FeParam *pa = &d->u.def.params[np];
        pa->kind = kind;
        pa->name = fe_mangle(p, fe_ident(p, pname));
        if (!pa->name) return -1;
        if (!strcmp(pa->name, "__debug__")) return fe_err_at(p, pname, "cannot assign to __debug__"), -1;
        pa->span = fe_span(p, k);
        for (int j = 0; j < np; j++)
            if (!strcmp(d->u.def.params[j].name, pa->name))
                return fe_err_at(p, pname, "duplicate argument '%s' in function definition", pa->name), -1;
        if (!ts_node_is_null(pdef)) {
            if (kind == FP_NORMAL) seen_default = 1;
            pa->default_ = fe_expr(p, pdef); /* evaluated in the enclosing scope */
            if (!pa->default_) return -1;
        } else if (seen_default && kind == FP_NORMAL) {
            fe_err_at(p, k, "non-default argument follows default argument");
            return -1;
        }
        pa->annotation = annotation(p, ptype);
        if (p->failed) return -1;
        switch (kind) {
        case FP_VARARGS: d->u.def.has_varargs = 1; break;
        case FP_VARKW: d->u.def.has_varkw = 1; break;
        case FP_KWONLY:
            d->u.def.nkwonly++;
            after_star = 1;
            break;
        default: d->u.def.npositional++; break;
        }
        np++;
    }
    if (seen_star && !d->u.def.has_varargs && d->u.def.nkwonly == 0) {
        if (!is_lambda) return fe_err_at(p, bare_star, "named arguments must follow bare *"), -1;
        FeSpan e = fe_span(p, params); /* CPython points a lambda's error just past its parameters */
        fe_errorf(p->diag, &p->failed, e.end_line, e.end_col, "named arguments must follow bare *");
        return -1;
    }
    d->u.def.nparams = np;
    return 0;
}

/* def: parameters of every kind, annotations (lenient), body in a function context. */
static FeNode *def_stmt(FeParse *p, TSNode n, FeList *decorators) {
    int is_async = has_async(p, n);
    TSNode tp = fe_field(p, n, FF_TYPE_PARAMETERS);
    if (!ts_node_is_null(tp)) return fe_err_at(p, tp, "type parameters are not supported");
    FeNode *s = fe_node(p, S_DEF, n);
    if (!s) return NULL;
    if (decorators) s->u.def.decorators = *decorators;
    if (is_async) { /* a coroutine function runs as a generator does: a suspended frame (rt_gen.c) */
        s->u.def.is_async = FE_ASYNC_CORO;
        s->u.def.is_generator = 1;
    }
    TSNode name = fe_field(p, n, FF_NAME), params = fe_field(p, n, FF_PARAMETERS);
    if (ts_node_is_null(name) || ts_node_is_null(params)) return fe_err_at(p, n, "invalid syntax");
    s->u.def.name = fe_mangle(p, fe_ident(p, name));
    if (!s->u.def.name) return NULL;
    if (!strcmp(s->u.def.name, "__debug__")) return fe_err_at(p, name, "cannot assign to __debug__");
    if (fe_params(p, params, s) < 0) return NULL;
    s->u.def.returns = annotation(p, fe_field(p, n, FF_RETURN_TYPE));
    if (p->failed) return NULL;
    int saved_loop = p->loop_depth, saved_in_def = p->in_def;
    p->in_def = 1;
    p->loop_depth = 0;
    int rc = sub_block(p, n, fe_field(p, n, FF_BODY), &s->u.def.body, "function definition");
    p->in_def = saved_in_def;
    p->loop_depth = saved_loop;
    return rc < 0 ? NULL : s;
}

/* The def statements of a class body that define a dunder pith would not run are refused where they stand. */
static int check_class_body(FeParse *p, const FeList *body) {
    for (int i = 0; i < body->n; i++) {
        const FeNode *s = body->items[i];
        if (s->kind == S_DEF && pith_dunder_unsupported_def(s->u.def.name)) {
            fe_errorf(p->diag, &p->failed, s->span.line, s->span.col, "defining %s in a class is not supported",
                      s->u.def.name);
            return -1;
        }
    }
    return 0;
}

/* A class body's annotated names (`x: int`, `y: str = ""`, at its top level) as a last statement
 * `__annotations__ = {'x': 'int', 'y': 'str'}`: the field list of a dataclass or a NamedTuple, in source order.
 * pith does not evaluate annotations (typing's names bind nothing), so each is kept as its source text, as
 * CPython keeps them under `from __future__ import annotations`. The name is not on the dunder allow-list:
 * only the runtime reads it. */
static int class_annotations(FeParse *p, TSNode n, FeList *body) {
    FeVec keys = {0}, vals = {0};
    for (int i = 0; i < body->n; i++) {
        const FeNode *s = body->items[i];
        if (s->kind != S_ANNASSIGN || s->u.ann.target->kind != E_NAME || !s->u.ann.text) continue;
        FeNode *k = fe_node(p, E_STR, n), *v = fe_node(p, E_STR, n);
        if (!k || !v) return -1;
        k->span = v->span = s->span;
        k->u.lit.text = s->u.ann.target->u.name.id;
        k->u.lit.len = strlen(k->u.lit.text);
        v->u.lit.text = s->u.ann.text;
        v->u.lit.len = strlen(v->u.lit.text);
        if (fe_vec_push(p->arena, &keys, k) < 0 || fe_vec_push(p->arena, &vals, v) < 0) goto oom;
    }
    if (keys.n == 0) return 0;
    FeNode *d = fe_node(p, E_DICT, n), *name = fe_node(p, E_NAME, n), *a = fe_node(p, S_ASSIGN, n);
    FeNode **targets = fe_alloc(p->arena, sizeof *targets);
    FeVec stmts = {0};
    if (!d || !name || !a || !targets) goto oom;
    name->u.name.id = "__annotations__";
    targets[0] = name;
    a->u.assign.targets.items = targets;
    a->u.assign.targets.n = 1;
    a->u.assign.value = d;
    if (fe_list_from_vec(p->arena, &keys, &d->u.dict.keys) < 0 || fe_list_from_vec(p->arena, &vals, &d->u.dict.values) < 0)
        goto oom;
    for (int i = 0; i < body->n; i++)
        if (fe_vec_push(p->arena, &stmts, body->items[i]) < 0) goto oom;
    if (fe_vec_push(p->arena, &stmts, a) < 0 || fe_list_from_vec(p->arena, &stmts, body) < 0) goto oom;
    return 0;
oom:
    fe_err_at(p, n, "out of memory");
    return -1;
}

/* class NAME(bases): body — the body is parsed like a function's (a scope of its own), but `return` and
 * `yield` stay outside any function. Keyword arguments (metaclass=...) are refused. */
static FeNode *class_stmt(FeParse *p, TSNode n, FeList *decorators) {
    TSNode tp = fe_field(p, n, FF_TYPE_PARAMETERS);
    if (!ts_node_is_null(tp)) return fe_err_at(p, tp, "type parameters are not supported");
    FeNode *s = fe_node(p, S_CLASS, n);
    if (!s) return NULL;
    if (decorators) s->u.def.decorators = *decorators;
    TSNode name = fe_field(p, n, FF_NAME), sup = fe_field(p, n, FF_SUPERCLASSES);
    if (ts_node_is_null(name)) return fe_err_at(p, n, "invalid syntax");
    s->u.def.name = fe_mangle(p, fe_ident(p, name));
    if (!s->u.def.name) return NULL;
    if (!strcmp(s->u.def.name, "__debug__")) return fe_err_at(p, name, "cannot assign to __debug__");
    FeNode *bases = fe_node(p, E_CALL, ts_node_is_null(sup) ? n : sup);
    if (!bases) return NULL;
    s->u.def.bases = bases;
    if (!ts_node_is_null(sup) && fe_call_arguments(p, sup, sup, bases) < 0) return NULL;
    for (int i = 0; i < bases->u.call.nkw; i++) {
        const FeKeyword *kw = &bases->u.call.kws[i];
        fe_errorf(p->diag, &p->failed, kw->span.line, kw->span.col, "%s in a class statement is not supported",
                  kw->name ? (!strcmp(kw->name, "metaclass") ? "a metaclass" : "a keyword argument") : "**kwargs");
        return NULL;
    }
    for (int i = 0; i < bases->u.call.args.n; i++)
        if (bases->u.call.args.items[i]->kind == E_STARRED)
            return fe_err_at(p, sup, "*bases in a class statement is not supported");
    int saved_loop = p->loop_depth, saved_in_def = p->in_def;
    const char *saved_class = p->class_name;
    p->in_def = 0;
    p->loop_depth = 0;
    p->class_name = fe_ident(p, name); /* the class's own name, unmangled */
    int rc = sub_block(p, n, fe_field(p, n, FF_BODY), &s->u.def.body, "class definition");
    p->class_name = saved_class;
    p->in_def = saved_in_def;
    p->loop_depth = saved_loop;
    if (rc < 0 || check_class_body(p, &s->u.def.body) < 0) return NULL;
    FeNode *first = s->u.def.body.n ? s->u.def.body.items[0] : NULL;
    if (first && first->kind == S_EXPR && first->u.expr.value->kind == E_STR) { /* the docstring is __doc__ */
        FeNode *doc = fe_node(p, E_NAME, n), **targets = fe_alloc(p->arena, sizeof *targets);
        if (!doc || !targets) return fe_err_at(p, n, "out of memory");
        doc->span = first->span;
        doc->u.name.id = "__doc__";
        FeNode *value = first->u.expr.value;
        targets[0] = doc;
        first->kind = S_ASSIGN;
        first->u.assign.targets.items = targets;
        first->u.assign.targets.n = 1;
        first->u.assign.value = value;
    }
    if (class_annotations(p, n, &s->u.def.body) < 0) return NULL;
    return s;
}

/* @decorators followed by a def or a class (decorator expressions in source order). */
static FeNode *decorated(FeParse *p, TSNode n) {
    FeVec decs = {0};
    TSNode def;
    memset(&def, 0, sizeof def);
    uint32_t cnt;
    TSNode *kid = fe_children(p, n, 1, &cnt);
    for (uint32_t i = 0; i < cnt; i++) {
        TSNode k = kid[i];
        if (fe_is_skippable(p, k)) continue;
        if (is_type(k, "decorator")) {
            TSNode e = first_named(p, k);
            if (ts_node_is_null(e)) return fe_err_at(p, k, "invalid syntax");
            FeNode *x = fe_expr(p, e);
            if (!x) return NULL;
            if (fe_vec_push(p->arena, &decs, x) < 0) return fe_err_at(p, k, "out of memory");
        } else
            def = k;
    }
    if (ts_node_is_null(def)) return fe_err_at(p, n, "invalid syntax");
    if (fe_tk(p, def) != TK_FUNCTION_DEFINITION && fe_tk(p, def) != TK_CLASS_DEFINITION)
        return fe_err_at(p, def, "invalid syntax");
    FeList l;
    if (fe_list_from_vec(p->arena, &decs, &l) < 0) return fe_err_at(p, n, "out of memory");
    return fe_tk(p, def) == TK_CLASS_DEFINITION ? class_stmt(p, def, &l) : def_stmt(p, def, &l);
}

/* One statement. Every kind outside the subset is a diagnostic naming it. */
static FeNode *stmt(FeParse *p, TSNode n) {
    if (fe_enter(p, n) < 0) return NULL;
    FeNode *s = NULL;
    FeTk tk = fe_tk(p, n);
    if (tk != TK_FUTURE_IMPORT_STATEMENT && p->depth == 1) {
        /* a single leading docstring keeps the door open for __future__ imports */
        int docstring = p->seen_stmt == 0 && tk == TK_EXPRESSION_STATEMENT && ts_node_named_child_count(n) == 1 &&
                        (fe_tk(p, ts_node_named_child(n, 0)) == TK_STRING ||
                         fe_tk(p, ts_node_named_child(n, 0)) == TK_CONCATENATED_STRING);
        p->seen_stmt = docstring ? 2 : 1;
    }
    switch (tk) {
    case TK_EXPRESSION_STATEMENT: s = expression_statement(p, n); break;
    case TK_IF_STATEMENT: s = if_stmt(p, n); break;
    case TK_WHILE_STATEMENT: s = while_stmt(p, n); break;
    case TK_FOR_STATEMENT: s = for_stmt(p, n); break;
    case TK_FUNCTION_DEFINITION: s = def_stmt(p, n, NULL); break;
    case TK_TRY_STATEMENT: s = try_stmt(p, n); break;
    case TK_RETURN_STATEMENT: {
        if (!p->in_def) {
            fe_err_at(p, n, "'return' outside function");
            break;
        }
        s = fe_node(p, S_RETURN, n);
        TSNode v = first_named(p, n);
        if (s && !ts_node_is_null(v)) {
            s->u.ret.value = fe_expr_or_tuple(p, v);
            if (!s->u.ret.value) s = NULL;
        }
        break;
    }
    case TK_PASS_STATEMENT: s = fe_node(p, S_PASS, n); break;
    case TK_BREAK_STATEMENT:
        if (p->loop_depth == 0)
            fe_err_at(p, n, "'break' outside loop");
        else
            s = fe_node(p, S_BREAK, n);
        break;
    case TK_CONTINUE_STATEMENT:
        if (p->loop_depth == 0)
            fe_err_at(p, n, "'continue' not properly in loop");
        else
            s = fe_node(p, S_CONTINUE, n);
        break;
    case TK_RAISE_STATEMENT: s = raise_stmt(p, n); break;
    case TK_GLOBAL_STATEMENT: s = names_stmt(p, n, S_GLOBAL); break;
    case TK_NONLOCAL_STATEMENT:
        if (!p->in_def)
            fe_err_at(p, n, "nonlocal declaration not allowed at module level");
        else
            s = names_stmt(p, n, S_NONLOCAL);
        break;
    case TK_DELETE_STATEMENT: s = del_stmt(p, n); break;
    case TK_ASSERT_STATEMENT: s = assert_stmt(p, n); break;
    case TK_IMPORT_STATEMENT:
    case TK_IMPORT_FROM_STATEMENT: s = import_stmt(p, n, tk); break;
    case TK_FUTURE_IMPORT_STATEMENT: s = future_stmt(p, n); break;
    case TK_PRINT_STATEMENT: fe_err_at(p, n, "Missing parentheses in call to 'print'. Did you mean print(...)?"); break;
    case TK_EXEC_STATEMENT: fe_err_at(p, n, "Missing parentheses in call to 'exec'. Did you mean exec(...)?"); break;
    case TK_CLASS_DEFINITION: s = class_stmt(p, n, NULL); break;
    case TK_DECORATED_DEFINITION: s = decorated(p, n); break;
    case TK_WITH_STATEMENT: s = has_async(p, n) ? fe_async_with(p, n) : with_stmt(p, n); break;
    case TK_MATCH_STATEMENT: s = fe_match_stmt(p, n); break;
    case TK_TYPE_ALIAS_STATEMENT: fe_err_at(p, n, "type alias statement is not supported"); break;
    default: fe_err_at(p, n, "invalid syntax"); break;
    }
    fe_leave(p);
    if (p->failed) return NULL;
    if (!s) return fe_err_at(p, n, "out of memory");
    return s;
}
