/* rt_exc.c — exceptions: the pending exception and the one being handled, raising (with CPython's implicit
 * chaining), matching against except clauses, traceback entries, exception instances (str, repr, args), and
 * the printf-like rt_err. Stage: runtime. Invariants: RtExc in rt_object.h, RtCtx.exc/handling/limit in
 * rt_ctx.h; the traceback text formatter is in rt_exc_tb.c, its "Did you mean" hint in rt_exc_suggest.c. */
#include <stdio.h>
#include <string.h>

#include "pith.h"
#include "rt_class.h"
#include "rt_svc.h"
#include "rt_type.h"
#include "rt_snap_codec.h"

/* While rt_err_nomem builds its MemoryError the memory limit is set to this value, so a nested failure
 * (the host's malloc itself failing) is recognised and answered with the no-memory marker. */
#define RT_NOMEM_GUARD ((size_t)-2)
/* The pending "exception" when even a MemoryError instance could not be allocated: a MemoryError with
 * no arguments and no traceback for every reader in this file and in rt_exc_tb.c. */
#define RT_NOMEM_MARKER PV_NONE

/* ---------------------------------------------------------------- str helpers (rt_svc.h) */

int rt_str_is(PV v, const char *s) {
    size_t n = strlen(s);
    return RT_IS(v, RT_T_STR) && (size_t)rt_slen(v) == n && memcmp(rt_sdata(v), s, n) == 0;
}

size_t rt_grace_begin(PCtx *c) {
    RtCtx *x = RT_CTX(c);
    size_t saved = x->mem_limit;
    if (saved != RT_NOMEM_GUARD) x->mem_limit = (size_t)-1;
    return saved;
}

void rt_grace_end(PCtx *c, size_t saved) { RT_CTX(c)->mem_limit = saved; }

/* ---------------------------------------------------------------- exception instances */

static int exc_id_valid(int id) { return PITH_B_IS_EXC(id); }

/* The class id of an exception value (an RtExc or the no-memory marker), -1 for anything else. */
static int exc_class(PV e) {
    if (e == RT_NOMEM_MARKER) return PITH_B_MEMORYERROR;
    if (e && RT_IS(e, RT_T_EXC)) return ((RtExc *)e)->type;
    return -1;
}

/* An empty tuple (new ref) or PV_NULL. */
static PV empty_tuple(PCtx *c) {
    PV dummy = PV_NULL;
    return rt_tuple_from_steal(c, &dummy, 0);
}

PV rt_exc_new(PCtx *c, int exc_id, PV args_steal) {
    if (!exc_id_valid(exc_id)) exc_id = PITH_B_RUNTIMEERROR;
    if (!args_steal) {
        args_steal = empty_tuple(c);
        if (!args_steal) return PV_NULL;
    }
    RtExc *e = (RtExc *)rt_obj_new(c, RT_T_EXC, sizeof(RtExc));
    if (!e) {
        pv_decref(c, args_steal);
        return PV_NULL;
    }
    e->type = exc_id;
    e->args = args_steal;
    e->cause = PV_NULL;
    e->context = PV_NULL;
    e->suppress_context = 0;
    e->tb = NULL;
    e->ntb = e->captb = 0;
    e->name = PV_NULL;
    e->attr_cls = -1;
    e->host_type = NULL;
    e->ucls = e->dict = PV_NULL;
    return (PV)e;
}

const char *rt_exc_type_name(PV exc) {
    if (RT_IS(exc, RT_T_EXC) && ((RtExc *)exc)->ucls) return rt_class_name(((RtExc *)exc)->ucls);
    const char *host = rt_host_name_of(exc);
    if (host) return host;
    int id = exc_class(exc);
    if (id < 0) return rt_type_name(exc);
    return rt_builtin_name(id);
}

const char *rt_exc_type_qualname(PV exc) {
    int id = RT_IS(exc, RT_T_EXC) && !((RtExc *)exc)->ucls && !rt_host_name_of(exc) ? exc_class(exc) : -1;
    return id >= 0 ? rt_builtin_qualname(id) : rt_exc_type_name(exc);
}

/* str(e): an instance of a user exception class is printed by its type (values/rt_instance.c: __str__, else
 * the builtin way), reached through the descriptor since user classes sit above core. */
PV rt_exc_message(PCtx *c, PV exc) {
    if (RT_IS(exc, RT_T_EXC) && ((RtExc *)exc)->ucls) return rt_instance_type.str(c, exc);
    return rt_exc_args_message(c, exc);
}

/* The builtin str(e): '' for no args, str(arg) for one (repr(arg) for KeyError), else str(args). The argument
 * may be another exception, itself holding one, 200,000 deep: each level counts against the depth and the C
 * stack, as CPython's str() and repr() do. */
