/* test_exc_builtins.c — cmocka tests of the runtime services: exceptions (matching across the hierarchy,
 * chaining, str/repr), CPython-3.11 traceback text, argument binding messages, and the builtins (int()/float()
 * parsing, min/max/sum, isinstance/type, print). Stage: tests. Every expected string was produced by
 * python3 (CPython 3.11.7) for the same call. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "rt_ctx.h"
#include "pith_abi_fast.h"

/* ---------------------------------------------------------------- fixtures and helpers */

static int setup(void **state) {
    RtCtx *x = calloc(1, sizeof *x);
    if (!x) return -1;
    rt_ctx_init(x, 0);
    x->pub.fuel = 1 << 30;
    x->pub.max_depth = 1000;
    *state = x;
    return 0;
}

static int teardown(void **state) {
    RtCtx *x = *state;
    rt_ctx_release_all(x);
    pith_buf_free(&x->out);
    free(x);
    return 0;
}

#define CTX(state) (&((RtCtx *)*(state))->pub)

#include "test_rt_util.h"

/* repr(v) must equal want; v is released. */
static void check_repr(PCtx *c, PV v, const char *want) {
    if (!v) {
        PV e = rt_exc_fetch(c);
        PV m = e ? rt_exc_message(c, e) : PV_NULL;
        fail_msg("expected %s, got exception %s: %s", want, e ? rt_exc_type_name(e) : "?",
                 m ? ((RtStr *)m)->data : "?");
    }
    PV r = rt_repr(c, v);
    assert_true(r != PV_NULL);
    assert_string_equal(((RtStr *)r)->data, want);
    pv_decref(c, r);
    pv_decref(c, v);
}

/* The call failed with exactly "Type: message" (message empty: just the type). */
static void check_err(PCtx *c, PV result, const char *type, const char *msg) {
    if (result) {
        PV r = rt_repr(c, result);
        fail_msg("expected %s: %s, got value %s", type, msg, r ? ((RtStr *)r)->data : "?");
    }
    PV e = rt_exc_fetch(c);
    assert_true(e != PV_NULL);
    assert_string_equal(rt_exc_type_name(e), type);
    PV m = rt_exc_message(c, e);
    assert_true(m != PV_NULL);
    assert_string_equal(((RtStr *)m)->data, msg);
    pv_decref(c, m);
    pv_decref(c, e);
}

static PV call1(PCtx *c, int id, PV a) {
    PV args[1] = {a};
    return rt_call_builtin(c, id, args, 1, PV_NULL);
}

static PV call2(PCtx *c, int id, PV a, PV b) {
    PV args[2] = {a, b};
    return rt_call_builtin(c, id, args, 2, PV_NULL);
}

static PV exc_of(PCtx *c, int id, PV arg) {
    PV args[1] = {arg};
    PV e = rt_call_builtin(c, id, args, arg ? 1 : 0, PV_NULL);
    assert_true(e != PV_NULL);
    return e;
}

/* ---------------------------------------------------------------- exceptions */

static void test_exc_str_repr(void **state) {
    PCtx *c = CTX(state);
    PV x = S(c, "x"), k = S(c, "k");
    PV e0 = exc_of(c, PITH_B_VALUEERROR, PV_NULL);
    check_repr(c, rt_exc_message(c, e0), "''");
    check_repr(c, rt_exc_repr(c, e0), "'ValueError()'");
    PV e1 = exc_of(c, PITH_B_VALUEERROR, x);
    check_repr(c, rt_exc_message(c, e1), "'x'");
    check_repr(c, rt_exc_repr(c, e1), "\"ValueError('x')\"");
    PV args2[2] = {x, PV_INT(2)};
    PV e2 = rt_call_builtin(c, PITH_B_VALUEERROR, args2, 2, PV_NULL);
    check_repr(c, rt_exc_message(c, e2), "\"('x', 2)\"");
    check_repr(c, rt_exc_repr(c, e2), "\"ValueError('x', 2)\"");
    PV ke = exc_of(c, PITH_B_KEYERROR, k);
    check_repr(c, rt_exc_message(c, ke), "\"'k'\"");
    check_repr(c, rt_exc_repr(c, ke), "\"KeyError('k')\"");
    PV k1 = exc_of(c, PITH_B_KEYERROR, PV_INT(1));
    check_repr(c, rt_exc_message(c, k1), "'1'");
    /* nested: str(ValueError(ValueError('y'))) == 'y' */
    PV y = S(c, "y");
    PV inner = exc_of(c, PITH_B_VALUEERROR, y);
    PV outer = exc_of(c, PITH_B_VALUEERROR, inner);
    check_repr(c, rt_exc_message(c, outer), "'y'");
    check_repr(c, rt_exc_repr(c, outer), "\"ValueError(ValueError('y'))\"");
    /* e.args and an unknown attribute */
    PV an = S(c, "args"), fo = S(c, "foo");
    check_repr(c, rt_getattr(c, e2, an), "('x', 2)");
    check_err(c, rt_getattr(c, e2, fo), "AttributeError", "'ValueError' object has no attribute 'foo'");
    /* StopIteration().value */
    PV si = exc_of(c, PITH_B_STOPITERATION, PV_INT(5));
    PV vn = S(c, "value");
    check_repr(c, rt_getattr(c, si, vn), "5");
    /* keyword arguments are refused */
    PV kw = names(c, 1, "x");
    PV a1[1] = {PV_INT(1)};
    check_err(c, rt_call_builtin(c, PITH_B_VALUEERROR, a1, 1, kw), "TypeError",
              "ValueError() takes no keyword arguments");
    PV objs[] = {x, k, e0, e1, e2, ke, k1, y, inner, outer, an, fo, si, vn, kw};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) pv_decref(c, objs[i]);
}

static void test_exc_matching(void **state) {
    PCtx *c = CTX(state);
    PV zde = rt_builtin(c, PITH_B_ZERODIVISIONERROR), arith = rt_builtin(c, PITH_B_ARITHMETICERROR);
    PV exc = rt_builtin(c, PITH_B_EXCEPTION), base = rt_builtin(c, PITH_B_BASEEXCEPTION);
    PV val = rt_builtin(c, PITH_B_VALUEERROR), key = rt_builtin(c, PITH_B_KEYERROR);
    PV look = rt_builtin(c, PITH_B_LOOKUPERROR), intc = rt_builtin(c, PITH_B_INT);
    PV kbi = rt_builtin(c, PITH_B_KEYBOARDINTERRUPT);

    rt_raise(c, zde); /* a class is instantiated */
    assert_true(rt_exc_pending(c));
    assert_int_equal(rt_exc_matches(c, zde), 1);
    assert_int_equal(rt_exc_matches(c, arith), 1);
    assert_int_equal(rt_exc_matches(c, exc), 1);
    assert_int_equal(rt_exc_matches(c, base), 1);
    assert_int_equal(rt_exc_matches(c, val), 0);
    assert_int_equal(rt_exc_matches(c, look), 0);
    PV t1 = tuple_of(c, 2, val, arith);
    PV t2 = tuple_of(c, 2, val, key);
    PV empty = tuple_of(c, 0);
    assert_int_equal(rt_exc_matches(c, t1), 1);
    assert_int_equal(rt_exc_matches(c, t2), 0);
    assert_int_equal(rt_exc_matches(c, empty), 0);
    /* KeyboardInterrupt is a BaseException, not an Exception */
    pv_decref(c, rt_exc_fetch(c));
    rt_raise(c, kbi);
    assert_int_equal(rt_exc_matches(c, exc), 0);
    assert_int_equal(rt_exc_matches(c, base), 1);
    /* KeyError is a LookupError */
    pv_decref(c, rt_exc_fetch(c));
    rt_raise(c, key);
    assert_int_equal(rt_exc_matches(c, look), 1);
    assert_int_equal(rt_exc_matches(c, val), 0);

    /* a non-class: TypeError whose __context__ is the exception being matched (CPython 3.11) */
    PV orig = rt_exc_fetch(c);
    pv_incref(orig);
    rt_exc_restore(c, orig);
    assert_int_equal(rt_exc_matches(c, intc), -1);
    PV te = rt_exc_fetch(c);
    assert_string_equal(rt_exc_type_name(te), "TypeError");
    assert_true(((RtExc *)te)->context == orig);
    check_repr(c, rt_exc_message(c, te), "'catching classes that do not inherit from BaseException is not allowed'");
    pv_decref(c, te);
    /* ... also when only one tuple item is bad, even if an earlier one matches */
    pv_incref(orig);
    rt_exc_restore(c, orig);
    PV t3 = tuple_of(c, 2, key, PV_INT(5));
    assert_int_equal(rt_exc_matches(c, t3), -1);
    check_err(c, PV_NULL, "TypeError", "catching classes that do not inherit from BaseException is not allowed");
    /* nested tuples are not allowed in except clauses */
    pv_incref(orig);
    rt_exc_restore(c, orig);
    PV t4 = tuple_of(c, 2, val, t2);
    assert_int_equal(rt_exc_matches(c, t4), -1);
    pv_decref(c, rt_exc_fetch(c));

    /* a limit stop matches nothing */
    pv_incref(orig);
    rt_exc_restore(c, orig);
    RT_CTX(c)->limit = RT_LIMIT_TIME;
    assert_int_equal(rt_exc_matches(c, base), 0);
    RT_CTX(c)->limit = RT_LIMIT_NONE;
    pv_decref(c, rt_exc_fetch(c));
    pv_decref(c, orig);

    /* raising a non-exception */
    rt_raise(c, PV_INT(5));
    check_err(c, PV_NULL, "TypeError", "exceptions must derive from BaseException");
    rt_raise(c, intc);
    check_err(c, PV_NULL, "TypeError", "exceptions must derive from BaseException");
    rt_raise(c, PV_NULL); /* bare raise with nothing handled */
    check_err(c, PV_NULL, "RuntimeError", "No active exception to reraise");
    assert_int_equal(rt_raise_from(c, val, PV_INT(5)), -1);
    check_err(c, PV_NULL, "TypeError", "exception causes must derive from BaseException");

    PV objs[] = {zde, arith, exc, base, val, key, look, intc, kbi, t1, t2, t3, t4, empty};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) pv_decref(c, objs[i]);
}

