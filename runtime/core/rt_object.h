/* rt_object.h — runtime-internal object layouts and the helpers every runtime file shares.
 * Stage: runtime (never seen by generated code, which only knows pith_abi.h).
 * Invariants: results are new references, arguments borrowed (a function that steals says so in its name);
 * every allocation goes through the execution's allocator (rt_alloc.c) so limits and teardown are exact. */
#ifndef PITH_RT_OBJECT_H
#define PITH_RT_OBJECT_H

#include <gmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "pith_abi.h"
#include "pith_builtins.h"

/* Reference counting in the runtime's own C (generated code has the PV_INCREF/PV_DECREF macros instead). */
static inline void pv_incref(PV v) {
    if (PV_IS_OBJ(v)) ((PObj *)v)->rc++;
}
static inline void pv_decref(PCtx *c, PV v) {
    if (PV_IS_OBJ(v) && --((PObj *)v)->rc == 0) rt_dealloc(c, (PObj *)v);
}
static inline void pv_xdecref(PCtx *c, PV v) {
    if (v) pv_decref(c, v);
}

/* Heap object type codes (PObj.type). */
enum RtType {
    RT_T_FLOAT = 1,
    RT_T_BIGINT, /* ints outside the small range (always normalised: a value that fits is a small int) */
    RT_T_STR,
    RT_T_BYTES,
    RT_T_LIST,
    RT_T_TUPLE,
    RT_T_DICT,
    RT_T_RANGE,
    RT_T_SLICE,
    RT_T_ITER,      /* every built-in iterator; RtIter.kind says which */
    RT_T_FUNC,      /* a compiled Python function */
    RT_T_BUILTIN,   /* a builtin function or class (int, str, ValueError...) as a value */
    RT_T_METHOD,    /* a bound method of a built-in object (e.g. lst.append) */
    RT_T_EXC,       /* an exception instance */
    RT_T_FRAME,     /* a PFrame of a state-machine function */
    RT_T_DICTVIEW,  /* d.keys() / d.values() / d.items(): RtDictView */
    RT_T_EXTFN,     /* a declared external (host) function used as a value (rt_exec.c) */
    RT_T_GEN,       /* a generator object (rt_gen.c) */
    RT_T_CELL,      /* a closure cell: PCellObj (pith_abi.h), v owned or PV_NULL (rt_cell.c) */
    RT_T_SET,       /* set: RtSet (rt_set.c) */
    RT_T_FROZENSET, /* frozenset: RtSet (rt_set.c) */
    RT_T_ALIAS,     /* list[int], int | None: a generic alias or a union of classes (rt_alias.c) */
    RT_T_CLASS,     /* a user class: RtClass (rt_class.h) */
    RT_T_INSTANCE,  /* an instance of a user class (or object()): RtInstance */
    RT_T_BOUNDMETH, /* a function bound to an object: RtBound */
    RT_T_WRAP,      /* staticmethod, classmethod, property, super...: RtWrap */
    RT_T_MODULE,    /* an imported module: RtModule (runtime/modules/rt_modules.c) */
    RT_T_MODFN,     /* a module's function as a value (math.sqrt): RtModFn (rt_modules.c) */
    RT_T_DEQUE,     /* collections.deque: RtDeque (runtime/values/rt_deque.c) */
    RT_T_DEQUEITER, /* an iterator over a deque (rt_deque.c) */
    RT_T_CHAINMAP,  /* collections.ChainMap: RtChainMap (rt_chainmap.c) */
    RT_T_TRACEBACK, /* the traceback a `with` statement hands __exit__: an opaque PObj (core/rt_traceback.c) */
    RT_T_MODOBJ,    /* an object a module makes (itertools.count, functools.partial): RtModObj (rt_modobj.c) */
    RT_T_CORO,      /* a coroutine object: a generator's record of an async def (rt_gen.c) */
    RT_T_FUTURE,    /* what coroutines wait on: a task, gather, host call or sleep (exec/rt_async.c) */
    RT_T_AGEN,      /* an async generator: a generator's record of an async def that yields (rt_gen.c) */
    RT_T_LOCK,      /* asyncio.Lock / asyncio.Semaphore (exec/rt_async_locks.c) */
    RT_T_NATMETH,   /* a method the runtime writes for a class (a dataclass's __init__): RtNatMeth (rt_class.h) */
    RT_T_DCFIELD,   /* a dataclass field, dataclasses.field(...): RtDcField (rt_class.h) */
    RT_T_RE_PATTERN, /* re.Pattern: a compiled regular expression (runtime/modules/rt_mod_re_pattern.c) */
    RT_T_RE_MATCH,   /* re.Match (runtime/modules/rt_mod_re_match.c) */
    RT_T_RE_SCANNER, /* what re.finditer returns (runtime/modules/rt_mod_re_scanner.c) */
    RT_T_COUNT
};

