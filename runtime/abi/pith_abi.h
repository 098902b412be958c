/* pith_abi.h — what generated code sees, with pith_abi_fast.h after it (prepended as text by codegen, never
 * #included by it): the object representation, the context, frames, descriptors and the runtime's entry points.
 * Stage: runtime ABI. The runtime compiles against it too, so both sides agree by construction.
 * Rules: no #include here, no libc names, only types/macros/inline helpers and rt_* declarations.
 * Bump PITH_ABI_VERSION on any change: cached programs and snapshots are keyed by it. */
#ifndef PITH_ABI_H
#define PITH_ABI_H

#define PITH_ABI_VERSION 7

typedef unsigned long long PV; /* a tagged value word (see the PV_* tags below) */
typedef long long pi64;
typedef unsigned long long pu64;

/* Value tags.
 *   v & 1            small int, value = (pi64)v >> 1 (63-bit); larger ints are heap big ints
 *   v & 7 == 0, v!=0 pointer to a heap PObj
 *   PV_NONE/FALSE/TRUE  immediates (tag 010)
 *   0                 the error sentinel ("an exception is set on the context"); never a Python value */
#define PV_NULL 0ull
#define PV_NONE 2ull
#define PV_FALSE 10ull
#define PV_TRUE 18ull
#define PV_IS_INT(v) (((v)&1) != 0)
#define PV_IS_OBJ(v) (((v)&7) == 0) /* caller guarantees v != PV_NULL */
#define PV_IS_BOOL(v) ((v) == PV_TRUE || (v) == PV_FALSE)
#define PV_INT(i) ((((PV)(i)) << 1) | 1ull) /* only for i in [PV_SMALL_MIN, PV_SMALL_MAX] */
#define PV_IVAL(v) (((pi64)(v)) >> 1)
#define PV_BOOL(b) ((b) ? PV_TRUE : PV_FALSE)
#define PV_SMALL_MIN (-(1LL << 62))
#define PV_SMALL_MAX ((1LL << 62) - 1)

/* Every heap object starts with this header. Allocator bookkeeping lives *before* it, out of ABI sight. */
typedef struct PObj {
    unsigned int rc;      /* reference count; the object is freed when it drops to 0 */
    unsigned short type;  /* an RT_T_* type code (runtime/core/rt_object.h) */
    unsigned short flags; /* per-type bits (e.g. str is ASCII) */
} PObj;

typedef struct PCtx PCtx;
typedef struct PFrame PFrame;
typedef struct PFuncDesc PFuncDesc;

/* The public prefix of an execution context; the runtime's full context embeds it first. */
struct PCtx {
    PV *g;                   /* module globals, indexed by codegen's global slot numbers; PV_NULL = unbound */
    PV *k;                   /* the running program's constants, made when the execution starts */
    pi64 fuel;               /* decremented at loop back-edges and calls; rt_fuel_out() when it goes negative */
    int depth;               /* current Python call depth */
    int max_depth;           /* RecursionError beyond this */
    const char *stack_floor; /* RecursionError when the C stack reaches below this (set per run; 0: unchecked) */
};

/* A heap frame of a state-machine (may-suspend) function. Slots hold params, locals and every temp
 * that lives across a suspend point; the runtime walks them through fn->nslots (snapshots, teardown). */
struct PFrame {
    PObj hdr;
    PFrame *parent;      /* the caller's frame, or 0 for the bottom of the chain (owned by the chain) */
    PV closure;          /* the function object's cells (a tuple, owned) or PV_NULL */
    const PFuncDesc *fn; /* static descriptor emitted by codegen */
    int state;           /* resume point: 0 = entry; codegen numbers the others */
    int line;            /* Python line of the pending call, for tracebacks */
    PV ret;              /* the function's result once it returned STEP_DONE (owned) */
    PV callret;          /* the value delivered at resume (owned); PV_NULL = an exception is pending */
    PV s[];              /* nslots slots (owned references or PV_NULL) */
};

/* What a state-machine step function returns to the driver. */
enum {
    PITH_STEP_DONE = 0,
    PITH_STEP_ERR = 1,
    PITH_STEP_CALL = 2,
    PITH_STEP_SUSPEND = 3,
    PITH_STEP_CONT = 4,
    PITH_STEP_YIELD = 5 /* a generator produced fr->ret and will resume at fr->state */
};