static void test_exc_chaining(void **state) {
    PCtx *c = CTX(state);
    PV val = rt_builtin(c, PITH_B_VALUEERROR), key = rt_builtin(c, PITH_B_KEYERROR);
    /* raise inside an except block: __context__ is the handled exception */
    rt_raise(c, val);
    PV first = rt_exc_fetch(c);
    rt_exc_set_handled(c, first);
    assert_true(rt_exc_current(c) == first);
    rt_raise(c, key);
    PV second = rt_exc_fetch(c);
    assert_true(((RtExc *)second)->context == first);
    assert_true(((RtExc *)second)->cause == PV_NULL);
    /* re-raising the handled exception does not chain it to itself */
    rt_raise(c, rt_exc_current(c));
    PV again = rt_exc_fetch(c);
    assert_true(again == first);
    assert_true(((RtExc *)first)->context == PV_NULL);
    pv_decref(c, again);
    /* raise ... from e sets the cause and suppresses the context */
    assert_int_equal(rt_raise_from(c, key, first), -1);
    PV third = rt_exc_fetch(c);
    assert_true(((RtExc *)third)->cause == first);
    assert_int_equal(((RtExc *)third)->suppress_context, 1);
    /* raise ... from None */
    assert_int_equal(rt_raise_from(c, key, PV_NONE), -1);
    PV fourth = rt_exc_fetch(c);
    assert_true(((RtExc *)fourth)->cause == PV_NULL);
    assert_int_equal(((RtExc *)fourth)->suppress_context, 1);
    /* no cycle: raising `first` while handling `second` (whose context is first) cuts first out */
    rt_exc_set_handled(c, second);
    rt_raise(c, first);
    PV back = rt_exc_fetch(c);
    assert_true(back == first);
    assert_true(((RtExc *)first)->context == second);
    assert_true(((RtExc *)second)->context == PV_NULL);
    pv_decref(c, back);
    rt_exc_set_handled(c, PV_NULL);
    assert_true(rt_exc_current(c) == PV_NULL);
    /* a longer chain: handling d (context c2 -> b -> a), raising a cuts a out of b */
    {
        PV cls = rt_builtin(c, PITH_B_INDEXERROR);
        PV a = rt_exc_new(c, PITH_B_INDEXERROR, PV_NULL), b = rt_exc_new(c, PITH_B_INDEXERROR, PV_NULL);
        PV c2 = rt_exc_new(c, PITH_B_INDEXERROR, PV_NULL), d = rt_exc_new(c, PITH_B_INDEXERROR, PV_NULL);
        rt_exc_set_handled(c, a);
        rt_raise(c, b);
        pv_decref(c, rt_exc_fetch(c));
        rt_exc_set_handled(c, b);
        rt_raise(c, c2);
        pv_decref(c, rt_exc_fetch(c));
        rt_exc_set_handled(c, c2);
        rt_raise(c, d);
        pv_decref(c, rt_exc_fetch(c));
        assert_true(((RtExc *)d)->context == c2 && ((RtExc *)c2)->context == b && ((RtExc *)b)->context == a);
        rt_exc_set_handled(c, d);
        rt_raise(c, a);
        pv_decref(c, rt_exc_fetch(c));
        assert_true(((RtExc *)a)->context == d);
        assert_true(((RtExc *)b)->context == PV_NULL);
        assert_true(((RtExc *)c2)->context == b);
        /* a pre-existing cycle that does not pass through the raised exception ends the walk */
        pv_incref(c2);
        ((RtExc *)b)->context = c2; /* b -> c2 -> b */
        rt_exc_set_handled(c, c2);
        PV e = rt_exc_new(c, PITH_B_INDEXERROR, PV_NULL);
        rt_raise(c, e);
        pv_decref(c, rt_exc_fetch(c));
        assert_true(((RtExc *)e)->context == c2);
        rt_exc_set_handled(c, PV_NULL);
        pv_decref(c, ((RtExc *)b)->context); /* break the cycle again */
        ((RtExc *)b)->context = PV_NULL;
        PV objs2[] = {cls, a, b, c2, d, e};
        for (size_t i = 0; i < sizeof objs2 / sizeof objs2[0]; i++) pv_decref(c, objs2[i]);
    }
    /* rt_err while handling chains too */
    rt_exc_set_handled(c, third);
    rt_err(c, PITH_B_TYPEERROR, "boom %d", 7);
    PV fifth = rt_exc_fetch(c);
    assert_true(((RtExc *)fifth)->context == third);
    rt_exc_set_handled(c, PV_NULL);
    PV objs[] = {val, key, first, second, third, fourth, fifth};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) pv_decref(c, objs[i]);
}

static void test_err_helpers(void **state) {
    PCtx *c = CTX(state);
    PV x = S(c, "x");
    rt_err_name(c, x);
    check_err(c, PV_NULL, "NameError", "name 'x' is not defined");
    rt_err_unbound_local(c, x);
    check_err(c, PV_NULL, "UnboundLocalError",
              "cannot access local variable 'x' where it is not associated with a value");
    rt_err_recursion(c);
    check_err(c, PV_NULL, "RecursionError", "maximum recursion depth exceeded");
    assert_int_equal(rt_assert_fail(c, PV_NULL), -1);
    check_err(c, PV_NULL, "AssertionError", "");
    assert_int_equal(rt_assert_fail(c, x), -1);
    check_err(c, PV_NULL, "AssertionError", "x");
    /* rt_err's directives */
    PV l = rt_list_new(c, 0);
    rt_list_append(c, l, x);
    rt_err(c, PITH_B_VALUEERROR, "%s|%d|%ld|%lld|%zd|%c|%R|%S|%T|%.3s|%%|%g", "a", -1, 2L, 3LL, (ptrdiff_t)4, 'z', x, x,
           l, "abcdef", 0.5);
    check_err(c, PV_NULL, "ValueError", "a|-1|2|3|4|z|'x'|x|list|abc|%|0.5");
    /* MemoryError needs no memory */
    rt_err_nomem(c);
    check_err(c, PV_NULL, "MemoryError", "");
    pv_decref(c, l);
    pv_decref(c, x);
}

static void test_nomem_at_limit(void **state) {
    PCtx *c = CTX(state);
    RtCtx *x = RT_CTX(c);
    size_t saved = x->mem_limit;
    x->mem_limit = x->mem_live; /* every further allocation fails */
    PV l = rt_list_new(c, 1000);
    assert_true(l == PV_NULL);
    PV e = rt_exc_fetch(c);
    assert_true(e != PV_NULL);
    assert_string_equal(rt_exc_type_name(e), "MemoryError");
    pv_decref(c, e);
    x->mem_limit = saved;
    x->limit = RT_LIMIT_NONE;
}

/* ---------------------------------------------------------------- tracebacks */

static const char *const no_params[] = {NULL};
static const PFuncDesc d_module = {.name = "<module>",
                                   .qualname = "<module>",
                                   .nparams = 0,
                                   .npositional = 0,
                                   .ndefaults = 0,
                                   .param_names = no_params,
                                   .nslots = 0,
                                   .direct = NULL,
                                   .step = NULL,
                                   .id = 0};
static const PFuncDesc d_f = {.name = "f",
                              .qualname = "f",
                              .nparams = 0,
                              .npositional = 0,
                              .ndefaults = 0,
                              .param_names = no_params,
                              .nslots = 0,
                              .direct = NULL,
                              .step = NULL,
                              .id = 1};
static const PFuncDesc d_g = {.name = "g",
                              .qualname = "g",
                              .nparams = 0,
                              .npositional = 0,
                              .ndefaults = 0,
                              .param_names = no_params,
                              .nslots = 0,
                              .direct = NULL,
                              .step = NULL,
                              .id = 2};
static const PFuncDesc d_h = {.name = "h",
                              .qualname = "h",
                              .nparams = 0,
                              .npositional = 0,
                              .ndefaults = 0,
                              .param_names = no_params,
                              .nslots = 0,
                              .direct = NULL,
                              .step = NULL,
                              .id = 3};

static void check_tb(PCtx *c, PV exc, const char *file, const char *src, const char *want) {
    char *t = rt_exc_format(c, exc, file, src, src ? strlen(src) : 0);
    assert_non_null(t);
    assert_string_equal(t, want);
    free(t);
}

