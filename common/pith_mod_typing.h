/* pith_mod_typing.h — the names of the `typing` module (CPython 3.11's typing.__all__), one row each, expanded
 * into the module table (pith_modules.c) and the run-time side (runtime/modules/rt_mod_collections.c, whose
 * NamedTuple is the one name that binds a value). Stage: common. Appending rows keeps the ids stable.
 * X(name, kind, arity, min, max, implementation), as in pith_mod_math.h: UNBOUND names serve annotations only. */
#ifndef PITH_MOD_TYPING_H
#define PITH_MOD_TYPING_H

#define PITH_TYPING_NAMES(X)                                       \
    X("AbstractSet", UNBOUND, PITH_MA_ONE, 0, 0, NULL)             \
    X("Annotated", UNBOUND, PITH_MA_ONE, 0, 0, NULL)               \
    X("Any", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                     \
    X("AnyStr", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                  \
    X("AsyncContextManager", UNBOUND, PITH_MA_ONE, 0, 0, NULL)     \
    X("AsyncGenerator", UNBOUND, PITH_MA_ONE, 0, 0, NULL)          \
    X("AsyncIterable", UNBOUND, PITH_MA_ONE, 0, 0, NULL)           \
    X("AsyncIterator", UNBOUND, PITH_MA_ONE, 0, 0, NULL)           \
    X("Awaitable", UNBOUND, PITH_MA_ONE, 0, 0, NULL)               \
    X("BinaryIO", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                \
    X("ByteString", UNBOUND, PITH_MA_ONE, 0, 0, NULL)              \
    X("Callable", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                \
    X("ChainMap", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                \
    X("ClassVar", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                \
    X("Collection", UNBOUND, PITH_MA_ONE, 0, 0, NULL)              \
    X("Concatenate", UNBOUND, PITH_MA_ONE, 0, 0, NULL)             \
    X("Container", UNBOUND, PITH_MA_ONE, 0, 0, NULL)               \
    X("ContextManager", UNBOUND, PITH_MA_ONE, 0, 0, NULL)          \
    X("Coroutine", UNBOUND, PITH_MA_ONE, 0, 0, NULL)               \
    X("Counter", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                 \
    X("DefaultDict", UNBOUND, PITH_MA_ONE, 0, 0, NULL)             \
    X("Deque", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                   \
    X("Dict", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                    \
    X("Final", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                   \
    X("ForwardRef", UNBOUND, PITH_MA_ONE, 0, 0, NULL)              \
    X("FrozenSet", UNBOUND, PITH_MA_ONE, 0, 0, NULL)               \
    X("Generator", UNBOUND, PITH_MA_ONE, 0, 0, NULL)               \
    X("Generic", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                 \
    X("Hashable", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                \
    X("IO", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                      \
    X("ItemsView", UNBOUND, PITH_MA_ONE, 0, 0, NULL)               \
    X("Iterable", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                \
    X("Iterator", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                \
    X("KeysView", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                \
    X("List", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                    \
    X("Literal", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                 \
    X("LiteralString", UNBOUND, PITH_MA_ONE, 0, 0, NULL)           \
    X("Mapping", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                 \
    X("MappingView", UNBOUND, PITH_MA_ONE, 0, 0, NULL)             \
    X("Match", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                   \
    X("MutableMapping", UNBOUND, PITH_MA_ONE, 0, 0, NULL)          \
    X("MutableSequence", UNBOUND, PITH_MA_ONE, 0, 0, NULL)         \
    X("MutableSet", UNBOUND, PITH_MA_ONE, 0, 0, NULL)              \
    X("NamedTuple", CONST, PITH_MA_ONE, 0, 0, typ_namedtuple)      \
    X("Never", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                   \
    X("NewType", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                 \
    X("NoReturn", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                \
    X("NotRequired", UNBOUND, PITH_MA_ONE, 0, 0, NULL)             \
    X("Optional", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                \
    X("OrderedDict", UNBOUND, PITH_MA_ONE, 0, 0, NULL)             \
    X("ParamSpec", UNBOUND, PITH_MA_ONE, 0, 0, NULL)               \
    X("ParamSpecArgs", UNBOUND, PITH_MA_ONE, 0, 0, NULL)           \
    X("ParamSpecKwargs", UNBOUND, PITH_MA_ONE, 0, 0, NULL)         \
    X("Pattern", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                 \
    X("Protocol", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                \
    X("Required", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                \
    X("Reversible", UNBOUND, PITH_MA_ONE, 0, 0, NULL)              \
    X("Self", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                    \
    X("Sequence", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                \
    X("Set", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                     \
    X("Sized", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                   \
    X("SupportsAbs", UNBOUND, PITH_MA_ONE, 0, 0, NULL)             \
    X("SupportsBytes", UNBOUND, PITH_MA_ONE, 0, 0, NULL)           \
    X("SupportsComplex", UNBOUND, PITH_MA_ONE, 0, 0, NULL)         \
    X("SupportsFloat", UNBOUND, PITH_MA_ONE, 0, 0, NULL)           \
    X("SupportsIndex", UNBOUND, PITH_MA_ONE, 0, 0, NULL)           \
    X("SupportsInt", UNBOUND, PITH_MA_ONE, 0, 0, NULL)             \
    X("SupportsRound", UNBOUND, PITH_MA_ONE, 0, 0, NULL)           \
    X("TYPE_CHECKING", UNBOUND, PITH_MA_ONE, 0, 0, NULL)           \
    X("Text", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                    \
    X("TextIO", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                  \
    X("Tuple", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                   \
    X("Type", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                    \
    X("TypeAlias", UNBOUND, PITH_MA_ONE, 0, 0, NULL)               \
    X("TypeGuard", UNBOUND, PITH_MA_ONE, 0, 0, NULL)               \
    X("TypeVar", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                 \
    X("TypeVarTuple", UNBOUND, PITH_MA_ONE, 0, 0, NULL)            \
    X("TypedDict", UNBOUND, PITH_MA_ONE, 0, 0, NULL)               \
    X("Union", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                   \
    X("Unpack", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                  \
    X("ValuesView", UNBOUND, PITH_MA_ONE, 0, 0, NULL)              \
    X("assert_never", UNBOUND, PITH_MA_ONE, 0, 0, NULL)            \
    X("assert_type", UNBOUND, PITH_MA_ONE, 0, 0, NULL)             \
    X("cast", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                    \
    X("clear_overloads", UNBOUND, PITH_MA_ONE, 0, 0, NULL)         \
    X("dataclass_transform", UNBOUND, PITH_MA_ONE, 0, 0, NULL)     \
    X("final", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                   \
    X("get_args", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                \
    X("get_origin", UNBOUND, PITH_MA_ONE, 0, 0, NULL)              \
    X("get_overloads", UNBOUND, PITH_MA_ONE, 0, 0, NULL)           \
    X("get_type_hints", UNBOUND, PITH_MA_ONE, 0, 0, NULL)          \
    X("is_typeddict", UNBOUND, PITH_MA_ONE, 0, 0, NULL)            \
    X("no_type_check", UNBOUND, PITH_MA_ONE, 0, 0, NULL)           \
    X("no_type_check_decorator", UNBOUND, PITH_MA_ONE, 0, 0, NULL) \
    X("overload", UNBOUND, PITH_MA_ONE, 0, 0, NULL)                \
    X("reveal_type", UNBOUND, PITH_MA_ONE, 0, 0, NULL)             \
    X("runtime_checkable", UNBOUND, PITH_MA_ONE, 0, 0, NULL)

#endif