/* PObj.flags for str */
#define RT_STR_ASCII 1 /* every byte < 0x80, so byte index == code point index */

typedef struct RtFloat {
    PObj h;
    double d;
} RtFloat;
typedef struct RtBig {
    PObj h;
    mpz_t z;
} RtBig;
typedef struct RtStr {
    PObj h;
    pi64 nbytes; /* UTF-8 length, excluding the trailing NUL */
    pi64 nchars; /* code points */
    pu64 hash;   /* cached hash; 0 = not computed yet */
    char data[]; /* UTF-8, NUL-terminated */
} RtStr;
typedef struct RtBytes {
    PObj h;
    pi64 n;
    pu64 hash;
    unsigned char data[];
} RtBytes;
typedef struct RtList {
    PObj h;
    pi64 n;
    pi64 cap;
    PV *items;
} RtList;
typedef PTupleObj RtTuple; /* layout shared with generated code (pith_abi.h) */

/* Insertion-ordered hash table (the compact layout CPython uses): entries in order, index holds slots. */
typedef struct RtDictEntry {
    pu64 hash;
    PV key;
    PV value;
} RtDictEntry; /* key == PV_NULL: deleted */
typedef struct RtDict {
    PObj h;
    pi64 n;      /* live entries */
    pi64 used;   /* entries[0..used) incl. deleted ones */
    pi64 cap;    /* capacity of entries */
    pi64 mask;   /* index has mask+1 slots (a power of two) */
    pi64 *index; /* -1 empty, -2 dummy, else an entry number */
    RtDictEntry *entries;
} RtDict;

/* range (rt_range.c): start, stop, step and len as C integers when all four fit in 64 bits; otherwise big holds
 * them as ints (owned; len is then -1 when it exceeds 2**63 - 1) and big[0] is not PV_NULL. */
typedef struct RtRange {
    PObj h;
    pi64 start, stop, step, len;
    PV big[4];
} RtRange;
/* A live view of a dict (keys/values/items): iterable, sized, supports `in`; kind is an RtIterKind
 * (RT_IT_DICT_KEYS, RT_IT_DICT_VALUES or RT_IT_DICT_ITEMS). */
typedef struct RtDictView {
    PObj h;
    int kind;
    PV dict; /* owned */
} RtDictView;
/* set / frozenset (rt_set.c): CPython's open-addressing table (linear probes, then perturbation), so
 * iteration order matches CPython's. Slot key PV_NULL = never used, RT_SET_DUMMY = deleted. */
#define RT_SET_DUMMY ((PV)26) /* an immediate that is never a Python value */
typedef struct RtSetEntry {
    PV key;
    pu64 hash;
} RtSetEntry;
typedef struct RtSet {
    PObj h;
    pi64 fill;         /* active + dummy slots */
    pi64 used;         /* active slots (the set's len) */
    pi64 mask;         /* table has mask+1 slots (a power of two); 0 while table is NULL */
    pi64 finger;       /* where pop() starts looking */
    pu64 hash;         /* frozenset: cached hash when hashed is 1 */
    int hashed;        /* 1 once hash is valid */
    RtSetEntry *table; /* owned, NULL while the set never held anything */
} RtSet;
typedef struct RtSlice {
    PObj h;
    PV start, stop, step;
} RtSlice;