static void test_traceback_context(void **state) {
    PCtx *c = CTX(state);
    const char *src = "def f(x):\n    g(x)\n\ndef g(x):\n        raise ValueError(x)\ntry:\n    f(1)\n"
                      "except ValueError as e:\n    raise KeyError(\"k\")\n";
    PV one = PV_INT(1);
    PV v = exc_of(c, PITH_B_VALUEERROR, one);
    rt_raise(c, v);
    rt_tb_add(c, &d_g, 5); /* unwinding: innermost first */
    rt_tb_add(c, &d_f, 2);
    rt_tb_add(c, &d_module, 7);
    PV caught = rt_exc_fetch(c);
    rt_exc_set_handled(c, caught);
    PV k = S(c, "k");
    PV ke = exc_of(c, PITH_B_KEYERROR, k);
    rt_raise(c, ke);
    rt_tb_add(c, &d_module, 9);
    PV e = rt_exc_fetch(c);
    rt_exc_set_handled(c, PV_NULL);
    check_tb(c, e, "/tmp/tb/a.py", src,
             "Traceback (most recent call last):\n"
             "  File \"/tmp/tb/a.py\", line 7, in <module>\n"
             "    f(1)\n"
             "  File \"/tmp/tb/a.py\", line 2, in f\n"
             "    g(x)\n"
             "  File \"/tmp/tb/a.py\", line 5, in g\n"
             "    raise ValueError(x)\n"
             "ValueError: 1\n"
             "\n"
             "During handling of the above exception, another exception occurred:\n"
             "\n"
             "Traceback (most recent call last):\n"
             "  File \"/tmp/tb/a.py\", line 9, in <module>\n"
             "    raise KeyError(\"k\")\n"
             "KeyError: 'k'\n");
    /* without source text only the File lines are shown */
    check_tb(c, caught, "x.py", NULL,
             "Traceback (most recent call last):\n"
             "  File \"x.py\", line 7, in <module>\n"
             "  File \"x.py\", line 2, in f\n"
             "  File \"x.py\", line 5, in g\n"
             "ValueError: 1\n");
    assert_false(rt_exc_pending(c));
    PV objs[] = {v, caught, k, ke, e};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) pv_decref(c, objs[i]);
}

static void test_traceback_cause(void **state) {
    PCtx *c = CTX(state);
    const char *src = "def h():\n    raise KeyError()\ntry:\n    h()\nexcept KeyError as e:\n"
                      "    raise ValueError(\"bad\", 2) from e\n";
    PV key = rt_builtin(c, PITH_B_KEYERROR);
    rt_raise(c, key);
    rt_tb_add(c, &d_h, 2);
    rt_tb_add(c, &d_module, 4);
    PV cause = rt_exc_fetch(c);
    rt_exc_set_handled(c, cause);
    PV bad = S(c, "bad");
    PV args[2] = {bad, PV_INT(2)};
    PV ve = rt_call_builtin(c, PITH_B_VALUEERROR, args, 2, PV_NULL);
    rt_raise_from(c, ve, cause);
    rt_tb_add(c, &d_module, 6);
    PV e = rt_exc_fetch(c);
    rt_exc_set_handled(c, PV_NULL);
    check_tb(c, e, "/tmp/tb/d.py", src,
             "Traceback (most recent call last):\n"
             "  File \"/tmp/tb/d.py\", line 4, in <module>\n"
             "    h()\n"
             "  File \"/tmp/tb/d.py\", line 2, in h\n"
             "    raise KeyError()\n"
             "KeyError\n"
             "\n"
             "The above exception was the direct cause of the following exception:\n"
             "\n"
             "Traceback (most recent call last):\n"
             "  File \"/tmp/tb/d.py\", line 6, in <module>\n"
             "    raise ValueError(\"bad\", 2) from e\n"
             "ValueError: ('bad', 2)\n");
    /* from None: the context is not shown */
    rt_exc_set_handled(c, cause);
    rt_raise_from(c, ve, PV_NONE);
    PV e2 = rt_exc_fetch(c);
    rt_exc_set_handled(c, PV_NULL);
    check_tb(c, e2, "d.py", NULL,
             "Traceback (most recent call last):\n"
             "  File \"d.py\", line 6, in <module>\n"
             "ValueError: ('bad', 2)\n");
    PV objs[] = {key, cause, bad, ve, e, e2};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) pv_decref(c, objs[i]);
}

static void test_traceback_recursion(void **state) {
    PCtx *c = CTX(state);
    const char *src = "def f(n):\n    f(n + 1)\nf(0)\n";
    rt_err_recursion(c);
    for (int i = 0; i < 999; i++) rt_tb_add(c, &d_f, 2);
    rt_tb_add(c, &d_module, 3);
    PV e = rt_exc_fetch(c);
    check_tb(c, e, "/tmp/tb/b.py", src,
             "Traceback (most recent call last):\n"
             "  File \"/tmp/tb/b.py\", line 3, in <module>\n"
             "    f(0)\n"
             "  File \"/tmp/tb/b.py\", line 2, in f\n"
             "    f(n + 1)\n"
             "  File \"/tmp/tb/b.py\", line 2, in f\n"
             "    f(n + 1)\n"
             "  File \"/tmp/tb/b.py\", line 2, in f\n"
             "    f(n + 1)\n"
             "  [Previous line repeated 996 more times]\n"
             "RecursionError: maximum recursion depth exceeded\n");
    pv_decref(c, e);
    /* more than 1000 entries: only the innermost 1000 are shown (sys.setrecursionlimit(1500) in CPython) */
    const char *src2 = "import sys\nsys.setrecursionlimit(1500)\ndef f(n):\n    f(n + 1)\nf(0)\n";
    rt_err_recursion(c);
    for (int i = 0; i < 1499; i++) rt_tb_add(c, &d_f, 4);
    rt_tb_add(c, &d_module, 5);
    e = rt_exc_fetch(c);
    check_tb(c, e, "/tmp/tb/c.py", src2,
             "Traceback (most recent call last):\n"
             "  File \"/tmp/tb/c.py\", line 4, in f\n"
             "    f(n + 1)\n"
             "  File \"/tmp/tb/c.py\", line 4, in f\n"
             "    f(n + 1)\n"
             "  File \"/tmp/tb/c.py\", line 4, in f\n"
             "    f(n + 1)\n"
             "  [Previous line repeated 997 more times]\n"
             "RecursionError: maximum recursion depth exceeded\n");
    pv_decref(c, e);
    /* a short run of repeats, then a different entry */
    const char *src3 = "def f(n):\n    if n:\n        f(n - 1)\n    else:\n        raise IndexError\nf(5)\n";
    PV ie = rt_builtin(c, PITH_B_INDEXERROR);
    rt_raise(c, ie);
    rt_tb_add(c, &d_f, 5);
    for (int i = 0; i < 5; i++) rt_tb_add(c, &d_f, 3);
    rt_tb_add(c, &d_module, 6);
    e = rt_exc_fetch(c);
    check_tb(c, e, "/tmp/tb/e.py", src3,
             "Traceback (most recent call last):\n"
             "  File \"/tmp/tb/e.py\", line 6, in <module>\n"
             "    f(5)\n"
             "  File \"/tmp/tb/e.py\", line 3, in f\n"
             "    f(n - 1)\n"
             "  File \"/tmp/tb/e.py\", line 3, in f\n"
             "    f(n - 1)\n"
             "  File \"/tmp/tb/e.py\", line 3, in f\n"
             "    f(n - 1)\n"
             "  [Previous line repeated 2 more times]\n"
             "  File \"/tmp/tb/e.py\", line 5, in f\n"
             "    raise IndexError\n"
             "IndexError\n");
    pv_decref(c, e);
    pv_decref(c, ie);
}

static void test_traceback_source_lines(void **state) {
    PCtx *c = CTX(state);
    /* CPython keeps trailing spaces, strips leading spaces/tabs, shows "    " for an empty line and
     * nothing past the end of the file; CRLF line ends are fine */
    const char *src = "x = 1\r\n\t  y()   \r\n\n";
    PV ve = rt_builtin(c, PITH_B_VALUEERROR);
    rt_raise(c, ve);
    rt_tb_add(c, &d_module, 4);
    rt_tb_add(c, &d_module, 3);
    rt_tb_add(c, &d_module, 2);
    PV e = rt_exc_fetch(c);
    check_tb(c, e, "s.py", src,
             "Traceback (most recent call last):\n"
             "  File \"s.py\", line 2, in <module>\n"
             "    y()   \n"
             "  File \"s.py\", line 3, in <module>\n"
             "    \n"
             "  File \"s.py\", line 4, in <module>\n"
             "ValueError\n");
    pv_decref(c, e);
    pv_decref(c, ve);
}

/* ---------------------------------------------------------------- argument binding */

static const char *const p_ab[] = {"a", "b"};
static const char *const p_abc[] = {"a", "b", "c"};
static const char *const p_a[] = {"a"};

static void bind_err(PCtx *c, const PFuncDesc *fn, PV defaults, PV *args, int nargs, PV kw, const char *msg) {
    PV out[4];
    assert_int_equal(rt_bind_args(c, fn, defaults, args, nargs, kw, out), -1);
    check_err(c, PV_NULL, "TypeError", msg);
}

