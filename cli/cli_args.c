/* cli_args.c — command-line parsing shared by the `pith` commands: FILE, --input/--ext NAME[=JSON],
 * --max-time, --max-depth, --iterations, the snapshot flags (-o, --key-file, --value, --error, --program,
 * --replay-snapshots, --json); reading the source file; printing diagnostics.
 * Stage: cli (public API only). Flags take their value as the next argument or after '=' ("--ext=x=1");
 * "--" ends the flags. Errors go to stderr as "pith CMD: ..." and make the command exit 2. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* The None answered for externals given without a value (never freed: it is static). */
static const PithValue cli_none = {PITH_NONE, {0}};

/* Parse "NAME" or "NAME=JSON" from a --input/--ext flag into *out. need_value: "=JSON" is required.
 * Returns 0, or CLI_EXIT_USAGE after printing the problem. */
static int cli_parse_named(const char *cmd, const char *flag, const char *arg, int need_value, CliNamed *out) {
    const char *eq = strchr(arg, '=');
    size_t nlen = eq ? (size_t)(eq - arg) : strlen(arg);
    if (nlen == 0) return cli_usage_error(cmd, "%s '%s': expected NAME%s", flag, arg, need_value ? "=JSON" : "[=JSON]");
    if (!eq && need_value) return cli_usage_error(cmd, "%s %s: expected NAME=JSON (a value for the input)", flag, arg);
    out->name = strndup(arg, nlen);
    out->value = NULL;
    if (!out->name) {
        fprintf(stderr, "pith: out of memory\n");
        return CLI_EXIT_USAGE;
    }
    if (eq) {
        char err[256];
        const char *json = eq + 1;
        out->value = pith_value_from_json(json, strlen(json), err, sizeof err);
        if (!out->value) {
            fprintf(stderr, "pith: %s %s: invalid JSON: %s\n", flag, out->name, err);
            free(out->name);
            out->name = NULL;
            return CLI_EXIT_USAGE;
        }
    }
    return 0;
}

/* Append a parsed NAME[=JSON] to an array, refusing a repeated name. */
static int cli_add_named(const char *cmd, const char *flag, const char *arg, int need_value, CliNamed **arr,
                         size_t *n) {
    CliNamed item;
    int rc = cli_parse_named(cmd, flag, arg, need_value, &item);
    if (rc) return rc;
    for (size_t i = 0; i < *n; i++) {
        if (strcmp((*arr)[i].name, item.name) == 0) {
            rc = cli_usage_error(cmd, "%s %s given twice", flag, item.name);
            free(item.name);
            pith_value_free(item.value);
            return rc;
        }
    }
    CliNamed *grown = realloc(*arr, (*n + 1) * sizeof **arr);
    if (!grown) {
        free(item.name);
        pith_value_free(item.value);
        fprintf(stderr, "pith: out of memory\n");
        return CLI_EXIT_USAGE;
    }
    *arr = grown;
    (*arr)[(*n)++] = item;
    return 0;
}

/* A positive number for --max-time (finite, > 0). */
static int cli_parse_seconds(const char *cmd, const char *flag, const char *s, double *out) {
    char *end = NULL;
    errno = 0;
    double v = strtod(s, &end);
    if (!*s || *end || errno || !isfinite(v) || v <= 0)
        return cli_usage_error(cmd, "%s: expected a positive number of seconds, got '%s'", flag, s);
    *out = v;
    return 0;
}

/* A positive integer no larger than max for --max-depth / --iterations. */
static int cli_parse_count(const char *cmd, const char *flag, const char *s, long max, long *out) {
    char *end = NULL;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (!*s || *end || errno || v <= 0 || v > max)
        return cli_usage_error(cmd, "%s: expected a whole number from 1 to %ld, got '%s'", flag, max, s);
    *out = v;
    return 0;
}

