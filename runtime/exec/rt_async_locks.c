/* rt_async_locks.c — asyncio.Lock and asyncio.Semaphore, as CPython 3.11's asyncio/locks.py has them: the
 * same counter, the same queue of waiters and the same order of wake-ups, so tasks contend exactly as they
 * would in CPython. Stage: runtime exec.
 *
 * acquire() (and __aenter__) returns an awaitable: done at once when the lock is free (no task switch, as
 * CPython's acquire returns without awaiting), else a waiter future (rt_async.c) queued here, which the task
 * awaits. release() wakes the first waiter not done; when its task resumes, the waiter's `next` calls
 * rt_lock_resumed, which does what CPython's acquire does after its await (leave the queue, take the lock). */
#include <stdio.h>
#include <string.h>

#include "rt_exec.h"
#include "rt_snap_codec.h"
#include "rt_values.h"

typedef struct RtLock {
    PObj h;
    int semaphore; /* 0: a Lock (value 1 = locked); 1: a Semaphore (value = permits left) */
    pi64 value;
    PV waiters; /* a list of waiter futures, oldest first (owned), or PV_NULL */
} RtLock;

#define LOCK(v) ((RtLock *)(v))

PV rt_lock_new(PCtx *c, int semaphore, pi64 value) {
    RtLock *l = (RtLock *)rt_obj_new(c, RT_T_LOCK, sizeof(RtLock));
    if (!l) return PV_NULL;
    l->semaphore = semaphore;
    l->value = value;
    l->waiters = PV_NULL;
    return (PV)l;
}

static pi64 nwaiters(RtLock *l) { return l->waiters && RT_IS(l->waiters, RT_T_LIST) ? ((RtList *)l->waiters)->n : 0; }

/* CPython's locked(): a Lock held; a Semaphore with no permit, or with tasks queued for one. */
static int locked(RtLock *l) { return l->semaphore ? l->value == 0 || nwaiters(l) > 0 : l->value != 0; }

/* The awaitable acquire() gives: done (the lock taken) or a queued waiter. */
static PV acquire(PCtx *c, PV self, int gives_none) {
    RtLock *l = LOCK(self);
    int free = l->semaphore ? !locked(l) : !l->value && nwaiters(l) == 0;
    if (free) {
        l->value = l->semaphore ? l->value - 1 : 1;
        return rt_async_waiter(c, PV_NONE, gives_none, 1);
    }
    if (!l->waiters && !(l->waiters = rt_list_new(c, 1))) return PV_NULL;
    PV w = rt_async_waiter(c, self, gives_none, 0);
    if (w && rt_list_append(c, l->waiters, w) < 0) {
        pv_decref(c, w);
        return PV_NULL;
    }
    return w;
}

/* Wakes the first waiter not done yet: a Semaphore gives it a permit now, a Lock when its task resumes. */
static int wake_first(PCtx *c, RtLock *l) {
    for (pi64 i = 0; i < nwaiters(l); i++) {
        PV w = ((RtList *)l->waiters)->items[i];
        if (rt_async_is_done(w)) {
            if (l->semaphore) continue;
            return 0; /* a Lock looks only at its first waiter */
        }
        if (l->semaphore) l->value--;
        return rt_async_wake(c, w);
    }
    return 0;
}

int rt_lock_resumed(PCtx *c, PV lock, PV waiter) {
    RtLock *l = LOCK(lock);
    for (pi64 i = 0; i < nwaiters(l); i++) {
        RtList *ws = (RtList *)l->waiters;
        if (ws->items[i] != waiter) continue;
        memmove(ws->items + i, ws->items + i + 1, (size_t)(ws->n - i - 1) * sizeof(PV));
        ws->n--;
        pv_decref(c, waiter);
        if (!l->semaphore) {
            l->value = 1;
            return 0;
        }
        return l->value > 0 ? wake_first(c, l) : 0;
    }
    return 0; /* resumed already (the waiter was awaited twice) */
}

static int release(PCtx *c, PV self) {
    RtLock *l = LOCK(self);
    if (!l->semaphore) {
        if (!l->value) {
            rt_err(c, PITH_B_RUNTIMEERROR, "Lock is not acquired.");
            return -1;
        }
        l->value = 0;
    } else {
        l->value++;
    }
    return wake_first(c, l);
}