static void test_bind_args(void **state) {
    PCtx *c = CTX(state);
    PFuncDesc f2 = {.name = "<lambda>",
                    .qualname = "<lambda>",
                    .nparams = 2,
                    .npositional = 2,
                    .ndefaults = 0,
                    .param_names = p_ab,
                    .nslots = 0,
                    .direct = NULL,
                    .step = NULL,
                    .id = 0};
    PFuncDesc f2d = {.name = "<lambda>",
                     .qualname = "<lambda>",
                     .nparams = 2,
                     .npositional = 2,
                     .ndefaults = 1,
                     .param_names = p_ab,
                     .nslots = 0,
                     .direct = NULL,
                     .step = NULL,
                     .id = 0};
    PFuncDesc f3 = {.name = "<lambda>",
                    .qualname = "<lambda>",
                    .nparams = 3,
                    .npositional = 3,
                    .ndefaults = 0,
                    .param_names = p_abc,
                    .nslots = 0,
                    .direct = NULL,
                    .step = NULL,
                    .id = 0};
    PFuncDesc f1 = {.name = "<lambda>",
                    .qualname = "<lambda>",
                    .nparams = 1,
                    .npositional = 1,
                    .ndefaults = 0,
                    .param_names = p_a,
                    .nslots = 0,
                    .direct = NULL,
                    .step = NULL,
                    .id = 0};
    PFuncDesc f0 = {.name = "<lambda>",
                    .qualname = "<lambda>",
                    .nparams = 0,
                    .npositional = 0,
                    .ndefaults = 0,
                    .param_names = no_params,
                    .nslots = 0,
                    .direct = NULL,
                    .step = NULL,
                    .id = 0};
    PV one = PV_INT(1);
    PV defs = tuple_of(c, 1, one);
    PV a3[4] = {PV_INT(1), PV_INT(2), PV_INT(3), PV_INT(4)};
    PV z = names(c, 1, "z"), a = names(c, 1, "a"), c_ = names(c, 1, "c"), bz = names(c, 2, "b", "z");

    bind_err(c, &f2, PV_NULL, a3, 3, PV_NULL, "<lambda>() takes 2 positional arguments but 3 were given");
    bind_err(c, &f2d, defs, a3, 3, PV_NULL, "<lambda>() takes from 1 to 2 positional arguments but 3 were given");
    bind_err(c, &f2, PV_NULL, a3, 0, PV_NULL, "<lambda>() missing 2 required positional arguments: 'a' and 'b'");
    bind_err(c, &f3, PV_NULL, a3, 0, PV_NULL, "<lambda>() missing 3 required positional arguments: 'a', 'b', and 'c'");
    bind_err(c, &f3, PV_NULL, a3, 1, c_, "<lambda>() missing 2 required positional arguments: 'a' and 'b'");
    bind_err(c, &f1, PV_NULL, a3, 2, z, "<lambda>() got an unexpected keyword argument 'z'");
    bind_err(c, &f1, PV_NULL, a3, 2, a, "<lambda>() got multiple values for argument 'a'");
    bind_err(c, &f0, PV_NULL, a3, 1, PV_NULL, "<lambda>() takes 0 positional arguments but 1 was given");
    bind_err(c, &f1, PV_NULL, a3, 2, PV_NULL, "<lambda>() takes 1 positional argument but 2 were given");
    bind_err(c, &f2, PV_NULL, a3, 4, z, "<lambda>() got an unexpected keyword argument 'z'");
    bind_err(c, &f2, PV_NULL, a3, 2, z, "<lambda>() got an unexpected keyword argument 'z'");
    bind_err(c, &f2, PV_NULL, a3, 2, bz, "<lambda>() got an unexpected keyword argument 'z'");
    bind_err(c, &f2, PV_NULL, a3, 4, a, "<lambda>() got multiple values for argument 'a'");
    PFuncDesc g = {.name = "f",
                   .qualname = "f",
                   .nparams = 2,
                   .npositional = 2,
                   .ndefaults = 0,
                   .param_names = p_ab,
                   .nslots = 0,
                   .direct = NULL,
                   .step = NULL,
                   .id = 0};
    bind_err(c, &g, PV_NULL, a3, 1, PV_NULL, "f() missing 1 required positional argument: 'b'");

    /* successful bindings: defaults fill in, keywords land in place */
    PV out[4];
    assert_int_equal(rt_bind_args(c, &f2d, defs, a3 + 2, 1, PV_NULL, out), 0);
    assert_true(out[0] == PV_INT(3) && out[1] == PV_INT(1));
    PV b = names(c, 1, "b");
    PV args[2] = {PV_INT(7), PV_INT(8)};
    assert_int_equal(rt_bind_args(c, &f2, PV_NULL, args, 2, b, out), 0);
    assert_true(out[0] == PV_INT(7) && out[1] == PV_INT(8));
    PV objs[] = {defs, z, a, c_, bz, b};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) pv_decref(c, objs[i]);
}

static PV add_direct(PCtx *c, PV self, PV *args) { return pv_add(c, args[0], args[1]); }
static int dummy_step(PCtx *c, PFrame *f) { return PITH_STEP_SUSPEND; } /* as at a host call */
static int answer_step(PCtx *c, PFrame *f) {
    f->ret = PV_INT(7);
    return PITH_STEP_DONE;
}

static void test_call_value(void **state) {
    PCtx *c = CTX(state);
    PFuncDesc fd = {.name = "add",
                    .qualname = "add",
                    .nparams = 2,
                    .npositional = 2,
                    .ndefaults = 1,
                    .param_names = p_ab,
                    .nslots = 0,
                    .direct = add_direct,
                    .step = NULL,
                    .id = 0};
    PV ten = PV_INT(10);
    PV f = rt_func_new(c, &fd, tuple_of(c, 1, ten), PV_NULL, PV_NULL);
    assert_true(f != PV_NULL);
    PV args[2] = {PV_INT(1), PV_INT(2)};
    check_repr(c, rt_call_value(c, f, args, 2, PV_NULL), "3");
    check_repr(c, rt_call_value(c, f, args, 1, PV_NULL), "11");
    assert_true(rt_func_default(c, f, 0) == PV_INT(10));
    check_err(c, rt_call_value(c, f, args, 0, PV_NULL), "TypeError",
              "add() missing 1 required positional argument: 'a'");
    PV r = rt_repr(c, f);
    assert_true(r && strncmp(((RtStr *)r)->data, "<function add at 0x", 19) == 0);
    pv_decref(c, r);
    check_err(c, rt_call_value(c, PV_INT(1), args, 0, PV_NULL), "TypeError", "'int' object is not callable");
    check_err(c, rt_call_value(c, PV_NONE, args, 0, PV_NULL), "TypeError", "'NoneType' object is not callable");
    /* builtins are callable values too */
    PV len = rt_builtin(c, PITH_B_LEN);
    PV s = S(c, "abc");
    check_repr(c, rt_call_value(c, len, &s, 1, PV_NULL), "3");
    /* a function that can only run as a state machine runs on a private chain from runtime code, until it
     * would wait on the host ... */
    PFuncDesc sm = {.name = "waits",
                    .qualname = "waits",
                    .nparams = 1,
                    .npositional = 1,
                    .ndefaults = 0,
                    .param_names = p_a,
                    .nslots = 3,
                    .direct = NULL,
                    .step = dummy_step,
                    .id = 0};
    PV g = rt_func_new(c, &sm, PV_NULL, PV_NULL, PV_NULL);
    check_err(c, rt_call_value(c, g, args, 1, PV_NULL), "RuntimeError",
              "a function that waits on the host cannot be called from here");
    PFuncDesc sm_done = sm;
    sm_done.step = answer_step;
    PV h = rt_func_new(c, &sm_done, PV_NULL, PV_NULL, PV_NULL);
    check_repr(c, rt_call_value(c, h, args, 1, PV_NULL), "7");
    pv_decref(c, h);
    /* ... but from a state machine it gets a frame with its bound parameters */
    PFrame *caller = rt_frame_new(c, &sm);
    assert_int_equal(rt_sm_call_value(c, caller, g, args, 1, PV_NULL), PITH_STEP_CALL);
    PFrame *callee = RT_CTX(c)->top;
    assert_true(callee && callee->fn == &sm && callee->s[0] == PV_INT(1) && callee->s[1] == PV_NULL);
    assert_int_equal(rt_sm_call_value(c, caller, f, args, 2, PV_NULL), PITH_STEP_CONT);
    assert_true(caller->callret == PV_INT(3));
    assert_int_equal(rt_sm_call_value(c, caller, g, args, 2, PV_NULL), PITH_STEP_ERR);
    check_err(c, PV_NULL, "TypeError", "waits() takes 1 positional argument but 2 were given");
    pv_decref(c, (PV)callee);
    pv_decref(c, (PV)caller);
    PV objs[] = {f, len, s, g};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) pv_decref(c, objs[i]);
}

/* ---------------------------------------------------------------- int() and float() */

