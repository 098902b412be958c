/* rt_type.h — the per-type descriptor table: the one place that says what a heap object type can do.
 * Stage: runtime. rt_types[] is indexed by PObj.type (an RT_T_* code); each type's descriptor is defined in
 * the file that implements the type (rt_list.c: rt_list_type, ...) and only collected in rt_type.c.
 *
 * Why one table: type dispatch was a switch in every subsystem, and walking an object's children was written
 * once per subsystem (dealloc, snapshot encode, snapshot decode); a cycle collector or user classes would have
 * added more copies. Now repr, hash, comparisons, operators, iter/next/reversed, len, subscripts, sequence
 * repeat, attributes (read and assigned), methods, calls and their names in errors, the class, conversion for
 * the host, deallocation, the snapshot codec and the cycle collector all ask the descriptor. A user class fits the same structure: its instances get one more type code whose hooks (repr,
 * hash, traverse over the instance's attribute dict...) look up the class, so no subsystem changes.
 *
 * traverse reports each slot that holds an *owned* reference (a pointer to the PV, so a visitor may read it,
 * replace it — the snapshot decoder's placeholders — or clear it — the cycle collector). Slots may hold
 * PV_NULL or immediates; visitors skip those. Links that are not references (a frame's parent) are not
 * reported. The reference count of an object is exactly the number of reported slots pointing at it plus
 * references held from outside the heap (C locals, the context's roots): the cycle collector relies on it.
 *
 * Generated code's fast paths (pith_abi.h) never look here: small ints, None and bools are immediates, and
 * the runtime's entry points (rt_repr, rt_hash, rt_eq, rt_iter, rt_getattr, rt_class_of) test those first. */
#ifndef PITH_RT_TYPE_H
#define PITH_RT_TYPE_H

#include "rt_object.h"

typedef struct RtSnapW RtSnapW; /* the snapshot writer and reader (rt_snap_codec.h) */
typedef struct RtSnapR RtSnapR;
typedef struct RtMethDef RtMethDef;   /* a method table row (rt_values.h) */
typedef struct RtStaticDef RtStaticDef; /* a row of methods that take no instance (rt_values.h) */
typedef struct RtHostPath RtHostPath; /* the containers being converted for the host (rt_host.c) */

/* Called for each owned reference slot of an object. */
typedef void (*RtVisit)(PV *slot, void *arg);


#define RT_LEN_ERROR (-2) /* RtTypeDesc.len: raised */
#define RT_SM_DECLINED (-1000) /* a state-machine call hook (sm_call_method, a module's RtModSmImpl) did nothing: make the ordinary call */
#define RT_DRIVE_SLOTS 12      /* RtTypeDesc.drive: the values of a loop's state */

/* RtTypeDesc.flags */
#define RT_TF_GC 1u /* a container that can be part of a reference cycle: the cycle collector tracks it */
#define RT_TF_READONLY_FIELDS \
    2u /* its data attributes are plain fields (range, slice): assigning one is
                                    CPython's "readonly attribute", not "attribute 'x' of 'T' objects is not
                                    writable" */
#define RT_TF_DUNDER_OPS \
    4u /* its binop hook is Python's whole protocol (a user object's __add__/__radd__): asked first
                                    whichever side the object is on, as CPython asks __radd__ before a
                                    builtin's sequence concatenation */
#define RT_TF_USER_ATTRS \
    16u /* user classes define its attributes (instances, classes, bound methods, wrappers): attribute lookup and
           method calls go to the user-class lookup (rt_user_getattr), not to data attributes and method tables */
/* The steps of work that may call Python (RtTypeDesc.step). A step does what it can without calling Python,
 * then returns what it needs next: RT_STEP_ADVANCE (the next item of op_fn, an iterator) or RT_STEP_CALL
 * (op_fn(*op_args), op_kw naming the last arguments as keywords), with `state` set to where it resumes (> 0);
 * it is called again with the outcome in got/val. It finishes with RT_STEP_ITEM (val: the item produced or
 * the call's result), RT_STEP_STOP (an iterator is exhausted) or RT_STEP_ERR (an exception is set). Between
 * steps only `state` and `held` survive: a native frame keeps them in its slots, so a snapshot taken while the
 * Python called waits holds them; a step checks both, since a snapshot may be forged. */
