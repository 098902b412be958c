/* rt_class.h — user classes: class objects (rt_user_class.c), their instances (rt_instance.c), bound methods and the
 * builtin wrappers a class body uses — staticmethod, classmethod, property, super (rt_method.c).
 * Stage: runtime. A user class is a runtime type through the same descriptor table as the builtins
 * (rt_type.h): every instance is an RT_T_INSTANCE whose hooks (repr, hash, compare, iter, len, item access,
 * call...) look the matching dunder up in the class's MRO and call it, so no subsystem needs a case of its
 * own. Instances of a class deriving from an exception are RtExc objects (raise, except and tracebacks work
 * unchanged) that name their user class in RtExc.ucls and keep their attributes in RtExc.dict.
 * Invariants: RtClass.mro starts with the class itself and lists user classes (RtClass) and builtin class
 * values (RtBuiltin: object, the exception classes) in C3 order; class dicts are str-keyed. */
#ifndef PITH_RT_CLASS_H
#define PITH_RT_CLASS_H

#include "rt_values.h"

#define PITH_MAX_CLASS_BASES 32 /* bases of one class statement */

/* RtClass and RtInstance are in rt_object.h: the class table (core/rt_class.c) names their instances. */

/* A function bound to the object it was looked up on (inst.method, cls.classmethod). */
typedef struct RtBound {
    PObj h;
    PV func; /* owned: any callable */
    PV self; /* owned */
} RtBound;

/* The builtin wrappers, one layout. */
enum RtWrapKind {
    RT_W_STATIC = 1,  /* staticmethod(a) */
    RT_W_CLASSMETHOD, /* classmethod(a) */
    RT_W_PROPERTY,    /* property(fget=a, fset=b, fdel=c); each PV_NULL when absent */
    RT_W_PROP_GETTER, /* prop.getter / .setter / .deleter of the property a: called with a function */
    RT_W_PROP_SETTER,
    RT_W_PROP_DELETER,
    RT_W_SUPER,       /* super(a, b): look up after class a in the MRO of b (an instance or a class) */
    RT_W_OBJECT_INIT, /* object.__init__ / BaseException.__init__ bound to a (super().__init__(...)) */
    RT_W_SLOT,        /* the dunder b of the builtin value a ([].__len__): rt_slot_dunder.c */
    RT_W_AUTO,        /* enum.auto(): replaced by a value when the enum class is made (rt_enum.c) */
    RT_W_COUNT
};
typedef struct RtWrap {
    PObj h;
    int kind;   /* RtWrapKind */
    PV a, b, c; /* owned or PV_NULL */
} RtWrap;

/* A method the runtime writes for a class (a dataclass's __init__, a namedtuple's _replace) or a callable a
 * module makes (dataclass(frozen=True)'s decorator): `which` says what it does, `data` what it serves (the
 * class, or the decorator's options as a small int). Its type (runtime/modules/rt_natmeth.c) is flagged
 * RT_TF_BINDS: found on a class through an instance, it is bound to it as a function is. */
enum RtNatWhich {
    RT_NM_DC_DECORATOR = 1, /* data: the RT_DC_* options */
    RT_NM_DC_INIT,          /* the rest of the dataclass ones: data is the dataclass (rt_mod_dataclasses.c) */
    RT_NM_DC_REPR,
    RT_NM_DC_EQ,
    RT_NM_DC_LT,
    RT_NM_DC_LE,
    RT_NM_DC_GT,
    RT_NM_DC_GE,
    RT_NM_DC_HASH,
    RT_NM_DC_SETATTR,
    RT_NM_DC_DELATTR,
    RT_NM_NT_NEW, /* a namedtuple's: data is the class (rt_mod_collections.c) */
    RT_NM_NT_REPR,
    RT_NM_NT_REPLACE,
    RT_NM_NT_ASDICT,
    RT_NM_NT_MAKE,
    RT_NM_COUNT
};
typedef struct RtNatMeth {
    PObj h;
    int which; /* RtNatWhich */
    PV data;   /* owned */
} RtNatMeth;
PV rt_natmeth_new(PCtx *c, int which, PV data); /* rt_method.c */

/* dataclass options (RtNatMeth.data of RT_NM_DC_DECORATOR, the class's __dataclass_params__) */
enum { RT_DC_INIT = 1, RT_DC_REPR = 2, RT_DC_EQ = 4, RT_DC_ORDER = 8, RT_DC_UNSAFE_HASH = 16, RT_DC_FROZEN = 32,
       RT_DC_MATCH_ARGS = 64, RT_DC_KW_ONLY = 128, RT_DC_SLOTS = 256 };

/* A dataclass field (dataclasses.field(...), or made by @dataclass for a plain annotated name). */
typedef struct RtDcField {
    PObj h;
    PV name, type;     /* None until @dataclass names it (type: the annotation's source text) */
    PV deflt, factory; /* the value, or the MISSING builtin when absent */
    PV hash, metadata; /* hash: None, True or False; metadata: None or what field() was given */
    int init, repr, compare, kw_only; /* kw_only 2: field() was not told (the class's kw_only decides) */
} RtDcField;