PV rt_exc_args_message(PCtx *c, PV exc) {
    if (exc == RT_NOMEM_MARKER) return rt_str_new(c, "", 0);
    if (!RT_IS(exc, RT_T_EXC)) return rt_str(c, exc);
    RtExc *e = (RtExc *)exc;
    RtTuple *a = RT_IS(e->args, RT_T_TUPLE) ? (RtTuple *)e->args : NULL;
    if (a && a->n == 0) return rt_str_new(c, "", 0);
    int key = e->type == PITH_B_KEYERROR && a && a->n == 1;
    if (rt_nest_enter(c, key ? " while getting the repr of an object" : " while getting the str of an object") < 0)
        return PV_NULL;
    PV s = !a         ? rt_str(c, e->args)
           : a->n > 1 ? rt_str(c, e->args)
           : key      ? rt_repr(c, a->items[0])
                      : rt_str(c, a->items[0]);
    rt_nest_leave(c);
    return s;
}

/* repr(e): a user exception's by its type (__repr__, else the builtin way), as str(e). */
PV rt_exc_repr(PCtx *c, PV exc) {
    if (RT_IS(exc, RT_T_EXC) && ((RtExc *)exc)->ucls) return rt_instance_type.repr(c, exc);
    return rt_exc_args_repr(c, exc);
}

/* The builtin repr(e): "ValueError('x')", "ValueError()", "ValueError('x', 2)". */
PV rt_exc_args_repr(PCtx *c, PV exc) {
    const char *name = rt_exc_type_name(exc);
    if (!RT_IS(exc, RT_T_EXC)) {
        PithBuf b = rt_buf_new(c);
        pith_buf_puts(&b, name);
        pith_buf_puts(&b, "()");
        return rt_buf_finish(&b);
    }
    RtExc *e = (RtExc *)exc;
    if (rt_nest_enter(c, " while getting the repr of an object") < 0) return PV_NULL;
    PV inner;
    if (RT_IS(e->args, RT_T_TUPLE) && ((RtTuple *)e->args)->n == 1)
        inner = rt_repr(c, ((RtTuple *)e->args)->items[0]);
    else
        inner = rt_repr(c, e->args);
    rt_nest_leave(c);
    if (!inner) return PV_NULL;
    PithBuf b = rt_buf_new(c);
    pith_buf_puts(&b, name);
    int one = RT_IS(e->args, RT_T_TUPLE) && ((RtTuple *)e->args)->n == 1;
    if (one) pith_buf_put(&b, "(", 1);
    rt_buf_put_str(&b, inner);
    if (one) pith_buf_put(&b, ")", 1);
    pv_decref(c, inner);
    return rt_buf_finish(&b);
}

/* The getattr hook of exceptions: e.args (and StopIteration.value, SystemExit.code). They have no methods, so
 * any other name is the AttributeError here, with its "Did you mean" data. */
static int exc_getattr(PCtx *c, PV exc, PV name, PV *out) {
    RtExc *e = (RtExc *)exc;
    if ((e->h.flags & RT_EXC_ATTRS) && e->dict && RT_IS(name, RT_T_STR)) { /* a few str keys: scanned */
        const RtDict *d = (const RtDict *)e->dict;
        const RtStr *want = (const RtStr *)name;
        for (pi64 i = 0; i < d->used; i++) {
            const RtStr *k = (const RtStr *)d->entries[i].key;
            if (k && RT_IS((PV)k, RT_T_STR) && k->nbytes == want->nbytes && !memcmp(k->data, want->data, k->nbytes)) {
                pv_incref(d->entries[i].value);
                *out = d->entries[i].value;
                return 1;
            }
        }
    }
    if (rt_str_is(name, "args")) {
        pv_incref(e->args);
        *out = e->args;
        return 1;
    }
    if ((e->type == PITH_B_STOPITERATION && rt_str_is(name, "value")) ||
        (e->type == PITH_B_SYSTEMEXIT && rt_str_is(name, "code"))) {
        PV v = PV_NONE;
        if (RT_IS(e->args, RT_T_TUPLE) && ((RtTuple *)e->args)->n > 0) v = ((RtTuple *)e->args)->items[0];
        pv_incref(v);
        *out = v;
        return 1;
    }
    rt_err_attr(c, exc, name);
    return -1;
}

/* Attach the hint data of a runtime-raised NameError/AttributeError to the pending exception. */
static void set_hint(PCtx *c, int exc_id, PV name_steal, int attr_cls) {
    PV p = RT_CTX(c)->exc;
    if (name_steal && p && RT_IS(p, RT_T_EXC) && ((RtExc *)p)->type == exc_id) {
        RtExc *e = (RtExc *)p;
        pv_xdecref(c, e->name);
        e->name = name_steal;
        e->attr_cls = attr_cls;
        return;
    }
    pv_xdecref(c, name_steal);
}

