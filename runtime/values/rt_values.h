/* rt_values.h — internal helpers shared by the value-model files (rt_int.c, rt_float.c, rt_str*.c,
 * rt_bytes.c, rt_list*.c, rt_dict*.c, rt_iter.c, rt_ops.c, rt_attr.c).
 * Stage: runtime, host side only. Conventions as in rt_object.h: results are new references, arguments
 * borrowed, PV_NULL / -1 mean "exception set on the context". Other runtime files may use these helpers. */
#ifndef PITH_RT_VALUES_H
#define PITH_RT_VALUES_H

#include <stdint.h>
#include <string.h>

#include "rt_ctx.h"
#include "rt_heap.h"
#include "rt_make.h"
#include "rt_type.h"

/* Python's "is this an int" (bool counts as int). v must not be PV_NULL. */
static inline int rt_is_int(PV v) { return PV_IS_INT(v) || PV_IS_BOOL(v) || RT_IS(v, RT_T_BIGINT); }
static inline int rt_is_str(PV v) { return RT_IS(v, RT_T_STR); }
static inline RtStr *rt_strp(PV v) { return (RtStr *)v; }

/* Time checks inside long runtime loops: spend n fuel, ask the driver when it runs out. 0 ok, -1 stop. */
static inline int rt_tick(PCtx *c, pi64 n) {
    c->fuel -= n;
    return c->fuel < 0 ? rt_fuel_out(c) : 0;
}
/* Spend n fuel for one bounded step that cannot stop halfway (a memcmp): the next tick reads the clock. */
static inline void rt_spend(PCtx *c, pi64 n) { c->fuel -= n; }
/* The fuel of moving n items in one memmove/copy loop (cheaper per item than a comparison or a hash). */
#define RT_MOVE_FUEL(n) ((pi64)(n) >> 2)
/* The fuel of one hash-table insertion or lookup (a hash, a probe that misses the cache, maybe an ==). */
#define RT_HASH_FUEL 4

/* Results of a search core shared by str and bytes: r is an index, -1 (absent) or -2 (error already set).
 * find()/rfind() give r as an int; index()/rindex() raise ValueError(absent) for -1. */
static inline PV rt_find_result(PCtx *c, pi64 r) { return r == -2 ? PV_NULL : rt_int_from_i64(c, r); }
static inline PV rt_index_result(PCtx *c, pi64 r, const char *absent) {
    if (r == -1) rt_err(c, PITH_B_VALUEERROR, "%s", absent);
    return r < 0 ? PV_NULL : rt_int_from_i64(c, r);
}

/* ---- type-table helpers (rt_ops.c, rt_iter.c) ---- */
static inline pu64 rt_identity_hash(PV v) { return (v >> 4) | (v << 60); } /* hash(x) of objects without one */
int rt_hash_unhashable(PCtx *c, PV v, pu64 *out);                          /* TypeError "unhashable type: 'list'"; -1 */
PV rt_iter_new(PCtx *c, int kind, PV src);                                 /* an RtIter of kind over src (borrowed) */
PV rt_iter_self(PCtx *c, PV v);        /* iter(it) is it: iterators and generators */
PV rt_err_concat(PCtx *c, PV a, PV b); /* TypeError "can only concatenate list (not "int") to list"; PV_NULL */
PV rt_reversed_tuple(PCtx *c, PV t);   /* reversed hook of tuples */
PV rt_reversed_by_copy(PCtx *c, PV v); /* reversed hook of str, bytes, dict, dict views: a copy, backwards */
int rt_contains_by_iter(PCtx *c, PV it, PV item); /* `in` for iterators: consumes up to the match */
/* The bool of comparison op (a PITH_CMP_*) given the operands' order -1/0/1. */
static inline PV rt_cmp_result(int op, int order) {
    switch (op) {
    case PITH_CMP_LT: return PV_BOOL(order < 0);
    case PITH_CMP_LE: return PV_BOOL(order <= 0);
    case PITH_CMP_EQ: return PV_BOOL(order == 0);
    case PITH_CMP_NE: return PV_BOOL(order != 0);
    case PITH_CMP_GT: return PV_BOOL(order > 0);
    default: return PV_BOOL(order >= 0);
    }
}
/* The attribute name (a str) is s. Inline: with a literal s the length folds away (hot in getattr hooks). */
static inline int rt_name_is(PV name, const char *s) {
    size_t n = strlen(s);
    return (size_t)((RtStr *)name)->nbytes == n && memcmp(((RtStr *)name)->data, s, n) == 0;
}

