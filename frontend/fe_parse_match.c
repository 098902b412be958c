/* fe_parse_match.c — CST -> AST for `match` statements (PEP 634), and CPython's compile-time pattern checks.
 * Stage: frontend (called from fe_parse_stmt.c's statement switch). Invariants: ast_match.h.
 * tree-sitter-python writes some patterns as runs of sibling tokens (`-` `1` for a negative literal, the
 * alternatives of a union flat between `|` tokens, `x=` followed by the value in a keyword pattern), and
 * wraps `x=p as y` the wrong way round; pattern_run and class_arg turn them into CPython's pattern AST.
 * The checks (check_* below) follow CPython 3.11's compiler (compile.c, compiler_pattern*) in its order and
 * report where it does: at the pattern it entered last. Two helpers serve fe_parse.c before the conversion:
 * fe_match_parenthesize (a header the grammar misreads) and fe_match_indent_error (CPython's indentation
 * errors where the grammar only has an ERROR node). */
#include <stdio.h>
#include <string.h>

#include "fe_internal.h"
#include "pith_abi.h"

static FePattern *pattern(FeParse *p, TSNode n);

static int is_type(TSNode n, const char *t) { return !strcmp(ts_node_type(n), t); }

static FePattern *pat_new(FeParse *p, FePatKind kind, TSNode at) {
    FePattern *q = fe_alloc(p->arena, sizeof *q);
    if (!q) return fe_err_at(p, at, "out of memory");
    q->kind = kind;
    q->span = fe_span(p, at);
    return q;
}

/* The children of n worth converting (comments and line continuations dropped), all or only named ones. */
static TSNode *kids_of(FeParse *p, TSNode n, int named, uint32_t *count) {
    uint32_t cnt;
    TSNode *kid = fe_children(p, n, named, &cnt), *out = kid;
    uint32_t k = 0;
    for (uint32_t i = 0; i < cnt; i++)
        if (!fe_is_skippable(p, kid[i])) out[k++] = kid[i];
    *count = k;
    return out;
}

static FePattern *items_to(FeParse *p, FePattern *q, FeVec *v, TSNode at) {
    FeList l;
    if (fe_list_from_vec(p->arena, v, &l) < 0) return fe_err_at(p, at, "out of memory");
    q->items = (FePattern **)l.items;
    q->n = l.n;
    return q;
}

/* An E_NAME node for identifier n (a capture target or the head of a dotted name). */
static FeNode *name_node(FeParse *p, TSNode n) {
    FeNode *e = fe_node(p, E_NAME, n);
    if (e) e->u.name.id = fe_ident(p, n);
    return e && e->u.name.id ? e : NULL;
}

/* dotted_name: one identifier captures; more make a value pattern `a.b.c` (an E_ATTR chain). */
static FePattern *dotted(FeParse *p, TSNode n) {
    uint32_t cnt;
    TSNode *ids = kids_of(p, n, 1, &cnt);
    if (cnt == 0) return fe_err_at(p, n, "invalid syntax");
    FeNode *e = name_node(p, ids[0]);
    if (!e) return NULL;
    if (cnt == 1) {
        FePattern *q = pat_new(p, PT_AS, n);
        if (q) q->target = e;
        return q;
    }
    for (uint32_t i = 1; i < cnt; i++) {
        FeNode *a = fe_node(p, E_ATTR, n);
        if (!a) return NULL;
        a->span.end_line = fe_span(p, ids[i]).end_line;
        a->span.end_col = fe_span(p, ids[i]).end_col;
        a->u.attr.value = e;
        a->u.attr.name = fe_ident(p, ids[i]);
        if (!a->u.attr.name) return NULL;
        e = a;
    }
    FePattern *q = pat_new(p, PT_VALUE, n);
    if (q) q->value = e;
    return q;
}

/* One pattern written as the sibling tokens kid[from..to): `_`, `-` NUMBER, or one pattern node. */
static FePattern *pattern_run(FeParse *p, TSNode owner, TSNode *kid, uint32_t from, uint32_t to) {
    if (from >= to) return fe_err_at(p, owner, "invalid syntax");
    TSNode first = kid[from];
    if (to - from == 1) {
        if (!ts_node_is_named(first)) {
            if (strcmp(ts_node_type(first), "_") != 0) return fe_err_at(p, first, "invalid syntax");
            return pat_new(p, PT_AS, first); /* the wildcard */
        }
        return pattern(p, first);
    }
    if (to - from == 2 && !strcmp(ts_node_type(first), "-") &&
        (is_type(kid[from + 1], "integer") || is_type(kid[from + 1], "float"))) {
        FeNode *lit = fe_expr(p, kid[from + 1]), *neg = fe_node(p, E_UNOP, first);
        if (!lit || !neg) return NULL;
        neg->u.un.op = PITH_UOP_NEG;
        neg->u.un.operand = lit;
        neg->span.end_line = lit->span.end_line;
        neg->span.end_col = lit->span.end_col;
        FePattern *q = pat_new(p, PT_VALUE, first);
        if (q) q->value = neg;
        return q;
    }
    return fe_err_at(p, kid[from + 1], "invalid syntax");
}

/* A case_pattern node: its children are one pattern. */
static FePattern *case_pattern_node(FeParse *p, TSNode n) {
    uint32_t cnt;
    TSNode *kid = kids_of(p, n, 0, &cnt);
    return pattern_run(p, n, kid, 0, cnt);
}

