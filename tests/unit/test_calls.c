/* test_calls.c — cmocka tests of calls and closures in the runtime: argument binding for every parameter kind
 * (positional-only, defaults, *args, keyword-only with defaults, **kwargs) and every binding error,
 * f(*args, **kwargs) (rt_call_ex), ** merging, starred unpacking, f-string fields, cells. Stage: tests.
 * Every expected string was produced by python3 (CPython 3.11.7) for the same call; each test also checks
 * that the execution's live bytes come back to where they started (no reference leaks). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "rt_ctx.h"
#include "rt_values.h"

/* ---------------------------------------------------------------- fixtures and helpers */

typedef struct Fix {
    RtCtx x;      /* the execution */
    size_t live0; /* live bytes when the test started */
} Fix;

static int setup(void **state) {
    Fix *f = calloc(1, sizeof *f);
    if (!f) return -1;
    rt_ctx_init(&f->x, 0);
    f->x.pub.fuel = 1 << 30;
    f->x.pub.max_depth = 1000;
    /* builtin objects are made once and cached by the execution: make the ones used here before counting */
    int used[] = {PITH_B_LEN, PITH_B_PRINT, PITH_B_INT};
    for (size_t i = 0; i < sizeof used / sizeof used[0]; i++) {
        PV b = rt_builtin(&f->x.pub, used[i]);
        if (!b) return -1;
        pv_decref(&f->x.pub, b);
    }
    f->live0 = f->x.mem_live;
    *state = f;
    return 0;
}

static int teardown(void **state) {
    Fix *f = *state;
    size_t live = f->x.mem_live, live0 = f->live0;
    rt_ctx_release_all(&f->x);
    pith_buf_free(&f->x.out);
    free(f);
    if (live != live0) fail_msg("leak: %zu live bytes at the end, %zu at the start", live, live0);
    return 0;
}

#define CTX(state) (&((Fix *)*(state))->x.pub)

#include "test_rt_util.h"

/* A dict of n (C string key, value) pairs; values borrowed. */
static PV dict_of(PCtx *c, int n, ...) {
    PV d = rt_dict_new(c);
    assert_true(d != PV_NULL);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        PV k = S(c, va_arg(ap, const char *));
        assert_int_equal(rt_dict_set(c, d, k, va_arg(ap, PV)), 0);
        pv_decref(c, k);
    }
    va_end(ap);
    return d;
}

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

/* The call failed with exactly "Type: message". */
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

/* The direct entry of every test function: returns its bound parameters as a tuple, in slot order. */
static PV params_tuple(PCtx *c, PV self, PV *args) {
    const PFuncDesc *fn = ((PFuncObj *)self)->fn;
    PV t = rt_tuple_new(c, fn->nparams);
    if (!t) return PV_NULL;
    for (int i = 0; i < fn->nparams; i++) {
        ((PTupleObj *)t)->items[i] = args[i];
        pv_incref(args[i]);
    }
    return t;
}

/* The Python functions of these tests (their sources are in each comment). */
static const char *const n_ab[] = {"a", "b"};
static const char *const n_abc[] = {"a", "b", "c"};
static const char *const n_ak[] = {"a", "k"};
static const char *const n_akj[] = {"a", "k", "j"};
static const char *const n_akm[] = {"a", "k", "m"};
static const char *const n_va[] = {"a", "args", "k", "kw"};
static const char *const n_pv[] = {"a", "kw"};
static const char *const n_pk[] = {"a", "b", "kw"};
/* def f(a, b) */
static const PFuncDesc d_f = {
    .name = "f", .qualname = "f", .nparams = 2, .npositional = 2, .param_names = n_ab, .direct = params_tuple};
/* def g(a, b=1) */
static const PFuncDesc d_g = {.name = "g",
                              .qualname = "g",
                              .nparams = 2,
                              .npositional = 2,
                              .ndefaults = 1,
                              .param_names = n_ab,
                              .direct = params_tuple};
