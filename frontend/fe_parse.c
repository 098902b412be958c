/* fe_parse.c — the frontend driver (fe_compile) and the CST helpers shared by the converters:
 * tree-sitter setup, syntax-error reporting, node kinds, fields, spans, the cursor stack, depth caps.
 * Stage: frontend. Invariants: ast.h (spans 1-based, one arena per module, first error only);
 * statements are converted in fe_parse_stmt.c, expressions in fe_parse_expr.c, literals in fe_literal.c. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* strtod_l, newlocale, freelocale */
#endif
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <utf8proc.h>

#include "fe_internal.h"

const TSLanguage *tree_sitter_python(void);

/* ---- node kinds ---- */

/* Node type names the converter knows, sorted by (strcmp(name), named) for bsearch. */
typedef struct TkName {
    const char *name;
    int named;
    FeTk tk;
} TkName;
static const TkName TK_NAMES[] = {
    {"(", 0, TK_T_LPAREN},
    {"*", 0, TK_T_STAR},
    {",", 0, TK_T_COMMA},
    {":", 0, TK_T_COLON},
    {"ERROR", 1, TK_ERROR},
    {"[", 0, TK_T_LBRACKET},
    {"aliased_import", 1, TK_ALIASED_IMPORT},
    {"argument_list", 1, TK_ARGUMENT_LIST},
    {"as", 0, TK_T_AS},
    {"as_pattern", 1, TK_AS_PATTERN},
    {"as_pattern_target", 1, TK_AS_PATTERN_TARGET},
    {"assert_statement", 1, TK_ASSERT_STATEMENT},
    {"assignment", 1, TK_ASSIGNMENT},
    {"async", 0, TK_T_ASYNC},
    {"attribute", 1, TK_ATTRIBUTE},
    {"augmented_assignment", 1, TK_AUGMENTED_ASSIGNMENT},
    {"await", 1, TK_AWAIT},
    {"binary_operator", 1, TK_BINARY_OPERATOR},
    {"block", 1, TK_BLOCK},
    {"boolean_operator", 1, TK_BOOLEAN_OPERATOR},
    {"break_statement", 1, TK_BREAK_STATEMENT},
    {"call", 1, TK_CALL},
    {"class_definition", 1, TK_CLASS_DEFINITION},
    {"comment", 1, TK_COMMENT},
    {"comparison_operator", 1, TK_COMPARISON_OPERATOR},
    {"concatenated_string", 1, TK_CONCATENATED_STRING},
    {"conditional_expression", 1, TK_CONDITIONAL_EXPRESSION},
    {"continue_statement", 1, TK_CONTINUE_STATEMENT},
    {"decorated_definition", 1, TK_DECORATED_DEFINITION},
    {"default_parameter", 1, TK_DEFAULT_PARAMETER},
    {"delete_statement", 1, TK_DELETE_STATEMENT},
    {"dictionary", 1, TK_DICTIONARY},
    {"dictionary_comprehension", 1, TK_DICTIONARY_COMPREHENSION},
    {"dictionary_splat", 1, TK_DICTIONARY_SPLAT},
    {"dictionary_splat_pattern", 1, TK_DICTIONARY_SPLAT_PATTERN},
    {"dotted_name", 1, TK_DOTTED_NAME},
    {"elif_clause", 1, TK_ELIF_CLAUSE},
    {"ellipsis", 1, TK_ELLIPSIS},
    {"else_clause", 1, TK_ELSE_CLAUSE},
    {"except_clause", 1, TK_EXCEPT_CLAUSE},
    {"except_group_clause", 1, TK_EXCEPT_GROUP_CLAUSE},
    {"exec_statement", 1, TK_EXEC_STATEMENT},
    {"expression_list", 1, TK_EXPRESSION_LIST},
    {"expression_statement", 1, TK_EXPRESSION_STATEMENT},
    {"false", 1, TK_FALSE},
    {"finally_clause", 1, TK_FINALLY_CLAUSE},
    {"float", 1, TK_FLOAT},
    {"for_statement", 1, TK_FOR_STATEMENT},
    {"from", 0, TK_T_FROM},
    {"function_definition", 1, TK_FUNCTION_DEFINITION},
    {"future_import_statement", 1, TK_FUTURE_IMPORT_STATEMENT},
    {"generator_expression", 1, TK_GENERATOR_EXPRESSION},
    {"global_statement", 1, TK_GLOBAL_STATEMENT},
    {"identifier", 1, TK_IDENTIFIER},
    {"if_statement", 1, TK_IF_STATEMENT},
    {"import_from_statement", 1, TK_IMPORT_FROM_STATEMENT},
    {"import_statement", 1, TK_IMPORT_STATEMENT},
    {"integer", 1, TK_INTEGER},
    {"interpolation", 1, TK_INTERPOLATION},
    {"keyword_argument", 1, TK_KEYWORD_ARGUMENT},
    {"keyword_separator", 1, TK_KEYWORD_SEPARATOR},
    {"lambda", 1, TK_LAMBDA},
    {"line_continuation", 1, TK_LINE_CONTINUATION},
    {"list", 1, TK_LIST},
    {"list_comprehension", 1, TK_LIST_COMPREHENSION},
    {"list_pattern", 1, TK_LIST_PATTERN},
    {"list_splat", 1, TK_LIST_SPLAT},
    {"list_splat_pattern", 1, TK_LIST_SPLAT_PATTERN},
    {"match_statement", 1, TK_MATCH_STATEMENT},
    {"module", 1, TK_MODULE},
    {"named_expression", 1, TK_NAMED_EXPRESSION},
    {"none", 1, TK_NONE},
    {"nonlocal_statement", 1, TK_NONLOCAL_STATEMENT},
    {"not_operator", 1, TK_NOT_OPERATOR},
    {"pair", 1, TK_PAIR},
    {"parameters", 1, TK_PARAMETERS},
    {"parenthesized_expression", 1, TK_PARENTHESIZED_EXPRESSION},
    {"parenthesized_list_splat", 1, TK_PARENTHESIZED_LIST_SPLAT},
    {"pass_statement", 1, TK_PASS_STATEMENT},
    {"pattern_list", 1, TK_PATTERN_LIST},
    {"positional_separator", 1, TK_POSITIONAL_SEPARATOR},
    {"print_statement", 1, TK_PRINT_STATEMENT},
    {"raise_statement", 1, TK_RAISE_STATEMENT},
    {"relative_import", 1, TK_RELATIVE_IMPORT},
    {"return_statement", 1, TK_RETURN_STATEMENT},
    {"set", 1, TK_SET},
    {"set_comprehension", 1, TK_SET_COMPREHENSION},
    {"slice", 1, TK_SLICE},
    {"string", 1, TK_STRING},
    {"string_content", 1, TK_STRING_CONTENT},
    {"string_end", 1, TK_STRING_END},
    {"string_start", 1, TK_STRING_START},
    {"subscript", 1, TK_SUBSCRIPT},
    {"true", 1, TK_TRUE},
    {"try_statement", 1, TK_TRY_STATEMENT},
    {"tuple", 1, TK_TUPLE},
    {"tuple_pattern", 1, TK_TUPLE_PATTERN},
    {"type", 1, TK_TYPE},
    {"type_alias_statement", 1, TK_TYPE_ALIAS_STATEMENT},
    {"typed_default_parameter", 1, TK_TYPED_DEFAULT_PARAMETER},
    {"typed_parameter", 1, TK_TYPED_PARAMETER},
    {"unary_operator", 1, TK_UNARY_OPERATOR},
    {"while_statement", 1, TK_WHILE_STATEMENT},
    {"wildcard_import", 1, TK_WILDCARD_IMPORT},
    {"with_clause", 1, TK_WITH_CLAUSE},
    {"with_item", 1, TK_WITH_ITEM},
    {"with_statement", 1, TK_WITH_STATEMENT},
    {"yield", 1, TK_YIELD},
};

