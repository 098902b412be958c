/* test_snapshot.c — cmocka tests of snapshots (runtime/snap/rt_snap.h): programs waiting on host calls
 * at various depths are dumped at every wait, the engine freed, a new engine loads them and the run resumes:
 * output and result must equal a straight run's. Also: size, every flipped byte and every truncation refused
 * with a typed error, keys and MACs, an altered source, and the golden snapshots (tests/snapshots/). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <xxhash.h>

#include "pith.h"

static const char *const EXTS[] = {"ask", "tell"};
static const unsigned char KEY[] = "sixteen byte key";

/* The host's deterministic answer: an int argument + 1, else the number of positional arguments. */
static PithValue *answer(const PithCall *call) {
    if (call->args->u.seq.n > 0 && call->args->u.seq.items[0]->kind == PITH_INT)
        return pith_value_int(call->args->u.seq.items[0]->u.i + 1);
    return pith_value_int((int64_t)call->args->u.seq.n);
}

static PithProgram *compile(PithEngine *e, const char *src) {
    PithCompileOptions o = {.filename = "snap.py", .externals = EXTS, .nexternals = 2};
    char diag[1024];
    PithProgram *p = pith_compile(e, src, strlen(src), &o, diag, sizeof diag);
    if (!p) fprintf(stderr, "compile failed: %s\n", diag);
    return p;
}

/* Output + result (or error) of a finished execution, as one malloc'd text. */
static char *outcome(PithExec *x) {
    size_t n;
    const char *out = pith_exec_output(x, &n);
    char *res = NULL;
    if (pith_exec_status(x) == PITH_DONE) res = pith_value_to_json(pith_exec_result(x));
    const PithError *err = pith_exec_error(x);
    size_t len = n + (res ? strlen(res) : 0) + (err ? strlen(err->traceback) : 0) + 32;
    char *t = malloc(len);
    snprintf(t, len, "%s|%s|%s", out, res ? res : "", err ? err->traceback : "");
    free(res);
    return t;
}

static char *run_straight(const char *src) {
    PithEngine *e = pith_engine_new();
    PithProgram *p = compile(e, src);
    assert_non_null(p);
    PithExec *x = pith_exec_start(p, NULL);
    while (pith_exec_status(x) == PITH_WAITING) {
        PithValue *v = answer(pith_exec_call(x));
        pith_exec_resume(x, v);
        pith_value_free(v);
    }
    char *t = outcome(x);
    pith_exec_free(x);
    pith_program_free(p);
    pith_engine_free(e);
    return t;
}

/* Every wait: dump (with a key when keyed), free the execution and the engine, load into a new engine. */
static char *run_snapshotted(const char *src, int keyed, int *nwaits) {
    PithEngine *e = pith_engine_new();
    PithProgram *p = compile(e, src);
    assert_non_null(p);
    PithExec *x = pith_exec_start(p, NULL);
    pith_program_free(p);
    *nwaits = 0;
    while (pith_exec_status(x) == PITH_WAITING) {
        unsigned char *snap;
        size_t len;
        assert_int_equal(pith_exec_dump(x, keyed ? KEY : NULL, 16, &snap, &len), PITH_SNAP_OK);
        pith_exec_free(x);
        pith_engine_free(e);
        e = pith_engine_new();
        PithSnapError err = PITH_SNAP_NOMEM;
        x = pith_exec_load(e, snap, len, keyed ? KEY : NULL, 16, NULL, &err);
        free(snap);
        assert_int_equal(err, PITH_SNAP_OK);
        assert_non_null(x);
        assert_int_equal(pith_exec_status(x), PITH_WAITING);
        PithValue *v = answer(pith_exec_call(x));
        pith_exec_resume(x, v);
        pith_value_free(v);
        (*nwaits)++;
    }
    char *t = outcome(x);
    pith_exec_free(x);
    pith_engine_free(e);
    return t;
}

static void same_as_straight(const char *src, int min_waits) {
    char *a = run_straight(src);
    for (int keyed = 0; keyed < 2; keyed++) {
        int waits;
        char *b = run_snapshotted(src, keyed, &waits);
        assert_string_equal(a, b);
        assert_true(waits >= min_waits);
        free(b);
    }
    free(a);
}

static void test_module_level(void **state) {
    (void)state;
    same_as_straight("print('start')\nx = ask(1)\nprint('got', x)\ny = ask(x, 'a', k=3)\nx + y\n", 2);
}

