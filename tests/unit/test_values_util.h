/* test_values_util.h — helpers for the value-model unit tests (test_values*.c): a fresh execution context
 * per test, a parser of Python literals into runtime values (so cases read like Python), and a runner for
 * table-driven cases whose expected results were produced by CPython 3.11 (test_values_gen.py).
 * Stage: tests. Each helper fails the running cmocka test on a mismatch, printing both sides. */
#ifndef PITH_TEST_VALUES_UTIL_H
#define PITH_TEST_VALUES_UTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "rt_values.h"
#include "pith_abi_fast.h"

/* ---- context fixture ---- */

static inline RtCtx *tv_ctx_new(size_t mem_limit) {
    RtCtx *x = calloc(1, sizeof *x);
    assert_non_null(x);
    rt_ctx_init(x, mem_limit);
    x->pub.fuel = 1 << 30;
    x->pub.max_depth = 1000;
    x->hash_seed = 0x1234567;
    return x;
}

static inline void tv_ctx_free(RtCtx *x) {
    rt_ctx_release_all(x);
    free(x);
}

static inline int tv_setup(void **state) {
    *state = tv_ctx_new(64 << 20);
    return 0;
}

static inline int tv_teardown(void **state) {
    tv_ctx_free(*state);
    return 0;
}

/* ---- a Python literal parser (test input only: trusted, small) ---- */

typedef struct TvParser {
    PCtx *c;       /* where the values are made */
    const char *p; /* the next character to read */
} TvParser;

static inline PV tv_parse_value(TvParser *t);

static inline void tv_skip(TvParser *t) {
    while (*t->p == ' ') t->p++;
}

static inline int tv_accept(TvParser *t, const char *s) {
    tv_skip(t);
    size_t n = strlen(s);
    if (strncmp(t->p, s, n) == 0) {
        t->p += n;
        return 1;
    }
    return 0;
}

static inline int tv_hex(const char *p, int n) {
    int v = 0;
    for (int i = 0; i < n; i++) {
        char ch = p[i];
        v = v * 16 + (ch >= '0' && ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10);
    }
    return v;
}

/* '...' or "..." with \\ \' \" \n \t \r \xNN \uNNNN \UNNNNNNNN escapes; is_bytes keeps raw bytes. */
static inline PV tv_parse_string(TvParser *t, int is_bytes) {
    char q = *t->p++;
    char buf[4096];
    size_t n = 0;
    while (*t->p && *t->p != q) {
        if (*t->p != '\\') {
            buf[n++] = *t->p++;
            continue;
        }
        t->p++;
        char e = *t->p++;
        uint32_t cp;
        switch (e) {
        case 'n': buf[n++] = '\n'; break;
        case 't': buf[n++] = '\t'; break;
        case 'r': buf[n++] = '\r'; break;
        case 'x':
            cp = (uint32_t)tv_hex(t->p, 2);
            t->p += 2;
            if (is_bytes)
                buf[n++] = (char)cp;
            else
                n += (size_t)rt_utf8_encode(cp, buf + n);
            break;
        case 'u':
            cp = (uint32_t)tv_hex(t->p, 4);
            t->p += 4;
            n += (size_t)rt_utf8_encode(cp, buf + n);
            break;
        case 'U':
            cp = (uint32_t)tv_hex(t->p, 8);
            t->p += 8;
            n += (size_t)rt_utf8_encode(cp, buf + n);
            break;
        default: buf[n++] = e; break;
        }
    }
    t->p++;
    return is_bytes ? rt_bytes_const(t->c, buf, (pi64)n) : rt_str_new(t->c, buf, (pi64)n);
}