static FeTk tk_lookup(const char *name, int named) {
    size_t lo = 0, hi = sizeof TK_NAMES / sizeof TK_NAMES[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(TK_NAMES[mid].name, name);
        if (c == 0) c = TK_NAMES[mid].named - named;
        if (c == 0) return TK_NAMES[mid].tk;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return TK_OTHER;
}

/* Kind of a node, cached per grammar symbol for this compile (one bsearch per distinct symbol). */
FeTk fe_tk(FeParse *p, TSNode n) {
    TSSymbol s = ts_node_symbol(n);
    if (s >= p->nsyms) return s == (TSSymbol)-1 ? TK_ERROR : TK_OTHER;
    if (p->symkind && p->symkind[s]) return (FeTk)(p->symkind[s] - 1);
    FeTk k = tk_lookup(ts_node_type(n), ts_node_is_named(n));
    if (p->symkind) p->symkind[s] = (uint8_t)(k + 1);
    return k;
}

static const char *const FIELD_NAMES[FF__COUNT] = {
    [FF_LEFT] = "left",
    [FF_RIGHT] = "right",
    [FF_OPERATOR] = "operator",
    [FF_OPERATORS] = "operators",
    [FF_ARGUMENT] = "argument",
    [FF_FUNCTION] = "function",
    [FF_ARGUMENTS] = "arguments",
    [FF_OBJECT] = "object",
    [FF_ATTRIBUTE] = "attribute",
    [FF_VALUE] = "value",
    [FF_SUBSCRIPT] = "subscript",
    [FF_NAME] = "name",
    [FF_BODY] = "body",
    [FF_CONDITION] = "condition",
    [FF_CONSEQUENCE] = "consequence",
    [FF_ALTERNATIVE] = "alternative",
    [FF_PARAMETERS] = "parameters",
    [FF_RETURN_TYPE] = "return_type",
    [FF_TYPE] = "type",
    [FF_ALIAS] = "alias",
    [FF_CAUSE] = "cause",
    [FF_KEY] = "key",
    [FF_MODULE_NAME] = "module_name",
    [FF_TYPE_PARAMETERS] = "type_parameters",
    [FF_DEFINITION] = "definition",
    [FF_SUPERCLASSES] = "superclasses",
};

TSFieldId fe_fid(FeParse *p, FeField f) {
    if (!p->fid_done[f]) {
        const char *name = FIELD_NAMES[f];
        p->fid[f] = ts_language_field_id_for_name(p->lang, name, (uint32_t)strlen(name));
        p->fid_done[f] = 1;
    }
    return p->fid[f];
}

TSNode fe_field(FeParse *p, TSNode n, FeField f) {
    TSFieldId id = fe_fid(p, f);
    if (id == 0) {
        TSNode null;
        memset(&null, 0, sizeof null);
        return null;
    }
    return ts_node_child_by_field_id(n, id);
}

/* ---- spans, text, nodes ---- */

/* An identifier's name as CPython binds it: non-ASCII spellings are NFKC-normalised (PEP 3131), so
 * full-width and other compatibility forms name the same variable. In the arena; NULL + error on OOM. */
const char *fe_ident(FeParse *p, TSNode n) {
    size_t len;
    const char *t = fe_text(p, n, &len);
    char *s = fe_strndup(p->arena, t, len);
    size_t i = 0;
    while (s && i < len && (unsigned char)s[i] < 0x80) i++;
    if (s && i < len) {
        char *norm = (char *)utf8proc_NFKC((const utf8proc_uint8_t *)s);
        s = norm ? fe_strndup(p->arena, norm, strlen(norm)) : NULL;
        free(norm);
    }
    if (!s) fe_err_at(p, n, "out of memory");
    return s;
}

const char *fe_mangle(FeParse *p, const char *name) {
    const char *k = p->class_name;
    size_t n = name ? strlen(name) : 0;
    if (!k || n < 3 || name[0] != '_' || name[1] != '_' || (name[n - 1] == '_' && name[n - 2] == '_') ||
        strchr(name, '.'))
        return name;
    while (*k == '_') k++;
    if (!*k) return name;
    size_t kn = strlen(k);
    char *m = fe_alloc(p->arena, kn + n + 2);
    if (!m) return name;
    m[0] = '_';
    memcpy(m + 1, k, kn);
    memcpy(m + 1 + kn, name, n + 1);
    return m;
}

FeSpan fe_span(FeParse *p, TSNode n) {
    TSPoint a = ts_node_start_point(n), b = ts_node_end_point(n);
    FeSpan s;
    s.line = (int)a.row + 1;
    s.col = (int)a.column + 1 + (a.row == 0 ? (int)p->skip : 0);
    s.end_line = (int)b.row + 1;
    s.end_col = (int)b.column + 1 + (b.row == 0 ? (int)p->skip : 0);
    return s;
}

const char *fe_text(FeParse *p, TSNode n, size_t *len) {
    uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
    size_t base = p->skip;
    if (b < a || base + b > p->len) {
        *len = 0;
        return p->src + base;
    }
    *len = b - a;
    return p->src + base + a;
}

void *fe_err_at(FeParse *p, TSNode n, const char *fmt, ...) {
    if (p->failed) return NULL;
    FeSpan s = fe_span(p, n);
    p->failed = 1;
    p->diag->line = s.line;
    p->diag->col = s.col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->diag->message, sizeof p->diag->message, fmt, ap);
    va_end(ap);
    return NULL;
}

