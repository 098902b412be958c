/* cli_serve_ops.c — the requests of `pith serve` (docs/PROTOCOL.md): compile, start, resume, dump, load,
 * cancel, free, stats, each answered by exactly one reply event, and how a run's stop becomes an event
 * (waiting with its pending calls, done, failed, limit). Stage: cli (public API only).
 * Every field is checked before anything runs: a bad request gets an error event and changes nothing. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "cli_serve.h"

#define SERVE_DIAG_SIZE 8192

const PithValue *serve_field(const PithValue *obj, const char *key) {
    if (!obj || obj->kind != PITH_DICT) return NULL;
    size_t klen = strlen(key);
    for (size_t i = 0; i < obj->u.dict.n; i++) {
        const PithValue *k = obj->u.dict.keys[i];
        if (k->kind == PITH_STR && k->u.s.len == klen && memcmp(k->u.s.data, key, klen) == 0)
            return obj->u.dict.values[i];
    }
    return NULL;
}

/* A string field without NUL bytes (names and file names become C strings). Returns 0 (then *out is the
 * text, or dflt when the field is absent or null), or -1 after the error reply. */
static int field_cstr(Serve *S, const PithValue *req, const char *key, const char *dflt, const char **out) {
    const PithValue *v = serve_field(req, key);
    *out = dflt;
    if (!v || v->kind == PITH_NONE) {
        if (dflt) return 0;
        serve_error(S, "bad_request", "missing field \"%s\"", key);
        return -1;
    }
    if (v->kind != PITH_STR || strlen(v->u.s.data) != v->u.s.len) {
        serve_error(S, "bad_request", "field \"%s\" must be a string without NUL characters", key);
        return -1;
    }
    *out = v->u.s.data;
    return 0;
}

/* A positive integer id field ("program", "exec"). Returns the id, or 0 after the error reply. */
static long field_id(Serve *S, const PithValue *req, const char *key) {
    const PithValue *v = serve_field(req, key);
    if (!v || v->kind != PITH_INT || v->u.i <= 0 || v->u.i > (int64_t)0x7fffffffffff) {
        serve_error(S, "bad_request", "field \"%s\" must be a positive integer id", key);
        return 0;
    }
    return (long)v->u.i;
}

static ServeProgram *field_program(Serve *S, const PithValue *req) {
    long id = field_id(S, req, "program");
    if (!id) return NULL;
    ServeProgram *sp = serve_program_find(S, id);
    if (!sp) serve_error(S, "unknown_program", "no program %ld in this worker", id);
    return sp;
}

static ServeExec *field_exec(Serve *S, const PithValue *req) {
    long id = field_id(S, req, "exec");
    if (!id) return NULL;
    ServeExec *e = serve_exec_find(S, id);
    if (!e) serve_error(S, "unknown_exec", "no waiting execution %ld in this worker", id);
    return e;
}

/* An optional array of name strings ("inputs", "externals" of compile): *names points into req. */
static int field_names(Serve *S, const PithValue *req, const char *key, const char ***names, size_t *n) {
    const PithValue *v = serve_field(req, key);
    *names = NULL;
    *n = 0;
    if (!v || v->kind == PITH_NONE) return 0;
    if (v->kind != PITH_LIST) goto bad;
    *names = calloc(v->u.seq.n + 1, sizeof **names);
    if (!*names) {
        serve_error(S, "out_of_memory", "out of memory");
        return -1;
    }
    for (size_t i = 0; i < v->u.seq.n; i++) {
        const PithValue *s = v->u.seq.items[i];
        if (s->kind != PITH_STR || strlen(s->u.s.data) != s->u.s.len) {
            free(*names);
            *names = NULL;
            goto bad;
        }
        (*names)[i] = s->u.s.data;
    }
    *n = v->u.seq.n;
    return 0;
bad:
    serve_error(S, "bad_request", "field \"%s\" must be an array of strings", key);
    return -1;
}

/* ---- limits ---- */

typedef enum { LIM_SECONDS, LIM_SIZE, LIM_INT, LIM_U64 } LimitKind;

/* The "limits" object's fields: one row per PithLimits member. */
static const struct {
    const char *key;
    LimitKind kind;
    size_t offset;
} limit_fields[] = {
    {"max_seconds", LIM_SECONDS, offsetof(PithLimits, max_seconds)},
    {"max_memory", LIM_SIZE, offsetof(PithLimits, max_memory)},
    {"max_depth", LIM_INT, offsetof(PithLimits, max_depth)},
    {"max_allocations", LIM_U64, offsetof(PithLimits, max_allocations)},
    {"max_host_calls", LIM_INT, offsetof(PithLimits, max_host_calls)},
    {"max_output", LIM_SIZE, offsetof(PithLimits, max_output)},
};

