/* ast_match.h — the AST of `match` statements (PEP 634): cases and patterns.
 * Stage: frontend (built by fe_parse_match.c, which also makes CPython's compile-time checks; names resolved
 * by fe_scope.c, typed by fe_types.c, lowered by codegen/ir_build_match.c). Included by ast.h.
 * Patterns mirror CPython's own pattern AST (MatchValue, MatchSingleton, MatchSequence, MatchMapping,
 * MatchClass, MatchStar, MatchAs, MatchOr), so the compile-time checks can follow CPython's compiler step by
 * step and report the same error at the same place. Invariants: spans as in ast.h; arena memory. */
#ifndef PITH_AST_MATCH_H
#define PITH_AST_MATCH_H

typedef enum FePatKind {
    PT_VALUE,     /* value: a literal (numbers, possibly negated; strings; bytes) or a dotted name, compared with == */
    PT_SINGLETON, /* value: E_NONE, E_TRUE or E_FALSE, compared with `is` */
    PT_SEQUENCE,  /* items: [a, *rest, b] / (a, b) / a, b (at most one PT_STAR among them) */
    PT_MAPPING,   /* keys[i]: items[i]; target: the **rest name, or NULL */
    PT_CLASS,     /* value(items positional, then nkw keyword patterns named kwnames) */
    PT_STAR,      /* *target inside a sequence; target NULL for `*_` */
    PT_AS,        /* pattern as target; pattern NULL: a bare capture (target) or the wildcard `_` (no target) */
    PT_OR         /* items: the alternatives, in order */
} FePatKind;

struct FePattern {
    FePatKind kind;
    FeSpan span;
    FeNode *value;        /* PT_VALUE / PT_SINGLETON: the expression; PT_CLASS: the class (a name or dotted name) */
    FeNode *target;       /* PT_AS / PT_STAR / PT_MAPPING: the E_NAME it binds (resolved by fe_scope), or NULL */
    FePattern *pattern;   /* PT_AS: the sub-pattern, or NULL */
    FePattern **items;    /* sub-patterns (see the kinds) */
    int n;                /* number of items */
    FeNode **keys;        /* PT_MAPPING: n key expressions (literals or dotted names) */
    const char **kwnames; /* PT_CLASS: the attribute names of the last nkw items */
    int nkw;
};

struct FeMatchCase {
    FePattern *pattern;
    FeNode *guard; /* `if guard`, or NULL */
    FeList body;
    FeSpan span;
};

/* Is p the wildcard `_` (CPython's WILDCARD_CHECK)? */
static inline int fe_pat_is_wildcard(const FePattern *p) { return p->kind == PT_AS && !p->pattern && !p->target; }

#endif
