/* rt_native_json.c — json.dumps(obj, default=f) as a native frame (rt_native.c explains natives), for an f
 * that may wait on the host: the encoder (runtime/values/rt_json.h) keeps its whole state in the frame's
 * slots, stops where default() must be called, and the call is pushed on the chain like any callback, so a
 * snapshot taken while f waits resumes the encoding exactly. Stage: runtime, part exec/.
 *
 * slots: 0 the options tuple (rt_json_opts_tuple), 1 the encoder's stack (a list, four entries per open
 * container), 2 the text written so far (a list of str), 3 obj until the first step.
 * states: 0 start with obj; 1 default() returned its value in callret. A snapshot may be forged: each step
 * checks the slots (and the encoder checks each container entry it reads) before trusting them. */
#include <string.h>

#include "rt_exec.h"
#include "rt_json.h"
#include "rt_make.h"
#include "rt_svc.h"

static int corrupt(PCtx *c) {
    rt_err(c, PITH_B_SYSTEMERROR, "corrupt native frame");
    return PITH_STEP_ERR;
}

/* The stack a frame kept: per level (object, items: list, tuple or None, 2 * index + flag, indent level: small
 * ints >= 0, the level at most one more than the one below). */
static int stack_ok(PV s) {
    if (!s || !RT_IS(s, RT_T_LIST) || ((RtList *)s)->n % 4) return 0;
    RtList *l = (RtList *)s;
    pi64 below = 0;
    for (pi64 i = 0; i < l->n; i += 4) {
        PV items = l->items[i + 1], at = l->items[i + 2], level = l->items[i + 3];
        if (!l->items[i] || !items || !(items == PV_NONE || RT_IS(items, RT_T_LIST) || RT_IS(items, RT_T_TUPLE)) ||
            !PV_IS_INT(at) || PV_IVAL(at) < 0 || !PV_IS_INT(level) || PV_IVAL(level) < below ||
            PV_IVAL(level) > below + 1)
            return 0;
        below = PV_IVAL(level);
    }
    return 1;
}

/* The chunks of slot 2 and the encoder's last text, as one str. */
static PV joined(PCtx *c, PV chunks, RtJsonEnc *e) {
    RtList *l = (RtList *)chunks;
    for (pi64 i = 0; i < l->n; i++)
        if (!RT_IS(l->items[i], RT_T_STR)) { /* only a forged frame */
            corrupt(c);
            return PV_NULL;
        }
    PithBuf b = rt_buf_new(c);
    for (pi64 i = 0; i < l->n; i++)
        if (rt_buf_put_str(&b, l->items[i]) < 0) break;
    pith_buf_put(&b, e->out.p ? e->out.p : "", e->out.len);
    return rt_buf_finish(&b);
}

int rt_native_json_dumps_step(PCtx *c, PFrame *fr) {
    RtJsonOpts o;
    if (fr->state > 1 || rt_json_opts_from_tuple(fr->s[0], &o) < 0 || !stack_ok(fr->s[1]) || !fr->s[2] ||
        !RT_IS(fr->s[2], RT_T_LIST) || (fr->state == 0 && !fr->s[3]))
        return corrupt(c);
    PV v;
    if (fr->state == 0) {
        v = fr->s[3];
        fr->s[3] = PV_NULL;
    } else {
        v = fr->callret;
        fr->callret = PV_NULL;
        if (!v) return PITH_STEP_ERR; /* default() raised */
    }
    RtJsonEnc e;
    PV stack = fr->s[1];
    fr->s[1] = PV_NULL;
    if (rt_json_enc_init(c, &e, &o, stack) < 0) {
        pv_decref(c, v);
        return PITH_STEP_ERR;
    }
    PV obj = PV_NULL;
    int r = rt_json_enc_run(c, &e, v, 0, &obj);
    pv_decref(c, v);
    if (r == 0) { /* default(obj) must run: keep the state, flush the text, push the call */
        fr->s[1] = e.stack;
        e.stack = PV_NULL;
        PV text = rt_buf_finish(&e.out);
        int ok = text && rt_list_append(c, fr->s[2], text) == 0;
        pv_xdecref(c, text);
        rt_json_enc_free(c, &e);
        if (!ok) {
            pv_decref(c, obj);
            return PITH_STEP_ERR;
        }
        fr->state = 1;
        int rc = rt_sm_call_value(c, fr, o.dflt, &obj, 1, PV_NULL);
        pv_decref(c, obj);
        if (rc == PITH_STEP_ERR) { /* raised at once: the next step sees it as default()'s outcome */
            pv_xdecref(c, fr->callret);
            fr->callret = PV_NULL;
            return PITH_STEP_CONT;
        }
        return rc;
    }
    PV out = r == 1 ? joined(c, fr->s[2], &e) : PV_NULL;
    rt_json_enc_free(c, &e);
    if (!out) return PITH_STEP_ERR;
    fr->ret = out;
    return PITH_STEP_DONE;
}