/* Fill *lim from the optional "limits" object (0 = the default). An unknown key is an error: a misspelt
 * limit must not silently run without it. Returns 0, or -1 after the error reply. */
static int field_limits(Serve *S, const PithValue *req, PithLimits *lim) {
    memset(lim, 0, sizeof *lim);
    const PithValue *v = serve_field(req, "limits");
    if (!v || v->kind == PITH_NONE) return 0;
    if (v->kind != PITH_DICT) {
        serve_error(S, "bad_request", "field \"limits\" must be an object");
        return -1;
    }
    for (size_t i = 0; i < v->u.dict.n; i++) {
        const char *key = v->u.dict.keys[i]->u.s.data;
        const PithValue *val = v->u.dict.values[i];
        size_t f = 0, nf = sizeof limit_fields / sizeof limit_fields[0];
        while (f < nf && strcmp(limit_fields[f].key, key) != 0) f++;
        if (f == nf) {
            serve_error(S, "bad_request", "unknown limit \"%s\"", key);
            return -1;
        }
        if (val->kind == PITH_NONE) continue;
        double num = val->kind == PITH_INT ? (double)val->u.i : val->kind == PITH_FLOAT ? val->u.f : -1;
        int integral = val->kind == PITH_INT;
        if (!(num >= 0) || !isfinite(num) || (limit_fields[f].kind != LIM_SECONDS && !integral) ||
            (limit_fields[f].kind == LIM_INT && num > 2147483647.0)) {
            serve_error(S, "bad_request", "limit \"%s\" must be a non-negative %s", key,
                        limit_fields[f].kind == LIM_SECONDS ? "number" : "integer");
            return -1;
        }
        char *slot = (char *)lim + limit_fields[f].offset;
        switch (limit_fields[f].kind) {
        case LIM_SECONDS: *(double *)slot = num; break;
        case LIM_SIZE: *(size_t *)slot = (size_t)val->u.i; break;
        case LIM_INT: *(int *)slot = (int)val->u.i; break;
        case LIM_U64: *(uint64_t *)slot = (uint64_t)val->u.i; break;
        }
    }
    return 0;
}

/* ---- how a run's stop is reported ---- */

/* The limit each limit error type stands for ("allocations" shares MemoryLimitExceeded with "memory"). */
static const struct {
    const char *type;
    const char *limit;
} limit_types[] = {
    {"TimeLimitExceeded", "time"},
    {"MemoryLimitExceeded", "memory"},
    {"HostCallLimitExceeded", "host_calls"},
    {"OutputLimitExceeded", "output"},
};

static const char *limit_of_type(const char *type) {
    for (size_t i = 0; type && i < sizeof limit_types / sizeof limit_types[0]; i++)
        if (strcmp(type, limit_types[i].type) == 0) return limit_types[i].limit;
    return NULL;
}

/* Append `, "key": ` to b. */
static void put_key(PithBuf *b, const char *key) {
    pith_buf_puts(b, ", \"");
    pith_buf_puts(b, key);
    pith_buf_puts(b, "\": ");
}

static void put_str(PithBuf *b, const char *key, const char *text) {
    put_key(b, key);
    serve_json_str(b, text, strlen(text));
}

const char *serve_put_end(PithBuf *b, const PithExec *x) {
    if (pith_exec_status(x) == PITH_DONE) {
        const PithValue *v = pith_exec_result(x);
        char *repr = pith_value_repr(v);
        put_key(b, "value");
        serve_wire_put(b, v);
        put_str(b, "repr", repr ? repr : "");
        if (!repr) b->failed = 1;
        free(repr);
        return "done";
    }
    const PithError *err = pith_exec_error(x);
    const char *type = err && err->type ? err->type : "SystemError";
    const char *limit = limit_of_type(type);
    const char *message = err && err->message ? err->message : "";
    if (limit && strcmp(limit, "memory") == 0 && strncmp(message, "allocation limit", 16) == 0) limit = "allocations";
    if (limit) put_str(b, "limit", limit);
    put_str(b, "type", type);
    put_str(b, "message", message);
    put_str(b, "traceback", err && err->traceback ? err->traceback : "");
    return limit ? "limit" : "failed";
}