/* a | b | c: the alternatives lie flat between `|` tokens. */
static FePattern *union_pattern(FeParse *p, TSNode n) {
    FePattern *q = pat_new(p, PT_OR, n);
    if (!q) return NULL;
    FeVec v = {0};
    uint32_t cnt, start = 0;
    TSNode *kid = kids_of(p, n, 0, &cnt);
    for (uint32_t i = 0; i <= cnt; i++) {
        if (i < cnt && strcmp(ts_node_type(kid[i]), "|") != 0) continue;
        FePattern *alt = pattern_run(p, n, kid, start, i);
        if (!alt || fe_push_item(p, &v, alt, n) < 0) return NULL;
        start = i + 1;
    }
    return items_to(p, q, &v, n);
}

/* The only named child of a case_pattern, when it is of type t (else a null node). */
static TSNode sole_child_of_type(FeParse *p, TSNode n, const char *t) {
    TSNode none;
    memset(&none, 0, sizeof none);
    uint32_t cnt;
    TSNode *kid = kids_of(p, n, 1, &cnt);
    if (cnt == 1 && is_type(kid[0], t)) return kid[0];
    return none;
}

/* *name / *_ inside a sequence pattern. */
static FePattern *star(FeParse *p, TSNode n) {
    FePattern *q = pat_new(p, PT_STAR, n);
    if (!q) return NULL;
    uint32_t cnt;
    TSNode *kid = kids_of(p, n, 0, &cnt);
    if (cnt != 2 || strcmp(ts_node_type(kid[0]), "*") != 0) return fe_err_at(p, n, "invalid syntax");
    if (is_type(kid[1], "identifier")) {
        q->target = name_node(p, kid[1]);
        if (!q->target) return NULL;
    } else if (strcmp(ts_node_type(kid[1]), "_") != 0)
        return fe_err_at(p, kid[1], "invalid syntax");
    return q;
}

/* One item of a sequence: a star, or any pattern. */
static FePattern *seq_item(FeParse *p, TSNode k) {
    TSNode s = sole_child_of_type(p, k, "splat_pattern");
    if (!ts_node_is_null(s)) return star(p, s);
    return pattern(p, k);
}

/* [a, b], (a, b), (a,) and (): the case_pattern children. `(p)` without a comma only groups. */
static FePattern *sequence(FeParse *p, TSNode n, int parens) {
    uint32_t cnt;
    TSNode *kid = kids_of(p, n, 0, &cnt);
    int commas = 0, nitems = 0;
    for (uint32_t i = 0; i < cnt; i++) {
        if (!strcmp(ts_node_type(kid[i]), ",")) commas++;
        if (ts_node_is_named(kid[i])) nitems++;
    }
    if (parens && nitems == 1 && commas == 0) {
        for (uint32_t i = 0; i < cnt; i++)
            if (ts_node_is_named(kid[i])) {
                if (!ts_node_is_null(sole_child_of_type(p, kid[i], "splat_pattern")))
                    return fe_err_at(p, kid[i], "invalid syntax");
                return pattern(p, kid[i]);
            }
    }
    FePattern *q = pat_new(p, PT_SEQUENCE, n);
    if (!q) return NULL;
    FeVec v = {0};
    for (uint32_t i = 0; i < cnt; i++) {
        if (!ts_node_is_named(kid[i])) continue;
        if (!is_type(kid[i], "case_pattern")) return fe_err_at(p, kid[i], "invalid syntax");
        FePattern *it = seq_item(p, kid[i]);
        if (!it || fe_push_item(p, &v, it, kid[i]) < 0) return NULL;
    }
    return items_to(p, q, &v, n);
}

/* {key: p, ..., **rest}: keys are runs of `key`-field tokens; values are `value` case_patterns. */
static FePattern *mapping(FeParse *p, TSNode n) {
    FePattern *q = pat_new(p, PT_MAPPING, n);
    if (!q) return NULL;
    FeVec keys = {0}, vals = {0};
    uint32_t cnt;
    TSNode *kid = kids_of(p, n, 0, &cnt);
    TSFieldId key_id = fe_fid(p, FF_KEY);
    /* the field of each child, read once with a cursor (ts_node_field_name_for_child walks the siblings) */
    uint8_t *is_key = fe_alloc(p->arena, cnt + 1);
    if (!is_key) return fe_err_at(p, n, "out of memory");
    TSTreeCursor *c = fe_cursor_push(p, n);
    if (!c) return NULL;
    uint32_t at = 0;
    if (ts_tree_cursor_goto_first_child(c)) {
        do {
            TSNode k = ts_tree_cursor_current_node(c);
            if (fe_is_skippable(p, k)) continue;
            if (at < cnt) is_key[at++] = key_id && ts_tree_cursor_current_field_id(c) == key_id;
        } while (ts_tree_cursor_goto_next_sibling(c));
    }
    fe_cursor_pop(p);
    for (uint32_t i = 0; i < cnt; i++) {
        TSNode k = kid[i];
        if (is_key[i]) {
            uint32_t j = i;
            while (j < cnt && is_key[j]) j++;
            if (q->target) return fe_err_at(p, k, "invalid syntax"); /* nothing may follow **rest */
            FePattern *kp = pattern_run(p, n, kid, i, j);
            if (!kp) return NULL;
            if (kp->kind != PT_VALUE && kp->kind != PT_SINGLETON)
                return fe_err_at(p, j < cnt ? kid[j] : k, "invalid syntax");
            if (j + 1 >= cnt || strcmp(ts_node_type(kid[j]), ":") != 0 || !is_type(kid[j + 1], "case_pattern"))
                return fe_err_at(p, k, "invalid syntax");
            FePattern *vp = pattern(p, kid[j + 1]);
            if (!vp || fe_push_item(p, &keys, kp->value, k) < 0 || fe_push_item(p, &vals, vp, k) < 0) return NULL;
            i = j + 1;
        } else if (is_type(k, "splat_pattern")) {
            uint32_t sc;
            TSNode *sk = kids_of(p, k, 0, &sc);
            if (q->target || sc != 2 || strcmp(ts_node_type(sk[0]), "**") != 0)
                return fe_err_at(p, k, "invalid syntax");
            if (!is_type(sk[1], "identifier")) return fe_err_at(p, sk[1], "invalid syntax"); /* `**_` */
            q->target = name_node(p, sk[1]);
            if (!q->target) return NULL;
        } else if (ts_node_is_named(k))
            return fe_err_at(p, k, "invalid syntax");
    }
    FeList kl;
    if (fe_list_from_vec(p->arena, &keys, &kl) < 0) return fe_err_at(p, n, "out of memory");
    q->keys = kl.items;
    return items_to(p, q, &vals, n);
}