/* def h(a, *, k) */
static const PFuncDesc d_h = {.name = "h",
                              .qualname = "h",
                              .nparams = 2,
                              .npositional = 1,
                              .nkwonly = 1,
                              .param_names = n_ak,
                              .direct = params_tuple};
/* def h2(a, *, k, j) */
static const PFuncDesc d_h2 = {.name = "h2",
                               .qualname = "h2",
                               .nparams = 3,
                               .npositional = 1,
                               .nkwonly = 2,
                               .param_names = n_akj,
                               .direct = params_tuple};
/* def p(a, b, /, c) */
static const PFuncDesc d_p = {.name = "p",
                              .qualname = "p",
                              .nparams = 3,
                              .npositional = 3,
                              .nposonly = 2,
                              .param_names = n_abc,
                              .direct = params_tuple};
/* def outer(): def inner(a, b) */
static const PFuncDesc d_inner = {.name = "inner",
                                  .qualname = "outer.<locals>.inner",
                                  .nparams = 2,
                                  .npositional = 2,
                                  .param_names = n_ab,
                                  .direct = params_tuple};
/* def kd(a, *, k=5, m) */
static const PFuncDesc d_kd = {.name = "kd",
                               .qualname = "kd",
                               .nparams = 3,
                               .npositional = 1,
                               .nkwonly = 2,
                               .param_names = n_akm,
                               .direct = params_tuple};
/* def va(a, *args, k, **kw) */
static const PFuncDesc d_va = {.name = "va",
                               .qualname = "va",
                               .nparams = 4,
                               .npositional = 1,
                               .nkwonly = 1,
                               .flags = PITH_F_VARARGS | PITH_F_VARKW,
                               .param_names = n_va,
                               .direct = params_tuple};
/* def pv(a, /, **kw) */
static const PFuncDesc d_pv = {.name = "pv",
                               .qualname = "pv",
                               .nparams = 2,
                               .npositional = 1,
                               .nposonly = 1,
                               .flags = PITH_F_VARKW,
                               .param_names = n_pv,
                               .direct = params_tuple};
/* def pk(a, b, /, **kw) */
static const PFuncDesc d_pk = {.name = "pk",
                               .qualname = "pk",
                               .nparams = 3,
                               .npositional = 2,
                               .nposonly = 2,
                               .flags = PITH_F_VARKW,
                               .param_names = n_pk,
                               .direct = params_tuple};

/* All the function objects, made once per test. */
typedef struct Funcs {
    PV f, g, h, h2, p, inner, kd, va, pv, pk;
} Funcs;

static Funcs make_funcs(PCtx *c) {
    Funcs F;
    F.f = rt_func_new(c, &d_f, PV_NULL, PV_NULL, PV_NULL);
    F.g = rt_func_new(c, &d_g, tuple_of(c, 1, PV_INT(1)), PV_NULL, PV_NULL);
    F.h = rt_func_new(c, &d_h, PV_NULL, PV_NULL, PV_NULL);
    F.h2 = rt_func_new(c, &d_h2, PV_NULL, PV_NULL, PV_NULL);
    F.p = rt_func_new(c, &d_p, PV_NULL, PV_NULL, PV_NULL);
    F.inner = rt_func_new(c, &d_inner, PV_NULL, PV_NULL, PV_NULL);
    F.kd = rt_func_new(c, &d_kd, PV_NULL, dict_of(c, 1, "k", PV_INT(5)), PV_NULL);
    F.va = rt_func_new(c, &d_va, PV_NULL, PV_NULL, PV_NULL);
    F.pv = rt_func_new(c, &d_pv, PV_NULL, PV_NULL, PV_NULL);
    F.pk = rt_func_new(c, &d_pk, PV_NULL, PV_NULL, PV_NULL);
    PV all[] = {F.f, F.g, F.h, F.h2, F.p, F.inner, F.kd, F.va, F.pv, F.pk};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) assert_true(all[i] != PV_NULL);
    return F;
}