/* Reply with the state e's execution stopped in: waiting (the entry stays), or done / failed / limit (the
 * entry is removed). */
static void report_stop(Serve *S, ServeExec *e) {
    if (pith_exec_status(e->x) == PITH_WAITING) { /* every pending call, with the engine's ids */
        serve_ev_begin(S, "waiting", 1);
        serve_ev_long(S, "exec", e->id);
        serve_ev_key(S, "calls");
        pith_buf_puts(&S->ev, "[");
        size_t n = pith_exec_call_count(e->x);
        for (size_t i = 0; i < n; i++) {
            const PithCall *call = pith_exec_call_at(e->x, i);
            pith_buf_printf(&S->ev, "%s{\"id\": %lld", i ? ", " : "", (long long)call->id);
            serve_ev_str(S, "name", call->name);
            serve_ev_key(S, "args");
            PithValue empty_list = {PITH_LIST, {0}}, empty_dict = {PITH_DICT, {0}};
            serve_wire_put(&S->ev, call->args ? call->args : &empty_list);
            serve_ev_key(S, "kwargs");
            serve_wire_put(&S->ev, call->kwargs ? call->kwargs : &empty_dict);
            pith_buf_puts(&S->ev, "}");
        }
        pith_buf_puts(&S->ev, "]");
        serve_ev_send(S);
        return;
    }
    /* the fields come first, the event's name once they say which: build them aside */
    PithBuf fields = {0};
    const char *name = serve_put_end(&fields, e->x);
    serve_ev_begin(S, name, 1);
    serve_ev_long(S, "exec", e->id);
    pith_buf_put(&S->ev, fields.p ? fields.p : "", fields.len);
    if (fields.failed) S->ev.failed = 1;
    pith_buf_free(&fields);
    serve_ev_send(S);
    serve_exec_remove(S, e);
}

/* ---- the requests ---- */

void serve_put_diag(PithBuf *b, const char *diag) {
    put_str(b, "diagnostic", diag);
    const char *mark = strstr(diag, ": error: ");
    if (!mark) return;
    /* "file:line:col: error: message\n...": the file name may itself hold colons, so read from the mark */
    const char *c2 = mark, *c1 = NULL;
    while (c2 > diag && c2[-1] >= '0' && c2[-1] <= '9') c2--;
    if (c2 > diag && c2[-1] == ':' && c2 < mark) {
        c1 = c2 - 1;
        while (c1 > diag && c1[-1] >= '0' && c1[-1] <= '9') c1--;
        if (!(c1 > diag && c1[-1] == ':' && c1 < c2 - 1)) c1 = NULL;
    }
    if (!c1) return;
    char *file = strndup(diag, (size_t)(c1 - 1 - diag));
    const char *msg = mark + 9, *eol = strchr(msg, '\n');
    char *text = strndup(msg, eol ? (size_t)(eol - msg) : strlen(msg));
    if (file && text) {
        put_str(b, "file", file);
        pith_buf_printf(b, ", \"line\": %ld, \"col\": %ld", strtol(c1, NULL, 10), strtol(c2, NULL, 10));
        put_str(b, "message", text);
    } else {
        b->failed = 1;
    }
    free(file);
    free(text);
}

static void report_diag(Serve *S, const char *diag) {
    serve_ev_begin(S, "compile_error", 1);
    serve_put_diag(&S->ev, diag);
    serve_ev_send(S);
}

static void op_compile(Serve *S, const PithValue *req) {
    const PithValue *src = serve_field(req, "source");
    if (!src || src->kind != PITH_STR) {
        serve_error(S, "bad_request", "field \"source\" must be a string");
        return;
    }
    PithCompileOptions co = {0};
    const char **inputs = NULL, **externals = NULL;
    if (field_cstr(S, req, "filename", "<snippet>", &co.filename) != 0 ||
        field_names(S, req, "inputs", &inputs, &co.ninputs) != 0)
        return;
    if (field_names(S, req, "externals", &externals, &co.nexternals) != 0) {
        free(inputs);
        return;
    }
    co.inputs = inputs;
    co.externals = externals;
    char *diag = calloc(1, SERVE_DIAG_SIZE);
    PithProgram *p =
        diag ? pith_compile(S->engine, src->u.s.len ? src->u.s.data : "", src->u.s.len, &co, diag, SERVE_DIAG_SIZE)
             : NULL;
    free(inputs);
    free(externals);
    S->compiles++;
    if (!diag) {
        serve_error(S, "out_of_memory", "out of memory");
    } else if (!p) {
        report_diag(S, diag);
    } else {
        const PithCompileStats *st = pith_engine_last_stats(S->engine);
        int hit = st && st->cache_hit;
        S->hits += (unsigned long)hit;
        ServeProgram *sp = serve_program_add(S, p);
        if (!sp) {
            serve_error(S, "out_of_memory", "out of memory");
        } else {
            serve_ev_begin(S, "compiled", 1);
            serve_ev_long(S, "program", sp->id);
            serve_ev_key(S, "cache_hit");
            pith_buf_puts(&S->ev, hit ? "true" : "false");
            serve_ev_send(S);
        }
    }
    free(diag);
}

