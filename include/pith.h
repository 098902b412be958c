/* pith.h — the public C API of pith: compile a Python snippet once, run it many times, answer its host calls.
 * Lifecycle: engine -> program (compile, cached) -> execution (start -> waiting on an external call ->
 * resume ... -> done or failed). Every pointer documents who owns it. Engines are independent: threads may
 * each use their own engine at the same time; one engine, with the programs and executions it made, is used
 * by one thread at a time (tests/unit/test_threads.c). */
#ifndef PITH_H
#define PITH_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PITH_VERSION "0.1.0"

typedef struct PithEngine PithEngine;   /* owns the compile cache */
typedef struct PithProgram PithProgram; /* a compiled program, reference-counted, shared through the cache */
typedef struct PithExec PithExec;       /* one execution of a program */

/* ---- host values: a small tree that crosses the boundary in both directions ---- */
typedef enum PithKind {
    PITH_NONE,
    PITH_BOOL,
    PITH_INT,
    PITH_BIGINT,
    PITH_FLOAT,
    PITH_STR,
    PITH_BYTES,
    PITH_LIST,
    PITH_TUPLE,
    PITH_DICT,
    PITH_SET,
    PITH_OTHER
} PithKind;

typedef struct PithValue PithValue;
struct PithValue {
    PithKind kind;
    union {
        int b;        /* PITH_BOOL */
        int64_t i;    /* PITH_INT */
        char *bigint; /* PITH_BIGINT: decimal text, e.g. "-123456789012345678901" */
        double f;     /* PITH_FLOAT */
        struct {
            char *data;
            size_t len;
        } s; /* PITH_STR (UTF-8), PITH_BYTES, PITH_OTHER (its repr) */
        struct {
            PithValue **items;
            size_t n;
        } seq; /* PITH_LIST, PITH_TUPLE, PITH_SET */
        struct {
            PithValue **keys, **values;
            size_t n;
        } dict; /* PITH_DICT, insertion order */
    } u;
};

/* Constructors return a new tree the caller owns (free with pith_value_free); NULL on out-of-memory. */
PithValue *pith_value_none(void);
PithValue *pith_value_bool(int b);
PithValue *pith_value_int(int64_t i);
PithValue *pith_value_float(double f);
PithValue *pith_value_str(const char *utf8, size_t len);
PithValue *pith_value_list(void);                                           /* empty; grow with pith_value_append */
PithValue *pith_value_dict(void);                                           /* empty; grow with pith_value_dict_set */
int pith_value_append(PithValue *seq, PithValue *item);                     /* takes ownership of item; 0 ok, -1 OOM */
int pith_value_dict_set(PithValue *dict, PithValue *key, PithValue *value); /* takes both */
void pith_value_free(PithValue *v);                                         /* NULL is fine */

/* JSON: parse text into a tree (NULL + message in err, if given, on bad JSON); render a tree as JSON
 * (malloc'd, caller frees; tuples render as arrays, non-JSON values as their repr string). */
PithValue *pith_value_from_json(const char *json, size_t len, char *err, size_t errlen);
char *pith_value_to_json(const PithValue *v);
/* Python repr of a host value (malloc'd, caller frees), as CPython would print it. */
char *pith_value_repr(const PithValue *v);

/* ---- engine ---- */
/* Per-execution limits; 0 means the default. A run that exceeds one stops with an error no Python code can
 * catch (RecursionError excepted, which stays catchable as in CPython); the engine stays usable. */
typedef struct PithLimits {
    double max_seconds;       /* run time, not counting time waiting on the host; default 5 s (TimeLimitExceeded) */
    size_t max_memory;        /* live heap bytes; default 256 MiB (MemoryLimitExceeded) */
    int max_depth;            /* Python call depth; default 1000 (RecursionError) */
    uint64_t max_allocations; /* heap allocations; default: no limit (MemoryLimitExceeded) */
    int max_host_calls;       /* external calls; default 1000 (HostCallLimitExceeded) */
    size_t max_output;        /* bytes printed; default 1 MiB (OutputLimitExceeded) */
} PithLimits;