void rt_err_attr(PCtx *c, PV obj, PV name) {
    int cls;
    if (obj && RT_IS(obj, RT_T_BUILTIN) && rt_builtin_is_class(((RtBuiltin *)obj)->id)) {
        cls = ((RtBuiltin *)obj)->id;
        rt_err(c, PITH_B_ATTRIBUTEERROR, "type object '%s' has no attribute '%S'", rt_class_value_name(obj), name);
    } else {
        cls = rt_class_of(obj);
        rt_err(c, PITH_B_ATTRIBUTEERROR, "'%T' object has no attribute '%S'", obj, name);
    }
    if (RT_IS(name, RT_T_STR))
        pv_incref(name);
    else
        name = PV_NULL;
    set_hint(c, PITH_B_ATTRIBUTEERROR, name, cls);
}

/* ---------------------------------------------------------------- pending / handled state */

/* Implicit chaining, as CPython's _PyErr_SetObject: an exception raised while another is being handled
 * gets it as __context__, after cutting itself out of that exception's context chain (no new cycles). */
static void chain_context(PCtx *c, PV exc) {
    PV h = RT_CTX(c)->handling;
    if (!h || h == exc || !RT_IS(h, RT_T_EXC) || !RT_IS(exc, RT_T_EXC)) return;
    RtExc *o = (RtExc *)h, *slow = o;
    int step = 0;
    while (o->context && RT_IS(o->context, RT_T_EXC)) {
        if (o->context == exc) {
            pv_decref(c, o->context); /* exc stays alive: the caller holds it */
            o->context = PV_NULL;
            break;
        }
        o = (RtExc *)o->context;
        if ((++step & 1) == 0) /* Floyd: slow moves at half speed; a cycle not through exc ends the walk */
            slow = (RtExc *)slow->context;
        if (o == slow) break;
    }
    RtExc *e = (RtExc *)exc;
    pv_incref(h);
    pv_xdecref(c, e->context);
    e->context = h;
}

/* Make exc (stolen) the pending exception, chaining it to the one being handled. */
static void set_pending(PCtx *c, PV exc_steal) {
    RtCtx *x = RT_CTX(c);
    chain_context(c, exc_steal);
    PV old = x->exc;
    x->exc = exc_steal;
    pv_xdecref(c, old);
}

int rt_exc_pending(PCtx *c) { return RT_CTX(c)->exc != PV_NULL; }

int rt_exc_pending_class(PCtx *c) {
    RtCtx *x = RT_CTX(c);
    if (x->limit != RT_LIMIT_NONE || !x->exc || !RT_IS(x->exc, RT_T_EXC)) return -1;
    return ((RtExc *)x->exc)->type;
}

PV rt_exc_fetch(PCtx *c) {
    RtCtx *x = RT_CTX(c);
    PV e = x->exc;
    x->exc = PV_NULL;
    return e;
}

void rt_exc_restore(PCtx *c, PV exc_steal) {
    RtCtx *x = RT_CTX(c);
    PV old = x->exc;
    x->exc = exc_steal;
    pv_xdecref(c, old);
}

PV rt_exc_current(PCtx *c) { return RT_CTX(c)->handling; }

/* Enter an except block handling exc (borrowed), or leave it: PV_NULL means "nothing handled"; to leave a
 * nested block, codegen passes the exception the outer block handles (saved at entry). */
void rt_exc_set_handled(PCtx *c, PV exc) {
    RtCtx *x = RT_CTX(c);
    PV old = x->handling;
    if (exc) pv_incref(exc);
    x->handling = exc;
    pv_xdecref(c, old);
}

/* An instance to raise from an instance or exception class (new ref); PV_NULL if v is neither (no error
 * set). *err is set to -1 when the instantiation itself failed (an error is set). */
static PV exc_instance(PCtx *c, PV v, int *err) {
    *err = 0;
    if (v && RT_IS(v, RT_T_EXC)) {
        pv_incref(v);
        return v;
    }
    if (v && RT_IS(v, RT_T_BUILTIN) && PITH_B_IS_EXC(((RtBuiltin *)v)->id)) {
        PV e = rt_exc_new_like(c, v, PV_NULL);
        if (!e) *err = -1;
        return e;
    }
    if (v && RT_IS(v, RT_T_CLASS) && PITH_B_IS_EXC(((RtClass *)v)->base_id)) { /* raise ToolError */
        PV e = rt_call_value(c, v, NULL, 0, PV_NULL);
        if (e && !RT_IS(e, RT_T_EXC)) {
            pv_decref(c, e);
            e = PV_NULL;
        }
        if (!e) *err = -1;
        return e;
    }
    return PV_NULL;
}

void rt_raise(PCtx *c, PV exc) {
    if (!exc) { /* a bare `raise` with nothing being handled (rt_exc_current gave PV_NULL) */
        rt_err(c, PITH_B_RUNTIMEERROR, "No active exception to reraise");
        return;
    }
    int err;
    PV e = exc_instance(c, exc, &err);
    if (err) return;
    if (!e) {
        rt_err(c, PITH_B_TYPEERROR, "exceptions must derive from BaseException");
        return;
    }
    set_pending(c, e);
}

