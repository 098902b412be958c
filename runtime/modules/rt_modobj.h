/* rt_modobj.h — the objects a module's run-time side makes (itertools.count(), functools.partial(...),
 * operator.itemgetter(...)): one heap type, RT_T_MODOBJ, whose instances name their *kind* in a table their module
 * owns (RtModKind: the name, the hooks, the snapshot check), as RtIter's kinds share one type. A kind keeps its
 * state in a few integers and reference slots, so traverse, the cycle collector and the snapshot codec are
 * written once (rt_modobj.c) and a kind adds only what it does. Stage: runtime, part modules/.
 *
 * Work that may call Python (an iterator's next() that calls a predicate, a partial's call) is a kind's `step`
 * (RtStep, rt_type.h): run at once from C (rt_modobj_run), or by a native frame on the execution's chain when
 * its `waits` says the Python it calls may wait on the host (rt_sm_push_step), so a snapshot resumes exactly. */
#ifndef PITH_RT_MODOBJ_H
#define PITH_RT_MODOBJ_H

#include "rt_modules.h"

enum { RT_MODOBJ_INTS = 4, RT_MODOBJ_REFS = 6 };

typedef struct RtModObj {
    PObj h;
    int mod;                /* PITH_MOD_* whose kinds table holds its kind */
    int kind;               /* its row in that table */
    pi64 n[RT_MODOBJ_INTS]; /* the kind's integers */
    PV s[RT_MODOBJ_REFS];   /* the kind's references: owned or PV_NULL */
} RtModObj;

#define MO(v) ((RtModObj *)(v))

/* What a kind is. Hooks left NULL are what the type table's NULL says (no repr of its own, not callable...). */
typedef struct RtModKind {
    const char *name; /* its type's name in messages and reprs: "itertools.count" */
    int cls;          /* the PITH_B_* class isinstance() sees; 0: object */
    const char *row;  /* the name row of its class in its module (type(x) is itertools.count); NULL: cls */
    /* iterators: next() runs the steps. callables (calls = 1): a call runs them, its work starting with held =
     * (args tuple, kwnames or None). */
    int (*step)(PCtx *c, PV self, RtStep *s);
    int calls;
    int (*waits)(PV self); /* its steps may call Python that waits (NULL: they call none) */
    PV (*call)(PCtx *c, PV f, PV *args, int nargs, PV kwnames); /* a call without steps */
    PV (*repr)(PCtx *c, PV v);
    int (*getattr)(PCtx *c, PV o, PV name, PV *out);
    int (*dunder)(PCtx *c, PV o, const char *name, PV *out);
    int (*setattr)(PCtx *c, PV o, PV name, PV value);
    int (*compare)(PCtx *c, int op, PV a, PV b, PV *out);
    int (*hash)(PCtx *c, PV v, pu64 *out);
    PV (*bind)(PCtx *c, PV self, PV instance, PV name); /* read from a class through an instance (rt_type.h) */
    /* snapshot: whether the integers and slots are what the kind's code assumes (0 ok, -1 corrupt) */
    int (*check)(const RtModObj *o);
} RtModKind;

/* Each module's kinds, appended only (a snapshot stores the row). */
extern const RtModKind rt_itertools_kinds[];
extern const int rt_itertools_nkinds;
extern const RtModKind rt_functools_kinds[];
extern const int rt_functools_nkinds;
extern const RtModKind rt_operator_kinds[];
extern const int rt_operator_nkinds;

PV rt_modobj_new(PCtx *c, int mod, int kind); /* integers 0, slots PV_NULL */
int rt_modobj_is(PV v, int mod, int kind);    /* v is a modobj of that kind */
const RtModKind *rt_modobj_kind(PV v);        /* v's kind (v a modobj) */

/* Run v's steps from C, its work starting with held (stolen): 1 (*out the item or result), 0 (an iterator is
 * exhausted), -1 (an exception). A nested next() counts against the depth limit as a call does. */
int rt_modobj_run(PCtx *c, PV v, PV held_steal, PV *out);

/* ---- helpers for steps ---- */
/* Ask for the next item of `it` (borrowed), resuming at state. */
int rt_step_advance(RtStep *s, PV it, int state);
/* Ask for fn(args[0..n)) (borrowed), resuming at state: RT_STEP_CALL, or RT_STEP_ERR on MemoryError. */
int rt_step_call(PCtx *c, RtStep *s, int state, PV fn, PV *args, int n);
/* ... with fn(*args_tuple, kwnames naming its last items) (both borrowed; kwnames may be PV_NULL). */
int rt_step_call_tuple(PCtx *c, RtStep *s, int state, PV fn, PV args_tuple, PV kwnames);
/* Finish with v (stolen; PV_NULL: an exception is set). */
int rt_step_item(RtStep *s, PV v_steal);
/* Replace *slot by v (stolen). */
void rt_modobj_put(PCtx *c, PV *slot, PV v_steal);

/* ---- arguments, in CPython's Argument Clinic words ----
 * Bind args (npos positional, then one per kwnames) to the parameters names[0..nparams) of fname: the first
 * maxpos may be positional, the first required ones are required, the rest keyword-only. out[i] borrowed or
 * PV_NULL when absent. "count() takes at most 2 arguments (3 given)", "'x' is an invalid keyword argument for
 * count()", "accumulate() missing required argument 'iterable' (pos 1)". 0 ok, -1 TypeError. */
int rt_mod_args(PCtx *c, const char *fname, PV *args, int npos, PV kwnames, const char *const *names, int nparams,
                int required, int maxpos, PV *out);
int rt_mod_no_kw(PCtx *c, const char *fname, PV kwnames); /* "fname() takes no keyword arguments" unless none */

/* Deliver a result to a state machine's call (what an sm_call returns when it runs at once). */
int rt_mod_deliver(PCtx *c, PFrame *caller, PV r);

#endif
