/* test_buf.c — cmocka tests of the shared byte buffer (common/pith_buf.h): appends keep the text
 * NUL-terminated, printf output longer than its first guess, growth through a chosen allocator, the
 * sticky failure flag, and taking the result. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "pith_buf.h"

/* A malloc-backed allocator that counts its blocks and refuses to grow past a byte budget. */
typedef struct Budget {
    size_t max;  /* largest block it agrees to hand out */
    int live;    /* blocks handed out and not released */
    int resizes; /* calls to resize */
} Budget;

static void *budget_resize(void *ctx, void *p, size_t old_n, size_t new_n) {
    Budget *b = ctx;
    b->resizes++;
    if (new_n > b->max) return NULL;
    void *q = realloc(p, new_n);
    if (q && !p) b->live++;
    return q;
}

static void budget_release(void *ctx, void *p, size_t n) {
    ((Budget *)ctx)->live--;
    free(p);
}

static const PithAllocator budget_alloc = {budget_resize, budget_release};

static void test_appends(void **state) {
    PithBuf b = {0};
    assert_int_equal(pith_buf_puts(&b, "ab"), 0);
    assert_int_equal(pith_buf_putc(&b, 'c'), 0);
    assert_int_equal(pith_buf_put(&b, "d\0e", 3), 0);
    assert_int_equal(b.len, 6);
    assert_memory_equal(b.p, "abcd\0e", 7); /* the NUL after the bytes is always there */
    for (int i = 0; i < 1000; i++) assert_int_equal(pith_buf_printf(&b, "%d,", i % 10), 0);
    assert_int_equal(b.len, 6 + 2000);
    assert_int_equal(b.p[b.len], 0);
    size_t n = 0;
    char *text = pith_buf_take(&b, &n);
    assert_int_equal(n, 2006);
    assert_null(b.p);
    assert_int_equal(b.len, 0);
    free(text);
}

static void test_long_printf(void **state) {
    char big[3000];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = 0;
    PithBuf b = {0};
    pith_buf_puts(&b, "<");
    assert_int_equal(pith_buf_printf(&b, "%s|%d", big, 42), 0); /* longer than the first formatting pass */
    assert_int_equal(b.len, 1 + 2999 + 3);
    assert_int_equal(strncmp(b.p + b.len - 4, "x|42", 4), 0);
    assert_int_equal(strlen(b.p), b.len);
    pith_buf_free(&b);
    assert_null(b.p);
}

static void test_take_empty(void **state) {
    PithBuf b = {0};
    size_t n = 7;
    char *text = pith_buf_take(&b, &n);
    assert_non_null(text);
    assert_string_equal(text, "");
    assert_int_equal(n, 0);
    free(text);
}

static void test_allocator_and_sticky_failure(void **state) {
    Budget budget = {.max = 128};
    PithBuf b;
    pith_buf_init(&b, &budget_alloc, &budget, 16);
    assert_int_equal(pith_buf_puts(&b, "0123456789"), 0);
    assert_int_equal(b.cap, 16); /* the first block has the size asked for at init */
    assert_int_equal(pith_buf_puts(&b, "0123456789"), 0);
    assert_int_equal(b.cap, 32); /* then it doubles */
    assert_int_equal(budget.live, 1);
    char big[200];
    memset(big, 'y', sizeof big);
    assert_int_equal(pith_buf_put(&b, big, sizeof big), -1); /* past the budget */
    assert_true(b.failed);
    assert_int_equal(b.len, 20); /* what was written stays readable */
    assert_string_equal(b.p, "01234567890123456789");
    int resizes = budget.resizes;
    assert_int_equal(pith_buf_putc(&b, 'z'), -1); /* sticky: no further attempt */
    assert_int_equal(pith_buf_printf(&b, "%d", 1), -1);
    assert_int_equal(budget.resizes, resizes);
    assert_null(pith_buf_take(&b, NULL)); /* a failed buffer gives nothing, and is released */
    assert_int_equal(budget.live, 0);
    assert_false(b.failed);
    assert_int_equal(pith_buf_puts(&b, "again"), 0); /* empty again, on the same allocator */
    assert_int_equal(budget.live, 1);
    pith_buf_free(&b);
    assert_int_equal(budget.live, 0);
}

static void test_reserve_commit(void **state) {
    PithBuf b = {0};
    char *w = pith_buf_reserve(&b, 4);
    assert_non_null(w);
    memcpy(w, "wxyz", 4);
    pith_buf_commit(&b, 3); /* fewer than reserved */
    assert_string_equal(b.p, "wxy");
    pith_buf_free(&b);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_appends),        cmocka_unit_test(test_long_printf),
        cmocka_unit_test(test_take_empty),     cmocka_unit_test(test_allocator_and_sticky_failure),
        cmocka_unit_test(test_reserve_commit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