static PV acquire_m(PCtx *c, PV self, PV *a, int n, PV kw) {
    (void)a, (void)n, (void)kw;
    return acquire(c, self, 0);
}

static PV aenter_m(PCtx *c, PV self, PV *a, int n, PV kw) {
    (void)a, (void)n, (void)kw;
    return acquire(c, self, 1);
}

static PV release_m(PCtx *c, PV self, PV *a, int n, PV kw) {
    (void)a, (void)n, (void)kw;
    return release(c, self) < 0 ? PV_NULL : PV_NONE;
}

/* __aexit__(*exc): release, and an awaitable of None (the exception is not suppressed). */
static PV aexit_m(PCtx *c, PV self, PV *a, int n, PV kw) {
    (void)a, (void)n, (void)kw;
    return release(c, self) < 0 ? PV_NULL : rt_async_waiter(c, PV_NONE, 1, 1);
}

static PV locked_m(PCtx *c, PV self, PV *a, int n, PV kw) {
    (void)c, (void)a, (void)n, (void)kw;
    return locked(LOCK(self)) ? PV_TRUE : PV_FALSE;
}

static const RtMethDef lock_methods_table[] = {
    {"acquire", acquire_m, RT_M_NOARGS, 0, 0, 0, NULL}, {"release", release_m, RT_M_NOARGS, 0, 0, 0, NULL},
    {"locked", locked_m, RT_M_NOARGS, 0, 0, 0, NULL},   {"__aenter__", aenter_m, RT_M_NOARGS, 0, 0, 0, NULL},
    {"__aexit__", aexit_m, RT_M_POS, 0, 3, 0, NULL},    {NULL, NULL, 0, 0, 0, 0, NULL},
};
static const RtMethDef *const lock_methods[] = {lock_methods_table, NULL};

/* CPython's repr but the address, which pith never prints: <asyncio.locks.Semaphore object [unlocked, value:2]> */
static PV lock_repr(PCtx *c, PV v) {
    RtLock *l = LOCK(v);
    char buf[200], extra[96];
    if (l->semaphore && !locked(l))
        snprintf(extra, sizeof extra, "unlocked, value:%lld", (long long)l->value);
    else
        snprintf(extra, sizeof extra, "%s", locked(l) ? "locked" : "unlocked");
    if (nwaiters(l))
        snprintf(extra + strlen(extra), sizeof extra - strlen(extra), ", waiters:%lld", (long long)nwaiters(l));
    snprintf(buf, sizeof buf, "<asyncio.locks.%s object at 0x%llx [%s]>", l->semaphore ? "Semaphore" : "Lock",
             (unsigned long long)rt_identity(c, v), extra);
    return rt_str_cstr(c, buf);
}

static int lock_class(PV v) { return LOCK(v)->semaphore ? PITH_B_SEMAPHORE : PITH_B_LOCK; }

static void lock_traverse(PObj *o, RtVisit visit, void *arg) { visit(&((RtLock *)o)->waiters, arg); }

static void lock_snap_put(RtSnapW *w, PObj *o) {
    rt_snap_put_sv(w, ((RtLock *)o)->semaphore);
    rt_snap_put_sv(w, ((RtLock *)o)->value);
}

static PV lock_snap_make(RtSnapR *r, int type) {
    (void)type;
    int semaphore = rt_snap_get_int(r, 0, 1);
    int64_t value = rt_snap_get_int(r, 0, INT64_MAX / 4);
    if (rt_snap_r_bad(r) || (!semaphore && value > 1)) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    return rt_lock_new(rt_snap_ctx(r), semaphore, value);
}

/* The waiters are a list of futures (each checked by its own codec). */
static int lock_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    PV ws = ((RtLock *)o)->waiters;
    if (ws && !RT_IS(ws, RT_T_LIST)) return -1;
    for (pi64 i = 0; ws && i < ((RtList *)ws)->n; i++)
        if (!RT_IS(((RtList *)ws)->items[i], RT_T_FUTURE)) return -1;
    return 0;
}

const RtTypeDesc rt_lock_type = {
    .name = "Lock",
    .flags = RT_TF_GC,
    .cls = PITH_B_LOCK,
    .class_of = lock_class,
    .traverse = lock_traverse,
    .repr = lock_repr,
    .methods = lock_methods,
    .snap_tag = SNAP_O_LOCK,
    .snap_put = lock_snap_put,
    .snap_make = lock_snap_make,
    .snap_check = lock_snap_check,
};