static void free_funcs(PCtx *c, Funcs *F) {
    PV all[] = {F->f, F->g, F->h, F->h2, F->p, F->inner, F->kd, F->va, F->pv, F->pk};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) pv_decref(c, all[i]);
}

/* Call f with npos positional ints 1..npos then keywords (names kw, values 100, 101, ...). */
static PV callk(PCtx *c, PV f, int npos, PV kw) {
    PV args[12];
    int nkw = kw ? (int)((PTupleObj *)kw)->n : 0;
    for (int i = 0; i < npos; i++) args[i] = PV_INT(i + 1);
    for (int i = 0; i < nkw; i++) args[npos + i] = PV_INT(100 + i);
    PV r = rt_call_value(c, f, args, npos + nkw, kw);
    pv_xdecref(c, kw);
    return r;
}

/* ---------------------------------------------------------------- binding */

static void test_bind_errors(void **state) {
    PCtx *c = CTX(state);
    Funcs F = make_funcs(c);
    const char *TE = "TypeError";
    check_err(c, callk(c, F.f, 3, PV_NULL), TE, "f() takes 2 positional arguments but 3 were given");
    check_err(c, callk(c, F.g, 3, PV_NULL), TE, "g() takes from 1 to 2 positional arguments but 3 were given");
    check_err(c, callk(c, F.h, 2, names(c, 1, "k")), TE,
              "h() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given");
    check_err(c, callk(c, F.h, 3, names(c, 1, "k")), TE,
              "h() takes 1 positional argument but 3 positional arguments (and 1 keyword-only argument) were given");
    check_err(c, callk(c, F.h2, 2, names(c, 2, "k", "j")), TE,
              "h2() takes 1 positional argument but 2 positional arguments (and 2 keyword-only arguments) were "
              "given");
    check_err(c, callk(c, F.h, 2, PV_NULL), TE, "h() takes 1 positional argument but 2 were given");
    check_err(c, callk(c, F.h, 1, PV_NULL), TE, "h() missing 1 required keyword-only argument: 'k'");
    check_err(c, callk(c, F.h2, 1, PV_NULL), TE, "h2() missing 2 required keyword-only arguments: 'k' and 'j'");
    check_err(c, callk(c, F.f, 1, PV_NULL), TE, "f() missing 1 required positional argument: 'b'");
    check_err(c, callk(c, F.f, 1, names(c, 1, "z")), TE, "f() got an unexpected keyword argument 'z'");
    check_err(c, callk(c, F.f, 1, names(c, 1, "a")), TE, "f() got multiple values for argument 'a'");
    check_err(c, callk(c, F.f, 2, names(c, 1, "b")), TE, "f() got multiple values for argument 'b'");
    check_err(c, callk(c, F.p, 0, names(c, 3, "a", "b", "c")), TE,
              "p() got some positional-only arguments passed as keyword arguments: 'a, b'");
    check_err(c, callk(c, F.p, 1, names(c, 2, "b", "c")), TE,
              "p() got some positional-only arguments passed as keyword arguments: 'b'");
    check_err(c, callk(c, F.p, 4, PV_NULL), TE, "p() takes 3 positional arguments but 4 were given");
    check_err(c, callk(c, F.inner, 1, PV_NULL), TE,
              "outer.<locals>.inner() missing 1 required positional argument: 'b'");
    check_err(c, callk(c, F.kd, 1, PV_NULL), TE, "kd() missing 1 required keyword-only argument: 'm'");
    check_err(c, callk(c, F.va, 0, PV_NULL), TE, "va() missing 1 required positional argument: 'a'");
    check_err(c, callk(c, F.va, 1, PV_NULL), TE, "va() missing 1 required keyword-only argument: 'k'");
    check_err(c, callk(c, F.pk, 0, names(c, 2, "a", "b")), TE,
              "pk() missing 2 required positional arguments: 'a' and 'b'");
    free_funcs(c, &F);
}

