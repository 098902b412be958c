/* cli_serve.c — `pith serve`: a long-lived worker answering newline-delimited JSON requests on stdin with
 * JSON events on stdout (docs/PROTOCOL.md): the read loop, the event writer and the tables of programs and
 * executions. The requests themselves are in cli_serve_ops.c, the wire form of values in cli_serve_wire.c.
 * Stage: cli (public API only).
 * Invariants: every protocol line is written whole by one write loop on a private copy of the original
 * stdout, and fd 1 is pointed at stderr, so nothing else in the process can put bytes between or inside
 * protocol lines; program output travels only inside output events, as a JSON string, so it can never
 * imitate one. A bad request gets an error event and the worker reads on. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* strndup, O_CLOEXEC */
#endif
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli_serve.h"

#define SERVE_DEFAULT_MAX_REQUEST ((size_t)256 << 20) /* one request line: a big snapshot in base64 fits */
#define SERVE_READ_CHUNK 65536

/* ---- events ---- */

void serve_ev_begin(Serve *S, const char *name, int with_id) {
    pith_buf_free(&S->ev);
    pith_buf_puts(&S->ev, "{\"event\": \"");
    pith_buf_puts(&S->ev, name);
    pith_buf_putc(&S->ev, '"');
    if (with_id && S->req_id) {
        char *id = pith_value_to_json(S->req_id);
        pith_buf_puts(&S->ev, ", \"id\": ");
        if (id)
            pith_buf_puts(&S->ev, id);
        else
            S->ev.failed = 1;
        free(id);
    }
}

void serve_ev_key(Serve *S, const char *key) {
    pith_buf_puts(&S->ev, ", \"");
    pith_buf_puts(&S->ev, key);
    pith_buf_puts(&S->ev, "\": ");
}

void serve_ev_long(Serve *S, const char *key, long n) {
    serve_ev_key(S, key);
    pith_buf_printf(&S->ev, "%ld", n);
}

void serve_ev_str(Serve *S, const char *key, const char *text) {
    serve_ev_key(S, key);
    if (text)
        serve_json_str(&S->ev, text, strlen(text));
    else
        pith_buf_puts(&S->ev, "null");
}

/* Write one whole line to the protocol stream. */
static void serve_write_line(Serve *S, const char *p, size_t n) {
    while (n && !S->broken) {
        ssize_t w = write(S->out_fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) {
            S->broken = 1;
            break;
        }
        p += w;
        n -= (size_t)w;
    }
}

void serve_ev_send(Serve *S) {
    pith_buf_puts(&S->ev, "}\n");
    if (S->ev.failed) {
        /* out of memory while building it: say so rather than send half an event */
        static const char oom[] = "{\"event\": \"error\", \"code\": \"out_of_memory\", "
                                  "\"message\": \"out of memory while writing an event\"}\n";
        serve_write_line(S, oom, sizeof oom - 1);
    } else {
        serve_write_line(S, S->ev.p, S->ev.len);
    }
    pith_buf_free(&S->ev);
}

void serve_error(Serve *S, const char *code, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    S->errors++;
    serve_ev_begin(S, "error", 1);
    serve_ev_str(S, "code", code);
    serve_ev_str(S, "message", msg);
    serve_ev_send(S);
}

int serve_write_output(void *user, const char *text, size_t len) {
    ServeExec *e = user;
    Serve *S = e->S;
    PithBuf b = {0};
    pith_buf_printf(&b, "{\"event\": \"output\", \"exec\": %ld, \"text\": ", e->id);
    serve_json_str(&b, text, len);
    pith_buf_puts(&b, "}\n");
    if (b.failed) {
        pith_buf_free(&b);
        return 1; /* the run fails (MemoryError-like) rather than lose output silently */
    }
    serve_write_line(S, b.p, b.len);
    pith_buf_free(&b);
    return S->broken;
}

/* ---- tables ---- */

ServeProgram *serve_program_find(Serve *S, long id) {
    for (size_t i = 0; i < S->nprogs; i++)
        if (S->progs[i].id == id) return &S->progs[i];
    return NULL;
}

ServeProgram *serve_program_add(Serve *S, PithProgram *p) {
    for (size_t i = 0; i < S->nprogs; i++) {
        if (S->progs[i].p == p) {
            pith_program_free(p);
            return &S->progs[i];
        }
    }
    if (S->nprogs == S->cap_progs) {
        size_t cap = S->cap_progs ? S->cap_progs * 2 : 16;
        ServeProgram *grown = realloc(S->progs, cap * sizeof *grown);
        if (!grown) {
            pith_program_free(p);
            return NULL;
        }
        S->progs = grown;
        S->cap_progs = cap;
    }
    S->progs[S->nprogs] = (ServeProgram){++S->last_prog, p};
    return &S->progs[S->nprogs++];
}

void serve_program_remove(Serve *S, ServeProgram *sp) {
    pith_program_free(sp->p);
    *sp = S->progs[--S->nprogs];
}

ServeExec *serve_exec_find(Serve *S, long id) {
    for (size_t i = 0; i < S->nexecs; i++)
        if (S->execs[i]->id == id) return S->execs[i];
    return NULL;
}

ServeExec *serve_exec_new(Serve *S) {
    if (S->nexecs == S->cap_execs) {
        size_t cap = S->cap_execs ? S->cap_execs * 2 : 16;
        ServeExec **grown = realloc(S->execs, cap * sizeof *grown);
        if (!grown) return NULL;
        S->execs = grown;
        S->cap_execs = cap;
    }
    ServeExec *e = calloc(1, sizeof *e);
    if (!e) return NULL;
    e->id = ++S->last_exec;
    e->S = S;
    S->execs[S->nexecs++] = e;
    return e;
}

