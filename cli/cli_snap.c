/* cli_snap.c — `pith start` / `pith resume` (an execution that waits on a host call, saved to a snapshot file
 * and answered from another process) and the dump -> fresh engine -> load round trip of `pith run
 * --replay-snapshots`. Stage: cli (public API only; the snapshot contract is the end of include/pith.h).
 * Exit codes as cli.h; a stop prints each pending call as one JSON line on stdout after the program output. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* getpid, O_CLOEXEC (the build usually defines it already) */
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

/* The MAC key of --key-file: the file's bytes (NULL/0 without the flag). */
typedef struct CliKey {
    unsigned char *bytes; /* malloc'd file contents, or NULL (owned) */
    size_t len;           /* number of key bytes */
} CliKey;

/* Read --key-file into *key (nothing to do without the flag). Returns 0, or CLI_EXIT_USAGE after printing
 * the problem (unreadable or empty file). */
static int cli_key_read(const CliOpts *o, CliKey *key) {
    key->bytes = NULL;
    key->len = 0;
    if (!o->key_file) return 0;
    size_t len = 0;
    char *text = cli_read_file(o->key_file, &len);
    if (!text) return CLI_EXIT_USAGE;
    if (len == 0) {
        free(text);
        fprintf(stderr, "pith: key file %s is empty\n", o->key_file);
        return CLI_EXIT_USAGE;
    }
    key->bytes = (unsigned char *)text;
    key->len = len;
    return 0;
}

/* Write len bytes to path through a temporary file in the same folder and a rename, so a reader never
 * sees half a snapshot and a failed write leaves any old file intact. Returns 0, or -1 after printing
 * "pith: cannot write PATH: reason". */
static int cli_write_file_atomic(const char *path, const unsigned char *data, size_t len) {
    size_t plen = strlen(path);
    char *tmp = malloc(plen + 32);
    if (!tmp) {
        fprintf(stderr, "pith: cannot write %s: %s\n", path, strerror(ENOMEM));
        return -1;
    }
    snprintf(tmp, plen + 32, "%s.tmp%ld", path, (long)getpid());
    int err = 0;
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        err = errno;
    } else {
        size_t done = 0;
        while (done < len && !err) {
            ssize_t n = write(fd, data + done, len - done);
            if (n < 0 && errno != EINTR)
                err = errno;
            else if (n > 0)
                done += (size_t)n;
        }
        if (close(fd) != 0 && !err) err = errno;
        if (!err && rename(tmp, path) != 0) err = errno;
        if (err) unlink(tmp);
    }
    free(tmp);
    if (err) {
        fprintf(stderr, "pith: cannot write %s: %s\n", path, strerror(err));
        return -1;
    }
    return 0;
}

/* Print one pending call as one JSON line, {"id": N, "call": "NAME", "args": [...], "kwargs": {...}}
 * (json.dumps spacing). Returns 0, or -1 on OOM. */
static int cli_print_one_call(const PithCall *call) {
    if (!call || !call->name) return -1;
    PithValue *name = pith_value_str(call->name, strlen(call->name));
    PithValue *empty_list = call->args ? NULL : pith_value_list();
    PithValue *empty_dict = call->kwargs ? NULL : pith_value_dict();
    char *jname = name ? pith_value_to_json(name) : NULL;
    char *jargs = pith_value_to_json(call->args ? call->args : empty_list);
    char *jkw = pith_value_to_json(call->kwargs ? call->kwargs : empty_dict);
    int rc = -1;
    if (jname && jargs && jkw) {
        printf("{\"id\": %lld, \"call\": %s, \"args\": %s, \"kwargs\": %s}\n", (long long)call->id, jname, jargs, jkw);
        rc = 0;
    }
    free(jname);
    free(jargs);
    free(jkw);
    pith_value_free(name);
    pith_value_free(empty_list);
    pith_value_free(empty_dict);
    return rc;
}

/* Every pending call of a WAITING execution, one line each in id order (async code may wait on several). */
static int cli_print_call(const PithExec *x) {
    size_t n = pith_exec_call_count(x);
    for (size_t i = 0; i < n; i++)
        if (cli_print_one_call(pith_exec_call_at(x, i)) != 0) return -1;
    return n ? 0 : -1;
}

/* A WAITING execution at the end of start/resume: dump it (with the key), write the snapshot to path,
 * then print the pending call line. Returns the exit code: 3 saved, 2 unwritable file, 1 other failure. */
