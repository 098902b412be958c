/* ast.h — pith's own compact AST: what the frontend hands to codegen.
 * Stage: frontend (built from the tree-sitter CST by fe_parse.c, names resolved by fe_scope.c, types by fe_types.c).
 * Invariants: every node carries its source span; all memory lives in one FeArena freed with the module. */
#ifndef PITH_AST_H
#define PITH_AST_H

#include <stddef.h>
#include <stdint.h>

#include "pith_compile_limits.h"

typedef struct FeArena FeArena;

/* 1-based line and column (columns count bytes of the line, like CPython's SyntaxError offsets on ASCII). */
typedef struct FeSpan {
    int line, col, end_line, end_col;
} FeSpan;

/* Static types proven by the type pass (fe_types.c). ANY = unknown/mixed. */
typedef enum FeType {
    FT_ANY = 0,
    FT_INT,
    FT_FLOAT,
    FT_BOOL,
    FT_STR,
    FT_NONE,
    FT_LIST,
    FT_TUPLE,
    FT_DICT,
    FT_FUNC
} FeType;

typedef enum FeKind {
    /* expressions */
    E_INT,   /* lit: decimal/hex/oct/bin digits without underscores; ival when small (lit.fits) */
    E_FLOAT, /* fval */
    E_STR,   /* lit: decoded UTF-8 bytes (escapes processed, adjacent literals concatenated) */
    E_BYTES, /* lit: decoded bytes */
    E_NONE,
    E_TRUE,
    E_FALSE,
    E_NAME,      /* name */
    E_BINOP,     /* bin: op is a PITH_OP_* code */
    E_UNOP,      /* un: op is a PITH_UOP_* code */
    E_NOT,       /* un.operand */
    E_BOOLOP,    /* boolop: and/or over 2+ values */
    E_COMPARE,   /* cmp: a chain left op0 c0 op1 c1 ...; ops are FeCmpOp */
    E_IFEXP,     /* ifexp: body if test else orelse */
    E_CALL,      /* call */
    E_ATTR,      /* attr: value.name */
    E_SUBSCRIPT, /* sub: value[index] */
    E_SLICE,     /* slice: lower:upper:step, any may be NULL (only as a subscript index) */
    E_LIST,
    E_TUPLE,
    E_SET,     /* seq.items */
    E_DICT,    /* dict.keys/values */
    E_STARRED, /* un.operand (only in assignment targets / calls when later issues allow it) */
    /* statements */
    S_EXPR,      /* expr.value */
    S_ASSIGN,    /* assign: targets = value (a = b = v has 2 targets) */
    S_AUGASSIGN, /* aug: target op= value */
    S_ANNASSIGN, /* ann: target: annotation = value (value may be NULL) */
    S_IF,        /* if_: test, body, orelse (elif is an S_IF alone in orelse) */
    S_WHILE,     /* loop: test, body, orelse */
    S_FOR,       /* loop: target in iter, body, orelse */
    S_BREAK,
    S_CONTINUE,
    S_PASS,
    S_RETURN,   /* ret.value may be NULL */
    S_DEF,      /* def */
    S_TRY,      /* try_ */
    S_RAISE,    /* raise: exc and cause may be NULL */
    S_GLOBAL,   /* names */
    S_NONLOCAL, /* names */
    S_DEL,      /* del.targets */
    S_ASSERT,   /* assert_: test, msg (may be NULL) */
    S_IMPORT,   /* names: modules imported, each a row of common/pith_modules.h; names.binds: what it binds, as
                 * S_ASSIGNs of E_IMPORT values (none for names that bind nothing: PITH_MN_UNBOUND) */
    /* appended later, so earlier codes keep their values */
    E_LAMBDA, /* def: a function named "<lambda>" whose body is one synthesized S_RETURN of the expression */
    E_LISTCOMP,
    E_SETCOMP,
    E_DICTCOMP,  /* comp: evaluated inline in the enclosing function (own symbols) */
    E_GENEXP,    /* comp: a generator; its first iterable is evaluated in the enclosing scope */
    E_FSTRING,   /* fstr.parts: E_STR literals and E_FORMATTED fields, in order */
    E_FORMATTED, /* fmt: {value!conv:spec}; `{x=}` arrives as an E_STR "x=" part then a field with conv 'r' */
    E_NAMEDEXPR, /* walrus: target := value (target is an E_NAME) */
    S_MATCH,     /* match: subject, cases (patterns: ast_match.h) */
    E_ELLIPSIS,  /* `...`: the Ellipsis singleton */

    /* un.operand: `yield` (operand NULL) or `yield value`, whose value is what send() passed; `yield from
     * iterable`, whose value is the delegate's return value */
    E_YIELD,
    E_YIELD_FROM,
    S_CLASS,     /* def: a class statement. Its body is a function without parameters (u.def.scope, id)
                    whose locals become the class namespace; bases is an E_CALL (func NULL) holding the
                    base expressions; decorators as for a def */
    E_IMPORT, /* imp: module imp.mod itself (imp.name -1) or its name row imp.name (common/pith_modules.h); with
               * imp.error, the ImportError a missing module or name raises instead */
    S_WITH,   /* with_: one context manager; `with a, b:` is parsed as nested S_WITHs, as CPython defines it */
    E_AWAIT,  /* un.operand: `await value` (inside an async def only, fe_scope.c), whose value is the awaited result */
    FE_KIND_COUNT
} FeKind;

