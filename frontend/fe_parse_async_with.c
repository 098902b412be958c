/* fe_parse_async_with.c — `async with`, written as the statements it stands for (PEP 492), so scopes, types
 * and codegen need nothing of their own. Stage: frontend. For each item, outermost first:
 *
 *     try:
 *         %live = False
 *         %m = MANAGER
 *         %exit = %m.__aexit__
 *         TARGET = await %m.__aenter__()        (or a bare await without `as`)
 *         %live = True
 *         try:
 *             BODY                              (the next item's statement, for the last the block)
 *         except BaseException as %e:
 *             %live = False
 *             if not await %exit(%e.__class__, %e, None):
 *                 raise
 *     finally:
 *         if %live:
 *             await %exit(None, None, None)
 *
 * The finally runs __aexit__ on every way out of the body (return, break, continue: try/finally is lowered
 * by copying it onto each). The hidden names (%...) are locals no source can spell, numbered by the
 * statement's byte offset. Differences from CPython, documented in the README: the traceback argument is
 * None, a manager without __aenter__/__aexit__ is an AttributeError, and the methods are looked up on the
 * instance. A sync `with` (another converter) can share this shape once it exists. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "fe_internal.h"

typedef struct AW {
    FeParse *p;
    TSNode at; /* the with statement: every synthesized node takes its span */
    const char *live, *mgr, *exit, *exc;
} AW;

static FeNode *node(AW *w, FeKind k) { return fe_node(w->p, k, w->at); }

static FeNode *name(AW *w, const char *id) {
    FeNode *e = node(w, E_NAME);
    if (e) e->u.name.id = id;
    return e;
}

static const char *hidden(AW *w, const char *what, int item) {
    char buf[64];
    snprintf(buf, sizeof buf, "%%%s%u_%d", what, ts_node_start_byte(w->at), item);
    size_t n = strlen(buf);
    char *s = fe_alloc(w->p->arena, n + 1);
    if (s) memcpy(s, buf, n + 1);
    return s;
}

static int list_of(AW *w, FeList *l, int n, ...) {
    va_list ap;
    va_start(ap, n);
    l->items = fe_alloc(w->p->arena, (size_t)n * sizeof *l->items);
    l->n = n;
    int ok = l->items != NULL;
    for (int i = 0; i < n; i++) {
        FeNode *x = va_arg(ap, FeNode *);
        if (ok) l->items[i] = x;
        ok = ok && x;
    }
    va_end(ap);
    return ok ? 0 : -1;
}

static FeNode *assign(AW *w, FeNode *target, FeNode *value) {
    FeNode *s = node(w, S_ASSIGN);
    if (!s || !target || !value || list_of(w, &s->u.assign.targets, 1, target) < 0) return NULL;
    s->u.assign.value = value;
    return s;
}

static FeNode *expr_stmt(AW *w, FeNode *value) {
    FeNode *s = node(w, S_EXPR);
    if (!s || !value) return NULL;
    s->u.expr.value = value;
    return s;
}

static FeNode *attr(AW *w, FeNode *value, const char *n) {
    FeNode *e = node(w, E_ATTR);
    if (!e || !value) return NULL;
    e->u.attr.value = value;
    e->u.attr.name = n;
    return e;
}

/* `await f(args...)`; the first await of a statement names the statement in its scope error (un.op 1). */
static FeNode *await_call(AW *w, FeNode *f, int nargs, FeNode *a0, FeNode *a1, FeNode *a2, int first) {
    FeNode *call = node(w, E_CALL), *aw = node(w, E_AWAIT);
    if (!call || !aw || !f) return NULL;
    call->u.call.func = f;
    if (nargs && list_of(w, &call->u.call.args, nargs, a0, a1, a2) < 0) return NULL;
    aw->u.un.operand = call;
    aw->u.un.op = first ? FE_AWAIT_OF_ASYNC_WITH : 0;
    return aw;
}

static FeNode *bool_const(AW *w, int v) { return node(w, v ? E_TRUE : E_FALSE); }