static void test_bind_values(void **state) {
    PCtx *c = CTX(state);
    Funcs F = make_funcs(c);
    /* va(1, 2, 3, k=100, z=101) */
    check_repr(c, callk(c, F.va, 3, names(c, 2, "k", "z")), "(1, (2, 3), 100, {'z': 101})");
    /* kd(1, m=100): the keyword-only default fills k */
    check_repr(c, callk(c, F.kd, 1, names(c, 1, "m")), "(1, 5, 100)");
    /* kd(1, m=100, k=101) */
    check_repr(c, callk(c, F.kd, 1, names(c, 2, "m", "k")), "(1, 101, 100)");
    check_repr(c, callk(c, F.g, 1, PV_NULL), "(1, 1)");
    check_repr(c, callk(c, F.g, 0, names(c, 2, "b", "a")), "(101, 100)");
    /* p(1, 2, c=100) */
    check_repr(c, callk(c, F.p, 2, names(c, 1, "c")), "(1, 2, 100)");
    /* pv(1, a=100): a positional-only name may reach **kwargs */
    check_repr(c, callk(c, F.pv, 1, names(c, 1, "a")), "(1, {'a': 100})");
    /* va(1, k=100): empty *args and **kwargs */
    check_repr(c, callk(c, F.va, 1, names(c, 1, "k")), "(1, (), 100, {})");
    /* h(1, k=100) */
    check_repr(c, callk(c, F.h, 1, names(c, 1, "k")), "(1, 100)");
    free_funcs(c, &F);
}

static void test_func_repr(void **state) {
    PCtx *c = CTX(state);
    Funcs F = make_funcs(c);
    PV r = rt_repr(c, F.inner);
    assert_true(r != PV_NULL);
    const char *want = "<function outer.<locals>.inner at 0x";
    assert_int_equal(strncmp(((RtStr *)r)->data, want, strlen(want)), 0);
    pv_decref(c, r);
    free_funcs(c, &F);
}

/* ---------------------------------------------------------------- f(*args, **kwargs) */

static void test_call_ex(void **state) {
    PCtx *c = CTX(state);
    Funcs F = make_funcs(c);
    PV args = tuple_of(c, 2, PV_INT(1), PV_INT(2));
    PV kw = dict_of(c, 2, "k", PV_INT(3), "q", PV_INT(4));
    /* va(*(1, 2), **{'k': 3, 'q': 4}) */
    check_repr(c, rt_call_ex(c, F.va, args, kw), "(1, (2,), 3, {'q': 4})");
    /* f(*'ab'): any iterable works for the star */
    PV ab = S(c, "ab");
    check_repr(c, rt_call_ex(c, F.f, ab, PV_NULL), "('a', 'b')");
    /* f(*[1, 2]) from a list */
    PV lst = rt_list_new(c, 0);
    assert_int_equal(rt_list_extend(c, lst, args), 0);
    check_repr(c, rt_call_ex(c, F.f, lst, PV_NULL), "(1, 2)");
    check_err(c, rt_call_ex(c, F.f, PV_INT(5), PV_NULL), "TypeError",
              "__main__.f() argument after * must be an iterable, not int");
    /* f(**{1: 2}) */
    PV bad = rt_dict_new(c);
    assert_int_equal(rt_dict_set(c, bad, PV_INT(1), PV_INT(2)), 0);
    check_err(c, rt_call_ex(c, F.f, PV_NULL, bad), "TypeError", "keywords must be strings");
    /* f(1, **{'a': 2}) */
    PV one = tuple_of(c, 1, PV_INT(1));
    PV a2 = dict_of(c, 1, "a", PV_INT(2));
    check_err(c, rt_call_ex(c, F.f, one, a2), "TypeError", "f() got multiple values for argument 'a'");
    /* a builtin: len(*([1, 2],)) */
    PV largs = tuple_of(c, 1, lst), len = rt_builtin(c, PITH_B_LEN);
    check_repr(c, rt_call_ex(c, len, largs, PV_NULL), "2");
    PV objs[] = {args, kw, ab, lst, bad, one, a2, largs, len};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) pv_decref(c, objs[i]);
    free_funcs(c, &F);
}