FeNode *fe_node(FeParse *p, FeKind k, TSNode at) {
    FeNode *n = fe_alloc(p->arena, sizeof *n);
    if (!n) {
        fe_err_at(p, at, "out of memory");
        return NULL;
    }
    n->kind = k;
    n->span = fe_span(p, at);
    n->type = FT_ANY;
    return n;
}

int fe_is_skippable(FeParse *p, TSNode n) {
    return ts_node_is_extra(n) && !ts_node_is_missing(n) && fe_tk(p, n) != TK_ERROR;
}

TSNode *fe_children(FeParse *p, TSNode n, int named, uint32_t *count) {
    static TSNode none[1];
    uint32_t cnt = named ? ts_node_named_child_count(n) : ts_node_child_count(n);
    TSNode *kids = fe_alloc(p->arena, (cnt ? cnt : 1) * sizeof *kids);
    TSTreeCursor *c = kids ? fe_cursor_push(p, n) : NULL;
    if (!c) {
        fe_err_at(p, n, "out of memory");
        *count = 0;
        return none;
    }
    uint32_t k = 0;
    if (ts_tree_cursor_goto_first_child(c)) {
        do {
            TSNode x = ts_tree_cursor_current_node(c);
            if ((!named || ts_node_is_named(x)) && k < cnt) kids[k++] = x;
        } while (ts_tree_cursor_goto_next_sibling(c));
    }
    fe_cursor_pop(p);
    *count = k;
    return kids;
}

