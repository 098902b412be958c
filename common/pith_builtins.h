/* pith_builtins.h — the table of Python builtins, shared by the type checker, codegen and the runtime.
 * Stage: common (seen by every stage; generated code sees builtin ids as plain integers).
 * Each row: X(ID, "python name", min_args, max_args) — max -1 = variadic. Exception classes are builtins too.
 * Appending rows keeps ids stable; reordering or removing one changes the ABI (bump PITH_ABI_VERSION). */
#ifndef PITH_BUILTINS_H
#define PITH_BUILTINS_H

#define PITH_BUILTIN_FUNCS(X)               \
    X(PRINT, "print", 0, -1)                \
    X(LEN, "len", 1, 1)                     \
    X(RANGE, "range", 1, 3)                 \
    X(STR, "str", 0, 1)                     \
    X(INT, "int", 0, 2)                     \
    X(FLOAT, "float", 0, 1)                 \
    X(BOOL, "bool", 0, 1)                   \
    X(REPR, "repr", 1, 1)                   \
    X(ABS, "abs", 1, 1)                     \
    X(MIN, "min", 1, -1)                    \
    X(MAX, "max", 1, -1)                    \
    X(SUM, "sum", 1, 2)                     \
    X(LIST, "list", 0, 1)                   \
    X(TUPLE, "tuple", 0, 1)                 \
    X(DICT, "dict", 0, -1)                  \
    X(ISINSTANCE, "isinstance", 2, 2)       \
    X(TYPE, "type", 1, 1)                   \
    /* (A4) rt_builtins_iter.c, rt_builtins_misc.c, rt_set.c */ \
    X(ENUMERATE, "enumerate", 1, 2)         \
    X(ZIP, "zip", 0, -1)                    \
    X(MAP, "map", 2, -1)                    \
    X(FILTER, "filter", 2, 2)               \
    X(SORTED, "sorted", 1, 1)               \
    X(REVERSED, "reversed", 1, 1)           \
    X(ANY, "any", 1, 1)                     \
    X(ALL, "all", 1, 1)                     \
    X(ROUND, "round", 1, 2)                 \
    X(DIVMOD, "divmod", 2, 2)               \
    X(POW, "pow", 2, 3)                     \
    X(CHR, "chr", 1, 1)                     \
    X(ORD, "ord", 1, 1)                     \
    X(HEX, "hex", 1, 1)                     \
    X(OCT, "oct", 1, 1)                     \
    X(BIN, "bin", 1, 1)                     \
    X(FORMAT, "format", 1, 2)               \
    X(HASH, "hash", 1, 1)                   \
    X(ID, "id", 1, 1)                       \
    X(ITER, "iter", 1, 2)                   \
    X(NEXT, "next", 1, 2)                   \
    X(CALLABLE, "callable", 1, 1)           \
    X(GETATTR, "getattr", 2, 3)             \
    X(SETATTR, "setattr", 3, 3)             \
    X(HASATTR, "hasattr", 2, 2)             \
    X(SET, "set", 0, 1)                     \
    X(FROZENSET, "frozenset", 0, 1)         \
    X(BYTES, "bytes", 0, 3) /* (A4) moved here from PITH_BUILTIN_TYPES: it is a builtin name */ \
    X(ISSUBCLASS, "issubclass", 2, 2)