static void test_kwargs_merge(void **state) {
    PCtx *c = CTX(state);
    Funcs F = make_funcs(c);
    PV d = rt_dict_new(c);
    PV a1 = dict_of(c, 1, "a", PV_INT(1)), a2 = dict_of(c, 2, "b", PV_INT(3), "a", PV_INT(2));
    assert_int_equal(rt_kwargs_merge(c, d, a1, F.f), 0);
    check_repr(c, rt_dict_copy(c, d), "{'a': 1}");
    /* f(**{'a': 1}, **{'b': 3, 'a': 2}) */
    assert_int_equal(rt_kwargs_merge(c, d, a2, F.f), -1);
    check_err(c, PV_NULL, "TypeError", "__main__.f() got multiple values for keyword argument 'a'");
    PV d2 = dict_of(c, 1, "a", PV_INT(1));
    assert_int_equal(rt_kwargs_merge(c, d2, a1, F.inner), -1);
    check_err(c, PV_NULL, "TypeError", "__main__.outer.<locals>.inner() got multiple values for keyword argument 'a'");
    /* f(**5), print(**5), int(**5), [].append(**5) */
    assert_int_equal(rt_kwargs_merge(c, d, PV_INT(5), F.f), -1);
    check_err(c, PV_NULL, "TypeError", "__main__.f() argument after ** must be a mapping, not int");
    PV print = rt_builtin(c, PITH_B_PRINT), int_ = rt_builtin(c, PITH_B_INT);
    assert_int_equal(rt_kwargs_merge(c, d, PV_INT(5), print), -1);
    check_err(c, PV_NULL, "TypeError", "print() argument after ** must be a mapping, not int");
    assert_int_equal(rt_kwargs_merge(c, d, PV_INT(5), int_), -1);
    check_err(c, PV_NULL, "TypeError", "int() argument after ** must be a mapping, not int");
    PV lst = rt_list_new(c, 0), name = S(c, "append");
    PV meth = rt_getattr(c, lst, name);
    assert_true(meth != PV_NULL);
    assert_int_equal(rt_kwargs_merge(c, d, PV_INT(5), meth), -1);
    check_err(c, PV_NULL, "TypeError", "list.append() argument after ** must be a mapping, not int");
    /* rt_list_to_tuple */
    assert_int_equal(rt_list_append(c, lst, PV_INT(7)), 0);
    check_repr(c, rt_list_to_tuple(c, lst), "(7,)");
    PV objs[] = {d, a1, a2, d2, lst, name, meth, print, int_};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) pv_decref(c, objs[i]);
    free_funcs(c, &F);
}

/* ---------------------------------------------------------------- a, *b, c = seq */

/* rt_unpack_ex(seq, before, after) as the tuple of its outputs (seq released). */
static PV unpack_ex(PCtx *c, PV seq, int before, int after) {
    PV out[8];
    int r = rt_unpack_ex(c, seq, before, after, out);
    pv_decref(c, seq);
    if (r < 0) return PV_NULL;
    return rt_tuple_from_steal(c, out, before + 1 + after);
}

static PV list_ints(PCtx *c, int n) {
    PV l = rt_list_new(c, 0);
    for (int i = 1; i <= n; i++) assert_int_equal(rt_list_append(c, l, PV_INT(i)), 0);
    return l;
}

/* iter(list of 1..n) */
static PV iter_ints(PCtx *c, int n) {
    PV l = list_ints(c, n), it = rt_iter(c, l);
    pv_decref(c, l);
    return it;
}