enum { RT_STEP_ITEM, RT_STEP_STOP, RT_STEP_ERR, RT_STEP_ADVANCE, RT_STEP_CALL };
typedef struct RtStep {
    int state; /* 0 when the work starts; set (> 0) with each operation asked for */
    PV held;   /* owned or PV_NULL: what the work keeps across an operation (the item a predicate tests) */
    int got;   /* state > 0: 1 (val is the item or the result), 0 (the iterator was exhausted), -1 (raised) */
    PV val;    /* owned: the operation's outcome, taken by the step; RT_STEP_ITEM: what it produced */
    PV op_fn;  /* owned: the iterator to advance or the function to call */
    PV op_args, op_kw; /* owned: RT_STEP_CALL's argument tuple and keyword names (a tuple of str or PV_NULL) */
} RtStep;

#define RT_TF_BINDS \
    32u /* a method of a class as a function is (the runtime's own, RT_T_NATMETH): found on a class through an
           instance it is bound to it, and a dunder lookup calls it with the instance first */

typedef struct RtTypeDesc {
    const char *name; /* for runtime diagnostics; the name Python shows comes from the class (cls) */
    unsigned flags;   /* RT_TF_* */

    /* ---- Python behaviour ---- */
    int cls;                                              /* PITH_B_* class of the instances: type(x), error messages */
    int (*class_of)(PV v);                                /* the class when it depends on the instance; NULL: cls */
    PV (*repr)(PCtx *c, PV v);                            /* repr(v); NULL: "<class object at 0x...>" */
    PV (*str)(PCtx *c, PV v);                             /* str(v) (a str is itself); NULL: repr(v) */
    int (*hash)(PCtx *c, PV v, pu64 *out);                /* 0 ok, -1 error (rt_hash_unhashable); NULL: by identity */
    int (*compare)(PCtx *c, int op, PV a, PV b, PV *out); /* a op b, any PITH_CMP_*, when a or b is of this
                                               type (asked for a's type, then b's): 1 decided (*out a bool, or
                                               PV_NULL + exception), 0 not a pair this type orders. NULL: no
                                               ordering; == and != then ask eq, then identity */
    int (*eq)(PCtx *c, PV a, PV b); /* both of this type, when compare did not decide: 1/0, -1 error,
                                               2 = only if the same object; NULL: 2 */
    PV (*repeat)
    (PCtx *c, PV seq, pi64 n);                       /* seq * n, n an index-sized count (negative: empty); NULL: not a
                                               sequence (which also means no + between two of them) */
    int (*binop)(PCtx *c, int op, PV a, PV b, int inplace,
                 PV *out); /* a op b (a PITH_OP_*) when a or b is of this type, asked for a's type, then b's
                              (numbers and seq * n, the repeat hook, come first): 1 decided (*out the result, or
                              PV_NULL + exception), 0 not a pair this type handles. inplace: a op= b, which a
                              mutable a may do in place (*out is a itself). NULL: no operators */
    int (*unop)(PCtx *c, int op, PV v, PV *out); /* -v, +v, ~v (a PITH_UOP_*): 1 decided, 0 not supported */
    PV (*iter)(PCtx *c, PV v);                       /* iter(v) (new reference); NULL: not iterable */
    PV (*reversed)(PCtx *c, PV v);                   /* reversed(v) (new reference); NULL: not reversible */
    int (*next)(PCtx *c, PV it, PV *out);            /* next(it): 1 with *out (new reference), 0 exhausted, -1
                                               error; NULL: not an iterator */
    pi64 (*len)(PCtx *c, PV v); /* len(v); -1: beyond 2**63 - 1 (a range: len() raises OverflowError, bool() is
                                   true); RT_LEN_ERROR: an exception was raised (a user __len__); NULL: no len() */
    int (*truth)(PCtx *c, PV v); /* bool(v): 0/1, -1 error; NULL: len(v) != 0 when it has a len, else true */
    int (*contains)(PCtx *c, PV v, PV item);         /* item in v: 0/1, -1 error; NULL: TypeError */
    PV (*getitem)(PCtx *c, PV v, PV key);            /* v[key]; NULL: not subscriptable */
    int (*setitem)(PCtx *c, PV v, PV key, PV value); /* v[key] = value: 0, -1 error; NULL: TypeError */
    int (*delitem)(PCtx *c, PV v, PV key);           /* del v[key]: 0, -1 error; NULL: TypeError */
    int (*getattr)(PCtx *c, PV o, PV name, PV *out); /* the data attribute o.name (x.real, r.start, e.args):
                                               1 found (*out a new reference), 0 none (methods are looked up
                                               next), -1 error. NULL: no data attributes */
    int (*dunder)(PCtx *c, PV o, const char *name, PV *out); /* the read-only dunder attributes of
                                               common/pith_dunder.h it has (a function's __name__, an exception's
                                               __cause__): 1 found (*out a new reference), 0 none, -1 error */
    int (*setattr)(PCtx *c, PV o, PV name, PV value); /* o.name = value: 1 done, -1 error, 0 refused (rt_setattr
                                               words CPython's error). NULL: every assignment refused */
    const RtMethDef *const *methods;                 /* method tables searched in order, NULL-terminated; NULL: none.
                                               A type with methods lends them unbound to its class (str.lower) */
    const RtMethDef *const *(*methods_of)(PV self); /* the method tables when they depend on the instance
                                               (a Counter is a dict with methods of its own); NULL: methods */
    pi64 (*method_scan)(PV self);                    /* the bytes a method call may scan in self (str, bytes:
                                               find/count/replace in a loop), charged as fuel; NULL: none */
    const RtStaticDef *statics;                      /* methods that take no instance (dict.fromkeys, str.maketrans),
                                               from the class or an instance; a NULL name ends it. NULL: none */
    PV (*call)
    (PCtx *c, PV f, PV *args, int nargs, PV kwnames); /* f(...) from C (rt_call_value); NULL: not
                                               callable. State-machine calls may push a frame instead (rt_func.c) */
    /* f(...) from state-machine code, which may push native frames (rt_native.c) so that the Python f calls
     * back may wait on the host (a module function's key=, a partial's call, rt_sm_push_step): a PITH_STEP_*
     * code, the result delivered to the caller's callret as rt_sm_call_value does. NULL: the call hook, at once */
    int (*sm_call)(PCtx *c, PFrame *caller, PV f, PV *args, int nargs, PV kwnames);
    /* A method call self.name(...) from state-machine code, in a program that may wait on the host: the type
     * runs it and returns a PITH_STEP_* code, pushing a native frame when it calls back into Python that may
     * wait (p.sub(function, s): the drive hook below); or RT_SM_DECLINED for the ordinary call. NULL: always the
     * ordinary call. */
    int (*sm_call_method)(PCtx *c, PFrame *caller, PV self, PV name, PV *args, int nargs, PV kwnames);
    /* A loop of this type that calls Python once per step, run as a native frame (rt_native.c's NF_DRIVE) so
     * the Python it calls may wait: s[0] is this object, s[0..RT_DRIVE_SLOTS) the loop's state (owned
     * references or small ints, as the hook left them; a forged snapshot may have put anything there, so the
     * hook checks them). got: the result of the call asked for last (borrowed; PV_NULL at the start). Returns 1
     * to ask for the call (*f)(*arg) (both borrowed from s), 0 when finished with *out (a new reference), -1
     * error. NULL: none. */
    int (*drive)(PCtx *c, PV *s, PV got, PV *f, PV *arg, PV *out);
    PV (*call_name)(PCtx *c, PV f); /* how argument errors name the callable f, as CPython's _PyObject_FunctionStr:
                                               "__main__.outer.<locals>.g()", "print()", "list.append()". NULL: str(f) */

    /* ---- work that may call Python which waits on the host (an itertools iterator's next, functools.reduce,
     * a partial's call): written once as steps (RtStep below), driven from C (at once) or, when `waits` says
     * the Python it calls may wait, by a native frame on the execution's chain (rt_native.c) ---- */
    int (*step)(PCtx *c, PV self, RtStep *s); /* one step: an RT_STEP_* (see RtStep); NULL: no steps */
    int (*waits)(PV v); /* advancing the iterator v, or calling v, may run Python that waits; NULL: never */
    const char *(*type_name)(PV v); /* how messages name v's type ("itertools.count"); NULL: its class's name */
    PV (*type_of)(PCtx *c, PV v); /* type(v) when no builtin class id says it (itertools.count); NULL: class_of */
    int (*instancecheck)(PCtx *c, PV cls, PV v); /* isinstance(v, cls) for this cls that is no class value
                                               (itertools.count): 0/1, -1 error. NULL: not a class for isinstance */
    /* v, an attribute of a user class, read through the instance (a descriptor's __get__; name: the attribute,
     * PV_NULL when a dunder is called): what the read gives (a new reference). lru_cache's wrapper binds like a
     * function; cached_property computes its value and stores it in the instance. NULL: v itself */
    PV (*bind)(PCtx *c, PV v, PV instance, PV name);

    PithValue *(*to_host)(PCtx *c, PV v, RtHostPath *path); /* v as a host value tree, built with rt_host.c's
                                               helpers (rt_values.h); NULL + exception on failure. NULL: a
                                               PITH_OTHER node holding repr(v) */

    /* Each owned reference slot, in a fixed order (the snapshot format depends on it). NULL: no references. */
    void (*traverse)(PObj *o, RtVisit visit, void *arg);
    /* Releases what the object owns besides references (buffers, GMP limbs); the references are already
     * dropped and the object's own block is freed after it. NULL: nothing to release. */
    void (*finalize)(PCtx *c, PObj *o);
    /* Releases the side data the object keeps in its block's header word (a str's code point index) when it
     * dies, before deallocation reuses the word to chain the dead (rt_dealloc.c). NULL: none. */
    void (*drop_side)(PCtx *c, PObj *o);

    /* ---- snapshot codec (rt_snap_codec.h; format in rt_snap.h): a record is the tag, the payload, then one
     * ref per traverse slot. snap_put writes the payload; snap_make reads it and makes the object with its
     * traverse slots in place, to be filled (a list of n items, a frame of its function's slots);
     * snap_check validates the object once every object's slots are resolved (it may read other objects);
     * snap_finish runs once every object passed its check (a dict hashes its keys then).
     * snap_tag 0: the type cannot be snapshotted. NULL hooks: no payload / nothing to do. ---- */
    unsigned char snap_tag;
    /* A second tag, for a variant of the type whose records carry more (a dict of collections: its kind and
     * a defaultdict's factory); snap_tag_of says which tag an object's record carries, and snap_make reads
     * the tag of the record it makes with rt_snap_tag. 0 / NULL: one tag. */
    unsigned char snap_tag_alt;
    unsigned (*snap_tag_of)(const PObj *o);
    void (*snap_put)(RtSnapW *w, PObj *o);
    PV (*snap_make)(RtSnapR *r, int type);   /* PV_NULL: out of memory or corrupt (rt_snap_r_bad tells) */
    int (*snap_check)(RtSnapR *r, PObj *o);  /* 0 ok, -1 corrupt */
    int (*snap_finish)(RtSnapR *r, PObj *o); /* 0 ok, -1 corrupt */
} RtTypeDesc;