/* `name=pattern` inside a class pattern: the name, then the value's tokens. */
static FePattern *keyword_value(FeParse *p, TSNode kw, const char **name) {
    uint32_t cnt;
    TSNode *kid = kids_of(p, kw, 0, &cnt);
    if (cnt < 3 || !is_type(kid[0], "identifier") || strcmp(ts_node_type(kid[1]), "=") != 0)
        return fe_err_at(p, kw, "invalid syntax");
    *name = fe_ident(p, kid[0]);
    if (!*name) return NULL;
    return pattern_run(p, kw, kid, 2, cnt);
}

static FePattern *as_target(FeParse *p, FePattern *inner, TSNode whole, TSNode target);

/* One argument of a class pattern: positional (NULL *kwname) or keyword. tree-sitter reads `x=p as y` as
 * `(x=p) as y`; CPython binds the `as` inside the keyword's value, and so does this. */
static FePattern *class_arg(FeParse *p, TSNode k, const char **kwname) {
    *kwname = NULL;
    TSNode kw = sole_child_of_type(p, k, "keyword_pattern");
    if (!ts_node_is_null(kw)) return keyword_value(p, kw, kwname);
    TSNode as = sole_child_of_type(p, k, "as_pattern");
    if (!ts_node_is_null(as)) {
        uint32_t cnt;
        TSNode *kid = kids_of(p, as, 0, &cnt);
        TSNode inner_kw = cnt == 3 ? sole_child_of_type(p, kid[0], "keyword_pattern") : kid[0];
        if (cnt == 3 && !ts_node_is_null(inner_kw)) {
            FePattern *v = keyword_value(p, inner_kw, kwname);
            return v ? as_target(p, v, as, kid[2]) : NULL;
        }
    }
    return pattern(p, k);
}

/* Cls(p1, p2, name=p3): positional patterns come first (CPython's parser error otherwise). */
static FePattern *class_pattern(FeParse *p, TSNode n) {
    FePattern *q = pat_new(p, PT_CLASS, n);
    if (!q) return NULL;
    uint32_t cnt;
    TSNode *kid = kids_of(p, n, 1, &cnt);
    if (cnt == 0 || !is_type(kid[0], "dotted_name")) return fe_err_at(p, n, "invalid syntax");
    FePattern *cls = dotted(p, kid[0]);
    if (!cls) return NULL;
    q->value = cls->kind == PT_AS ? cls->target : cls->value;
    FeVec pos = {0}, kws = {0}, names = {0};
    for (uint32_t i = 1; i < cnt; i++) {
        if (!is_type(kid[i], "case_pattern")) return fe_err_at(p, kid[i], "invalid syntax");
        const char *kwname;
        FePattern *a = class_arg(p, kid[i], &kwname);
        if (!a) return NULL;
        if (!kwname && kws.n) return fe_err_at(p, kid[i], "positional patterns follow keyword patterns");
        if (fe_push_item(p, kwname ? &kws : &pos, a, kid[i]) < 0) return NULL;
        if (kwname && fe_vec_push(p->arena, &names, (void *)kwname) < 0) return fe_err_at(p, n, "out of memory");
    }
    for (int i = 0; i < kws.n; i++)
        if (fe_push_item(p, &pos, kws.items[i], n) < 0) return NULL;
    q->kwnames = (const char **)names.items;
    q->nkw = names.n;
    return items_to(p, q, &pos, n);
}

/* `inner as target`: the target must be a plain name other than `_`. */
static FePattern *as_target(FeParse *p, FePattern *inner, TSNode whole, TSNode target) {
    if (!is_type(target, "identifier")) return fe_err_at(p, target, "invalid pattern target");
    FePattern *q = pat_new(p, PT_AS, whole);
    if (!q) return NULL;
    q->pattern = inner;
    q->target = name_node(p, target);
    if (!q->target) return NULL;
    if (!strcmp(q->target->u.name.id, "_")) return fe_err_at(p, target, "cannot use '_' as a target");
    return q;
}

static FePattern *as_pattern(FeParse *p, TSNode n) {
    uint32_t cnt;
    TSNode *kid = kids_of(p, n, 0, &cnt);
    if (cnt != 3 || strcmp(ts_node_type(kid[1]), "as") != 0) return fe_err_at(p, n, "invalid syntax");
    if (!ts_node_is_null(sole_child_of_type(p, kid[0], "keyword_pattern"))) return fe_err_at(p, n, "invalid syntax");
    FePattern *inner = pattern(p, kid[0]);
    return inner ? as_target(p, inner, n, kid[2]) : NULL;
}

