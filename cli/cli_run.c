/* cli_run.c — `pith run` (incl. --replay-snapshots), `pith check`, `pith emit-c`, `pith emit-ir`, and the
 * compile / report helpers `pith start` and `pith resume` share.
 * Stage: cli (public API only: engine -> compile -> start -> answer each external call -> done/failed).
 * Exit codes are documented in cli.h; output order: program output on stdout as it is produced, then the
 * result's repr; a failure flushes stdout before the traceback goes to stderr. With --json, stdout holds one
 * JSON object and nothing else (output captured into it). */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_serve.h" /* the JSON shapes of --json: the same as the worker's stop events */

#define CLI_DIAG_SIZE 8192 /* room for "file:line:col: error: message" + the source line + the caret */

/* Writer for printed output: straight to stdout (user unused). */
static int cli_write_stdout(void *user, const char *text, size_t len) {
    (void)user;
    return fwrite(text, 1, len, stdout) == len ? 0 : 1;
}

PithProgram *cli_compile_file_diag(const CliOpts *o, PithEngine **engine, char **diag_out) {
    size_t len = 0;
    char *src = cli_read_file(cli_program_file(o), &len);
    *engine = NULL;
    *diag_out = NULL;
    if (!src) return NULL;
    *engine = pith_engine_new();
    char *diag = *engine ? calloc(1, CLI_DIAG_SIZE) : NULL;
    if (!diag) {
        fprintf(stderr, "pith: out of memory\n");
        free(src);
        return NULL;
    }
    PithCompileOptions co;
    cli_compile_options(o, &co);
    PithProgram *p = pith_compile(*engine, src, len, &co, diag, CLI_DIAG_SIZE);
    free(src);
    if (p)
        free(diag);
    else
        *diag_out = diag;
    return p;
}

PithProgram *cli_compile_file(const CliOpts *o, PithEngine **engine) {
    char *diag = NULL;
    PithProgram *p = cli_compile_file_diag(o, engine, &diag);
    if (diag) cli_print_diag(diag);
    free(diag);
    return p;
}

/* Print a failed execution's traceback (or "Type: message" if there is none) on stderr. */
static void cli_print_error(const PithExec *x) {
    const PithError *err = pith_exec_error(x);
    fflush(stdout);
    if (err && err->traceback && err->traceback[0]) {
        size_t n = strlen(err->traceback);
        fputs(err->traceback, stderr);
        if (err->traceback[n - 1] != '\n') fputc('\n', stderr);
    } else if (err) {
        const char *type = err->type ? err->type : "Error";
        if (err->message && err->message[0])
            fprintf(stderr, "%s: %s\n", type, err->message);
        else
            fprintf(stderr, "%s\n", type);
    } else {
        fprintf(stderr, "pith: the program failed (no error information)\n");
    }
}

void cli_run_options(const CliOpts *o, PithRunOptions *ro) {
    memset(ro, 0, sizeof *ro);
    ro->input_names = o->input_names;
    ro->input_values = o->input_values;
    ro->ninputs = o->ninputs;
    ro->limits.max_seconds = o->max_time;
    ro->limits.max_depth = o->max_depth;
    ro->limits.max_memory = o->max_memory;
    ro->limits.max_allocations = o->max_allocations;
    ro->limits.max_host_calls = o->max_host_calls;
    ro->limits.max_output = o->max_output;
    ro->writer = cli_write_stdout;
}

int cli_report_end(const PithExec *x) {
    if (pith_exec_status(x) != PITH_DONE) {
        cli_print_error(x);
        return CLI_EXIT_FAILED;
    }
    const PithValue *result = pith_exec_result(x);
    if (result && result->kind != PITH_NONE) {
        char *text = pith_value_repr(result);
        size_t printed, limit;
        pith_exec_output_count(x, &printed, &limit);
        if (text && strlen(text) + 1 > limit - (printed < limit ? printed : limit)) {
            /* the repr is output too: refused whole, as the runtime refuses a print that does not fit */
            free(text);
            fflush(stdout);
            fprintf(stderr, "OutputLimitExceeded: output limit of %zu bytes exceeded\n", limit);
            return CLI_EXIT_FAILED;
        }
        if (text) {
            fputs(text, stdout);
            fputc('\n', stdout);
            free(text);
        } else {
            fprintf(stderr, "pith: cannot show the result (out of memory or nested too deeply)\n");
        }
    }
    return CLI_EXIT_OK;
}

/* `pith run --json`: print the outcome as one JSON object, shaped as the stop events of `pith serve`
 * (docs/PROTOCOL.md) with a "status" instead of an "event": done (value, repr), failed or limit (type,
 * message, traceback), plus "output", everything the program printed; or compile_error (diagnostic, file,
 * line, col, message). diag: a compile diagnostic (then x is NULL). Returns the exit code. */