void *fe_too_many_items(FeParse *p, TSNode at) {
    return fe_err_at(p, at,
                     "too many items in one display, call, and/or chain or target list (the compile limit is %d)",
                     PITH_MAX_ITEMS);
}

int fe_push_item(FeParse *p, FeVec *v, void *item, TSNode at) {
    if (v->n >= PITH_MAX_ITEMS) {
        fe_too_many_items(p, at);
        return -1;
    }
    if (fe_vec_push(p->arena, v, item) < 0) {
        fe_err_at(p, at, "out of memory");
        return -1;
    }
    return 0;
}

int fe_enter(FeParse *p, TSNode at) {
    if (p->failed) return -1;
    if (p->depth >= FE_MAX_DEPTH) {
        fe_err_at(p, at, "expression nested too deeply");
        return -1;
    }
    p->depth++;
    return 0;
}

TSTreeCursor *fe_cursor_push(FeParse *p, TSNode n) {
    if (p->ncur >= FE_MAX_CURSORS) {
        fe_err_at(p, n, "expression nested too deeply");
        return NULL;
    }
    if (p->ncur >= p->cur_cap) {
        int cap = p->cur_cap ? p->cur_cap * 2 : 16;
        if (cap > FE_MAX_CURSORS) cap = FE_MAX_CURSORS;
        TSTreeCursor **grown = realloc(p->cur, (size_t)cap * sizeof *grown);
        if (!grown) {
            fe_err_at(p, n, "out of memory");
            return NULL;
        }
        p->cur = grown;
        p->cur_cap = cap;
    }
    TSTreeCursor *c;
    if (p->ncur < p->ncur_made) {
        c = p->cur[p->ncur];
        ts_tree_cursor_reset(c, n);
    } else {
        /* callers keep their cursor across nested pushes: each lives in its own block */
        c = malloc(sizeof *c);
        if (!c) {
            fe_err_at(p, n, "out of memory");
            return NULL;
        }
        *c = ts_tree_cursor_new(n);
        p->cur[p->ncur_made++] = c;
    }
    p->ncur++;
    return c;
}