/* FeNode.u.def.is_async: a plain def, a coroutine function (`async def`), or an async generator function
 * (`async def` whose body yields, fe_scope.c). */
enum { FE_SYNC, FE_ASYNC_CORO, FE_ASYNC_GEN };

/* E_AWAIT u.un.op: the await that enters an `async with` (fe_parse_async_with.c), which names the statement in
 * its error outside an async def; 0 for every other await. */
#define FE_AWAIT_OF_ASYNC_WITH 1

typedef enum FeCmpOp { FC_LT, FC_LE, FC_EQ, FC_NE, FC_GT, FC_GE, FC_IN, FC_NOT_IN, FC_IS, FC_IS_NOT } FeCmpOp;
typedef enum FeBoolOp { FB_AND, FB_OR } FeBoolOp;

typedef struct FeNode FeNode;
typedef struct FeSym FeSym;
typedef struct FeScope FeScope;
typedef struct FePattern FePattern;     /* ast_match.h */
typedef struct FeMatchCase FeMatchCase; /* ast_match.h */

typedef struct FeList {
    FeNode **items;
    int n;
} FeList;

/* One keyword argument at a call site; name NULL means `**value` (positional `*x` is an E_STARRED arg). */
typedef struct FeKeyword {
    const char *name;
    FeNode *value;
    FeSpan span;
} FeKeyword;

/* Kinds of parameters, in the order they appear in FeNode.u.def.params. */
typedef enum FeParamKind {
    FP_POSONLY, /* before `/` */
    FP_NORMAL,  /* positional-or-keyword */
    FP_VARARGS, /* *args (at most one) */
    FP_KWONLY,  /* after `*` or `*args` */
    FP_VARKW    /* **kwargs (at most one, last) */
} FeParamKind;

/* One `for target in iter if cond...` clause of a comprehension. */
typedef struct FeCompFor {
    FeNode *target;
    FeNode *iter;
    FeList ifs;
    int is_async; /* `async for` in a list/set/dict comprehension of an async def (fe_scope.c checks) */
} FeCompFor;

/* One parameter of a def. */
typedef struct FeParam {
    FeParamKind kind;
    const char *name;
    FeNode *annotation; /* may be NULL */
    FeNode *default_;   /* may be NULL; defaults are trailing */
    FeSym *sym;         /* the local it binds (fe_scope.c) */
    FeSpan span;
} FeParam;

typedef struct FeHandler {
    FeNode *type;     /* may be NULL (bare except) */
    const char *name; /* `as name`, may be NULL */
    FeSym *sym;       /* what name binds */
    FeList body;
    FeSpan span;
} FeHandler;

/* Symbols: what a name refers to (fe_scope.c fills every E_NAME and binding site). */
typedef enum FeSymKind {
    SYM_LOCAL,    /* function local (slot in the function) */
    SYM_GLOBAL,   /* module-level variable (global slot) incl. host inputs */
    SYM_BUILTIN,  /* a builtin (builtin id) */
    SYM_EXTERNAL, /* a declared host function (ext id) */
    SYM_CELL,     /* a local captured by an inner function: its slot holds a cell (index = local slot) */
    SYM_FREE      /* a variable of an enclosing function: index = position in the scope's frees[] */
} FeSymKind;