extern const RtTypeDesc *const rt_types[RT_T_COUNT];

static inline const RtTypeDesc *rt_type_desc(const PObj *o) { return rt_types[o->type]; }

/* The type whose instances are of class cls (a PITH_B_*) and have methods, or NULL (rt_type.c). */
const RtTypeDesc *rt_type_with_methods(int cls);

/* The descriptors, one per implementing file. */
extern const RtTypeDesc rt_float_type, rt_bigint_type, rt_str_type, rt_bytes_type, rt_list_type, rt_tuple_type,
    rt_dict_type, rt_range_type, rt_slice_type, rt_iter_type, rt_func_type, rt_builtin_type, rt_method_type,
    rt_exc_type, rt_frame_type, rt_dictview_type, rt_extfn_type, rt_gen_type, rt_cell_type, rt_set_type,
    rt_frozenset_type, rt_alias_type, rt_class_type, rt_instance_type, rt_bound_type, rt_wrap_type, rt_module_type, rt_modfn_type,
    rt_deque_type, rt_dequeiter_type, rt_chainmap_type, rt_traceback_type, rt_modobj_type, rt_coro_type, rt_future_type, rt_agen_type, rt_lock_type, rt_natmeth_type, rt_dcfield_type, rt_re_pattern_type, rt_re_match_type,
    rt_re_scanner_type;

#endif