PithEngine *pith_engine_new(void);    /* NULL on OOM; free with pith_engine_free */
void pith_engine_free(PithEngine *e); /* frees cached programs no execution still holds */
/* The compile cache holds at most this many programs (default PITH_DEFAULT_CACHE_PROGRAMS); compiling one more
 * drops the least recently compiled or found, so a long-lived engine has a bounded footprint. A dropped program
 * stays alive while a handle or an execution holds it. 0 means 1. */
#define PITH_DEFAULT_CACHE_PROGRAMS 256
void pith_engine_set_cache_limit(PithEngine *e, size_t max_programs);
size_t pith_engine_cached_programs(const PithEngine *e);

/* ---- compile ---- */
typedef struct PithCompileOptions {
    const char *filename;      /* for diagnostics and tracebacks; default "<snippet>" */
    const char *const *inputs; /* names of global input variables (borrowed) */
    size_t ninputs;
    const char *const *externals; /* names of external (host) functions (borrowed) */
    size_t nexternals;
} PithCompileOptions;

/* Stage timings of the last compile, in microseconds (cache hits report only the lookup). */
typedef struct PithCompileStats {
    double parse_us, check_us, codegen_us, tcc_us, total_us;
    int cache_hit; /* 1 when the compiled program came from the engine's cache */
} PithCompileStats;

/* Compile source (borrowed, len bytes). On success returns a program the caller owns (release with
 * pith_program_free). On failure returns NULL and, if diag is given, writes a NUL-terminated message
 * "file:line:col: error: text" (plus a caret line) into diag; also for misuse (no engine, no source with
 * len > 0, a count whose array or entries are NULL). */
PithProgram *pith_compile(PithEngine *e, const char *source, size_t len, const PithCompileOptions *opts, char *diag,
                          size_t diaglen);
void pith_program_free(PithProgram *p);
const PithCompileStats *pith_engine_last_stats(const PithEngine *e); /* owned by the engine */

/* Generated C / IR text for inspection (malloc'd, caller frees). NULL + diag as pith_compile. */
char *pith_emit_c(PithEngine *e, const char *source, size_t len, const PithCompileOptions *opts, char *diag,
                  size_t diaglen);
char *pith_emit_ir(PithEngine *e, const char *source, size_t len, const PithCompileOptions *opts, char *diag,
                   size_t diaglen);

/* ---- run ---- */
typedef enum PithStatus {
    PITH_DONE,    /* finished: pith_exec_result() is the value of the last expression statement (or None) */
    PITH_FAILED,  /* an uncaught exception or a limit: see pith_exec_error() */
    PITH_WAITING, /* stopped at an external call: see pith_exec_call(); answer with pith_exec_resume*() */
    PITH_INVALID  /* misuse: a NULL execution, or an answer to an execution that is not waiting */
} PithStatus;

/* Called for every piece of printed text; return 0 to go on, non-zero to fail the run. NULL writer:
 * output is captured and available from pith_exec_output(). */
typedef int (*PithWriter)(void *user, const char *text, size_t len);

typedef struct PithRunOptions {
    const char *const *input_names; /* values for the program's declared inputs (borrowed) */
    const PithValue *const *input_values;
    size_t ninputs;
    PithLimits limits;
    PithWriter writer;
    void *writer_user;
} PithRunOptions;

/* Start a new execution of p (the execution keeps p alive). Returns NULL on OOM or invalid arguments (no
 * program, or counts whose arrays or entries are NULL); the caller owns the execution (pith_exec_free). It
 * runs until done, failed or waiting. Every pith_exec_* accessor accepts NULL and answers "nothing". */
PithExec *pith_exec_start(PithProgram *p, const PithRunOptions *opts);
PithStatus pith_exec_status(const PithExec *x);