static void test_unpack_ex(void **state) {
    PCtx *c = CTX(state);
    const char *VE = "ValueError";
    check_err(c, unpack_ex(c, list_ints(c, 1), 1, 1), VE, "not enough values to unpack (expected at least 2, got 1)");
    check_err(c, unpack_ex(c, PV_INT(5), 1, 1), "TypeError", "cannot unpack non-iterable int object");
    check_repr(c, unpack_ex(c, S(c, "xyz"), 1, 1), "('x', ['y'], 'z')");
    check_repr(c, unpack_ex(c, rt_range_new(c, 0, 5, 1), 1, 1), "(0, [1, 2, 3], 4)");
    check_err(c, unpack_ex(c, iter_ints(c, 1), 2, 2), VE, "not enough values to unpack (expected at least 4, got 1)");
    check_err(c, unpack_ex(c, iter_ints(c, 3), 2, 2), VE, "not enough values to unpack (expected at least 4, got 3)");
    check_err(c, unpack_ex(c, list_ints(c, 3), 2, 2), VE, "not enough values to unpack (expected at least 4, got 3)");
    check_repr(c, unpack_ex(c, list_ints(c, 4), 2, 2), "(1, 2, [], 3, 4)");
    check_repr(c, unpack_ex(c, iter_ints(c, 5), 2, 2), "(1, 2, [3], 4, 5)");
    /* *a, b = [1]; *a, b = range(3) */
    check_repr(c, unpack_ex(c, list_ints(c, 1), 0, 1), "([], 1)");
    check_repr(c, unpack_ex(c, rt_range_new(c, 0, 3, 1), 0, 1), "([0, 1], 2)");
    PV t = tuple_of(c, 3, PV_INT(1), PV_INT(2), PV_INT(3));
    check_repr(c, unpack_ex(c, t, 0, 0), "([1, 2, 3],)");
}

/* ---------------------------------------------------------------- f-strings */

static void test_format_value(void **state) {
    PCtx *c = CTX(state);
    PV e = S(c, "é"), x = S(c, "x"), sp2f = S(c, ".2f"), r6 = S(c, ">6"), r5 = S(c, ">5"), hx = S(c, "x");
    PV empty = S(c, "");
    PV pi = rt_float_new(c, 3.14159);
    PV lst = rt_list_new(c, 0);
    assert_int_equal(rt_list_append(c, lst, PV_INT(1)), 0);
    assert_int_equal(rt_list_append(c, lst, x), 0);
    /* f"{'é'!a}" */
    check_repr(c, rt_format_value(c, e, 'a', PV_NULL), "\"'\\\\xe9'\"");
    check_repr(c, rt_format_value(c, pi, 0, sp2f), "'3.14'");
    check_repr(c, rt_format_value(c, PV_INT(42), 0, r6), "'    42'");
    check_repr(c, rt_format_value(c, x, 'r', r5), "\"  'x'\"");
    check_repr(c, rt_format_value(c, PV_NONE, 0, PV_NULL), "'None'");
    check_repr(c, rt_format_value(c, PV_NONE, 0, empty), "'None'");
    check_repr(c, rt_format_value(c, lst, 's', PV_NULL), "\"[1, 'x']\"");
    check_repr(c, rt_format_value(c, x, 0, PV_NULL), "'x'");
    check_repr(c, rt_format_value(c, x, 's', PV_NULL), "'x'");
    check_err(c, rt_format_value(c, PV_NONE, 0, r5), "TypeError",
              "unsupported format string passed to NoneType.__format__");
    check_err(c, rt_format_value(c, lst, 0, hx), "TypeError", "unsupported format string passed to list.__format__");
    /* ascii('€😀') */
    PV emo = S(c, "€😀");
    PV a = rt_ascii(c, emo);
    assert_true(a != PV_NULL);
    assert_string_equal(((RtStr *)a)->data, "'\\u20ac\\U0001f600'");
    assert_int_equal(((RtStr *)a)->nchars, 18);
    pv_decref(c, a);
    /* "a" + "é" + "b" + "" */
    PV parts[4] = {S(c, "a"), S(c, "é"), S(c, "b"), S(c, "")};
    PV joined = rt_str_concat_steal(c, parts, 4);
    assert_true(joined != PV_NULL);
    assert_string_equal(((RtStr *)joined)->data, "aéb");
    assert_int_equal(((RtStr *)joined)->nchars, 3);
    assert_int_equal(RT_OBJ(joined)->flags & RT_STR_ASCII, 0);
    pv_decref(c, joined);
    PV none[1];
    PV z = rt_str_concat_steal(c, none, 0);
    check_repr(c, z, "''");
    PV objs[] = {e, x, sp2f, r6, r5, hx, empty, pi, lst, emo};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) pv_decref(c, objs[i]);
}

