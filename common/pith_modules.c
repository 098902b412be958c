/* pith_modules.c — the module table of pith_modules.h: each module's names (what importing each binds), the
 * table built from the rows, and the two look-ups every stage uses. Stage: common. */
#include "pith_modules.h"

#include <stdio.h>
#include <string.h>

#include "pith_mod_math.h"
#include "pith_mod_re.h"

/* typing: CPython 3.11's typing.__all__. */
static const PithModName typing_names[] = {
    {"AbstractSet", PITH_MN_UNBOUND},
    {"Annotated", PITH_MN_UNBOUND},
    {"Any", PITH_MN_UNBOUND},
    {"AnyStr", PITH_MN_UNBOUND},
    {"AsyncContextManager", PITH_MN_UNBOUND},
    {"AsyncGenerator", PITH_MN_UNBOUND},
    {"AsyncIterable", PITH_MN_UNBOUND},
    {"AsyncIterator", PITH_MN_UNBOUND},
    {"Awaitable", PITH_MN_UNBOUND},
    {"BinaryIO", PITH_MN_UNBOUND},
    {"ByteString", PITH_MN_UNBOUND},
    {"Callable", PITH_MN_UNBOUND},
    {"ChainMap", PITH_MN_UNBOUND},
    {"ClassVar", PITH_MN_UNBOUND},
    {"Collection", PITH_MN_UNBOUND},
    {"Concatenate", PITH_MN_UNBOUND},
    {"Container", PITH_MN_UNBOUND},
    {"ContextManager", PITH_MN_UNBOUND},
    {"Coroutine", PITH_MN_UNBOUND},
    {"Counter", PITH_MN_UNBOUND},
    {"DefaultDict", PITH_MN_UNBOUND},
    {"Deque", PITH_MN_UNBOUND},
    {"Dict", PITH_MN_UNBOUND},
    {"Final", PITH_MN_UNBOUND},
    {"ForwardRef", PITH_MN_UNBOUND},
    {"FrozenSet", PITH_MN_UNBOUND},
    {"Generator", PITH_MN_UNBOUND},
    {"Generic", PITH_MN_UNBOUND},
    {"Hashable", PITH_MN_UNBOUND},
    {"IO", PITH_MN_UNBOUND},
    {"ItemsView", PITH_MN_UNBOUND},
    {"Iterable", PITH_MN_UNBOUND},
    {"Iterator", PITH_MN_UNBOUND},
    {"KeysView", PITH_MN_UNBOUND},
    {"List", PITH_MN_UNBOUND},
    {"Literal", PITH_MN_UNBOUND},
    {"LiteralString", PITH_MN_UNBOUND},
    {"Mapping", PITH_MN_UNBOUND},
    {"MappingView", PITH_MN_UNBOUND},
    {"Match", PITH_MN_UNBOUND},
    {"MutableMapping", PITH_MN_UNBOUND},
    {"MutableSequence", PITH_MN_UNBOUND},
    {"MutableSet", PITH_MN_UNBOUND},
    {"NamedTuple", PITH_MN_UNBOUND},
    {"Never", PITH_MN_UNBOUND},
    {"NewType", PITH_MN_UNBOUND},
    {"NoReturn", PITH_MN_UNBOUND},
    {"NotRequired", PITH_MN_UNBOUND},
    {"Optional", PITH_MN_UNBOUND},
    {"OrderedDict", PITH_MN_UNBOUND},
    {"ParamSpec", PITH_MN_UNBOUND},
    {"ParamSpecArgs", PITH_MN_UNBOUND},
    {"ParamSpecKwargs", PITH_MN_UNBOUND},
    {"Pattern", PITH_MN_UNBOUND},
    {"Protocol", PITH_MN_UNBOUND},
    {"Required", PITH_MN_UNBOUND},
    {"Reversible", PITH_MN_UNBOUND},
    {"Self", PITH_MN_UNBOUND},
    {"Sequence", PITH_MN_UNBOUND},
    {"Set", PITH_MN_UNBOUND},
    {"Sized", PITH_MN_UNBOUND},
    {"SupportsAbs", PITH_MN_UNBOUND},
    {"SupportsBytes", PITH_MN_UNBOUND},
    {"SupportsComplex", PITH_MN_UNBOUND},
    {"SupportsFloat", PITH_MN_UNBOUND},
    {"SupportsIndex", PITH_MN_UNBOUND},
    {"SupportsInt", PITH_MN_UNBOUND},
    {"SupportsRound", PITH_MN_UNBOUND},
    {"TYPE_CHECKING", PITH_MN_UNBOUND},
    {"Text", PITH_MN_UNBOUND},
    {"TextIO", PITH_MN_UNBOUND},
    {"Tuple", PITH_MN_UNBOUND},
    {"Type", PITH_MN_UNBOUND},
    {"TypeAlias", PITH_MN_UNBOUND},
    {"TypeGuard", PITH_MN_UNBOUND},
    {"TypeVar", PITH_MN_UNBOUND},
    {"TypeVarTuple", PITH_MN_UNBOUND},
    {"TypedDict", PITH_MN_UNBOUND},
    {"Union", PITH_MN_UNBOUND},
    {"Unpack", PITH_MN_UNBOUND},
    {"ValuesView", PITH_MN_UNBOUND},
    {"assert_never", PITH_MN_UNBOUND},
    {"assert_type", PITH_MN_UNBOUND},
    {"cast", PITH_MN_UNBOUND},
    {"clear_overloads", PITH_MN_UNBOUND},
    {"dataclass_transform", PITH_MN_UNBOUND},
    {"final", PITH_MN_UNBOUND},
    {"get_args", PITH_MN_UNBOUND},
    {"get_origin", PITH_MN_UNBOUND},
    {"get_overloads", PITH_MN_UNBOUND},
    {"get_type_hints", PITH_MN_UNBOUND},
    {"is_typeddict", PITH_MN_UNBOUND},
    {"no_type_check", PITH_MN_UNBOUND},
    {"no_type_check_decorator", PITH_MN_UNBOUND},
    {"overload", PITH_MN_UNBOUND},
    {"reveal_type", PITH_MN_UNBOUND},
    {"runtime_checkable", PITH_MN_UNBOUND},
};

