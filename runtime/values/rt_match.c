/* rt_match.c — the run-time tests of `match` patterns (PEP 634), one entry point per test that CPython 3.11's
 * own pattern opcodes make (MATCH_SEQUENCE + GET_LEN, MATCH_MAPPING, MATCH_KEYS, COPY_DICT_WITHOUT_KEYS,
 * MATCH_CLASS). Stage: runtime; called by generated code (codegen/ir_build_match.c lowers each pattern to
 * these tests and ordinary comparisons, subscripts and branches). Conventions of rt_object.h.
 *
 * Class patterns go through rt_match_class alone: it asks isinstance() and reads the class's __match_args__
 * and the subject's attributes through the ordinary attribute lookup, so classes that isinstance and
 * getattr know (user classes included) need nothing here. */
#include "rt_class.h"
#include "rt_values.h"

/* A sequence for matching: list, tuple (a namedtuple too) and range (collections.abc.Sequence), but never str
 * or bytes. */
static int is_match_sequence(PV v) {
    PV t = rt_instance_value(v);
    return RT_IS(v, RT_T_LIST) || RT_IS(v, RT_T_TUPLE) || RT_IS(v, RT_T_RANGE) || (t && RT_IS(t, RT_T_TUPLE));
}

PV rt_match_seq(PCtx *c, PV subject, int n, int star) {
    if (!is_match_sequence(subject)) return PV_FALSE;
    pi64 len = rt_len(c, subject); /* a range longer than 2**63 - 1 raises OverflowError, as in CPython */
    if (len < 0) return PV_NULL;
    return PV_BOOL(star ? len >= n : len == n);
}

PV rt_match_star(PCtx *c, PV subject, int before, int after) {
    pi64 len = rt_len(c, subject);
    if (len < 0) return PV_NULL;
    /* subject[before:len - after] as a list (a list slice already is one) */
    PV lo = rt_int_from_i64(c, before), hi = rt_int_from_i64(c, len - after > before ? len - after : before);
    PV sl = lo && hi ? rt_slice_new(c, lo, hi, PV_NONE) : PV_NULL;
    PV part = sl ? rt_getitem(c, subject, sl) : PV_NULL;
    pv_xdecref(c, lo);
    pv_xdecref(c, hi);
    pv_xdecref(c, sl);
    if (!part || RT_IS(part, RT_T_LIST)) return part;
    PV list = rt_seq_to_list(c, part);
    pv_decref(c, part);
    return list;
}

PV rt_match_map(PCtx *c, PV subject, int nkeys) {
    if (!RT_IS(subject, RT_T_DICT)) return PV_FALSE;
    return PV_BOOL(((RtDict *)subject)->n >= nkeys);
}

PV rt_match_keys(PCtx *c, PV subject, PV keys) {
    if (rt_slot_bad(c, subject, RT_T_DICT) || rt_slot_bad(c, keys, RT_T_TUPLE)) return PV_NULL;
    RtTuple *k = (RtTuple *)keys;
    /* value patterns may name equal keys; CPython refuses them when it meets them, before looking them up */
    PV seen = rt_set_from_steal(c, NULL, 0), values = rt_tuple_new(c, k->n);
    if (!seen || !values) goto fail;
    for (pi64 i = 0; i < k->n; i++) {
        int dup = rt_contains(c, seen, k->items[i]);
        if (dup < 0 || (!dup && rt_set_add(c, seen, k->items[i]) < 0)) goto fail;
        if (dup) {
            rt_err(c, PITH_B_VALUEERROR, "mapping pattern checks duplicate key (%R)", k->items[i]);
            goto fail;
        }
        PV v;
        int found = rt_dict_lookup(c, subject, k->items[i], &v);
        if (found < 0) goto fail;
        if (!found) { /* no match: the dict has no such key */
            pv_decref(c, seen);
            pv_decref(c, values);
            return PV_NONE;
        }
        pv_incref(v);
        ((RtTuple *)values)->items[i] = v;
    }
    pv_decref(c, seen);
    return values;
fail:
    pv_xdecref(c, seen);
    if (values) /* a tuple half filled: its empty slots hold PV_NULL, which dealloc skips */
        pv_decref(c, values);
    return PV_NULL;
}

PV rt_match_rest(PCtx *c, PV subject, PV keys) {
    if (rt_slot_bad(c, subject, RT_T_DICT) || rt_slot_bad(c, keys, RT_T_TUPLE)) return PV_NULL;
    PV rest = rt_dict_copy(c, subject);
    if (!rest) return PV_NULL;
    RtTuple *k = (RtTuple *)keys;
    for (pi64 i = 0; i < k->n; i++)
        if (rt_dict_del(c, rest, k->items[i]) < 0) {
            pv_decref(c, rest);
            return PV_NULL;
        }
    return rest;
}

/* The builtin classes whose instances match one positional sub-pattern themselves (CPython's
 * _Py_TPFLAGS_MATCH_SELF): `case int(x)` binds the int. */