enum RtIterKind {
    RT_IT_RANGE,
    RT_IT_LIST,
    RT_IT_TUPLE,
    RT_IT_STR,
    RT_IT_DICT_KEYS,
    RT_IT_DICT_VALUES,
    RT_IT_DICT_ITEMS,
    RT_IT_BYTES,
    /* sets and the lazy iterators of builtins (rt_set.c, rt_builtins_iter.c) */
    RT_IT_SET,           /* src: the set, pos: next slot, stop: size when it started */
    RT_IT_ENUMERATE,     /* src: an iterator, aux: the next count (an int) */
    RT_IT_ZIP,           /* src: a tuple of iterators, step: 1 when strict=True */
    RT_IT_MAP,           /* aux: the function, src: a tuple of iterators */
    RT_IT_FILTER,        /* aux: the function or None, src: an iterator */
    RT_IT_REVERSED,      /* src: a tuple or str (a str: byte offset); pos: items left */
    RT_IT_LIST_REVERSED, /* src: a list, pos: items left (the next index is pos - 1) */
    RT_IT_BIGRANGE       /* src: a range beyond 64 bits (rt_range.c), aux: the next value */
};
typedef struct RtIter {
    PObj h;
    int kind;             /* RtIterKind */
    PV src;               /* the iterated object (owned), PV_NULL for ranges */
    pi64 pos;             /* next index (byte offset for non-ASCII str) */
    pi64 cur, stop, step; /* ranges */
    PV aux;               /* owned or PV_NULL: the function of map/filter, the count of enumerate */
} RtIter;

typedef PFuncObj RtFunc; /* layout shared with generated code (pith_abi.h) */

/* id: PITH_B_*; host_name: NULL for the builtins themselves (one per execution), else a class the host named,
 * a subclass of id called host_name (rt_alloc'd; rt_exc_host.c) */
typedef struct RtBuiltin {
    PObj h;
    int id;
    char *host_name;
} RtBuiltin;
typedef struct RtExtFn {
    PObj h;
    int ext_id;
} RtExtFn; /* ext_id: index in the program's ext_names */
typedef struct RtMethod {
    PObj h;
    PV self;
    PV name;
} RtMethod; /* both owned */

/* A user class and its instances (the rest of user classes: values/rt_class.h). */
typedef struct RtClass {
    PObj h;
    PV name;     /* str (owned) */
    PV qualname; /* str (owned) */
    PV bases;    /* tuple of class values (owned) */
    PV mro;      /* tuple of class values, this class first (owned) */
    PV dict;     /* the namespace the body made, str -> value (owned) */
    PV slots;    /* tuple of the attribute names __slots__ allows across the MRO, or PV_NULL: a dict */
    int base_id; /* the builtin class the instances are made as: PITH_B_OBJECT or an exception class */
} RtClass;

typedef struct RtInstance {
    PObj h;
    PV cls;  /* RtClass (owned); PV_NULL for a plain object() */
    PV dict; /* attributes, str -> value (owned; made on the first assignment), also for __slots__ classes
                (only the slot names get in) */
    PV value; /* the builtin value the instance is, for a class deriving from int, str or tuple (an IntEnum or
                 StrEnum member, a namedtuple: rt_value_base.c), owned; else PV_NULL */
} RtInstance;

typedef struct RtExc {
    PObj h;
    int type;   /* PITH_B_* id of its class */
    PV args;    /* tuple (owned) */
    PV cause;   /* __cause__ (owned) or PV_NULL */
    PV context; /* __context__ (owned) or PV_NULL */
    int suppress_context;
    struct RtTbEntry *tb; /* traceback, innermost last (owned, rt_alloc'd) */
    int ntb, captb;
    /* set only when the runtime raised a NameError / AttributeError itself, as CPython sets .name/.obj:
     * the traceback text then adds ". Did you mean: 'x'?" (rt_exc_suggest.c) */
    PV name;         /* the missing name (owned str) or PV_NULL */
    int attr_cls;    /* AttributeError: PITH_B_* class whose dir() is searched; RT_ATTR_DIR: name is the tuple
                        (missing name, the object's dir() as one space-separated str), for user classes;
                        -1 otherwise */
    char *host_type; /* a class the host named (rt_exc_host.c): type is its base, PITH_B_EXCEPTION, and this
                           its name (rt_alloc'd); NULL for an instance of a builtin class */
    PV ucls;         /* an instance of a user class (rt_class.h): that RtClass (owned; type is its
                           builtin base), else PV_NULL */
    PV dict;         /* a user exception's attributes (owned) or PV_NULL */
} RtExc;
#define RT_ATTR_DIR (-2) /* RtExc.attr_cls of an AttributeError on a user object (rt_instance.c) */
#define RT_EXC_USER 1 /* RtExc PObj.flags: ucls is set; traverse then reports ucls and dict too */
/* RtExc PObj.flags: an instance of a builtin class with attributes of its own in dict (a module's exception:
 * JSONDecodeError's msg, doc, pos...); traverse then reports dict, and e.name reads them (rt_exc_set_attrs) */
