/* test_cache.c — cmocka tests of the bounded compile cache: the table itself (cache/cache.h: lookups after
 * many evictions, which move entries back inside their probe runs) and the engine's use of it (the least
 * recently used program is the one dropped, and a dropped program a caller still holds keeps working). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "cache.h"
#include "pith.h"

static int released;
static void count_release(void *v) {
    (void)v;
    released++;
}

/* Keys that collide on their home slot, so eviction must repair probe runs. */
static CacheKey key_of(uint64_t i) { return (CacheKey){(i % 7) << 20, i}; }

static void test_table_keeps_the_most_recent(void **state) {
    (void)state;
    enum { LIMIT = 50, N = 2000 };
    static int values[N];
    released = 0;
    Cache *c = cache_new(LIMIT, count_release);
    assert_non_null(c);
    for (uint64_t i = 0; i < N; i++) {
        assert_int_equal(cache_put(c, key_of(i), &values[i]), 0);
        assert_true(cache_count(c) <= LIMIT);
        if (i % 3 == 0 && i >= 10) /* touch an older entry: it must outlive newer, untouched ones */
            assert_ptr_equal(cache_get(c, key_of(i - 10)), &values[i - 10]);
    }
    assert_int_equal(cache_count(c), LIMIT);
    assert_int_equal(released, N - LIMIT);
    for (uint64_t i = N - 20; i < N; i++) assert_ptr_equal(cache_get(c, key_of(i)), &values[i]);
    assert_null(cache_get(c, key_of(0)));
    cache_set_limit(c, 5);
    assert_int_equal(cache_count(c), 5);
    for (uint64_t i = N - 5; i < N; i++) assert_ptr_equal(cache_get(c, key_of(i)), &values[i]);
    cache_free(c);
    assert_int_equal(released, N);
}

static PithProgram *compile(PithEngine *e, const char *src) {
    char diag[512];
    PithCompileOptions o = {.filename = "t.py"};
    PithProgram *p = pith_compile(e, src, strlen(src), &o, diag, sizeof diag);
    assert_non_null(p);
    return p;
}

static int was_hit(PithEngine *e, const char *src) {
    PithProgram *p = compile(e, src);
    int hit = pith_engine_last_stats(e)->cache_hit;
    pith_program_free(p);
    return hit;
}

static void test_engine_drops_least_recently_used(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    pith_engine_set_cache_limit(e, 2);
    PithProgram *held = compile(e, "print('a')\n");
    assert_int_equal(was_hit(e, "print('b')\n"), 0);
    assert_int_equal(was_hit(e, "print('a')\n"), 1); /* a is now the most recent */
    assert_int_equal(was_hit(e, "print('c')\n"), 0); /* drops b */
    assert_int_equal(pith_engine_cached_programs(e), 2);
    assert_int_equal(was_hit(e, "print('a')\n"), 1);
    assert_int_equal(was_hit(e, "print('b')\n"), 0); /* b was dropped; drops c */
    assert_int_equal(was_hit(e, "print('c')\n"), 0);
    pith_engine_set_cache_limit(e, 1);
    assert_int_equal(pith_engine_cached_programs(e), 1);
    assert_int_equal(was_hit(e, "print('d')\n"), 0); /* drops every earlier entry, a among them */
    PithExec *x = pith_exec_start(held, NULL);     /* the handle still runs the dropped program */
    size_t n;
    assert_int_equal(pith_exec_status(x), PITH_DONE);
    assert_string_equal(pith_exec_output(x, &n), "a\n");
    pith_exec_free(x);
    pith_program_free(held);
    pith_engine_free(e);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table_keeps_the_most_recent),
        cmocka_unit_test(test_engine_drops_least_recently_used),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