/* A literal: numbers and strings compare with ==, None/True/False with `is`. */
static FePattern *literal(FeParse *p, TSNode n, FePatKind kind) {
    FeNode *e = fe_expr(p, n);
    if (!e) return NULL;
    FePattern *q = pat_new(p, kind, n);
    if (q) q->value = e;
    return q;
}

static FePattern *pattern(FeParse *p, TSNode n) {
    if (fe_enter(p, n) < 0) return NULL;
    FePattern *q;
    const char *t = ts_node_type(n);
    if (!strcmp(t, "case_pattern"))
        q = case_pattern_node(p, n);
    else if (!strcmp(t, "union_pattern"))
        q = union_pattern(p, n);
    else if (!strcmp(t, "integer") || !strcmp(t, "float") || !strcmp(t, "string") || !strcmp(t, "concatenated_string"))
        q = literal(p, n, PT_VALUE);
    else if (!strcmp(t, "true") || !strcmp(t, "false") || !strcmp(t, "none"))
        q = literal(p, n, PT_SINGLETON);
    else if (!strcmp(t, "complex_pattern"))
        q = fe_err_at(p, n, "complex literal is not supported");
    else if (!strcmp(t, "dotted_name"))
        q = dotted(p, n);
    else if (!strcmp(t, "list_pattern") || !strcmp(t, "tuple_pattern"))
        q = sequence(p, n, t[0] == 't');
    else if (!strcmp(t, "dict_pattern"))
        q = mapping(p, n);
    else if (!strcmp(t, "class_pattern"))
        q = class_pattern(p, n);
    else if (!strcmp(t, "as_pattern"))
        q = as_pattern(p, n);
    else
        q = fe_err_at(p, n, "invalid syntax"); /* a star or keyword pattern out of place, ... */
    fe_leave(p);
    return q;
}

/* ---- CPython's compile-time checks ---- */

typedef struct PatCheck {
    FeParse *p;
    int allow_irrefutable; /* an irrefutable pattern may stand here (last case or guarded; last alternative) */
    FeVec stores;          /* names bound so far by the case's pattern (or the current alternative) */
    FeSpan loc;            /* the pattern entered last: where CPython reports */
} PatCheck;

static int check(PatCheck *k, const FePattern *q);

static int check_error(PatCheck *k, const char *fmt, const char *arg) {
    char msg[200];
    snprintf(msg, sizeof msg, fmt, arg);
    fe_errorf(k->p->diag, &k->p->failed, k->loc.line, k->loc.col, "%s", msg);
    return -1;
}

static int has_name(const FeVec *v, const char *name) {
    for (int i = 0; i < v->n; i++)
        if (!strcmp(v->items[i], name)) return 1;
    return 0;
}

static int store_name(PatCheck *k, const char *name) {
    if (!strcmp(name, "__debug__")) return check_error(k, "cannot assign to __debug__", "");
    if (has_name(&k->stores, name)) return check_error(k, "multiple assignments to name '%s' in pattern", name);
    if (fe_vec_push(k->p->arena, &k->stores, (void *)name) < 0) return check_error(k, "out of memory", "");
    return 0;
}

static int store_target(PatCheck *k, const FeNode *target) { return target ? store_name(k, target->u.name.id) : 0; }

/* A sub-pattern: irrefutable patterns are fine inside others. */
static int check_sub(PatCheck *k, const FePattern *q) {
    int allow = k->allow_irrefutable;
    k->allow_irrefutable = 1;
    int rc = check(k, q);
    k->allow_irrefutable = allow;
    return rc;
}

/* A literal key's value, to find duplicates as CPython's set of constants does (1 == 1.0 == True). */
typedef struct KeyConst {
    int kind; /* 0 number, 1 str, 2 bytes, 3 None */
    double num;
    const char *text;
    size_t len;
    int exact; /* num holds the value exactly (not a big int) */
} KeyConst;

static int key_const(const FeNode *e, KeyConst *kc) {
    memset(kc, 0, sizeof *kc);
    int neg = 0;
    if (e->kind == E_UNOP) {
        neg = 1;
        e = e->u.un.operand;
    }
    switch (e->kind) {
    case E_INT:
        if (!e->u.lit.fits) return 0;
        kc->num = (double)e->u.lit.ival;
        kc->exact = e->u.lit.ival > -(1LL << 53) && e->u.lit.ival < (1LL << 53);
        break;
    case E_FLOAT:
        kc->num = e->u.fval;
        kc->exact = 1;
        break;
    case E_TRUE:
    case E_FALSE:
        kc->num = e->kind == E_TRUE;
        kc->exact = 1;
        break;
    case E_STR:
    case E_BYTES:
        kc->kind = e->kind == E_STR ? 1 : 2;
        kc->text = e->u.lit.text;
        kc->len = e->u.lit.len;
        return 1;
    case E_NONE: kc->kind = 3; return 1;
    default: return 0;
    }
    if (neg) kc->num = -kc->num;
    return kc->exact;
}

static int same_const(const KeyConst *a, const KeyConst *b) {
    if (a->kind != b->kind) return 0;
    if (a->kind == 0) return a->num == b->num;
    if (a->kind == 3) return 1;
    return a->len == b->len && !memcmp(a->text, b->text, a->len);
}