#define RT_EXC_ATTRS 2
typedef struct RtTbEntry {
    const PFuncDesc *fn;
    int line;
} RtTbEntry;

#define RT_OBJ(v) ((PObj *)(v))
#define RT_TYPE(v) (PV_IS_OBJ(v) ? RT_OBJ(v)->type : 0)
#define RT_IS(v, t) (PV_IS_OBJ(v) && RT_OBJ(v)->type == (t))

/* ---- the allocator (rt_alloc.c): every byte an execution uses is counted here ---- */
void *rt_alloc(PCtx *c, size_t n); /* raw memory; NULL + MemoryError on failure/limit */
void *rt_realloc(PCtx *c, void *p, size_t old_n, size_t new_n);
void rt_free(PCtx *c, void *p, size_t n);
PObj *rt_obj_new(PCtx *c, int type, size_t size); /* rc = 1, header filled; NULL + MemoryError */
void rt_obj_free(PCtx *c, PObj *o, size_t size);  /* raw release of the object's own block */

/* ---- errors (rt_exc.c). fmt understands %s %d %ld %lld %zd %c and %R (repr of a PV), %S (str of a PV),
 *      %T (the type name of a PV). They return nothing; callers then return their own sentinel.
 *      Also: %u %x (with l/ll/z), %g %f %e (double), %p, %%, and a precision on %s/%R/%S/%T that cuts
 *      to that many code points ("%.200R" as CPython). rt_type_name is in rt_class.c. ---- */
void rt_err(PCtx *c, int exc_id, const char *fmt, ...);
PV rt_str_format_c(PCtx *c, const char *fmt, ...); /* the same formats into a new str (a repr: "count(%R)") */
void rt_err_nomem(PCtx *c);
/* Whether v, which generated code keeps in a frame slot and hands to an ABI entry point, is not an object of
 * the given type (NULL included): a loaded snapshot can hold anything there, so the entry point raises
 * SystemError instead of trusting it. 1 (exception set) or 0. */
int rt_slot_err(PCtx *c, PV v, int type); /* raises the SystemError; returns 1 */
static inline int rt_slot_bad(PCtx *c, PV v, int type) { return !(v && RT_IS(v, type)) && rt_slot_err(c, v, type); }
int rt_exc_pending(PCtx *c);
int rt_exc_pending_class(PCtx *c); /* the PITH_B_* class of the pending exception; -1: none or a limit stop */
int rt_exc_pending_is(PCtx *c, int exc_id); /* it is a builtin exc_id (or a subclass); a limit stop is none */
/* id(v), also the number default reprs print as 0x...: never the address (rt_identity.c) */
pu64 rt_identity(PCtx *c, PV v);
const char *rt_type_name(PV v); /* "int", "str", "list", "NoneType", ... as Python spells it */

/* ---- constructors and accessors ---- */
PV rt_str_new(PCtx *c, const char *utf8, pi64 nbytes); /* validates nothing: the bytes must be UTF-8 */
PV rt_str_cstr(PCtx *c, const char *s);
PV rt_big_from_mpz(PCtx *c, const mpz_t z); /* normalises to a small int when it fits */
int rt_int_to_mpz(PV v, mpz_t out);         /* int or bool -> initialised mpz; -1 if not an int */
PV rt_repr(PCtx *c, PV v);                  /* a str */
PV rt_str(PCtx *c, PV v);                   /* a str */
int rt_hash(PCtx *c, PV v, pu64 *out);      /* TypeError: unhashable type: 'list' */
int rt_eq(PCtx *c, PV a, PV b);             /* 0/1, -1 error */
pi64 rt_len(PCtx *c, PV v);                 /* -1 + TypeError when it has no len() */
PV rt_dict_new(PCtx *c);
PV rt_dict_get(PCtx *c, PV d, PV key); /* borrowed; PV_NULL if absent (check rt_exc_pending) */
int rt_dict_set(PCtx *c, PV d, PV key, PV value);
PV rt_list_new(PCtx *c, pi64 cap);

