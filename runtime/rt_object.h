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
#include "rt_builtins.h"

/* Heap object type codes (PObj.type). */
enum RtType {
    RT_T_FLOAT = 1,
    RT_T_BIGINT,   /* ints outside the small range (always normalised: a value that fits is a small int) */
    RT_T_STR,
    RT_T_BYTES,
    RT_T_LIST,
    RT_T_TUPLE,
    RT_T_DICT,
    RT_T_RANGE,
    RT_T_SLICE,
    RT_T_ITER,     /* every built-in iterator; RtIter.kind says which */
    RT_T_FUNC,     /* a compiled Python function */
    RT_T_BUILTIN,  /* a builtin function or class (int, str, ValueError...) as a value */
    RT_T_METHOD,   /* a bound method of a built-in object (e.g. lst.append) */
    RT_T_EXC,      /* an exception instance */
    RT_T_FRAME,    /* a PFrame of a state-machine function */
    RT_T_COUNT
};

/* PObj.flags for str */
#define RT_STR_ASCII 1 /* every byte < 0x80, so byte index == code point index */

typedef struct RtFloat { PObj h; double d; } RtFloat;
typedef struct RtBig { PObj h; mpz_t z; } RtBig;
typedef struct RtStr {
    PObj h;
    pi64 nbytes;   /* UTF-8 length, excluding the trailing NUL */
    pi64 nchars;   /* code points */
    pu64 hash;     /* cached hash; 0 = not computed yet */
    char data[];   /* UTF-8, NUL-terminated */
} RtStr;
typedef struct RtBytes { PObj h; pi64 n; pu64 hash; unsigned char data[]; } RtBytes;
typedef struct RtList { PObj h; pi64 n; pi64 cap; PV *items; } RtList;
typedef struct RtTuple { PObj h; pi64 n; pu64 hash; PV items[]; } RtTuple;

/* Insertion-ordered hash table (the compact layout CPython uses): entries in order, index holds slots. */
typedef struct RtDictEntry { pu64 hash; PV key; PV value; } RtDictEntry; /* key == PV_NULL: deleted */
typedef struct RtDict {
    PObj h;
    pi64 n;             /* live entries */
    pi64 used;          /* entries[0..used) incl. deleted ones */
    pi64 cap;           /* capacity of entries */
    pi64 mask;          /* index has mask+1 slots (a power of two) */
    pi64 *index;        /* -1 empty, -2 dummy, else an entry number */
    RtDictEntry *entries;
} RtDict;

typedef struct RtRange { PObj h; pi64 start, stop, step, len; } RtRange;
typedef struct RtSlice { PObj h; PV start, stop, step; } RtSlice;

enum RtIterKind { RT_IT_RANGE, RT_IT_LIST, RT_IT_TUPLE, RT_IT_STR, RT_IT_DICT_KEYS, RT_IT_DICT_VALUES,
                  RT_IT_DICT_ITEMS, RT_IT_BYTES };
typedef struct RtIter {
    PObj h;
    int kind;           /* RtIterKind */
    PV src;             /* the iterated object (owned), PV_NULL for ranges */
    pi64 pos;           /* next index (byte offset for non-ASCII str) */
    pi64 cur, stop, step; /* ranges */
} RtIter;

typedef struct RtFunc {
    PObj h;
    const PFuncDesc *fn;
    PV defaults;        /* tuple of default values (owned) or PV_NULL */
} RtFunc;

typedef struct RtBuiltin { PObj h; int id; } RtBuiltin; /* id: PITH_B_* */
typedef struct RtMethod { PObj h; PV self; PV name; } RtMethod; /* both owned */

typedef struct RtExc {
    PObj h;
    int type;           /* PITH_B_* id of its class */
    PV args;            /* tuple (owned) */
    PV cause;           /* __cause__ (owned) or PV_NULL */
    PV context;         /* __context__ (owned) or PV_NULL */
    int suppress_context;
    struct RtTbEntry *tb; /* traceback, innermost last (owned, rt_alloc'd) */
    int ntb, captb;
} RtExc;
typedef struct RtTbEntry { const PFuncDesc *fn; int line; } RtTbEntry;

#define RT_OBJ(v) ((PObj *)(v))
#define RT_TYPE(v) (PV_IS_OBJ(v) ? RT_OBJ(v)->type : 0)
#define RT_IS(v, t) (PV_IS_OBJ(v) && RT_OBJ(v)->type == (t))

/* ---- the allocator (rt_alloc.c): every byte an execution uses is counted here ---- */
void *rt_alloc(PCtx *c, size_t n);                        /* raw memory; NULL + MemoryError on failure/limit */
void *rt_realloc(PCtx *c, void *p, size_t old_n, size_t new_n);
void rt_free(PCtx *c, void *p, size_t n);
PObj *rt_obj_new(PCtx *c, int type, size_t size);        /* rc = 1, header filled; NULL + MemoryError */
void rt_obj_free(PCtx *c, PObj *o, size_t size);         /* raw release of the object's own block */

/* ---- errors (rt_exc.c). fmt understands %s %d %ld %lld %zd %c and %R (repr of a PV), %S (str of a PV),
 *      %T (the type name of a PV). They return nothing; callers then return their own sentinel. ---- */
void rt_err(PCtx *c, int exc_id, const char *fmt, ...);
void rt_err_nomem(PCtx *c);
int rt_exc_pending(PCtx *c);
const char *rt_type_name(PV v);          /* "int", "str", "list", "NoneType", ... as Python spells it */

/* ---- constructors and accessors ---- */
PV rt_str_new(PCtx *c, const char *utf8, pi64 nbytes);   /* validates nothing: the bytes must be UTF-8 */
PV rt_str_cstr(PCtx *c, const char *s);
PV rt_big_from_mpz(PCtx *c, const mpz_t z);               /* normalises to a small int when it fits */
int rt_int_to_mpz(PV v, mpz_t out);                       /* int or bool -> initialised mpz; -1 if not an int */
PV rt_repr(PCtx *c, PV v);                                /* a str */
PV rt_str(PCtx *c, PV v);                                 /* a str */
int rt_hash(PCtx *c, PV v, pu64 *out);                    /* TypeError: unhashable type: 'list' */
int rt_eq(PCtx *c, PV a, PV b);                           /* 0/1, -1 error */
pi64 rt_len(PCtx *c, PV v);                               /* -1 + TypeError when it has no len() */
PV rt_dict_new(PCtx *c);
PV rt_dict_get(PCtx *c, PV d, PV key);                    /* borrowed; PV_NULL if absent (check rt_exc_pending) */
int rt_dict_set(PCtx *c, PV d, PV key, PV value);
PV rt_list_new(PCtx *c, pi64 cap);

/* ---- output and host bridging (rt_exec.c) ---- */
int rt_write_out(PCtx *c, const char *s, size_t n);      /* print's sink: the host writer */

#endif