/* repr() of a literal key, for the duplicate-key message. */
static void key_repr(const FeNode *e, char *out, size_t n) {
    const char *sign = "";
    if (e->kind == E_UNOP) {
        sign = "-";
        e = e->u.un.operand;
    }
    switch (e->kind) {
    case E_INT: snprintf(out, n, "%s%lld", sign, (long long)e->u.lit.ival); return;
    case E_FLOAT: {
        char buf[40];
        for (int prec = 1; prec <= 17; prec++) { /* the shortest text that reads back the same */
            snprintf(buf, sizeof buf, "%.*g", prec, e->u.fval);
            double back;
            if (sscanf(buf, "%lf", &back) == 1 && back == e->u.fval) break;
        }
        snprintf(out, n, "%s%s%s", sign, buf, strpbrk(buf, ".eni") ? "" : ".0");
        return;
    }
    case E_TRUE: snprintf(out, n, "True"); return;
    case E_FALSE: snprintf(out, n, "False"); return;
    case E_NONE: snprintf(out, n, "None"); return;
    default: break;
    }
    /* str / bytes: quoted as repr() quotes them */
    const char *s = e->u.lit.text;
    size_t len = e->u.lit.len, o = 0;
    int has_sq = memchr(s, '\'', len) != NULL, has_dq = memchr(s, '"', len) != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';
    if (e->kind == E_BYTES && o + 1 < n) out[o++] = 'b';
    if (o + 1 < n) out[o++] = q;
    for (size_t i = 0; i < len && o + 6 < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '\\' || ch == (unsigned char)q) {
            out[o++] = '\\';
            out[o++] = (char)ch;
        } else if (ch == '\n' || ch == '\t' || ch == '\r') {
            out[o++] = '\\';
            out[o++] = ch == '\n' ? 'n' : ch == '\t' ? 't' : 'r';
        } else if (ch < 0x20 || ch == 0x7f || (e->kind == E_BYTES && ch >= 0x80))
            o += (size_t)snprintf(out + o, n - o, "\\x%02x", ch);
        else
            out[o++] = (char)ch;
    }
    if (o + 1 < n) out[o++] = q;
    out[o < n ? o : n - 1] = '\0';
}

static int check_mapping(PatCheck *k, const FePattern *q) {
    for (int i = 0; i < q->n; i++) {
        const FeNode *key = q->keys[i];
        if (key->kind == E_FSTRING)
            return check_error(k, "mapping pattern keys may only match literals and attribute lookups", "");
        KeyConst a, b;
        if (!key_const(key, &a)) continue;
        for (int j = 0; j < i; j++)
            if (key_const(q->keys[j], &b) && same_const(&a, &b)) {
                char r[160];
                key_repr(key, r, sizeof r);
                return check_error(k, "mapping pattern checks duplicate key (%s)", r);
            }
    }
    for (int i = 0; i < q->n; i++)
        if (check_sub(k, q->items[i]) < 0) return -1;
    return store_target(k, q->target);
}

static int check_sequence(PatCheck *k, const FePattern *q) {
    int nstar = 0, only_wildcard = 1, star_wildcard = 0;
    for (int i = 0; i < q->n; i++) {
        const FePattern *it = q->items[i];
        if (it->kind == PT_STAR) {
            nstar++;
            star_wildcard = !it->target;
        }
        if (!(fe_pat_is_wildcard(it) || (it->kind == PT_STAR && !it->target))) only_wildcard = 0;
    }
    if (nstar > 1) return check_error(k, "multiple starred names in sequence pattern", "");
    if (only_wildcard) return 0;
    for (int i = 0; i < q->n; i++) {
        const FePattern *it = q->items[i];
        /* with `*_`, CPython indexes the items it needs and never visits the wildcards */
        if (star_wildcard && (fe_pat_is_wildcard(it) || it->kind == PT_STAR)) continue;
        if (check_sub(k, it) < 0) return -1;
    }
    return 0;
}

static int check_class(PatCheck *k, const FePattern *q) {
    int npos = q->n - q->nkw;
    for (int i = 0; i < q->nkw; i++) {
        k->loc = q->items[npos + i]->span;
        if (!strcmp(q->kwnames[i], "__debug__")) return check_error(k, "cannot assign to __debug__", "");
        for (int j = i + 1; j < q->nkw; j++)
            if (!strcmp(q->kwnames[i], q->kwnames[j])) {
                k->loc = q->items[npos + j]->span;
                return check_error(k, "attribute name repeated in class pattern: %s", q->kwnames[i]);
            }
    }
    k->loc = q->span;
    for (int i = 0; i < q->n; i++)
        if (!fe_pat_is_wildcard(q->items[i]) && check_sub(k, q->items[i]) < 0) return -1;
    return 0;
}

/* Every alternative binds the same names; those join the names bound around the or-pattern. */
static int check_or(PatCheck *k, const FePattern *q) {
    FeVec outer = k->stores, control = {0};
    int allow = k->allow_irrefutable;
    for (int i = 0; i < q->n; i++) {
        k->loc = q->items[i]->span;
        k->stores = (FeVec){0};
        k->allow_irrefutable = i == q->n - 1 && allow;
        if (check(k, q->items[i]) < 0) return -1;
        if (i == 0) {
            control = k->stores;
            continue;
        }
        int differ = k->stores.n != control.n;
        for (int j = 0; !differ && j < control.n; j++) differ = !has_name(&k->stores, control.items[j]);
        if (differ) return check_error(k, "alternative patterns bind different names", "");
    }
    k->stores = outer;
    k->allow_irrefutable = allow;
    for (int i = 0; i < control.n; i++)
        if (store_name(k, control.items[i]) < 0) return -1;
    return 0;
}