/* ---- instances that are builtin values (rt_value_base.c): IntEnum/StrEnum members, namedtuples ---- */
PV rt_instance_value(PV v); /* the int, str or tuple v is (borrowed), or PV_NULL */
/* The attribute name of such an instance that its value provides (a namedtuple's field, a str method of a
 * StrEnum member): 1 *out set, 0 none, -1 error. */
int rt_value_getattr(PCtx *c, PV o, PV name, PV *out);
int rt_value_setattr_refused(PCtx *c, PV o, PV name); /* 1: a namedtuple field (error set), else 0 */
PV rt_tuple_class_fields(PV cls); /* a namedtuple class's _fields tuple (borrowed), or PV_NULL */

/* ---- enums (rt_enum.c) ---- */
enum { RT_ENUM = 1, RT_ENUM_FLAG = 2, RT_ENUM_VALUE_STR = 4, RT_ENUM_MIXIN = 8 };
int rt_enum_kind(PV cls);   /* RT_ENUM* bits of a user class (0: not an enum) */
int rt_is_enum_member(PV v);
int rt_enum_finish(PCtx *c, PV cls); /* the class statement of an enum: its members made (0, -1 error) */
PV rt_enum_repr(PCtx *c, PV v);
PV rt_enum_str(PCtx *c, PV v);
PV rt_enum_format(PCtx *c, PV v, PV spec);
int rt_enum_hash(PCtx *c, PV v, pu64 *out);
int rt_enum_truth(PCtx *c, PV v);
int rt_enum_getattr(PCtx *c, PV o, PV name, PV *out); /* name, value: 1 *out set, 0 none */
int rt_enum_setattr_refused(PCtx *c, PV o, PV name);  /* 1: name/value of a member (error set) */
int rt_enum_binop(PCtx *c, int op, PV a, PV b, PV *out); /* Flag's | & ^: 1 decided, 0 not flags */
int rt_enum_invert(PCtx *c, PV a, PV *out);
int rt_enum_contains(PCtx *c, PV flag, PV item); /* -2: not a flag */
PV rt_enum_flag_members(PCtx *c, PV flag); /* the canonical members a Flag member holds, as a tuple (new ref) */
int rt_enum_is_flag_member(PV v);
PV rt_enum_members(PCtx *c, PV cls); /* Color.__members__: name -> member, aliases included (a dict here) */
/* the enum class's own behaviour (iteration, len, lookup by value and name, repr): 1 decided, 0 not an enum */
PV rt_enum_class_iter(PCtx *c, PV cls);
pi64 rt_enum_class_len(PCtx *c, PV cls);
int rt_enum_class_contains(PCtx *c, PV cls, PV item);
PV rt_enum_class_getitem(PCtx *c, PV cls, PV key);
PV rt_enum_class_call(PCtx *c, PV cls, PV *args, int nargs, PV kwnames);
int rt_enum_class_setattr(PCtx *c, PV cls, PV name, PV value); /* 1 done or refused (-1), 0 not an enum */
PV rt_enum_auto(PCtx *c); /* enum.auto(): a marker the class statement replaces */
int rt_enum_unique(PCtx *c, PV cls); /* @unique: ValueError naming the aliases, -1; else 0 */

/* ---- classes (rt_user_class.c) ---- */
PV rt_class_build(PCtx *c, PV ns, PV name, PV qualname, PV bases); /* the class statement's result */
/* The class itself from its namespace (no enum or NamedTuple processing); value_bases lets tuple be a base
 * (a namedtuple the runtime makes). */
PV rt_class_make(PCtx *c, PV ns, PV name, PV qualname, PV bases, int value_bases);
/* `class P(NamedTuple): x: int; y: int = 0` (rt_value_base.c) */
PV rt_namedtuple_class_stmt(PCtx *c, PV ns, PV name, PV qualname);
/* collections.namedtuple(name, fields, defaults=...) once its arguments are checked: fields a tuple of str,
 * defaults a tuple (may be empty) */
PV rt_namedtuple_class(PCtx *c, PV name, PV fields, PV defaults);
PV rt_class_lookup(PCtx *c, PV cls, PV name); /* the attribute name (a str) along the MRO (borrowed), or PV_NULL */
PV rt_class_lookup_cstr(PV cls, const char *name);
PV rt_class_getattr(PCtx *c, PV cls, PV name);
int rt_class_setattr(PCtx *c, PV cls, PV name, PV value); /* value PV_NULL: delete */
PV rt_class_call(PCtx *c, PV cls, PV *args, int nargs, PV kwnames);
/* The instance C(...) makes before __init__ runs, and its user-defined __init__ (borrowed) or PV_NULL. */
PV rt_class_alloc(PCtx *c, PV cls, PV *args, int nargs, PV kwnames, PV *init);
int rt_init_result(PCtx *c, PV r); /* __init__ must return None: 0, or -1 with CPython's TypeError */
/* A host error naming an exception class the program defined at module level (pith_exec_resume_error):
 * raises name(message) as that class and returns 1; 0 when the program has no such class. */
