/* pith_modules.h — the standard-library modules a program may import, and the names each one has.
 * Stage: common (the frontend checks `import M` / `from M import n` against it, codegen asks it what an
 * imported name binds; a module's run-time side, when it has one, is one file runtime/modules/rt_mod_<name>.c).
 * A module not listed here cannot be imported: that is the sandbox's rule for imports, in one place.
 * Appending rows keeps ids stable. */
#ifndef PITH_MODULES_H
#define PITH_MODULES_H

/* What importing a name binds. */
typedef enum PithModNameKind {
    /* Nothing at run time: the name may be imported (and written in annotations, which are not evaluated), but
     * a use outside an annotation is a name bound nowhere (a compile error). typing's names are all of this
     * kind today. */
    PITH_MN_UNBOUND,
} PithModNameKind;

/* One row per module: X(ID, "name", NAMES), NAMES being the macro that lists its names as N("name", kind). */
#define PITH_MODULES(X) X(TYPING, "typing", PITH_MODULE_TYPING)

/* typing: CPython 3.11's typing.__all__. */
#define PITH_MODULE_TYPING(N)                                                                                               \
    N("AbstractSet", PITH_MN_UNBOUND)                                                                                       \
    N("Annotated", PITH_MN_UNBOUND)                                                                                         \
    N("Any", PITH_MN_UNBOUND) N("AnyStr", PITH_MN_UNBOUND) N("AsyncContextManager", PITH_MN_UNBOUND) N(                     \
        "AsyncGenerator", PITH_MN_UNBOUND) N("AsyncIterable", PITH_MN_UNBOUND) N("AsyncIterator", PITH_MN_UNBOUND)          \
        N("Awaitable", PITH_MN_UNBOUND) N("BinaryIO", PITH_MN_UNBOUND) N("ByteString", PITH_MN_UNBOUND) N(                  \
            "Callable", PITH_MN_UNBOUND) N("ChainMap", PITH_MN_UNBOUND) N("ClassVar", PITH_MN_UNBOUND)                      \
            N("Collection", PITH_MN_UNBOUND) N("Concatenate", PITH_MN_UNBOUND) N("Container", PITH_MN_UNBOUND) N(           \
                "ContextManager", PITH_MN_UNBOUND) N("Coroutine", PITH_MN_UNBOUND) N("Counter", PITH_MN_UNBOUND)            \
                N("DefaultDict", PITH_MN_UNBOUND) N("Deque", PITH_MN_UNBOUND) N("Dict", PITH_MN_UNBOUND) N(                 \
                    "Final", PITH_MN_UNBOUND) N("ForwardRef", PITH_MN_UNBOUND) N("FrozenSet", PITH_MN_UNBOUND)              \
                    N("Generator", PITH_MN_UNBOUND) N("Generic", PITH_MN_UNBOUND) N("Hashable", PITH_MN_UNBOUND) N(         \
                        "IO",                                                                                               \
                        PITH_MN_UNBOUND) N("ItemsView",                                                                     \
                                           PITH_MN_UNBOUND) N("Iterable", PITH_MN_UNBOUND)                                  \
                        N("Iterator", PITH_MN_UNBOUND) N("KeysView", PITH_MN_UNBOUND) N("List", PITH_MN_UNBOUND) N(         \
                            "Literal",                                                                                      \
                            PITH_MN_UNBOUND) N("LiteralString",                                                             \
                                               PITH_MN_UNBOUND) N("Mapping", PITH_MN_UNBOUND)                               \
                            N("MappingView", PITH_MN_UNBOUND) N("Match", PITH_MN_UNBOUND) N(                                \
                                "MutableMapping",                                                                           \
                                PITH_MN_UNBOUND) N("MutableSequence",                                                       \
                                                   PITH_MN_UNBOUND) N("MutableSet", PITH_MN_UNBOUND)                        \
                                N("NamedTuple", PITH_MN_UNBOUND) N("Never", PITH_MN_UNBOUND) N(                             \
                                    "NewType", PITH_MN_UNBOUND) N("NoReturn", PITH_MN_UNBOUND)                              \
                                    N("NotRequired", PITH_MN_UNBOUND) N("Optional", PITH_MN_UNBOUND) N(                     \
                                        "OrderedDict",                                                                      \
                                        PITH_MN_UNBOUND) N("ParamSpec",                                                     \
                                                           PITH_MN_UNBOUND) N("ParamSpecArgs", PITH_MN_UNBOUND)             \
                                        N("ParamSpecKwargs", PITH_MN_UNBOUND) N("Pattern", PITH_MN_UNBOUND) N(              \
                                            "Protocol",                                                                     \
                                            PITH_MN_UNBOUND) N("Required",                                                  \
                                                               PITH_MN_UNBOUND) N("Reversible", PITH_MN_UNBOUND)            \
                                            N("Self", PITH_MN_UNBOUND) N("Sequence", PITH_MN_UNBOUND) N(                    \
                                                "Set", PITH_MN_UNBOUND) N("Sized", PITH_MN_UNBOUND)                         \
                                                N("SupportsAbs", PITH_MN_UNBOUND) N("SupportsBytes", PITH_MN_UNBOUND) N(    \
                                                    "SupportsComplex",                                                      \
                                                    PITH_MN_UNBOUND) N("SupportsFloat",                                     \
                                                                       PITH_MN_UNBOUND) N("SupportsIndex", PITH_MN_UNBOUND) \
                                                    N("SupportsInt", PITH_MN_UNBOUND) N(                                    \
                                                        "SupportsRound",                                                    \
                                                        PITH_MN_UNBOUND) N("TYPE_CHECKING",                                 \
                                                                           PITH_MN_UNBOUND) N("Text", PITH_MN_UNBOUND)      \
                                                        N("TextIO", PITH_MN_UNBOUND) N("Tuple", PITH_MN_UNBOUND) N(         \
                                                            "Type",                                                         \
                                                            PITH_MN_UNBOUND) N("TypeAlias", PITH_MN_UNBOUND)                \
                                                            N("TypeGuard",                                                  \
                                                              PITH_MN_UNBOUND) N("TypeVar", PITH_MN_UNBOUND)                \
                                                                N("TypeVarTuple", PITH_MN_UNBOUND) N(                       \
                                                                    "TypedDict",                                            \
                                                                    PITH_MN_UNBOUND) N("Union", PITH_MN_UNBOUND)            \
                                                                    N("Unpack", PITH_MN_UNBOUND) N(                         \
                                                                        "ValuesView",                                       \
                                                                        PITH_MN_UNBOUND) N("assert_never",                  \
                                                                                           PITH_MN_UNBOUND)                 \
                                                                        N("assert_type",                                    \
                                                                          PITH_MN_UNBOUND) N("cast", PITH_MN_UNBOUND)       \
                                                                            N("clear_overloads", PITH_MN_UNBOUND) N(        \
                                                                                "dataclass_transform",                      \
                                                                                PITH_MN_UNBOUND) N("final",                 \
                                                                                                   PITH_MN_UNBOUND)         \
                                                                                N("get_args", PITH_MN_UNBOUND) N(           \
                                                                                    "get_origin",                           \
                                                                                    PITH_MN_UNBOUND) N("get_"               \
                                                                                                       "overloads",         \
                                                                                                       PITH_MN_UNBOUND)     \
                                                                                    N(                                      \
                                                                                        "get_type_hints",                   \
                                                                                        PITH_MN_UNBOUND) N("is_"            \
                                                                                                           "typeddic"       \
                                                                                                           "t",             \
                                                                                                           PITH_MN_UNBOUND) \
                                                                                        N("no_type_check",                  \
                                                                                          PITH_MN_UNBOUND)                  \
                                                                                            N("no_type_check_"              \
                                                                                              "decorator",                  \
                                                                                              PITH_MN_UNBOUND)              \
                                                                                                N("overload",               \
                                                                                                  PITH_MN_UNBOUND)          \
                                                                                                    N("reveal_type",        \
                                                                                                      PITH_MN_UNBOUND)      \
                                                                                                        N("runtime_"        \
                                                                                                          "checkable",      \
                                                                                                          PITH_MN_UNBOUND)

enum {
#define PITH_MOD_ENUM(id, name, names) PITH_MOD_##id,
    PITH_MODULES(PITH_MOD_ENUM)
#undef PITH_MOD_ENUM
        PITH_MOD_COUNT
};

typedef struct PithModName {
    const char *name;
    PithModNameKind kind;
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

#endif
