/* rt_user_plan.c — which user dunder an operation of the runtime is about to call, and how the dunder's result
 * becomes the operation's result (CPython's checks on it), for callers that run the dunder as a frame on the
 * execution's chain so that it may wait on the host (runtime/exec/rt_native.c: NF_DUNDER). The hooks of
 * rt_instance.c make the same calls and checks at once, from C; both follow CPython's lookup order (the
 * dunder on the class, never the instance dict). Stage: runtime values. */
#include "rt_class.h"
#include "rt_svc.h"

static int is_wrap(PV v, int kind) { return v && RT_IS(v, RT_T_WRAP) && ((RtWrap *)v)->kind == kind; }

/* The call of class attribute raw found for self with the argument arg (or none), as CPython binds it. */
static int plan_call(PV raw, PV self, PV arg, int finish, PV spec, RtPlan *p) {
    p->nargs = 0;
    if (RT_IS(raw, RT_T_FUNC) || is_wrap(raw, RT_W_CLASSMETHOD)) {
        p->args[p->nargs++] = is_wrap(raw, RT_W_CLASSMETHOD) ? rt_user_class(self) : self;
        raw = RT_IS(raw, RT_T_FUNC) ? raw : ((RtWrap *)raw)->a;
    } else if (is_wrap(raw, RT_W_STATIC)) {
        raw = ((RtWrap *)raw)->a;
    }
    if (arg) p->args[p->nargs++] = arg;
    p->fn = raw;
    p->finish = finish;
    p->spec = spec;
    return 1;
}

static PV dunder(PV v, const char *name) {
    PV cls = rt_user_class(v);
    return cls ? rt_class_lookup_cstr(cls, name) : PV_NULL;
}

/* str(v) (conv 's') or repr(v): __str__, else (not for an exception, whose str is its message) __repr__. */
static int plan_text(PV v, int op, PV spec, RtPlan *p) {
    PV raw;
    if (op == PITH_DU_STR && (raw = dunder(v, "__str__"))) return plan_call(raw, v, PV_NULL, RT_FIN_STR, spec, p);
    if (op == PITH_DU_STR && RT_IS(v, RT_T_EXC)) return 0;
    if ((raw = dunder(v, "__repr__"))) return plan_call(raw, v, PV_NULL, RT_FIN_REPR, spec, p);
    return 0;
}

int rt_user_plan(PCtx *c, int op, PV v, PV arg, RtPlan *p) {
    (void)c;
    if (!rt_is_user_obj(v)) return 0;
    PV raw;
    switch (op) {
    case PITH_DU_ITER: return (raw = dunder(v, "__iter__")) ? plan_call(raw, v, PV_NULL, RT_FIN_ITER, PV_NULL, p) : 0;
    case PITH_DU_NEXT: return (raw = dunder(v, "__next__")) ? plan_call(raw, v, PV_NULL, RT_FIN_AS_IS, PV_NULL, p) : 0;
    case PITH_DU_GETITEM:
        return (raw = dunder(v, "__getitem__")) ? plan_call(raw, v, arg, RT_FIN_AS_IS, PV_NULL, p) : 0;
    case PITH_DU_GETATTR: /* a property of the class comes before the instance dict */
        raw = RT_IS(arg, RT_T_STR) ? rt_class_lookup(c, rt_user_class(v), arg) : PV_NULL;
        if (!is_wrap(raw, RT_W_PROPERTY) || !((RtWrap *)raw)->a) return 0;
        p->fn = ((RtWrap *)raw)->a; /* the getter, called with the instance */
        p->args[0] = v;
        p->nargs = 1;
        p->finish = RT_FIN_AS_IS;
        p->spec = PV_NULL;
        return 1;
    case PITH_DU_TRUTH:
        if ((raw = dunder(v, "__bool__"))) return plan_call(raw, v, PV_NULL, RT_FIN_BOOL, PV_NULL, p);
        return (raw = dunder(v, "__len__")) ? plan_call(raw, v, PV_NULL, RT_FIN_LEN_TRUTH, PV_NULL, p) : 0;
    case PITH_DU_LEN: return (raw = dunder(v, "__len__")) ? plan_call(raw, v, PV_NULL, RT_FIN_LEN, PV_NULL, p) : 0;
    case PITH_DU_STR:
    case PITH_DU_REPR: return plan_text(v, op, PV_NULL, p);
    default: return 0;
    }
}

int rt_user_plan_format(PCtx *c, PV v, int conv, PV spec, RtPlan *p) {
    (void)c;
    if (!rt_is_user_obj(v)) return 0;
    if (conv == 'r' || conv == 's') return plan_text(v, conv == 'r' ? PITH_DU_REPR : PITH_DU_STR, spec, p);
    if (conv) return 0;
    PV raw = dunder(v, "__format__");
    if (raw) {
        if (!spec) return 0; /* the C path makes the empty spec */
        return plan_call(raw, v, spec, RT_FIN_FORMAT, PV_NULL, p);
    }
    if (spec && RT_IS(spec, RT_T_STR) && rt_strp(spec)->nbytes) return 0; /* object.__format__'s TypeError */
    return plan_text(v, PITH_DU_STR, PV_NULL, p);
}

PV rt_user_finish(PCtx *c, int finish, PV r, PV spec) {
    if (!r) return PV_NULL;
    switch (finish) {
    case RT_FIN_AS_IS: return r;
    case RT_FIN_STR:
    case RT_FIN_REPR:
    case RT_FIN_FORMAT: {
        r = rt_user_checked_str(c, r,
                                finish == RT_FIN_STR    ? "__str__"
                                : finish == RT_FIN_REPR ? "__repr__"
                                                        : "__format__");
        if (!r || !spec) return r;
        PV f = rt_format_value(c, r, 0, spec);
        pv_decref(c, r);
        return f;
    }
    case RT_FIN_ITER: return rt_user_checked_iter(c, r);
    case RT_FIN_BOOL:
        if (r != PV_TRUE && r != PV_FALSE) {
            rt_err(c, PITH_B_TYPEERROR, "__bool__ should return bool, returned %s", rt_type_name(r));
            pv_decref(c, r);
            return PV_NULL;
        }
        return r;
    case RT_FIN_LEN:
    case RT_FIN_LEN_TRUTH: {
        pi64 n = rt_user_len_result(c, r);
        if (n < 0) return PV_NULL;
        return finish == RT_FIN_LEN ? rt_int_from_i64(c, n) : PV_BOOL(n != 0);
    }
    default:
        pv_decref(c, r);
        rt_err(c, PITH_B_SYSTEMERROR, "corrupt native frame");
        return PV_NULL;
    }
}