static int cli_stop_at_call(const PithExec *x, const char *path, const CliKey *key) {
    unsigned char *bytes = NULL;
    size_t len = 0;
    PithSnapError e = pith_exec_dump(x, key->bytes, key->len, &bytes, &len);
    if (e != PITH_SNAP_OK) {
        fflush(stdout);
        fprintf(stderr, "pith: cannot save the execution: %s\n", pith_snap_error_text(e));
        free(bytes);
        return CLI_EXIT_FAILED;
    }
    int rc = cli_write_file_atomic(path, bytes, len) == 0 ? CLI_EXIT_WAITING : CLI_EXIT_USAGE;
    free(bytes);
    if (rc == CLI_EXIT_WAITING && cli_print_call(x) != 0) {
        fflush(stdout);
        fprintf(stderr, "pith: cannot show the pending call (out of memory)\n");
        rc = CLI_EXIT_FAILED;
    }
    return rc;
}

/* Where an execution ended up after start/resume: saved at a call (needs -o), or finished as `pith run`. */
static int cli_after_run(const PithExec *x, const CliOpts *o, const CliKey *key) {
    if (pith_exec_status(x) != PITH_WAITING) return cli_report_end(x);
    if (o->out_path) return cli_stop_at_call(x, o->out_path, key);
    const PithCall *call = pith_exec_call(x);
    fflush(stdout);
    fprintf(stderr, "pith %s: the program stopped at another external call (%s); give -o NEXT.snap to save it\n",
            o->cmd, call && call->name ? call->name : "?");
    return CLI_EXIT_USAGE;
}

/* `pith start FILE.py ... -o STATE.snap`: compile and start; stop at the first external call. */
int cli_cmd_start(int argc, char **argv) {
    CliOpts o;
    int rc =
        cli_parse_args("start", CLI_F_INPUT | CLI_F_EXT | CLI_F_LIMITS | CLI_F_SNAP_OUT | CLI_F_KEY, argc, argv, 2, &o);
    if (rc) return rc < 0 ? CLI_EXIT_OK : rc;
    if (!o.out_path) {
        cli_opts_free(&o);
        return cli_usage_error("start", "missing -o STATE.snap (where to save the waiting execution)");
    }
    CliKey key;
    if ((rc = cli_key_read(&o, &key)) != 0) {
        cli_opts_free(&o);
        return rc;
    }
    PithEngine *engine = NULL;
    PithProgram *prog = cli_compile_file(&o, &engine);
    if (!prog) {
        rc = CLI_EXIT_USAGE;
    } else {
        PithRunOptions ro;
        cli_run_options(&o, &ro);
        PithExec *x = pith_testing_exec_start(prog, &ro, o.fail_allocation);
        if (!x) {
            fprintf(stderr, "pith: out of memory\n");
            rc = CLI_EXIT_FAILED;
        } else {
            rc = cli_after_run(x, &o, &key);
            pith_exec_free(x);
        }
    }
    if (fflush(stdout) != 0 && (rc == CLI_EXIT_OK || rc == CLI_EXIT_WAITING)) rc = CLI_EXIT_FAILED;
    pith_program_free(prog);
    pith_engine_free(engine);
    free(key.bytes);
    cli_opts_free(&o);
    return rc;
}

/* Answer the pending calls of x from --value / --error ("ExcType: message"; the flag parser checked the
 * type's spelling), then let it run. An answer without an id goes to the only pending call. Returns the
 * status, or PITH_INVALID after printing why an answer does not fit (the execution is left as it was). */
static PithStatus cli_answer(PithExec *x, const CliOpts *o) {
    size_t pending = pith_exec_call_count(x);
    if (o->nanswers == 1 && !o->answers[0].id && pending != 1) {
        fprintf(stderr, "pith resume: %zu calls are pending: answer each by its id (--value ID=JSON)\n", pending);
        return PITH_INVALID;
    }
    for (size_t i = 0; i < o->nanswers; i++) {
        const CliAnswer *a = &o->answers[i];
        int64_t id = a->id ? a->id : pith_exec_call(x)->id;
        PithStatus st;
        if (a->value) {
            st = pith_exec_answer(x, id, a->value);
        } else {
            const char *colon = strchr(a->error_text, ':');
            size_t tlen = colon ? (size_t)(colon - a->error_text) : strlen(a->error_text);
            char type[PITH_MAX_EXC_TYPE_NAME + 1];
            if (tlen >= sizeof type) tlen = sizeof type - 1;
            memcpy(type, a->error_text, tlen);
            type[tlen] = '\0';
            const char *msg = colon ? colon + 1 : "";
            if (*msg == ' ') msg++;
            st = pith_exec_answer_error(x, id, type, msg);
        }
        if (st == PITH_INVALID) {
            fprintf(stderr, "pith resume: no pending call has id %lld\n", (long long)id);
            return PITH_INVALID;
        }
    }
    return pith_exec_continue(x);
}

/* Load the snapshot bytes of `pith resume`: pinned to --program when given (compiled here, with the
 * --input/--ext declarations), else compiled from the snapshot's own program section. NULL after printing
 * why; *rc is then the exit code. */