int rt_sm_json_dumps(PCtx *c, PFrame *caller, PV obj, const RtJsonOpts *o) {
    PFrame *nf = rt_native_json_dumps_frame(c);
    if (!nf) return PITH_STEP_ERR;
    nf->s[0] = rt_json_opts_tuple(c, o);
    nf->s[1] = rt_list_new(c, 0);
    nf->s[2] = rt_list_new(c, 0);
    if (!nf->s[0] || !nf->s[1] || !nf->s[2]) {
        pv_decref(c, (PV)nf);
        return PITH_STEP_ERR;
    }
    pv_incref(obj);
    nf->s[3] = obj;
    return rt_frame_push(c, caller, nf);
}

/* ---- json.loads whose hooks may wait ----
 * The text is scanned at once with no hook called (rt_json.h, RtJsonDecOpts.raw: objects as tuples of pairs,
 * numbers a hook reads as (kind, text)); this frame then walks that tree in document order, children first,
 * and calls each hook where CPython's scanner would: parse_int/parse_float/parse_constant at each number,
 * object_pairs_hook or object_hook as each object closes. One difference from CPython: a syntax error is
 * reported before any hook runs, not after the hooks of the text before it.
 * slots: 0 the hooks tuple (HK_*; None for one not given), 1 the walk's stack (a list, three entries per open
 * container: the node, a list or a raw object; the next index; a raw object's dict or pairs list, None for
 * a list, which is filled in place), 2 the scanned tree until the first step.
 * states: 0 start; 1 a hook returned the value to place in callret. */

enum { HK_OBJECT, HK_PAIRS, HK_FLOAT, HK_INT, HK_CONST, HK_COUNT };

static int hooks_ok(PV t) {
    if (!t || !RT_IS(t, RT_T_TUPLE) || ((RtTuple *)t)->n != HK_COUNT) return 0;
    for (int i = 0; i < HK_COUNT; i++)
        if (!((RtTuple *)t)->items[i]) return 0;
    return 1;
}

static PV hook_of(PV hooks, int k) {
    PV h = ((RtTuple *)hooks)->items[k];
    return h == PV_NONE ? PV_NULL : h;
}

static int walk_stack_ok(PV s) {
    if (!s || !RT_IS(s, RT_T_LIST) || ((RtList *)s)->n % 3) return 0;
    RtList *l = (RtList *)s;
    for (pi64 i = 0; i < l->n; i += 3) {
        PV node = l->items[i], at = l->items[i + 1], acc = l->items[i + 2];
        int list = node && RT_IS(node, RT_T_LIST), obj = node && RT_IS(node, RT_T_TUPLE);
        if (!(list || obj) || !PV_IS_INT(at) || PV_IVAL(at) < 0 || !acc ||
            (list ? acc != PV_NONE : !(RT_IS(acc, RT_T_DICT) || RT_IS(acc, RT_T_LIST))))
            return 0;
    }
    return 1;
}

