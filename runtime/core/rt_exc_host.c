/* rt_exc_host.c — exception classes the host names. A host answering a call with an error of a type pith
 * does not know (pith_exec_resume_error(x, "ToolError", "timeout")) raises what a Python host would: an
 * instance of a subclass of Exception called ToolError. Stage: runtime.
 * The instance is an RtExc of class Exception that keeps the name (RtExc.host_type, carried by snapshots),
 * so `except Exception` catches it and every printed type name (repr, str of the type, tracebacks, the
 * error the host sees) says ToolError. type(e) is a class value with that name: an RtBuiltin of base
 * Exception with host_name set, made on demand; in except clauses, isinstance and issubclass it covers
 * exactly the exceptions and classes of its name. A name that is a builtin exception's is that class. */
#include <string.h>

#include "pith.h"
#include "rt_object.h"

int rt_host_type_name_valid(const char *name) {
    if (!name || !name[0] || (name[0] >= '0' && name[0] <= '9')) return 0;
    size_t n = 0;
    for (const char *p = name; *p; p++, n++) {
        int ok = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_';
        if (!ok || n >= PITH_MAX_EXC_TYPE_NAME) return 0;
    }
    return 1;
}

char *rt_host_name_dup(PCtx *c, const char *name) {
    size_t n = strlen(name) + 1;
    char *s = rt_alloc(c, n);
    if (s) memcpy(s, name, n);
    return s;
}

void rt_host_name_free(PCtx *c, char *name) {
    if (name) rt_free(c, name, strlen(name) + 1);
}

int rt_exc_builtin_id(const char *name) {
#define PITH_FIND_EXC(eid, ename, base) \
    if (strcmp(name, ename) == 0) return PITH_B_##eid;
    PITH_BUILTIN_EXCEPTIONS(PITH_FIND_EXC)
#undef PITH_FIND_EXC
    return -1;
}

/* A fresh exception of base class id named host (NULL: the builtin class itself). */
static PV exc_named(PCtx *c, int id, const char *host, PV args_steal) {
    PV e = rt_exc_new(c, id, args_steal);
    if (e && host && !(((RtExc *)e)->host_type = rt_host_name_dup(c, host))) {
        pv_decref(c, e);
        return PV_NULL;
    }
    return e;
}

PV rt_exc_new_like(PCtx *c, PV cls, PV args_steal) {
    const RtBuiltin *b = (const RtBuiltin *)cls;
    return exc_named(c, b->id, b->host_name, args_steal);
}

const char *rt_host_name_of(PV v) {
    if (v && RT_IS(v, RT_T_EXC)) return ((const RtExc *)v)->host_type;
    if (v && RT_IS(v, RT_T_BUILTIN)) return ((const RtBuiltin *)v)->host_name;
    return NULL;
}

PV rt_host_class(PCtx *c, int base, const char *name) {
    RtBuiltin *b = (RtBuiltin *)rt_obj_new(c, RT_T_BUILTIN, sizeof(RtBuiltin));
    if (!b) return PV_NULL;
    b->id = base;
    if (!(b->host_name = rt_host_name_dup(c, name))) {
        pv_decref(c, (PV)b);
        return PV_NULL;
    }
    return (PV)b;
}

int rt_class_covers(PV cls, int sub, const char *sub_host) {
    const RtBuiltin *b = (const RtBuiltin *)cls;
    if (b->host_name) return sub_host && sub == b->id && strcmp(sub_host, b->host_name) == 0;
    return rt_is_subclass(sub, b->id);
}

const char *rt_class_value_name(PV cls) {
    if (RT_IS(cls, RT_T_CLASS)) return rt_class_name(cls); /* a class of the program */
    const RtBuiltin *b = (const RtBuiltin *)cls;
    return b->host_name ? b->host_name : rt_builtin_name(b->id);
}