int rt_raise_user_class_named(PCtx *c, const char *name, const char *message);

/* ---- instances (rt_instance.c) ---- */
int rt_is_user_obj(PV v); /* an instance of a user class (an RtInstance or an RtExc with ucls) */
PV rt_instance_new(PCtx *c, PV cls);
PV rt_user_getattr(PCtx *c, PV o, PV name, int quiet);
void rt_attr_hint(PCtx *c, PV o, PV name);
/* the "Did you mean" data of the pending AttributeError on o */ /* quiet: PV_NULL without AttributeError when absent */
int rt_user_setattr(PCtx *c, PV o, PV name, PV value);           /* value PV_NULL: delete */
/* Call the special method name of v's class with (v, args...): 1 called (*out its result, or PV_NULL with an
 * exception), 0 the class does not define it. The instance dict is not consulted, as in CPython. */
int rt_user_special(PCtx *c, PV v, const char *name, PV *args, int nargs, PV *out);
int rt_user_binop(PCtx *c, int op, PV a, PV b, int inplace, PV *out); /* 1 decided, 0 neither is a user object */
int rt_user_unop(PCtx *c, int op, PV a, PV *out);
PV rt_user_repr(PCtx *c, PV v);
int rt_user_hash(PCtx *c, PV v, pu64 *out); /* __hash__ (None: unhashable), else by identity */
int rt_user_next(PCtx *c, PV it, PV *out);  /* __next__: 1 value, 0 StopIteration, -1 error */
PV rt_user_str(PCtx *c, PV v);
PV rt_user_format(PCtx *c, PV v, PV spec);

/* What CPython checks of a dunder's result (each steals r; PV_NULL or -1 with its error): a str from __str__,
 * __repr__ or __format__ (what names it), a length from __len__, an iterator from __iter__. */
PV rt_user_checked_str(PCtx *c, PV r, const char *what);
pi64 rt_user_len_result(PCtx *c, PV r);
PV rt_user_checked_iter(PCtx *c, PV r);

/* ---- the dunder an operation would call, for callers that run it as a frame (rt_user_plan.c) ---- */
enum RtFinish { /* how the dunder's result becomes the operation's (rt_user_finish) */
                RT_FIN_AS_IS,
                RT_FIN_STR,       /* a str, then formatted with the plan's spec if any */
                RT_FIN_REPR,      /* the same, for __repr__ */
                RT_FIN_FORMAT,    /* a str from __format__ */
                RT_FIN_ITER,      /* an iterator */
                RT_FIN_BOOL,      /* True or False */
                RT_FIN_LEN,       /* a length, as an int */
                RT_FIN_LEN_TRUTH, /* a length, as its truth */
                RT_FIN_COUNT
};
typedef struct RtPlan {
    PV fn;      /* what to call (borrowed from the class) */
    PV args[2]; /* its arguments (borrowed): self and the operation's operand, as CPython binds them */
    int nargs;
    int finish; /* RtFinish */
    PV spec;    /* the format spec the text is formatted with (borrowed), or PV_NULL */
} RtPlan;
/* 1 with *p set when operation op (PITH_DU_*) on v (and arg: the key, the attribute name) calls a dunder of v's
 * user class; 0 when no user dunder answers it (the C operation then runs). */
int rt_user_plan(PCtx *c, int op, PV v, PV arg, RtPlan *p);
int rt_user_plan_format(PCtx *c, PV v, int conv, PV spec, RtPlan *p); /* f"{v!conv:spec}" */
PV rt_user_finish(PCtx *c, int finish, PV r_steal, PV spec);

/* ---- the method dunders of builtin values (rt_slot_dunder.c) ---- */
int rt_builtin_dunder(PCtx *c, PV o, PV name, PV *out); /* 1 *out set (a bound slot or None), 0 none, -1 error */
PV rt_slot_call(PCtx *c, PV self, PV name, PV *args, int nargs, PV kwnames);

/* ---- methods and wrappers (rt_method.c) ---- */
PV rt_bound_new(PCtx *c, PV func, PV self);
#define RT_ARGS_LOCAL 16 /* arguments rt_args_with_self gathers in the caller's array; more are allocated */
PV *rt_args_with_self(PCtx *c, PV self, PV *args, int nargs, PV *local); /* (self, args...): local or allocated */
void rt_args_free(PCtx *c, PV *a, PV *local, int nargs);                 /* frees what rt_args_with_self allocated */
PV rt_wrap_new(PCtx *c, int kind, PV a, PV b, PV cc);
PV rt_super_getattr(PCtx *c, PV sup, PV name);
int rt_object_has(PV name); /* name is one of object's methods pith serves (__init__, __eq__, __hash__...) */

#endif