static int check(PatCheck *k, const FePattern *q) {
    k->loc = q->span;
    switch (q->kind) {
    case PT_VALUE:
        if (q->value->kind == E_FSTRING)
            return check_error(k, "patterns may only match literals and attribute lookups", "");
        return 0;
    case PT_SINGLETON: return 0;
    case PT_SEQUENCE: return check_sequence(k, q);
    case PT_MAPPING: return check_mapping(k, q);
    case PT_CLASS: return check_class(k, q);
    case PT_STAR: return store_target(k, q->target);
    case PT_AS:
        if (!q->pattern) {
            if (k->allow_irrefutable) return store_target(k, q->target);
            if (q->target)
                return check_error(k, "name capture '%s' makes remaining patterns unreachable", q->target->u.name.id);
            return check_error(k, "wildcard makes remaining patterns unreachable", "");
        }
        if (check(k, q->pattern) < 0) return -1;
        return store_target(k, q->target);
    case PT_OR: return check_or(k, q);
    }
    return 0;
}

static int check_match(FeParse *p, const FeNode *s) {
    for (int i = 0; i < s->u.match.ncases; i++) {
        const FeMatchCase *mc = &s->u.match.cases[i];
        PatCheck k = {.p = p, .allow_irrefutable = mc->guard != NULL || i == s->u.match.ncases - 1};
        if (check(&k, mc->pattern) < 0) return -1;
    }
    return 0;
}

/* ---- the statement ---- */

/* The pattern of a case clause: one case_pattern, or an open sequence `case a, *b:`. */
static FePattern *case_pattern(FeParse *p, TSNode clause) {
    uint32_t cnt;
    TSNode *kid = kids_of(p, clause, 0, &cnt);
    FeVec v = {0};
    int commas = 0;
    TSNode first;
    memset(&first, 0, sizeof first);
    for (uint32_t i = 0; i < cnt; i++) {
        const char *t = ts_node_type(kid[i]);
        if (!strcmp(t, ",")) commas++;
        if (!strcmp(t, "case_pattern")) {
            if (ts_node_is_null(first)) first = kid[i];
            TSNode *box = fe_alloc(p->arena, sizeof *box);
            if (!box) return fe_err_at(p, clause, "out of memory");
            *box = kid[i];
            if (fe_push_item(p, &v, box, kid[i]) < 0) return NULL;
        }
    }
    if (v.n == 0) return fe_err_at(p, clause, "invalid syntax");
    if (v.n == 1 && commas == 0) {
        TSNode only = *(TSNode *)v.items[0];
        if (!ts_node_is_null(sole_child_of_type(p, only, "splat_pattern"))) return fe_err_at(p, only, "invalid syntax");
        return pattern(p, only);
    }
    FePattern *q = pat_new(p, PT_SEQUENCE, first);
    if (!q) return NULL;
    FeVec items = {0};
    for (int i = 0; i < v.n; i++) {
        TSNode k = *(TSNode *)v.items[i];
        FePattern *it = seq_item(p, k);
        if (!it || fe_push_item(p, &items, it, k) < 0) return NULL;
        q->span.end_line = it->span.end_line;
        q->span.end_col = it->span.end_col;
    }
    return items_to(p, q, &items, first);
}

static int case_clause(FeParse *p, TSNode n, FeMatchCase *mc) {
    mc->span = fe_span(p, n);
    mc->pattern = case_pattern(p, n);
    if (!mc->pattern) return -1;
    TSNode guard = ts_node_child_by_field_name(n, "guard", 5);
    if (!ts_node_is_null(guard)) {
        uint32_t cnt;
        TSNode *kid = kids_of(p, guard, 1, &cnt);
        if (cnt != 1) return fe_err_at(p, guard, "invalid syntax"), -1;
        mc->guard = fe_expr(p, kid[0]);
        if (!mc->guard) return -1;
    }
    int saved = p->indent;
    p->indent = (int)ts_node_start_point(n).column;
    int rc = fe_sub_block(p, n, fe_field(p, n, FF_CONSEQUENCE), &mc->body, "'case' statement");
    p->indent = saved;
    return rc;
}