/* ---------------------------------------------------------------- cells */

static void test_cells(void **state) {
    PCtx *c = CTX(state);
    PV s = S(c, "captured");
    PV cell = rt_cell_new(c, s);
    assert_true(cell != PV_NULL);
    assert_int_equal(RT_OBJ(s)->rc, 2);
    assert_string_equal(rt_type_name(cell), "cell");
    assert_true(((PCellObj *)cell)->v == s);
    /* a closure tuple of cells, read the way generated code does */
    PV unbound = rt_cell_new(c, PV_NULL);
    assert_true(unbound != PV_NULL);
    PV cl = tuple_of(c, 2, cell, unbound);
    assert_true(PV_CELL(cl, 0)->v == s);
    assert_true(PV_CELL(cl, 1)->v == PV_NULL);
    pv_decref(c, cell);
    pv_decref(c, unbound);
    pv_decref(c, cl); /* releases both cells and the cell's reference to s */
    assert_int_equal(RT_OBJ(s)->rc, 1);
    PV name = S(c, "x");
    rt_err_free_unbound(c, name);
    check_err(c, PV_NULL, "NameError",
              "cannot access free variable 'x' where it is not associated with a value in enclosing scope");
    pv_decref(c, name);
    pv_decref(c, s);
}

/* ---------------------------------------------------------------- generator functions */

static int never_stepped(PCtx *c, PFrame *fr) {
    (void)c;
    (void)fr;
    return PITH_STEP_DONE;
}

/* def outer(): x = ...; def gen(a, *, k=5): yield ... (a generator function with one free variable) */
static const PFuncDesc d_gen = {.name = "gen",
                                .qualname = "outer.<locals>.gen",
                                .nparams = 2,
                                .npositional = 1,
                                .nkwonly = 1,
                                .flags = PITH_F_GENERATOR,
                                .param_names = n_ak,
                                .nslots = 3,
                                .nfrees = 1,
                                .step = never_stepped};

static void test_generator_call(void **state) {
    PCtx *c = CTX(state);
    PV s = S(c, "captured");
    PV cell = rt_cell_new(c, s);
    PV cl = tuple_of(c, 1, cell);
    pv_decref(c, cell);
    PV g = rt_func_new(c, &d_gen, PV_NULL, dict_of(c, 1, "k", PV_INT(5)), cl);
    assert_true(g != PV_NULL);
    /* arguments are bound when the generator function is called, as CPython does */
    check_err(c, callk(c, g, 0, PV_NULL), "TypeError",
              "outer.<locals>.gen() missing 1 required positional argument: 'a'");
    PV gen = callk(c, g, 1, PV_NULL);
    assert_true(gen != PV_NULL);
    assert_int_equal(RT_OBJ(cl)->rc, 2); /* the function's and the generator frame's */
    pv_decref(c, gen);                   /* never iterated: the frame and its closure reference go */
    assert_int_equal(RT_OBJ(cl)->rc, 1);
    pv_decref(c, g);
    pv_decref(c, s);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_bind_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bind_values, setup, teardown),
        cmocka_unit_test_setup_teardown(test_func_repr, setup, teardown),
        cmocka_unit_test_setup_teardown(test_call_ex, setup, teardown),
        cmocka_unit_test_setup_teardown(test_kwargs_merge, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unpack_ex, setup, teardown),
        cmocka_unit_test_setup_teardown(test_format_value, setup, teardown),
        cmocka_unit_test_setup_teardown(test_cells, setup, teardown),
        cmocka_unit_test_setup_teardown(test_generator_call, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