static void int_ok(PCtx *c, const char *text, int base, const char *want) {
    PV s = S(c, text);
    PV r = base < 0 ? call1(c, PITH_B_INT, s) : call2(c, PITH_B_INT, s, PV_INT(base));
    check_repr(c, r, want);
    pv_decref(c, s);
}

static void int_bad(PCtx *c, const char *text, int base, const char *type, const char *msg) {
    PV s = S(c, text);
    PV r = base < 0 ? call1(c, PITH_B_INT, s) : call2(c, PITH_B_INT, s, PV_INT(base));
    check_err(c, r, type, msg);
    pv_decref(c, s);
}

static void test_int_parse(void **state) {
    PCtx *c = CTX(state);
    int_ok(c, " 0x1F ", 0, "31");
    int_ok(c, "0X1f", 16, "31");
    int_ok(c, "0b101", 0, "5");
    int_ok(c, "0o17", 0, "15");
    int_ok(c, "017", 8, "15");
    int_ok(c, "0_0", 0, "0");
    int_ok(c, "00_0", 0, "0");
    int_ok(c, "0x_1f", 0, "31");
    int_ok(c, "1_000", -1, "1000");
    int_ok(c, "+5", -1, "5");
    int_ok(c, "-5", -1, "-5");
    int_ok(c, "z", 36, "35");
    int_ok(c, "\t\n 42\r\x0b\x0c", -1, "42");
    int_ok(c,
           "\xc2\xa0"
           "42\xc2\xa0",
           -1, "42");                                /* U+00A0 around */
    int_ok(c, "\xd9\xa1\xd9\xa2", -1, "12");         /* Arabic-Indic digits */
    int_ok(c, "\xef\xbc\x91\xef\xbc\x92", -1, "12"); /* full-width digits */
    int_ok(c, "1\xe2\x80\x83", -1, "1");             /* U+2003 em space */
    int_ok(c, "-99999999999999999999999", -1, "-99999999999999999999999");
    int_ok(c, "+0b1", 0, "1");
    int_ok(c, "0b1", 16, "177");
    int_bad(c, "abc", -1, "ValueError", "invalid literal for int() with base 10: 'abc'");
    int_bad(c, "010", 0, "ValueError", "invalid literal for int() with base 0: '010'");
    int_bad(c, "0_1", 0, "ValueError", "invalid literal for int() with base 0: '0_1'");
    int_bad(c, "0x", 16, "ValueError", "invalid literal for int() with base 16: '0x'");
    int_bad(c, "0xg", 0, "ValueError", "invalid literal for int() with base 0: '0xg'");
    int_bad(c, "0x__1f", 0, "ValueError", "invalid literal for int() with base 0: '0x__1f'");
    int_bad(c, "0x1_", 0, "ValueError", "invalid literal for int() with base 0: '0x1_'");
    int_bad(c, "1__0", -1, "ValueError", "invalid literal for int() with base 10: '1__0'");
    int_bad(c, "_10", -1, "ValueError", "invalid literal for int() with base 10: '_10'");
    int_bad(c, "10_", -1, "ValueError", "invalid literal for int() with base 10: '10_'");
    int_bad(c, "", -1, "ValueError", "invalid literal for int() with base 10: ''");
    int_bad(c, "  ", -1, "ValueError", "invalid literal for int() with base 10: '  '");
    int_bad(c, "+-5", -1, "ValueError", "invalid literal for int() with base 10: '+-5'");
    int_bad(c, "- 5", -1, "ValueError", "invalid literal for int() with base 10: '- 5'");
    int_bad(c, "12", 2, "ValueError", "invalid literal for int() with base 2: '12'");
    int_bad(c,
            "\x1c"
            "12",
            -1, "ValueError", "invalid literal for int() with base 10: '\\x1c12'");
    int_bad(c, "\xe2\x80\x83", -1, "ValueError", "invalid literal for int() with base 10: '\\u2003'");
    int_bad(c, "\xd9\xa0\xd9\xa1", 0, "ValueError", "invalid literal for int() with base 0: '\xd9\xa0\xd9\xa1'");
    int_bad(c, "1", 1, "ValueError", "int() base must be >= 2 and <= 36, or 0");
    int_bad(c, "1", 37, "ValueError", "int() base must be >= 2 and <= 36, or 0");
    /* embedded NUL */
    PV nul = rt_str_new(c, "42\0", 3);
    check_err(c, call1(c, PITH_B_INT, nul), "ValueError", "invalid literal for int() with base 10: '42\\x00'");
    pv_decref(c, nul);
    /* a long bad literal: the repr is cut to 200 characters */
    char buf[400];
    memset(buf, 'a', 300);
    buf[300] = 0;
    char want[300];
    snprintf(want, sizeof want, "invalid literal for int() with base 10: '%.199s", buf);
    int_bad(c, buf, -1, "ValueError", want);
    /* the 4300-digit limit (not for power-of-two bases; underscores do not count) */
    char *big = malloc(9000);
    memset(big, '1', 4301);
    big[4301] = 0;
    int_bad(c, big, -1, "ValueError",
            "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; "
            "use sys.set_int_max_str_digits() to increase the limit");
    int_bad(c, big, 3, "ValueError",
            "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; "
            "use sys.set_int_max_str_digits() to increase the limit");
    big[4301] = 'x'; /* the limit is checked before the bad character */
    big[4302] = 0;
    int_bad(c, big, -1, "ValueError",
            "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; "
            "use sys.set_int_max_str_digits() to increase the limit");
    big[4301] = 0;
    PV sb = S(c, big);
    PV r = call2(c, PITH_B_INT, sb, PV_INT(16));
    assert_true(r != PV_NULL && RT_IS(r, RT_T_BIGINT));
    pv_decref(c, r);
    pv_decref(c, sb);
    for (int i = 0; i < 4400; i++) big[2 * i] = '1', big[2 * i + 1] = '_';
    big[2 * 2200] = 0; /* 2200 digits with underscores between */
    big[2 * 2200 - 1] = 0;
    sb = S(c, big);
    r = call1(c, PITH_B_INT, sb);
    assert_true(r != PV_NULL);
    pv_decref(c, r);
    pv_decref(c, sb);
    free(big);

    /* non-string arguments */
    check_repr(c, call1(c, PITH_B_INT, PV_TRUE), "1");
    PV f = rt_float_new(c, -3.9);
    check_repr(c, call1(c, PITH_B_INT, f), "-3");
    pv_decref(c, f);
    f = rt_float_new(c, 1e20);
    check_repr(c, call1(c, PITH_B_INT, f), "100000000000000000000");
    check_err(c, call2(c, PITH_B_INT, f, PV_INT(10)), "TypeError", "int() can't convert non-string with explicit base");
    pv_decref(c, f);
    f = rt_float_new(c, 1.0 / 0.0);
    check_err(c, call1(c, PITH_B_INT, f), "OverflowError", "cannot convert float infinity to integer");
    pv_decref(c, f);
    f = rt_float_new(c, -1.0 / 0.0);
    check_err(c, call1(c, PITH_B_INT, f), "OverflowError", "cannot convert float infinity to integer");
    pv_decref(c, f);
    f = rt_float_new(c, 0.0 / 0.0);
    check_err(c, call1(c, PITH_B_INT, f), "ValueError", "cannot convert float NaN to integer");
    pv_decref(c, f);
    check_err(c, call1(c, PITH_B_INT, PV_NONE), "TypeError",
              "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
    check_repr(c, rt_call_builtin(c, PITH_B_INT, NULL, 0, PV_NULL), "0");
    PV bts = rt_bytes_const(c, " 12 ", 4);
    check_repr(c, call1(c, PITH_B_INT, bts), "12");
    pv_decref(c, bts);
    /* argument checking */
    PV s7 = S(c, "7"), base = names(c, 1, "base"), xkw = names(c, 1, "x");
    PV a2[2] = {s7, PV_INT(8)};
    check_repr(c, rt_call_builtin(c, PITH_B_INT, a2, 2, base), "7");
    check_err(c, rt_call_builtin(c, PITH_B_INT, a2 + 1, 1, base), "TypeError", "int() missing string argument");
    check_err(c, rt_call_builtin(c, PITH_B_INT, a2, 1, xkw), "TypeError",
              "'x' is an invalid keyword argument for int()");
    PV a3[3] = {s7, PV_INT(8), PV_INT(9)};
    check_err(c, rt_call_builtin(c, PITH_B_INT, a3, 3, PV_NULL), "TypeError",
              "int() takes at most 2 arguments (3 given)");
    PV fl = rt_float_new(c, 2.5);
    check_err(c, call2(c, PITH_B_INT, s7, fl), "TypeError", "'float' object cannot be interpreted as an integer");
    check_err(c, call2(c, PITH_B_INT, s7, PV_TRUE), "ValueError", "int() base must be >= 2 and <= 36, or 0");
    PV objs[] = {s7, base, xkw, fl};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) pv_decref(c, objs[i]);
}

static void float_ok(PCtx *c, const char *text, const char *want) {
    PV s = S(c, text);
    check_repr(c, call1(c, PITH_B_FLOAT, s), want);
    pv_decref(c, s);
}

static void float_bad(PCtx *c, const char *text, const char *msg) {
    PV s = S(c, text);
    check_err(c, call1(c, PITH_B_FLOAT, s), "ValueError", msg);
    pv_decref(c, s);
}