/* match subject: followed by case clauses, each indented alike and deeper than the match. */
FeNode *fe_match_stmt(FeParse *p, TSNode n) {
    FeNode *s = fe_node(p, S_MATCH, n);
    if (!s) return NULL;
    int line = (int)ts_node_start_point(n).row + 1;
    /* the subject: one expression, or a tuple when written with commas */
    TSFieldId subject_id = ts_language_field_id_for_name(p->lang, "subject", 7);
    FeVec subj = {0};
    int commas = 0;
    TSNode body;
    memset(&body, 0, sizeof body);
    TSTreeCursor *c = fe_cursor_push(p, n);
    if (!c) return NULL;
    if (ts_tree_cursor_goto_first_child(c)) {
        do {
            TSNode k = ts_tree_cursor_current_node(c);
            if (fe_is_skippable(p, k)) continue;
            if (!strcmp(ts_node_type(k), ",")) commas++;
            if (subject_id && ts_tree_cursor_current_field_id(c) == subject_id) {
                TSNode *box = fe_alloc(p->arena, sizeof *box);
                if (!box || fe_vec_push(p->arena, &subj, box) < 0) {
                    fe_cursor_pop(p);
                    return fe_err_at(p, n, "out of memory");
                }
                *box = k;
            }
            if (is_type(k, "block")) body = k;
        } while (ts_tree_cursor_goto_next_sibling(c));
    }
    fe_cursor_pop(p);
    if (subj.n == 0) return fe_err_at(p, n, "invalid syntax");
    if (subj.n == 1 && commas == 0) {
        s->u.match.subject = fe_expr(p, *(TSNode *)subj.items[0]);
    } else {
        FeNode *t = fe_node(p, E_TUPLE, *(TSNode *)subj.items[0]);
        FeVec items = {0};
        if (!t) return NULL;
        for (int i = 0; i < subj.n; i++) {
            TSNode k = *(TSNode *)subj.items[i];
            FeNode *e = is_type(k, "list_splat") ? fe_err_at(p, k, "starred subject is not supported") : fe_expr(p, k);
            if (!e || fe_push_item(p, &items, e, k) < 0) return NULL;
        }
        fe_list_from_vec(p->arena, &items, &t->u.seq.items);
        s->u.match.subject = t;
    }
    if (!s->u.match.subject) return NULL;
    /* the case clauses */
    uint32_t cnt = 0;
    TSNode *kid = ts_node_is_null(body) ? NULL : kids_of(p, body, 1, &cnt);
    if (p->failed) return NULL;
    if (cnt == 0) {
        int l, col;
        fe_next_token_pos(p, ts_node_end_byte(n), &l, &col);
        fe_errorf(p->diag, &p->failed, l, col, "expected an indented block after 'match' statement on line %d", line);
        return NULL;
    }
    s->u.match.cases = fe_alloc(p->arena, cnt * sizeof(FeMatchCase));
    if (!s->u.match.cases) return fe_err_at(p, n, "out of memory");
    int col0 = (int)ts_node_start_point(kid[0]).column;
    for (uint32_t i = 0; i < cnt; i++) {
        TSNode k = kid[i];
        int col = (int)ts_node_start_point(k).column;
        if (!is_type(k, "case_clause")) return fe_err_at(p, k, "invalid syntax");
        if (i == 0 && col <= p->indent)
            return fe_err_at(p, k, "expected an indented block after 'match' statement on line %d", line);
        if (col != col0) { /* deeper than the cases but not as deep as the last body: CPython's unindent */
            TSNode prev_body = i ? fe_field(p, kid[i - 1], FF_CONSEQUENCE) : k;
            fe_indent_error(p, k, col > col0 && col >= (int)ts_node_start_point(prev_body).column);
            return NULL;
        }
        if (case_clause(p, k, &s->u.match.cases[i]) < 0) return NULL;
    }
    s->u.match.ncases = (int)cnt;
    return check_match(p, s) < 0 ? NULL : s;
}

/* ---- for the later passes ---- */

int fe_pattern_visit(const FePattern *q, const FePatVisitor *v) {
    if (!q) return 0;
    switch (q->kind) {
    case PT_VALUE:
    case PT_SINGLETON: return v->expr(v->ctx, q->value);
    case PT_CLASS:
        if (v->expr(v->ctx, q->value) < 0) return -1;
        break;
    case PT_MAPPING:
        for (int i = 0; i < q->n; i++)
            if (v->expr(v->ctx, q->keys[i]) < 0) return -1;
        break;
    default: break;
    }
    if (q->kind == PT_AS && fe_pattern_visit(q->pattern, v) < 0) return -1;
    for (int i = 0; i < q->n; i++)
        if (fe_pattern_visit(q->items[i], v) < 0) return -1;
    if (!q->target) return 0;
    /* a star always binds a list, a **rest a dict; other captures whatever the subject holds */
    FeType t = q->kind == PT_STAR ? FT_LIST : q->kind == PT_MAPPING ? FT_DICT : FT_ANY;
    return v->bind(v->ctx, q->target, t);
}

/* ---- a source fix-up for the grammar ---- */

/* Is n the misreading below: an annotated assignment to `match[...]` whose annotation starts on a later
 * line (which Python never allows)? Then *open and *close are the byte offsets of its `[` and `]`. */
static int misread_match(TSNode n, uint32_t *open, uint32_t *close) {
    if (strcmp(ts_node_type(n), "assignment") != 0) return 0;
    TSNode left = ts_node_child_by_field_name(n, "left", 4), type = ts_node_child_by_field_name(n, "type", 4);
    if (ts_node_is_null(left) || ts_node_is_null(type) || strcmp(ts_node_type(left), "subscript") != 0) return 0;
    if (ts_node_start_point(type).row <= ts_node_end_point(left).row) return 0;
    TSNode value = ts_node_child_by_field_name(left, "value", 5);
    if (ts_node_is_null(value) || strcmp(ts_node_type(value), "identifier") != 0 ||
        ts_node_end_byte(value) - ts_node_start_byte(value) != 5)
        return 0;
    uint32_t cnt = ts_node_child_count(left);
    TSNode lb = ts_node_child(left, 1), rb = ts_node_child(left, cnt - 1);
    if (strcmp(ts_node_type(lb), "[") != 0 || strcmp(ts_node_type(rb), "]") != 0) return 0;
    *open = ts_node_start_byte(lb);
    *close = ts_node_start_byte(rb);
    return 1;
}

/* tree-sitter-python reads `match [a, b]:` followed by one `case [x, y]:` clause whose body is one expression
 * as an annotated assignment `match[a, b]: case[x, y]: expr`. Written `match([a, b]):` the header cannot be
 * a subscript target, so the parser sees the match statement; the subject keeps its columns (the blank
 * before `[` becomes the `(`), only what follows its `]` on that line moves right by one. Returns the text
 * (root's offsets are from src) with every such header rewritten (in the arena), or NULL when none is. */
