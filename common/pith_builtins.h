/* pith_builtins.h — the table of Python builtins, shared by the type checker, codegen and the runtime.
 * Stage: common (seen by every stage; generated code sees builtin ids as plain integers).
 * Exception classes and the classes only type() returns are builtins too (ids after the functions').
 * Appending rows keeps ids stable; reordering or removing one changes the ABI (bump PITH_ABI_VERSION). */
#ifndef PITH_BUILTINS_H
#define PITH_BUILTINS_H

#include <stddef.h>

/* Builtin functions, one row each: X(ID, "python name", arity, min, max, kw, implementation).
 * arity is the CPython 3.11 calling convention the builtin follows, which fixes the words of its
 * argument-count TypeErrors (PITH_AR_*, below); min/max bound its positional arguments (max -1: any number;
 * for PITH_AR_CLINIC, max counts keywords too and min is the positional-only minimum); kw is how many
 * keywords it accepts (-1: any number, the implementation checks their names). The implementation
 * (runtime/builtins, rt_bi.h) is only named here: the runtime dispatches through this table, the
 * frontend reads only the name and the arity. */
#define PITH_BUILTIN_FUNCS(X)                                               \
    X(PRINT, "print", PITH_AR_KW_ONLY, 0, -1, -1, rt_fn_print)              \
    X(LEN, "len", PITH_AR_ONE, 1, 1, 0, rt_fn_len)                          \
    X(RANGE, "range", PITH_AR_POS, 1, 3, 0, rt_fn_range)                    \
    X(STR, "str", PITH_AR_CLINIC, 0, 3, -1, rt_fn_str)                      \
    X(INT, "int", PITH_AR_CLINIC, 0, 2, -1, rt_fn_int)                      \
    X(FLOAT, "float", PITH_AR_POS, 0, 1, 0, rt_fn_float)                    \
    X(BOOL, "bool", PITH_AR_POS, 0, 1, 0, rt_fn_bool)                       \
    X(REPR, "repr", PITH_AR_ONE, 1, 1, 0, rt_fn_repr)                       \
    X(ABS, "abs", PITH_AR_ONE, 1, 1, 0, rt_fn_abs)                          \
    X(MIN, "min", PITH_AR_POS_KW, 1, -1, 2, rt_fn_min)                      \
    X(MAX, "max", PITH_AR_POS_KW, 1, -1, 2, rt_fn_max)                      \
    X(SUM, "sum", PITH_AR_CLINIC, 1, 2, -1, rt_fn_sum)                      \
    X(LIST, "list", PITH_AR_POS, 0, 1, 0, rt_fn_list)                       \
    X(TUPLE, "tuple", PITH_AR_POS, 0, 1, 0, rt_fn_tuple)                    \
    X(DICT, "dict", PITH_AR_POS_KW, 0, 1, -1, rt_fn_dict)                   \
    X(ISINSTANCE, "isinstance", PITH_AR_POS, 2, 2, 0, rt_fn_isinstance)     \
    X(TYPE, "type", PITH_AR_TYPE, 1, 3, 0, rt_fn_type)                      \
    X(ENUMERATE, "enumerate", PITH_AR_ENUMERATE, 1, 2, -1, rt_fn_enumerate) \
    X(ZIP, "zip", PITH_AR_KW_ONLY, 0, -1, 1, rt_fn_zip)                     \
    X(MAP, "map", PITH_AR_MAP, 2, -1, 0, rt_fn_map)                         \
    X(FILTER, "filter", PITH_AR_POS, 2, 2, 0, rt_fn_filter)                 \
    X(SORTED, "sorted", PITH_AR_POS_KW, 1, 1, 2, rt_fn_sorted)              \
    X(REVERSED, "reversed", PITH_AR_POS, 1, 1, 0, rt_fn_reversed)           \
    X(ANY, "any", PITH_AR_ONE, 1, 1, 0, rt_fn_any)                          \
    X(ALL, "all", PITH_AR_ONE, 1, 1, 0, rt_fn_all)                          \
    X(ROUND, "round", PITH_AR_CLINIC, 0, 2, -1, rt_fn_round)                \
    X(DIVMOD, "divmod", PITH_AR_POS, 2, 2, 0, rt_fn_divmod)                 \
    X(POW, "pow", PITH_AR_CLINIC, 0, 3, -1, rt_fn_pow)                      \
    X(CHR, "chr", PITH_AR_ONE, 1, 1, 0, rt_fn_chr)                          \
    X(ORD, "ord", PITH_AR_ONE, 1, 1, 0, rt_fn_ord)                          \
    X(HEX, "hex", PITH_AR_ONE, 1, 1, 0, rt_fn_hex)                          \
    X(OCT, "oct", PITH_AR_ONE, 1, 1, 0, rt_fn_oct)                          \
    X(BIN, "bin", PITH_AR_ONE, 1, 1, 0, rt_fn_bin)                          \
    X(FORMAT, "format", PITH_AR_POS, 1, 2, 0, rt_fn_format)                 \
    X(HASH, "hash", PITH_AR_ONE, 1, 1, 0, rt_fn_hash)                       \
    X(ID, "id", PITH_AR_ONE, 1, 1, 0, rt_fn_id)                             \
    X(ITER, "iter", PITH_AR_POS, 1, 2, 0, rt_fn_iter)                       \
    X(NEXT, "next", PITH_AR_POS, 1, 2, 0, rt_fn_next)                       \
    X(CALLABLE, "callable", PITH_AR_ONE, 1, 1, 0, rt_fn_callable)           \
    X(GETATTR, "getattr", PITH_AR_POS, 2, 3, 0, rt_fn_getattr)              \
    X(SETATTR, "setattr", PITH_AR_POS, 3, 3, 0, rt_fn_setattr)              \
    X(HASATTR, "hasattr", PITH_AR_POS, 2, 2, 0, rt_fn_hasattr)              \
    X(SET, "set", PITH_AR_POS, 0, 1, 0, rt_fn_set)                          \
    X(FROZENSET, "frozenset", PITH_AR_POS, 0, 1, 0, rt_fn_frozenset)        \
    X(BYTES, "bytes", PITH_AR_CLINIC, 0, 3, -1, rt_fn_bytes)                \
    X(ISSUBCLASS, "issubclass", PITH_AR_POS, 2, 2, 0, rt_fn_issubclass)