static inline PV tv_parse_number(TvParser *t) {
    const char *s = t->p;
    if (*t->p == '-' || *t->p == '+') t->p++;
    int is_float = 0;
    if (strncmp(t->p, "inf", 3) == 0 || strncmp(t->p, "nan", 3) == 0) {
        t->p += 3;
        is_float = 1;
    }
    while ((*t->p >= '0' && *t->p <= '9') || *t->p == '.' || *t->p == 'e' || *t->p == 'E' || *t->p == 'x' ||
           ((*t->p == '-' || *t->p == '+') && (t->p[-1] == 'e' || t->p[-1] == 'E'))) {
        if (*t->p == '.' || *t->p == 'e' || *t->p == 'E') is_float = 1;
        t->p++;
    }
    char tmp[8192];
    size_t n = (size_t)(t->p - s);
    memcpy(tmp, s, n);
    tmp[n] = 0;
    if (is_float) return rt_float_new(t->c, strtod(tmp, NULL));
    return rt_int_from_text(t->c, tmp, 0);
}

/* Items up to the closing bracket into out (new refs); returns the count; *trailing_comma set. */
static inline pi64 tv_parse_items(TvParser *t, char close, PV *out, int *trailing_comma) {
    pi64 n = 0;
    *trailing_comma = 0;
    while (!tv_accept(t, (char[]){close, 0})) {
        out[n++] = tv_parse_value(t);
        *trailing_comma = tv_accept(t, ",");
    }
    return n;
}

static inline PV tv_parse_value(TvParser *t) {
    PV items[1024]; /* enough for the longest literal in the tables */
    int comma;
    tv_skip(t);
    if (tv_accept(t, "None")) return PV_NONE;
    if (tv_accept(t, "True")) return PV_TRUE;
    if (tv_accept(t, "False")) return PV_FALSE;
    if (tv_accept(t, "range(")) {
        pi64 n = tv_parse_items(t, ')', items, &comma), v[3] = {0, 0, 1};
        for (pi64 i = 0; i < n; i++) rt_int_to_i64(items[i], &v[n == 1 ? 1 : i]);
        return rt_range_new(t->c, v[0], v[1], v[2]);
    }
    if (tv_accept(t, "slice(")) {
        pi64 n = tv_parse_items(t, ')', items, &comma);
        PV s = rt_slice_new(t->c, n > 1 ? items[0] : PV_NONE, n > 1 ? items[1] : items[0], n > 2 ? items[2] : PV_NONE);
        for (pi64 i = 0; i < n; i++) pv_decref(t->c, items[i]);
        return s;
    }
    if (*t->p == 'b' && (t->p[1] == '\'' || t->p[1] == '"')) {
        t->p++;
        return tv_parse_string(t, 1);
    }
    if (*t->p == '\'' || *t->p == '"') return tv_parse_string(t, 0);
    if (tv_accept(t, "[")) return rt_list_from_steal(t->c, items, tv_parse_items(t, ']', items, &comma));
    if (tv_accept(t, "(")) {
        pi64 n = tv_parse_items(t, ')', items, &comma);
        if (n == 1 && !comma) return items[0]; /* parenthesised value */
        return rt_tuple_from_steal(t->c, items, n);
    }
    if (tv_accept(t, "{")) {
        pi64 n = 0;
        while (!tv_accept(t, "}")) {
            items[n++] = tv_parse_value(t);
            tv_accept(t, ":");
            items[n++] = tv_parse_value(t);
            tv_accept(t, ",");
        }
        return rt_dict_from_steal(t->c, items, n / 2);
    }
    return tv_parse_number(t);
}

static inline PV tv_lit(PCtx *c, const char *text) {
    TvParser t = {c, text};
    PV v = tv_parse_value(&t);
    assert_non_null((void *)(uintptr_t)v);
    return v;
}

/* ---- results as text ---- */

/* repr(v) into buf, or "!Type: message" when v is PV_NULL (the pending exception is consumed). */
static inline void tv_show(PCtx *c, PV v, char *buf, size_t cap) {
    if (!v) {
        PV e = rt_exc_fetch(c);
        assert_true(e != PV_NULL);
        PV m = rt_exc_message(c, e);
        assert_non_null((void *)(uintptr_t)m);
        snprintf(buf, cap, "!%s: %s", rt_exc_type_name(e), rt_strp(m)->data);
        pv_decref(c, m);
        pv_xdecref(c, e);
        return;
    }
    PV r = rt_repr(c, v);
    assert_non_null((void *)(uintptr_t)r);
    snprintf(buf, cap, "%s", rt_strp(r)->data);
    pv_decref(c, r);
}

