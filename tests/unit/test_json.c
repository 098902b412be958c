/* test_json.c — cmocka tests of the host-value helpers of include/pith.h: pith_value_from_json,
 * pith_value_to_json, pith_value_repr and the tree constructors.
 * Every expected string was produced by CPython 3.11 (repr(json.loads(text)) / json.dumps(value)), so these
 * tests pin pith to Python's behaviour; the few deliberate differences (lone surrogates, depth cap) say so. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "pith.h"

/* Parse text (must succeed) and return the tree. */
static PithValue *parse_ok(const char *text) {
    char err[256] = "";
    PithValue *v = pith_value_from_json(text, strlen(text), err, sizeof err);
    if (!v) fail_msg("parse of %s failed: %s", text, err);
    return v;
}

/* Parse n bytes that must be rejected; returns the message. */
static const char *parse_bad_n(const char *text, size_t n) {
    static char err[256];
    err[0] = '\0';
    PithValue *v = pith_value_from_json(text, n, err, sizeof err);
    if (v) {
        pith_value_free(v);
        fail_msg("parse of %.*s should have failed", (int)n, text);
    }
    assert_true(err[0] != '\0');
    return err;
}

static const char *parse_bad(const char *text) { return parse_bad_n(text, strlen(text)); }

/* repr(json.loads(text)) must equal expect. */
static void check_repr(const char *text, const char *expect) {
    PithValue *v = parse_ok(text);
    char *r = pith_value_repr(v);
    assert_non_null(r);
    assert_string_equal(r, expect);
    free(r);
    pith_value_free(v);
}

/* json.dumps(json.loads(text)) must equal expect. */
static void check_dumps(const char *text, const char *expect) {
    PithValue *v = parse_ok(text);
    char *j = pith_value_to_json(v);
    assert_non_null(j);
    assert_string_equal(j, expect);
    free(j);
    pith_value_free(v);
}

static void test_scalars(void **state) {
    (void)state;
    PithValue *v = parse_ok(" true ");
    assert_int_equal(v->kind, PITH_BOOL);
    assert_int_equal(v->u.b, 1);
    pith_value_free(v);
    v = parse_ok("null");
    assert_int_equal(v->kind, PITH_NONE);
    pith_value_free(v);
    check_repr("false", "False");
    check_repr("null", "None");
    check_repr("\"x\"", "'x'");
}

static void test_integers(void **state) {
    (void)state;
    PithValue *v = parse_ok("9223372036854775807");
    assert_int_equal(v->kind, PITH_INT);
    assert_true(v->u.i == INT64_MAX);
    pith_value_free(v);
    v = parse_ok("-9223372036854775808");
    assert_int_equal(v->kind, PITH_INT);
    assert_true(v->u.i == INT64_MIN);
    pith_value_free(v);
    v = parse_ok("-0");
    assert_int_equal(v->kind, PITH_INT);
    assert_true(v->u.i == 0);
    pith_value_free(v);
    /* one past int64 either way becomes a big int carrying its decimal text */
    v = parse_ok("9223372036854775808");
    assert_int_equal(v->kind, PITH_BIGINT);
    assert_string_equal(v->u.bigint, "9223372036854775808");
    pith_value_free(v);
    v = parse_ok("-9223372036854775809");
    assert_int_equal(v->kind, PITH_BIGINT);
    assert_string_equal(v->u.bigint, "-9223372036854775809");
    pith_value_free(v);
    check_repr("123456789012345678901234567890", "123456789012345678901234567890");
    check_dumps("[-123456789012345678901234567890]", "[-123456789012345678901234567890]");
    /* CPython 3.11 refuses integers of more than 4300 digits */
    char *huge = malloc(4302);
    assert_non_null(huge);
    memset(huge, '7', 4301);
    huge[4301] = '\0';
    assert_non_null(strstr(parse_bad(huge), "Exceeds the limit (4300 digits)"));
    huge[4300] = '\0';
    v = parse_ok(huge);
    assert_int_equal(v->kind, PITH_BIGINT);
    pith_value_free(v);
    free(huge);
}