struct FeSym {
    const char *name;
    FeSymKind kind;
    int index;   /* local slot / global slot / builtin id / ext id */
    FeType type; /* the type pass's verdict for this variable (FT_ANY if mixed) */
    int nassign; /* binding sites (assignment, for target, def, param, except-as, ...) */
    FeNode *def; /* for a global bound only by one `def` and never rebound: that S_DEF */
    FeNode *imp; /* for a global bound by an import (E_IMPORT): what it binds, when nassign is 1 (fe_arity.c) */
    int is_param;
    int is_input; /* a host input global */
    FeSym *outer; /* SYM_FREE: the enclosing scope's symbol it captures (SYM_CELL or SYM_FREE there) */
};

struct FeScope {
    FeScope *parent; /* NULL for the module */
    FeNode *def;     /* the S_DEF / E_LAMBDA / E_GENEXP owning it, NULL for the module */
    FeSym **syms;
    int nsyms;   /* locals (function) or globals (module) */
    int nlocals; /* slots used by SYM_LOCAL/SYM_CELL syms (the module body has slots too: the
                           * variables of comprehensions written at module level) */
    FeSym **frees;
    int nfrees;      /* SYM_FREE syms in closure order (the function object's cells) */
    int inline_comp; /* a list/set/dict comprehension scope: its symbols are numbered in the slot
                           * space of the nearest enclosing function (or module body) scope */
};

struct FeNode {
    FeKind kind;
    FeSpan span;
    FeType type; /* set on expressions by the type pass */
    union {
        struct {
            const char *text;
            size_t len;
            int64_t ival;
            int fits;
            int base;
        } lit;       /* E_INT/E_STR/E_BYTES */
        double fval; /* E_FLOAT */
        struct {
            const char *id;
            FeSym *sym;
        } name; /* E_NAME */
        struct {
            int op;
            FeNode *left, *right;
        } bin; /* E_BINOP */
        struct {
            int op;
            FeNode *operand;
        } un; /* E_UNOP, E_NOT, E_STARRED, E_YIELD, E_YIELD_FROM, E_AWAIT */
        struct {
            FeBoolOp op;
            FeList values;
        } boolop; /* E_BOOLOP */
        struct {
            FeNode *left;
            FeCmpOp *ops;
            FeList comparators;
        } cmp; /* E_COMPARE */
        struct {
            FeNode *test, *body, *orelse;
        } ifexp; /* E_IFEXP */
        struct {
            FeNode *func;
            FeList args;
            FeKeyword *kws;
            int nkw;
        } call; /* E_CALL */
        struct {
            FeNode *value;
            const char *name;
        } attr; /* E_ATTR */
        struct {
            FeNode *value, *index;
        } sub; /* E_SUBSCRIPT */
        struct {
            FeNode *lower, *upper, *step;
        } slice; /* E_SLICE */
        struct {
            FeList items;
        } seq; /* E_LIST/E_TUPLE/E_SET */
        struct {
            FeList keys, values;
        } dict; /* E_DICT */
        struct {
            FeNode *value;
        } expr; /* S_EXPR */
        struct {
            FeList targets;
            FeNode *value;
        } assign; /* S_ASSIGN */
        struct {
            FeNode *target;
            int op;
            FeNode *value;
        } aug; /* S_AUGASSIGN */
        struct {
            FeNode *target, *annotation, *value;
            const char *text; /* the annotation's source text (a class body's __annotations__ holds it) */
        } ann;                /* S_ANNASSIGN */
        struct {
            FeNode *test;
            FeList body, orelse;
        } if_; /* S_IF */
        struct {
            FeNode *target, *test, *iter;
            FeList body, orelse;
            int is_async; /* S_FOR: `async for` (inside an async def only, fe_scope.c) */
        } loop;           /* S_WHILE (test) / S_FOR (target, iter) */
        struct {
            FeNode *value;
        } ret; /* S_RETURN */
        struct {
            const char *name;
            FeSym *sym; /* the variable the def binds (NULL for a lambda) */
            FeParam *params;
            int nparams;                /* in order: posonly, normal, *args, kwonly, **kwargs */
            int nposonly;               /* leading FP_POSONLY params */
            int npositional;            /* FP_POSONLY + FP_NORMAL params */
            int nkwonly;                /* FP_KWONLY params */
            int has_varargs, has_varkw; /* *args / **kwargs present */
            FeNode *returns;            /* annotation, may be NULL */
            FeList body;
            FeList decorators; /* applied bottom-up after the function is made */
            FeScope *scope;    /* its own scope (fe_scope.c) */
            int id;            /* index in FeModule.defs (codegen's function number) */
            int is_generator;  /* its body yields (fe_scope.c): calling it makes a generator (an async def is one too) */
            FeNode *bases;     /* S_CLASS: an E_CALL without func holding the bases */
            int is_async;      /* FE_ASYNC_*: an `async def` (calling it makes a coroutine or an async generator) */
        } def;                 /* S_DEF, E_LAMBDA, S_CLASS */
        struct {
            FeNode *elt;   /* list/set/genexp element; dict: the key */
            FeNode *value; /* dict comprehension value, else NULL */
            FeCompFor *gens;
            int ngens;      /* the for clauses, outermost first */
            FeScope *scope; /* its own symbols (targets, walrus targets stay outside) */
            int id;         /* E_GENEXP: index in FeModule.defs; else -1 */
        } comp;             /* E_*COMP, E_GENEXP */
        struct {
            FeList parts;
        } fstr; /* E_FSTRING */
        struct {
            FeNode *value;
            int conv;
            FeNode *spec;
        } fmt; /* E_FORMATTED: conv 0/'r'/'s'/'a'; spec an E_FSTRING or NULL */
        struct {
            FeNode *target, *value;
        } walrus; /* E_NAMEDEXPR */
        struct {
            FeList body;
            FeHandler *handlers;
            int nhandlers;
            FeList orelse, finalbody;
        } try_; /* S_TRY */
        struct {
            FeNode *exc, *cause;
        } raise; /* S_RAISE */
        struct {
            const char **names;
            int n;
            FeList binds; /* S_IMPORT */
        } names;          /* S_GLOBAL/S_NONLOCAL/S_IMPORT */
        struct {
            int mod, name;
            /* an import that fails at run time, as CPython's does (a module pith does not have, a name its
             * module lacks): the exception class (PITH_B_*) raised with the message error; mod and name -1 */
            int exc;
            const char *error;
        } imp; /* E_IMPORT */
        struct {
            FeList targets;
        } del; /* S_DEL */
        struct {
            FeNode *test, *msg;
        } assert_; /* S_ASSERT */
        struct {
            FeNode *subject;
            FeMatchCase *cases;
            int ncases;
        } match; /* S_MATCH */
        struct {
            FeNode *ctx;    /* the context manager expression */
            FeNode *target; /* the `as` target, or NULL */
            FeList body;
        } with_; /* S_WITH */
    } u;
};