static void test_inside_def(void **state) {
    (void)state;
    same_as_straight("def f(a, b=10):\n    c = ask(a) * b\n    return g(c) + 1\n"
                     "def g(v):\n    return ask(v) + v\nprint(f(3))\nf(4, b=2)\n",
                     4);
}

static void test_inside_loop(void **state) {
    (void)state;
    same_as_straight("total = 0\nitems = ['a', 'bb', 'ccc']\nfor i, s in enumerate(items):\n"
                     "    total += ask(i) * len(s)\n    print(i, s, total)\nfor k in range(2, 10, 3):\n"
                     "    total += ask(k)\ntotal\n",
                     6);
}

static void test_try_except(void **state) {
    (void)state;
    same_as_straight("try:\n    a = ask(1)\n    raise ValueError('bad ' + str(a))\n"
                     "except ValueError as e:\n    b = ask(2)\n    print('caught', e, b)\n    c = tell(e)\n"
                     "try:\n    {}['k']\nexcept KeyError as e:\n    print(repr(e), ask(5))\n",
                     4);
}

static void test_closure_and_generator(void **state) {
    (void)state;
    same_as_straight(
        "def mk():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n"
        "    return inc\nc = mk()\n"
        "g = (i * 10 for i in range(4))\nprint(next(g), c())\nv = ask(5)\nprint(c(), next(g), v)\nw = ask(c())\n"
        "print(list(g), w, c())\n",
        2);
}

static void test_shared_and_cyclic(void **state) {
    (void)state;
    /* str hashes are seeded per execution, so sets of strs are compared with their own order before the wait */
    same_as_straight("a = [1, 2]\na.append(a)\nd = {'k': 1, 'z': [a]}\npair = [d, d]\nbig = 2 ** 100\n"
                     "neg = -(3 ** 70)\nf = 1.5\nb = b'xy\\x00z'\ns = {1, 2, 3, 17, 33}\ns.discard(2)\n"
                     "fs = frozenset({'a', 'b', (1, 2), 'cc', 'dd'})\nss = set('abcdefgh')\nss.discard('c')\n"
                     "before = (list(fs), list(ss))\nkeyed = {fs: 'fs', (1, 'a'): 2, 3.5: 'f'}\n"
                     "it = iter([5, 6, 7])\nnext(it)\nr = range(1, 20, 4)\nks = iter(d.keys())\nnext(ks)\n"
                     "v = ask(1)\nd['k'] = v\n"
                     "print(a, pair, pair[0] is pair[1], a[2] is a, big + 1, neg, f * 2, b, s)\n"
                     "print(next(it), list(r), next(ks), keyed[fs], s | {9}, [0, 1, 2, 3, 4][1::2])\n"
                     "print((list(fs), list(ss)) == before, 'a' in fs, 'c' in ss, list(keyed.values()))\n"
                     "big2 = ask(big)\nprint(big2, hash('abc') == hash('ab' + 'c'), len)\nd\n",
                     2);
}

/* Cycle collections before and after each wait (30,000 garbage cycles a round, over the collector's
 * threshold) free only garbage: the live cycles, closures and the suspended frames resume exactly. */
static void test_after_collections(void **state) {
    (void)state;
    same_as_straight("def churn(n):\n    for i in range(n):\n        a = [i]\n        b = {'a': a}\n"
                     "        a.append(b)\n    return n\n"
                     "def counter():\n    count = [0]\n    def bump():\n        count[0] += 1\n"
                     "        return bump, count[0]\n    return bump\n"
                     "def work(rounds):\n    keep = []\n    bump = counter()\n    for r in range(rounds):\n"
                     "        ring = [r]\n        ring.append(ring)\n        keep.append(ring)\n"
                     "        churn(30000)\n        v = ask(r)\n        churn(30000)\n"
                     "        keep.append(bump()[1] + v)\n    return keep\n"
                     "res = work(3)\nprint([x if isinstance(x, int) else (x[0], x[1] is x) for x in res])\n"
                     "res[0][1][1][1] is res[0]\n",
                     3);
}