/* A size for --max-memory / --max-output: bytes, or a whole number with a K, M or G suffix (powers of 1024). */
static int cli_parse_size(const char *cmd, const char *flag, const char *s, size_t *out) {
    char *end = NULL;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    unsigned shift = 0;
    if (end && (*end == 'K' || *end == 'k'))
        shift = 10;
    else if (end && (*end == 'M' || *end == 'm'))
        shift = 20;
    else if (end && (*end == 'G' || *end == 'g'))
        shift = 30;
    if (shift) end++;
    if (!*s || *s == '-' || !end || *end || errno || v == 0 || v > (~0ULL >> (shift + 1)))
        return cli_usage_error(cmd, "%s: expected a size in bytes, or with a K/M/G suffix (e.g. 64M), got '%s'", flag,
                               s);
    *out = (size_t)(v << shift);
    return 0;
}

/* --value [ID=]JSON / --error [ID=]'ExcType: message' (the colon is required, the message may be empty:
 * 'KeyError:'): one answer each, to call ID, or without an ID to the only pending call. Returns 0 or
 * CLI_EXIT_USAGE. */
static int cli_parse_answer(const char *cmd, const char *flag, const char *val, CliOpts *o) {
    int64_t id = 0;
    size_t digits = strspn(val, "0123456789");
    if (digits > 0 && digits < 19 && val[digits] == '=') { /* no JSON text starts with digits then '=' */
        id = strtoll(val, NULL, 10);
        val += digits + 1;
        if (id <= 0) return cli_usage_error(cmd, "%s: call ids start at 1", flag);
    }
    for (size_t i = 0; i < o->nanswers; i++) {
        if (!id || !o->answers[i].id) return cli_usage_error(cmd, "an answer without a call id must be the only one");
        if (o->answers[i].id == id) return cli_usage_error(cmd, "call %lld is answered twice", (long long)id);
    }
    CliAnswer a = {.id = id};
    if (strcmp(flag, "--error") == 0) {
        size_t n = strspn(val, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");
        if (n == 0 || (val[0] >= '0' && val[0] <= '9') || val[n] != ':')
            return cli_usage_error(cmd, "--error '%s': expected 'ExcType: message' (e.g. 'ValueError: bad id')", val);
        if (n > PITH_MAX_EXC_TYPE_NAME)
            return cli_usage_error(cmd, "--error: the type name is longer than %d characters", PITH_MAX_EXC_TYPE_NAME);
        a.error_text = val;
    } else {
        char err[256];
        a.value = pith_value_from_json(val, strlen(val), err, sizeof err);
        if (!a.value) {
            fprintf(stderr, "pith: --value: invalid JSON: %s\n", err);
            return CLI_EXIT_USAGE;
        }
    }
    CliAnswer *grown = realloc(o->answers, (o->nanswers + 1) * sizeof *grown);
    if (!grown) {
        pith_value_free(a.value);
        fprintf(stderr, "pith: out of memory\n");
        return CLI_EXIT_USAGE;
    }
    o->answers = grown;
    o->answers[o->nanswers++] = a;
    return 0;
}

/* Build the name/value arrays the public API takes from the parsed flags. */
static int cli_build_arrays(CliOpts *o) {
    o->input_names = calloc(o->ninputs + 1, sizeof *o->input_names);
    o->input_values = calloc(o->ninputs + 1, sizeof *o->input_values);
    o->ext_names = calloc(o->nexts + 1, sizeof *o->ext_names);
    if (!o->input_names || !o->input_values || !o->ext_names) {
        fprintf(stderr, "pith: out of memory\n");
        return CLI_EXIT_USAGE;
    }
    for (size_t i = 0; i < o->ninputs; i++) {
        o->input_names[i] = o->inputs[i].name;
        o->input_values[i] = o->inputs[i].value ? o->inputs[i].value : &cli_none;
    }
    for (size_t i = 0; i < o->nexts; i++) o->ext_names[i] = o->exts[i].name;
    return 0;
}

int cli_parse_args(const char *cmd, unsigned flags, int argc, char **argv, int first, CliOpts *o) {
    memset(o, 0, sizeof *o);
    o->cmd = cmd;
    int rc = 0, flags_done = 0;
    for (int i = first; i < argc && rc == 0; i++) {
        const char *a = argv[i];
        if (flags_done || a[0] != '-' || a[1] == '\0') {
            if (o->file)
                rc = cli_usage_error(cmd, "unexpected argument '%s' (only one FILE)", a);
            else
                o->file = a;
            continue;
        }
        if (strcmp(a, "--") == 0) {
            flags_done = 1;
            continue;
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            cli_help(stdout, cmd);
            cli_opts_free(o);
            return -1;
        }
        if (strcmp(a, "--replay-snapshots") == 0 && (flags & CLI_F_REPLAY)) {
            o->replay = 1;
            continue;
        }
        if (strcmp(a, "--json") == 0 && (flags & CLI_F_JSON)) {
            o->json = 1;
            continue;
        }
        /* split "--flag=value"; otherwise the value is the next argument */
        static const char *const with_value[] = {"--input",
                                                 "--ext",
                                                 "--max-time",
                                                 "--max-depth",
                                                 "--iterations",
                                                 "--output",
                                                 "-o",
                                                 "--key-file",
                                                 "--value",
                                                 "--error",
                                                 "--max-memory",
                                                 "--max-allocations",
                                                 "--max-host-calls",
                                                 "--max-output",
                                                 "--fail-allocation",
                                                 "--program"};
        const char *flag = NULL, *val = NULL;
        for (size_t k = 0; k < sizeof with_value / sizeof with_value[0]; k++) {
            size_t n = strlen(with_value[k]);
            if (strncmp(a, with_value[k], n) == 0 && (a[n] == '\0' || a[n] == '=')) {
                flag = with_value[k];
                val = a[n] == '=' ? a + n + 1 : NULL;
                break;
            }
        }
        if (flag && strcmp(flag, "--output") == 0) flag = "-o";
        unsigned need = !flag                             ? 0
                        : strcmp(flag, "--input") == 0    ? (CLI_F_INPUT | CLI_F_INPUT_DECL)
                        : strcmp(flag, "--ext") == 0      ? CLI_F_EXT
                        : strcmp(flag, "-o") == 0         ? CLI_F_SNAP_OUT
                        : strcmp(flag, "--key-file") == 0 ? CLI_F_KEY
                        : strcmp(flag, "--program") == 0  ? CLI_F_PROGRAM
                        : (strcmp(flag, "--value") == 0 || strcmp(flag, "--error") == 0) ? CLI_F_ANSWER
                        : strcmp(flag, "--iterations") == 0                              ? CLI_F_ITER
                                                                                         : CLI_F_LIMITS;
        if (!flag || !(flags & need)) {
            rc = cli_usage_error(cmd, "unknown option '%s'", a);
            break;
        }
        if (!val) {
            if (i + 1 >= argc) {
                rc = cli_usage_error(cmd, "%s needs a value", flag);
                break;
            }
            val = argv[++i];
        }
        if (strcmp(flag, "--input") == 0) {
            rc = cli_add_named(cmd, flag, val, (flags & CLI_F_INPUT) != 0, &o->inputs, &o->ninputs);
        } else if (strcmp(flag, "--ext") == 0) {
            rc = cli_add_named(cmd, flag, val, 0, &o->exts, &o->nexts);
        } else if (strcmp(flag, "-o") == 0 || strcmp(flag, "--key-file") == 0 || strcmp(flag, "--program") == 0) {
            const char **slot = flag[1] == 'o' ? &o->out_path : flag[2] == 'k' ? &o->key_file : &o->program;
            if (*slot)
                rc = cli_usage_error(cmd, "%s given twice", flag);
            else if (!*val)
                rc = cli_usage_error(cmd, "%s needs a file name", flag);
            else
                *slot = val;
        } else if (strcmp(flag, "--value") == 0 || strcmp(flag, "--error") == 0) {
            rc = cli_parse_answer(cmd, flag, val, o);
        } else if (strcmp(flag, "--max-time") == 0) {
            rc = cli_parse_seconds(cmd, flag, val, &o->max_time);
        } else if (strcmp(flag, "--max-depth") == 0) {
            long d = 0;
            rc = cli_parse_count(cmd, flag, val, 1000000, &d);
            o->max_depth = (int)d;
        } else if (strcmp(flag, "--max-memory") == 0 || strcmp(flag, "--max-output") == 0) {
            rc = cli_parse_size(cmd, flag, val, flag[6] == 'm' ? &o->max_memory : &o->max_output);
        } else if (strcmp(flag, "--max-allocations") == 0) {
            long n = 0;
            rc = cli_parse_count(cmd, flag, val, 2000000000L, &n);
            o->max_allocations = (unsigned long long)n;
        } else if (strcmp(flag, "--fail-allocation") == 0) {
            long n = 0;
            rc = cli_parse_count(cmd, flag, val, 2000000000L, &n);
            o->fail_allocation = (unsigned long long)n;
        } else if (strcmp(flag, "--max-host-calls") == 0) {
            long n = 0;
            rc = cli_parse_count(cmd, flag, val, 100000000L, &n);
            o->max_host_calls = (int)n;
        } else {
            rc = cli_parse_count(cmd, flag, val, 100000000, &o->iterations);
        }
    }
    if (rc == 0 && !o->file) rc = cli_usage_error(cmd, "missing FILE");
    if (rc == 0) rc = cli_build_arrays(o);
    if (rc != 0) cli_opts_free(o);
    return rc;
}

void cli_opts_free(CliOpts *o) {
    for (size_t i = 0; i < o->ninputs; i++) {
        free(o->inputs[i].name);
        pith_value_free(o->inputs[i].value);
    }
    for (size_t i = 0; i < o->nexts; i++) {
        free(o->exts[i].name);
        pith_value_free(o->exts[i].value);
    }
    free(o->inputs);
    free(o->exts);
    free(o->input_names);
    free(o->input_values);
    free(o->ext_names);
    for (size_t i = 0; i < o->nanswers; i++) pith_value_free(o->answers[i].value);
    free(o->answers);
    memset(o, 0, sizeof *o);
}

const char *cli_program_file(const CliOpts *o) { return o->program ? o->program : o->file; }

void cli_compile_options(const CliOpts *o, PithCompileOptions *co) {
    memset(co, 0, sizeof *co);
    co->filename = cli_program_file(o);
    co->inputs = o->input_names;
    co->ninputs = o->ninputs;
    co->externals = o->ext_names;
    co->nexternals = o->nexts;
}

const PithValue *cli_ext_answer(const CliOpts *o, const char *name) {
    for (size_t i = 0; name && i < o->nexts; i++)
        if (strcmp(o->exts[i].name, name) == 0) return o->exts[i].value ? o->exts[i].value : &cli_none;
    return &cli_none;
}

PithStatus cli_ext_answer_all(PithExec *x, const CliOpts *o) {
    size_t n = pith_exec_call_count(x);
    for (size_t i = 0; i < n; i++) {
        const PithCall *call = pith_exec_call_at(x, i);
        if (pith_exec_answer(x, call->id, cli_ext_answer(o, call->name)) == PITH_INVALID) return PITH_INVALID;
    }
    return pith_exec_continue(x);
}

char *cli_read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "pith: cannot read %s: %s\n", path, strerror(errno));
        return NULL;
    }
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    int err = 0;
    while (buf) {
        if (n + 1 >= cap) {
            char *grown = cap < ((size_t)1 << 40) ? realloc(buf, cap * 2) : NULL;
            if (!grown) {
                free(buf);
                buf = NULL;
                err = ENOMEM;
                break;
            }
            buf = grown;
            cap *= 2;
        }
        errno = 0;
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) {
            if (ferror(f)) {
                err = errno ? errno : EIO;
                free(buf);
                buf = NULL;
            }
            break;
        }
    }
    if (!buf && !err) err = ENOMEM;
    fclose(f);
    if (!buf) {
        fprintf(stderr, "pith: cannot read %s: %s\n", path, strerror(err));
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

void cli_print_diag(const char *diag) {
    size_t n = strlen(diag);
    fputs(n ? diag : "error: compilation failed (no diagnostic)", stderr);
    if (!n || diag[n - 1] != '\n') fputc('\n', stderr);
}