static void test_float_parse(void **state) {
    PCtx *c = CTX(state);
    float_ok(c, "inf", "inf");
    float_ok(c, "-Infinity", "-inf");
    float_ok(c, "+iNf", "inf");
    float_ok(c, "nan", "nan");
    float_ok(c, "-nan", "nan");
    float_ok(c, "nAn", "nan");
    float_ok(c, " 1e5 ", "100000.0");
    float_ok(c, "1_0.5", "10.5");
    float_ok(c, "1_0.5_1", "10.51");
    float_ok(c, "1e1_0", "10000000000.0");
    float_ok(c, ".5", "0.5");
    float_ok(c, "5.", "5.0");
    float_ok(c, "1e+5", "100000.0");
    float_ok(c, " -1.5e-3 ", "-0.0015");
    float_ok(c, "1e400", "inf");
    float_ok(c, "-1e400", "-inf");
    float_ok(c, "1e-400", "0.0");
    float_ok(c, "0001.5", "1.5");
    float_ok(c, "1_000.000_1", "1000.0001");
    float_ok(c, "-.5", "-0.5");
    float_ok(c, "+.5e-2", "0.005");
    float_ok(c,
             "\xc2\xa0"
             "1.5",
             "1.5");
    float_ok(c, "\xd9\xa1.\xd9\xa5", "1.5");
    float_ok(c, "0.1", "0.1");
    float_bad(c, "abc", "could not convert string to float: 'abc'");
    float_bad(c, "", "could not convert string to float: ''");
    float_bad(c, "  abc  ", "could not convert string to float: '  abc  '");
    float_bad(c, "infinit", "could not convert string to float: 'infinit'");
    float_bad(c, "infinityx", "could not convert string to float: 'infinityx'");
    float_bad(c, "1__0", "could not convert string to float: '1__0'");
    float_bad(c, "1._5", "could not convert string to float: '1._5'");
    float_bad(c, "1_.5", "could not convert string to float: '1_.5'");
    float_bad(c, "1e5_", "could not convert string to float: '1e5_'");
    float_bad(c, "_1.5", "could not convert string to float: '_1.5'");
    float_bad(c, "in_f", "could not convert string to float: 'in_f'");
    float_bad(c, "1.0e-_5", "could not convert string to float: '1.0e-_5'");
    float_bad(c, ".", "could not convert string to float: '.'");
    float_bad(c, "e5", "could not convert string to float: 'e5'");
    float_bad(c, "1e", "could not convert string to float: '1e'");
    float_bad(c, ".e1", "could not convert string to float: '.e1'");
    float_bad(c, "0x10", "could not convert string to float: '0x10'");
    float_bad(c, "--1", "could not convert string to float: '--1'");
    float_bad(c, "1 2", "could not convert string to float: '1 2'");
    float_bad(c,
              "\x1c"
              "1.5",
              "could not convert string to float: '\\x1c1.5'");
    float_bad(c, "1\xc2\xb2", "could not convert string to float: '1\xc2\xb2'");
    check_repr(c, call1(c, PITH_B_FLOAT, PV_TRUE), "1.0");
    check_repr(c, call1(c, PITH_B_FLOAT, PV_INT(-7)), "-7.0");
    check_repr(c, rt_call_builtin(c, PITH_B_FLOAT, NULL, 0, PV_NULL), "0.0");
    /* float(2**54 + 3) rounds to nearest (18014398509481988.0); float(10**400) overflows */
    PV b54 = rt_int_from_text(c, "18014398509481987", 10);
    check_repr(c, call1(c, PITH_B_FLOAT, b54), "1.8014398509481988e+16");
    pv_decref(c, b54);
    PV b70 = rt_int_from_text(c, "1180591620717411434497", 10); /* 2**70 + 2**17 + 1: rounds up */
    check_repr(c, call1(c, PITH_B_FLOAT, b70), "1.1805916207174116e+21");
    pv_decref(c, b70);
    char tens[402];
    tens[0] = '1';
    memset(tens + 1, '0', 400);
    tens[401] = 0;
    PV b400 = rt_int_from_text(c, tens, 10);
    check_err(c, call1(c, PITH_B_FLOAT, b400), "OverflowError", "int too large to convert to float");
    pv_decref(c, b400);
    check_err(c, call1(c, PITH_B_FLOAT, PV_NONE), "TypeError",
              "float() argument must be a string or a real number, not 'NoneType'");
    check_err(c, call2(c, PITH_B_FLOAT, PV_INT(1), PV_INT(2)), "TypeError", "float expected at most 1 argument, got 2");
    PV xkw = names(c, 1, "x");
    PV one = PV_INT(1);
    check_err(c, rt_call_builtin(c, PITH_B_FLOAT, &one, 1, xkw), "TypeError", "float() takes no keyword arguments");
    pv_decref(c, xkw);
}

/* ---------------------------------------------------------------- other builtins */

static PV list_of(PCtx *c, int n, ...) {
    PV l = rt_list_new(c, n);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) rt_list_append(c, l, va_arg(ap, PV));
    va_end(ap);
    return l;
}

static PV neg_direct(PCtx *c, PV self, PV *args) { return pv_sub(c, PV_INT(0), args[0]); }

static void test_min_max_sum(void **state) {
    PCtx *c = CTX(state);
    PV l = list_of(c, 3, PV_INT(3), PV_INT(1), PV_INT(2));
    PV args3[3] = {PV_INT(3), PV_INT(1), PV_INT(2)};
    check_repr(c, rt_call_builtin(c, PITH_B_MIN, args3, 3, PV_NULL), "1");
    check_repr(c, rt_call_builtin(c, PITH_B_MAX, args3, 3, PV_NULL), "3");
    check_repr(c, call1(c, PITH_B_MIN, l), "1");
    check_repr(c, call1(c, PITH_B_MAX, l), "3");
    /* key= */
    PFuncDesc nd = {.name = "neg",
                    .qualname = "neg",
                    .nparams = 1,
                    .npositional = 1,
                    .ndefaults = 0,
                    .param_names = p_a,
                    .nslots = 0,
                    .direct = neg_direct,
                    .step = NULL,
                    .id = 0};
    PV neg = rt_func_new(c, &nd, PV_NULL, PV_NULL, PV_NULL);
    PV key = names(c, 1, "key");
    PV ak[2] = {l, neg};
    check_repr(c, rt_call_builtin(c, PITH_B_MIN, ak, 2, key), "3");
    /* the first of equal items wins; default= for an empty iterable */
    PV f1 = rt_float_new(c, 1.0);
    PV eq = list_of(c, 2, PV_INT(1), f1);
    check_repr(c, call1(c, PITH_B_MIN, eq), "1");
    check_repr(c, call1(c, PITH_B_MAX, eq), "1");
    PV empty = rt_list_new(c, 0);
    PV dflt = names(c, 1, "default");
    PV ad[2] = {empty, PV_INT(5)};
    check_repr(c, rt_call_builtin(c, PITH_B_MIN, ad, 2, dflt), "5");
    check_err(c, call1(c, PITH_B_MIN, empty), "ValueError", "min() arg is an empty sequence");
    check_err(c, call1(c, PITH_B_MAX, empty), "ValueError", "max() arg is an empty sequence");
    check_err(c, rt_call_builtin(c, PITH_B_MIN, NULL, 0, PV_NULL), "TypeError",
              "min expected at least 1 argument, got 0");
    check_err(c, call1(c, PITH_B_MIN, PV_INT(1)), "TypeError", "'int' object is not iterable");
    PV ad3[3] = {PV_INT(1), PV_INT(2), PV_INT(0)};
    check_err(c, rt_call_builtin(c, PITH_B_MIN, ad3, 3, dflt), "TypeError",
              "Cannot specify a default for min() with multiple positional arguments");
    PV xkw = names(c, 1, "x");
    PV ax[2] = {l, PV_INT(1)};
    check_err(c, rt_call_builtin(c, PITH_B_MIN, ax, 2, xkw), "TypeError",
              "'x' is an invalid keyword argument for min()");
    PV sa = S(c, "a");
    check_err(c, call2(c, PITH_B_MAX, PV_INT(1), sa), "TypeError",
              "'>' not supported between instances of 'str' and 'int'");
    PV ak5[3] = {PV_INT(1), PV_INT(2), PV_INT(5)};
    check_err(c, rt_call_builtin(c, PITH_B_MAX, ak5, 3, key), "TypeError", "'int' object is not callable");

    /* sum */
    check_repr(c, call1(c, PITH_B_SUM, l), "6");
    PV f15 = rt_float_new(c, 1.5);
    PV lf = list_of(c, 2, f15, PV_INT(2));
    check_repr(c, call2(c, PITH_B_SUM, lf, PV_INT(1)), "4.5");
    check_repr(c, call2(c, PITH_B_SUM, empty, PV_INT(5)), "5");
    PV f01 = rt_float_new(c, 0.1);
    PV tenth = rt_list_new(c, 10);
    for (int i = 0; i < 10; i++) rt_list_append(c, tenth, f01);
    check_repr(c, call1(c, PITH_B_SUM, tenth), "0.9999999999999999");
    PV start = names(c, 1, "start");
    PV as[2] = {l, PV_INT(2)};
    check_repr(c, rt_call_builtin(c, PITH_B_SUM, as, 2, start), "8");
    PV es = S(c, "");
    PV ls = list_of(c, 1, sa);
    check_err(c, call2(c, PITH_B_SUM, ls, es), "TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
    check_err(c, call1(c, PITH_B_SUM, ls), "TypeError", "unsupported operand type(s) for +: 'int' and 'str'");
    check_err(c, rt_call_builtin(c, PITH_B_SUM, NULL, 0, PV_NULL), "TypeError",
              "sum() takes at least 1 positional argument (0 given)");
    PV a3[3] = {l, PV_INT(1), PV_INT(2)};
    check_err(c, rt_call_builtin(c, PITH_B_SUM, a3, 3, PV_NULL), "TypeError",
              "sum() takes at most 2 arguments (3 given)");
    check_err(c, call1(c, PITH_B_SUM, PV_INT(1)), "TypeError", "'int' object is not iterable");
    PV inner = list_of(c, 1, PV_INT(1));
    PV ll = list_of(c, 1, inner);
    check_repr(c, call2(c, PITH_B_SUM, ll, empty), "[1]");
    PV objs[] = {l, neg, key, f1, eq, empty, dflt, xkw, sa, f15, lf, f01, tenth, start, es, ls, inner, ll};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) pv_decref(c, objs[i]);
}