/* A pending external call while WAITING (all owned by the execution, valid until the run goes on). */
typedef struct PithCall {
    const char *name;        /* the external function's name */
    const PithValue *args;   /* a PITH_LIST of positional arguments */
    const PithValue *kwargs; /* a PITH_DICT of keyword arguments (str keys) */
    int64_t id;              /* the call's id: 1, 2, 3... in the order the execution made its calls; a snapshot
                                keeps it */
} PithCall;

/* Concurrency: async code (asyncio.gather, create_task) may wait on several external calls at once; an
 * external function called inside an `async def` is awaitable. A WAITING execution then lists every pending
 * call, in id order: pith_exec_call_count / pith_exec_call_at. The host answers any of them by id, one or
 * several (pith_exec_answer*), then lets the run go on (pith_exec_continue): tasks whose calls were answered
 * resume, in the order the answers came, and the run stops again when every task waits. The list stays as it
 * was published until the run goes on. */
size_t pith_exec_call_count(const PithExec *x);                 /* 0 unless WAITING */
const PithCall *pith_exec_call_at(const PithExec *x, size_t i); /* i < count; NULL otherwise */
/* The first pending call (the only one, in a program that waits on one call at a time); NULL unless WAITING. */
const PithCall *pith_exec_call(const PithExec *x);

#define PITH_MAX_EXC_TYPE_NAME 64 /* the longest exception type name pith_exec_resume_error accepts */

/* Answer the pending call with a value (borrowed; converted into the execution) or with an exception
 * raised at the call site. exc_type: a builtin exception's name ("ValueError") raises that class; any
 * other ASCII identifier of at most PITH_MAX_EXC_TYPE_NAME characters ("ToolError") raises a subclass of
 * Exception of that name (type(e).__name__ == "ToolError"; PithError.type says so if uncaught); NULL
 * raises RuntimeError; a name that is not an identifier is misuse (PITH_INVALID, the call still waits).
 * Runs until the next stop. */
PithStatus pith_exec_resume(PithExec *x, const PithValue *value);
PithStatus pith_exec_resume_error(PithExec *x, const char *exc_type, const char *message);
/* With several calls pending, pith_exec_resume* answer the first one not answered yet (pith_exec_call) and go
 * on. pith_exec_answer* answer call `id` without running anything: PITH_WAITING, or PITH_INVALID when the
 * execution is not waiting or no call with that id is pending (unknown, or answered already). Values and
 * exception names as for pith_exec_resume*. pith_exec_continue runs until the next stop; while a call that
 * blocks the whole run (one made outside async code) is unanswered it stops at once, still WAITING. A snapshot
 * may be taken between answers, except after answering such a blocking call (PITH_SNAP_NOT_WAITING). */
PithStatus pith_exec_answer(PithExec *x, int64_t id, const PithValue *value);
PithStatus pith_exec_answer_error(PithExec *x, int64_t id, const char *exc_type, const char *message);
PithStatus pith_exec_continue(PithExec *x);

/* DONE: the result (owned by the execution). */
const PithValue *pith_exec_result(const PithExec *x);
/* FAILED: exception type name, message and the CPython-style traceback text (owned by the execution). */
typedef struct PithError {
    const char *type; /* "ValueError", or a limit: "TimeLimitExceeded", "MemoryLimitExceeded" */
    const char *message;
    const char *traceback; /* "Traceback (most recent call last):\n  File ..." incl. the last line */
} PithError;
const PithError *pith_exec_error(const PithExec *x);
/* Captured output when no writer was given (owned by the execution, NUL-terminated). */
const char *pith_exec_output(const PithExec *x, size_t *len);
/* The bytes the run has printed since it started or was loaded, and its output limit (max_output or its default), so a
 * host that prints more on the run's behalf, as `pith run` prints the result's repr, can count it against
 * the same limit. Both 0 for NULL. */