/* PFuncDesc.flags */
#define PITH_F_VARARGS 1   /* has *args: its slot holds a tuple */
#define PITH_F_VARKW 2     /* has **kwargs: its slot holds a dict */
#define PITH_F_GENERATOR 4 /* calling it makes a generator object around a fresh frame */
#define PITH_F_COROUTINE 8 /* with PITH_F_GENERATOR: an async def; the object is a coroutine (rt_async.c) */
#define PITH_F_ASYNCGEN 16 /* with PITH_F_GENERATOR: an async def that yields; the object is an async generator */
#define PITH_F_ASYNC_HOST 32 /* async code: a host function it calls gives an awaitable (an async def, or a lambda or
                              * generator expression inside one) */

/* Static description of one compiled Python function. Parameter slots, in order: npositional positional
 * (the first nposonly positional-only), then *args if PITH_F_VARARGS, nkwonly keyword-only, **kwargs if
 * PITH_F_VARKW; nparams counts them all. */
struct PFuncDesc {
    const char *name;               /* Python name for tracebacks ("<module>" for the module body) */
    const char *qualname;           /* "outer.<locals>.inner" for binding errors and repr */
    int nparams;                    /* parameter slots (see above) */
    int npositional;                /* positional parameters, positional-only ones included */
    int nposonly;                   /* leading positional-only parameters */
    int nkwonly;                    /* keyword-only parameters */
    int flags;                      /* PITH_F_* */
    int ndefaults;                  /* trailing positional parameters with defaults (values in the function object) */
    const char *const *param_names; /* nparams names in slot order */
    int nslots;                     /* frame slots (state-machine functions only) */
    int nfrees;                     /* cells the function object carries (its closure) */
    PV (*direct)(PCtx *, PV self, PV *args); /* non-suspending entry: self = the function object, args bound */
    int (*step)(PCtx *, PFrame *);           /* state-machine entry: params in fr->s[0..nparams), fr->closure set */
    int id; /* index in the program's function table (snapshots refer to functions by it) */
    /* state machines: one char per frame slot saying what generated code assumes it holds, so a loaded
     * snapshot is checked against it: 'c' a cell (once the frame has started), 'e' an exception, None (the
     * out-of-memory marker) or nothing (an except block's hidden locals), '.' any value, and a range
     * loop's four consecutive slots PITH_SLOTS_RANGE, checked together (rt_exec.c); NULL for direct functions */
    const char *slot_kinds;
    /* state machines: per suspend point k, the slots its code reads without checking once resumed there
     * (bound on every path to k): {nstates, start_1, ..., start_nstates+1, entries...}; state k's entries,
     * at [start_k, start_k+1), change state k-1's set: slot + 1 adds, -(slot + 1) removes, 0 empties it
     * first (the first state has one); {0}: no table (a function too large to analyse); NULL: direct */
    const int *resume_slots;
};

/* A for loop over range() keeps, in this order: the current value, the count left and the step (small ints,
 * all three or none), and the range iterator it counts with instead when a bound is big (then the counters
 * are empty). */
#define PITH_SLOTS_RANGE "rnsI"

/* Layouts generated code reads directly (the runtime's RtFunc / RtTuple / RtCell are these). */
typedef struct PFuncObj {
    PObj h;
    const PFuncDesc *fn;
    PV defaults;   /* tuple of positional defaults (owned) or PV_NULL */
    PV kwdefaults; /* dict of keyword-only defaults (owned) or PV_NULL */
    PV closure;    /* tuple of cells (owned) or PV_NULL */
    PV attrs;      /* dict of attributes set on the function (f.calls = 0), owned, or PV_NULL */
} PFuncObj;
typedef struct PTupleObj {
    PObj h;
    pi64 n;
    pu64 hash;
    PV items[];
} PTupleObj;
typedef struct PCellObj {
    PObj h;
    PV v;
} PCellObj; /* v: the variable's value (owned) or PV_NULL (unbound) */
#define PV_CELL(cl, i) (((PCellObj *)((PTupleObj *)(cl))->items[i]))