/* ---- host values (rt_host.c): what the to_host hooks build with; each sets MemoryError when it fails ---- */
PithValue *rt_host_node(PCtx *c, PithKind kind);                                       /* an empty node */
PithValue *rt_host_text(PCtx *c, PithKind kind, const char *data, size_t n);           /* str, bytes, other, big int */
PithValue *rt_host_value(PCtx *c, PV v, RtHostPath *path);                             /* a container's item */
PithValue *rt_host_items(PCtx *c, PithKind kind, PV *items, pi64 n, RtHostPath *path); /* list / tuple */
/* A container's conversion starts here: 1 entered (convert the items, then rt_host_leave), or 0 with *out
 * what to return: the marker text `again` ("[...]") when v is met inside itself, or NULL + exception when
 * the nesting is too deep or the run is out of time. */
int rt_host_enter(PCtx *c, RtHostPath *path, PV v, const char *again, PithValue **out);
void rt_host_leave(RtHostPath *path);


/* PObj.flags bit set on a list/dict/tuple while its repr is being built (self-reference shows as [...]). */
#define RT_FLAG_REPR 0x4000

/* ---- ints (rt_int.c) ---- */
/* A read-only mpz view of any int without allocating: small ints use the embedded limb. */
typedef struct RtIntView {
    mpz_t z;        /* the read-only view (points at limb for small ints) */
    mp_limb_t limb; /* |value| of a small int */
} RtIntView;
mpz_srcptr rt_int_view(PV v, RtIntView *tmp); /* v must be an int or bool */
PV rt_abs(PCtx *c, PV x); /* abs() of an int, bool or float (rt_int_ops.c) */
PV rt_big_steal(PCtx *c, mpz_t z);            /* like rt_big_from_mpz but takes z over (clears it) */
int rt_int_to_i64(PV v, pi64 *out);           /* 0 ok, -1 when it does not fit (no exception set) */
int rt_int_sign(PV v);                        /* -1, 0, 1 */
PV rt_int_binop(PCtx *c, int op, PV a, PV b); /* both ints/bools; int result (bool ops: rt_ops.c) */
PV rt_int_unop(PCtx *c, int op, PV a);        /* -, +, ~ of an int or bool */
/* Big-int costs (rt_int_cost.c): guards before one GMP call (memory with scratch, time, fuel; -1 + the
 * limit's error when it cannot fit), and the long operations run in clock-checked steps. */
int rt_big_mul(PCtx *c, mpz_t r, mpz_srcptr x, mpz_srcptr y); /* guarded r = x * y */
int rt_big_guard_div(PCtx *c, size_t num_limbs, size_t den_limbs);
int rt_big_guard_chain(PCtx *c, double result_limbs); /* a GMP call made of products (factorial, binomial) */
PV rt_big_pow(PCtx *c, mpz_srcptr x, unsigned long n, double result_bits);   /* |x| >= 2 */
int rt_big_powm(PCtx *c, mpz_t r, mpz_srcptr b, mpz_srcptr e, mpz_srcptr m); /* e >= 0, m > 0 */
int rt_int_cmp(PV a, PV b);                                                  /* both ints: -1, 0, 1 */
int rt_int_to_double(PCtx *c, PV v, double *out);    /* correctly rounded; OverflowError when too big */
PV rt_int_repr(PCtx *c, PV v);                       /* decimal str (CPython's 4300-digit limit applies) */
pu64 rt_int_hash(PV v);                              /* CPython's numeric hash (mod 2**61-1) */
int rt_int_getattr(PCtx *c, PV v, PV name, PV *out); /* x.real, x.denominator... (getattr hook, rt_type.h) */
#define RT_INT_MAX_STR_DIGITS 4300

/* ---- floats (rt_float.c, rt_float_repr.c) ---- */
PV rt_float_binop(PCtx *c, int op, double a, double b);   /* + - * / // % ** with Python semantics */
int rt_num_compare(PCtx *c, int op, PV a, PV b, PV *out); /* the compare hook of int and float (rt_type.h) */
pu64 rt_float_hash(PV v);
size_t rt_float_repr_buf(double d, char *buf, size_t cap); /* CPython's repr(float); returns the length */
PV rt_float_repr(PCtx *c, double d);