/* A number node (kind, text): its kind, else -1. */
static int raw_number(PV v) {
    if (!RT_IS(v, RT_T_TUPLE) || ((RtTuple *)v)->n != 2) return -1;
    PV k = ((RtTuple *)v)->items[0];
    if (!PV_IS_INT(k) || PV_IVAL(k) < RT_JSON_RAW_INT || PV_IVAL(k) > RT_JSON_RAW_CONST) return -1;
    return RT_IS(((RtTuple *)v)->items[1], RT_T_STR) ? (int)PV_IVAL(k) : -1;
}

/* A pair of a raw object: (str key, value). */
static int pair_ok(PV p) {
    return RT_IS(p, RT_T_TUPLE) && ((RtTuple *)p)->n == 2 && RT_IS(((RtTuple *)p)->items[0], RT_T_STR) &&
           ((RtTuple *)p)->items[1];
}

/* Calls hook(arg), resuming at state 1 with its value in callret. */
static int call_hook(PCtx *c, PFrame *fr, PV hook, PV arg) {
    fr->state = 1;
    int rc = rt_sm_call_value(c, fr, hook, &arg, 1, PV_NULL);
    if (rc == PITH_STEP_ERR) {
        pv_xdecref(c, fr->callret);
        fr->callret = PV_NULL;
        return PITH_STEP_CONT;
    }
    return rc;
}

/* Puts v (stolen) at the current index of the innermost open container, and moves past it. */
static int place(PCtx *c, RtList *st, PV v) {
    PV node = st->items[st->n - 3], acc = st->items[st->n - 1];
    pi64 i = PV_IVAL(st->items[st->n - 2]);
    int r = 0;
    if (RT_IS(node, RT_T_LIST)) {
        if (i < ((RtList *)node)->n) {
            PV old = ((RtList *)node)->items[i];
            ((RtList *)node)->items[i] = v;
            pv_decref(c, old);
        } else {
            pv_decref(c, v); /* only a forged frame: the list shrank */
        }
    } else {
        if (i >= ((RtTuple *)node)->n || !pair_ok(((RtTuple *)node)->items[i])) { /* only a forged frame */
            pv_decref(c, v);
            rt_err(c, PITH_B_SYSTEMERROR, "corrupt native frame");
            return -1;
        }
        PV key = ((RtTuple *)((RtTuple *)node)->items[i])->items[0];
        if (RT_IS(acc, RT_T_DICT)) {
            r = rt_dict_set(c, acc, key, v);
            pv_decref(c, v);
        } else {
            pv_incref(key);
            PV kv[2] = {key, v};
            PV pair = rt_tuple_from_steal(c, kv, 2);
            r = pair ? rt_list_append(c, acc, pair) : -1;
            pv_xdecref(c, pair);
        }
    }
    st->items[st->n - 2] = PV_INT(i + 1);
    return r;
}

static int push3(PCtx *c, PV stack, PV node, PV acc_steal) {
    int r = acc_steal && rt_list_append(c, stack, node) == 0 && rt_list_append(c, stack, PV_INT(0)) == 0 &&
                    rt_list_append(c, stack, acc_steal) == 0
                ? 0
                : -1;
    pv_xdecref(c, acc_steal);
    return r;
}