/* A small program holding a dict of 100 entries makes a snapshot under 4 KiB. */
static void test_small_snapshot(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    PithProgram *p = compile(e, "d = {}\nfor i in range(100):\n    d['key' + str(i)] = i * 3\nv = ask(len(d))\nv\n");
    PithExec *x = pith_exec_start(p, NULL);
    assert_int_equal(pith_exec_status(x), PITH_WAITING);
    unsigned char *snap;
    size_t len;
    assert_int_equal(pith_exec_dump(x, NULL, 0, &snap, &len), PITH_SNAP_OK);
    assert_true(len < 4096);
    free(snap);
    pith_exec_free(x);
    pith_program_free(p);
    pith_engine_free(e);
}

static unsigned char *make_snapshot(PithEngine *e, const char *src, const unsigned char *key, size_t *len) {
    PithProgram *p = compile(e, src);
    assert_non_null(p);
    PithExec *x = pith_exec_start(p, NULL);
    assert_int_equal(pith_exec_status(x), PITH_WAITING);
    unsigned char *snap = NULL;
    assert_int_equal(pith_exec_dump(x, key, 16, &snap, len), PITH_SNAP_OK);
    pith_exec_free(x);
    pith_program_free(p);
    return snap;
}

static const char *SMALL = "def f(n):\n    xs = [n, 'é', 2.5, b'q', {1}]\n    return ask(xs)\nprint('hi')\nf(3)\n";

/* Every flipped byte and every truncation is refused with a typed error; never a crash. */
static void test_flips_and_truncations(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    for (int keyed = 0; keyed < 2; keyed++) {
        size_t len;
        unsigned char *snap = make_snapshot(e, SMALL, keyed ? KEY : NULL, &len);
        unsigned char *copy = malloc(len);
        for (size_t i = 0; i < len; i++) {
            memcpy(copy, snap, len);
            copy[i] ^= (unsigned char)(1u << (i % 8));
            PithSnapError err = PITH_SNAP_OK;
            PithExec *x = pith_exec_load(e, copy, len, keyed ? KEY : NULL, 16, NULL, &err);
            assert_null(x);
            assert_true(err > PITH_SNAP_OK && err <= PITH_SNAP_UNSUPPORTED);
            assert_true(pith_snap_error_text(err)[0] != 0);
        }
        for (size_t n = 0; n < len; n++) {
            PithSnapError err = PITH_SNAP_OK;
            assert_null(pith_exec_load(e, snap, n, keyed ? KEY : NULL, 16, NULL, &err));
            assert_true(err == PITH_SNAP_TRUNCATED || err == PITH_SNAP_CORRUPT);
        }
        PithSnapError err;
        PithExec *x = pith_exec_load(e, snap, len, keyed ? KEY : NULL, 16, NULL, &err);
        assert_int_equal(err, PITH_SNAP_OK);
        pith_exec_free(x);
        free(copy);
        free(snap);
    }
    pith_engine_free(e);
}

/* Flipped bytes with the checksum recomputed reach the decoder itself: it must refuse (typed) or load, never
 * crash or leak (run under valgrind). */
static void test_flips_past_checksum(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    size_t len;
    unsigned char *snap = make_snapshot(e, SMALL, NULL, &len);
    unsigned char *copy = malloc(len);
    int refused = 0;
    for (size_t i = 0; i + 8 < len; i++) {
        for (int bit = 0; bit < 8; bit += 3) {
            memcpy(copy, snap, len);
            copy[i] ^= (unsigned char)(1u << bit);
            uint64_t sum = XXH3_64bits(copy, len - 8);
            for (int k = 0; k < 8; k++) copy[len - 8 + (size_t)k] = (unsigned char)(sum >> (8 * k));
            PithSnapError err = PITH_SNAP_OK;
            PithExec *x = pith_exec_load(e, copy, len, NULL, 0, NULL, &err);
            if (x) {
                assert_int_equal(err, PITH_SNAP_OK);
                assert_int_equal(pith_exec_status(x), PITH_WAITING);
                pith_exec_free(x);
            } else {
                assert_true(err > PITH_SNAP_OK && err <= PITH_SNAP_UNSUPPORTED);
                refused++;
            }
        }
    }
    assert_true(refused > 0);
    free(copy);
    free(snap);
    pith_engine_free(e);
}