void fe_cursor_pop(FeParse *p) {
    if (p->ncur > 0) p->ncur--;
}

/* Where the statement after an empty block would be: the first non-blank, non-comment byte after `at`. */
void fe_next_token_pos(FeParse *p, uint32_t at, int *line, int *col) {
    size_t i = p->skip + at;
    int ln = 1;
    size_t ls = 0;
    for (size_t k = 0; k < i && k < p->len; k++)
        if (p->src[k] == '\n') {
            ln++;
            ls = k + 1;
        }
    while (i < p->len) {
        char c = p->src[i];
        if (c == '\n') {
            ln++;
            ls = ++i;
            continue;
        }
        if (c == '#') {
            while (i < p->len && p->src[i] != '\n') i++;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
            i++;
            continue;
        }
        break;
    }
    *line = ln;
    *col = (int)(i - ls) + 1;
}

/* ---- syntax errors ---- */

static int is_error_node(FeParse *p, TSNode n) { return ts_node_is_missing(n) || fe_tk(p, n) == TK_ERROR; }

/* {x:=^10} is the name x with the format spec "=^10" in CPython, but the grammar reads a walrus there and
 * may leave ERROR nodes in the field: such a field is excused (fe_literal.c reads its spec from the text). */
static int spec_after_name(FeParse *p, TSNode n) {
    if (fe_tk(p, n) != TK_INTERPOLATION) return 0;
    TSNode ex = ts_node_child_by_field_name(n, "expression", 10);
    return !ts_node_is_null(ex) && fe_tk(p, ex) == TK_NAMED_EXPRESSION;
}

/* The first ERROR or MISSING node in document order under root that is not excused; a null node if
 * every error is excused. Iterative (a cursor walk over the subtrees that have errors). */
static TSNode first_error(FeParse *p, TSNode root) {
    TSNode none;
    memset(&none, 0, sizeof none);
    TSTreeCursor c = ts_tree_cursor_new(root);
    TSNode found = none;
    int descend = 1;
    for (;;) {
        TSNode cur = ts_tree_cursor_current_node(&c);
        if (descend && is_error_node(p, cur)) {
            found = cur;
            break;
        }
        int into = descend && ts_node_has_error(cur) && !spec_after_name(p, cur);
        if (into && ts_tree_cursor_goto_first_child(&c)) {
            descend = 1;
            continue;
        }
        if (ts_tree_cursor_goto_next_sibling(&c)) {
            descend = 1;
            continue;
        }
        if (!ts_tree_cursor_goto_parent(&c)) break;
        descend = 0; /* climbing back: only siblings are left to visit */
    }
    ts_tree_cursor_delete(&c);
    return found;
}