/* The statement for items[i..n) around body. */
static FeNode *item_stmt(AW *w, TSNode *items, int i, int n, FeList *body) {
    FeParse *p = w->p;
    TSNode value = fe_field(p, items[i], FF_VALUE), target;
    memset(&target, 0, sizeof target);
    if (ts_node_is_null(value)) return fe_err_at(p, items[i], "invalid syntax");
    if (fe_tk(p, value) == TK_AS_PATTERN) { /* `M as T` arrives as as_pattern(M, alias: as_pattern_target(T)) */
        TSNode alias = fe_field(p, value, FF_ALIAS);
        target = ts_node_is_null(alias) ? alias : ts_node_named_child(alias, 0);
        value = ts_node_named_child(value, 0);
        if (ts_node_is_null(target) || ts_node_is_null(value)) return fe_err_at(p, items[i], "invalid syntax");
    }
    w->live = hidden(w, "live", i);
    w->mgr = hidden(w, "mgr", i);
    w->exit = hidden(w, "exit", i);
    w->exc = hidden(w, "exc", i);
    if (!w->live || !w->mgr || !w->exit || !w->exc) return fe_err_at(p, items[i], "out of memory");
    FeNode *manager = fe_expr(p, value);
    if (!manager) return NULL;
    FeNode *entered = await_call(w, attr(w, name(w, w->mgr), "__aenter__"), 0, NULL, NULL, NULL, 1);
    FeNode *bind = NULL;
    if (!ts_node_is_null(target)) {
        FeNode *t = fe_target(p, target, 0);
        if (!t) return NULL;
        bind = assign(w, t, entered);
    } else {
        bind = expr_stmt(w, entered);
    }
    /* the inner try: the body (or the next item), and the exception path */
    FeNode *inner = node(w, S_TRY);
    if (!inner) return NULL;
    if (i + 1 < n) {
        AW mine = *w; /* the next item names its own hidden locals */
        FeNode *next = item_stmt(w, items, i + 1, n, body);
        *w = mine;
        if (!next || list_of(w, &inner->u.try_.body, 1, next) < 0) return NULL;
    } else {
        inner->u.try_.body = *body;
    }
    FeHandler *h = fe_alloc(p->arena, sizeof *h);
    if (!h) return NULL;
    memset(h, 0, sizeof *h);
    h->type = name(w, "BaseException");
    h->name = w->exc;
    h->span = fe_span(p, w->at);
    FeNode *suppressed =
        await_call(w, name(w, w->exit), 3, attr(w, name(w, w->exc), "__class__"), name(w, w->exc), node(w, E_NONE), 0);
    FeNode *test = node(w, E_NOT), *reraise = node(w, S_IF), *raise = node(w, S_RAISE);
    if (!h->type || !suppressed || !test || !reraise || !raise) return NULL;
    test->u.un.operand = suppressed;
    reraise->u.if_.test = test;
    if (list_of(w, &reraise->u.if_.body, 1, raise) < 0 ||
        list_of(w, &h->body, 2, assign(w, name(w, w->live), bool_const(w, 0)), reraise) < 0)
        return NULL;
    inner->u.try_.handlers = h;
    inner->u.try_.nhandlers = 1;
    /* the outer try: enter, then the inner try; finally the normal exit */
    FeNode *outer = node(w, S_TRY), *if_live = node(w, S_IF);
    if (!outer || !if_live) return NULL;
    if (list_of(w, &outer->u.try_.body, 6, assign(w, name(w, w->live), bool_const(w, 0)),
                assign(w, name(w, w->mgr), manager), assign(w, name(w, w->exit), attr(w, name(w, w->mgr), "__aexit__")),
                bind, assign(w, name(w, w->live), bool_const(w, 1)), inner) < 0)
        return NULL;
    if_live->u.if_.test = name(w, w->live);
    FeNode *exited =
        expr_stmt(w, await_call(w, name(w, w->exit), 3, node(w, E_NONE), node(w, E_NONE), node(w, E_NONE), 0));
    if (!if_live->u.if_.test || list_of(w, &if_live->u.if_.body, 1, exited) < 0 ||
        list_of(w, &outer->u.try_.finalbody, 1, if_live) < 0)
        return NULL;
    return outer;
}

FeNode *fe_async_with(FeParse *p, TSNode n) {
    AW w = {.p = p, .at = n};
    TSNode clause;
    memset(&clause, 0, sizeof clause);
    uint32_t cnt;
    TSNode *kid = fe_children(p, n, 1, &cnt);
    for (uint32_t i = 0; i < cnt; i++)
        if (!strcmp(ts_node_type(kid[i]), "with_clause")) clause = kid[i];
    if (ts_node_is_null(clause)) return fe_err_at(p, n, "invalid syntax");
    uint32_t nitems = ts_node_named_child_count(clause);
    TSNode *items = fe_alloc(p->arena, (nitems ? nitems : 1) * sizeof *items);
    if (!items) return fe_err_at(p, n, "out of memory");
    int k = 0;
    for (uint32_t i = 0; i < nitems; i++) {
        TSNode it = ts_node_named_child(clause, i);
        if (!strcmp(ts_node_type(it), "with_item")) items[k++] = it;
    }
    if (k == 0) return fe_err_at(p, n, "invalid syntax");
    FeList body = {0};
    if (fe_sub_block(p, n, fe_field(p, n, FF_BODY), &body, "'with' statement") < 0) return NULL;
    return item_stmt(&w, items, 0, k, &body);
}