static void test_keys_and_macs(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    size_t len, len2;
    unsigned char *keyed = make_snapshot(e, SMALL, KEY, &len);
    unsigned char *plain = make_snapshot(e, SMALL, NULL, &len2);
    const unsigned char other[] = "another key, 16b";
    PithSnapError err;
    assert_null(pith_exec_load(e, keyed, len, other, 16, NULL, &err));
    assert_int_equal(err, PITH_SNAP_BAD_MAC);
    assert_null(pith_exec_load(e, plain, len2, KEY, 16, NULL, &err));
    assert_int_equal(err, PITH_SNAP_BAD_MAC);
    assert_null(pith_exec_load(e, keyed, len, NULL, 0, NULL, &err)); /* signed: the key is needed */
    assert_int_equal(err, PITH_SNAP_NEEDS_KEY);
    PithExec *x = pith_exec_load(e, keyed, len, KEY, 16, NULL, &err);
    assert_int_equal(err, PITH_SNAP_OK);
    assert_string_equal(pith_exec_call(x)->name, "ask");
    size_t n;
    assert_string_equal(pith_exec_output(x, &n), "hi\n");
    pith_exec_free(x);
    /* not waiting: refused */
    PithProgram *p = compile(e, "1 + 1\n");
    x = pith_exec_start(p, NULL);
    unsigned char *out;
    assert_int_equal(pith_exec_dump(x, NULL, 0, &out, &n), PITH_SNAP_NOT_WAITING);
    pith_exec_free(x);
    pith_program_free(p);
    free(keyed);
    free(plain);
    pith_engine_free(e);
}

/* A snapshot whose embedded source was changed (checksum recomputed) no longer matches its program key. */
static void test_altered_source(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    size_t len;
    unsigned char *snap = make_snapshot(e, SMALL, NULL, &len);
    unsigned char *at = memmem(snap, len, "print('hi')", 11);
    assert_non_null(at);
    at[8] = 'o'; /* print('ho') */
    uint64_t sum = XXH3_64bits(snap, len - 8);
    for (int i = 0; i < 8; i++) snap[len - 8 + (size_t)i] = (unsigned char)(sum >> (8 * i));
    PithSnapError err;
    assert_null(pith_exec_load(e, snap, len, NULL, 0, NULL, &err));
    assert_int_equal(err, PITH_SNAP_PROGRAM);
    free(snap);
    pith_engine_free(e);
}

static PithProgram *compile_with(PithEngine *e, const char *src, const char *filename, const char *const *exts,
                                 size_t nexts) {
    PithCompileOptions o = {.filename = filename, .externals = exts, .nexternals = nexts};
    PithProgram *p = pith_compile(e, src, strlen(src), &o, NULL, 0);
    assert_non_null(p);
    return p;
}

/* Pinned to program p: refused as another program, engine untouched (nothing is compiled). */
static void refused_when_pinned(PithProgram *p, const unsigned char *snap, size_t len, const unsigned char *key) {
    PithSnapError err = PITH_SNAP_OK;
    assert_null(pith_exec_load_program(p, snap, len, key, key ? 16 : 0, NULL, &err));
    assert_int_equal(err, PITH_SNAP_PROGRAM);
}

/* pith_exec_load_program: a snapshot of program A resumes only against A (compiled by the host in another
 * engine), signed or not; B = A with one byte changed, another filename or other externals is refused, and
 * so is a forged snapshot that carries B's source under A's identity. */