static void test_isinstance_type(void **state) {
    PCtx *c = CTX(state);
    PV intc = rt_builtin(c, PITH_B_INT), boolc = rt_builtin(c, PITH_B_BOOL), strc = rt_builtin(c, PITH_B_STR);
    PV typec = rt_builtin(c, PITH_B_TYPE), arith = rt_builtin(c, PITH_B_ARITHMETICERROR);
    PV exc = rt_builtin(c, PITH_B_EXCEPTION), val = rt_builtin(c, PITH_B_VALUEERROR);
    PV len = rt_builtin(c, PITH_B_LEN);
    check_repr(c, call2(c, PITH_B_ISINSTANCE, PV_TRUE, intc), "True");
    check_repr(c, call2(c, PITH_B_ISINSTANCE, PV_INT(1), boolc), "False");
    PV inner = tuple_of(c, 2, boolc, intc);
    PV nested = tuple_of(c, 2, strc, inner);
    check_repr(c, call2(c, PITH_B_ISINSTANCE, PV_INT(1), nested), "True");
    PV zde = rt_call_builtin(c, PITH_B_ZERODIVISIONERROR, NULL, 0, PV_NULL);
    check_repr(c, call2(c, PITH_B_ISINSTANCE, zde, arith), "True");
    PV tv = tuple_of(c, 2, val, exc);
    check_repr(c, call2(c, PITH_B_ISINSTANCE, zde, tv), "True");
    check_repr(c, call2(c, PITH_B_ISINSTANCE, zde, val), "False");
    check_repr(c, call2(c, PITH_B_ISINSTANCE, intc, typec), "True");
    check_repr(c, call2(c, PITH_B_ISINSTANCE, val, typec), "True");
    check_repr(c, call2(c, PITH_B_ISINSTANCE, len, typec), "False");
    PV empty = tuple_of(c, 0);
    check_repr(c, call2(c, PITH_B_ISINSTANCE, PV_INT(1), empty), "False");
    check_err(c, call2(c, PITH_B_ISINSTANCE, PV_INT(1), PV_INT(2)), "TypeError",
              "isinstance() arg 2 must be a type, a tuple of types, or a union");
    PV ok_first = tuple_of(c, 2, intc, PV_INT(2)), bad_first = tuple_of(c, 2, PV_INT(2), intc);
    check_repr(c, call2(c, PITH_B_ISINSTANCE, PV_INT(1), ok_first), "True");
    check_err(c, call2(c, PITH_B_ISINSTANCE, PV_INT(1), bad_first), "TypeError",
              "isinstance() arg 2 must be a type, a tuple of types, or a union");
    check_err(c, call2(c, PITH_B_ISINSTANCE, zde, zde), "TypeError",
              "isinstance() arg 2 must be a type, a tuple of types, or a union");
    check_err(c, call1(c, PITH_B_ISINSTANCE, PV_INT(1)), "TypeError", "isinstance expected 2 arguments, got 1");
    /* type() */
    check_repr(c, call1(c, PITH_B_TYPE, PV_INT(1)), "<class 'int'>");
    check_repr(c, call1(c, PITH_B_TYPE, PV_TRUE), "<class 'bool'>");
    check_repr(c, call1(c, PITH_B_TYPE, PV_NONE), "<class 'NoneType'>");
    check_repr(c, call1(c, PITH_B_TYPE, zde), "<class 'ZeroDivisionError'>");
    check_repr(c, call1(c, PITH_B_TYPE, intc), "<class 'type'>");
    check_repr(c, call1(c, PITH_B_TYPE, len), "<class 'builtin_function_or_method'>");
    PV t = call1(c, PITH_B_TYPE, PV_INT(5));
    assert_true(t == intc); /* the same class object: type(1) is int */
    pv_decref(c, t);
    check_err(c, rt_call_builtin(c, PITH_B_TYPE, NULL, 0, PV_NULL), "TypeError", "type() takes 1 or 3 arguments");
    check_repr(c, rt_builtin(c, PITH_B_LEN), "<built-in function len>");
    check_repr(c, rt_builtin(c, PITH_B_VALUEERROR), "<class 'ValueError'>");
    check_repr(c, rt_builtin(c, PITH_B_RANGE), "<class 'range'>");
    /* NoneType() is None; other type-only classes cannot be made */
    PV nt = call1(c, PITH_B_TYPE, PV_NONE);
    check_repr(c, rt_call_value(c, nt, NULL, 0, PV_NULL), "None");
    check_err(c, rt_call_value(c, nt, &nt, 1, PV_NULL), "TypeError", "NoneType takes no arguments");
    PV bf = call1(c, PITH_B_TYPE, len);
    check_err(c, rt_call_value(c, bf, NULL, 0, PV_NULL), "TypeError",
              "cannot create 'builtin_function_or_method' instances");
    PV objs[] = {intc,   boolc, strc, typec, arith,    exc,       val, len, inner,
                 nested, zde,   tv,   empty, ok_first, bad_first, nt,  bf};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) pv_decref(c, objs[i]);
}