const char *fe_match_parenthesize(FeArena *a, const char *src, size_t len, TSNode root, size_t *outlen) {
    FeVec fixes = {0}; /* pairs of byte offsets (+1, so none is NULL): the `[` and the `]` */
    TSTreeCursor c = ts_tree_cursor_new(root);
    for (int down = 1;;) {
        TSNode n = ts_tree_cursor_current_node(&c);
        uint32_t open, close;
        if (down && misread_match(n, &open, &close) && open > 0 && (src[open - 1] == ' ' || src[open - 1] == '\t')) {
            if (fe_vec_push(a, &fixes, (void *)(uintptr_t)(open + 1)) < 0 ||
                fe_vec_push(a, &fixes, (void *)(uintptr_t)(close + 1)) < 0)
                break;
        }
        if (down && ts_tree_cursor_goto_first_child(&c)) continue;
        if (ts_tree_cursor_goto_next_sibling(&c)) {
            down = 1;
            continue;
        }
        if (!ts_tree_cursor_goto_parent(&c)) break;
        down = 0;
    }
    ts_tree_cursor_delete(&c);
    if (fixes.n == 0 || fixes.n % 2) return NULL;
    int nfix = fixes.n / 2;
    char *out = fe_alloc(a, len + (size_t)nfix + 1);
    if (!out) return NULL;
    size_t o = 0, from = 0;
    for (int j = 0; j < nfix; j++) { /* in source order: the walk is pre-order */
        size_t open = (uintptr_t)fixes.items[2 * j] - 1, close = (uintptr_t)fixes.items[2 * j + 1] - 1;
        memcpy(out + o, src + from, open - 1 - from);
        o += open - 1 - from;
        out[o++] = '(';
        memcpy(out + o, src + open, close + 1 - open);
        o += close + 1 - open;
        out[o++] = ')';
        from = close + 1;
    }
    memcpy(out + o, src + from, len - from);
    o += len - from;
    out[o] = '\0';
    *outlen = o;
    return out;
}

/* ---- CPython's indentation errors around a match statement ---- */

/* One line of the text: [start, end) without the newline, its indentation, and whether it holds code. */
typedef struct SrcLine {
    size_t start, end;
    int indent, code;
} SrcLine;

static size_t read_line(const char *src, size_t len, size_t at, SrcLine *l) {
    size_t e = at;
    while (e < len && src[e] != '\n') e++;
    l->start = at;
    l->end = e > at && src[e - 1] == '\r' ? e - 1 : e;
    size_t k = at;
    while (k < l->end && (src[k] == ' ' || src[k] == '\t')) k++;
    l->indent = (int)(k - at);
    l->code = k < l->end && src[k] != '#';
    return e < len ? e + 1 : e;
}

/* Does the line start (after its indentation) with keyword kw as a statement would, and end with ':'
 * (before a comment)? */
static int header_of(const char *src, const SrcLine *l, const char *kw) {
    size_t k = l->start + (size_t)l->indent, n = strlen(kw);
    if (l->end - k <= n || memcmp(src + k, kw, n) != 0) return 0;
    char next = src[k + n];
    if (next != ' ' && next != '\t' && next != '(' && next != '[' && next != '{') return 0;
    size_t e = l->end;
    const char *hash = memchr(src + k, '#', e - k);
    if (hash) e = (size_t)(hash - src);
    while (e > k && (src[e - 1] == ' ' || src[e - 1] == '\t')) e--;
    return e > k && src[e - 1] == ':';
}

/* tree-sitter gives up on a badly indented match statement with an ERROR node; CPython's tokenizer and
 * parser name the problem. Looks at the lines of each match statement that starts within the error node's
 * lines: a missing indented block after the `match` or a `case` header, or a line that dedents to no
 * enclosing level, found within the error node's lines. 1 when that explains the error (diagnostic set),
 * else 0. */
int fe_match_indent_error(FeParse *p, TSNode bad) {
    const char *src = p->src + p->skip;
    size_t len = p->len - p->skip;
    int bad_first = (int)ts_node_start_point(bad).row + 1, bad_last = (int)ts_node_end_point(bad).row + 1;
    SrcLine l;
    int line = 0;
    for (size_t at = 0; at < len;) { /* find the match header last before the error */
        at = read_line(src, len, at, &l);
        if (++line > bad_last) return 0;
        if (!l.code || !header_of(src, &l, "match")) continue;
        /* its block: case clauses at one indentation, each body deeper */
        size_t after = at;
        int header = line, outer = l.indent, cases = -1, body = -1, want_body = 0, want_line = header;
        const char *what = "'match' statement";
        for (size_t b = at; b < len;) {
            b = read_line(src, len, b, &l);
            line++;
            if (!l.code) continue;
            int col = l.indent, err_col = 0;
            const char *msg = NULL;
            if (cases < 0 || want_body) {
                if (col <= (cases < 0 ? outer : cases)) {
                    msg = "expected an indented block after %s on line %d";
                    err_col = col + 1;
                } else if (cases < 0)
                    cases = col;
                else
                    body = col;
                want_body = 0;
            } else if (col <= outer) {
                break; /* the match statement is over */
            } else if (col != cases && (col < cases || (body >= 0 && col < body))) {
                msg = "unindent does not match any outer indentation level";
                err_col = (int)(l.end - l.start) + 1;
            }
            if (msg) {
                if (line < bad_first || line > bad_last) return 0;
                fe_errorf(p->diag, &p->failed, line, err_col, msg, what, want_line);
                return 1;
            }
            if (col == cases && header_of(src, &l, "case")) {
                want_body = 1;
                want_line = line;
                what = "'case' statement";
                body = -1;
            }
        }
        at = after; /* not this one: look on from its header for a later one */
        line = header;
    }
    return 0;
}
