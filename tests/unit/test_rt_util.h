/* test_rt_util.h — small constructors shared by the runtime's cmocka tests (test_calls.c,
 * test_exc_builtins.c): str values, kwnames tuples, tuples of values. Each asserts success.
 * Header-only (static functions): include it after <cmocka.h> and the runtime headers. */
#ifndef PITH_TEST_RT_UTIL_H
#define PITH_TEST_RT_UTIL_H

#include <stdarg.h>

#define TEST_MAX_ITEMS 8 /* items a helper tuple may hold */

static PV S(PCtx *c, const char *s) {
    PV v = rt_str_cstr(c, s);
    assert_true(v != PV_NULL);
    return v;
}

/* A tuple of the given str names (kwnames). */
static PV names(PCtx *c, int n, ...) {
    PV items[TEST_MAX_ITEMS];
    assert_true(n >= 0 && n <= TEST_MAX_ITEMS);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) items[i] = S(c, va_arg(ap, const char *));
    va_end(ap);
    PV t = rt_tuple_from_steal(c, items, n);
    assert_true(t != PV_NULL);
    return t;
}

/* A tuple of the given values (borrowed: each is incref'd). */
static PV tuple_of(PCtx *c, int n, ...) {
    PV items[TEST_MAX_ITEMS];
    assert_true(n >= 0 && n <= TEST_MAX_ITEMS);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        items[i] = va_arg(ap, PV);
        pv_incref(items[i]);
    }
    va_end(ap);
    PV t = rt_tuple_from_steal(c, items, n);
    assert_true(t != PV_NULL);
    return t;
}

#endif