/* Exception classes: X(ID, "name", base ID). Order: a base always precedes its subclasses. */
#define PITH_BUILTIN_EXCEPTIONS(X)                                       \
    X(BASEEXCEPTION, "BaseException", BASEEXCEPTION)                     \
    X(EXCEPTION, "Exception", BASEEXCEPTION)                             \
    X(ARITHMETICERROR, "ArithmeticError", EXCEPTION)                     \
    X(ZERODIVISIONERROR, "ZeroDivisionError", ARITHMETICERROR)           \
    X(OVERFLOWERROR, "OverflowError", ARITHMETICERROR)                   \
    X(ASSERTIONERROR, "AssertionError", EXCEPTION)                       \
    X(ATTRIBUTEERROR, "AttributeError", EXCEPTION)                       \
    X(LOOKUPERROR, "LookupError", EXCEPTION)                             \
    X(INDEXERROR, "IndexError", LOOKUPERROR)                             \
    X(KEYERROR, "KeyError", LOOKUPERROR)                                 \
    X(NAMEERROR, "NameError", EXCEPTION)                                 \
    X(UNBOUNDLOCALERROR, "UnboundLocalError", NAMEERROR)                 \
    X(RUNTIMEERROR, "RuntimeError", EXCEPTION)                           \
    X(RECURSIONERROR, "RecursionError", RUNTIMEERROR)                    \
    X(NOTIMPLEMENTEDERROR, "NotImplementedError", RUNTIMEERROR)          \
    X(TYPEERROR, "TypeError", EXCEPTION)                                 \
    X(VALUEERROR, "ValueError", EXCEPTION)                               \
    X(UNICODEERROR, "UnicodeError", VALUEERROR)                          \
    X(MEMORYERROR, "MemoryError", EXCEPTION)                             \
    X(OSERROR, "OSError", EXCEPTION)                                     \
    X(PERMISSIONERROR, "PermissionError", OSERROR)                       \
    X(STOPITERATION, "StopIteration", EXCEPTION)                         \
    X(KEYBOARDINTERRUPT, "KeyboardInterrupt", BASEEXCEPTION)             \
    X(SYSTEMEXIT, "SystemExit", BASEEXCEPTION)                           \
    X(GENERATOREXIT, "GeneratorExit", BASEEXCEPTION)                     \
    X(STOPASYNCITERATION, "StopAsyncIteration", EXCEPTION)               \
    X(FLOATINGPOINTERROR, "FloatingPointError", ARITHMETICERROR)         \
    X(BUFFERERROR, "BufferError", EXCEPTION)                             \
    X(EOFERROR, "EOFError", EXCEPTION)                                   \
    X(IMPORTERROR, "ImportError", EXCEPTION)                             \
    X(MODULENOTFOUNDERROR, "ModuleNotFoundError", IMPORTERROR)           \
    X(REFERENCEERROR, "ReferenceError", EXCEPTION)                       \
    X(SYSTEMERROR, "SystemError", EXCEPTION)                             \
    X(SYNTAXERROR, "SyntaxError", EXCEPTION)                             \
    X(INDENTATIONERROR, "IndentationError", SYNTAXERROR)                 \
    X(TABERROR, "TabError", INDENTATIONERROR)                            \
    X(UNICODEDECODEERROR, "UnicodeDecodeError", UNICODEERROR)            \
    X(UNICODEENCODEERROR, "UnicodeEncodeError", UNICODEERROR)            \
    X(UNICODETRANSLATEERROR, "UnicodeTranslateError", UNICODEERROR)      \
    X(BLOCKINGIOERROR, "BlockingIOError", OSERROR)                       \
    X(CHILDPROCESSERROR, "ChildProcessError", OSERROR)                   \
    X(CONNECTIONERROR, "ConnectionError", OSERROR)                       \
    X(BROKENPIPEERROR, "BrokenPipeError", CONNECTIONERROR)               \
    X(CONNECTIONABORTEDERROR, "ConnectionAbortedError", CONNECTIONERROR) \
    X(CONNECTIONREFUSEDERROR, "ConnectionRefusedError", CONNECTIONERROR) \
    X(CONNECTIONRESETERROR, "ConnectionResetError", CONNECTIONERROR)     \
    X(FILEEXISTSERROR, "FileExistsError", OSERROR)                       \
    X(FILENOTFOUNDERROR, "FileNotFoundError", OSERROR)                   \
    X(INTERRUPTEDERROR, "InterruptedError", OSERROR)                     \
    X(ISADIRECTORYERROR, "IsADirectoryError", OSERROR)                   \
    X(NOTADIRECTORYERROR, "NotADirectoryError", OSERROR)                 \
    X(PROCESSLOOKUPERROR, "ProcessLookupError", OSERROR)                 \
    X(TIMEOUTERROR, "TimeoutError", OSERROR)                             \
    X(WARNING, "Warning", EXCEPTION)                                     \
    X(USERWARNING, "UserWarning", WARNING)                               \
    X(DEPRECATIONWARNING, "DeprecationWarning", WARNING)                 \
    X(PENDINGDEPRECATIONWARNING, "PendingDeprecationWarning", WARNING)   \
    X(SYNTAXWARNING, "SyntaxWarning", WARNING)                           \
    X(RUNTIMEWARNING, "RuntimeWarning", WARNING)                         \
    X(FUTUREWARNING, "FutureWarning", WARNING)                           \
    X(IMPORTWARNING, "ImportWarning", WARNING)                           \
    X(UNICODEWARNING, "UnicodeWarning", WARNING)                         \
    X(BYTESWARNING, "BytesWarning", WARNING)                             \
    X(RESOURCEWARNING, "ResourceWarning", WARNING)                       \
    X(ENCODINGWARNING, "EncodingWarning", WARNING)