static void test_simple_builtins(void **state) {
    PCtx *c = CTX(state);
    PV s = S(c, "abc");
    check_repr(c, call1(c, PITH_B_LEN, s), "3");
    check_err(c, call2(c, PITH_B_LEN, s, s), "TypeError", "len() takes exactly one argument (2 given)");
    check_err(c, rt_call_builtin(c, PITH_B_LEN, NULL, 0, PV_NULL), "TypeError",
              "len() takes exactly one argument (0 given)");
    PV xkw = names(c, 1, "x");
    check_err(c, rt_call_builtin(c, PITH_B_LEN, &s, 1, xkw), "TypeError", "len() takes no keyword arguments");
    check_repr(c, call1(c, PITH_B_REPR, s), "\"'abc'\"");
    check_repr(c, call1(c, PITH_B_STR, PV_INT(5)), "'5'");
    check_repr(c, rt_call_builtin(c, PITH_B_STR, NULL, 0, PV_NULL), "''");
    check_err(c, rt_call_builtin(c, PITH_B_STR, &s, 1, xkw), "TypeError",
              "'x' is an invalid keyword argument for str()");
    PV b = rt_bytes_const(c, "abc", 3), enc = S(c, "utf-8");
    check_repr(c, call2(c, PITH_B_STR, b, enc), "'abc'");
    check_err(c, call2(c, PITH_B_STR, s, enc), "TypeError", "decoding str is not supported");
    check_err(c, call2(c, PITH_B_STR, b, PV_INT(1)), "TypeError", "str() argument 'encoding' must be str, not int");
    check_repr(c, rt_call_builtin(c, PITH_B_BOOL, NULL, 0, PV_NULL), "False");
    check_repr(c, call1(c, PITH_B_BOOL, s), "True");
    check_repr(c, call1(c, PITH_B_BOOL, PV_INT(0)), "False");
    check_err(c, call2(c, PITH_B_BOOL, s, s), "TypeError", "bool expected at most 1 argument, got 2");
    /* abs */
    check_repr(c, call1(c, PITH_B_ABS, PV_INT(-5)), "5");
    check_repr(c, call1(c, PITH_B_ABS, PV_TRUE), "1");
    check_repr(c, call1(c, PITH_B_ABS, PV_INT(PV_SMALL_MIN)), "4611686018427387904");
    PV f = rt_float_new(c, -2.5);
    check_repr(c, call1(c, PITH_B_ABS, f), "2.5");
    pv_decref(c, f);
    check_err(c, call1(c, PITH_B_ABS, s), "TypeError", "bad operand type for abs(): 'str'");
    /* range */
    PV r5 = call1(c, PITH_B_RANGE, PV_INT(5));
    check_repr(c, call1(c, PITH_B_LEN, r5), "5");
    pv_decref(c, r5);
    PV r3[3] = {PV_INT(1), PV_INT(2), PV_INT(0)};
    check_err(c, rt_call_builtin(c, PITH_B_RANGE, r3, 3, PV_NULL), "ValueError", "range() arg 3 must not be zero");
    PV fl = rt_float_new(c, 1.5);
    check_err(c, call1(c, PITH_B_RANGE, fl), "TypeError", "'float' object cannot be interpreted as an integer");
    check_err(c, rt_call_builtin(c, PITH_B_RANGE, NULL, 0, PV_NULL), "TypeError",
              "range expected at least 1 argument, got 0");
    PV r4[4] = {PV_INT(1), PV_INT(2), PV_INT(3), PV_INT(4)};
    check_err(c, rt_call_builtin(c, PITH_B_RANGE, r4, 4, PV_NULL), "TypeError",
              "range expected at most 3 arguments, got 4");
    check_err(c, rt_call_builtin(c, PITH_B_RANGE, r4, 1, xkw), "TypeError", "range() takes no keyword arguments");
    /* list, tuple, dict */
    check_repr(c, call1(c, PITH_B_LIST, s), "['a', 'b', 'c']");
    check_repr(c, rt_call_builtin(c, PITH_B_TUPLE, NULL, 0, PV_NULL), "()");
    PV l2 = list_of(c, 2, PV_INT(1), PV_INT(2));
    check_repr(c, call1(c, PITH_B_TUPLE, l2), "(1, 2)");
    check_err(c, call2(c, PITH_B_LIST, s, s), "TypeError", "list expected at most 1 argument, got 2");
    check_err(c, call1(c, PITH_B_LIST, PV_INT(1)), "TypeError", "'int' object is not iterable");
    PV ab = S(c, "ab"), cd = S(c, "cd");
    PV pairs = list_of(c, 2, ab, cd);
    check_repr(c, call1(c, PITH_B_DICT, pairs), "{'a': 'b', 'c': 'd'}");
    PV p12 = tuple_of(c, 2, PV_INT(1), PV_INT(2));
    PV l12 = list_of(c, 1, p12);
    PV akw = names(c, 1, "a");
    PV da[2] = {l12, PV_INT(3)};
    check_repr(c, rt_call_builtin(c, PITH_B_DICT, da, 2, akw), "{1: 2, 'a': 3}");
    PV bad1 = list_of(c, 2, p12, PV_INT(5));
    check_err(c, call1(c, PITH_B_DICT, bad1), "TypeError",
              "cannot convert dictionary update sequence element #1 to a sequence");
    PV p123 = tuple_of(c, 3, PV_INT(1), PV_INT(2), PV_INT(3));
    PV bad2 = list_of(c, 1, p123);
    check_err(c, call1(c, PITH_B_DICT, bad2), "ValueError",
              "dictionary update sequence element #0 has length 3; 2 is required");
    check_err(c, call2(c, PITH_B_DICT, s, s), "TypeError", "dict expected at most 1 argument, got 2");
    PV objs[] = {s, xkw, b, enc, fl, l2, ab, cd, pairs, p12, l12, akw, bad1, p123, bad2};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) pv_decref(c, objs[i]);
}

static void test_print(void **state) {
    PCtx *c = CTX(state);
    RtCtx *x = RT_CTX(c);
    PV s = S(c, "a"), f = rt_float_new(c, 2.5);
    PV args[3] = {s, PV_INT(1), f};
    check_repr(c, rt_call_builtin(c, PITH_B_PRINT, args, 3, PV_NULL), "None");
    PV sep = S(c, "-"), end = S(c, "!");
    PV kw = names(c, 2, "sep", "end");
    PV a2[4] = {s, PV_INT(1), sep, end};
    check_repr(c, rt_call_builtin(c, PITH_B_PRINT, a2, 4, kw), "None");
    PV a3[2] = {PV_NONE, PV_NONE};
    check_repr(c, rt_call_builtin(c, PITH_B_PRINT, a3, 2, kw), "None"); /* sep=None, end=None: defaults */
    check_repr(c, rt_call_builtin(c, PITH_B_PRINT, NULL, 0, PV_NULL), "None");
    assert_non_null(x->out.p);
    assert_string_equal(x->out.p, "a 1 2.5\na-1!\n\n");
    PV sepk = names(c, 1, "sep");
    PV a4[2] = {s, PV_INT(1)};
    check_err(c, rt_call_builtin(c, PITH_B_PRINT, a4, 2, sepk), "TypeError", "sep must be None or a string, not int");
    PV endk = names(c, 1, "end");
    check_err(c, rt_call_builtin(c, PITH_B_PRINT, a4, 2, endk), "TypeError", "end must be None or a string, not int");
    PV xk = names(c, 1, "x");
    check_err(c, rt_call_builtin(c, PITH_B_PRINT, a4, 2, xk), "TypeError",
              "'x' is an invalid keyword argument for print()");
    assert_string_equal(x->out.p, "a 1 2.5\na-1!\n\n");
    PV objs[] = {s, f, sep, end, kw, sepk, endk, xk};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) pv_decref(c, objs[i]);
}

static void test_host_values(void **state) {
    PCtx *c = CTX(state);
    /* heap -> host -> heap keeps the value */
    PV s = S(c, "h\xc3\xa9"), f = rt_float_new(c, 0.5);
    PV big = rt_int_from_text(c, "123456789012345678901234567890", 10);
    PV inner = tuple_of(c, 3, PV_NONE, PV_TRUE, f);
    PV d = rt_dict_new(c);
    rt_dict_set(c, d, s, big);
    PV l = list_of(c, 4, PV_INT(-3), inner, d, s);
    PithValue *h = rt_to_host(c, l);
    assert_non_null(h);
    assert_int_equal(h->kind, PITH_LIST);
    assert_int_equal(h->u.seq.n, 4);
    assert_int_equal(h->u.seq.items[0]->kind, PITH_INT);
    assert_int_equal(h->u.seq.items[0]->u.i, -3);
    assert_int_equal(h->u.seq.items[1]->kind, PITH_TUPLE);
    assert_int_equal(h->u.seq.items[2]->kind, PITH_DICT);
    assert_int_equal(h->u.seq.items[2]->u.dict.values[0]->kind, PITH_BIGINT);
    assert_string_equal(h->u.seq.items[2]->u.dict.values[0]->u.bigint, "123456789012345678901234567890");
    assert_int_equal(h->u.seq.items[3]->kind, PITH_STR);
    assert_int_equal(h->u.seq.items[3]->u.s.len, 3);
    PV back = rt_from_host(c, h);
    check_repr(c, back, "[-3, (None, True, 0.5), {'h\xc3\xa9': 123456789012345678901234567890}, 'h\xc3\xa9']");
    pith_value_free(h);
    /* a list inside itself */
    rt_list_append(c, l, l);
    h = rt_to_host(c, l);
    assert_non_null(h);
    assert_int_equal(h->u.seq.items[4]->kind, PITH_OTHER);
    assert_string_equal(h->u.seq.items[4]->u.s.data, "[...]");
    pith_value_free(h);
    ((RtList *)l)->n--; /* drop the self reference again (it holds one count of l) */
    pv_decref(c, l);
    /* anything else crosses as its repr */
    PV len = rt_builtin(c, PITH_B_LEN);
    h = rt_to_host(c, len);
    assert_int_equal(h->kind, PITH_OTHER);
    assert_string_equal(h->u.s.data, "<built-in function len>");
    pith_value_free(h);
    /* host -> heap: big int text with a sign, invalid UTF-8 refused */
    PithValue hb = {.kind = PITH_BIGINT, .u.bigint = "-99999999999999999999"};
    check_repr(c, rt_from_host(c, &hb), "-99999999999999999999");
    PithValue hs = {.kind = PITH_STR, .u.s = {"\xff", 1}};
    check_err(c, rt_from_host(c, &hs), "UnicodeError", "host string is not valid UTF-8");
    PV objs[] = {s, f, big, inner, d, l, len};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) pv_decref(c, objs[i]);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_exc_str_repr, setup, teardown),
        cmocka_unit_test_setup_teardown(test_exc_matching, setup, teardown),
        cmocka_unit_test_setup_teardown(test_exc_chaining, setup, teardown),
        cmocka_unit_test_setup_teardown(test_err_helpers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_nomem_at_limit, setup, teardown),
        cmocka_unit_test_setup_teardown(test_traceback_context, setup, teardown),
        cmocka_unit_test_setup_teardown(test_traceback_cause, setup, teardown),
        cmocka_unit_test_setup_teardown(test_traceback_recursion, setup, teardown),
        cmocka_unit_test_setup_teardown(test_traceback_source_lines, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bind_args, setup, teardown),
        cmocka_unit_test_setup_teardown(test_call_value, setup, teardown),
        cmocka_unit_test_setup_teardown(test_int_parse, setup, teardown),
        cmocka_unit_test_setup_teardown(test_float_parse, setup, teardown),
        cmocka_unit_test_setup_teardown(test_min_max_sum, setup, teardown),
        cmocka_unit_test_setup_teardown(test_isinstance_type, setup, teardown),
        cmocka_unit_test_setup_teardown(test_simple_builtins, setup, teardown),
        cmocka_unit_test_setup_teardown(test_print, setup, teardown),
        cmocka_unit_test_setup_teardown(test_host_values, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