static void test_pinned_to_program(void **state) {
    (void)state;
    PithEngine *saver = pith_engine_new(), *host = pith_engine_new();
    char *one_byte = strdup(SMALL);
    strstr(one_byte, "'hi'")[2] = 'o'; /* print('ho') */
    const char *const more_exts[] = {"ask", "tell", "other"};
    const char *const fewer_exts[] = {"ask"};
    PithProgram *a = compile_with(host, SMALL, "snap.py", EXTS, 2);
    PithProgram *others[] = {
        compile_with(host, one_byte, "snap.py", EXTS, 2),
        compile_with(host, SMALL, "other.py", EXTS, 2),
        compile_with(host, SMALL, "snap.py", more_exts, 3),
        compile_with(host, SMALL, "snap.py", fewer_exts, 1),
    };
    for (int keyed = 0; keyed < 2; keyed++) {
        const unsigned char *key = keyed ? KEY : NULL;
        size_t len;
        unsigned char *snap = make_snapshot(saver, SMALL, key, &len);
        for (size_t i = 0; i < sizeof others / sizeof others[0]; i++) refused_when_pinned(others[i], snap, len, key);
        PithSnapError err = PITH_SNAP_PROGRAM;
        assert_null(pith_exec_load_program(NULL, snap, len, key, keyed ? 16 : 0, NULL, &err));
        assert_int_equal(err, PITH_SNAP_PROGRAM);
        PithExec *x = pith_exec_load_program(a, snap, len, key, keyed ? 16 : 0, NULL, &err);
        assert_int_equal(err, PITH_SNAP_OK);
        assert_non_null(x);
        assert_string_equal(pith_exec_call(x)->name, "ask");
        PithValue *v = answer(pith_exec_call(x));
        assert_int_equal(pith_exec_resume(x, v), PITH_DONE);
        pith_value_free(v);
        char *got = outcome(x);
        assert_string_equal(got, "hi\n|1|"); /* f(3) is ask([...]): one argument */
        free(got);
        pith_exec_free(x);
        free(snap);
    }
    /* A forged snapshot: A's identity, B's source (checksum recomputed). Pinned to A, the bytes differ. */
    size_t len;
    unsigned char *snap = make_snapshot(saver, SMALL, NULL, &len);
    unsigned char *at = memmem(snap, len, "print('hi')", 11);
    assert_non_null(at);
    at[8] = 'o';
    uint64_t sum = XXH3_64bits(snap, len - 8);
    for (int i = 0; i < 8; i++) snap[len - 8 + (size_t)i] = (unsigned char)(sum >> (8 * i));
    refused_when_pinned(a, snap, len, NULL);
    refused_when_pinned(others[0], snap, len, NULL);
    free(snap);
    for (size_t i = 0; i < sizeof others / sizeof others[0]; i++) pith_program_free(others[i]);
    pith_program_free(a);
    free(one_byte);
    pith_engine_free(host);
    pith_engine_free(saver);
}

/* pith_exec_resume_error with a type pith does not know raises a subclass of Exception of that name: caught
 * by `except Exception`, named in type(e), str, repr and the traceback, kept through a snapshot, and the
 * host's error type when uncaught; a builtin name keeps its class; a name that is no identifier is misuse. */
static void test_host_named_error(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    PithProgram *p = compile(e, "try:\n    ask(1)\nexcept Exception as e:\n"
                                "    print(type(e).__name__, str(e), repr(e), isinstance(e, ValueError))\n"
                                "    saved = e\n"
                                "tell(type(saved) == type(saved), issubclass(type(saved), Exception))\n"
                                "raise saved\n");
    assert_non_null(p);
    PithExec *x = pith_exec_start(p, NULL);
    assert_int_equal(pith_exec_resume_error(x, "Tool Error", "m"), PITH_INVALID);
    assert_int_equal(pith_exec_resume_error(x, "1Tool", "m"), PITH_INVALID);
    char longname[PITH_MAX_EXC_TYPE_NAME + 2];
    memset(longname, 'E', sizeof longname - 1);
    longname[sizeof longname - 1] = 0;
    assert_int_equal(pith_exec_resume_error(x, longname, "m"), PITH_INVALID);
    assert_int_equal(pith_exec_status(x), PITH_WAITING); /* misuse leaves the call waiting */
    longname[PITH_MAX_EXC_TYPE_NAME] = 0;                /* the longest name is fine */
    PithExec *y = pith_exec_start(p, NULL);
    assert_int_equal(pith_exec_resume_error(y, longname, "m"), PITH_WAITING);
    pith_exec_free(y);
    assert_int_equal(pith_exec_resume_error(x, "ToolError", "msg"), PITH_WAITING);
    size_t n;
    assert_string_equal(pith_exec_output(x, &n), "ToolError msg ToolError('msg') False\n");
    unsigned char *snap = NULL;
    assert_int_equal(pith_exec_dump(x, NULL, 0, &snap, &n), PITH_SNAP_OK);
    pith_exec_free(x);
    PithSnapError err;
    x = pith_exec_load_program(p, snap, n, NULL, 0, NULL, &err);
    assert_int_equal(err, PITH_SNAP_OK);
    char *args = pith_value_to_json(pith_exec_call(x)->args);
    assert_string_equal(args, "[true, true]");
    free(args);
    PithValue *none = pith_value_none();
    assert_int_equal(pith_exec_resume(x, none), PITH_FAILED);
    pith_value_free(none);
    const PithError *pe = pith_exec_error(x);
    assert_string_equal(pe->type, "ToolError");
    assert_string_equal(pe->message, "msg");
    const char *last = strstr(pe->traceback, "\nToolError: msg");
    assert_non_null(last);
    assert_true(last[strlen("\nToolError: msg")] == 0 || strcmp(last, "\nToolError: msg\n") == 0);
    pith_exec_free(x);
    free(snap);
    /* a builtin exception's name is that class: except KeyError would catch it */
    PithProgram *q = compile(e, "try:\n    ask(1)\nexcept KeyError as e:\n    print('KeyError', e)\n");
    x = pith_exec_start(q, NULL);
    assert_int_equal(pith_exec_resume_error(x, "KeyError", "k"), PITH_DONE);
    assert_string_equal(pith_exec_output(x, &n), "KeyError 'k'\n");
    pith_exec_free(x);
    x = pith_exec_start(q, NULL);
    assert_int_equal(pith_exec_resume_error(x, NULL, "r"), PITH_FAILED);
    assert_string_equal(pith_exec_error(x)->type, "RuntimeError");
    pith_exec_free(x);
    pith_program_free(q);
    pith_program_free(p);
    pith_engine_free(e);
}

