/* cli_serve.h — internals shared by the files of `pith serve`, the worker that speaks docs/PROTOCOL.md on
 * stdin/stdout: the request loop and its tables (cli_serve.c), the requests (cli_serve_ops.c) and the wire
 * form of values, JSON strings and base64 (cli_serve_wire.c).
 * Stage: cli (public API only). One worker = one engine (so one compile cache), used by one thread. */
#ifndef PITH_CLI_SERVE_H
#define PITH_CLI_SERVE_H

#include <stddef.h>

#include "cli.h"
#include "pith_buf.h"

#define SERVE_PROTOCOL 1 /* the protocol version in the hello event; bumped on any incompatible change */

/* A compiled program the client refers to by id. */
typedef struct ServeProgram {
    long id;
    PithProgram *p; /* one reference, released by `free` or at exit */
} ServeProgram;

struct Serve;

/* A live (waiting) execution. Heap-allocated on its own: the writer of its output holds its address. */
typedef struct ServeExec {
    long id;
    PithExec *x;
    struct Serve *S; /* for the output writer */
} ServeExec;

/* The worker's state: everything a request can name. */
typedef struct Serve {
    int out_fd; /* the protocol stream (the original stdout; fd 1 itself is pointed at stderr) */
    int broken; /* a write to out_fd failed: the client is gone, stop */
    PithEngine *engine;
    ServeProgram *progs;
    size_t nprogs, cap_progs;
    ServeExec **execs;
    size_t nexecs, cap_execs;
    long last_prog, last_exec;                      /* ids are never reused within a worker */
    unsigned long requests, errors, compiles, hits; /* for `stats` */
    const PithValue *req_id;                        /* the "id" of the request being answered, or NULL */
    PithBuf ev;                                     /* the event being built */
} Serve;

/* ---- events (cli_serve.c). An event is built into S->ev between ev_begin and ev_send. ---- */
/* Start an event {"event": NAME[, "id": the request's id]. */
void serve_ev_begin(Serve *S, const char *name, int with_id);
void serve_ev_key(Serve *S, const char *key); /* ", \"key\": " (the caller writes the value) */
void serve_ev_long(Serve *S, const char *key, long n);
void serve_ev_str(Serve *S, const char *key, const char *text); /* NULL text: null */
/* Close the event, write it as one line and flush. */
void serve_ev_send(Serve *S);
/* The error reply to the current request: {"event": "error", "id": ..., "code": CODE, "message": ...}. */
void serve_error(Serve *S, const char *code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* ---- tables (cli_serve.c) ---- */
ServeProgram *serve_program_find(Serve *S, long id);
/* Remember p under a new id; a p the worker already holds (the engine's cache gave it back) keeps its id
 * and the extra reference is released. NULL on OOM (p released). */
ServeProgram *serve_program_add(Serve *S, PithProgram *p);
void serve_program_remove(Serve *S, ServeProgram *sp);
ServeExec *serve_exec_find(Serve *S, long id);
ServeExec *serve_exec_new(Serve *S); /* an entry with a new id and no execution yet; NULL on OOM */
void serve_exec_remove(Serve *S, ServeExec *e);
/* The writer every execution prints through: one output event per piece of text. */
int serve_write_output(void *user, const char *text, size_t len);

/* ---- requests (cli_serve_ops.c) ---- */
/* Answer one parsed request object (exactly one reply event). */
void serve_dispatch(Serve *S, const PithValue *req);

/* The fields of a finished (DONE or FAILED) execution as a stop event has them, appended to b as
 * `, "value": ..., "repr": ...` or `[, "limit": ...], "type": ..., "message": ..., "traceback": ...`;
 * returns the event's name: "done", "failed" or "limit". Shared with `pith run --json`. */
const char *serve_put_end(PithBuf *b, const PithExec *x);
/* `, "diagnostic": ...[, "file": ..., "line": ..., "col": ..., "message": ...]` of a compile diagnostic. */
void serve_put_diag(PithBuf *b, const char *diag);

/* ---- request fields (cli_serve_ops.c) ---- */
const PithValue *serve_field(const PithValue *obj, const char *key);

/* ---- wire values, JSON text, base64 (cli_serve_wire.c) ---- */
/* Append v in the wire form (docs/PROTOCOL.md: JSON plus "$tuple", "$bytes", ... tags). -1 on OOM / too deep. */
int serve_wire_put(PithBuf *b, const PithValue *v);
/* The host value a parsed wire form j stands for (a new tree; j is untouched). NULL + message in err. */
PithValue *serve_wire_decode(const PithValue *j, char *err, size_t errlen);
int serve_json_str(PithBuf *b, const char *text, size_t len); /* a JSON string literal (ASCII-only) */
int serve_b64_put(PithBuf *b, const unsigned char *data, size_t len);
/* Decode base64 (standard alphabet, padding required); malloc'd bytes, NULL on bad text or OOM. */
unsigned char *serve_b64_decode(const char *text, size_t len, size_t *out_len);

#endif