int rt_raise_from(PCtx *c, PV exc, PV cause) {
    int err;
    PV e = exc_instance(c, exc, &err);
    if (err) return -1;
    if (!e) {
        rt_err(c, PITH_B_TYPEERROR, "exceptions must derive from BaseException");
        return -1;
    }
    PV k = PV_NULL;
    if (cause != PV_NONE) {
        k = exc_instance(c, cause, &err);
        if (err) {
            pv_decref(c, e);
            return -1;
        }
        if (!k) {
            pv_decref(c, e);
            rt_err(c, PITH_B_TYPEERROR, "exception causes must derive from BaseException");
            return -1;
        }
    }
    RtExc *x = (RtExc *)e;
    pv_xdecref(c, x->cause);
    x->cause = k;
    x->suppress_context = 1;
    set_pending(c, e);
    return -1;
}

/* 1 when id is an exception class id and cls is that class object. */
static int exc_class_of_value(PV cls) {
    if (cls && RT_IS(cls, RT_T_BUILTIN) && PITH_B_IS_EXC(((RtBuiltin *)cls)->id)) return ((RtBuiltin *)cls)->id;
    if (cls && RT_IS(cls, RT_T_CLASS) && PITH_B_IS_EXC(((RtClass *)cls)->base_id)) return ((RtClass *)cls)->base_id;
    return -1;
}

/* Does the pending exception match an except clause's class or tuple of classes? Every item of a tuple must
 * be an exception class (CPython checks them all first; nested tuples are not allowed there). A limit stop
 * matches nothing, so the run unwinds to the host. */
int rt_exc_matches(PCtx *c, PV type_or_tuple) {
    RtCtx *x = RT_CTX(c);
    if (x->limit != RT_LIMIT_NONE || !x->exc) return 0;
    int ok = 1;
    if (type_or_tuple && RT_IS(type_or_tuple, RT_T_TUPLE)) {
        RtTuple *t = (RtTuple *)type_or_tuple;
        for (pi64 i = 0; i < t->n; i++)
            if (exc_class_of_value(t->items[i]) < 0) ok = 0;
    } else if (exc_class_of_value(type_or_tuple) < 0) {
        ok = 0;
    }
    if (!ok) {
        /* the TypeError replaces the pending exception, which becomes its __context__ */
        PV old = rt_exc_fetch(c);
        rt_err(c, PITH_B_TYPEERROR, "catching classes that do not inherit from BaseException is not allowed");
        if (x->exc && RT_IS(x->exc, RT_T_EXC) && old && RT_IS(old, RT_T_EXC) && x->exc != old) {
            RtExc *n = (RtExc *)x->exc;
            pv_xdecref(c, n->context);
            n->context = old;
        } else {
            pv_xdecref(c, old);
        }
        return -1;
    }
    int id = exc_class(x->exc);
    if (id < 0) return 0;
    const char *host = rt_host_name_of(x->exc);
    PV ucls = rt_user_class(x->exc);
    if (RT_IS(type_or_tuple, RT_T_TUPLE)) {
        RtTuple *t = (RtTuple *)type_or_tuple;
        for (pi64 i = 0; i < t->n; i++)
            if (rt_covers(t->items[i], ucls, id, host)) return 1;
        return 0;
    }
    return rt_covers(type_or_tuple, ucls, id, host);
}

int rt_exc_pending_is(PCtx *c, int exc_id) {
    RtCtx *x = RT_CTX(c);
    int id = exc_class(x->exc);
    return x->limit == RT_LIMIT_NONE && id >= 0 && rt_is_subclass(id, exc_id);
}

/* Record that the pending exception leaves fn at line: entries are kept outermost first (innermost last),
 * so each frame the exception leaves is put in front. The block's free room is kept in front of the entries
 * (tb points captb - ntb entries into it) so that putting one in front costs O(1), not a move of all the
 * others: an uncaught recursion 60,000 deep was quadratic. Failing to grow the list drops the entry and keeps
 * the exception; after a limit stop the list may grow past the memory limit (bounded by the depth). */