/* ---- strings (rt_str.c) ---- */
pi64 rt_str_offset(PCtx *c, RtStr *s, pi64 cp); /* byte offset of code point cp (0..nchars) */
void rt_str_drop_index(PCtx *c, PObj *s);       /* free a dying str's code point index (its drop_side hook) */
PV rt_str_getitem(PCtx *c, PV s, PV key);
PV rt_str_concat(PCtx *c, PV a, PV b);
PV rt_str_repeat(PCtx *c, PV s, pi64 n);
int rt_str_cmp(PV a, PV b); /* -1, 0, 1 (code point order) */
int rt_str_eq(PV a, PV b);  /* 0/1 */
/* a op b for two strs: str's compare hook and rt_compare's fast path. */
static inline PV rt_str_order(PCtx *c, int op, PV a, PV b) {
    rt_spend(c, ((RtStr *)a)->nbytes >> 6); /* long compares take time */
    if (op == PITH_CMP_EQ || op == PITH_CMP_NE) return PV_BOOL(rt_str_eq(a, b) == (op == PITH_CMP_EQ));
    return rt_cmp_result(op, rt_str_cmp(a, b));
}
int rt_str_contains(PCtx *c, PV s, PV sub);
pu64 rt_str_hash(PCtx *c, PV s);
PV rt_str_repr(PCtx *c, PV s);
pi64 rt_str_find(const char *h, pi64 nh, const char *n, pi64 nn, pi64 from); /* byte search, -1 if absent */
pi64 rt_str_rfind(const char *h, pi64 lo, pi64 hi, const char *n, pi64 nn);  /* last in h[lo..hi), -1 */
PV rt_str_char_at(PCtx *c, const RtStr *s, pi64 byte_off, pi64 *next_off);   /* 1-char str */
PV rt_str_percent(PCtx *c, PV fmt, PV args);                                 /* fmt % args (rt_str_format.c) */
PV rt_str_format_method(PCtx *c, PV self, PV *args, int nargs, PV kwnames);  /* str.format (RT_M_RAW) */
PV rt_str_maketrans(PCtx *c, PV *args, int nargs, PV kwnames);               /* str.maketrans (rt_str_translate.c) */
PV rt_str_translate(PCtx *c, PV self, PV *a, int n, PV kw);                  /* str.translate (RT_M_O) */
PV rt_format(PCtx *c, PV v, PV spec); /* format(v, spec), spec a str (rt_format.c) */

