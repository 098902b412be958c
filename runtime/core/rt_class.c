/* rt_class.c — the class table of pith_builtins.h: each builtin class's name, the exception hierarchy, the class
 * of a value (from its type's descriptor) and subclass tests. Stage: runtime core: exceptions, error messages
 * ("'int' object is not iterable") and isinstance all need it, so it sits under everything that raises.
 * Invariants: ids never change meaning (pith_builtins.h). */
#include "rt_ctx.h"
#include "rt_type.h"

static const char *const b_names[PITH_B_COUNT] = {
#define N_FUNC(id, name, ...) [PITH_B_##id] = name,
    PITH_BUILTIN_FUNCS(N_FUNC)
#undef N_FUNC
#define N_EXC(id, name, base) [PITH_B_##id] = name,
        PITH_BUILTIN_EXCEPTIONS(N_EXC)
#undef N_EXC
#define N_TYPE(id, name) [PITH_B_##id] = name,
            PITH_BUILTIN_TYPES(N_TYPE)
#undef N_TYPE
#define N_CLS(id, name, visible) [PITH_B_##id] = name,
                PITH_BUILTIN_CLASS_ROWS(N_CLS)
#undef N_CLS
#define N_MODEXC(id, name, base, module) [PITH_B_##id] = name,
                    PITH_MODULE_EXCEPTIONS(N_MODEXC)
#undef N_MODEXC
};

/* The base class of every exception class (BaseException is its own base). */
static const int exc_base[PITH_B_COUNT] = {
#define B_EXC(id, name, base) [PITH_B_##id] = PITH_B_##base,
    PITH_BUILTIN_EXCEPTIONS(B_EXC)
#undef B_EXC
#define B_MODEXC(id, name, base, module) [PITH_B_##id] = PITH_B_##base,
        PITH_MODULE_EXCEPTIONS(B_MODEXC)
#undef B_MODEXC
};

/* The qualified names of the module exception classes ("json.decoder.JSONDecodeError"). */
static const char *const b_qualified[PITH_B_COUNT] = {
#define Q_MODEXC(id, name, base, module) [PITH_B_##id] = module "." name,
    PITH_MODULE_EXCEPTIONS(Q_MODEXC)
#undef Q_MODEXC
};

const char *rt_builtin_name(int id) {
    if (id < 0 || id >= PITH_B_COUNT || !b_names[id]) return "object";
    return b_names[id];
}

const char *rt_builtin_qualname(int id) {
    if (id >= 0 && id < PITH_B_COUNT && b_qualified[id]) return b_qualified[id];
    return rt_builtin_name(id);
}

/* The modules of the module exception classes ("json.decoder"). */
static const char *const b_module[PITH_B_COUNT] = {
#define M_MODEXC(id, name, base, module) [PITH_B_##id] = module,
    PITH_MODULE_EXCEPTIONS(M_MODEXC)
#undef M_MODEXC
};

const char *rt_builtin_module(int id) {
    if (id >= PITH_B_COUNTER && id <= PITH_B_CHAINMAP) return "collections";
    return id >= 0 && id < PITH_B_COUNT ? b_module[id] : NULL;
}

int rt_builtin_is_class(int id) {
    switch (id) {
    case PITH_B_STR:
    case PITH_B_INT:
    case PITH_B_FLOAT:
    case PITH_B_BOOL:
    case PITH_B_LIST:
    case PITH_B_TUPLE:
    case PITH_B_DICT:
    case PITH_B_RANGE:
    case PITH_B_TYPE:
    case PITH_B_SET:
    case PITH_B_FROZENSET:
    case PITH_B_BYTES:
    case PITH_B_ENUMERATE:
    case PITH_B_ZIP:
    case PITH_B_MAP:
    case PITH_B_FILTER:
    case PITH_B_REVERSED:
    case PITH_B_OBJECT:
    case PITH_B_SUPER:
    case PITH_B_STATICMETHOD:
    case PITH_B_CLASSMETHOD:
    case PITH_B_PROPERTY:
    case PITH_B_NOTIMPLEMENTEDTYPE:
    case PITH_B_METHOD:
    case PITH_B_COUNTER:
    case PITH_B_DEFAULTDICT:
    case PITH_B_ORDEREDDICT:
    case PITH_B_DEQUE:
    case PITH_B_CHAINMAP:
    case PITH_B_DEQUE_ITERATOR: return 1;
    case PITH_B_ELLIPSIS:       /* the value `...`, among the type rows to stay a builtin singleton */
    case PITH_B_NOTIMPLEMENTED: /* a value too, among the class rows */
    case PITH_B_DELATTR:        /* a builtin function among the class rows */
    case PITH_B_BUILD_CLASS:
    case PITH_B_DC_MISSING: /* dataclasses.MISSING, a value */
        return 0;
    default: return id >= PITH_B_FIRST_EXC && id < PITH_B_COUNT;
    }
}

int rt_class_of(PV v) {
    if (!v) return -1;
    if (PV_IS_INT(v)) return PITH_B_INT;
    if (v == PV_TRUE || v == PV_FALSE) return PITH_B_BOOL;
    if (v == PV_NONE) return PITH_B_NONETYPE;
    if (!PV_IS_OBJ(v)) return -1;
    const RtTypeDesc *t = rt_type_desc(RT_OBJ(v));
    return t->class_of ? t->class_of(v) : t->cls;
}