static void test_floats(void **state) {
    (void)state;
    PithValue *v = parse_ok("1.5");
    assert_int_equal(v->kind, PITH_FLOAT);
    assert_true(v->u.f == 1.5);
    pith_value_free(v);
    v = parse_ok("-0.0");
    assert_int_equal(v->kind, PITH_FLOAT);
    assert_true(v->u.f == 0.0 && signbit(v->u.f));
    pith_value_free(v);
    check_repr("[1E5, 1e+5, 2.5e-3, 1e400, -1e400, 1e-400, 0.1, 1.0]",
               "[100000.0, 100000.0, 0.0025, inf, -inf, 0.0, 0.1, 1.0]");
    check_repr("[NaN, Infinity, -Infinity]", "[nan, inf, -inf]");
    check_dumps("[NaN, Infinity, -Infinity, 1e400]", "[NaN, Infinity, -Infinity, Infinity]");
    check_repr("12345678901234567890.5", "1.2345678901234567e+19");
    check_repr("0.00000000000000000000000000000000000000000000000000000000001e50", "1e-09");
}

/* repr(float) for values whose CPython repr is known (python3 -c 'print(repr(x))'). */
static void test_float_repr(void **state) {
    (void)state;
    static const struct {
        double f;
        const char *repr;
    } cases[] = {
        {0.1, "0.1"},
        {1e16, "1e+16"},
        {1e-05, "1e-05"},
        {2.0, "2.0"},
        {-0.0, "-0.0"},
        {0.3333333333333333, "0.3333333333333333"},
        {5e-324, "5e-324"},
        {1.7976931348623157e308, "1.7976931348623157e+308"},
        {123456789.0, "123456789.0"},
        {1e15, "1000000000000000.0"},
        {0.0001, "0.0001"},
        {9007199254740993.0, "9007199254740992.0"},
        {0.30000000000000004, "0.30000000000000004"},
        {1e22, "1e+22"},
        {1e23, "1e+23"},
        {2.2250738585072014e-308, "2.2250738585072014e-308"},
        {100.0, "100.0"},
        {-1.5e-300, "-1.5e-300"},
        {123456789012345.6, "123456789012345.6"},
        {1234567890123456.7, "1234567890123456.8"},
        {12345678901234567.0, "1.2345678901234568e+16"},
        {0.001, "0.001"},
        {8.41e21, "8.41e+21"},
        {2.5e-05, "2.5e-05"},
        {INFINITY, "inf"},
        {-INFINITY, "-inf"},
        {NAN, "nan"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        PithValue *v = pith_value_float(cases[i].f);
        assert_non_null(v);
        char *r = pith_value_repr(v);
        assert_non_null(r);
        assert_string_equal(r, cases[i].repr);
        free(r);
        /* json.dumps writes floats with the same repr, except nan/inf */
        char *j = pith_value_to_json(v);
        assert_non_null(j);
        if (isfinite(cases[i].f)) assert_string_equal(j, cases[i].repr);
        free(j);
        pith_value_free(v);
    }
}

static void test_strings(void **state) {
    (void)state;
    PithValue *v = parse_ok("\"\\u00e9\\u4e2d\\ud83d\\ude00\"");
    assert_int_equal(v->kind, PITH_STR);
    assert_int_equal(v->u.s.len, 2 + 3 + 4);
    assert_memory_equal(v->u.s.data, "\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80", 9);
    pith_value_free(v);
    v = parse_ok("\"a\\u0000b\"");
    assert_int_equal(v->u.s.len, 3);
    assert_memory_equal(v->u.s.data, "a\0b", 3);
    pith_value_free(v);
    check_repr("\"\\n\\t\\r\\b\\f\\/\\\\\"", "'\\n\\t\\r\\x08\\x0c/\\\\'");
    check_repr("\"it's\"", "\"it's\"");
    check_repr("\"both ' and \\\"\"", "'both \\' and \"'");
    check_repr("\"\\u0000\\u001f\\u007f\"", "'\\x00\\x1f\\x7f'");
    /* printable non-ASCII stays, other code points are escaped as CPython escapes them */
    check_repr("\"\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80\"", "'\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80'");
    check_repr("\"\\u00a0\\u00ad\\u2028\\u3000\\ue000\\ufeff\"", "'\\xa0\\xad\\u2028\\u3000\\ue000\\ufeff'");
    check_repr("\"\\udb40\\udc01\\udbff\\udffd\"", "'\\U000e0001\\U0010fffd'");
    check_repr("\"\\u12AB\"", "'\xe1\x8a\xab'");
}

static void test_dumps(void **state) {
    (void)state;
    check_dumps("{\"a\":[1,2.5,\"\xc3\xa9\"],\"b\":null,\"c\":{\"d\":true}}",
                "{\"a\": [1, 2.5, \"\\u00e9\"], \"b\": null, \"c\": {\"d\": true}}");
    check_dumps("[]", "[]");
    check_dumps("{}", "{}");
    check_dumps("\"\\ud83d\\ude00 \\u001f\\u007f\\n\\\"\\\\/\"", "\"\\ud83d\\ude00 \\u001f\\u007f\\n\\\"\\\\/\"");
    check_dumps("\"\\b\\f\\r\\t\"", "\"\\b\\f\\r\\t\"");
    /* duplicate keys: the first position, the last value (Python's dict(pairs)) */
    check_dumps("{\"a\":1,\"b\":2,\"a\":3}", "{\"a\": 3, \"b\": 2}");
    check_repr("{\"a\":1,\"b\":2,\"a\":3}", "{'a': 3, 'b': 2}");
}

/* Many keys exercise the hashed duplicate index of the parser. */
static void test_many_duplicate_keys(void **state) {
    (void)state;
    char *text = malloc(64 * 1000 + 16);
    assert_non_null(text);
    size_t n = 0;
    text[n++] = '{';
    for (int i = 0; i < 2000; i++) n += (size_t)sprintf(text + n, "%s\"k%d\": %d", i ? "," : "", i % 500, i);
    text[n++] = '}';
    text[n] = '\0';
    PithValue *v = parse_ok(text);
    assert_int_equal(v->kind, PITH_DICT);
    assert_int_equal(v->u.dict.n, 500);
    for (size_t i = 0; i < 500; i++) {
        char key[16];
        snprintf(key, sizeof key, "k%zu", i);
        assert_string_equal(v->u.dict.keys[i]->u.s.data, key);
        assert_int_equal(v->u.dict.values[i]->u.i, (int64_t)(1500 + i));
    }
    pith_value_free(v);
    free(text);
}

static void test_invalid(void **state) {
    (void)state;
    /* messages and positions as Python's json module reports them */
    assert_string_equal(parse_bad(""), "Expecting value: line 1 column 1 (char 0)");
    assert_string_equal(parse_bad("[1,]"), "Expecting value: line 1 column 4 (char 3)");
    assert_string_equal(parse_bad("{\"a\":1,}"),
                        "Expecting property name enclosed in double quotes: line 1 column 8 (char 7)");
    assert_string_equal(parse_bad("{\"a\" 1}"), "Expecting ':' delimiter: line 1 column 6 (char 5)");
    assert_string_equal(parse_bad("[1 2]"), "Expecting ',' delimiter: line 1 column 4 (char 3)");
    assert_string_equal(parse_bad("\"abc"), "Unterminated string starting at: line 1 column 1 (char 0)");
    assert_string_equal(parse_bad("\"\\x\""), "Invalid \\escape: line 1 column 2 (char 1)");
    assert_string_equal(parse_bad("\"\\u12g4\""), "Invalid \\uXXXX escape: line 1 column 3 (char 2)");
    assert_string_equal(parse_bad("\"a\nb\""), "Invalid control character at: line 1 column 3 (char 2)");
    assert_string_equal(parse_bad("1 2"), "Extra data: line 1 column 3 (char 2)");
    assert_string_equal(parse_bad("[1] x"), "Extra data: line 1 column 5 (char 4)");
    assert_string_equal(parse_bad("01"), "Extra data: line 1 column 2 (char 1)");
    assert_string_equal(parse_bad("1."), "Extra data: line 1 column 2 (char 1)");
    assert_string_equal(parse_bad("\n\n  tru"), "Expecting value: line 3 column 3 (char 4)");
    /* truncated input of every kind */
    static const char *const truncated[] = {"[",    "[1,",     "{", "{\"a\"", "{\"a\":", "{\"a\":1", "\"",
                                            "\"\\", "\"\\u12", "t", "nul",    "-",       "[1,2",     "fals"};
    for (size_t i = 0; i < sizeof truncated / sizeof truncated[0]; i++) parse_bad(truncated[i]);
    static const char *const garbage[] = {"+1",
                                          ".5",
                                          "nan",
                                          "inf",
                                          "'a'",
                                          "[,]",
                                          "{,}",
                                          "{1:2}",
                                          "[1]]",
                                          "truex",
                                          "\xef\xbb\xbf"
                                          "1",
                                          "1e",
                                          "--1",
                                          "[-]"};
    for (size_t i = 0; i < sizeof garbage / sizeof garbage[0]; i++) parse_bad(garbage[i]);
    /* a NUL byte outside a string, and a raw NUL inside one */
    parse_bad_n("1\0", 2);
    parse_bad_n("\"a\0\"", 4);
    /* NULL text is simply invalid, and a NULL error buffer is allowed */
    assert_null(pith_value_from_json(NULL, 0, NULL, 0));
    assert_null(pith_value_from_json("[", 1, NULL, 0));
}

static void test_lone_surrogates(void **state) {
    (void)state;
    /* deliberate difference: Python's json accepts these and builds an unencodable str; pith refuses */
    assert_non_null(strstr(parse_bad("\"\\ud800\""), "Lone surrogate"));
    assert_non_null(strstr(parse_bad("\"\\udc00\""), "Lone surrogate"));
    assert_non_null(strstr(parse_bad("\"\\ud800\\u0041\""), "Lone surrogate"));
    assert_non_null(strstr(parse_bad("\"\\ud800x\""), "Lone surrogate"));
}

static void test_invalid_utf8(void **state) {
    (void)state;
    static const char *const bad[] = {
        "\"\xff\"",             /* never valid */
        "\"\x80\"",             /* stray continuation byte */
        "\"\xc0\xaf\"",         /* overlong '/' */
        "\"\xe0\x80\xaf\"",     /* overlong, 3 bytes */
        "\"\xed\xa0\x80\"",     /* an encoded surrogate */
        "\"\xe4\xb8\"",         /* truncated sequence */
        "\"\xf4\x90\x80\x80\"", /* above U+10FFFF */
        "\"\xf8\x88\x80\x80\x80\"",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) assert_non_null(strstr(parse_bad(bad[i]), "UTF-8"));
    parse_bad_n("\"\xe4", 2); /* the input ends inside the sequence */
    check_repr("\"\xf4\x8f\xbf\xbd\"", "'\\U0010fffd'");
}

/* Nesting: 512 levels parse, 513 do not, and very deep input fails cleanly (no stack overflow). */
static void test_depth(void **state) {
    (void)state;
    size_t big = 200000;
    char *text = malloc(2 * big + 1);
    assert_non_null(text);
    memset(text, '[', 512);
    memset(text + 512, ']', 512);
    PithValue *v = pith_value_from_json(text, 1024, NULL, 0);
    assert_non_null(v);
    char *j = pith_value_to_json(v);
    assert_non_null(j);
    assert_memory_equal(j, text, 1024);
    free(j);
    pith_value_free(v);
    memset(text, '[', 513);
    memset(text + 513, ']', 513);
    assert_non_null(strstr(parse_bad_n(text, 1026), "Nesting deeper than 512"));
    memset(text, '[', big);
    memset(text + big, ']', big);
    parse_bad_n(text, 2 * big);
    for (size_t i = 0; i < big; i++) memcpy(text + 5 * (i % (big / 5)), "{\"a\":", 5);
    parse_bad_n(text, big);
    free(text);
}

/* Values built by a host: constructors, containers, and the non-JSON kinds. */
static void test_host_trees(void **state) {
    (void)state;
    PithValue *t = pith_value_list();
    assert_non_null(t);
    t->kind = PITH_TUPLE; /* a tuple is a sequence built the same way */
    assert_int_equal(pith_value_append(t, pith_value_int(1)), 0);
    char *r = pith_value_repr(t);
    assert_string_equal(r, "(1,)");
    free(r);
    assert_int_equal(pith_value_append(t, pith_value_str("a'b", 3)), 0);
    r = pith_value_repr(t);
    assert_string_equal(r, "(1, \"a'b\")");
    free(r);
    r = pith_value_to_json(t);
    assert_string_equal(r, "[1, \"a'b\"]");
    free(r);
    pith_value_free(t);

    PithValue *s = pith_value_list();
    s->kind = PITH_SET;
    r = pith_value_repr(s);
    assert_string_equal(r, "set()");
    free(r);
    pith_value_append(s, pith_value_int(3));
    r = pith_value_repr(s);
    assert_string_equal(r, "{3}");
    free(r);
    pith_value_free(s);

    PithValue *e = pith_value_list();
    e->kind = PITH_TUPLE;
    r = pith_value_repr(e);
    assert_string_equal(r, "()");
    free(r);
    pith_value_free(e);

    /* non-str keys as json.dumps converts them; a key json.dumps refuses becomes its repr */
    PithValue *d = pith_value_dict();
    PithValue *tk = pith_value_list();
    tk->kind = PITH_TUPLE;
    pith_value_append(tk, pith_value_int(1));
    pith_value_append(tk, pith_value_int(2));
    assert_int_equal(pith_value_dict_set(d, pith_value_int(1), pith_value_bool(1)), 0);
    assert_int_equal(pith_value_dict_set(d, pith_value_float(1.5), pith_value_none()), 0);
    assert_int_equal(pith_value_dict_set(d, pith_value_bool(0), pith_value_float(NAN)), 0);
    assert_int_equal(pith_value_dict_set(d, pith_value_none(), pith_value_float(-INFINITY)), 0);
    assert_int_equal(pith_value_dict_set(d, pith_value_float(INFINITY), pith_value_int(0)), 0);
    assert_int_equal(pith_value_dict_set(d, tk, pith_value_str("x", 1)), 0);
    r = pith_value_to_json(d);
    assert_string_equal(r, "{\"1\": true, \"1.5\": null, \"false\": NaN, \"null\": -Infinity, "
                           "\"Infinity\": 0, \"(1, 2)\": \"x\"}");
    free(r);
    r = pith_value_repr(d);
    assert_string_equal(r, "{1: True, 1.5: None, False: nan, None: -inf, inf: 0, (1, 2): 'x'}");
    free(r);
    pith_value_free(d);

    /* bytes: repr is b'..', JSON is that repr as a string */
    PithValue *b = pith_value_str("\x00"
                                  "a'\"\\\x7f\xff\t",
                                  8);
    b->kind = PITH_BYTES;
    r = pith_value_repr(b);
    assert_string_equal(r, "b'\\x00a\\'\"\\\\\\x7f\\xff\\t'");
    free(r);
    r = pith_value_to_json(b);
    assert_string_equal(r, "\"b'\\\\x00a\\\\'\\\"\\\\\\\\\\\\x7f\\\\xff\\\\t'\"");
    free(r);
    pith_value_free(b);

    /* PITH_OTHER carries its repr: shown as is, JSON as a string */
    PithValue *o = pith_value_str("<function f>", 12);
    o->kind = PITH_OTHER;
    r = pith_value_repr(o);
    assert_string_equal(r, "<function f>");
    free(r);
    r = pith_value_to_json(o);
    assert_string_equal(r, "\"<function f>\"");
    free(r);
    pith_value_free(o);

    /* a str that is not valid UTF-8 (host-made) shows its bad bytes as surrogateescape does */
    PithValue *bad = pith_value_str("a\xff", 2);
    r = pith_value_repr(bad);
    assert_string_equal(r, "'a\\udcff'");
    free(r);
    r = pith_value_to_json(bad);
    assert_string_equal(r, "\"a\\udcff\"");
    free(r);
    pith_value_free(bad);
}

/* Ownership rules: append/dict_set always take what they are given, even when they fail. */
static void test_ownership(void **state) {
    (void)state;
    PithValue *n = pith_value_int(5);
    assert_int_equal(pith_value_append(n, pith_value_int(1)), -1); /* not a sequence: item freed */
    assert_int_equal(pith_value_append(NULL, pith_value_int(1)), -1);
    assert_int_equal(pith_value_dict_set(n, pith_value_int(1), pith_value_int(2)), -1);
    PithValue *l = pith_value_list();
    assert_int_equal(pith_value_append(l, NULL), -1); /* a failed constructor */
    assert_int_equal(l->u.seq.n, 0);
    pith_value_free(l);
    pith_value_free(n);
    pith_value_free(NULL);
    /* a list whose items array was malloc'd by hand with no spare room still grows correctly */
    PithValue *h = pith_value_list();
    h->u.seq.items = malloc(3 * sizeof *h->u.seq.items);
    for (int i = 0; i < 3; i++) h->u.seq.items[i] = pith_value_int(i);
    h->u.seq.n = 3;
    for (int i = 3; i < 100; i++) assert_int_equal(pith_value_append(h, pith_value_int(i)), 0);
    char *r = pith_value_to_json(h);
    assert_non_null(r);
    assert_int_equal(strncmp(r, "[0, 1, 2, 3, 4, ", 16), 0);
    free(r);
    pith_value_free(h);
    PithValue *s = pith_value_str(NULL, 0);
    assert_non_null(s);
    assert_int_equal(s->u.s.len, 0);
    assert_string_equal(s->u.s.data, "");
    pith_value_free(s);
    assert_null(pith_value_str(NULL, 3));
}

/* A very deep host-built tree: freeing never recurses; repr/to_json refuse (NULL) beyond their cap. */
static void test_deep_host_tree(void **state) {
    (void)state;
    PithValue *root = pith_value_list();
    PithValue *cur = root;
    for (int i = 0; i < 300000; i++) {
        PithValue *next = pith_value_list();
        assert_int_equal(pith_value_append(cur, next), 0);
        cur = next;
    }
    assert_null(pith_value_repr(root));
    assert_null(pith_value_to_json(root));
    pith_value_free(root);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scalars),
        cmocka_unit_test(test_integers),
        cmocka_unit_test(test_floats),
        cmocka_unit_test(test_float_repr),
        cmocka_unit_test(test_strings),
        cmocka_unit_test(test_dumps),
        cmocka_unit_test(test_many_duplicate_keys),
        cmocka_unit_test(test_invalid),
        cmocka_unit_test(test_lone_surrogates),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_depth),
        cmocka_unit_test(test_host_trees),
        cmocka_unit_test(test_ownership),
        cmocka_unit_test(test_deep_host_tree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