void rt_tb_add(PCtx *c, const PFuncDesc *fn, int line) {
    RtCtx *x = RT_CTX(c);
    PV exc = x->exc;
    if (!exc || !RT_IS(exc, RT_T_EXC)) return;
    RtExc *e = (RtExc *)exc;
    if (e->ntb == e->captb) {
        int ncap = e->captb ? e->captb * 2 : 8;
        if (ncap > (1 << 24)) return;
        size_t oldsz = (size_t)e->captb * sizeof(RtTbEntry), newsz = (size_t)ncap * sizeof(RtTbEntry);
        pv_incref(exc); /* keep exc alive while a failing allocation replaces the pending exception */
        RtTbEntry *t = rt_alloc(c, newsz);
        if (!t && (x->limit != RT_LIMIT_NONE || e->type == PITH_B_MEMORYERROR) && e->ntb < 4 * c->max_depth + 64) {
            size_t saved = rt_grace_begin(c);
            t = rt_alloc(c, newsz);
            rt_grace_end(c, saved);
        }
        if (x->exc != exc) /* a failed allocation set MemoryError: keep the original exception */
            rt_exc_restore(c, exc);
        else
            pv_decref(c, exc);
        if (!t) return;
        if (e->tb) { /* the entries move to the end of the new block; the room is in front of them */
            memcpy(t + (ncap - e->ntb), e->tb, (size_t)e->ntb * sizeof(RtTbEntry));
            rt_free(c, e->tb - (e->captb - e->ntb), oldsz);
        }
        e->tb = t + (ncap - e->ntb);
        e->captb = ncap;
    }
    e->tb--;
    e->tb[0].fn = fn;
    e->tb[0].line = line;
    e->ntb++;
}

/* ---------------------------------------------------------------- rt_err and friends */

/* Append at most prec code points (prec < 0: all) of the UTF-8 text s[0..n). */
static void put_prec(PithBuf *b, const char *s, size_t n, long prec) {
    if (prec >= 0) {
        size_t i = 0;
        long cps = 0;
        while (i < n) {
            if (((unsigned char)s[i] & 0xC0) != 0x80) {
                if (cps == prec) break;
                cps++;
            }
            i++;
        }
        n = i;
    }
    pith_buf_put(b, s, n);
}

/* Format fmt (see rt_object.h) into b. -1 when a %R/%S conversion failed (its exception is set). */
static int vformat(PCtx *c, PithBuf *b, const char *fmt, va_list ap) {
    const char *p = fmt;
    while (*p) {
        const char *q = strchr(p, '%');
        if (!q) {
            pith_buf_puts(b, p);
            break;
        }
        pith_buf_put(b, p, (size_t)(q - p));
        p = q + 1;
        long prec = -1;
        if (*p == '.') {
            prec = 0;
            for (p++; *p >= '0' && *p <= '9'; p++) prec = prec * 10 + (*p - '0');
        }
        int lng = 0, sz = 0;
        while (*p == 'l') {
            lng++;
            p++;
        }
        if (*p == 'z') {
            sz = 1;
            p++;
        }
        char tmp[64];
        switch (*p) {
        case '%': pith_buf_put(b, "%", 1); break;
        case 'd':
        case 'u':
        case 'x': {
            int is_u = *p != 'd';
            const char *f = *p == 'x' ? "%llx" : is_u ? "%llu" : "%lld";
            long long v;
            if (sz)
                v = is_u ? (long long)va_arg(ap, size_t) : (long long)va_arg(ap, ptrdiff_t);
            else if (lng >= 2)
                v = va_arg(ap, long long);
            else if (lng == 1)
                v = va_arg(ap, long);
            else
                v = is_u ? (long long)va_arg(ap, unsigned) : va_arg(ap, int);
            snprintf(tmp, sizeof tmp, f, v);
            pith_buf_puts(b, tmp);
            break;
        }
        case 'g':
        case 'f':
        case 'e': {
            char f[16];
            if (prec >= 0)
                snprintf(f, sizeof f, "%%.%ld%c", prec > 60 ? 60L : prec, *p);
            else
                snprintf(f, sizeof f, "%%%c", *p);
            snprintf(tmp, sizeof tmp, f, va_arg(ap, double));
            pith_buf_puts(b, tmp);
            break;
        }
        case 'p':
            snprintf(tmp, sizeof tmp, "%p", va_arg(ap, void *));
            pith_buf_puts(b, tmp);
            break;
        case 'c': {
            char ch = (char)va_arg(ap, int);
            pith_buf_put(b, &ch, 1);
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s) s = "(null)";
            put_prec(b, s, strlen(s), prec);
            break;
        }
        case 'R':
        case 'S': {
            PV v = va_arg(ap, PV);
            PV s = *p == 'R' ? rt_repr(c, v) : rt_str(c, v);
            if (!s) return -1;
            put_prec(b, rt_sdata(s), (size_t)rt_slen(s), prec);
            pv_decref(c, s);
            break;
        }
        case 'T': {
            const char *s = rt_type_name(va_arg(ap, PV));
            put_prec(b, s, strlen(s), prec);
            break;
        }
        case '\0': pith_buf_put(b, "%", 1); continue;
        default: /* unknown directive: copy it through */ pith_buf_put(b, p - 1, 2); break;
        }
        p++;
    }
    return b->failed ? -1 : 0;
}