static int is_open_bracket(const char *t) { return !strcmp(t, "(") || !strcmp(t, "[") || !strcmp(t, "{"); }
static int is_close_bracket(const char *t) { return !strcmp(t, ")") || !strcmp(t, "]") || !strcmp(t, "}"); }

static int is_block_keyword(const char *t) {
    static const char *const kw[] = {"if",    "elif", "else",   "while",   "for", "def",
                                     "class", "try",  "except", "finally", "with"};
    for (size_t i = 0; i < sizeof kw / sizeof kw[0]; i++)
        if (!strcmp(t, kw[i])) return 1;
    return 0;
}

/* Describe a syntax error at node e (ERROR or MISSING) in CPython's words where the shape is clear. */
static void report_syntax_error(FeParse *p, TSNode e) {
    if (ts_node_is_missing(e)) {
        const char *t = ts_node_type(e);
        if (ts_node_is_named(e) || !t[0])
            fe_err_at(p, e, "invalid syntax");
        else
            fe_err_at(p, e, "expected '%s'", t);
        return;
    }
    /* look at the ERROR node's direct children (the first 4096) */
    uint32_t n;
    TSNode *kid = fe_children(p, e, 0, &n);
    if (n > 4096) n = 4096;
    TSNode open[64];
    int nopen = 0;
    for (uint32_t i = 0; i < n; i++) {
        TSNode k = kid[i];
        FeTk tk = fe_tk(p, k);
        if (tk == TK_STRING_START) {
            FeSpan s = fe_span(p, k);
            size_t len;
            const char *txt = fe_text(p, k, &len);
            int triple = len >= 3 && txt[len - 1] == txt[len - 2] && txt[len - 2] == txt[len - 3];
            if (triple) {
                /* CPython names the last line of the file */
                int last = 1;
                for (size_t j = 0; j < p->len; j++)
                    if (p->src[j] == '\n' && j + 1 < p->len) last++;
                fe_err_at(p, k, "unterminated triple-quoted string literal (detected at line %d)", last);
            } else
                fe_err_at(p, k, "unterminated string literal (detected at line %d)", s.line);
            return;
        }
        if (!ts_node_is_named(k)) {
            const char *t = ts_node_type(k);
            if (is_open_bracket(t)) {
                if (nopen < 64) open[nopen++] = k;
            } else if (is_close_bracket(t) && nopen > 0) {
                const char *o = ts_node_type(open[nopen - 1]);
                char want = o[0] == '(' ? ')' : o[0] == '[' ? ']' : '}';
                if (t[0] != want) {
                    fe_err_at(p, k, "closing parenthesis '%s' does not match opening parenthesis '%s'", t, o);
                    return;
                }
                nopen--;
            }
        }
    }
    if (nopen > 0) {
        size_t len;
        const char *t = fe_text(p, open[nopen - 1], &len);
        fe_err_at(p, open[nopen - 1], "'%.*s' was never closed", (int)len, t);
        return;
    }
    if (n == 2 && !ts_node_is_named(kid[1]) && !strcmp(ts_node_type(kid[1]), "=")) {
        /* `f() = 1`, `1 = x`, `None = 1`: CPython's assignment-target messages */
        TSNode k0 = kid[0];
        switch (fe_tk(p, k0)) {
        case TK_CALL:
            fe_err_at(p, k0, "cannot assign to function call here. Maybe you meant '==' instead of '='?");
            return;
        case TK_INTEGER:
        case TK_FLOAT:
        case TK_STRING:
        case TK_CONCATENATED_STRING:
            fe_err_at(p, k0, "cannot assign to literal here. Maybe you meant '==' instead of '='?");
            return;
        case TK_NONE: fe_err_at(p, k0, "cannot assign to None"); return;
        case TK_TRUE: fe_err_at(p, k0, "cannot assign to True"); return;
        case TK_FALSE: fe_err_at(p, k0, "cannot assign to False"); return;
        default: break;
        }
    }
    if (n > 0 && !ts_node_is_named(kid[0]) && !strcmp(ts_node_type(kid[0]), "try")) {
        /* a try body with neither except nor finally: CPython points at what follows the body */
        uint32_t row = ts_node_start_point(e).row;
        if (n == 2 && !strcmp(ts_node_type(kid[1]), ":")) {
            int line, col;
            fe_next_token_pos(p, ts_node_end_byte(e), &line, &col);
            fe_errorf(p->diag, &p->failed, line, col, "expected an indented block after 'try' statement on line %d",
                      (int)row + 1);
            return;
        }
        for (uint32_t i = 1; i < n; i++) {
            TSNode k = kid[i];
            if (ts_node_start_point(k).row != row && ts_node_start_point(k).column == ts_node_start_point(e).column &&
                fe_tk(p, k) != TK_ERROR) {
                fe_err_at(p, k, "expected 'except' or 'finally' block");
                return;
            }
        }
        FeSpan s = fe_span(p, e);
        fe_errorf(p->diag, &p->failed, s.end_line, s.end_col, "expected 'except' or 'finally' block");
        return;
    }
    if (n > 0) {
        TSNode k0 = kid[0];
        if (!ts_node_is_named(k0) && is_block_keyword(ts_node_type(k0))) {
            /* a compound statement header without its ':' — point right after the header's first line */
            uint32_t row = ts_node_start_point(k0).row;
            TSNode last = k0;
            int has_colon = 0;
            for (uint32_t i = 0; i < n; i++) {
                TSNode k = kid[i];
                if (ts_node_start_point(k).row != row) break;
                if (!ts_node_is_named(k) && !strcmp(ts_node_type(k), ":")) has_colon = 1;
                last = k;
            }
            if (!has_colon) {
                FeSpan s = fe_span(p, last);
                fe_errorf(p->diag, &p->failed, s.end_line, s.end_col, "expected ':'");
                return;
            }
        }
    }
    if (n > 1) {
        /* a dangling operator at the end of the line (`x = 1 +`): CPython points past it */
        TSNode last = kid[n - 1];
        const char *t = ts_node_type(last);
        uint32_t end = ts_node_end_byte(e) + p->skip;
        while (end < p->len && (p->src[end] == ' ' || p->src[end] == '\t' || p->src[end] == '\r')) end++;
        if (!ts_node_is_named(last) && !is_open_bracket(t) && !is_close_bracket(t) && strcmp(t, ",") != 0 &&
            strcmp(t, ":") != 0 && (end >= p->len || p->src[end] == '\n' || p->src[end] == '#')) {
            FeSpan s = fe_span(p, e);
            fe_errorf(p->diag, &p->failed, s.end_line, s.end_col, "invalid syntax");
            return;
        }
    }
    fe_err_at(p, e, "invalid syntax");
}

