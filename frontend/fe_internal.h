/* fe_internal.h — shared internals of the frontend stage (not seen by codegen or the runtime).
 * Stage: frontend. The public contract is ast.h; this header holds the CST->AST conversion context,
 * the CST node-kind codes, diagnostics helpers and growable arena vectors used by fe_*.c. */
#ifndef PITH_FE_INTERNAL_H
#define PITH_FE_INTERNAL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <tree_sitter/api.h>

#include "ast.h"

/* Cursor stack size: one cursor per nested conversion frame that iterates children; the depth cap
 * (FE_MAX_DEPTH) bounds it, with slack for helpers that iterate without adding a level. */
#define FE_MAX_CURSORS (2 * FE_MAX_DEPTH + 16)

/* ---- diagnostics (fe_diag.c) ---- */

/* Record the first error only: later calls are ignored once d->message is set by an earlier one.
 * `failed` is set to 1. Always returns NULL so callers can `return fe_err(...)`. */
void *fe_errorf(FeDiag *d, int *failed, int line, int col, const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Validate UTF-8 and reject NUL bytes. Returns 0 when clean, else fills *d (line:col of the offending
 * byte, 1-based; col counts bytes) and returns -1. */
int fe_check_source(const char *src, size_t len, FeDiag *d);

/* The bytes' PEP 263 coding (fe_source.c): 0 with *out = NULL when src is read as it is (UTF-8 or ASCII), or
 * *out = a malloc'd UTF-8 transcoding (Latin-1) of *outlen bytes, which the caller frees; -1 with *d filled
 * for a coding pith does not read. */
int fe_source_decode(const char *src, size_t len, char **out, size_t *outlen, FeDiag *d);

/* Compile limits on the text itself (fe_prescan.c; values in pith_compile_limits.h). Each returns 0, or -1
 * with *d filled. fe_check_source_size: the bytes as given. fe_prescan: the text the parser will see, for
 * runs of comment/continuation lines that would make the grammar's scanner quadratic. */
int fe_check_source_size(const char *src, size_t len, FeDiag *d);
int fe_prescan(const char *src, size_t len, FeDiag *d);

/* ---- growable vectors of pointers in the arena (old storage is abandoned to the arena) ---- */
typedef struct FeVec {
    void **items; /* arena storage */
    int n;        /* used entries */
    int cap;      /* allocated entries */
} FeVec;
/* Append p; returns 0, or -1 on OOM or when the vector would exceed INT_MAX/2 entries. */
int fe_vec_push(FeArena *a, FeVec *v, void *p);

/* ---- CST node kinds: a compact code for every tree-sitter node type the converter looks at ---- */
typedef enum FeTk {
    TK_OTHER = 0,
    /* named nodes */
    TK_MODULE,
    TK_BLOCK,
    TK_COMMENT,
    TK_ERROR,
    TK_EXPRESSION_STATEMENT,
    TK_ASSIGNMENT,
    TK_AUGMENTED_ASSIGNMENT,
    TK_IF_STATEMENT,
    TK_ELIF_CLAUSE,
    TK_ELSE_CLAUSE,
    TK_WHILE_STATEMENT,
    TK_FOR_STATEMENT,
    TK_FUNCTION_DEFINITION,
    TK_PARAMETERS,
    TK_IDENTIFIER,
    TK_TYPED_PARAMETER,
    TK_DEFAULT_PARAMETER,
    TK_TYPED_DEFAULT_PARAMETER,
    TK_LIST_SPLAT_PATTERN,
    TK_DICTIONARY_SPLAT_PATTERN,
    TK_KEYWORD_SEPARATOR,
    TK_POSITIONAL_SEPARATOR,
    TK_TUPLE_PATTERN,
    TK_LIST_PATTERN,
    TK_PATTERN_LIST,
    TK_RETURN_STATEMENT,
    TK_PASS_STATEMENT,
    TK_BREAK_STATEMENT,
    TK_CONTINUE_STATEMENT,
    TK_TRY_STATEMENT,
    TK_EXCEPT_CLAUSE,
    TK_EXCEPT_GROUP_CLAUSE,
    TK_FINALLY_CLAUSE,
    TK_RAISE_STATEMENT,
    TK_GLOBAL_STATEMENT,
    TK_NONLOCAL_STATEMENT,
    TK_DELETE_STATEMENT,
    TK_ASSERT_STATEMENT,
    TK_IMPORT_STATEMENT,
    TK_IMPORT_FROM_STATEMENT,
    TK_FUTURE_IMPORT_STATEMENT,
    TK_PRINT_STATEMENT,
    TK_EXEC_STATEMENT,
    TK_CLASS_DEFINITION,
    TK_DECORATED_DEFINITION,
    TK_WITH_STATEMENT,
    TK_MATCH_STATEMENT,
    TK_TYPE_ALIAS_STATEMENT,
    TK_INTEGER,
    TK_FLOAT,
    TK_STRING,
    TK_CONCATENATED_STRING,
    TK_TRUE,
    TK_FALSE,
    TK_NONE,
    TK_ELLIPSIS,
    TK_BINARY_OPERATOR,
    TK_UNARY_OPERATOR,
    TK_NOT_OPERATOR,
    TK_BOOLEAN_OPERATOR,
    TK_COMPARISON_OPERATOR,
    TK_CONDITIONAL_EXPRESSION,
    TK_CALL,
    TK_ARGUMENT_LIST,
    TK_KEYWORD_ARGUMENT,
    TK_LIST_SPLAT,
    TK_DICTIONARY_SPLAT,
    TK_PARENTHESIZED_EXPRESSION,
    TK_PARENTHESIZED_LIST_SPLAT,
    TK_ATTRIBUTE,
    TK_SUBSCRIPT,
    TK_SLICE,
    TK_LIST,
    TK_TUPLE,
    TK_SET,
    TK_DICTIONARY,
    TK_PAIR,
    TK_LIST_COMPREHENSION,
    TK_SET_COMPREHENSION,
    TK_DICTIONARY_COMPREHENSION,
    TK_GENERATOR_EXPRESSION,
    TK_LAMBDA,
    TK_NAMED_EXPRESSION,
    TK_AWAIT,
    TK_YIELD,
    TK_EXPRESSION_LIST,
    TK_TYPE,
    TK_DOTTED_NAME,
    TK_ALIASED_IMPORT,
    TK_RELATIVE_IMPORT,
    TK_WILDCARD_IMPORT,
    TK_LINE_CONTINUATION,
    TK_AS_PATTERN,
    TK_AS_PATTERN_TARGET,
    TK_INTERPOLATION,
    TK_STRING_START,
    TK_STRING_CONTENT,
    TK_STRING_END,
    /* anonymous tokens the converter tests */
    TK_T_COLON,
    TK_T_COMMA,
    TK_T_ASYNC,
    TK_T_AS,
    TK_T_STAR,
    TK_T_LPAREN,
    TK_T_LBRACKET,
    TK_T_FROM,
    TK_WITH_CLAUSE,
    TK_WITH_ITEM,
    TK__COUNT
} FeTk;

/* Field names the converter asks for (mapped lazily to the grammar's TSFieldId). */
typedef enum FeField {
    FF_LEFT,
    FF_RIGHT,
    FF_OPERATOR,
    FF_OPERATORS,
    FF_ARGUMENT,
    FF_FUNCTION,
    FF_ARGUMENTS,
    FF_OBJECT,
    FF_ATTRIBUTE,
    FF_VALUE,
    FF_SUBSCRIPT,
    FF_NAME,
    FF_BODY,
    FF_CONDITION,
    FF_CONSEQUENCE,
    FF_ALTERNATIVE,
    FF_PARAMETERS,
    FF_RETURN_TYPE,
    FF_TYPE,
    FF_ALIAS,
    FF_CAUSE,
    FF_KEY,
    FF_MODULE_NAME,
    FF_TYPE_PARAMETERS,
    FF_DEFINITION,
    FF_SUPERCLASSES,
    FF__COUNT
} FeField;

/* The CST -> AST conversion context (one per fe_compile call; no state outlives it). */
typedef struct FeParse {
    FeArena *arena;              /* where every AST node goes */
    const char *src;             /* the whole source as given (not NUL-terminated necessarily) */
    size_t len;                  /* its length in bytes */
    uint32_t skip;               /* bytes skipped before parsing (a UTF-8 BOM), added back to byte offsets */
    const TSLanguage *lang;      /* tree-sitter-python */
    FeDiag *diag;                /* the first error goes here */
    int failed;                  /* set once an error was recorded; every converter then unwinds */
    int depth;                   /* current conversion nesting (capped by FE_MAX_DEPTH) */
    int in_def;                  /* inside a function body (return allowed, nested def rejected) */
    int strip_splat;             /* the next list_splat fe_expr meets is the star of a display item
                                  * (`[*f()]`: tree-sitter puts the star on `f`): convert its operand */
    const char *class_name; /* the innermost class whose body is being parsed: names there are mangled */
    int loop_depth;              /* enclosing loops in the current function body (break/continue allowed) */
    int seen_stmt;               /* module statements so far: 0 none, 2 only a docstring, 1 anything else
                              * (a __future__ import is allowed while it is 0 or 2) */
    int indent;                  /* column of the statements of the block being converted (-1 outside any) */
    TSTreeCursor **cur;          /* cursor stack for child iteration: pointers (the array grows up to
                              * FE_MAX_CURSORS) to cursors malloc'd one by one, so they never move */
    int cur_cap;                 /* allocated entries of cur */
    int ncur;                    /* cursors in use */
    int ncur_made;               /* cursors created so far (each must be deleted) */
    uint8_t *symkind;            /* TSSymbol -> FeTk + 1 (0 = not looked up yet), nsyms entries */
    uint32_t nsyms;              /* ts_language_symbol_count */
    TSFieldId fid[FF__COUNT];    /* grammar field ids; 0 = not looked up yet */
    uint8_t fid_done[FF__COUNT]; /* 1 once fid[i] was looked up (a field may legitimately be absent) */
    int fstring_fields;          /* replacement fields so far in the f-string being converted (fe_literal.c) */
    void *c_locale;              /* locale_t for strtod_l, made on the first float literal (freed at the end) */
} FeParse;

/* ---- fe_parse.c: CST helpers ---- */
FeTk fe_tk(FeParse *p, TSNode n);                       /* kind code of a node (TK_OTHER if unknown) */
TSFieldId fe_fid(FeParse *p, FeField f);                /* grammar field id (0 when the grammar lacks it) */
TSNode fe_field(FeParse *p, TSNode n, FeField f);       /* child by field, may be null (ts_node_is_null) */
FeSpan fe_span(FeParse *p, TSNode n);                   /* 1-based span of a node */
const char *fe_ident(FeParse *p, TSNode n);
/* CPython's private name mangling inside a class body: __x (not __x__) becomes _Class__x. */
const char *fe_mangle(FeParse *p, const char *name);             /* an identifier, NFKC-normalised (fe_parse.c) */
const char *fe_text(FeParse *p, TSNode n, size_t *len); /* pointer into the source for a node's bytes */
/* Push a cursor positioned on n (NULL + error when the stack is exhausted); pop it when done. */
TSTreeCursor *fe_cursor_push(FeParse *p, TSNode n);
void fe_cursor_pop(FeParse *p);
/* Depth accounting for every recursive converter: enter returns -1 (error set) past FE_MAX_DEPTH. */
int fe_enter(FeParse *p, TSNode at);
static inline void fe_leave(FeParse *p) { p->depth--; }
/* Error at a node: "message" with its start line:col. Returns NULL. */
void *fe_err_at(FeParse *p, TSNode n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
FeNode *fe_node(FeParse *p, FeKind k, TSNode at); /* a zeroed node with the span of `at` */
FeNode *fe_async_with(FeParse *p, TSNode n);        /* `async with` as the statements it stands for */
/* Line and column (1-based) of the first byte after tree offset `at` that is not blank or a comment:
 * where CPython reports a missing indented block. */
void fe_next_token_pos(FeParse *p, uint32_t at, int *line, int *col);
/* The children of n (only the named ones when named) in an arena array of *count nodes: kids[i] is O(1)
 * where ts_node_child(n, i) walks i siblings, which made every loop over a long node quadratic. On OOM
 * the error is recorded (p->failed) and the array is empty. */
TSNode *fe_children(FeParse *p, TSNode n, int named, uint32_t *count);
/* Append an item of a display, call, and/or chain or target list; past PITH_MAX_ITEMS (a compile limit)
 * or on OOM: -1 with the error at `at`. */
int fe_push_item(FeParse *p, FeVec *v, void *item, TSNode at);
void *fe_too_many_items(FeParse *p, TSNode at); /* that error alone (returns NULL) */
/* A node is skipped by converters when it is a comment or another extra (line continuation). */
int fe_is_skippable(FeParse *p, TSNode n);

/* ---- fe_parse_expr.c ---- */
FeNode *fe_expr(FeParse *p, TSNode n); /* any expression (errors for unsupported ones) */
/* The arguments (an argument_list node) of a call into the E_CALL node e (also a class's bases); 0 or -1. */
int fe_call_arguments(FeParse *p, TSNode n, TSNode args, FeNode *e);
/* An assignment/for/del target: names, attributes, subscripts, tuples/lists of targets (parentheses
 * without a comma only group). is_del picks "cannot delete ..." over "cannot assign to ..." messages. */
FeNode *fe_target(FeParse *p, TSNode n, int is_del);
/* expression_list / pattern_list / single expression -> one node (a tuple when several). */
FeNode *fe_expr_or_tuple(FeParse *p, TSNode n);
FeNode *fe_yield(FeParse *p, TSNode n); /* yield / yield from (fe_parse_expr.c) */

/* ---- fe_literal.c ---- */
FeNode *fe_int_literal(FeParse *p, TSNode n);
FeNode *fe_float_literal(FeParse *p, TSNode n);
FeNode *fe_string_literal(FeParse *p, TSNode n); /* string or concatenated_string */

/* ---- fe_parse_stmt.c ---- */
int fe_block(FeParse *p, TSNode block, FeList *out); /* statements of a block or module; -1 on error */
/* The parameters node of a def or lambda (null for `lambda: x`) into d->u.def: params in slot order with
 * their kinds and the counts, CPython's ordering diagnostics. 0 ok, -1 error. */
int fe_params(FeParse *p, TSNode params, FeNode *d);
/* The block of a clause owned by `owner` ("expected an indented block after WHAT on line N" when missing),
 * and CPython's two indentation errors at node k (unexpected: "unexpected indent", else "unindent does not
 * match any outer indentation level"); for the compound statements of other files. */
int fe_sub_block(FeParse *p, TSNode owner, TSNode block, FeList *out, const char *what);
void fe_indent_error(FeParse *p, TSNode k, int unexpected);

/* ---- fe_parse_match.c ---- */
FeNode *fe_match_stmt(FeParse *p, TSNode n); /* a match statement, checked as CPython's compiler does */
/* What a pattern evaluates (value patterns, classes, mapping keys: expr) and binds (capture targets, with the
 * type the bound value is known to have: bind), in source order; a callback's -1 stops the walk. */
typedef struct FePatVisitor {
    int (*expr)(void *ctx, FeNode *e);
    int (*bind)(void *ctx, FeNode *target, FeType type);
    void *ctx;
} FePatVisitor;
int fe_pattern_visit(const FePattern *q, const FePatVisitor *v);
/* The source (tree root's offsets are from src) with every `match [...]:` header that the grammar misread as
 * an annotated assignment written `match([...]):` (see the function); NULL when there is none. */
const char *fe_match_parenthesize(FeArena *a, const char *src, size_t len, TSNode root, size_t *outlen);
/* CPython's indentation error when a badly indented match statement explains the syntax error at ERROR node
 * bad: 1 with the diagnostic set, else 0. */
int fe_match_indent_error(FeParse *p, TSNode bad);

/* ---- fe_scope.c / fe_types.c ---- */
int fe_resolve(FeModule *m, const FeDecls *decls, FeDiag *diag); /* 0 ok, -1 error (diag set) */
int fe_typecheck(FeModule *m, FeDiag *diag);                     /* 0 ok, -1 error (diag set) */
/* fe_arity.c: check an E_CALL whose callee is known statically (a def-bound global or a builtin) against
 * CPython's TypeError rules. 0 = fine or not judged, -1 = diagnostic set (the first one only). */
int fe_check_call_arity(FeNode *call, FeDiag *diag);

/* ---- fe_arena.c ---- */
FeArena *fe_arena_new(void);
void fe_arena_free(FeArena *a);
int fe_list_from_vec(FeArena *a, const FeVec *v, FeList *out); /* copy into an exact-size array */

#endif