/* Raise an instance of exc_id holding one str argument, formatted from fmt. */
void rt_err(PCtx *c, int exc_id, const char *fmt, ...) {
    PithBuf b = rt_buf_new(c);
    va_list ap;
    va_start(ap, fmt);
    int r = vformat(c, &b, fmt, ap);
    va_end(ap);
    if (r < 0) {
        pith_buf_free(&b);
        return;
    }
    PV msg = rt_buf_finish(&b);
    if (!msg) return;
    PV args = rt_tuple_from_steal(c, &msg, 1);
    if (!args) return;
    PV e = rt_exc_new(c, exc_id, args);
    if (e) set_pending(c, e);
}

PV rt_str_format_c(PCtx *c, const char *fmt, ...) {
    PithBuf b = rt_buf_new(c);
    va_list ap;
    va_start(ap, fmt);
    int r = vformat(c, &b, fmt, ap);
    va_end(ap);
    if (r < 0) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    return rt_buf_finish(&b);
}

/* MemoryError without needing memory: an instance is made past the memory limit (tiny, released with the
 * exception); when even that fails (the host's malloc failing) the pending exception becomes the no-memory
 * marker, which every reader treats as a bare MemoryError. */
void rt_err_nomem(PCtx *c) {
    RtCtx *x = RT_CTX(c);
    if (x->exc && exc_class(x->exc) == PITH_B_MEMORYERROR)
        return;                           /* a MemoryError is already propagating: this failure belongs to it */
    if (x->mem_limit == RT_NOMEM_GUARD) { /* nested: building the MemoryError itself failed */
        rt_exc_restore(c, RT_NOMEM_MARKER);
        return;
    }
    size_t saved = x->mem_limit;
    x->mem_limit = RT_NOMEM_GUARD;
    PV e = rt_exc_new(c, PITH_B_MEMORYERROR, PV_NULL);
    x->mem_limit = saved;
    if (e)
        set_pending(c, e);
    else
        rt_exc_restore(c, RT_NOMEM_MARKER);
}

void rt_err_name(PCtx *c, PV name) {
    rt_err(c, PITH_B_NAMEERROR, "name '%S' is not defined", name);
    if (RT_IS(name, RT_T_STR)) {
        pv_incref(name);
        set_hint(c, PITH_B_NAMEERROR, name, -1);
    }
}

void rt_err_name_cstr(PCtx *c, const char *name) {
    rt_err(c, PITH_B_NAMEERROR, "name '%s' is not defined", name);
    if (RT_CTX(c)->exc && RT_IS(RT_CTX(c)->exc, RT_T_EXC)) set_hint(c, PITH_B_NAMEERROR, rt_str_cstr(c, name), -1);
}

void rt_err_unbound_local(PCtx *c, PV name) {
    rt_err(c, PITH_B_UNBOUNDLOCALERROR, "cannot access local variable '%S' where it is not associated with a value",
           name);
}

int rt_slot_err(PCtx *c, PV v, int type) {
    rt_err(c, PITH_B_SYSTEMERROR, "corrupt frame: a %s was expected, not %s", rt_types[type]->name,
           v ? rt_type_name(v) : "nothing");
    return 1;
}

void rt_err_recursion(PCtx *c) { rt_err(c, PITH_B_RECURSIONERROR, "maximum recursion depth exceeded"); }

int rt_assert_fail(PCtx *c, PV msg) {
    PV args;
    if (msg) {
        pv_incref(msg);
        args = rt_tuple_from_steal(c, &msg, 1);
        if (!args) return -1;
    } else {
        args = PV_NULL;
    }
    PV e = rt_exc_new(c, PITH_B_ASSERTIONERROR, args);
    if (e) set_pending(c, e);
    return -1;
}

/* ---------------------------------------------------------------- the type */

static void exc_traverse(PObj *o, RtVisit visit, void *arg) {
    RtExc *e = (RtExc *)o;
    visit(&e->args, arg);
    visit(&e->cause, arg);
    visit(&e->context, arg);
    visit(&e->name, arg);
    if (o->flags & RT_EXC_USER) { /* only then: snapshots of builtin exceptions keep their four refs */
        visit(&e->ucls, arg);
        visit(&e->dict, arg);
    } else if (o->flags & RT_EXC_ATTRS) {
        visit(&e->dict, arg);
    }
}

void rt_exc_set_attrs(PCtx *c, PV exc, PV dict_steal) {
    RtExc *e = (RtExc *)exc;
    if (e->h.flags & RT_EXC_USER) { /* a user class's instance keeps its attributes in its own dict */
        pv_decref(c, dict_steal);
        return;
    }
    pv_xdecref(c, e->dict);
    e->dict = dict_steal;
    e->h.flags |= RT_EXC_ATTRS;
}