static inline void tv_expect(const char *what, const char *got, const char *want) {
    if (strcmp(got, want) != 0) {
        print_error("case %s\n   got: %s\n  want: %s\n", what, got, want);
        fail();
    }
}

/* Assert that repr(v) is want (v is consumed). */
static inline void tv_check_repr(PCtx *c, PV v, const char *want) {
    char buf[8192];
    tv_show(c, v, buf, sizeof buf);
    tv_expect("repr", buf, want);
    pv_xdecref(c, v);
}

/* Assert that the pending exception is exc_id with message msg (and clear it). */
static inline void tv_check_exc(PCtx *c, const char *want) {
    char buf[1024];
    tv_show(c, PV_NULL, buf, sizeof buf);
    tv_expect("exception", buf, want);
}

/* ---- table-driven cases (expectations generated by CPython: test_values_gen.py) ---- */

typedef struct TvCase {
    const char *kind; /* bin, ibin, cmp, un, get, set, del, in, meth, repr, str, len, bool, hash, iter, attr, unpack,
                          format (format(a, op)) */
    const char *a;    /* the subject, a Python literal */
    const char *op;   /* operator / method name / attribute (kind dependent) */
    const char *args; /* a Python literal: the other operand, or a tuple of method arguments */
    const char *kw;   /* method keywords as a dict literal, or NULL */
    const char *want; /* CPython's answer: repr of the result (and "| repr(a)" after mutations) or "!Exc: msg" */
} TvCase;

static inline int tv_op_code(const char *op, const char *const *names, int n) {
    for (int i = 0; i < n; i++)
        if (strcmp(op, names[i]) == 0) return i;
    fail_msg("unknown operator %s", op);
    return -1;
}

static const char *const tv_binops[] = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"};
static const char *const tv_cmpops[] = {"<", "<=", "==", "!=", ">", ">="};
static const char *const tv_unops[] = {"-", "+", "~"};