/* The "inputs" object of start: parallel arrays of names (pointing into req) and decoded values (owned). */
typedef struct Inputs {
    const char **names;
    PithValue **values;
    size_t n;
} Inputs;

static void inputs_free(Inputs *in) {
    for (size_t i = 0; i < in->n; i++) pith_value_free(in->values[i]);
    free(in->names);
    free(in->values);
}

static int field_inputs(Serve *S, const PithValue *req, Inputs *in) {
    memset(in, 0, sizeof *in);
    const PithValue *v = serve_field(req, "inputs");
    if (!v || v->kind == PITH_NONE) return 0;
    if (v->kind != PITH_DICT) {
        serve_error(S, "bad_request", "field \"inputs\" must be an object of name: value");
        return -1;
    }
    in->names = calloc(v->u.dict.n + 1, sizeof *in->names);
    in->values = calloc(v->u.dict.n + 1, sizeof *in->values);
    if (!in->names || !in->values) {
        inputs_free(in);
        serve_error(S, "out_of_memory", "out of memory");
        return -1;
    }
    for (size_t i = 0; i < v->u.dict.n; i++) {
        char err[200];
        const PithValue *k = v->u.dict.keys[i];
        if (strlen(k->u.s.data) != k->u.s.len) {
            inputs_free(in);
            serve_error(S, "bad_request", "an input name holds a NUL character");
            return -1;
        }
        in->names[i] = k->u.s.data;
        in->values[i] = serve_wire_decode(v->u.dict.values[i], err, sizeof err);
        if (!in->values[i]) {
            inputs_free(in);
            serve_error(S, "bad_value", "input \"%s\": %s", k->u.s.data, err);
            return -1;
        }
        in->n = i + 1;
    }
    return 0;
}

static void op_start(Serve *S, const PithValue *req) {
    ServeProgram *sp = field_program(S, req);
    PithRunOptions ro = {0};
    Inputs in;
    if (!sp || field_limits(S, req, &ro.limits) != 0 || field_inputs(S, req, &in) != 0) return;
    ServeExec *e = serve_exec_new(S);
    if (e) {
        ro.input_names = in.names;
        ro.input_values = (const PithValue *const *)in.values;
        ro.ninputs = in.n;
        ro.writer = serve_write_output;
        ro.writer_user = e;
        e->x = pith_exec_start(sp->p, &ro);
    }
    inputs_free(&in);
    if (!e || !e->x) {
        if (e) serve_exec_remove(S, e);
        serve_error(S, "out_of_memory", "out of memory starting the execution");
        return;
    }
    report_stop(S, e);
}

/* An exception type name the engine accepts (pith_exec_answer_error): an ASCII identifier of at most
 * PITH_MAX_EXC_TYPE_NAME characters. */