/* Exception classes: X(ID, "name", base ID). Order: a base always precedes its subclasses. */
#define PITH_BUILTIN_EXCEPTIONS(X)                          \
    X(BASEEXCEPTION, "BaseException", BASEEXCEPTION)        \
    X(EXCEPTION, "Exception", BASEEXCEPTION)                \
    X(ARITHMETICERROR, "ArithmeticError", EXCEPTION)        \
    X(ZERODIVISIONERROR, "ZeroDivisionError", ARITHMETICERROR) \
    X(OVERFLOWERROR, "OverflowError", ARITHMETICERROR)      \
    X(ASSERTIONERROR, "AssertionError", EXCEPTION)          \
    X(ATTRIBUTEERROR, "AttributeError", EXCEPTION)          \
    X(LOOKUPERROR, "LookupError", EXCEPTION)                \
    X(INDEXERROR, "IndexError", LOOKUPERROR)                \
    X(KEYERROR, "KeyError", LOOKUPERROR)                    \
    X(NAMEERROR, "NameError", EXCEPTION)                    \
    X(UNBOUNDLOCALERROR, "UnboundLocalError", NAMEERROR)    \
    X(RUNTIMEERROR, "RuntimeError", EXCEPTION)              \
    X(RECURSIONERROR, "RecursionError", RUNTIMEERROR)       \
    X(NOTIMPLEMENTEDERROR, "NotImplementedError", RUNTIMEERROR) \
    X(TYPEERROR, "TypeError", EXCEPTION)                    \
    X(VALUEERROR, "ValueError", EXCEPTION)                  \
    X(UNICODEERROR, "UnicodeError", VALUEERROR)             \
    X(MEMORYERROR, "MemoryError", EXCEPTION)                \
    X(OSERROR, "OSError", EXCEPTION)                        \
    X(PERMISSIONERROR, "PermissionError", OSERROR)          \
    X(STOPITERATION, "StopIteration", EXCEPTION)            \
    X(KEYBOARDINTERRUPT, "KeyboardInterrupt", BASEEXCEPTION) \
    X(SYSTEMEXIT, "SystemExit", BASEEXCEPTION)              \
    X(GENERATOREXIT, "GeneratorExit", BASEEXCEPTION)        \
    X(STOPASYNCITERATION, "StopAsyncIteration", EXCEPTION)  \
    X(FLOATINGPOINTERROR, "FloatingPointError", ARITHMETICERROR) \
    X(BUFFERERROR, "BufferError", EXCEPTION)                \
    X(EOFERROR, "EOFError", EXCEPTION)                      \
    X(IMPORTERROR, "ImportError", EXCEPTION)                \
    X(MODULENOTFOUNDERROR, "ModuleNotFoundError", IMPORTERROR) \
    X(REFERENCEERROR, "ReferenceError", EXCEPTION)          \
    X(SYSTEMERROR, "SystemError", EXCEPTION)                \
    X(SYNTAXERROR, "SyntaxError", EXCEPTION)                \
    X(INDENTATIONERROR, "IndentationError", SYNTAXERROR)    \
    X(TABERROR, "TabError", INDENTATIONERROR)               \
    X(UNICODEDECODEERROR, "UnicodeDecodeError", UNICODEERROR) \
    X(UNICODEENCODEERROR, "UnicodeEncodeError", UNICODEERROR) \
    X(UNICODETRANSLATEERROR, "UnicodeTranslateError", UNICODEERROR) \
    X(BLOCKINGIOERROR, "BlockingIOError", OSERROR)          \
    X(CHILDPROCESSERROR, "ChildProcessError", OSERROR)      \
    X(CONNECTIONERROR, "ConnectionError", OSERROR)          \
    X(BROKENPIPEERROR, "BrokenPipeError", CONNECTIONERROR)  \
    X(CONNECTIONABORTEDERROR, "ConnectionAbortedError", CONNECTIONERROR) \
    X(CONNECTIONREFUSEDERROR, "ConnectionRefusedError", CONNECTIONERROR) \
    X(CONNECTIONRESETERROR, "ConnectionResetError", CONNECTIONERROR) \
    X(FILEEXISTSERROR, "FileExistsError", OSERROR)          \
    X(FILENOTFOUNDERROR, "FileNotFoundError", OSERROR)      \
    X(INTERRUPTEDERROR, "InterruptedError", OSERROR)        \
    X(ISADIRECTORYERROR, "IsADirectoryError", OSERROR)      \
    X(NOTADIRECTORYERROR, "NotADirectoryError", OSERROR)    \
    X(PROCESSLOOKUPERROR, "ProcessLookupError", OSERROR)    \
    X(TIMEOUTERROR, "TimeoutError", OSERROR)                \
    X(WARNING, "Warning", EXCEPTION)                        \
    X(USERWARNING, "UserWarning", WARNING)                  \
    X(DEPRECATIONWARNING, "DeprecationWarning", WARNING)    \
    X(PENDINGDEPRECATIONWARNING, "PendingDeprecationWarning", WARNING) \
    X(SYNTAXWARNING, "SyntaxWarning", WARNING)              \
    X(RUNTIMEWARNING, "RuntimeWarning", WARNING)            \
    X(FUTUREWARNING, "FutureWarning", WARNING)              \
    X(IMPORTWARNING, "ImportWarning", WARNING)              \
    X(UNICODEWARNING, "UnicodeWarning", WARNING)            \
    X(BYTESWARNING, "BytesWarning", WARNING)                \
    X(RESOURCEWARNING, "ResourceWarning", WARNING)          \
    X(ENCODINGWARNING, "EncodingWarning", WARNING)

/* Classes that are not builtin names but are what type(x) returns: X(ID, "name"). Appended after the
 * exceptions so that every earlier id stays stable (rt_builtins.c: type(), isinstance(), repr). */
#define PITH_BUILTIN_TYPES(X)                                   \
    X(NONETYPE, "NoneType")                                     \
    X(FUNCTION, "function")                                     \
    X(BUILTIN_FUNCTION, "builtin_function_or_method")           \
    X(SLICE, "slice")                                           \
    X(RANGE_ITERATOR, "range_iterator")                         \
    X(LIST_ITERATOR, "list_iterator")                           \
    X(TUPLE_ITERATOR, "tuple_iterator")                         \
    X(STR_ASCII_ITERATOR, "str_ascii_iterator")                 \
    X(STR_ITERATOR, "str_iterator")                             \
    X(DICT_KEYITERATOR, "dict_keyiterator")                     \
    X(DICT_VALUEITERATOR, "dict_valueiterator")                 \
    X(DICT_ITEMITERATOR, "dict_itemiterator")                   \
    X(BYTES_ITERATOR, "bytes_iterator")                         \
    X(FRAME, "frame")                                           \
    X(DICT_KEYS, "dict_keys")                                   \
    X(DICT_VALUES, "dict_values")                               \
    X(DICT_ITEMS, "dict_items")                                 \
    X(SET_ITERATOR, "set_iterator")                 /* (A4) */  \
    X(LIST_REVERSEITERATOR, "list_reverseiterator") /* (A4) */ \
    X(CELL, "cell")                                 /* (A3) */ \
    X(GENERATOR, "generator")                       /* rt_gen.c */

enum {
#define PITH_B_ENUM(id, name, a, b) PITH_B_##id,
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
    PITH_B_COUNT
};
#define PITH_B_FIRST_EXC PITH_B_BASEEXCEPTION

/* id is an exception class: PITH_B_FIRST_EXC <= id < PITH_B_EXC_END */
#define PITH_B_IS_EXC(id) ((id) >= PITH_B_FIRST_EXC && (id) < PITH_B_EXC_END)

#endif