/* ---- limits (rt_limits.c); the fuel of generated code and long loops: rt_fuel_out (pith_abi.h) ---- */
double rt_now(void);                                /* monotonic seconds */
/* Nesting guard for recursive walks (repr, ==, hash, exception text): counts on the Python call depth and
 * watches the C stack, like CPython's C recursion check (rt_limits.c). what: the suffix CPython prints, e.g.
 * " in comparison". */
int rt_nest_enter(PCtx *c, const char *what);
static inline void rt_nest_leave(PCtx *c) { c->depth--; }
int rt_write_out(PCtx *c, const char *s, size_t n); /* print's sink: the host writer, within the output limit */

/* ---- host bridging (rt_exec.c) ---- */
PV rt_ext_repr(PCtx *c, PV v);                               /* repr of an RtExtFn value */
int rt_dunder_get(PCtx *c, PV o, const char *name, PV *out); /* 1 found, 0 absent, -1 error */
int rt_is_iterable(PV v);                                    /* rt_iter() would succeed on its type (rt_iter.c) */
/* generators (rt_gen.c) */
int rt_gen_next(PCtx *c, PV gen, PV *out); /* as rt_next */
PV rt_gen_send(PCtx *c, PV gen, PV sent);  /* next(gen) / gen.send(v) from C: the value, or StopIteration */
int rt_gen_close(PCtx *c, PV gen);         /* gen.close(): 0, or -1 with the exception set */
PV rt_gen_repr(PCtx *c, PV gen);

/* ---- runtime services (rt_exc.c, rt_exc_tb.c, rt_builtins*.c, rt_func.c, rt_host.c) ---- */
/* Parts of the value model that the services call, declared here too (identical duplicates are harmless). */
PV rt_range_new(PCtx *c, pi64 start, pi64 stop, pi64 step);             /* step != 0 */
PV rt_range_from_ints(PCtx *c, PV start, PV stop, PV step);             /* any ints; ValueError for step 0 */
PV rt_range_call(PCtx *c, PV *args, int nargs); /* range(*args), 1 to 3 args: TypeError, ValueError */
PV rt_range_field(PCtx *c, PV range, int which);                        /* start (0), stop (1), step (2): new ref */
PV rt_range_reversed(PCtx *c, PV range);                                /* reversed(range): an iterator */
PV rt_method_call(PCtx *c, PV method, PV *args, int nargs, PV kwnames); /* call a bound method object */
/* exception instances (rt_exc.c) */
PV rt_exc_new(PCtx *c, int exc_id, PV args_steal); /* an instance of class exc_id; args: a tuple (stolen) */
void rt_err_attr(PCtx *c, PV obj, PV name);        /* AttributeError "'int' object has no attribute 'x'" /
                                                        "type object 'int' has no attribute 'x'" + hint data */
void rt_err_name_cstr(PCtx *c, const char *name);  /* NameError "name 'x' is not defined" + hint data */
PV rt_exc_repr(PCtx *c, PV exc);                   /* "ValueError('x')" (for rt_repr) */
PV rt_exc_message(PCtx *c, PV exc);                /* str(e) (for rt_str and the host API) */
PV rt_exc_args_repr(PCtx *c, PV exc);    /* the builtin repr(e), also of a user exception without __repr__ */
PV rt_exc_args_message(PCtx *c, PV exc); /* the builtin str(e), also of a user exception without __str__ */
const char *rt_exc_type_name(PV exc);              /* "ValueError"; "MemoryError" for the no-memory marker */
const char *rt_exc_type_qualname(PV exc); /* as tracebacks name it: a module's class with its module */
void rt_exc_set_attrs(PCtx *c, PV exc, PV dict_steal); /* a builtin-class exception's own attributes (a str dict) */
/* classes the host names (rt_exc_host.c): pith_exec_resume_error with a type pith does not know */
int rt_host_type_name_valid(const char *name);              /* an ASCII identifier of at most PITH_MAX_EXC_TYPE_NAME */
int rt_exc_builtin_id(const char *name);                    /* the PITH_B_* id of the builtin exception name, or -1 */
char *rt_host_name_dup(PCtx *c, const char *name);          /* rt_alloc'd copy; NULL + MemoryError */
void rt_host_name_free(PCtx *c, char *name);                /* NULL: nothing */
PV rt_exc_new_like(PCtx *c, PV cls, PV args_steal);         /* an instance of the exception class value cls */
const char *rt_host_name_of(PV v);
PV rt_host_class(PCtx *c, int base, const char *name);      /* the class value named name, subclass of base */
int rt_class_covers(PV cls, int sub, const char *sub_host); /* class (sub, sub_host) is cls or below it */
const char *rt_class_value_name(PV cls);                    /* "int", "ToolError": the name of a class value */
PV rt_user_class(PV v);           /* the RtClass of an instance or user exception (borrowed), or PV_NULL (rt_class.c) */
const char *rt_class_name(PV cls); /* the __name__ of a user class */
PV rt_type_of(PCtx *c, PV v);      /* type(v) (new reference) */
int rt_is_class(PV v);             /* a builtin class or a user class */
int rt_same_class(PV a, PV b);            /* the same class value (a host-named class is made on demand) */
int rt_class_is_sub(PV sub, PV base);     /* user class sub has base (a class value) in its MRO */
int rt_class_has_builtin(PV cls, int id); /* some builtin class in the MRO is id or a subclass of it */
/* The class (ucls: a user class, else the builtin id with its host-given name) is cls or below it; cls is a
 * class value (isinstance, issubclass and except clauses all ask this). */
