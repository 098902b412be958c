/* cli.h — internals shared by the files of the `pith` command (the cli folder).
 * Stage: cli; it uses only the public API of include/pith.h, plus the fault injection of api/pith_testing.h
 * behind --fail-allocation (a testing flag), never engine internals.
 * Exit codes (CLI_EXIT_*): 0 success, 1 the program failed at run time, 2 usage / read / compile error,
 * 3 saved while waiting on a host call (start/resume), so output that looks like a call line never passes
 * for one. */
#ifndef PITH_CLI_H
#define PITH_CLI_H

#include <stddef.h>
#include <stdio.h>

#include "pith.h"
#include "pith_testing.h"

enum { CLI_EXIT_OK = 0, CLI_EXIT_FAILED = 1, CLI_EXIT_USAGE = 2, CLI_EXIT_WAITING = 3 };

/* Which flags a command accepts (bit set passed to cli_parse_args). */
enum {
    CLI_F_INPUT = 1 << 0,      /* --input NAME=JSON */
    CLI_F_INPUT_DECL = 1 << 1, /* --input NAME[=JSON]: a declaration, the value is optional */
    CLI_F_EXT = 1 << 2,        /* --ext NAME[=JSON] */
    CLI_F_LIMITS =
        1 << 3, /* --max-time S, --max-memory, --max-allocations, --max-depth, --max-host-calls, --max-output */
    CLI_F_ITER = 1 << 4,     /* --iterations N */
    CLI_F_SNAP_OUT = 1 << 5, /* -o STATE.snap (start, resume) */
    CLI_F_KEY = 1 << 6,      /* --key-file F (start, resume) */
    CLI_F_ANSWER = 1 << 7,   /* --value JSON | --error 'ExcType: message' (resume) */
    CLI_F_REPLAY = 1 << 8,   /* --replay-snapshots (run) */
    CLI_F_PROGRAM = 1 << 9,  /* --program FILE.py (resume: pin the snapshot to that program) */
    CLI_F_JSON = 1 << 10     /* --json (run: the outcome as one JSON object on stdout) */
};

/* One NAME[=JSON] flag value. */
typedef struct CliNamed {
    char *name;       /* the text before '=' (malloc'd copy, owned) */
    PithValue *value; /* the parsed JSON, or NULL when no value was given (owned) */
} CliNamed;

/* One answer of `pith resume`: to call id (0: the only pending call), a value or an exception to raise. */
typedef struct CliAnswer {
    int64_t id;
    PithValue *value;       /* --value: the parsed JSON (owned), or NULL */
    const char *error_text; /* --error: "ExcType: message" (borrowed from argv), or NULL */
} CliAnswer;

/* The parsed command line of one command. */
typedef struct CliOpts {
    const char *cmd;  /* the command name ("run", "bench", ...) */
    const char *file; /* FILE, from argv (borrowed) */
    CliNamed *inputs; /* --input flags in order (owned array) */
    size_t ninputs;
    CliNamed *exts; /* --ext flags in order (owned array) */
    size_t nexts;
    double max_time;                    /* --max-time seconds, 0 = engine default */
    int max_depth;                      /* --max-depth, 0 = engine default */
    size_t max_memory;                  /* --max-memory bytes, 0 = engine default */
    unsigned long long max_allocations; /* --max-allocations, 0 = none */
    int max_host_calls;                 /* --max-host-calls, 0 = engine default */
    size_t max_output;                  /* --max-output bytes, 0 = engine default */
    unsigned long long fail_allocation; /* --fail-allocation N (testing: fault injection), 0 = off */
    long iterations;                    /* --iterations, 0 = calibrate */
    const char **input_names;           /* names of inputs, parallel to input_values (owned arrays, for the API) */
    const PithValue **input_values;
    const char **ext_names; /* names of externals (owned array, for the API) */
    const char *out_path;   /* -o: where to write the next snapshot, or NULL (borrowed from argv) */
    const char *key_file;   /* --key-file: file whose bytes are the snapshot MAC key, or NULL (borrowed) */
    const char *program;    /* --program: the Python file a snapshot must belong to, or NULL (borrowed) */
    CliAnswer *answers;     /* --value [ID=]JSON / --error [ID=]'ExcType: message', in order (owned array) */
    size_t nanswers;
    int replay; /* --replay-snapshots: dump, drop and reload the execution at every stop */
    int json;   /* --json: print the outcome as one JSON object (output captured into it) */
} CliOpts;