#include "ast_match.h"

/* A parsed, resolved, type-checked module. */
typedef struct FeModule {
    FeArena *arena;
    const char *filename;
    const char *source;
    size_t source_len;
    FeList body;
    FeScope *scope; /* module scope: globals */
    FeNode **defs;
    int ndefs;       /* every function in source order (S_DEF, E_LAMBDA, E_GENEXP); .id indexes this */
    double parse_us; /* microseconds spent parsing (tree-sitter + AST), for the compile stats */
    int nclasses;    /* class statements (method calls on values of unknown type may then run user code) */
} FeModule;

/* A compile diagnostic: file:line:col: error: message */
typedef struct FeDiag {
    int line, col;
    char message[256];
} FeDiag;

/* Declarations the host supplies at compile time. */
typedef struct FeDecls {
    const char *const *inputs;
    int ninputs; /* global input variable names */
    const char *const *externals;
    int nexternals; /* external (host) function names */
} FeDecls;

/* The frontend entry point: parse + resolve + type-check. Returns NULL and fills *diag on the first error. */
FeModule *fe_compile(const char *filename, const char *source, size_t len, const FeDecls *decls, FeDiag *diag);
void fe_module_free(FeModule *m);

/* Render a diagnostic the way the CLI prints it (added by the frontend issue):
 *   FILE:LINE:COL: error: MESSAGE
 *   <the source line>
 *   <spaces/tabs>^
 * (the last two lines only when LINE exists in source). Returns the full text's length like snprintf;
 * out (outlen bytes) is always NUL-terminated when outlen > 0. filename NULL prints "<string>". */
int fe_diag_format(const FeDiag *d, const char *filename, const char *source, size_t len, char *out, size_t outlen);

/* Nesting cap: the frontend rejects input nested deeper than this with "expression nested too deeply",
 * so no path from FeModule.body to a node is longer than FE_MAX_DEPTH and later stages may recurse over
 * the AST without their own check (the value is in common/pith_compile_limits.h). */
#define FE_MAX_DEPTH PITH_MAX_NESTING

/* Arena helpers shared by the frontend files. */
void *fe_alloc(FeArena *a, size_t n); /* zeroed; aborts never: returns NULL only on OOM */
char *fe_strndup(FeArena *a, const char *s, size_t n);

#endif