/* UTF-8 helpers: decode one code point of valid UTF-8 (returns its length), encode (returns 1..4). */
static inline int rt_utf8_decode(const unsigned char *p, uint32_t *cp) {
    unsigned char b = p[0];
    if (b < 0x80) {
        *cp = b;
        return 1;
    }
    if (b < 0xE0) {
        *cp = ((uint32_t)(b & 0x1F) << 6) | (p[1] & 0x3F);
        return 2;
    }
    if (b < 0xF0) {
        *cp = ((uint32_t)(b & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        return 3;
    }
    *cp =
        ((uint32_t)(b & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) | ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    return 4;
}
static inline int rt_utf8_len(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }
int rt_utf8_encode(uint32_t cp, char *out);

/* Unicode character classes and case maps (rt_str_unicode.c), as CPython 3.11 defines them. */
int rt_uc_isspace(uint32_t cp);
int rt_uc_islinebreak(uint32_t cp);
int rt_uc_isalpha(uint32_t cp);
int rt_uc_isdecimal(uint32_t cp);
int rt_uc_isdigit(uint32_t cp);
int rt_uc_isnumeric(uint32_t cp);
int rt_uc_isupper(uint32_t cp);
int rt_uc_islower(uint32_t cp);
int rt_uc_istitle(uint32_t cp);
int rt_uc_iscased(uint32_t cp);
int rt_uc_iscaseignorable(uint32_t cp);
int rt_uc_isprintable(uint32_t cp);
enum { RT_CASE_UPPER, RT_CASE_LOWER, RT_CASE_TITLE };
int rt_uc_map(uint32_t cp, int which, uint32_t out[3]); /* full case mapping: 1..3 code points */

/* ---- bytes (rt_bytes.c) ---- */
RtBytes *rt_bytes_alloc(PCtx *c, pi64 n);
PV rt_bytes_getitem(PCtx *c, PV b, PV key);
PV rt_bytes_concat(PCtx *c, PV a, PV b);
PV rt_bytes_repeat(PCtx *c, PV b, pi64 n);
int rt_bytes_cmp(PV a, PV b);
int rt_bytes_contains(PCtx *c, PV b, PV item);
pu64 rt_bytes_hash(PCtx *c, PV b);
PV rt_bytes_repr(PCtx *c, PV b);
PV rt_bytes_fromhex(PCtx *c, PV *args, int nargs, PV kwnames); /* bytes.fromhex (rt_bytes_methods.c) */
PV rt_bytes_decode(PCtx *c, PV self, PV *a, int n, PV kw);     /* bytes.decode(encoding, errors) (rt_bytes.c) */

/* ---- sequences (rt_iter.c): index and slice normalisation shared by list/tuple/str/bytes/range ---- */
/* key (int/bool) -> index into a sequence of length n (negatives count from the end). Errors: IndexError
 * with the message oor (e.g. "list index out of range") / "cannot fit 'int' into an index-sized integer". */
int rt_seq_index(PCtx *c, PV key, pi64 n, const char *oor, pi64 *out);
/* CPython's PySlice_Unpack + PySlice_AdjustIndices: -1 on a bad slice (TypeError / ValueError). */
int rt_slice_indices(PCtx *c, PV slice, pi64 n, pi64 *start, pi64 *stop, pi64 *step, pi64 *count);
int rt_index_arg(PCtx *c, PV v, pi64 *out); /* an int argument as pi64 ("'str' object cannot be interpreted
                                                 as an integer"; OverflowError when too big) */

/* ---- lists and tuples (rt_list.c) ---- */
int rt_list_reserve(PCtx *c, RtList *l, pi64 extra);
int rt_list_extend(PCtx *c, PV list, PV iterable);
int rt_list_imul(PCtx *c, PV list, pi64 n); /* list *= n in place */
PV rt_seq_getitem(PCtx *c, PV seq, PV key); /* list or tuple */
int rt_list_setitem(PCtx *c, PV list, PV key, PV value);
int rt_list_delitem(PCtx *c, PV list, PV key);
PV rt_seq_concat(PCtx *c, PV a, PV b); /* same type: list+list or tuple+tuple */
PV rt_seq_repeat(PCtx *c, PV seq, pi64 n);
int rt_seq_contains(PCtx *c, PV seq, PV item);
PV rt_seq_repr(PCtx *c, PV seq);
int rt_tuple_hash(PCtx *c, PV t, pu64 *out);
/* list.sort by keys a caller computed before (a list of len(list) keys): None or PV_NULL */
PV rt_list_sort_by_keys(PCtx *c, PV list, PV keys, int reverse);
PV rt_list_sort(PCtx *c, PV list, PV key, int reverse); /* None or PV_NULL */
PV rt_seq_to_list(PCtx *c, PV iterable);                /* list(iterable) */
static inline PV *rt_seq_items(PV v, pi64 *n) {         /* list or tuple item array (borrowed) */
    if (RT_IS(v, RT_T_LIST)) {
        *n = ((RtList *)v)->n;
        return ((RtList *)v)->items;
    }
    *n = ((RtTuple *)v)->n;
    return ((RtTuple *)v)->items;
}

/* ---- dicts (rt_dict.c, rt_dict_methods.c) ---- */
int rt_dict_lookup(PCtx *c, PV d, PV key, PV *value); /* 1 found (*value borrowed), 0 absent, -1 error */
int rt_dict_del(PCtx *c, PV d, PV key);               /* 1 deleted, 0 absent, -1 error */
PV rt_dict_getitem(PCtx *c, PV d, PV key);            /* KeyError(key) when absent */
int rt_dict_delitem(PCtx *c, PV d, PV key);
int rt_dict_equal(PCtx *c, PV a, PV b); /* 0/1, -1 error */
PV rt_dict_repr(PCtx *c, PV d);
PV rt_dict_repr_items(PCtx *c, PV d); /* "{'a': 1}" whatever the dict's kind */
int rt_dict_merge(PCtx *c, PV d, PV src); /* d.update(src): dict or iterable of pairs */
PV rt_dict_copy(PCtx *c, PV d);
PV rt_dict_fromkeys(PCtx *c, PV *args, int nargs, PV kwnames); /* dict.fromkeys (rt_dict_methods.c) */
PV rt_dict_view_new(PCtx *c, PV d, int kind);                  /* kind: RT_IT_DICT_KEYS/VALUES/ITEMS */
PV rt_dictview_repr(PCtx *c, PV v);
int rt_dictview_contains(PCtx *c, PV v, PV item);
int rt_dict_next_entry(RtDict *d, pi64 *pos, PV *key, PV *value); /* borrowed; 0 at the end */
int rt_dict_pop_value(PCtx *c, PV d, PV key, PV *value);          /* remove key: 1 (*value: new ref), 0 absent, -1 */
void rt_dict_pop_last(PCtx *c, PV d, PV *key, PV *value);         /* d not empty; both new refs */
void rt_dict_clear(PCtx *c, PV d);
void rt_err_key(PCtx *c, PV key); /* raise KeyError(key) */

/* ---- the dicts of collections (rt_dict_kind.c, rt_counter.c): Counter, defaultdict and OrderedDict are dict
 * subclasses in CPython, so they are dicts here (RT_T_DICT: every dict fast path, isinstance(x, dict), json,
 * dict(x) and the dict methods hold), with their kind in PObj.flags and the few hooks that differ (missing
 * keys, repr, equality, operators, methods) asking it. A kinded dict is an RtDictKind block. ---- */
enum { RT_DK_DICT, RT_DK_COUNTER, RT_DK_DEFAULT, RT_DK_ORDERED };
#define RT_DICT_KIND_MASK 3u
typedef struct RtDictKind {
    RtDict d;
    PV factory; /* defaultdict: default_factory (owned; None allowed); PV_NULL for the other kinds */
} RtDictKind;
static inline int rt_dict_kind(PV d) { return RT_OBJ(d)->flags & RT_DICT_KIND_MASK; }
PV rt_dict_kind_new(PCtx *c, int kind, PV factory);         /* an empty dict of that kind (factory borrowed) */
PV rt_dict_kind_copy(PCtx *c, PV d);                        /* d.copy() keeping the kind (and factory) */
int rt_dict_kind_class(PV d);                               /* its PITH_B_* class */
PV rt_dict_kind_repr(PCtx *c, PV d);                        /* Counter({...}), defaultdict(f, {...}), ... */
PV rt_dict_kind_missing(PCtx *c, PV d, PV key);             /* d[key] of an absent key: 0, the factory's value */
int rt_dict_kind_compare(PCtx *c, int op, PV a, PV b, PV *out); /* the compare hook of dicts */
int rt_dict_kind_binop(PCtx *c, int op, PV a, PV b, int inplace, PV *out); /* | of kinds, Counter's operators */
const RtMethDef *const *rt_dict_kind_methods(PV d);         /* the methods_of hook of dicts */
const RtMethDef *const *rt_dict_kind_class_methods(int cls); /* Counter.most_common...: a kind's tables, or NULL */
int rt_dict_kind_getattr(PCtx *c, PV d, PV name, PV *out);  /* defaultdict.default_factory */
int rt_dict_kind_setattr(PCtx *c, PV d, PV name, PV value); /* d.default_factory = f: 1, or 0 refused */
PV rt_dict_kind_call(PCtx *c, int id, PV *args, int nargs, PV kwnames); /* Counter(...), defaultdict(...), ... */
/* Counter (rt_counter.c) */
int rt_counter_update(PCtx *c, PV counter, PV src, int sign); /* add (sign 1) or subtract (-1) counts */
PV rt_counter_repr(PCtx *c, PV d);
int rt_counter_compare(PCtx *c, int op, PV a, PV b, PV *out);
int rt_counter_binop(PCtx *c, int op, PV a, PV b, int inplace, PV *out);
int rt_counter_unop(PCtx *c, int op, PV v, PV *out);
/* deque (rt_deque.c) and ChainMap (rt_chainmap.c). A deque's items[(head + i) & (cap - 1)], i in [0, n), are owned
 * references (cap 0 or a power of two); maxlen is -1 (unbounded) or >= n. */
typedef struct RtDeque {
    PObj h;
    PV *items;
    pi64 cap, head, n;
    pi64 maxlen; /* -1: none */
    pu64 state;  /* bumped by every change of size or order: live iterators notice */
} RtDeque;
typedef struct RtDequeIter {
    PObj h;
    PV deque;   /* owned; PV_NULL once exhausted */
    pi64 index; /* the next item */
    pu64 state; /* the deque's state when the iterator was made */
} RtDequeIter;
typedef struct RtChainMap {
    PObj h;
    PV maps; /* a list of mappings (owned) */
} RtChainMap;
PV rt_deque_call(PCtx *c, PV *args, int nargs, PV kwnames);
PV rt_chainmap_call(PCtx *c, PV *args, int nargs, PV kwnames);
PV rt_chainmap_flat(PCtx *c, PV cm); /* the ChainMap as one dict, in its iteration order */

/* ---- ranges (rt_range.c) and iterators (rt_iter.c) ---- */
PV rt_range_getitem(PCtx *c, PV r, PV key);
int rt_range_contains(PCtx *c, PV r, PV item);
int rt_range_big_next(PCtx *c, RtIter *it, PV *out); /* RT_IT_BIGRANGE: 1 with *out, 0 at the end, -1 */
PV rt_range_repr(PCtx *c, PV r);
PV rt_slice_repr(PCtx *c, PV s);

/* ---- methods (rt_attr.c dispatches through these tables, one per type; a NULL name ends a table) ---- */
typedef PV (*RtMethFn)(PCtx *c, PV self, PV *a, int n, PV kw);
/* Calling conventions, named after how CPython parses each method (their error messages differ):
 *   RT_M_NOARGS  no arguments          "list.clear() takes no arguments (1 given)"
 *   RT_M_O       exactly one           "list.append() takes exactly one argument (0 given)"
 *   RT_M_POS     min..max positional   "pop expected at most 1 argument, got 2"
 *   RT_M_OLD     min..max positional   "find() takes at least 1 argument (0 given)"
 *   RT_M_KW      positional-or-keyword "split() takes at most 2 arguments (3 given)"; names in kw[]
 *   RT_M_RAW     the method parses args itself (a = args, n = nargs, kw = kwnames)
 * Except for RT_M_RAW the function gets a[0..max(max,npar)) with PV_NULL for what was not passed,
 * n = the number of positional arguments given, kw = PV_NULL. */
enum { RT_M_NOARGS, RT_M_O, RT_M_POS, RT_M_OLD, RT_M_KW, RT_M_RAW };
#define RT_MAX_METH_ARGS 6
typedef struct RtMethDef {
    const char *name;      /* Python name */
    RtMethFn fn;           /* implementation */
    unsigned char style;   /* RT_M_* */
    signed char min, max;  /* positional arguments accepted */
    signed char npar;      /* RT_M_KW: entries in kw (keyword-only ones after the positional ones) */
    const char *const *kw; /* RT_M_KW: parameter names */
} RtMethDef;
/* Methods that take no instance (CPython's class and static methods): called with the arguments only, whether
 * taken from the class (dict.fromkeys) or from one of its instances ("".maketrans). RtTypeDesc.statics. */
struct RtStaticDef {
    const char *name;
    PV (*fn)(PCtx *c, PV *args, int nargs, PV kwnames);
};
extern const RtMethDef rt_str_methods[];
extern const RtMethDef rt_bytes_methods[];
extern const RtMethDef rt_list_methods[];
extern const RtMethDef rt_tuple_methods[];
extern const RtMethDef rt_dict_methods[];
extern const RtMethDef rt_counter_methods[]; /* rt_counter.c */
const RtStaticDef *rt_dict_kind_statics(int cls); /* OrderedDict.fromkeys...: a kind's class methods, or NULL */
extern const RtMethDef rt_int_methods[];
extern const RtMethDef rt_float_methods[];
extern const RtMethDef rt_range_methods[];
extern const RtMethDef rt_str_case_methods[];                   /* str's second table (rt_str_case.c) */
const RtMethDef *rt_meth_find(const RtMethDef *table, PV name); /* NULL if absent */
int rt_str_arg(PCtx *c, PV v, const char *what);                /* TypeError "<what>" unless v is a str; 0 ok */

/* an int (small or big) as a snapshot payload (rt_int.c) */
void rt_int_snap_put(RtSnapW *w, PV v);
PV rt_int_snap_get(RtSnapR *r);

#endif