/* A compiled program's exported descriptor (symbol "pith_program"). */
typedef struct PProgDesc {
    unsigned abi;                    /* PITH_ABI_VERSION it was compiled for */
    int nglobals;                    /* module global slots */
    const char *const *global_names; /* for NameError and host inputs */
    int nconsts;                     /* constants made by init_consts into ctx->k */
    int (*init_consts)(PCtx *);      /* 0 ok, -1 error (exception set) */
    const PFuncDesc *module;         /* the module body: no params */
    const PFuncDesc *const *funcs;   /* every function, indexed by PFuncDesc.id */
    int nfuncs;
    const char *const *ext_names; /* declared external (host) functions, indexed by ext id */
    int next;
} PProgDesc;

/* ---- reference counting: generated code uses PV_INCREF/PV_DECREF (pith_abi_fast.h), the runtime
 * pv_incref/pv_decref (rt_object.h); both free through rt_dealloc when a count reaches zero ---- */
void rt_dealloc(PCtx *c, PObj *o);

/* ---- operator codes shared by rt_binop / rt_inplace / rt_unop / rt_compare ---- */
enum {
    PITH_OP_ADD,
    PITH_OP_SUB,
    PITH_OP_MUL,
    PITH_OP_TRUEDIV,
    PITH_OP_FLOORDIV,
    PITH_OP_MOD,
    PITH_OP_POW,
    PITH_OP_LSHIFT,
    PITH_OP_RSHIFT,
    PITH_OP_BITAND,
    PITH_OP_BITOR,
    PITH_OP_BITXOR,
    PITH_OP_MATMUL
};
enum { PITH_UOP_NEG, PITH_UOP_POS, PITH_UOP_INVERT };
enum { PITH_CMP_LT, PITH_CMP_LE, PITH_CMP_EQ, PITH_CMP_NE, PITH_CMP_GT, PITH_CMP_GE };

/* ---- runtime entry points. Convention: results are NEW references, arguments BORROWED;
 *      PV results are PV_NULL on error, int results -1 on error (exception set on the context). ---- */

/* constants and numbers */
PV rt_str_const(PCtx *c, const char *utf8, pi64 nbytes); /* a str from UTF-8 bytes */
PV rt_bytes_const(PCtx *c, const char *data, pi64 n);
PV rt_int_from_text(PCtx *c, const char *digits, int base); /* literal too big for a small int */
PV rt_int_from_i64(PCtx *c, pi64 i);                        /* boxes when outside the small range */
PV rt_float_new(PCtx *c, double d);
double rt_float_value(PV v); /* v must be a float */
int rt_is_float(PV v);
int rt_to_double(PCtx *c, PV v, double *out); /* int/bool/float -> double; -1 TypeError/OverflowError */

/* generic operators (the slow path of every inline fast path) */
PV rt_binop(PCtx *c, int op, PV a, PV b);
PV rt_inplace(PCtx *c, int op, PV a, PV b); /* a op= b (lists extend in place) */
PV rt_unop(PCtx *c, int op, PV a);
PV rt_compare(PCtx *c, int op, PV a, PV b);      /* a Python bool */
int rt_truth(PCtx *c, PV v);                     /* 0/1, -1 error */
int rt_contains(PCtx *c, PV container, PV item); /* item in container: 0/1, -1 error */
PV rt_float_div(PCtx *c, double a, double b);    /* a / b with ZeroDivisionError; returns a float */
PV rt_float_floordiv(PCtx *c, double a, double b);
PV rt_float_mod(PCtx *c, double a, double b);
PV rt_float_pow(PCtx *c, double a, double b);

/* containers and subscripts */
PV rt_list_from_steal(PCtx *c, PV *items, pi64 n); /* takes ownership of the n items */
PV rt_tuple_from_steal(PCtx *c, PV *items, pi64 n);
PV rt_dict_from_steal(PCtx *c, PV *kv, pi64 npairs); /* kv = k0,v0,k1,v1,...; takes ownership */
int rt_list_append(PCtx *c, PV list, PV item);
PV rt_getitem(PCtx *c, PV o, PV key);
int rt_setitem(PCtx *c, PV o, PV key, PV value);
int rt_delitem(PCtx *c, PV o, PV key);
PV rt_slice_new(PCtx *c, PV start, PV stop, PV step); /* PV_NONE for omitted parts */
int rt_unpack(PCtx *c, PV seq, pi64 n, PV *out);      /* exactly n items into out (new refs) */