/* Classes that are not builtin names but are what type(x) returns: X(ID, "name"). Appended after the
 * exceptions so that every earlier id stays stable (rt_builtins.c: type(), isinstance(), repr). ELLIPSIS is
 * not a class but the value `...` (rt_builtins.c). */
#define PITH_BUILTIN_TYPES(X)                         \
    X(NONETYPE, "NoneType")                           \
    X(FUNCTION, "function")                           \
    X(BUILTIN_FUNCTION, "builtin_function_or_method") \
    X(SLICE, "slice")                                 \
    X(RANGE_ITERATOR, "range_iterator")               \
    X(LIST_ITERATOR, "list_iterator")                 \
    X(TUPLE_ITERATOR, "tuple_iterator")               \
    X(STR_ASCII_ITERATOR, "str_ascii_iterator")       \
    X(STR_ITERATOR, "str_iterator")                   \
    X(DICT_KEYITERATOR, "dict_keyiterator")           \
    X(DICT_VALUEITERATOR, "dict_valueiterator")       \
    X(DICT_ITEMITERATOR, "dict_itemiterator")         \
    X(BYTES_ITERATOR, "bytes_iterator")               \
    X(FRAME, "frame")                                 \
    X(DICT_KEYS, "dict_keys")                         \
    X(DICT_VALUES, "dict_values")                     \
    X(DICT_ITEMS, "dict_items")                       \
    X(SET_ITERATOR, "set_iterator")                   \
    X(LIST_REVERSEITERATOR, "list_reverseiterator")   \
    X(CELL, "cell")                                   \
    X(GENERATOR, "generator") /* rt_gen.c */          \
    X(GENERIC_ALIAS, "types.GenericAlias")            \
    X(UNION_TYPE, "types.UnionType") /* rt_alias.c */ \
    X(ELLIPSIS_TYPE, "ellipsis")                      \
    X(ELLIPSIS, "Ellipsis") /* a value: `...` */      \
    X(MODULE, "module")     /* runtime/modules */     \
    X(RE_PATTERN, "re.Pattern")                       \
    X(RE_MATCH, "re.Match") /* rt_mod_re_*.c */       \
    X(RE_SCANNER, "callable_iterator")