int rt_native_json_loads_step(PCtx *c, PFrame *fr) {
    if (fr->state > 1 || !hooks_ok(fr->s[0]) || !walk_stack_ok(fr->s[1]) || (fr->state == 0 && !fr->s[2]))
        return corrupt(c);
    PV hooks = fr->s[0], stack = fr->s[1], v; /* v: a finished value to place (owned), or the next node */
    RtList *st = (RtList *)stack;
    int finished;
    if (fr->state == 0) {
        v = fr->s[2];
        fr->s[2] = PV_NULL;
        finished = 0;
    } else {
        v = fr->callret;
        fr->callret = PV_NULL;
        if (!v) return PITH_STEP_ERR; /* the hook raised */
        finished = 1;
    }
    for (;;) {
        if (--c->fuel < 0 && rt_fuel_out(c)) {
            pv_xdecref(c, v);
            return PITH_STEP_ERR;
        }
        if (v && !finished) { /* a node reached: a number for a hook, a container to open, or a plain value */
            int kind = raw_number(v);
            if (kind >= 0) {
                PV hook = hook_of(hooks, kind == RT_JSON_RAW_INT     ? HK_INT
                                         : kind == RT_JSON_RAW_FLOAT ? HK_FLOAT
                                                                     : HK_CONST);
                if (!hook) {
                    pv_decref(c, v);
                    return corrupt(c);
                }
                int rc = call_hook(c, fr, hook, ((RtTuple *)v)->items[1]);
                pv_decref(c, v);
                return rc;
            }
            if (RT_IS(v, RT_T_LIST) || RT_IS(v, RT_T_TUPLE)) {
                PV acc = RT_IS(v, RT_T_LIST) ? PV_NONE : hook_of(hooks, HK_PAIRS) ? rt_list_new(c, 0) : rt_dict_new(c);
                int r = push3(c, stack, v, acc);
                pv_decref(c, v);
                if (r < 0) return PITH_STEP_ERR;
                v = PV_NULL;
                continue;
            }
            finished = 1;
        }
        if (v) { /* a finished value: the result, or the next item of the innermost container */
            if (st->n == 0) {
                fr->ret = v;
                return PITH_STEP_DONE;
            }
            if (place(c, st, v) < 0) return PITH_STEP_ERR;
            v = PV_NULL;
        }
        PV node = st->items[st->n - 3];
        pi64 i = PV_IVAL(st->items[st->n - 2]);
        int is_list = RT_IS(node, RT_T_LIST);
        pi64 n = is_list ? ((RtList *)node)->n : ((RtTuple *)node)->n;
        if (i < n) { /* the next child */
            PV child = is_list ? ((RtList *)node)->items[i] : ((RtTuple *)node)->items[i];
            if (!is_list && !pair_ok(child)) return corrupt(c);
            v = is_list ? child : ((RtTuple *)child)->items[1];
            pv_incref(v);
            finished = 0;
            continue;
        }
        /* the container is complete: a list is its own value; an object goes to its hook */
        PV done = is_list ? node : st->items[st->n - 1];
        pv_incref(done);
        for (int k = 0; k < 3; k++) pv_decref(c, st->items[--st->n]);
        PV hook = is_list ? PV_NULL : hook_of(hooks, HK_PAIRS) ? hook_of(hooks, HK_PAIRS) : hook_of(hooks, HK_OBJECT);
        if (hook) {
            int rc = call_hook(c, fr, hook, done);
            pv_decref(c, done);
            return rc;
        }
        v = done;
        finished = 1;
    }
}

int rt_sm_json_loads(PCtx *c, PFrame *caller, PV s, const RtJsonDecOpts *o) {
    RtJsonDecOpts raw = *o;
    raw.raw = 1;
    PV tree = rt_json_loads(c, s, &raw);
    if (!tree) return PITH_STEP_ERR;
    PFrame *nf = rt_native_json_loads_frame(c);
    PV hooks = nf ? rt_tuple_new(c, HK_COUNT) : PV_NULL;
    PV stack = hooks ? rt_list_new(c, 0) : PV_NULL;
    if (!stack) {
        pv_decref(c, tree);
        pv_xdecref(c, hooks);
        pv_xdecref(c, (PV)nf);
        return PITH_STEP_ERR;
    }
    PV given[HK_COUNT] = {o->object_hook, o->object_pairs_hook, o->parse_float, o->parse_int, o->parse_constant};
    for (int i = 0; i < HK_COUNT; i++) {
        PV h = given[i] ? given[i] : PV_NONE;
        pv_incref(h);
        ((RtTuple *)hooks)->items[i] = h;
    }
    nf->s[0] = hooks;
    nf->s[1] = stack;
    nf->s[2] = tree;
    return rt_frame_push(c, caller, nf);
}