/* iteration: rt_next returns 1 with *out set (new ref), 0 when exhausted, -1 on error */
PV rt_iter(PCtx *c, PV o);
int rt_next(PCtx *c, PV it, PV *out);

/* attributes, methods, calls. kwnames: a tuple of str (the last len(kwnames) args are keywords) or PV_NULL */
PV rt_getattr(PCtx *c, PV o, PV name);
int rt_setattr(PCtx *c, PV o, PV name, PV value);
PV rt_call_method(PCtx *c, PV self, PV name, PV *args, int nargs, PV kwnames);
PV rt_call_builtin(PCtx *c, int builtin_id, PV *args, int nargs, PV kwnames);
PV rt_builtin(PCtx *c, int builtin_id); /* the builtin as a first-class value */
PV rt_call_value(PCtx *c, PV f, PV *args, int nargs, PV kwnames);
PV rt_func_new(PCtx *c, const PFuncDesc *fn, PV defaults_steal, PV kwdefaults_steal, PV closure_steal);
PV rt_func_default(PCtx *c, PV func, int i);                 /* borrowed: default value i of a function object */
PV rt_call_ex(PCtx *c, PV f, PV args_tuple, PV kwargs_dict); /* f(*args, **kwargs); kwargs may be PV_NULL */
int rt_sm_call_ex(PCtx *c, PFrame *caller, PV f, PV args_tuple, PV kwargs_dict);

/* cells and closures */
PV rt_cell_new(PCtx *c, PV value);          /* value borrowed, may be PV_NULL (unbound) */
PV rt_class_ns(PCtx *c, PV names, PV *vals, int n); /* a class body's namespace: the bound vals (borrowed) */
void rt_err_free_unbound(PCtx *c, PV name); /* NameError: cannot access free variable 'x' ... */

/* building call arguments and unpacking with a star */
int rt_list_extend(PCtx *c, PV list, PV iterable); /* list += iterable; -1 TypeError if not iterable */
PV rt_list_to_tuple(PCtx *c, PV list);
int rt_kwargs_merge(PCtx *c, PV dict, PV mapping, PV callee);      /* **mapping into dict; duplicate keys: TypeError */
int rt_dict_update_mapping(PCtx *c, PV dict, PV mapping);          /* {**mapping} in a display: later keys win */
int rt_unpack_ex(PCtx *c, PV seq, int before, int after, PV *out); /* a, *b, c = seq: before+1+after outs */

/* sets and f-strings */
PV rt_set_from_steal(PCtx *c, PV *items, pi64 n);
int rt_set_add(PCtx *c, PV set, PV item);
PV rt_format_value(PCtx *c, PV v, int conv,
                   PV spec);                        /* f"{v!conv:spec}": conv 0, 'r', 's' or 'a'; spec str or PV_NULL */
PV rt_str_concat_steal(PCtx *c, PV *parts, pi64 n); /* the f-string's pieces joined (takes the n strs) */
/* sep.join(<generator expression>) lowered inline: acc starts as an empty list that only these two touch */
int rt_join_add(PCtx *c, PV sep, PV acc, PV item); /* item borrowed; 0 ok, -1 error */
PV rt_join_end(PCtx *c, PV sep, PV acc);           /* the joined str, or TypeError for a non-str item */

/* del (rt_del.c) */
int rt_delattr(PCtx *c, PV o, PV name);                  /* del o.name */
int rt_cell_del(PCtx *c, PV cell, PV name, int is_free); /* del x of a variable in a cell; unbound: UnboundLocalError,
                                                            or NameError for a free variable */

/* match statements (rt_match.c): each returns PV_NULL on error. The tests answer PV_TRUE/PV_FALSE; the
 * extractions a new value, or PV_NONE when the pattern does not match */