/* Class objects, instances (one referencing itself, two referencing each other), bound methods, the
 * wrappers, user exceptions and an __init__ frame pushed by C(...) survive a snapshot at every wait. */
static const char *CLASSES =
    "class Base:\n    tag = 'b'\n    def __init__(self, n):\n        self.n = ask(n)\n        self.me = self\n"
    "    @property\n    def double(self):\n        return self.n * 2\n    @classmethod\n"
    "    def make(cls, n):\n        return cls(n)\n    def __repr__(self):\n        return "
    "f'{type(self).__name__}({self.n})'\n"
    "class Child(Base):\n    __slots__ = ()\n    def __init__(self, n):\n        super().__init__(n)\n        "
    "self.peer = None\n"
    "    def step(self, k):\n        return ask(self.n + k) + self.double\n"
    "class Failed(ValueError):\n    def __init__(self, code):\n        super().__init__('failed')\n        self.code = "
    "code\n"
    "a, b = Child.make(1), Base(2)\na.peer = b\nb.peer = a\nm = a.step\n"
    "try:\n    raise Failed(ask(7))\nexcept Failed as e:\n    err = e\n"
    "print(a, b, a.peer.peer is a, a.me is a, m(3), err.code, repr(err), isinstance(err, ValueError))\n"
    "print(sorted([b, a], key=lambda o: -o.n), Child.__name__, type(a) is Child, ask(0))\n";

static void test_classes_and_instances(void **state) {
    (void)state;
    same_as_straight(CLASSES, 5);
}

/* A snapshot holding classes and instances: every flipped byte past the checksum is refused or loads, never
 * a crash (the snap_check of each new type). */
static void test_class_snapshot_flips(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    PithProgram *p = compile(e, CLASSES);
    PithExec *x = pith_exec_start(p, NULL);
    for (int i = 0; i < 3 && pith_exec_status(x) == PITH_WAITING; i++) { /* wait inside a method */
        PithValue *v = answer(pith_exec_call(x));
        pith_exec_resume(x, v);
        pith_value_free(v);
    }
    assert_int_equal(pith_exec_status(x), PITH_WAITING);
    unsigned char *snap;
    size_t len;
    assert_int_equal(pith_exec_dump(x, NULL, 0, &snap, &len), PITH_SNAP_OK);
    pith_exec_free(x);
    unsigned char *copy = malloc(len);
    for (size_t i = 0; i < len; i += 3) {
        memcpy(copy, snap, len);
        copy[i] ^= (unsigned char)(1u << (i % 8));
        PithSnapError err = PITH_SNAP_OK;
        PithExec *y = pith_exec_load_program(p, copy, len, NULL, 0, NULL, &err);
        assert_true(y == NULL || err == PITH_SNAP_OK);
        pith_exec_free(y);
    }
    free(copy);
    free(snap);
    pith_program_free(p);
    pith_engine_free(e);
}

/* A host error naming an exception class the program defines is raised as that class: its __init__ runs
 * with the message, except clauses of the class and its bases catch it. */
