/* pith_dunder.h — the sandbox's dunder policy: the dunder attributes a snippet may name. Stage: common.
 * The frontend rejects every other dunder attribute at compile time (so no reflective escape — __dict__,
 * __globals__, __code__, __subclasses__, __mro__, frames — can be written); the runtime serves the data ones
 * read-only (runtime/values/rt_dunder.c) and finds the method ones on user classes (rt_instance.c), where a
 * program defines them. One list, so the two can never disagree. */
#ifndef PITH_DUNDER_H
#define PITH_DUNDER_H

#include <string.h>

static inline int pith_dunder_allowed(const char *name) {
    static const char *const allowed[] = {
        /* data */
        "__name__", "__qualname__", "__cause__", "__context__", "__suppress_context__", "__class__", "__module__",
        "__doc__", "__slots__", "__wrapped__", "__members__", "__match_args__",
        /* methods a class may define and call through super() or the class */
        "__init__", "__repr__", "__str__", "__format__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
        "__hash__", "__bool__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__iter__",
        "__next__", "__call__", "__enter__", "__exit__", "__getattr__", "__setattr__", "__delattr__", "__add__",
        "__radd__", "__iadd__", "__sub__", "__rsub__", "__isub__", "__mul__", "__rmul__", "__imul__", "__truediv__",
        "__rtruediv__", "__itruediv__", "__floordiv__", "__rfloordiv__", "__ifloordiv__", "__mod__", "__rmod__",
        "__imod__", "__pow__", "__rpow__", "__ipow__", "__neg__", "__pos__", "__abs__", "__invert__", "__and__",
        "__rand__", "__or__", "__ror__", "__xor__", "__rxor__", "__lshift__", "__rshift__", "__matmul__",
        "__post_init__", "__aiter__", "__anext__", "__aenter__", "__aexit__"};
    for (size_t i = 0; i < sizeof allowed / sizeof allowed[0]; i++)
        if (strcmp(name, allowed[i]) == 0) return 1;
    return 0;
}

/* Dunder methods a class body may not define: pith does not run them, so defining one would silently
 * change nothing (the frontend reports it with its location). (__copy__ and __deepcopy__ are run by the copy
 * module: runtime/modules/rt_mod_copy.c.) */
static inline int pith_dunder_unsupported_def(const char *name) {
    static const char *const refused[] = {"__new__",     "__getattribute__", "__get__",           "__set__",
                                          "__delete__",  "__set_name__",     "__init_subclass__", "__class_getitem__",
                                          "__del__",     "__prepare__",      "__instancecheck__", "__subclasscheck__",
                                          "__missing__", "__reversed__",     "__index__",         "__int__",
                                          "__float__",   "__round__",
                                          "__reduce__",  "__reduce_ex__",    "__getstate__",      "__setstate__",
                                          "__sizeof__",  "__dir__",          "__await__"};
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++)
        if (strcmp(name, refused[i]) == 0) return 1;
    return 0;
}

#endif