/* Builtins that came with user classes (runtime/values/rt_class.h), appended after the rows above so that
 * every earlier id stays stable: X(ID, "name", visible). visible 1: a builtin name a program may use (the
 * frontend resolves it like the functions'); 0: only a type name (type(x)) or the class statement's own
 * helper. Calls dispatch to rt_bi_class_row. */
#define PITH_BUILTIN_CLASS_ROWS(X)                       \
    X(OBJECT, "object", 1)                               \
    X(SUPER, "super", 1)                                 \
    X(STATICMETHOD, "staticmethod", 1)                   \
    X(CLASSMETHOD, "classmethod", 1)                     \
    X(PROPERTY, "property", 1)                           \
    X(NOTIMPLEMENTED, "NotImplemented", 1) /* a value */ \
    X(DELATTR, "delattr", 1)                             \
    X(NOTIMPLEMENTEDTYPE, "NotImplementedType", 0)       \
    X(METHOD, "method", 0)                               \
    X(BUILD_CLASS, "__build_class__", 0) /* the class statement: (namespace, name, qualname, bases) */ \
    X(COUNTER, "Counter", 0)             /* collections (runtime/values/rt_dict_kind.c, rt_counter.c) */ \
    X(DEFAULTDICT, "defaultdict", 0)                                                                   \
    X(ORDEREDDICT, "OrderedDict", 0)                                                                   \
    X(DEQUE, "deque", 0)         /* rt_deque.c */                                                      \
    X(CHAINMAP, "ChainMap", 0)   /* rt_chainmap.c */                                                   \
    X(DEQUE_ITERATOR, "_collections._deque_iterator", 0)                                             \
    X(TRACEBACK, "traceback", 0)         /* what __exit__ gets (rt_traceback.c) */                    \
    X(COROUTINE, "coroutine", 0)         /* async (runtime/exec/rt_async.c) */                        \
    X(TASK, "Task", 0)                                                                                \
    X(FUTURE, "Future", 0)                                                                            \
    X(ASYNC_GENERATOR, "async_generator", 0)                                                          \
    X(LOCK, "Lock", 0)                                                                                \
    X(SEMAPHORE, "Semaphore", 0)                                                                      \
    X(ENUM, "Enum", 0)          /* enum's base classes (runtime/values/rt_enum.c); imported, never builtins */ \
    X(INTENUM, "IntEnum", 0)                                                                                  \
    X(STRENUM, "StrEnum", 0)                                                                                  \
    X(FLAG, "Flag", 0)                                                                                        \
    X(INTFLAG, "IntFlag", 0)                                                                                  \
    X(NAMEDTUPLE, "NamedTuple", 0) /* typing.NamedTuple: a class statement's base, replaced by tuple */        \
    X(DC_MISSING, "MISSING", 0)    /* dataclasses.MISSING: a value, the default of a field that has none */