/* The result of one case as text, like the generator prints it. */
static inline void tv_eval(PCtx *c, const TvCase *k, char *out, size_t cap) {
    PV a = tv_lit(c, k->a), b = k->args ? tv_lit(c, k->args) : PV_NULL, r = PV_NULL;
    int mutated = 0;
    char tail[4096] = "";
    if (!strcmp(k->kind, "bin"))
        r = rt_binop(c, tv_op_code(k->op, tv_binops, 13), a, b);
    else if (!strcmp(k->kind, "ibin")) {
        r = rt_inplace(c, tv_op_code(k->op, tv_binops, 13), a, b);
        mutated = 1;
    } else if (!strcmp(k->kind, "cmp"))
        r = rt_compare(c, tv_op_code(k->op, tv_cmpops, 6), a, b);
    else if (!strcmp(k->kind, "un"))
        r = rt_unop(c, tv_op_code(k->op, tv_unops, 3), a);
    else if (!strcmp(k->kind, "get"))
        r = rt_getitem(c, a, b);
    else if (!strcmp(k->kind, "in")) {
        int t = rt_contains(c, a, b);
        r = t < 0 ? PV_NULL : PV_BOOL(t);
    } else if (!strcmp(k->kind, "repr"))
        r = rt_repr(c, a);
    else if (!strcmp(k->kind, "str"))
        r = rt_str(c, a);
    else if (!strcmp(k->kind, "len")) {
        pi64 n = rt_len(c, a);
        r = n < 0 ? PV_NULL : rt_int_from_i64(c, n);
    } else if (!strcmp(k->kind, "bool")) {
        int t = rt_truth(c, a);
        r = t < 0 ? PV_NULL : PV_BOOL(t);
    } else if (!strcmp(k->kind, "hash")) {
        pu64 h;
        r = rt_hash(c, a, &h) < 0 ? PV_NULL : rt_int_from_i64(c, (pi64)h);
    } else if (!strcmp(k->kind, "format")) {
        PV sp = rt_str_cstr(c, k->op);
        r = rt_format(c, a, sp);
        pv_decref(c, sp);
    } else if (!strcmp(k->kind, "attr")) {
        PV n = rt_str_cstr(c, k->op);
        r = rt_getattr(c, a, n);
        pv_decref(c, n);
    } else if (!strcmp(k->kind, "iter"))
        r = rt_seq_to_list(c, a);
    else if (!strcmp(k->kind, "set") || !strcmp(k->kind, "del")) {
        PV key = tv_lit(c, k->op);
        int rc = !strcmp(k->kind, "set") ? rt_setitem(c, a, key, b) : rt_delitem(c, a, key);
        pv_decref(c, key);
        r = rc < 0 ? PV_NULL : PV_NONE;
        mutated = 1;
    } else if (!strcmp(k->kind, "unpack")) {
        pi64 n = 0;
        rt_int_to_i64(b, &n);
        PV items[16];
        r = rt_unpack(c, a, n, items) < 0 ? PV_NULL : rt_tuple_from_steal(c, items, n);
    } else if (!strcmp(k->kind, "meth")) {
        PV argv[16], name = rt_str_cstr(c, k->op), kwn = PV_NULL;
        pi64 n = 0, nkw = 0;
        rt_seq_items(b, &n);
        for (pi64 i = 0; i < n; i++) argv[i] = ((RtTuple *)b)->items[i];
        PV kwd = k->kw ? tv_lit(c, k->kw) : PV_NULL;
        if (kwd) {
            RtDict *d = (RtDict *)kwd;
            PV names[8];
            pi64 pos = 0;
            PV kk, vv;
            while (rt_dict_next_entry(d, &pos, &kk, &vv)) {
                names[nkw] = kk;
                pv_incref(kk);
                argv[n + nkw++] = vv;
            }
            kwn = rt_tuple_from_steal(c, names, nkw);
        }
        r = rt_call_method(c, a, name, argv, (int)(n + nkw), kwn);
        pv_xdecref(c, kwn);
        pv_xdecref(c, kwd);
        pv_decref(c, name);
        mutated = 1;
    } else {
        fail_msg("unknown case kind %s", k->kind);
    }
    tv_show(c, r, out, cap);
    if (mutated) {
        tv_show(c, a, tail, sizeof tail);
        snprintf(out + strlen(out), cap - strlen(out), " | %s", tail);
    }
    pv_xdecref(c, r);
    pv_decref(c, a);
    pv_xdecref(c, b);
}

/* Run every case of a table; report all mismatches (and any case that leaks a reference: each case must
 * give back every byte it used), then fail if any. */
static inline void tv_run_cases(PCtx *c, const TvCase *cases, size_t n) {
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        char got[8192];
        size_t live = RT_CTX(c)->mem_live;
        tv_eval(c, &cases[i], got, sizeof got);
        if (RT_CTX(c)->mem_live != live) {
            print_error("case %zu: %s %s %s %s leaks %zd bytes\n", i, cases[i].kind, cases[i].a,
                        cases[i].op ? cases[i].op : "", cases[i].args ? cases[i].args : "",
                        (ptrdiff_t)(RT_CTX(c)->mem_live - live));
            bad++;
        }
        if (strcmp(got, cases[i].want) != 0) {
            print_error("case %zu: %s %s %s %s %s\n   got: %s\n  want: %s\n", i, cases[i].kind, cases[i].a,
                        cases[i].op ? cases[i].op : "", cases[i].args ? cases[i].args : "",
                        cases[i].kw ? cases[i].kw : "", got, cases[i].want);
            bad++;
        }
        assert_false(rt_exc_pending(c));
    }
    if (bad) fail_msg("%d of %zu cases differ from CPython", bad, n);
}

#endif