static void exc_finalize(PCtx *c, PObj *o) {
    RtExc *e = (RtExc *)o;
    if (e->tb) /* the free room is in front of the entries (rt_tb_add) */
        rt_free(c, e->tb - (e->captb - e->ntb), (size_t)e->captb * sizeof(RtTbEntry));
    rt_host_name_free(c, e->host_type);
}

/* The flags word of the payload: bit 0 suppress_context, bit 1 a host-named class (its name follows as a
 * str; snapshots without such exceptions read as before the bit existed). */
enum { EXC_SNAP_SUPPRESS = 1, EXC_SNAP_HOST_TYPE = 2, EXC_SNAP_USER = 4, EXC_SNAP_ATTRS = 8 };

/* Payload: class id, flags (suppress_context, host-named class) [, the host's class name], attr_cls, then
 * the traceback as (function id or -1, line) pairs. */
static void exc_snap_put(RtSnapW *w, PObj *o) {
    RtExc *e = (RtExc *)o;
    rt_snap_put_uv(w, (uint64_t)e->type);
    rt_snap_put_uv(w, (e->suppress_context ? EXC_SNAP_SUPPRESS : 0u) | (e->host_type ? EXC_SNAP_HOST_TYPE : 0u) |
                          (o->flags & RT_EXC_USER ? EXC_SNAP_USER : 0u) |
                          (o->flags & RT_EXC_ATTRS ? EXC_SNAP_ATTRS : 0u));
    if (e->host_type) rt_snap_put_bytes(w, e->host_type, strlen(e->host_type));
    rt_snap_put_sv(w, e->attr_cls);
    rt_snap_put_uv(w, (uint64_t)(e->ntb > 0 ? e->ntb : 0));
    for (int i = 0; i < e->ntb; i++) {
        rt_snap_put_sv(w, rt_snap_fn_id(w, e->tb[i].fn));
        rt_snap_put_sv(w, e->tb[i].line);
    }
}

/* The host's class name of an exception record: a valid name, on a subclass of Exception. -1 when out of
 * memory (corrupt input only marks r bad). */
static int host_type_read(RtSnapR *r, RtExc *e) {
    size_t n = 0;
    const unsigned char *p = rt_snap_get_bytes(r, &n);
    char name[PITH_MAX_EXC_TYPE_NAME + 1];
    if (rt_snap_r_bad(r) || !p || n == 0 || n > PITH_MAX_EXC_TYPE_NAME) {
        rt_snap_corrupt(r);
        return 0;
    }
    memcpy(name, p, n);
    name[n] = 0;
    if (!rt_host_type_name_valid(name)) {
        rt_snap_corrupt(r);
        return 0;
    }
    return (e->host_type = rt_host_name_dup(rt_snap_ctx(r), name)) ? 0 : -1;
}

static PV exc_snap_make(RtSnapR *r, int type) {
    (void)type;
    PCtx *c = rt_snap_ctx(r);
    uint64_t id = rt_snap_get_uv(r);
    if (rt_snap_r_bad(r) || id >= PITH_B_COUNT || !PITH_B_IS_EXC((int)id)) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    RtExc *e = (RtExc *)rt_exc_new(c, (int)id, PV_NULL);
    if (!e) return PV_NULL;
    pv_decref(c, e->args); /* the codec fills args */
    e->args = PV_NULL;
    uint64_t flags = rt_snap_get_uv(r);
    e->suppress_context = (flags & EXC_SNAP_SUPPRESS) != 0;
    if (flags & EXC_SNAP_USER) e->h.flags |= RT_EXC_USER;   /* its class and dict refs follow */
    if (flags & EXC_SNAP_ATTRS) e->h.flags |= RT_EXC_ATTRS; /* its dict ref follows */
    if (flags & ~(uint64_t)(EXC_SNAP_SUPPRESS | EXC_SNAP_HOST_TYPE | EXC_SNAP_USER | EXC_SNAP_ATTRS) ||
        (flags & EXC_SNAP_USER && flags & EXC_SNAP_ATTRS)) {
        rt_snap_corrupt(r);
    } else if (flags & EXC_SNAP_HOST_TYPE) {
        if (host_type_read(r, e) < 0) {
            pv_decref(c, (PV)e);
            return PV_NULL;
        }
    }
    e->attr_cls = rt_snap_get_int(r, RT_ATTR_DIR, PITH_B_COUNT - 1);
    size_t ntb = rt_snap_get_count(r, 2);
    if (rt_snap_r_bad(r) || !ntb) return (PV)e;
    e->tb = rt_alloc(c, ntb * sizeof(RtTbEntry));
    if (!e->tb) {
        pv_decref(c, (PV)e);
        return PV_NULL;
    }
    memset(e->tb, 0, ntb * sizeof(RtTbEntry));
    e->captb = e->ntb = (int)ntb; /* full from the start: the finalizer finds the block from ntb and captb */
    for (size_t k = 0; k < ntb && !rt_snap_r_bad(r); k++) {
        int64_t fn = rt_snap_get_int(r, -1, rt_snap_nfuncs(r) - 1);
        e->tb[k].fn = rt_snap_fn_at(r, fn);
        e->tb[k].line = rt_snap_get_int(r, -1, 1 << 30);
    }
    return (PV)e;
}