PV rt_match_seq(PCtx *c, PV subject, int n, int star);        /* a list/tuple/range of n items (star: at least n) */
PV rt_match_star(PCtx *c, PV subject, int before, int after); /* list(subject[before:len - after]) */
PV rt_match_map(PCtx *c, PV subject, int nkeys);              /* a dict of at least nkeys items */
PV rt_match_keys(PCtx *c, PV subject, PV keys); /* tuple of subject[k] for each k in keys, or None if one lacks */
PV rt_match_rest(PCtx *c, PV subject, PV keys); /* dict(subject) without keys */
PV rt_match_class(PCtx *c, PV subject, PV cls, int npos, PV kwnames); /* tuple of the npos positional then the
                                                   keyword attributes (kwnames: tuple of str or PV_NULL), or None */

/* with statements (rt_with.c): the bound __enter__ / __exit__ of a context manager, looked up on its type;
 * rt_with_enter raises CPython's TypeError when either is missing */
PV rt_with_enter(PCtx *c, PV mgr);
PV rt_with_exit(PCtx *c, PV mgr);
PV rt_traceback_new(PCtx *c, PV exc); /* the traceback __exit__ receives for exc (core/rt_traceback.c) */

/* generators (rt_gen.c): a generator object owns a frame of a PITH_F_GENERATOR function */
PV rt_gen_new(PCtx *c, PFrame *frame_steal);
/* async (rt_async.c): what `await v` delegates to (new ref), or PV_NULL + TypeError */
PV rt_awaitable(PCtx *c, PV v);
/* `async for`: aiter(v); the awaitable of the next item (its value, or at the end a marker rt_aiter_end
 * recognises: PV_TRUE / PV_FALSE); an async generator's `yield v` hands out rt_agen_wrap(v) */
PV rt_aiter(PCtx *c, PV v);
PV rt_anext(PCtx *c, PV it);
PV rt_aiter_end(PCtx *c, PV v);
PV rt_agen_wrap(PCtx *c, PV v);
/* Advancing an iterator from a state machine, possibly suspending: rt_sm_send resumes `it` with `sent`
 * (PV_NONE: next(); PITH_SEND_THROW: the pending exception is thrown in) and returns CONT, or CALL with a
 * generator's frame pushed above the caller; once the caller resumes, rt_sm_received gives 1 (*out = the
 * value produced), 0 (exhausted; *out = its return value, unless out is 0) or -1 (an exception). */
enum { PITH_SEND_VALUE, PITH_SEND_THROW };
int rt_sm_send(PCtx *c, PFrame *caller, PV it, PV sent, int mode);
int rt_sm_received(PCtx *c, PFrame *caller, PV it, PV *out);
/* A for loop's next item from a state machine: 1 (*out the item), 0 (exhausted), -1 (an exception), or 2: a
 * frame was pushed above the caller, which resumes with rt_sm_received. */
int rt_sm_next(PCtx *c, PFrame *caller, PV it, PV *out);
/* A builtin or method called from a state machine: at once (CONT, callret set) unless what it was given may
 * wait on the host (a key function, a generator...), then as a native frame pushed above the caller (CALL;
 * rt_native.c). */
int rt_sm_call_builtin(PCtx *c, PFrame *caller, int builtin_id, PV *args, int nargs, PV kwnames);
int rt_sm_call_method(PCtx *c, PFrame *caller, PV self, PV name, PV *args, int nargs, PV kwnames);
/* v itself (CONT, callret), or when iterating it may wait, a list of its first `limit` items (all: -1)
 * collected by a native frame (CALL): what unpacking and star-arguments read in a state machine */
int rt_sm_materialize(PCtx *c, PFrame *caller, PV v, int limit);
int rt_sm_contains(PCtx *c, PFrame *caller, PV container, PV item); /* `item in container`: callret a bool */
/* An operation that may call a dunder of a user class (or a property getter) that waits on the host: at once
 * (CONT, callret set) unless the dunder is a function that may wait, then its frame is pushed (CALL; the
 * result, checked as CPython checks it, arrives in callret). arg: the key (GETITEM), the attribute name
 * (GETATTR), else unused. */