/* Exception classes of the standard-library modules (common/pith_modules.h), appended after every other row so
 * that earlier ids stay stable: X(ID, "name", base ID, "module"). They are exception classes like the rows of
 * PITH_BUILTIN_EXCEPTIONS (PITH_B_IS_EXC), but not builtin names: a program reaches one through its module
 * (json.JSONDecodeError, a PITH_MN_CONST row), and repr and tracebacks qualify it with the module CPython
 * defines it in ("json.decoder.JSONDecodeError"). */
#define PITH_MODULE_EXCEPTIONS(X)                                     \
    X(JSONDECODEERROR, "JSONDecodeError", VALUEERROR, "json.decoder") \
    X(REERROR, "error", EXCEPTION, "re")                              \
    X(FROZENINSTANCEERROR, "FrozenInstanceError", ATTRIBUTEERROR, "dataclasses")

/* How a builtin function checks its argument counts (the arity column of PITH_BUILTIN_FUNCS). */
typedef enum PithArity {
    PITH_AR_ONE,      /* METH_O: "f() takes exactly one argument (N given)"; no keywords */
    PITH_AR_POS,      /* min..max positional: "f expected [at least |at most ]K argument(s), got N"; no keywords */
    PITH_AR_POS_KW,   /* the same count, then at most kw keywords ("f() takes at most K keyword arguments") */
    PITH_AR_CLINIC,   /* Argument Clinic: "f() takes at most MAX [keyword ]arguments (N given)" counting keywords,
                        * then "f() takes at least MIN positional argument(s) (N given)" */
    PITH_AR_KW_ONLY,  /* any number of positional arguments, at most kw keywords */
    PITH_AR_TYPE,     /* type(): one positional argument without keywords, or three */
    PITH_AR_MAP,      /* map(): "map() must have at least two arguments."; no keywords */
    PITH_AR_ENUMERATE /* enumerate(): one or two arguments, either of them may be a keyword */
} PithArity;

/* The TypeError text CPython 3.11 raises when builtin function id is called with npos positional and nkw
 * keyword arguments, written into msg: 1 when the counts are wrong, else 0 (also for an id that is not a
 * builtin function). Keyword names are the implementation's to check. Shared by the frontend's
 * compile-time check and the runtime's dispatch (rt_builtins_arity.c), so both say the same. */