static int matches_self(PV cls) {
    static const int ids[] = {PITH_B_BOOL, PITH_B_BYTES, PITH_B_DICT, PITH_B_FLOAT, PITH_B_FROZENSET,
                              PITH_B_INT,  PITH_B_LIST,  PITH_B_SET,  PITH_B_STR,   PITH_B_TUPLE};
    if (!RT_IS(cls, RT_T_BUILTIN)) return 0;
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
        if (((RtBuiltin *)cls)->id == ids[i]) return 1;
    return 0;
}

/* isinstance(a, b) through the builtin, which knows every kind of class: 0/1, -1 error. */
static int is_instance(PCtx *c, PV a, PV b) {
    PV args[2] = {a, b}, f = rt_builtin(c, PITH_B_ISINSTANCE);
    PV r = f ? rt_call_value(c, f, args, 2, PV_NULL) : PV_NULL;
    pv_xdecref(c, f);
    if (!r) return -1;
    int t = r == PV_TRUE;
    pv_decref(c, r);
    return t;
}

/* getattr(o, name) where a missing attribute is no error: 1 found (*out new ref), 0 AttributeError (cleared),
 * -1 any other error. */
static int attr_or_absent(PCtx *c, PV o, PV name, PV *out) {
    *out = rt_getattr(c, o, name);
    if (*out) return 1;
    PV cls = rt_builtin(c, PITH_B_ATTRIBUTEERROR);
    int m = cls ? rt_exc_matches(c, cls) : -1;
    pv_xdecref(c, cls);
    if (m != 1) return -1;
    pv_xdecref(c, rt_exc_fetch(c));
    return 0;
}

/* The attribute names of the npos positional sub-patterns (a new tuple of str, or PV_NONE when the class
 * matches itself), or PV_NULL on error. */
static PV positional_names(PCtx *c, PV cls, int npos) {
    PV name = rt_str_cstr(c, "__match_args__"), args = PV_NULL;
    if (!name) return PV_NULL;
    int found = attr_or_absent(c, cls, name, &args);
    pv_decref(c, name);
    if (found < 0) return PV_NULL;
    const char *cname = rt_class_value_name(cls);
    pi64 allowed;
    if (found) {
        if (!RT_IS(args, RT_T_TUPLE)) {
            rt_err(c, PITH_B_TYPEERROR, "%s.__match_args__ must be a tuple (got %T)", cname, args);
            pv_decref(c, args);
            return PV_NULL;
        }
        allowed = ((RtTuple *)args)->n;
    } else {
        allowed = matches_self(cls) ? 1 : 0;
    }
    if (npos > allowed) {
        rt_err(c, PITH_B_TYPEERROR, "%s() accepts %lld positional sub-pattern%s (%d given)", cname, (long long)allowed,
               allowed == 1 ? "" : "s", npos);
        pv_xdecref(c, args);
        return PV_NULL;
    }
    return found ? args : PV_NONE;
}

PV rt_match_class(PCtx *c, PV subject, PV cls, int npos, PV kwnames) {
    PV type = rt_builtin(c, PITH_B_TYPE);
    int is_class = type ? is_instance(c, cls, type) : -1;
    pv_xdecref(c, type);
    if (is_class < 0) return PV_NULL;
    if (!is_class) {
        rt_err(c, PITH_B_TYPEERROR, "called match pattern must be a type");
        return PV_NULL;
    }
    int inst = is_instance(c, subject, cls);
    if (inst <= 0) return inst < 0 ? PV_NULL : PV_NONE;
    pi64 nkw = kwnames ? ((RtTuple *)kwnames)->n : 0;
    PV names = npos ? positional_names(c, cls, npos) : PV_NONE, out = PV_NULL;
    if (!names) return PV_NULL;
    PV values = rt_tuple_new(c, npos + nkw);
    if (!values) goto done;
    for (pi64 i = 0; i < npos + nkw; i++) {
        PV name = PV_NULL, v;
        if (i < npos && names == PV_NONE) { /* int(x): x is the subject itself */
            pv_incref(subject);
            ((RtTuple *)values)->items[i] = subject;
            continue;
        }
        name = i < npos ? ((RtTuple *)names)->items[i] : ((RtTuple *)kwnames)->items[i - npos];
        if (!RT_IS(name, RT_T_STR)) {
            rt_err(c, PITH_B_TYPEERROR, "__match_args__ elements must be strings (got %T)", name);
            goto done;
        }
        for (pi64 j = 0; j < i; j++) { /* the same attribute twice, by position and by keyword */
            PV other = j < npos ? (names == PV_NONE ? PV_NULL : ((RtTuple *)names)->items[j])
                                : ((RtTuple *)kwnames)->items[j - npos];
            int same = other && RT_IS(other, RT_T_STR) ? rt_eq(c, name, other) : 0;
            if (same < 0) goto done;
            if (same) {
                rt_err(c, PITH_B_TYPEERROR, "%s() got multiple sub-patterns for attribute %R", rt_class_value_name(cls),
                       name);
                goto done;
            }
        }
        int found = attr_or_absent(c, subject, name, &v);
        if (found < 0) goto done;
        if (!found) { /* a missing attribute: no match */
            out = PV_NONE;
            goto done;
        }
        ((RtTuple *)values)->items[i] = v;
    }
    out = values;
    values = PV_NULL;
done:
    pv_xdecref(c, values);
    if (names != PV_NONE) pv_decref(c, names);
    return out;
}