int rt_covers(PV cls, PV ucls, int id, const char *host);
int rt_raise_user_class_named(PCtx *c, const char *name, const char *msg); /* the program's own class (rt_user_class.c) */
/* malloc'd CPython-3.11-style traceback text of exc and its chain (rt_exc_tb.c); NULL on OOM.
 * source may be NULL (then no source lines are shown). */
char *rt_exc_format(PCtx *c, PV exc, const char *filename, const char *source, size_t source_len);
/* classes (rt_class.c): a value's class as a PITH_B_* id, subclass test, names; reprs of builtins (rt_builtins.c) */
int rt_class_of(PV v);                       /* PITH_B_INT, PITH_B_BOOL, PITH_B_NONETYPE, ... */
int rt_is_subclass(int sub_id, int base_id); /* bool <= int, exception hierarchy, reflexive */
int rt_builtin_is_class(int id);             /* int, str, ValueError, NoneType... (not len, print) */
const char *rt_builtin_name(int id);         /* the Python name of a PITH_B_* id */
const char *rt_builtin_qualname(int id);     /* with its module for a module's class: "json.decoder.JSONDecodeError" */
const char *rt_builtin_module(int id);       /* the module a builtin class comes from (collections, re), or NULL */
PV rt_builtin_repr(PCtx *c, PV b);           /* "<built-in function len>" / "<class 'int'>" */
/* generic aliases and unions of classes (rt_alias.c) */
PV rt_class_getitem(PCtx *c, PV cls, PV key);  /* list[int], dict[str, int]: a builtin value's getitem hook */
int rt_alias_or(PCtx *c, PV a, PV b, PV *out); /* a | b of classes, aliases and None: 1 done (*out, or PV_NULL
                                                 with an exception), 0 not such operands */
int rt_alias_binop(PCtx *c, int op, PV a, PV b, int inplace, PV *out); /* the `|` hook of classes/aliases */
PV rt_alias_isinstance_members(PCtx *c, PV alias, const char *fn); /* a union's classes as a tuple, or
                                                 fn()'s TypeError for anything parameterized */
/* functions (rt_func.c) */
int rt_bind_args(PCtx *c, const PFuncDesc *fn, PV defaults, PV *args, int nargs, PV kwnames, PV *out);
/* out[0..nparams) new refs; 0 ok, -1 TypeError */
int rt_bind_args_kw(PCtx *c, const PFuncDesc *fn, PV defaults, PV kwdefaults, PV *args, int nargs, PV kwnames,
                    PV *out);       /* the same with keyword-only defaults (a dict name->value) */
PV rt_ascii(PCtx *c, PV v);         /* ascii(v): repr with non-ASCII escaped (rt_fstring.c) */
PV rt_func_repr(PCtx *c, PV f);     /* "<function f at 0x...>" */
typedef struct PithValue PithValue; /* include/pith.h (a repeated identical typedef is valid C11) */
/* host values (rt_host.c): the tree is malloc'd and belongs to the host; NULL + exception on failure */
PithValue *rt_to_host(PCtx *c, PV v);
PV rt_from_host(PCtx *c, const PithValue *v); /* new reference on the execution heap */

#endif