/* ---- the entry point ---- */

static void parse_free(FeParse *p) {
    for (int i = 0; i < p->ncur_made; i++) {
        ts_tree_cursor_delete(p->cur[i]);
        free(p->cur[i]);
    }
    free(p->cur);
    p->cur = NULL;
    p->cur_cap = p->ncur_made = p->ncur = 0;
    if (p->c_locale) freelocale((locale_t)p->c_locale);
    p->c_locale = NULL;
}

static double fe_now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec * 1e-3;
}

FeModule *fe_compile(const char *filename, const char *source, size_t len, const FeDecls *decls, FeDiag *diag) {
    FeDiag local_diag;
    if (!diag) diag = &local_diag;
    memset(diag, 0, sizeof *diag);
    if (!source) {
        if (len) {
            fe_errorf(diag, NULL, 1, 1, "no source text");
            return NULL;
        }
        source = "";
    }
    if (fe_check_source_size(source, len, diag) < 0) return NULL;
    double started = fe_now_us();
    char *decoded;
    if (fe_source_decode(source, len, &decoded, &len, diag) < 0) return NULL;
    if (decoded) source = decoded;
    if (fe_check_source(source, len, diag) < 0 || fe_prescan(source, len, diag) < 0) {
        free(decoded);
        return NULL;
    }

    FeArena *arena = fe_arena_new();
    FeModule *m = arena ? fe_alloc(arena, sizeof *m) : NULL;
    char *src_copy = m ? fe_strndup(arena, source, len) : NULL;
    free(decoded); /* the arena holds the text from here on */
    FeParse parse_ctx;
    memset(&parse_ctx, 0, sizeof parse_ctx);
    FeParse *p = &parse_ctx;
    TSParser *tsp = NULL;
    TSTree *tree = NULL;
    if (!m || !src_copy) goto oom;
    m->arena = arena;
    m->filename = fe_strndup(arena, filename ? filename : "<string>", strlen(filename ? filename : "<string>"));
    m->source = src_copy;
    m->source_len = len;
    p->arena = arena;
    p->src = src_copy;
    p->len = len;
    p->diag = diag;
    if (len >= 3 && (unsigned char)src_copy[0] == 0xEF && (unsigned char)src_copy[1] == 0xBB &&
        (unsigned char)src_copy[2] == 0xBF)
        p->skip = 3;
    p->lang = tree_sitter_python();
    p->nsyms = ts_language_symbol_count(p->lang);
    p->symkind = fe_alloc(arena, p->nsyms ? p->nsyms : 1);
    if (!p->symkind || !m->filename) goto oom;

    tsp = ts_parser_new();
    if (!tsp || !ts_parser_set_language(tsp, p->lang)) {
        fe_errorf(diag, &p->failed, 1, 1, "internal error: cannot load the Python grammar");
        goto fail;
    }
    tree = ts_parser_parse_string(tsp, NULL, src_copy + p->skip, (uint32_t)(len - p->skip));
    size_t fixed_len;
    const char *fixed =
        tree ? fe_match_parenthesize(arena, src_copy + p->skip, len - p->skip, ts_tree_root_node(tree), &fixed_len)
             : NULL;
    if (fixed) { /* parsed again; the tree's offsets are then into the fixed text, m->source stays as given */
        ts_tree_delete(tree);
        p->src = fixed;
        p->len = fixed_len;
        p->skip = 0;
        tree = ts_parser_parse_string(tsp, NULL, fixed, (uint32_t)fixed_len);
    }
    if (!tree) {
        fe_errorf(diag, &p->failed, 1, 1, "internal error: the parser failed");
        goto fail;
    }
    TSNode root = ts_tree_root_node(tree);
    if (ts_node_has_error(root)) {
        TSNode bad = first_error(p, root);
        if (!ts_node_is_null(bad)) {
            if (!fe_match_indent_error(p, bad)) report_syntax_error(p, bad);
            goto fail;
        }
    }
    if (fe_block(p, root, &m->body) < 0 || p->failed) goto fail;
    parse_free(p);
    ts_tree_delete(tree);
    ts_parser_delete(tsp);
    p = NULL;
    tree = NULL;
    tsp = NULL;
    m->parse_us = fe_now_us() - started; /* tree-sitter + AST; the rest of the frontend is "check" */
    if (fe_resolve(m, decls, diag) < 0) goto fail;
    if (fe_typecheck(m, diag) < 0) goto fail;
    return m;

oom:
    fe_errorf(diag, p ? &p->failed : NULL, 1, 1, "out of memory");
fail:
    if (p) {
        if (!p->failed && !diag->message[0]) fe_errorf(diag, NULL, 1, 1, "internal error");
        parse_free(p);
    }
    if (tree) ts_tree_delete(tree);
    if (tsp) ts_parser_delete(tsp);
    fe_arena_free(arena);
    return NULL;
}

void fe_module_free(FeModule *m) {
    if (m) fe_arena_free(m->arena);
}
