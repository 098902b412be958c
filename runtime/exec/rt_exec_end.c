/* rt_exec_end.c — how a run stops: done (the result converted to a host value), failed (the exception or
 * limit converted to a PithError with its traceback text) or waiting (the pending call published for the
 * host). Stage: runtime. Once a run is over its whole heap is released at once (the end-of-run sweep also
 * frees any reference cycles); what the host reads afterwards is host-owned memory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_exec.h"

static char *dup_cstr(const char *s) {
    size_t n = strlen(s);
    char *d = malloc(n + 1);
    if (d) memcpy(d, s, n + 1);
    return d;
}

void rt_exec_release_heap(PithExec *x) {
    if (!x->heap_live) return;
    RtCtx *c = &x->ctx;
    rt_ctx_release_all(c);
    c->top = NULL;
    c->stop = PV_NULL;
    c->exc = c->handling = PV_NULL;
    c->pending_args = c->pending_kwargs = PV_NULL;
    x->heap_live = 0;
}

void rt_exec_free_call(PithExec *x) {
    for (size_t i = 0; i < x->ncalls; i++) {
        pith_value_free((PithValue *)x->calls[i].args);
        pith_value_free((PithValue *)x->calls[i].kwargs);
    }
    free(x->calls);
    x->calls = NULL;
    x->ncalls = 0;
}

void rt_exec_fail(PithExec *x) {
    RtCtx *c = &x->ctx;
    PV exc = rt_exc_fetch(&c->pub);
    const char *type = c->limit == RT_LIMIT_TIME                                         ? "TimeLimitExceeded"
                       : c->limit == RT_LIMIT_MEMORY || c->limit == RT_LIMIT_ALLOCATIONS ? "MemoryLimitExceeded"
                       : c->limit == RT_LIMIT_HOST_CALLS                                 ? "HostCallLimitExceeded"
                       : c->limit == RT_LIMIT_OUTPUT                                     ? "OutputLimitExceeded"
                       : exc                                                             ? rt_exc_type_qualname(exc)
                                                                                         : "SystemError";
    RtLimit limit = c->limit;
    size_t mem_limit = c->mem_limit;
    c->limit = RT_LIMIT_NONE; /* let the formatting below allocate */
    c->mem_limit = (size_t)-1;
    char *message = NULL;
    if (limit == RT_LIMIT_MEMORY || limit == RT_LIMIT_ALLOCATIONS) {
        char text[96];
        if (limit == RT_LIMIT_MEMORY)
            snprintf(text, sizeof text, "memory limit of %zu bytes exceeded", mem_limit);
        else
            snprintf(text, sizeof text, "allocation limit of %llu exceeded", (unsigned long long)c->alloc_limit);
        message = dup_cstr(text);
    } else if (exc) {
        PV m = rt_exc_message(&c->pub, exc);
        if (m && RT_IS(m, RT_T_STR)) message = dup_cstr(((RtStr *)m)->data);
        pv_xdecref(&c->pub, m);
    }
    if (!message) message = dup_cstr(exc ? "" : "the run failed without an exception");
    char *tb = exc ? rt_exc_format(&c->pub, exc, x->prog->filename, x->prog->source, x->prog->source_len) : NULL;
    if (limit != RT_LIMIT_NONE || !tb) {
        /* limits report as their own kind: rewrite the last line */
        size_t n = (tb ? strlen(tb) : 0) + strlen(type) + strlen(message ? message : "") + 8;
        char *t2 = malloc(n);
        if (t2) {
            char *last = tb ? strrchr(tb, '\n') : NULL;
            if (last && last[1] == 0) { /* text ends in '\n': find the start of the last line */
                *last = 0;
                char *prevnl = strrchr(tb, '\n');
                size_t keep = prevnl ? (size_t)(prevnl - tb + 1) : 0;
                snprintf(t2, n, "%.*s%s: %s\n", (int)keep, tb, type, message ? message : "");
            } else {
                snprintf(t2, n, "%s: %s\n", type, message ? message : "");
            }
        }
        free(tb);
        tb = t2;
    }
    x->err.type = dup_cstr(type); /* before the decref: a host-named class's name lives in the exception */
    pv_xdecref(&c->pub, exc);
    x->err.message = message;
    x->err.traceback = tb;
    x->status = PITH_FAILED;
    rt_exec_release_heap(x);
}

void rt_exec_finish(PithExec *x, PV result) {
    RtCtx *c = &x->ctx;
    if (!result) {
        rt_exec_fail(x);
        return;
    }
    x->result = rt_to_host(&c->pub, result);
    pv_decref(&c->pub, result);
    if (!x->result) {
        rt_exec_fail(x);
        return;
    }
    x->status = PITH_DONE;
    rt_exec_release_heap(x);
}

/* One pending call for the host: its arguments as host values (a list and a dict). 0, or -1 on OOM. */
static int publish_one(PithExec *x, pi64 id, int ext_id, PithValue *args, PithValue *kwargs) {
    const PProgDesc *d = x->prog->desc;
    PithCall *call = &x->calls[x->ncalls++];
    call->id = id;
    call->name = ext_id >= 0 && ext_id < d->next ? d->ext_names[ext_id] : "?";
    call->args = args;
    call->kwargs = kwargs;
    if (args && args->kind == PITH_TUPLE) args->kind = PITH_LIST;
    return args && kwargs ? 0 : -1;
}

/* The runtime objects of the calls stay alive while waiting (a snapshot encodes them; answers drop them):
 * the call the top frame waits on (pending_ext), if any, and every host call an async task waits on
 * (rt_async.c), in id order. Used after a suspension and when a snapshot is loaded. */
PithStatus rt_exec_publish_call(PithExec *x) {
    RtCtx *c = &x->ctx;
    rt_exec_free_call(x);
    RtHostCallInfo info;
    size_t n = c->pending_ext >= 0;
    while (rt_async_pending(&c->pub, (int)(n - (c->pending_ext >= 0)), &info)) n++;
    x->calls = calloc(n ? n : 1, sizeof *x->calls);
    int rc = x->calls ? 0 : -1;
    if (rc == 0 && c->pending_ext >= 0) { /* converted at the call site; a loaded snapshot converts here */
        PithValue *args = c->host_args ? c->host_args : rt_to_host(&c->pub, c->pending_args);
        PithValue *kwargs = c->host_kwargs ? c->host_kwargs : rt_to_host(&c->pub, c->pending_kwargs);
        c->host_args = c->host_kwargs = NULL;
        rc = publish_one(x, c->pending_id, c->pending_ext, args, kwargs);
    }
    for (int i = 0; rc == 0 && x->ncalls < n && rt_async_pending(&c->pub, i, &info); i++)
        rc = publish_one(x, info.id, info.ext_id, rt_to_host(&c->pub, info.args), rt_to_host(&c->pub, info.kwargs));
    for (size_t i = 1; rc == 0 && i < x->ncalls; i++) /* by id: the blocking call may be newer than some */
        for (size_t j = i; j > 0 && x->calls[j - 1].id > x->calls[j].id; j--) {
            PithCall t = x->calls[j];
            x->calls[j] = x->calls[j - 1];
            x->calls[j - 1] = t;
        }
    if (rc < 0 || x->ncalls == 0) {
        rt_exec_free_call(x);
        if (rc < 0)
            rt_err_nomem(&c->pub);
        else
            rt_err(&c->pub, PITH_B_SYSTEMERROR, "the run waits on no call");
        rt_exec_fail(x);
    }
    return x->status;
}
