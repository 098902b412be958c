/* test_exc_suggest.c — cmocka tests of the ". Did you mean: 'x'?" hint in traceback text (rt_exc_suggest.c)
 * for NameError / AttributeError raised by the runtime. Stage: tests. Every expected last line was printed by
 * python3 (CPython 3.11.7) for the snippet quoted next to it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "rt_ctx.h"

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

/* The last line of the traceback of the pending exception after it left fn at line 1. */
static void check_last_line(PCtx *c, const PFuncDesc *fn, const char *want) {
    rt_tb_add(c, fn, 1);
    if (fn != &d_module) rt_tb_add(c, &d_module, 2);
    PV e = rt_exc_fetch(c);
    assert_true(e != PV_NULL);
    char *t = rt_exc_format(c, e, "s.py", NULL, 0);
    assert_non_null(t);
    size_t n = strlen(t);
    assert_true(n > 0 && t[n - 1] == '\n');
    t[n - 1] = 0;
    char *last = strrchr(t, '\n');
    assert_string_equal(last ? last + 1 : t, want);
    free(t);
    pv_decref(c, e);
}

static void name_error(PCtx *c, const PFuncDesc *fn, const char *name, const char *want) {
    rt_err_name_cstr(c, name);
    check_last_line(c, fn, want);
}

static void attr_error(PCtx *c, PV obj, const char *name, const char *want) {
    PV n = rt_str_cstr(c, name);
    rt_err_attr(c, obj, n);
    pv_decref(c, n);
    check_last_line(c, &d_module, want);
}

static void test_name_hints(void **state) {
    PCtx *c = CTX(state);
    /* pritn(1) */
    name_error(c, &d_module, "pritn", "NameError: name 'pritn' is not defined. Did you mean: 'print'?");
    /* print(Flase) */
    name_error(c, &d_module, "Flase", "NameError: name 'Flase' is not defined. Did you mean: 'False'?");
    /* range2(3) */
    name_error(c, &d_module, "range2", "NameError: name 'range2' is not defined. Did you mean: 'range'?");
    /* foo */
    name_error(c, &d_module, "foo", "NameError: name 'foo' is not defined");
    /* sys.argv (3.11 has no "did you forget to import") */
    name_error(c, &d_module, "sys", "NameError: name 'sys' is not defined");
    /* abc = 1 / print(ab) : module globals, after the module dunders */
    static const char *const gnames[] = {"abc", "unbound_yet"};
    PV g[2] = {PV_INT(1), PV_NULL};
    PProgDesc prog = {0};
    prog.nglobals = 2;
    prog.global_names = gnames;
    RT_CTX(c)->prog = &prog;
    c->g = g;
    name_error(c, &d_module, "ab", "NameError: name 'ab' is not defined. Did you mean: 'abc'?");
    name_error(c, &d_module, "__nme__", "NameError: name '__nme__' is not defined. Did you mean: '__name__'?");
    /* a global that is not bound yet is no candidate */
    name_error(c, &d_module, "unbound_ye", "NameError: name 'unbound_ye' is not defined");
    /* def f(count): return coutn  /  def g(abd): return abx (the local wins over the global 'abc') */
    static const char *const p_count[] = {"count"};
    static const char *const p_abd[] = {"abd"};
    PFuncDesc f = {.name = "f",
                   .qualname = "f",
                   .nparams = 1,
                   .npositional = 1,
                   .ndefaults = 0,
                   .param_names = p_count,
                   .nslots = 0,
                   .direct = NULL,
                   .step = NULL,
                   .id = 1};
    PFuncDesc gg = {.name = "g",
                    .qualname = "g",
                    .nparams = 1,
                    .npositional = 1,
                    .ndefaults = 0,
                    .param_names = p_abd,
                    .nslots = 0,
                    .direct = NULL,
                    .step = NULL,
                    .id = 2};
    name_error(c, &f, "coutn", "NameError: name 'coutn' is not defined. Did you mean: 'count'?");
    name_error(c, &gg, "abx", "NameError: name 'abx' is not defined. Did you mean: 'abd'?");
    /* def f(): return lenn([]) */
    name_error(c, &f, "lenn", "NameError: name 'lenn' is not defined. Did you mean: 'len'?");
    RT_CTX(c)->prog = NULL;
    c->g = NULL;
    /* raise NameError("name 'pritn' is not defined"): no hint for a user-raised exception */
    rt_err(c, PITH_B_NAMEERROR, "name 'pritn' is not defined");
    check_last_line(c, &d_module, "NameError: name 'pritn' is not defined");
    /* UnboundLocalError carries no hint either */
    PV x = rt_str_cstr(c, "pritn");
    rt_err_unbound_local(c, x);
    check_last_line(c, &d_module,
                    "UnboundLocalError: cannot access local variable 'pritn' where it is not associated with a value");
    pv_decref(c, x);
}

static void test_attr_hints(void **state) {
    PCtx *c = CTX(state);
    PV s = rt_str_cstr(c, "a"), l = rt_list_new(c, 0), d = rt_dict_new(c), f = rt_float_new(c, 1.5);
    PV intc = rt_builtin(c, PITH_B_INT), len = rt_builtin(c, PITH_B_LEN);
    PV ve = rt_call_builtin(c, PITH_B_VALUEERROR, NULL, 0, PV_NULL);
    /* "a".uper() */
    attr_error(c, s, "uper", "AttributeError: 'str' object has no attribute 'uper'. Did you mean: 'upper'?");
    /* [].push */
    attr_error(c, l, "push", "AttributeError: 'list' object has no attribute 'push'");
    /* [].appendd */
    attr_error(c, l, "appendd", "AttributeError: 'list' object has no attribute 'appendd'. Did you mean: 'append'?");
    /* {}.itmes() */
    attr_error(c, d, "itmes", "AttributeError: 'dict' object has no attribute 'itmes'. Did you mean: 'items'?");
    /* (1).real2 */
    attr_error(c, PV_INT(1), "real2", "AttributeError: 'int' object has no attribute 'real2'. Did you mean: 'real'?");
    /* (1.5).is_integr */
    attr_error(c, f, "is_integr",
               "AttributeError: 'float' object has no attribute 'is_integr'. Did you mean: 'is_integer'?");
    /* None.foo */
    attr_error(c, PV_NONE, "foo", "AttributeError: 'NoneType' object has no attribute 'foo'");
    /* int.from_byte */
    attr_error(c, intc, "from_byte",
               "AttributeError: type object 'int' has no attribute 'from_byte'. Did you mean: 'from_bytes'?");
    /* len.foo */
    attr_error(c, len, "foo", "AttributeError: 'builtin_function_or_method' object has no attribute 'foo'");
    /* ValueError().arg, through the exception type's getattr hook */
    PV arg = rt_str_cstr(c, "arg");
    assert_true(rt_getattr(c, ve, arg) == PV_NULL);
    check_last_line(c, &d_module, "AttributeError: 'ValueError' object has no attribute 'arg'. Did you mean: 'args'?");
    /* raise AttributeError("x") */
    rt_err(c, PITH_B_ATTRIBUTEERROR, "x");
    check_last_line(c, &d_module, "AttributeError: x");
    PV objs[] = {s, l, d, f, intc, len, ve, arg};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) pv_decref(c, objs[i]);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_name_hints, setup, teardown),
        cmocka_unit_test_setup_teardown(test_attr_hints, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