static void test_host_error_user_class(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    PithProgram *p =
        compile(e, "class ToolError(Exception):\n    def __init__(self, msg):\n"
                   "        super().__init__(msg)\n        self.retry = msg.startswith('tmp')\n"
                   "class Strict(Exception):\n    def __init__(self, a, b):\n        pass\n"
                   "try:\n    ask(1)\nexcept ToolError as e:\n    print(type(e).__name__, e, e.retry, repr(e))\n"
                   "try:\n    ask(2)\nexcept Strict as e:\n    print(type(e).__name__, e.args)\n"
                   "ask(3)\n");
    assert_non_null(p);
    PithExec *x = pith_exec_start(p, NULL);
    assert_int_equal(pith_exec_resume_error(x, "ToolError", "tmp: busy"), PITH_WAITING);
    assert_int_equal(pith_exec_resume_error(x, "Strict", "bad"), PITH_WAITING);
    assert_int_equal(pith_exec_resume_error(x, "ToolError", "final"), PITH_FAILED);
    size_t n;
    assert_string_equal(pith_exec_output(x, &n), "ToolError tmp: busy True ToolError('tmp: busy')\nStrict ('bad',)\n");
    assert_string_equal(pith_exec_error(x)->type, "ToolError");
    assert_string_equal(pith_exec_error(x)->message, "final");
    pith_exec_free(x);
    pith_program_free(p);
    pith_engine_free(e);
}

/* A dunder the runtime's C code calls (here __hash__ inside a dict display, __lt__ inside sorted; operators
 * too) cannot suspend the run from there: a host call in its body is refused at compile time, and one the
 * compiler cannot see (through a method call) is a RuntimeError the program can catch, never a crash; the
 * same dunder called as a method from Python code waits on the host as usual. */
static void test_host_call_in_dunder_from_c(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    const char *direct = "class K:\n    def __hash__(self):\n        return ask(1)\n";
    PithCompileOptions o = {.filename = "snap.py", .externals = EXTS, .nexternals = 2};
    char diag[1024];
    assert_null(pith_compile(e, direct, strlen(direct), &o, diag, sizeof diag));
    assert_non_null(strstr(diag, "snap.py:2:5: error: a host call inside __hash__ is not supported"));
    PithProgram *p = compile(e, "class K:\n    def helper(self):\n        return ask(1)\n"
                                "    def __hash__(self):\n        return self.helper()\n"
                                "    def __lt__(self, other):\n        return self.helper() > 0\n"
                                "for f in (lambda: {K(): 1}, lambda: sorted([K(), K()])):\n    try:\n        f()\n"
                                "    except RuntimeError as e:\n        print(e)\n"
                                "print(K().__hash__(), K().__lt__(K()))\n");
    assert_non_null(p);
    PithExec *x = pith_exec_start(p, NULL);
    int waits = 0;
    while (pith_exec_status(x) == PITH_WAITING) {
        PithValue *v = answer(pith_exec_call(x));
        pith_exec_resume(x, v);
        pith_value_free(v);
        waits++;
    }
    size_t n;
    assert_int_equal(pith_exec_status(x), PITH_DONE);
    assert_int_equal(waits, 2);
    assert_string_equal(pith_exec_output(x, &n), "a function that waits on the host cannot be called from here\n"
                                                 "a function that waits on the host cannot be called from here\n"
                                                 "2 True\n");
    pith_exec_free(x);
    pith_program_free(p);
    pith_engine_free(e);
}

/* The loader's time limit holds whatever the snapshot says is left: a forged "+inf seconds remaining"
 * (checksum recomputed) still stops at the loader's 0.2 s. */
