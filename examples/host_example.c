/* host_example.c — a complete host program driving pith through its public C API (include/pith.h).
 * Built as build/host_example. It compiles a snippet that uses two host functions, runs it, answers each
 * external call (one of them with an exception, to show error injection), and prints the result.
 * The lifecycle: engine -> compile -> start -> (WAITING -> resume)* -> DONE or FAILED -> free. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pith.h"

/* The snippet an agent might write: fetch data from one tool, reshape it, try to use a second tool. */
static const char snippet[] =
    "orders = fetch_orders(\"ada\", limit=3)\n"
    "total = 0\n"
    "big = []\n"
    "for order in orders:\n"
    "    total += order[\"amount\"]\n"
    "    if order[\"amount\"] >= 100:\n"
    "        big.append(order[\"id\"])\n"
    "try:\n"
    "    send_email(\"ada@example.com\", subject=\"Your orders\", body=\"Total: \" + str(total))\n"
    "    email = \"sent\"\n"
    "except PermissionError as e:\n"
    "    email = \"not sent: \" + str(e)\n"
    "print(\"orders:\", len(orders), \"total:\", total)\n"
    "{\"customer\": \"ada\", \"total\": total, \"big\": big, \"email\": email}\n";

/* Printed output arrives here piece by piece (return non-zero to stop the run). */
static int write_output(void *user, const char *text, size_t len) {
    const char *prefix = user;
    fputs(prefix, stdout);
    fwrite(text, 1, len, stdout);
    return 0;
}

/* Look up a keyword argument by name in the call's kwargs dict (keys are str); NULL if absent. */
static const PithValue *kwarg(const PithCall *call, const char *name) {
    const PithValue *kw = call->kwargs;
    for (size_t i = 0; kw && i < kw->u.dict.n; i++) {
        const PithValue *k = kw->u.dict.keys[i];
        if (k->kind == PITH_STR && strcmp(k->u.s.data, name) == 0) return kw->u.dict.values[i];
    }
    return NULL;
}

/* The answer to fetch_orders(customer, limit=N): a list of {"id": str, "amount": int} dicts.
 * Every constructor returns a tree we own; append/dict_set take ownership of what they are given. */
static PithValue *fetch_orders(const PithCall *call) {
    const PithValue *customer = call->args->u.seq.n > 0 ? call->args->u.seq.items[0] : NULL;
    const PithValue *limit = kwarg(call, "limit");
    int64_t n = limit && limit->kind == PITH_INT ? limit->u.i : 10;
    static const int amounts[] = {40, 120, 75, 300, 15};
    printf("[host] fetch_orders(%s, limit=%lld)\n", customer && customer->kind == PITH_STR ? customer->u.s.data : "?",
           (long long)n);

    PithValue *list = pith_value_list();
    for (int64_t i = 0; list && i < n && i < 5; i++) {
        char id[16];
        snprintf(id, sizeof id, "A-%lld", (long long)(100 + i));
        PithValue *order = pith_value_dict();
        pith_value_dict_set(order, pith_value_str("id", 2), pith_value_str(id, strlen(id)));
        pith_value_dict_set(order, pith_value_str("amount", 6), pith_value_int(amounts[i]));
        if (pith_value_append(list, order) != 0) { /* OOM: the list is unusable */
            pith_value_free(list);
            return NULL;
        }
    }
    return list;
}

int main(void) {
    /* 1. An engine owns the compile cache; make one per thread and keep it. */
    PithEngine *engine = pith_engine_new();
    if (!engine) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }

    /* 2. Compile once: name the host functions the snippet may call. */
    const char *externals[] = {"fetch_orders", "send_email"};
    PithCompileOptions co = {0};
    co.filename = "agent.py";
    co.externals = externals;
    co.nexternals = 2;
    char diag[1024];
    PithProgram *prog = pith_compile(engine, snippet, strlen(snippet), &co, diag, sizeof diag);
    if (!prog) {
        fprintf(stderr, "%s\n", diag); /* "agent.py:LINE:COL: error: ..." plus the source line */
        pith_engine_free(engine);
        return 2;
    }

    /* 3. Start an execution with limits and an output writer. */
    PithRunOptions ro = {0};
    ro.limits.max_seconds = 2.0;
    ro.limits.max_memory = 64u << 20;
    ro.writer = write_output;
    ro.writer_user = "[snippet] ";
    PithExec *x = pith_exec_start(prog, &ro);
    if (!x) {
        fprintf(stderr, "out of memory\n");
        pith_program_free(prog);
        pith_engine_free(engine);
        return 1;
    }

    /* 4. While the snippet waits on a host function, answer it: with a value, or with an exception. */
    PithStatus st = pith_exec_status(x);
    while (st == PITH_WAITING) {
        const PithCall *call = pith_exec_call(x);
        if (strcmp(call->name, "fetch_orders") == 0) {
            PithValue *answer = fetch_orders(call);
            if (answer) {
                st = pith_exec_resume(x, answer); /* borrowed: converted into the execution */
                pith_value_free(answer);
            } else {
                st = pith_exec_resume_error(x, "MemoryError", "host ran out of memory");
            }
        } else if (strcmp(call->name, "send_email") == 0) {
            const PithValue *subject = kwarg(call, "subject");
            printf("[host] send_email(..., subject=%s) refused\n",
                   subject && subject->kind == PITH_STR ? subject->u.s.data : "?");
            /* raised at the call site; the snippet catches it with `except PermissionError` */
            st = pith_exec_resume_error(x, "PermissionError", "email is disabled in this sandbox");
        } else {
            st = pith_exec_resume_error(x, "NotImplementedError", call->name);
        }
    }

    /* 5. The outcome: the last expression's value, or the exception with a Python traceback. */
    int rc = 0;
    if (st == PITH_DONE) {
        char *text = pith_value_repr(pith_exec_result(x));
        char *json = pith_value_to_json(pith_exec_result(x));
        printf("result: %s\n", text ? text : "?");
        printf("as JSON: %s\n", json ? json : "?");
        free(text);
        free(json);
    } else {
        const PithError *err = pith_exec_error(x);
        fprintf(stderr, "%s", err->traceback);
        rc = 1;
    }

    /* 6. Free in reverse order; the program could be started again any number of times before this. */
    pith_exec_free(x);
    pith_program_free(prog);
    pith_engine_free(engine);
    return rc;
}
