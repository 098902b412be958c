/* rt_json.h — the JSON encoder and decoder of the `json` module (CPython 3.11's json package: the C scanner and
 * encoder of Modules/_json.c, and the pure-Python encoder that `indent` selects), as C the module's functions
 * (runtime/modules/rt_mod_json.c) and the native frame that runs dumps() with a default= that may wait on the
 * host (runtime/exec/rt_native_json.c) share. Stage: runtime, part values/.
 *
 * The encoder keeps no state on the C stack: every open container is four entries of a list (the object, its
 * items, the next index, its indent level), so nesting costs no C recursion, is bounded by the execution's depth limit, and a
 * native frame can keep the whole encoder in its slots while default() waits. */
#ifndef PITH_RT_JSON_H
#define PITH_RT_JSON_H

#include "pith_buf.h"
#include "rt_values.h"

/* dumps()'s options, borrowed. As a tuple (rt_json_opts_tuple), in this order, they fit one frame slot. */
typedef struct RtJsonOpts {
    PV indent;   /* the indent str, or PV_NULL: no newlines */
    PV item_sep; /* str */
    PV key_sep;  /* str */
    PV dflt;     /* default(o), or PV_NULL: TypeError "Object of type X is not JSON serializable" */
    int sort_keys, ensure_ascii, skipkeys, allow_nan, check_circular;
} RtJsonOpts;

PV rt_json_opts_tuple(PCtx *c, const RtJsonOpts *o); /* new ref, or PV_NULL */
int rt_json_opts_from_tuple(PV t, RtJsonOpts *o);    /* 0, or -1 when t is not such a tuple (a forged frame) */

/* One dumps() in progress. */
typedef struct RtJsonEnc {
    RtJsonOpts o;
    PV stack;    /* list (owned): per open container its object, its items (a list or tuple; None for an object
                   default() was called on, kept only to detect cycles) and 2 * next index + "wrote an item" */
    PithBuf out; /* the text since the last flush */
} RtJsonEnc;

/* A new encoder with an empty stack (stack_steal PV_NULL) or the stack a native frame kept. -1 MemoryError. */
int rt_json_enc_init(PCtx *c, RtJsonEnc *e, const RtJsonOpts *o, PV stack_steal);
void rt_json_enc_free(PCtx *c, RtJsonEnc *e);
/* Encodes v, then whatever the stack still holds. 1 done; 0 default() must be called on *obj (a new reference)
 * by the caller (only when call_default is 0), whose result goes to the next rt_json_enc_run; -1 error. */
int rt_json_enc_run(PCtx *c, RtJsonEnc *e, PV v, int call_default, PV *obj);
/* dumps() at once: the encoded str, or PV_NULL. default() is called from C. */
PV rt_json_dumps(PCtx *c, PV obj, const RtJsonOpts *o);

/* loads()'s options, borrowed (PV_NULL: not given). */
typedef struct RtJsonDecOpts {
    PV object_hook, object_pairs_hook, parse_float, parse_int, parse_constant;
    int strict;
    /* Call no hook; leave what each would be given in the result, for a native frame to apply them in the
     * scanner's order (runtime/exec/rt_native_json.c): every object as a tuple of (key, value) pairs, and a
     * number or constant a hook reads as (RT_JSON_RAW_*, its text). */
    int raw;
} RtJsonDecOpts;
enum { RT_JSON_RAW_INT, RT_JSON_RAW_FLOAT, RT_JSON_RAW_CONST };

/* JSONDecodeError(msg, doc, pos): args (the message with its line, column and char), and the attributes msg, doc,
 * pos, lineno, colno. A new reference or PV_NULL. */
PV rt_json_error_new(PCtx *c, PV msg, PV doc, pi64 pos);
/* JSONDecodeError(msg, doc, pos) called by a program: its __init__'s argument checks, then rt_json_error_new. */
PV rt_json_error_call(PCtx *c, PV *args, int npos);

/* loads(s): s a str or bytes (UTF-8, UTF-16 or UTF-32, as json.detect_encoding finds). The value, or PV_NULL (JSONDecodeError with CPython's position). */
PV rt_json_loads(PCtx *c, PV s, const RtJsonDecOpts *o);

#endif
