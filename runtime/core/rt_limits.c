/* rt_limits.c — the time and output limits of a run: the clock, the refill of fuel when it runs out (the only
 * place the clock is read while a run goes on), and print's sink with its byte limit. Stage: runtime core:
 * every long loop of every part spends fuel (rt_tick, rt_values.h; rt_svc_tick), so the check sits under them.
 * A limit that stops a run sets RtCtx.limit, which no `except` catches. */
#include <time.h>

#include "rt_ctx.h"

#define RT_FUEL_TICKS 20000 /* work units between two clock reads */

double rt_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int rt_fuel_out(PCtx *c) {
    RtCtx *x = RT_CTX(c);
    c->fuel = RT_FUEL_TICKS;
    if (x->limit != RT_LIMIT_NONE) return -1;
    if (x->deadline > 0 && rt_now() > x->deadline) {
        x->limit = RT_LIMIT_TIME;
        rt_err(c, PITH_B_RUNTIMEERROR, "time limit of %g s exceeded", x->max_seconds);
        return -1;
    }
    return 0;
}

int rt_write_out(PCtx *c, const char *s, size_t n) {
    RtCtx *x = RT_CTX(c);
    if (x->out_limit && n > x->out_limit - (x->out_total < x->out_limit ? x->out_total : x->out_limit)) {
        x->limit = RT_LIMIT_OUTPUT;
        rt_err(c, PITH_B_RUNTIMEERROR, "output limit of %zu bytes exceeded", x->out_limit);
        return -1;
    }
    x->out_total += n;
    if (x->writer) {
        if (x->writer(x->writer_user, s, n)) {
            rt_err(c, PITH_B_RUNTIMEERROR, "the host refused the program's output");
            return -1;
        }
        return 0;
    }
    if (pith_buf_put(&x->out, s, n) < 0) {
        rt_err_nomem(c);
        return -1;
    }
    return 0;
}

/* The depth limit for the runtime's own recursive walks (repr, ==, hash, nested exception text). */
int rt_nest_enter(PCtx *c, const char *what) {
    if (++c->depth > c->max_depth || pv_stack_low(c)) {
        c->depth--;
        rt_err(c, PITH_B_RECURSIONERROR, "maximum recursion depth exceeded%s", what);
        return -1;
    }
    return 0;
}