void serve_exec_remove(Serve *S, ServeExec *e) {
    for (size_t i = 0; i < S->nexecs; i++) {
        if (S->execs[i] == e) {
            S->execs[i] = S->execs[--S->nexecs];
            break;
        }
    }
    pith_exec_free(e->x);
    free(e);
}

/* ---- the read loop ---- */

/* One request line (without its newline). Blank lines are skipped. */
static void serve_line(Serve *S, const char *line, size_t len) {
    while (len && (line[len - 1] == '\r' || line[len - 1] == ' ' || line[len - 1] == '\t')) len--;
    size_t lead = 0;
    while (lead < len && (line[lead] == ' ' || line[lead] == '\t')) lead++;
    if (lead == len) return;
    S->requests++;
    S->req_id = NULL;
    char err[256];
    PithValue *req = pith_value_from_json(line, len, err, sizeof err);
    if (!req) {
        serve_error(S, "bad_json", "%s", err);
        return;
    }
    serve_dispatch(S, req);
    S->req_id = NULL;
    pith_value_free(req);
}

/* Parse `pith serve`'s flags. Returns 0, -1 after --help, or the usage exit code. */
static int serve_parse_args(int argc, char **argv, size_t *max_request) {
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            cli_help(stdout, "serve");
            return -1;
        }
        if (strcmp(a, "--max-request") == 0) {
            if (i + 1 >= argc) return cli_usage_error("serve", "--max-request needs a value");
            char *end = NULL;
            errno = 0;
            unsigned long long v = strtoull(argv[++i], &end, 10);
            size_t mul = 1;
            if (end && *end && !end[1]) mul = *end == 'K' ? 1024 : *end == 'M' ? 1 << 20 : *end == 'G' ? 1 << 30 : 0;
            if (!*argv[i] || errno || !end || mul == 0 || (end[0] && end[1]) || v == 0 || v > SIZE_MAX / mul)
                return cli_usage_error("serve", "--max-request: expected a size in bytes (K/M/G suffix allowed)");
            *max_request = (size_t)v * mul;
            continue;
        }
        return cli_usage_error("serve", "unknown argument '%s'", a);
    }
    return 0;
}

int cli_cmd_serve(int argc, char **argv) {
    size_t max_request = SERVE_DEFAULT_MAX_REQUEST;
    int rc = serve_parse_args(argc, argv, &max_request);
    if (rc) return rc < 0 ? CLI_EXIT_OK : rc;
    signal(SIGPIPE, SIG_IGN); /* a client that went away is a failed write, not a killed worker */
    Serve S = {0};
    fflush(stdout);
    S.out_fd = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    if (S.out_fd < 0 || dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
        fprintf(stderr, "pith serve: cannot set up the protocol stream: %s\n", strerror(errno));
        return CLI_EXIT_FAILED;
    }
    S.engine = pith_engine_new();
    if (!S.engine) {
        fprintf(stderr, "pith: out of memory\n");
        return CLI_EXIT_FAILED;
    }
    serve_ev_begin(&S, "hello", 0);
    serve_ev_long(&S, "protocol", SERVE_PROTOCOL);
    serve_ev_str(&S, "pith", PITH_VERSION);
    serve_ev_long(&S, "pid", (long)getpid());
    serve_ev_send(&S);

    char *buf = NULL;
    size_t len = 0, cap = 0;
    int discarding = 0; /* inside a line longer than max_request: drop bytes up to its newline */
    for (;;) {
        if (S.broken) break;
        if (cap - len < SERVE_READ_CHUNK) {
            size_t ncap = cap ? cap * 2 : SERVE_READ_CHUNK * 2;
            char *grown = realloc(buf, ncap);
            if (!grown) {
                /* no room to read on: this line is lost, the worker is not */
                len = 0;
                discarding = 1;
                if (!buf) break;
                continue;
            }
            buf = grown;
            cap = ncap;
        }
        ssize_t n = read(STDIN_FILENO, buf + len, cap - len);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        size_t scan = len;
        len += (size_t)n;
        size_t start = 0;
        for (;;) {
            char *nl = memchr(buf + scan, '\n', len - scan);
            if (!nl) break;
            size_t end = (size_t)(nl - buf);
            if (discarding || end - start > max_request) {
                S.requests++;
                S.req_id = NULL;
                serve_error(&S, "too_large", "a request line is longer than %zu bytes", max_request);
                discarding = 0;
            } else {
                serve_line(&S, buf + start, end - start);
            }
            start = scan = end + 1;
        }
        memmove(buf, buf + start, len - start);
        len -= start;
        if (len > max_request) {
            discarding = 1;
            len = 0;
        }
        /* keep the buffer from staying huge after one big request */
        if (len < SERVE_READ_CHUNK && cap > 4 * SERVE_READ_CHUNK) {
            char *shrunk = realloc(buf, 2 * SERVE_READ_CHUNK);
            if (shrunk) buf = shrunk, cap = 2 * SERVE_READ_CHUNK;
        }
    }
    if (len && !discarding && !S.broken) serve_line(&S, buf, len); /* a last request without its newline */
    free(buf);
    while (S.nexecs) serve_exec_remove(&S, S.execs[S.nexecs - 1]);
    while (S.nprogs) serve_program_remove(&S, &S.progs[S.nprogs - 1]);
    free(S.execs);
    free(S.progs);
    pith_buf_free(&S.ev);
    pith_engine_free(S.engine);
    close(S.out_fd);
    return CLI_EXIT_OK;
}