static int cli_report_json(const PithExec *x, const char *diag) {
    PithBuf b = {0};
    const char *status = "compile_error";
    PithBuf fields = {0};
    if (diag) {
        serve_put_diag(&fields, diag);
    } else {
        size_t n = 0;
        const char *out = pith_exec_output(x, &n);
        status = serve_put_end(&fields, x);
        pith_buf_puts(&fields, ", \"output\": ");
        serve_json_str(&fields, out ? out : "", out ? n : 0);
    }
    pith_buf_printf(&b, "{\"status\": \"%s\"", status);
    pith_buf_put(&b, fields.p ? fields.p : "", fields.len);
    pith_buf_puts(&b, "}\n");
    int rc = diag ? CLI_EXIT_USAGE : pith_exec_status(x) == PITH_DONE ? CLI_EXIT_OK : CLI_EXIT_FAILED;
    if (b.failed || fields.failed) {
        fprintf(stderr, "pith: out of memory writing the JSON result\n");
        rc = CLI_EXIT_FAILED;
    } else {
        fputs(b.p, stdout);
    }
    pith_buf_free(&fields);
    pith_buf_free(&b);
    return rc;
}

/* `pith run`: answer every external call from --ext until the program ends. With --replay-snapshots, every
 * stop first goes through dump -> free everything -> fresh engine -> load (the snapshot round trip). */
int cli_cmd_run(int argc, char **argv) {
    CliOpts o;
    int rc =
        cli_parse_args("run", CLI_F_INPUT | CLI_F_EXT | CLI_F_LIMITS | CLI_F_REPLAY | CLI_F_JSON, argc, argv, 2, &o);
    if (rc) return rc < 0 ? CLI_EXIT_OK : rc;
    PithEngine *engine = NULL;
    char *diag = NULL;
    PithProgram *prog = o.json ? cli_compile_file_diag(&o, &engine, &diag) : cli_compile_file(&o, &engine);
    if (!prog) {
        rc = diag ? cli_report_json(NULL, diag) : CLI_EXIT_USAGE;
        free(diag);
        pith_engine_free(engine);
        cli_opts_free(&o);
        return rc;
    }
    PithRunOptions ro;
    cli_run_options(&o, &ro);
    if (o.json) ro.writer = NULL; /* captured, to go into the JSON object */
    PithExec *x = pith_testing_exec_start(prog, &ro, o.fail_allocation);
    if (!x) {
        fprintf(stderr, "pith: out of memory\n");
        rc = CLI_EXIT_FAILED;
    } else {
        PithStatus st = pith_exec_status(x);
        rc = CLI_EXIT_OK;
        while (st == PITH_WAITING) {
            if (o.replay && (rc = cli_replay_suspension(&x, &prog, &engine, &ro, o.fail_allocation)) != 0) break;
            st = cli_ext_answer_all(x, &o);
        }
        if (x) {
            rc = o.json ? cli_report_json(x, NULL) : cli_report_end(x);
            pith_exec_free(x);
        }
    }
    if (fflush(stdout) != 0 && rc == CLI_EXIT_OK) rc = CLI_EXIT_FAILED;
    pith_program_free(prog);
    pith_engine_free(engine);
    cli_opts_free(&o);
    return rc;
}

int cli_cmd_check(int argc, char **argv) {
    CliOpts o;
    int rc = cli_parse_args("check", CLI_F_INPUT_DECL | CLI_F_EXT, argc, argv, 2, &o);
    if (rc) return rc < 0 ? CLI_EXIT_OK : rc;
    PithEngine *engine = NULL;
    PithProgram *prog = cli_compile_file(&o, &engine);
    rc = prog ? CLI_EXIT_OK : CLI_EXIT_USAGE;
    pith_program_free(prog);
    pith_engine_free(engine);
    cli_opts_free(&o);
    return rc;
}

int cli_cmd_emit(int argc, char **argv, int ir) {
    CliOpts o;
    const char *cmd = ir ? "emit-ir" : "emit-c";
    int rc = cli_parse_args(cmd, CLI_F_INPUT_DECL | CLI_F_EXT, argc, argv, 2, &o);
    if (rc) return rc < 0 ? CLI_EXIT_OK : rc;
    size_t len = 0;
    char *src = cli_read_file(o.file, &len);
    if (!src) {
        cli_opts_free(&o);
        return CLI_EXIT_USAGE;
    }
    PithEngine *engine = pith_engine_new();
    char *diag = calloc(1, CLI_DIAG_SIZE);
    char *text = NULL;
    if (!engine || !diag) {
        fprintf(stderr, "pith: out of memory\n");
        rc = CLI_EXIT_USAGE;
    } else {
        PithCompileOptions co;
        cli_compile_options(&o, &co);
        text = ir ? pith_emit_ir(engine, src, len, &co, diag, CLI_DIAG_SIZE)
                  : pith_emit_c(engine, src, len, &co, diag, CLI_DIAG_SIZE);
        if (!text) {
            cli_print_diag(diag);
            rc = CLI_EXIT_USAGE;
        } else {
            size_t n = strlen(text);
            fputs(text, stdout);
            if (n && text[n - 1] != '\n') fputc('\n', stdout);
            rc = fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_FAILED;
        }
    }
    free(text);
    free(diag);
    free(src);
    pith_engine_free(engine);
    cli_opts_free(&o);
    return rc;
}
