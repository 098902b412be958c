/* rt_with.c — the context manager protocol of a `with` statement (codegen/ir_build_with.c lowers the rest):
 * __enter__ and __exit__ are looked up on the manager's type, never its instance dict, and bound as CPython's
 * _PyObject_LookupSpecial binds them, with CPython 3.11's TypeErrors when one is missing. Only user classes
 * define them in pith (no builtin value is a context manager). Stage: runtime values. */
#include "rt_class.h"
#include "rt_svc.h"

static PV special(PV mgr, const char *name) {
    PV cls = rt_user_class(mgr);
    return cls ? rt_class_lookup_cstr(cls, name) : PV_NULL;
}

/* The class attribute raw as found on mgr: a function bound to it, a classmethod to its class, a staticmethod
 * unwrapped, a property's getter called; anything else as it is. */
static PV bind(PCtx *c, PV raw, PV mgr) {
    if (RT_IS(raw, RT_T_FUNC)) return rt_bound_new(c, raw, mgr);
    if (RT_IS(raw, RT_T_WRAP)) {
        RtWrap *w = (RtWrap *)raw;
        if (w->kind == RT_W_CLASSMETHOD) return rt_bound_new(c, w->a, rt_user_class(mgr));
        if (w->kind == RT_W_STATIC) raw = w->a;
        if (w->kind == RT_W_PROPERTY && w->a) return rt_call_value(c, w->a, &mgr, 1, PV_NULL);
    }
    pv_incref(raw);
    return raw;
}

PV rt_with_enter(PCtx *c, PV mgr) {
    PV enter = special(mgr, "__enter__");
    if (!enter) {
        rt_err(c, PITH_B_TYPEERROR, "'%s' object does not support the context manager protocol", rt_type_name(mgr));
        return PV_NULL;
    }
    if (!special(mgr, "__exit__")) {
        rt_err(c, PITH_B_TYPEERROR,
               "'%s' object does not support the context manager protocol (missed __exit__ method)", rt_type_name(mgr));
        return PV_NULL;
    }
    return bind(c, enter, mgr);
}

PV rt_with_exit(PCtx *c, PV mgr) {
    PV exit = special(mgr, "__exit__");
    if (!exit) { /* rt_with_enter checked it just before: only a forged program order comes here */
        rt_err(c, PITH_B_TYPEERROR,
               "'%s' object does not support the context manager protocol (missed __exit__ method)", rt_type_name(mgr));
        return PV_NULL;
    }
    return bind(c, exit, mgr);
}