enum {
    PITH_DU_ITER,
    PITH_DU_NEXT,
    PITH_DU_GETATTR,
    PITH_DU_GETITEM,
    PITH_DU_TRUTH,
    PITH_DU_LEN,
    PITH_DU_STR,
    PITH_DU_REPR
};
int rt_sm_dunder(PCtx *c, PFrame *caller, int op, PV v, PV arg);
int rt_sm_format(PCtx *c, PFrame *caller, PV v, int conv, PV spec); /* f"{v!conv:spec}" (spec may be PV_NULL) */

/* state machines (the driver is in runtime/exec/rt_exec.c) */
PFrame *rt_frame_new(PCtx *c, const PFuncDesc *fn);         /* slots zeroed; 0 on MemoryError */
int rt_frame_push(PCtx *c, PFrame *caller, PFrame *callee); /* -> PITH_STEP_CALL */
int rt_sm_call_value(PCtx *c, PFrame *caller, PV f, PV *args, int nargs,
                     PV kwnames); /* CONT (callret set) or CALL/ERR */
int rt_ext_call(PCtx *c, PFrame *caller, int ext_id, PV *args, int nargs, PV kwnames); /* -> PITH_STEP_SUSPEND */
PV rt_ext_value(PCtx *c, int ext_id); /* an external function as a first-class value */

/* exceptions */
void rt_raise(PCtx *c, PV exc); /* raise an instance or a class (instantiated with no args) */
int rt_raise_from(PCtx *c, PV exc, PV cause);
int rt_exc_matches(PCtx *c, PV type_or_tuple);          /* the pending exception matches: 0/1, -1 if not a class */
PV rt_exc_fetch(PCtx *c);                               /* take the pending exception (new ref), clearing it */
void rt_exc_restore(PCtx *c, PV exc_steal);             /* make exc the pending exception again */
PV rt_exc_current(PCtx *c);                             /* borrowed: the exception being handled, for bare raise */
void rt_exc_set_handled(PCtx *c, PV exc);               /* enter/leave an except block (PV_NULL to leave) */
void rt_tb_add(PCtx *c, const PFuncDesc *fn, int line); /* the exception leaves fn at line */
void rt_err_name(PCtx *c, PV name);                     /* NameError: name 'x' is not defined */
void rt_err_global(PCtx *c, int slot);                  /* NameError for the unbound module global in slot */
int rt_reraise_current(PCtx *c);                        /* bare `raise`: re-raise the handled exception; -1 */
void rt_err_unbound_local(PCtx *c, PV name);            /* UnboundLocalError */
void rt_err_recursion(PCtx *c);
int rt_assert_fail(PCtx *c, PV msg); /* AssertionError(msg) or bare; returns -1 */

/* for-loops over range(): out = (first value, count, step) as small ints and out[3] = PV_NULL, or, when an
 * argument or the count is not a small int, only out[3] = a range iterator; range()'s own errors */
int rt_range_prepare(PCtx *c, PV *args, int nargs, PV out[4]);

/* limits */
int rt_fuel_out(PCtx *c); /* refills fuel; 0 to go on, -1 when the time limit is exceeded (uncatchable) */

/* imports (runtime/modules): module mod of common/pith_modules.h itself (name -1), or what its name row binds */
PV rt_import(PCtx *c, int mod, int name);

/* ---- the C stack guard (generated code uses the macro, the runtime the function) ---- */
/* Whether the C stack is nearly used up. Direct functions keep their temporaries in C frames and runtime code
 * recurses on the C stack, so a depth limit in calls alone (a huge --max-depth, big frames) could overflow it;
 * every place that counts depth also asks this. */
#define PV_STACK_LOW(c) \
    ((pu64)__builtin_frame_address(0) < (pu64)(c)->stack_floor) /* the real frame, even under
                                                                                     ASan's fake stacks */
static inline int pv_stack_low(PCtx *c) {
    return PV_STACK_LOW(c);
} /* generated code uses the macro: tcc never inlines */

/* The fast paths of generated code (inline small-int arithmetic and comparisons, the statement macros) are
 * pith_abi_fast.h, prepended right after this text: they call the runtime's operators, which sit above the
 * object representation everything else here is. */

#endif