static int type_name_ok(const char *t) {
    size_t n = strlen(t);
    if (n == 0 || n > PITH_MAX_EXC_TYPE_NAME || (t[0] >= '0' && t[0] <= '9')) return 0;
    return strspn(t, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") == n;
}

static void op_resume(Serve *S, const PithValue *req) {
    ServeExec *e = field_exec(S, req);
    if (!e) return;
    const PithValue *answers = serve_field(req, "answers");
    if (!answers || answers->kind != PITH_LIST || answers->u.seq.n == 0) {
        serve_error(S, "bad_request", "field \"answers\" must be a non-empty array");
        return;
    }
    /* Every answer names a distinct pending call and is well formed before any is given: a bad request
     * changes nothing. */
    size_t n = answers->u.seq.n, npending = pith_exec_call_count(e->x);
    for (size_t i = 0; i < n; i++) {
        const PithValue *a = answers->u.seq.items[i];
        const PithValue *call = serve_field(a, "call");
        if (!call || call->kind != PITH_INT) {
            serve_error(S, "bad_request", "each answer is an object with an integer \"call\"");
            return;
        }
        int pending = 0;
        for (size_t k = 0; k < npending; k++) pending |= pith_exec_call_at(e->x, k)->id == call->u.i;
        for (size_t j = 0; j < i; j++) pending &= serve_field(answers->u.seq.items[j], "call")->u.i != call->u.i;
        if (!pending) {
            serve_error(S, "unknown_call", "call %lld is not pending in execution %ld", (long long)call->u.i, e->id);
            return;
        }
        const PithValue *error = serve_field(a, "error");
        if (!serve_field(a, "value") == !error) {
            serve_error(S, "bad_request", "an answer has either \"value\" or \"error\"");
            return;
        }
        const char *type = NULL, *message = NULL;
        if (error && error->kind != PITH_DICT) {
            serve_error(S, "bad_request", "\"error\" is {\"type\": NAME, \"message\": TEXT}");
            return;
        }
        if (error &&
            (field_cstr(S, error, "type", NULL, &type) != 0 || field_cstr(S, error, "message", "", &message) != 0))
            return;
        if (type && limit_of_type(type)) {
            serve_error(S, "bad_request", "a host cannot raise %s (the worker's own limit stop)", type);
            return;
        }
        if (type && !type_name_ok(type)) {
            serve_error(S, "bad_request", "exception type \"%s\" is not an identifier of at most %d characters", type,
                        PITH_MAX_EXC_TYPE_NAME);
            return;
        }
    }
    PithValue **values = calloc(n, sizeof *values);
    if (!values) {
        serve_error(S, "out_of_memory", "out of memory");
        return;
    }
    for (size_t i = 0; i < n; i++) {
        const PithValue *a = answers->u.seq.items[i], *v = serve_field(a, "value");
        char err[200];
        if (v && !(values[i] = serve_wire_decode(v, err, sizeof err))) {
            serve_error(S, "bad_value", "answer to call %lld: %s", (long long)serve_field(a, "call")->u.i, err);
            for (size_t j = 0; j < i; j++) pith_value_free(values[j]);
            free(values);
            return;
        }
    }
    for (size_t i = 0; i < n; i++) {
        const PithValue *a = answers->u.seq.items[i], *error = serve_field(a, "error");
        int64_t id = serve_field(a, "call")->u.i;
        if (error) {
            const char *type = NULL, *message = NULL;
            field_cstr(S, error, "type", NULL, &type);
            field_cstr(S, error, "message", "", &message);
            pith_exec_answer_error(e->x, id, type, message);
        } else {
            pith_exec_answer(e->x, id, values[i]);
        }
        pith_value_free(values[i]);
    }
    free(values);
    pith_exec_continue(e->x);
    report_stop(S, e);
}

/* The optional "key" field (base64) of dump / load. Returns 0, or -1 after the error reply. */
static int field_key(Serve *S, const PithValue *req, unsigned char **key, size_t *len) {
    const PithValue *v = serve_field(req, "key");
    *key = NULL;
    *len = 0;
    if (!v || v->kind == PITH_NONE) return 0;
    if (v->kind == PITH_STR && v->u.s.len) *key = serve_b64_decode(v->u.s.data, v->u.s.len, len);
    if (!*key || !*len) {
        free(*key);
        *key = NULL;
        serve_error(S, "bad_request", "field \"key\" must be non-empty base64");
        return -1;
    }
    return 0;
}

static void op_dump(Serve *S, const PithValue *req) {
    unsigned char *key, *bytes = NULL;
    size_t keylen, len = 0;
    ServeExec *e = field_exec(S, req);
    if (!e || field_key(S, req, &key, &keylen) != 0) return;
    PithSnapError err = pith_exec_dump(e->x, key, keylen, &bytes, &len);
    free(key);
    if (err != PITH_SNAP_OK) {
        serve_error(S, "snapshot", "%s", pith_snap_error_text(err));
        free(bytes);
        return;
    }
    serve_ev_begin(S, "snapshot", 1);
    serve_ev_long(S, "exec", e->id);
    serve_ev_key(S, "data");
    pith_buf_putc(&S->ev, '"');
    serve_b64_put(&S->ev, bytes, len);
    pith_buf_putc(&S->ev, '"');
    serve_ev_send(S);
    free(bytes);
}

static void op_load(Serve *S, const PithValue *req) {
    const PithValue *data = serve_field(req, "data");
    size_t len = 0, keylen;
    unsigned char *key,
        *bytes = data && data->kind == PITH_STR ? serve_b64_decode(data->u.s.data, data->u.s.len, &len) : NULL;
    if (!bytes) {
        serve_error(S, "bad_request", "field \"data\" must be the snapshot in base64");
        return;
    }
    ServeProgram *pinned = NULL;
    PithRunOptions ro = {0};
    if (serve_field(req, "program") && !(pinned = field_program(S, req))) goto out;
    if (field_limits(S, req, &ro.limits) != 0 || field_key(S, req, &key, &keylen) != 0) goto out;
    ServeExec *e = serve_exec_new(S);
    PithSnapError err = PITH_SNAP_NOMEM;
    if (e) {
        ro.writer = serve_write_output;
        ro.writer_user = e;
        e->x = pinned ? pith_exec_load_program(pinned->p, bytes, len, key, keylen, &ro, &err)
                      : pith_exec_load(S->engine, bytes, len, key, keylen, &ro, &err);
    }
    free(key);
    if (!e || !e->x) {
        if (e) serve_exec_remove(S, e);
        serve_error(S, "bad_snapshot", "%s", pith_snap_error_text(err));
    } else {
        report_stop(S, e);
    }
out:
    free(bytes);
}

static void op_cancel(Serve *S, const PithValue *req) {
    ServeExec *e = field_exec(S, req);
    if (!e) return;
    long id = e->id;
    serve_exec_remove(S, e);
    serve_ev_begin(S, "cancelled", 1);
    serve_ev_long(S, "exec", id);
    serve_ev_send(S);
}

static void op_free(Serve *S, const PithValue *req) {
    ServeProgram *sp = field_program(S, req);
    if (!sp) return;
    long id = sp->id;
    serve_program_remove(S, sp);
    serve_ev_begin(S, "freed", 1);
    serve_ev_long(S, "program", id);
    serve_ev_send(S);
}

static void op_stats(Serve *S, const PithValue *req) {
    (void)req;
    serve_ev_begin(S, "stats", 1);
    serve_ev_long(S, "protocol", SERVE_PROTOCOL);
    serve_ev_long(S, "programs", (long)S->nprogs);
    serve_ev_long(S, "executions", (long)S->nexecs);
    serve_ev_long(S, "requests", (long)S->requests);
    serve_ev_long(S, "errors", (long)S->errors);
    serve_ev_long(S, "compiles", (long)S->compiles);
    serve_ev_long(S, "cache_hits", (long)S->hits);
    serve_ev_send(S);
}

/* The requests by "op". */
static const struct {
    const char *op;
    void (*run)(Serve *S, const PithValue *req);
} serve_ops[] = {
    {"compile", op_compile}, {"start", op_start},   {"resume", op_resume}, {"dump", op_dump},
    {"load", op_load},       {"cancel", op_cancel}, {"free", op_free},     {"stats", op_stats},
};

void serve_dispatch(Serve *S, const PithValue *req) {
    if (req->kind != PITH_DICT) {
        serve_error(S, "bad_request", "a request is a JSON object");
        return;
    }
    const PithValue *id = serve_field(req, "id");
    if (id && id->kind != PITH_INT && id->kind != PITH_STR && id->kind != PITH_NONE) {
        serve_error(S, "bad_request", "\"id\" must be an integer, a string or null");
        return;
    }
    S->req_id = id;
    const PithValue *version = serve_field(req, "protocol");
    if (version && (version->kind != PITH_INT || version->u.i != SERVE_PROTOCOL)) {
        serve_error(S, "unsupported_protocol", "this worker speaks protocol %d", SERVE_PROTOCOL);
        return;
    }
    const PithValue *op = serve_field(req, "op");
    if (!op || op->kind != PITH_STR) {
        serve_error(S, "bad_request", "missing \"op\"");
        return;
    }
    for (size_t i = 0; i < sizeof serve_ops / sizeof serve_ops[0]; i++) {
        if (strcmp(serve_ops[i].op, op->u.s.data) == 0) {
            serve_ops[i].run(S, req);
            return;
        }
    }
    serve_error(S, "unknown_op", "unknown op \"%.64s\"", op->u.s.data);
}
