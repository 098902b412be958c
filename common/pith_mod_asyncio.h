/* pith_mod_asyncio.h — the names of the `asyncio` module pith runs, one row each, expanded both into the module
 * table (pith_modules.c) and into the run-time side (runtime/modules/rt_mod_asyncio.c), so they cannot
 * disagree. Stage: common. Appending rows keeps the ids a snapshot stores stable.
 * X(name, kind, arity, min, max, implementation), as pith_mod_math.h. */
#ifndef PITH_MOD_ASYNCIO_H
#define PITH_MOD_ASYNCIO_H

#define PITH_ASYNCIO_NAMES(X)                                   \
    X("run", FUNC, PITH_MA_KW, 1, 1, a_run)                     \
    X("gather", FUNC, PITH_MA_KW, 0, -1, a_gather)              \
    X("create_task", FUNC, PITH_MA_KW, 1, 1, a_create_task)     \
    X("sleep", FUNC, PITH_MA_KW, 1, 2, a_sleep)                 \
    X("wait_for", FUNC, PITH_MA_KW, 2, 2, a_wait_for)           \
    X("TimeoutError", CONST, PITH_MA_ONE, 0, 0, a_timeouterror) \
    X("Lock", FUNC, PITH_MA_POS, 0, 0, a_lock)                  \
    X("Semaphore", FUNC, PITH_MA_KW, 0, 1, a_semaphore)

#endif
