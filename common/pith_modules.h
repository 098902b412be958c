/* pith_modules.h — the standard-library modules a program may import, and the names each one has.
 * Stage: common (the frontend checks `import M` / `from M import n` against it, codegen asks it what an
 * imported name binds; a module's run-time side, when it has one, is one file runtime/modules/rt_mod_<name>.c).
 * A module not listed here cannot be imported (the import raises CPython's ModuleNotFoundError when it runs, as
 * a name a module lacks raises ImportError): that is the sandbox's rule for imports, in one place.
 * Appending rows keeps ids stable. */
#ifndef PITH_MODULES_H
#define PITH_MODULES_H

#include <stddef.h>

/* What importing a name binds. */
typedef enum PithModNameKind {
    /* Nothing at run time: the name may be imported (and written in annotations, which are not evaluated), but
     * a use outside an annotation is a name bound nowhere (a compile error). typing's names are all of this
     * kind but NamedTuple (a class statement's base, `from typing import NamedTuple`). */
    PITH_MN_UNBOUND,
    PITH_MN_FUNC,  /* a function of the module's run-time side, called like a builtin (rt_mod_<name>.c) */
    PITH_MN_CONST, /* a value made by the module's run-time side (math.pi), or a class (enum.Enum) */
    PITH_MN_CLASS, /* a class of the run-time side (itertools.chain): called as PITH_MN_FUNC is, shown as a class */
    /* A name CPython's module has that pith does not support (dataclasses.InitVar, enum.verify): importing it
     * is a compile-time error saying so, reading it from the module a run-time TypeError, never "no such name". */
    PITH_MN_REFUSED,
} PithModNameKind;

/* How a module function counts its arguments, in the words of the CPython 3.11 calling convention it follows
 * (pith_modfn_arity_error). */
typedef enum PithModArity {
    PITH_MA_ONE,  /* METH_O: "math.sqrt() takes exactly one argument (N given)" */
    PITH_MA_POS,  /* min..max positional (max -1: any): "atan2 expected 2 arguments, got N" */
    PITH_MA_LOG,  /* math.log: "math.log requires 1 to 2 arguments" */
    PITH_MA_KW,   /* keywords too (Argument Clinic): the implementation checks its own arguments */
    PITH_MA_TYPE, /* a class's positional-only constructor: "cycle expected 1 argument, got 0", "cycle() takes no
                     keyword arguments" */
} PithModArity;

/* One row per module: X(ID, "name", NAMES), NAMES being the array of its names in pith_modules.c. */
#define PITH_MODULES(X)                                                                                        \
    X(TYPING, "typing", typing_names)                                                                          \
    X(MATH, "math", math_names)                                                                                \
    X(COLLECTIONS, "collections", collections_names)                                                           \
    X(HEAPQ, "heapq", heapq_names)                                                                             \
    X(BISECT, "bisect", bisect_names)                                                                          \
    X(COPY, "copy", copy_names)                                                                                \
    X(JSON, "json", json_names)                                                                                \
    X(ITERTOOLS, "itertools", itertools_names)                                                                 \
    X(FUNCTOOLS, "functools", functools_names)                                                                 \
    X(OPERATOR, "operator", operator_names)                                                                    \
    X(ASYNCIO, "asyncio", asyncio_names)                                                                       \
    X(DATACLASSES, "dataclasses", dataclasses_names)                                                           \
    X(ENUM, "enum", enum_names)                                                                                \
    X(RE, "re", re_names)

enum {
#define PITH_MOD_ENUM(id, name, names) PITH_MOD_##id,
    PITH_MODULES(PITH_MOD_ENUM)
#undef PITH_MOD_ENUM
        PITH_MOD_COUNT
};

typedef struct PithModName {
    const char *name;
    PithModNameKind kind;
    PithModArity arity; /* PITH_MN_FUNC and PITH_MN_CLASS only, with the positional bounds min..max */
    int min, max;
} PithModName;

typedef struct PithModule {
    const char *name;
    const PithModName *names;
    int nnames;
} PithModule;

extern const PithModule pith_modules[PITH_MOD_COUNT];

/* The id of the module called name (a dotted name as written: "os.path"), or -1 when it cannot be imported. */
int pith_module_find(const char *name);

/* The row of `name` in module id, or NULL when the module has no such name. */
const PithModName *pith_module_name(int id, const char *name);

/* Whether `import M` binds M: a module none of whose names binds a value binds nothing either, so `M.X`
 * outside an annotation stays a name bound nowhere (a compile error). typing binds nothing too: its one value,
 * NamedTuple, is imported by name, and typing.X stays a compile error for every other name. */
int pith_module_binds(int id);

/* The row number of `name` in module id (what a module function or constant is stored as), or -1. */
int pith_module_name_index(int id, const char *name);

/* The row of attribute `attr` of function row `row` (chain.from_iterable: the row "chain.from_iterable"), or -1. */
int pith_module_attr_index(int id, int row, const char *attr);

/* The TypeError text CPython 3.11 raises when function row `index` of module id is called with npos positional
 * and nkw keyword arguments, written into msg: 1 when the counts are wrong, else 0. Shared by the frontend's
 * compile-time check and the runtime's dispatch, so both say the same. */
int pith_modfn_arity_error(int id, int index, int npos, int nkw, char *msg, size_t cap);

#endif