PV rt_user_class(PV v) {
    if (RT_IS(v, RT_T_INSTANCE)) return ((RtInstance *)v)->cls;
    if (RT_IS(v, RT_T_EXC)) return ((RtExc *)v)->ucls;
    return PV_NULL;
}

const char *rt_class_name(PV cls) { return ((RtStr *)((RtClass *)cls)->name)->data; }

/* ---- user classes as far as the class of a value needs them (the rest: values/rt_user_class.c) ---- */

int rt_is_class(PV v) {
    if (RT_IS(v, RT_T_CLASS)) return 1;
    return RT_IS(v, RT_T_BUILTIN) && rt_builtin_is_class(((RtBuiltin *)v)->id);
}

/* Builtin class values are one object per execution, but a host-named class is made on demand. */
int rt_same_class(PV a, PV b) {
    if (a == b) return 1;
    if (!RT_IS(a, RT_T_BUILTIN) || !RT_IS(b, RT_T_BUILTIN)) return 0;
    const RtBuiltin *x = (const RtBuiltin *)a, *y = (const RtBuiltin *)b;
    return x->id == y->id && !x->host_name && !y->host_name;
}

static RtTuple *mro_of(PV cls) { return (RtTuple *)((RtClass *)cls)->mro; }

int rt_class_is_sub(PV sub, PV base) {
    RtTuple *m = mro_of(sub);
    for (pi64 i = 0; i < m->n; i++)
        if (rt_same_class(m->items[i], base)) return 1;
    return 0;
}

int rt_class_has_builtin(PV cls, int id) {
    if (id == PITH_B_OBJECT) return 1;
    RtTuple *m = mro_of(cls);
    for (pi64 i = 0; i < m->n; i++)
        if (RT_IS(m->items[i], RT_T_BUILTIN) && rt_is_subclass(((RtBuiltin *)m->items[i])->id, id)) return 1;
    return 0;
}

int rt_covers(PV cls, PV ucls, int id, const char *host) {
    if (RT_IS(cls, RT_T_CLASS)) return ucls && rt_class_is_sub(ucls, cls);
    const RtBuiltin *b = (const RtBuiltin *)cls;
    if (ucls) return !b->host_name && rt_class_has_builtin(ucls, b->id);
    if (b->id == PITH_B_OBJECT && !b->host_name) return 1;
    return rt_class_covers(cls, id, host);
}

/* type(v): a user class, a host-named class, or a builtin class value (new reference). */
PV rt_type_of(PCtx *c, PV v) {
    PV uc = rt_user_class(v);
    if (uc) {
        pv_incref(uc);
        return uc;
    }
    if (PV_IS_OBJ(v) && rt_type_desc(RT_OBJ(v))->type_of) return rt_type_desc(RT_OBJ(v))->type_of(c, v);
    int id = rt_class_of(v);
    if (id < 0) {
        rt_err(c, PITH_B_TYPEERROR, "type() of this value is not available");
        return PV_NULL;
    }
    const char *host = RT_IS(v, RT_T_EXC) ? rt_host_name_of(v) : NULL;
    return host ? rt_host_class(c, id, host) : rt_builtin(c, id);
}

const char *rt_type_name(PV v) {
    PV uc = rt_user_class(v); /* an instance of the program's class: its name */
    if (uc) return rt_class_name(uc);
    const char *host = RT_IS(v, RT_T_EXC) ? rt_host_name_of(v) : NULL;
    if (!host && PV_IS_OBJ(v) && rt_type_desc(RT_OBJ(v))->type_name) host = rt_type_desc(RT_OBJ(v))->type_name(v);
    if (host) return host;
    switch (rt_class_of(v)) { /* collections' C types: CPython's messages name them by their tp_name */
    case PITH_B_DEQUE: return "collections.deque";
    case PITH_B_DEFAULTDICT: return "collections.defaultdict";
    case PITH_B_ORDEREDDICT: return "collections.OrderedDict";
    default: return rt_builtin_name(rt_class_of(v));
    }
}

int rt_is_subclass(int sub, int base) {
    if (sub < 0 || base < 0) return 0;
    if (sub == base) return 1;
    if (sub == PITH_B_BOOL && base == PITH_B_INT) return 1;
    if (base == PITH_B_DICT && (sub == PITH_B_COUNTER || sub == PITH_B_DEFAULTDICT || sub == PITH_B_ORDEREDDICT))
        return 1; /* collections' dict subclasses (rt_dict_kind.c) */
    if (PITH_B_IS_EXC(sub) && PITH_B_IS_EXC(base)) {
        for (int id = sub, guard = 0; guard < PITH_B_COUNT; guard++) {
            if (id == base) return 1;
            if (id == PITH_B_BASEEXCEPTION) return 0;
            id = exc_base[id];
        }
    }
    return 0;
}

/* The value of builtin id (a class or a builtin function), made once per execution and shared. */
PV rt_builtin(PCtx *c, int id) {
    if (id < 0 || id >= PITH_B_COUNT) {
        rt_err(c, PITH_B_RUNTIMEERROR, "unknown builtin id %d", id);
        return PV_NULL;
    }
    RtCtx *x = RT_CTX(c);
    if (!x->builtins[id]) {
        RtBuiltin *b = (RtBuiltin *)rt_obj_new(c, RT_T_BUILTIN, sizeof(RtBuiltin));
        if (!b) return PV_NULL;
        b->id = id;
        x->builtins[id] = (PV)b;
    }
    pv_incref(x->builtins[id]);
    return x->builtins[id];
}