int rt_builtin_arity_error(int id, int npos, int nkw, char *msg, size_t cap);

enum {
#define PITH_B_ENUM(id, ...) PITH_B_##id,
    PITH_BUILTIN_FUNCS(PITH_B_ENUM)
#undef PITH_B_ENUM
#define PITH_E_ENUM(id, name, base) PITH_B_##id,
        PITH_BUILTIN_EXCEPTIONS(PITH_E_ENUM)
#undef PITH_E_ENUM
            PITH_B_EXC_END /* one past the last exception class = the first PITH_BUILTIN_TYPES row */
};
enum {
    PITH_B_TYPES_BEFORE = PITH_B_EXC_END - 1, /* placeholder so the first type row gets PITH_B_EXC_END */
#define PITH_T_ENUM(id, name) PITH_B_##id,
    PITH_BUILTIN_TYPES(PITH_T_ENUM)
#undef PITH_T_ENUM
#define PITH_C_ENUM(id, name, visible) PITH_B_##id,
        PITH_BUILTIN_CLASS_ROWS(PITH_C_ENUM)
#undef PITH_C_ENUM
            PITH_B_FIRST_MODEXC, /* the first PITH_MODULE_EXCEPTIONS row's id (the next line steps back onto it) */
    PITH_B_MODEXC_BACK = PITH_B_FIRST_MODEXC - 1,
#define PITH_M_ENUM(id, name, base, module) PITH_B_##id,
    PITH_MODULE_EXCEPTIONS(PITH_M_ENUM)
#undef PITH_M_ENUM
        PITH_B_COUNT
};
#define PITH_B_FIRST_EXC PITH_B_BASEEXCEPTION
#define PITH_B_FIRST_CLASS_ROW PITH_B_OBJECT /* the first PITH_BUILTIN_CLASS_ROWS id */

/* id is an exception class: a builtin one (PITH_B_FIRST_EXC <= id < PITH_B_EXC_END) or a module's */
#define PITH_B_IS_EXC(id) \
    (((id) >= PITH_B_FIRST_EXC && (id) < PITH_B_EXC_END) || ((id) >= PITH_B_FIRST_MODEXC && (id) < PITH_B_COUNT))

/* Builtins that call back into Python (a key, a generator they consume): in a program that waits on the host,
 * codegen makes their call sites suspend points (ir_passes.c) and the runtime runs them as native frames
 * (rt_native.c). One list, so the two stages agree. */
static inline int pith_builtin_calls_back(int id) {
    switch (id) {
    case PITH_B_SORTED:
    case PITH_B_MIN:
    case PITH_B_MAX:
    case PITH_B_ANY:
    case PITH_B_ALL:
    case PITH_B_NEXT:
    case PITH_B_LIST:
    case PITH_B_TUPLE:
    case PITH_B_SET:
    case PITH_B_FROZENSET:
    case PITH_B_DICT:
    case PITH_B_SUM:
    case PITH_B_BYTES:
    case PITH_B_COUNTER: /* collections' classes consume an iterable */
    case PITH_B_DEFAULTDICT:
    case PITH_B_ORDEREDDICT:
    case PITH_B_DEQUE: return 1;
    default: return 0;
    }
}

/* Builtins that call a dunder of their argument (str -> __str__, len -> __len__...): in a program that waits on
 * the host and defines classes, their call sites are suspend points too (ir_passes.c), so the runtime can run a
 * user dunder that waits as a frame (rt_native.c: rt_sm_call_builtin). */
static inline int pith_builtin_calls_dunder(int id) {
    switch (id) {
    case PITH_B_PRINT:
    case PITH_B_STR:
    case PITH_B_REPR:
    case PITH_B_LEN:
    case PITH_B_BOOL:
    case PITH_B_FORMAT:
    case PITH_B_ITER: return 1;
    default: return 0;
    }
}

#endif