/* math: every name of CPython 3.11's math module (pith_mod_math.h). */
static const PithModName math_names[] = {
#define MATH_ROW(name, kind, arity, min, max, fn) {name, PITH_MN_##kind, arity, min, max},
    PITH_MATH_NAMES(MATH_ROW)
#undef MATH_ROW
};

/* re: CPython 3.11's re module (pith_mod_re.h). */
static const PithModName re_names[] = {
#define RE_ROW(name, kind, arity, min, max, fn) {name, PITH_MN_##kind, arity, min, max},
    PITH_RE_NAMES(RE_ROW)
#undef RE_ROW
};

const PithModule pith_modules[PITH_MOD_COUNT] = {
#define MODULE_ROW(id, name, names) [PITH_MOD_##id] = {name, names, sizeof names / sizeof names[0]},
    PITH_MODULES(MODULE_ROW)
#undef MODULE_ROW
};

int pith_module_find(const char *name) {
    for (int id = 0; id < PITH_MOD_COUNT; id++)
        if (strcmp(pith_modules[id].name, name) == 0) return id;
    return -1;
}

const PithModName *pith_module_name(int id, const char *name) {
    if (id < 0 || id >= PITH_MOD_COUNT) return NULL;
    const PithModule *m = &pith_modules[id];
    for (int i = 0; i < m->nnames; i++)
        if (strcmp(m->names[i].name, name) == 0) return &m->names[i];
    return NULL;
}

int pith_module_binds(int id) {
    for (int i = 0; id >= 0 && id < PITH_MOD_COUNT && i < pith_modules[id].nnames; i++)
        if (pith_modules[id].names[i].kind != PITH_MN_UNBOUND) return 1;
    return 0;
}

int pith_module_name_index(int id, const char *name) {
    const PithModName *n = pith_module_name(id, name);
    return n ? (int)(n - pith_modules[id].names) : -1;
}

int pith_modfn_arity_error(int id, int index, int npos, int nkw, char *msg, size_t cap) {
    if (id < 0 || id >= PITH_MOD_COUNT || index < 0 || index >= pith_modules[id].nnames) return 0;
    const PithModName *f = &pith_modules[id].names[index];
    const char *mod = pith_modules[id].name;
    if (f->kind != PITH_MN_FUNC) return 0;
#define SAY(...) (snprintf(msg, cap, __VA_ARGS__), 1)
    switch (f->arity) {
    case PITH_MA_ONE:
        if (nkw) return SAY("%s.%s() takes no keyword arguments", mod, f->name);
        if (npos != 1) return SAY("%s.%s() takes exactly one argument (%d given)", mod, f->name, npos);
        return 0;
    case PITH_MA_POS:
        if (nkw) return SAY("%s.%s() takes no keyword arguments", mod, f->name);
        if (npos < f->min)
            return SAY("%s expected %s%d argument%s, got %d", f->name, f->min == f->max ? "" : "at least ", f->min,
                       f->min == 1 ? "" : "s", npos);
        if (f->max >= 0 && npos > f->max)
            return SAY("%s expected %s%d argument%s, got %d", f->name, f->min == f->max ? "" : "at most ", f->max,
                       f->max == 1 ? "" : "s", npos);
        return 0;
    case PITH_MA_LOG:
        if (nkw) return SAY("%s() takes no keyword arguments", f->name);
        if (npos < f->min || npos > f->max)
            return SAY("%s.%s requires %d to %d arguments", mod, f->name, f->min, f->max);
        return 0;
    case PITH_MA_KW: return 0;
    }
    return 0;
#undef SAY
}