static void test_loader_time_limit(void **state) {
    (void)state;
    PithEngine *e = pith_engine_new();
    PithProgram *p = compile(e, "x = ask(1)\nwhile True:\n    x += 1\n");
    PithRunOptions ro = {.limits = {.max_seconds = 30.0}};
    PithExec *x = pith_exec_start(p, &ro);
    assert_int_equal(pith_exec_status(x), PITH_WAITING);
    unsigned char *snap;
    size_t len;
    assert_int_equal(pith_exec_dump(x, NULL, 0, &snap, &len), PITH_SNAP_OK);
    pith_exec_free(x);
    double thirty = 30.0, inf = 1.0 / 0.0;
    unsigned char *at = memmem(snap, len, &thirty, sizeof thirty); /* max_seconds; remaining comes before it */
    assert_non_null(at);
    memcpy(at - 8, &inf, sizeof inf);
    uint64_t sum = XXH3_64bits(snap, len - 8);
    for (int i = 0; i < 8; i++) snap[len - 8 + (size_t)i] = (unsigned char)(sum >> (8 * i));
    PithRunOptions quick = {.limits = {.max_seconds = 0.2}};
    PithSnapError err;
    x = pith_exec_load(e, snap, len, NULL, 0, &quick, &err);
    assert_int_equal(err, PITH_SNAP_OK);
    PithValue *v = pith_value_int(1);
    assert_int_equal(pith_exec_resume(x, v), PITH_FAILED);
    pith_value_free(v);
    assert_string_equal(pith_exec_error(x)->type, "TimeLimitExceeded");
    assert_string_equal(pith_exec_error(x)->message, "time limit of 0.2 s exceeded");
    pith_exec_free(x);
    free(snap);
    pith_program_free(p);
    pith_engine_free(e);
}

/* One of the golden snapshots (tests/snapshots/, written by gen_golden.c), read whole. */
static size_t read_golden(const char *name, unsigned char *buf, size_t cap) {
    char path[4096];
    snprintf(path, sizeof path, "%s", __FILE__);
    char *slash = strrchr(path, '/');
    assert_non_null(slash);
    snprintf(slash, sizeof path - (size_t)(slash - path), "/../snapshots/%s", name);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    size_t len = fread(buf, 1, cap, f);
    fclose(f);
    return len;
}

/* The golden snapshot of format version 2 still loads and resumes. */
static void test_golden_v2(void **state) {
    (void)state;
    unsigned char buf[65536];
    size_t len = read_golden("golden_v2.snap", buf, sizeof buf);
    PithEngine *e = pith_engine_new();
    PithSnapError err;
    PithExec *x = pith_exec_load(e, buf, len, NULL, 0, NULL, &err);
    assert_int_equal(err, PITH_SNAP_OK);
    const PithCall *call = pith_exec_call(x);
    assert_string_equal(call->name, "ask");
    assert_int_equal(call->args->u.seq.n, 1);
    assert_int_equal(call->args->u.seq.items[0]->u.i, 0);
    PithValue *v = pith_value_int(41);
    assert_int_equal(pith_exec_resume(x, v), PITH_DONE);
    pith_value_free(v);
    size_t n;
    /* python3 tests/snapshots/golden_v2.py with ask(0) answered 41 prints exactly this */
    assert_string_equal(pith_exec_output(x, &n), "start\n0 41 [1, 4, 9, 16] {'a': 1, 'b': [1, 2]}\n");
    assert_int_equal(pith_exec_result(x)->u.i, 42);
    pith_exec_free(x);
    pith_engine_free(e);
}

/* A snapshot of format version 1 (before records were laid out by the types' traverse) is refused as such. */
static void test_golden_v1_refused(void **state) {
    (void)state;
    unsigned char buf[65536];
    size_t len = read_golden("golden_v1.snap", buf, sizeof buf);
    PithEngine *e = pith_engine_new();
    PithSnapError err;
    assert_null(pith_exec_load(e, buf, len, NULL, 0, NULL, &err));
    assert_int_equal(err, PITH_SNAP_VERSION);
    pith_engine_free(e);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_module_level),
        cmocka_unit_test(test_inside_def),
        cmocka_unit_test(test_inside_loop),
        cmocka_unit_test(test_try_except),
        cmocka_unit_test(test_closure_and_generator),
        cmocka_unit_test(test_shared_and_cyclic),
        cmocka_unit_test(test_after_collections),
        cmocka_unit_test(test_small_snapshot),
        cmocka_unit_test(test_flips_and_truncations),
        cmocka_unit_test(test_flips_past_checksum),
        cmocka_unit_test(test_keys_and_macs),
        cmocka_unit_test(test_altered_source),
        cmocka_unit_test(test_pinned_to_program),
        cmocka_unit_test(test_host_named_error),
        cmocka_unit_test(test_loader_time_limit),
        cmocka_unit_test(test_golden_v2),
        cmocka_unit_test(test_golden_v1_refused),
        cmocka_unit_test(test_classes_and_instances),
        cmocka_unit_test(test_class_snapshot_flips),
        cmocka_unit_test(test_host_error_user_class),
        cmocka_unit_test(test_host_call_in_dunder_from_c),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