static PithExec *cli_load(const CliOpts *o, const CliKey *key, const char *data, size_t len, PithEngine **engine,
                          int *rc) {
    PithRunOptions ro;
    cli_run_options(o, &ro);
    PithSnapError e = PITH_SNAP_OK;
    PithExec *x = NULL;
    *rc = CLI_EXIT_USAGE;
    if (o->program) {
        PithProgram *prog = cli_compile_file(o, engine);
        if (!prog) return NULL;
        x = pith_exec_load_program(prog, (const unsigned char *)data, len, key->bytes, key->len, &ro, &e);
        pith_program_free(prog); /* the execution holds its own reference */
        if (!x && e == PITH_SNAP_PROGRAM) {
            fprintf(stderr,
                    "pith: cannot load %s: it was saved from another program than %s (the source, the file name "
                    "as given, or the --input/--ext declarations differ)\n",
                    o->file, o->program);
            return NULL;
        }
    } else {
        *engine = pith_engine_new();
        if (!*engine) {
            fprintf(stderr, "pith: out of memory\n");
            return NULL;
        }
        x = pith_exec_load(*engine, (const unsigned char *)data, len, key->bytes, key->len, &ro, &e);
    }
    if (!x)
        fprintf(stderr, "pith: cannot load %s: %s\n", o->file,
                pith_snap_error_text(e == PITH_SNAP_OK ? PITH_SNAP_CORRUPT : e));
    return x;
}

/* `pith resume STATE.snap (--value [ID=]JSON | --error [ID=]'T: m')... [--program FILE.py [--input/--ext ...]]
 * [-o NEXT.snap]`: load the execution, answer pending calls and run to the end or to the next stop. */
int cli_cmd_resume(int argc, char **argv) {
    CliOpts o;
    int rc = cli_parse_args("resume",
                            CLI_F_LIMITS | CLI_F_SNAP_OUT | CLI_F_KEY | CLI_F_ANSWER | CLI_F_PROGRAM | CLI_F_EXT |
                                CLI_F_INPUT_DECL,
                            argc, argv, 2, &o);
    if (rc) return rc < 0 ? CLI_EXIT_OK : rc;
    if (!o.nanswers) {
        cli_opts_free(&o);
        return cli_usage_error("resume", "missing the answer: --value [ID=]JSON or --error [ID=]'ExcType: message'");
    }
    if (!o.program && (o.nexts || o.ninputs)) {
        cli_opts_free(&o);
        return cli_usage_error("resume", "--input and --ext declare the program of --program FILE.py; give it too");
    }
    CliKey key;
    if ((rc = cli_key_read(&o, &key)) != 0) {
        cli_opts_free(&o);
        return rc;
    }
    size_t len = 0;
    char *data = cli_read_file(o.file, &len);
    PithEngine *engine = NULL;
    PithExec *x = NULL;
    if (!data) {
        rc = CLI_EXIT_USAGE;
    } else if ((x = cli_load(&o, &key, data, len, &engine, &rc)) != NULL) {
        pith_testing_fail_allocation(x, o.fail_allocation);
        rc = cli_answer(x, &o) == PITH_INVALID ? CLI_EXIT_USAGE : cli_after_run(x, &o, &key);
    }
    if (fflush(stdout) != 0 && (rc == CLI_EXIT_OK || rc == CLI_EXIT_WAITING)) rc = CLI_EXIT_FAILED;
    pith_exec_free(x);
    pith_engine_free(engine);
    free(data);
    free(key.bytes);
    cli_opts_free(&o);
    return rc;
}

int cli_replay_suspension(PithExec **x, PithProgram **prog, PithEngine **engine, const PithRunOptions *ro,
                          unsigned long long fail_allocation) {
    unsigned char *bytes = NULL;
    size_t len = 0;
    PithSnapError e = pith_exec_dump(*x, NULL, 0, &bytes, &len);
    const char *stage = e == PITH_SNAP_OK ? "load" : "dump";
    pith_exec_free(*x);
    *x = NULL;
    pith_program_free(*prog);
    *prog = NULL;
    pith_engine_free(*engine);
    *engine = NULL;
    if (e == PITH_SNAP_OK) {
        *engine = pith_engine_new();
        if (!*engine)
            e = PITH_SNAP_NOMEM;
        else
            *x = pith_exec_load(*engine, bytes, len, NULL, 0, ro, &e);
        pith_testing_fail_allocation(*x, fail_allocation); /* the fault stays armed across the round trip */
        if (!*x && e == PITH_SNAP_OK) e = PITH_SNAP_CORRUPT;
    }
    free(bytes);
    if (e == PITH_SNAP_OK) return 0;
    fflush(stdout);
    fprintf(stderr, "pith: --replay-snapshots: %s: %s\n", stage, pith_snap_error_text(e));
    return CLI_EXIT_FAILED;
}