void pith_exec_output_count(const PithExec *x, size_t *printed, size_t *limit);
void pith_exec_free(PithExec *x);

/* ---- snapshots: a WAITING execution as bytes, resumable in any process ----
 * The bytes hold the program's source and compile options (so any engine can rebuild the program: a cache
 * hit when it has it), the frame chain, every reachable object (sharing and cycles preserved), the pending
 * call, the limit counters, the hash seed and the output captured so far, and end with an XXH3 checksum.
 * With a key, an HMAC-SHA256 over the whole snapshot is appended on dump and verified before decoding.
 * Who chooses the code: pith_exec_load compiles the program the snapshot names (its own source and
 * external names), so whoever forges an unsigned snapshot chooses the code it runs and the host calls it
 * makes. pith_exec_load_program pins the load to a program the host compiled itself and refuses a snapshot
 * of any other program; the code and the externals are then the host's, but the saved state (variables,
 * the pending call, the output so far) is still whatever the bytes say — validated, never trusted for
 * memory safety, but chosen by whoever wrote them.
 * When a key is needed: a host that loads snapshots it did not keep to itself (bytes that went through a
 * client, a queue or a store others can write) and loads them with pith_exec_load must sign them. Pinning
 * is enough when the host only needs "this program, in some state it could reach": a forger can then change
 * the program's variables but not its code. Sign as well when the state itself must be the one the host
 * saved (e.g. it holds a decision or data the client must not alter).
 * A loader given a key refuses an unsigned snapshot (PITH_SNAP_BAD_MAC); a signed snapshot loaded without a
 * key is refused too (PITH_SNAP_NEEDS_KEY). */
typedef enum PithSnapError {
    PITH_SNAP_OK = 0,
    PITH_SNAP_NOT_WAITING, /* dump: the execution is not waiting on an external call */
    PITH_SNAP_TRUNCATED,   /* load: shorter than its header says */
    PITH_SNAP_CORRUPT,     /* load: checksum, tag, length or index check failed */
    PITH_SNAP_BAD_MAC,     /* load: the key's MAC does not match (or a MAC was expected and is missing) */
    PITH_SNAP_VERSION,     /* load: another snapshot format or pith ABI version */
    PITH_SNAP_PROGRAM,     /* load: another program than the pinned one, or one that does not compile or
                                does not match the snapshot's hash */
    PITH_SNAP_NOMEM,
    PITH_SNAP_UNSUPPORTED, /* dump: a live object of a kind the snapshot codec does not know, or a frame of a
                                function too large for the loader to check (a compile-time table was skipped) */
    PITH_SNAP_NEEDS_KEY    /* load: the snapshot is signed (has a MAC) and no key was given */
} PithSnapError;

/* Dump a WAITING execution. On success *out is malloc'd (caller frees) and *len set. key may be NULL. */
PithSnapError pith_exec_dump(const PithExec *x, const unsigned char *key, size_t keylen, unsigned char **out,
                             size_t *len);
/* Load a snapshot into a new WAITING execution (caller owns it) using engine e to rebuild the program.
 * opts supplies the writer for further output (NULL: capture). NULL on error, with *err set if given. */
PithExec *pith_exec_load(PithEngine *e, const unsigned char *data, size_t len, const unsigned char *key, size_t keylen,
                         const PithRunOptions *opts, PithSnapError *err);
/* Load a snapshot against p, a program the host compiled itself (the execution keeps p alive): never
 * compiles, and refuses (PITH_SNAP_PROGRAM) a snapshot whose program section names another program — other
 * source (one byte is enough), filename, inputs or externals, or a build with another frame layout. key,
 * opts and the result as pith_exec_load. */
PithExec *pith_exec_load_program(PithProgram *p, const unsigned char *data, size_t len, const unsigned char *key,
                                 size_t keylen, const PithRunOptions *opts, PithSnapError *err);
const char *pith_snap_error_text(PithSnapError err);

#ifdef __cplusplus
}
#endif
#endif