/* Parse argv[first..argc) for cmd with the given CLI_F_* flags. Returns 0 when opts is ready,
 * CLI_EXIT_USAGE after printing the problem on stderr, or -1 when --help was asked (help printed). */
int cli_parse_args(const char *cmd, unsigned flags, int argc, char **argv, int first, CliOpts *opts);
void cli_opts_free(CliOpts *opts);

/* The Python file a command compiles: --program when given (resume), else FILE. */
const char *cli_program_file(const CliOpts *opts);
/* Fill compile options from opts (filename = the program file as given, inputs and externals declared). */
void cli_compile_options(const CliOpts *opts, PithCompileOptions *co);

/* The --ext answer for an external call (a shared None when no value was given or the name is unknown). */
const PithValue *cli_ext_answer(const CliOpts *opts, const char *name);
/* Answers every pending call of x from --ext at once, in id order (async tasks resume in that order), and
 * lets the run go on. */
PithStatus cli_ext_answer_all(PithExec *x, const CliOpts *opts);

/* Read a whole file (malloc'd, NUL-terminated, *len set). On failure prints
 * "pith: cannot read FILE: reason" on stderr and returns NULL. */
char *cli_read_file(const char *path, size_t *len);

/* Print a compile diagnostic on stderr, ending it with a newline. */
void cli_print_diag(const char *diag);

/* Shared by run / start / resume (cli_run.c). */
/* Read the program file and compile it with opts' declarations; NULL after printing the read error / diagnostic
 * (the caller exits 2). *engine receives the engine, possibly NULL (caller frees it). */
PithProgram *cli_compile_file(const CliOpts *o, PithEngine **engine);
/* The same, handing a compile diagnostic back in *diag (malloc'd, caller frees) instead of printing it; a read
 * error is still printed, with *diag NULL. */
PithProgram *cli_compile_file_diag(const CliOpts *o, PithEngine **engine, char **diag);
/* Run options from opts: inputs, limits, output to stdout. */
void cli_run_options(const CliOpts *o, PithRunOptions *ro);
/* A finished (DONE or FAILED) execution, as `pith run` shows it: the result's repr on stdout, or the
 * traceback on stderr. Returns the exit code (0 done, 1 failed). */
int cli_report_end(const PithExec *x);

/* Help texts (cli_help.c): general help (cmd NULL) or one command's. Returns 0, or -1 for an unknown cmd. */
int cli_help(FILE *out, const char *cmd);
/* Print "pith CMD: message" (or "pith: message"), the command's usage line and a hint on stderr;
 * returns CLI_EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Snapshots (cli_snap.c). --replay-snapshots of `pith run`: dump *x (WAITING), free it, its program *prog
 * (may already be NULL) and *engine, make a fresh engine and load the bytes into *x. Returns 0, or the
 * exit code after printing the problem (then *x is NULL). */
int cli_replay_suspension(PithExec **x, PithProgram **prog, PithEngine **engine, const PithRunOptions *ro,
                          unsigned long long fail_allocation);

/* Commands (cli_run.c, cli_bench.c, cli_snap.c, cli_serve.c): each returns the process exit code. */
int cli_cmd_run(int argc, char **argv);
int cli_cmd_check(int argc, char **argv);
int cli_cmd_emit(int argc, char **argv, int ir);
int cli_cmd_bench(int argc, char **argv);
int cli_cmd_start(int argc, char **argv);
int cli_cmd_resume(int argc, char **argv);
int cli_cmd_serve(int argc, char **argv);

#endif