static int exc_link_ok(PV v) { return !v || v == PV_NONE || RT_IS(v, RT_T_EXC); }

static int exc_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    RtExc *e = (RtExc *)o;
    if (!e->args || !RT_IS(e->args, RT_T_TUPLE)) return -1;
    if (e->name && !RT_IS(e->name, RT_T_STR) && !(e->attr_cls == RT_ATTR_DIR && RT_IS(e->name, RT_T_TUPLE))) return -1;
    if ((e->h.flags & RT_EXC_USER) && !e->ucls) return -1;
    if ((e->h.flags & RT_EXC_ATTRS) && !e->dict) return -1;
    if (e->ucls && (!RT_IS(e->ucls, RT_T_CLASS) || ((RtClass *)e->ucls)->base_id != e->type)) return -1;
    if (e->dict && !RT_IS(e->dict, RT_T_DICT)) return -1;
    return exc_link_ok(e->cause) && exc_link_ok(e->context) ? 0 : -1;
}

/* e.__cause__, e.__context__ (None when unset), e.__suppress_context__. */
static int exc_dunder(PCtx *c, PV v, const char *name, PV *out) {
    const RtExc *e = (const RtExc *)v;
    PV x;
    if (!strcmp(name, "__cause__"))
        x = e->cause ? e->cause : PV_NONE;
    else if (!strcmp(name, "__context__"))
        x = e->context ? e->context : PV_NONE;
    else if (!strcmp(name, "__suppress_context__"))
        x = PV_BOOL(e->suppress_context);
    else
        return 0;
    pv_incref(x);
    *out = x;
    return 1;
}

/* Builtin exceptions take no assignment yet (CPython allows e.args = ... and new names): every name is
 * missing. An instance of a user exception class keeps attributes like any instance (its type's hook). */
static int exc_setattr(PCtx *c, PV v, PV name, PV value) {
    if (((RtExc *)v)->ucls) return rt_instance_type.setattr(c, v, name, value);
    rt_err(c, PITH_B_ATTRIBUTEERROR, "'%s' object has no attribute '%S'", rt_type_name(v), name);
    return -1;
}

/* An instance of a user exception class answers operators, comparisons, truth, len() and next() by its class's dunders, like any
 * instance (rt_instance_type's hooks, values/rt_instance.c); a builtin exception has none. (No iter hook:
 * generic code words "not iterable" errors by its absence, so iterating a user exception is not served.) */
static int exc_binop(PCtx *c, int op, PV a, PV b, int inplace, PV *out) {
    return rt_user_class(a) || rt_user_class(b) ? rt_instance_type.binop(c, op, a, b, inplace, out) : 0;
}

static int exc_unop(PCtx *c, int op, PV v, PV *out) {
    return ((RtExc *)v)->ucls ? rt_instance_type.unop(c, op, v, out) : 0;
}

static int exc_compare(PCtx *c, int op, PV a, PV b, PV *out) {
    return rt_user_class(a) || rt_user_class(b) ? rt_instance_type.compare(c, op, a, b, out) : 0;
}

static int exc_truth(PCtx *c, PV v) { return ((RtExc *)v)->ucls ? rt_instance_type.truth(c, v) : 1; }

static pi64 exc_len(PCtx *c, PV v) {
    if (((RtExc *)v)->ucls) return rt_instance_type.len(c, v);
    rt_err(c, PITH_B_TYPEERROR, "object of type '%s' has no len()", rt_type_name(v));
    return RT_LEN_ERROR;
}

static int exc_next(PCtx *c, PV it, PV *out) {
    if (((RtExc *)it)->ucls) return rt_instance_type.next(c, it, out);
    rt_err(c, PITH_B_TYPEERROR, "'%s' object is not an iterator", rt_type_name(it));
    return -1;
}

const RtTypeDesc rt_exc_type = {
    .name = "exception",
    .flags = RT_TF_GC | RT_TF_DUNDER_OPS,
    .binop = exc_binop,
    .unop = exc_unop,
    .next = exc_next,
    .compare = exc_compare,
    .truth = exc_truth,
    .len = exc_len,
    .class_of = exc_class,
    .traverse = exc_traverse,
    .finalize = exc_finalize,
    .repr = rt_exc_repr,
    .str = rt_exc_message,
    .getattr = exc_getattr,
    .dunder = exc_dunder,
    .setattr = exc_setattr,
    .snap_tag = SNAP_O_EXC,
    .snap_put = exc_snap_put,
    .snap_make = exc_snap_make,
    .snap_check = exc_snap_check,
};
