/* rt_mod_asyncio.c — the run-time side of `asyncio`: its functions' arguments, checked with CPython's
 * messages, handed to the event loop and the futures of runtime/exec/rt_async.c. Registered in
 * rt_mod_asyncio_impls by the rows of common/pith_mod_asyncio.h. Stage: runtime, part modules/.
 *
 * What differs from CPython, on purpose: asyncio.sleep takes no time (the loop's clock is virtual: sleepers
 * wake in deadline order once nothing else can run), and asyncio.wait_for never times out (the run's time
 * limit bounds every wait; the host answers calls when it will). */
#include <string.h>

#include "pith_mod_asyncio.h"
#include "rt_exec.h"
#include "rt_modules.h"
#include "rt_svc.h"

#define A_ARGS PCtx *c, PV *a, int n, PV kw

/* The keyword arguments a function accepts, CPython's errors for others and for the positional count.
 * kwv[i] receives the value of keyword names[i] (borrowed) or stays PV_NULL. -1 with TypeError set. */
static int parse(PCtx *c, const char *fn, PV *a, int n, PV kw, int min, int max, const char *const *pos,
                 const char *const *names, PV *kwv) {
    int nkw = kw ? (int)((RtTuple *)kw)->n : 0;
    for (int i = 0; names && names[i]; i++) kwv[i] = PV_NULL;
    for (int k = 0; k < nkw; k++) {
        PV name = ((RtTuple *)kw)->items[k];
        int hit = -1;
        for (int i = 0; names && names[i] && hit < 0; i++)
            if (rt_str_is(name, names[i])) hit = i;
        if (hit < 0) {
            rt_err(c, PITH_B_TYPEERROR, "%s() got an unexpected keyword argument '%S'", fn, name);
            return -1;
        }
        kwv[hit] = a[n + k];
    }
    if (n < min) {
        rt_err(c, PITH_B_TYPEERROR, "%s() missing 1 required positional argument: '%s'", fn, pos[n]);
        return -1;
    }
    if (max >= 0 && n > max) {
        if (min == max)
            rt_err(c, PITH_B_TYPEERROR, "%s() takes %d positional argument%s but %d were given", fn, max,
                   max == 1 ? "" : "s", n);
        else
            rt_err(c, PITH_B_TYPEERROR, "%s() takes from %d to %d positional arguments but %d were given", fn, min, max,
                   n);
        return -1;
    }
    return 0;
}

static const char *const run_pos[] = {"main"}, *const run_kw[] = {"debug", NULL};

static PV a_run(A_ARGS) {
    PV kwv[1];
    if (parse(c, "run", a, n, kw, 1, 1, run_pos, run_kw, kwv) < 0) return PV_NULL;
    return rt_async_run_nested(c, a[0]);
}

int rt_mod_asyncio_sm_call(PCtx *c, PFrame *caller, PV f, PV *args, int nargs, PV kwnames) {
    if (((RtModFn *)f)->name != pith_module_name_index(PITH_MOD_ASYNCIO, "run"))
        return rt_mod_sm_at_once(c, caller, f, args, nargs, kwnames);
    int npos = nargs - (kwnames ? (int)((RtTuple *)kwnames)->n : 0);
    PV kwv[1];
    if (parse(c, "run", args, npos, kwnames, 1, 1, run_pos, run_kw, kwv) < 0) return PITH_STEP_ERR;
    return rt_async_run_sm(c, caller, args[0]);
}

static PV a_gather(A_ARGS) {
    static const char *const names[] = {"return_exceptions", NULL};
    PV kwv[1];
    if (parse(c, "gather", a, n, kw, 0, -1, NULL, names, kwv) < 0) return PV_NULL;
    int ret_exc = 0;
    if (kwv[0] && (ret_exc = rt_truth(c, kwv[0])) < 0) return PV_NULL;
    return rt_async_gather(c, a, n, ret_exc);
}

static PV a_create_task(A_ARGS) {
    static const char *const pos[] = {"coro"}, *const names[] = {"name", "context", NULL};
    PV kwv[2];
    if (parse(c, "create_task", a, n, kw, 1, 1, pos, names, kwv) < 0) return PV_NULL;
    return rt_async_create_task(c, a[0]);
}

static PV a_sleep(A_ARGS) {
    static const char *const pos[] = {"delay", "result"}, *const names[] = {"delay", "result", NULL};
    PV kwv[2];
    double delay;
    if (parse(c, "sleep", a, n, kw, 0, 2, pos, names, kwv) < 0) return PV_NULL;
    PV d = n > 0 ? a[0] : kwv[0];
    if (!d) {
        rt_err(c, PITH_B_TYPEERROR, "sleep() missing 1 required positional argument: 'delay'");
        return PV_NULL;
    }
    if (rt_to_double(c, d, &delay) < 0) return PV_NULL;
    return rt_async_sleep(c, delay, n > 1 ? a[1] : kwv[1] ? kwv[1] : PV_NONE);
}

/* wait_for(aw, timeout): aw itself, awaited without a timeout of its own (the run's limits bound it). Both
 * may be given by keyword, as `wait_for(fetch(u), timeout=5)` usually is. */
static PV a_wait_for(A_ARGS) {
    static const char *const pos[] = {"fut", "timeout"}, *const names[] = {"fut", "timeout", NULL};
    PV kwv[2];
    if (parse(c, "wait_for", a, n, kw, 0, 2, pos, names, kwv) < 0) return PV_NULL;
    PV fut = n > 0 ? a[0] : kwv[0], timeout = n > 1 ? a[1] : kwv[1];
    if (!fut || !timeout) {
        rt_err(c, PITH_B_TYPEERROR, "wait_for() missing 1 required positional argument: '%s'",
               !fut ? "fut" : "timeout");
        return PV_NULL;
    }
    double t;
    if (timeout != PV_NONE && rt_to_double(c, timeout, &t) < 0) return PV_NULL;
    if (!rt_is_awaitable(fut)) {
        rt_err(c, PITH_B_TYPEERROR, "An asyncio.Future, a coroutine or an awaitable is required");
        return PV_NULL;
    }
    pv_incref(fut);
    return fut;
}

/* asyncio.TimeoutError is the builtin TimeoutError since Python 3.11. */
static PV a_timeouterror(A_ARGS) {
    (void)a, (void)n, (void)kw;
    return rt_builtin(c, PITH_B_TIMEOUTERROR);
}

static PV a_lock(A_ARGS) {
    (void)a, (void)n, (void)kw;
    return rt_lock_new(c, 0, 0);
}

static PV a_semaphore(A_ARGS) {
    static const char *const pos[] = {"value"}, *const names[] = {"value", NULL};
    PV kwv[1];
    if (parse(c, "Semaphore", a, n, kw, 0, 1, pos, names, kwv) < 0) return PV_NULL;
    PV v = n > 0 ? a[0] : kwv[0] ? kwv[0] : PV_INT(1);
    if (!PV_IS_INT(v)) {
        rt_err(c, PITH_B_TYPEERROR, "'<' not supported between instances of '%T' and 'int'", v);
        return PV_NULL;
    }
    if (PV_IVAL(v) < 0) {
        rt_err(c, PITH_B_VALUEERROR, "Semaphore initial value must be >= 0");
        return PV_NULL;
    }
    return rt_lock_new(c, 1, PV_IVAL(v));
}

const RtModImpl rt_mod_asyncio_impls[] = {
#define IMPL(name, kind, arity, min, max, fn) fn,
    PITH_ASYNCIO_NAMES(IMPL)
#undef IMPL
};
