/* rt_enum.c — enum.Enum, IntEnum, StrEnum, Flag and IntFlag as CPython 3.11 behaves. Stage: runtime, part values.
 * Design: the enum bases are builtin class values (PITH_B_ENUM...), so `class Color(Enum)` is an ordinary user
 * class whose MRO holds them (rt_user_class.c orders them as CPython: IntEnum's is IntEnum, int, Enum, object).
 * When the class statement ends, rt_enum_finish turns the namespace's plain values into members: instances of
 * the class whose dict holds `_name_` and `_value_`, stored in the class dict under their names (aliases are
 * the canonical member under a second name) with the canonical names in order in `_member_names_`. A member of
 * an int or str enum (IntEnum, StrEnum, IntFlag, `class C(str, Enum)`) also *is* that value
 * (RtInstance.value, rt_value_base.c), so arithmetic, comparisons and hashing are the value's. What EnumType
 * does for the class (iteration, len, `in`, lookup by value and by name, repr) and what Enum does for members
 * (repr, str, format, hash, name, value, Flag's operators) are the hooks below, reached from rt_instance.c and
 * rt_user_class.c when the class does not define the dunder itself. Snapshots need nothing of their own:
 * members are instances, the bases builtin ids. The functional API (Enum('Color', 'RED GREEN')), _missing_,
 * _generate_next_value_ and Flag boundaries other than the defaults are not supported. */
#include <stdio.h>
#include <string.h>

#include "rt_class.h"
#include "rt_svc.h"

int rt_enum_kind(PV cls) {
    if (!cls || !RT_IS(cls, RT_T_CLASS)) return 0;
    RtTuple *m = (RtTuple *)((RtClass *)cls)->mro;
    int k = 0;
    for (pi64 i = 0; i < m->n; i++) {
        if (!RT_IS(m->items[i], RT_T_BUILTIN)) continue;
        switch (((RtBuiltin *)m->items[i])->id) {
        case PITH_B_ENUM: k |= RT_ENUM; break;
        case PITH_B_FLAG: k |= RT_ENUM | RT_ENUM_FLAG; break;
        case PITH_B_INTENUM:
        case PITH_B_STRENUM:
        case PITH_B_INTFLAG: k |= RT_ENUM_VALUE_STR; break;
        case PITH_B_INT:
        case PITH_B_STR: k |= RT_ENUM_MIXIN; break;
        default: break;
        }
    }
    return k & RT_ENUM ? k : 0;
}

int rt_is_enum_member(PV v) { return RT_IS(v, RT_T_INSTANCE) && rt_enum_kind(((RtInstance *)v)->cls); }

static PV dict_get(PV d, const char *name) {
    pi64 pos = 0;
    PV k, v;
    while (d && rt_dict_next_entry((RtDict *)d, &pos, &k, &v))
        if (rt_name_is(k, name)) return v;
    return PV_NULL;
}

/* A member's _name_ (a str, or None for Flag(0)) and _value_, as the program may have reassigned them: a
 * _name_ that is neither reads as absent. */
static PV member_name(PV m) {
    PV n = dict_get(((RtInstance *)m)->dict, "_name_");
    return n && (n == PV_NONE || rt_is_str(n)) ? n : PV_NULL;
}
static PV member_value(PV m) { return dict_get(((RtInstance *)m)->dict, "_value_"); }
static PV class_of(PV m) { return ((RtInstance *)m)->cls; }
static PV own_dict(PV cls) { return ((RtClass *)cls)->dict; }

static PV member_names(PV cls) {
    PV n = dict_get(own_dict(cls), "_member_names_");
    return n && RT_IS(n, RT_T_LIST) ? n : PV_NULL;
}

static int is_member_of(PV v, PV cls) {
    return v && RT_IS(v, RT_T_INSTANCE) && class_of(v) == cls && member_value(v) && member_name(v);
}

static int set_cstr(PCtx *c, PV d, const char *key, PV v) {
    PV k = rt_str_cstr(c, key);
    int r = k ? rt_dict_set(c, d, k, v) : -1;
    pv_xdecref(c, k);
    return r;
}

/* ---- making the members ---- */

/* Names the class body binds that are not members: dunders, _sunder_ names, private names, descriptors. */
static int is_member_entry(PV cls, PV k, PV v) {
    const char *s = rt_sdata(k);
    size_t n = (size_t)rt_slen(k);
    if (n >= 2 && s[0] == '_' && s[n - 1] == '_') return 0;
    if (s[0] == '_' && n > 1 && s[1] != '_') { /* _Color__x: a private name */
        const char *cn = rt_class_name(cls);
        size_t cl = strlen(cn);
        if (n > cl + 3 && !strncmp(s + 1, cn, cl) && s[cl + 1] == '_' && s[cl + 2] == '_') return 0;
    }
    if (RT_IS(v, RT_T_FUNC) || RT_IS(v, RT_T_NATMETH) || RT_IS(v, RT_T_CLASS)) return 0;
    if (RT_IS(v, RT_T_WRAP) && ((RtWrap *)v)->kind != RT_W_AUTO) return 0;
    return 1;
}

static int bit_length(pi64 v) {
    int n = 0;
    for (pu64 u = (pu64)v; u; u >>= 1) n++;
    return n;
}

/* auto(): CPython 3.11's _generate_next_value_ for each kind. */
static PV next_value(PCtx *c, int kind, PV name, PV last) {
    pi64 lv;
    if (kind & RT_ENUM_FLAG) {
        if (!last) return PV_INT(1);
        if (rt_int_to_i64(last, &lv) < 0 || lv < 0 || bit_length(lv) > 61) {
            rt_err(c, PITH_B_TYPEERROR, "invalid flag value %R", last);
            return PV_NULL;
        }
        return PV_INT((pi64)1 << bit_length(lv));
    }
    if ((kind & RT_ENUM_VALUE_STR) && (kind & RT_ENUM_MIXIN)) {
        PV lower = rt_str_cstr(c, "lower"); /* StrEnum: the member name lower-cased */
        PV m = lower ? rt_getattr(c, name, lower) : PV_NULL;
        pv_xdecref(c, lower);
        PV r = m ? rt_call_value(c, m, NULL, 0, PV_NULL) : PV_NULL;
        pv_xdecref(c, m);
        return r;
    }
    if (!last || !rt_is_int(last)) return PV_INT(1);
    return rt_binop(c, PITH_OP_ADD, last, PV_INT(1));
}

/* The builtin value an int or str enum's member is: the value itself, checked as int() / str() would. */
static PV mixin_value(PCtx *c, PV cls, PV v) {
    int is_int = rt_class_has_builtin(cls, PITH_B_INT);
    if (is_int ? rt_is_int(v) && !PV_IS_BOOL(v) : rt_is_str(v)) return pv_incref(v), v;
    if (is_int && PV_IS_BOOL(v)) return PV_INT(v == PV_TRUE);
    if (!is_int && rt_class_has_builtin(cls, PITH_B_STRENUM) == 0) return rt_str(c, v);
    rt_err(c, PITH_B_TYPEERROR, is_int ? "%R is not a valid int" : "%R is not a string", v);
    return PV_NULL;
}

static PV make_member(PCtx *c, PV cls, int kind, PV name, PV value) {
    PV m = rt_instance_new(c, cls);
    if (!m) return PV_NULL;
    RtInstance *o = (RtInstance *)m;
    if (!(o->dict = rt_dict_new(c)) || set_cstr(c, o->dict, "_value_", value) < 0 ||
        set_cstr(c, o->dict, "_name_", name) < 0)
        goto fail;
    if ((kind & RT_ENUM_MIXIN) && !(o->value = mixin_value(c, cls, value))) goto fail;
    PV init = rt_class_lookup_cstr(cls, "__init__"); /* Planet(mass, radius): called with the value's items */
    if (init && RT_IS(init, RT_T_FUNC)) {
        PV args[17];
        int n = 1;
        args[0] = m;
        if (RT_IS(value, RT_T_TUPLE) && ((RtTuple *)value)->n <= 16)
            for (pi64 i = 0; i < ((RtTuple *)value)->n; i++) args[n++] = ((RtTuple *)value)->items[i];
        else
            args[n++] = value;
        pv_incref(init);
        PV r = rt_call_value(c, init, args, n, PV_NULL);
        pv_decref(c, init);
        if (!r || rt_init_result(c, r) < 0) {
            pv_xdecref(c, r);
            goto fail;
        }
    }
    return m;
fail:
    pv_decref(c, m);
    return PV_NULL;
}

static int is_power_of_two(PV v) {
    pi64 x;
    return rt_int_to_i64(v, &x) == 0 && x > 0 && (x & (x - 1)) == 0;
}

/* "<enum 'D'> cannot extend <enum 'C'>": a base enum that has members. */
static int check_extend(PCtx *c, PV cls) {
    RtTuple *mro = (RtTuple *)((RtClass *)cls)->mro;
    for (pi64 i = 1; i < mro->n; i++) {
        PV b = mro->items[i], names = RT_IS(b, RT_T_CLASS) ? member_names(b) : PV_NULL;
        if (names && ((RtList *)names)->n) {
            rt_err(c, PITH_B_TYPEERROR, "%R cannot extend %R", cls, b);
            return -1;
        }
    }
    return 0;
}

int rt_enum_finish(PCtx *c, PV cls) {
    int kind = rt_enum_kind(cls);
    if (check_extend(c, cls) < 0) return -1;
    PV d = own_dict(cls), names = rt_list_new(c, 0), entries = rt_list_new(c, 0), last = PV_NULL;
    int rc = -1;
    if (!names || !entries) goto done;
    pi64 pos = 0;
    PV k, v;
    while (rt_dict_next_entry((RtDict *)d, &pos, &k, &v)) /* the namespace as it was: members replace values */
        if (is_member_entry(cls, k, v) && rt_list_append(c, entries, k) < 0) goto done;
    for (pi64 i = 0; i < ((RtList *)entries)->n; i++) {
        PV name = ((RtList *)entries)->items[i], value;
        if (rt_dict_lookup(c, d, name, &value) != 1) goto done;
        int is_auto = RT_IS(value, RT_T_WRAP) && ((RtWrap *)value)->kind == RT_W_AUTO;
        value = is_auto ? next_value(c, kind, name, last) : (pv_incref(value), value);
        if (!value) goto done;
        if ((kind & RT_ENUM_FLAG) && !rt_is_int(value)) {
            rt_err(c, PITH_B_TYPEERROR, "%R is not a valid int", value); /* Flag values are ints in pith */
            pv_decref(c, value);
            goto done;
        }
        pv_xdecref(c, last);
        last = value;
        PV alias = PV_NULL; /* an earlier member with an equal value: this name is its alias */
        for (pi64 j = 0; j < i && !alias; j++) {
            PV other;
            if (rt_dict_lookup(c, d, ((RtList *)entries)->items[j], &other) != 1 || !is_member_of(other, cls)) continue;
            int eq = rt_eq(c, member_value(other), value);
            if (eq < 0) goto done;
            if (eq) alias = other;
        }
        if (alias) {
            if (rt_dict_set(c, d, name, alias) < 0) goto done;
            continue;
        }
        PV m = make_member(c, cls, kind, name, value);
        if (!m) goto done;
        int r = rt_dict_set(c, d, name, m);
        pv_decref(c, m);
        if (r < 0) goto done;
        /* a Flag member of several bits is a named composite: listed by neither iteration nor len */
        if ((!(kind & RT_ENUM_FLAG) || is_power_of_two(value)) && rt_list_append(c, names, name) < 0) goto done;
    }
    rc = set_cstr(c, d, "_member_names_", names);
done:
    pv_xdecref(c, last);
    pv_xdecref(c, names);
    pv_xdecref(c, entries);
    return rc;
}

PV rt_enum_auto(PCtx *c) { return rt_wrap_new(c, RT_W_AUTO, PV_NULL, PV_NULL, PV_NULL); }

int rt_enum_unique(PCtx *c, PV cls) {
    if (!rt_enum_kind(cls)) {
        rt_err(c, PITH_B_TYPEERROR, "unique() should be called on an enum class");
        return -1;
    }
    PithBuf b = rt_buf_new(c);
    int n = 0;
    pi64 pos = 0;
    PV k, m;
    while (rt_dict_next_entry((RtDict *)own_dict(cls), &pos, &k, &m)) {
        if (!is_member_of(m, cls) || member_name(m) == PV_NONE || rt_str_eq(k, member_name(m))) continue;
        if (n++) pith_buf_puts(&b, ", ");
        rt_buf_put_str(&b, k);
        pith_buf_puts(&b, " -> ");
        rt_buf_put_str(&b, member_name(m));
    }
    PV details = rt_buf_finish(&b);
    if (!details) return -1;
    if (n) rt_err(c, PITH_B_VALUEERROR, "duplicate values found in %R: %S", cls, details);
    pv_decref(c, details);
    return n ? -1 : 0;
}

/* ---- the class: iteration, len, `in`, lookup ---- */

static PV member_tuple(PCtx *c, PV cls) {
    PV names = member_names(cls);
    pi64 n = names ? ((RtList *)names)->n : 0;
    PV t = rt_tuple_new(c, n);
    for (pi64 i = 0; t && i < n; i++) {
        PV m;
        int r = rt_dict_lookup(c, own_dict(cls), ((RtList *)names)->items[i], &m);
        if (r < 0) { /* _member_names_ as the program may have changed it */
            for (pi64 j = i; j < n; j++) ((RtTuple *)t)->items[j] = PV_NONE;
            pv_decref(c, t);
            return PV_NULL;
        }
        if (!r) m = PV_NONE;
        pv_incref(m);
        ((RtTuple *)t)->items[i] = m;
    }
    return t;
}

PV rt_enum_class_iter(PCtx *c, PV cls) {
    PV t = member_tuple(c, cls);
    PV it = t ? rt_iter(c, t) : PV_NULL;
    pv_xdecref(c, t);
    return it;
}

pi64 rt_enum_class_len(PCtx *c, PV cls) {
    (void)c;
    PV names = member_names(cls);
    return names ? ((RtList *)names)->n : 0;
}

int rt_enum_class_contains(PCtx *c, PV cls, PV item) {
    if (rt_is_enum_member(item)) return is_member_of(item, cls) || (class_of(item) == cls);
    rt_err(c, PITH_B_TYPEERROR, "unsupported operand type(s) for 'in': '%s' and 'EnumType'", rt_type_name(item));
    return -1;
}

PV rt_enum_class_getitem(PCtx *c, PV cls, PV key) {
    PV m;
    int r = rt_is_str(key) ? rt_dict_lookup(c, own_dict(cls), key, &m) : 0;
    if (r < 0) return PV_NULL;
    if (r && is_member_of(m, cls)) return pv_incref(m), m;
    pv_incref(key);
    PV args = rt_tuple_from_steal(c, &key, 1);
    PV e = args ? rt_exc_new(c, PITH_B_KEYERROR, args) : PV_NULL;
    if (e) {
        rt_raise(c, e);
        pv_decref(c, e);
    }
    return PV_NULL;
}

/* The member whose value equals v (canonical members first, then named Flag composites), borrowed. */
static int find_by_value(PCtx *c, PV cls, PV v, PV *out) {
    pi64 pos = 0;
    PV k, m;
    *out = PV_NULL;
    while (rt_dict_next_entry((RtDict *)own_dict(cls), &pos, &k, &m)) {
        if (!is_member_of(m, cls)) continue;
        int eq = rt_eq(c, member_value(m), v);
        if (eq < 0) return -1;
        if (eq) {
            *out = m;
            return 1;
        }
    }
    return 0;
}

/* All the bits of a Flag's canonical members. */
static pi64 flag_mask(PCtx *c, PV cls) {
    PV names = member_names(cls);
    pi64 mask = 0, x;
    for (pi64 i = 0; names && i < ((RtList *)names)->n; i++) {
        PV m;
        int r = rt_dict_lookup(c, own_dict(cls), ((RtList *)names)->items[i], &m);
        if (r < 0) pv_decref(c, rt_exc_fetch(c)); /* an unhashable name the program put there: no member */
        if (r == 1 && is_member_of(m, cls) && rt_int_to_i64(member_value(m), &x) == 0) mask |= x;
    }
    return mask;
}

/* The canonical members whose bits x holds, in definition order (CPython 3.11 names a composite and
 * iterates it so; for members defined in ascending order that is also by value), as a tuple (new ref). */
static PV bits_members(PCtx *c, PV cls, pi64 x) {
    PV names = member_names(cls), lst = rt_list_new(c, 0), t = PV_NULL;
    pi64 y;
    if (!lst) return PV_NULL;
    for (pi64 i = 0; names && i < ((RtList *)names)->n; i++) {
        PV m;
        int r = rt_dict_lookup(c, own_dict(cls), ((RtList *)names)->items[i], &m);
        if (r < 0) goto done;
        if (!r || !is_member_of(m, cls) || rt_int_to_i64(member_value(m), &y) < 0 || !y || (x & y) != y) continue;
        if (rt_list_append(c, lst, m) < 0) goto done;
    }
    t = rt_list_to_tuple(c, lst);
done:
    pv_decref(c, lst);
    return t;
}

static void put_bin(PithBuf *b, pi64 v, int width) {
    pith_buf_puts(b, "0b0 ");
    for (int i = width - 1; i >= 0; i--) pith_buf_put(b, (v >> i) & 1 ? "1" : "0", 1);
}

/* Flag(v) for a value no member has: a pseudo-member named by its bits ("R|W", None for 0) when the members'
 * bits cover it, else CPython's STRICT error. */
static PV flag_pseudo(PCtx *c, PV cls, PV v) {
    pi64 x, mask = flag_mask(c, cls);
    int is_int = rt_class_has_builtin(cls, PITH_B_INT);
    if (rt_int_to_i64(v, &x) < 0 || x < 0 || (!is_int && (x & ~mask))) {
        if (rt_int_to_i64(v, &x) == 0 && x >= 0) {
            int w = bit_length(x) > bit_length(mask) ? bit_length(x) : bit_length(mask);
            PV cr = rt_repr(c, cls), vr = rt_repr(c, v);
            PithBuf m = rt_buf_new(c);
            if (cr && vr) {
                rt_buf_put_str(&m, cr);
                pith_buf_puts(&m, " invalid value ");
                rt_buf_put_str(&m, vr);
                pith_buf_puts(&m, "\n    given ");
                put_bin(&m, x, w);
                pith_buf_puts(&m, "\n  allowed ");
                put_bin(&m, mask, w);
            }
            pv_xdecref(c, cr);
            pv_xdecref(c, vr);
            PV msg = rt_buf_finish(&m);
            if (msg) {
                rt_err(c, PITH_B_VALUEERROR, "%S", msg);
                pv_decref(c, msg);
            }
            return PV_NULL;
        }
        rt_err(c, PITH_B_VALUEERROR, "%R is not a valid %S", v, ((RtClass *)cls)->qualname);
        return PV_NULL;
    }
    PV cache = dict_get(own_dict(cls), "_value2member_map_"), m; /* made once, as CPython caches them */
    if (!cache) {
        if (!(cache = rt_dict_new(c))) return PV_NULL;
        int r = set_cstr(c, own_dict(cls), "_value2member_map_", cache);
        pv_decref(c, cache);
        if (r < 0) return PV_NULL;
    }
    int hit = rt_dict_lookup(c, cache, v, &m);
    if (hit) return hit < 0 ? PV_NULL : (pv_incref(m), m);
    PV name = PV_NONE;
    if (x) {
        PV parts = bits_members(c, cls, x);
        if (!parts) return PV_NULL;
        PithBuf b = rt_buf_new(c);
        for (pi64 i = 0; i < ((RtTuple *)parts)->n; i++) {
            if (i) pith_buf_put(&b, "|", 1);
            rt_buf_put_str(&b, member_name(((RtTuple *)parts)->items[i]));
        }
        pv_decref(c, parts);
        if (!(name = rt_buf_finish(&b))) return PV_NULL;
    }
    m = rt_instance_new(c, cls);
    RtInstance *o = (RtInstance *)m;
    int ok = m && (o->dict = rt_dict_new(c)) && set_cstr(c, o->dict, "_value_", v) == 0 &&
             set_cstr(c, o->dict, "_name_", name) == 0 && rt_dict_set(c, cache, v, m) == 0;
    if (ok && is_int) {
        pv_incref(v);
        o->value = v;
    }
    pv_decref(c, name);
    if (!ok) {
        pv_xdecref(c, m);
        return PV_NULL;
    }
    return m;
}

PV rt_enum_class_call(PCtx *c, PV cls, PV *args, int nargs, PV kwnames) {
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0;
    if (nargs - nkw == 0 && nkw == 0) {
        rt_err(c, PITH_B_TYPEERROR, "EnumType.__call__() missing 1 required positional argument: 'value'");
        return PV_NULL;
    }
    if (nargs != 1) {
        rt_err(c, PITH_B_TYPEERROR, "the functional Enum API (%s(value, names...)) is not supported",
               rt_class_name(cls));
        return PV_NULL;
    }
    PV v = args[0], m;
    if (is_member_of(v, cls)) return pv_incref(v), v;
    int r = find_by_value(c, cls, v, &m);
    if (r < 0) return PV_NULL;
    if (r) return pv_incref(m), m;
    if ((rt_enum_kind(cls) & RT_ENUM_FLAG) && rt_is_int(v)) return flag_pseudo(c, cls, v);
    rt_err(c, PITH_B_VALUEERROR, "%R is not a valid %S", v, ((RtClass *)cls)->qualname);
    return PV_NULL;
}

int rt_enum_class_setattr(PCtx *c, PV cls, PV name, PV value) {
    if (!rt_enum_kind(cls)) return 0;
    PV m;
    int r = rt_dict_lookup(c, own_dict(cls), name, &m);
    if (r < 0) return -1;
    if (!r || !is_member_of(m, cls)) return 0;
    rt_err(c, PITH_B_ATTRIBUTEERROR, "cannot %s member '%S'", value ? "reassign" : "delete", name);
    return -1;
}

/* ---- members ---- */

PV rt_enum_repr(PCtx *c, PV v) {
    PV name = member_name(v), value = member_value(v);
    if (!name || !value) return rt_str_cstr(c, "<enum member>");
    PV vr = rt_repr(c, value);
    if (!vr) return PV_NULL;
    PithBuf b = rt_buf_new(c);
    pith_buf_put(&b, "<", 1);
    rt_buf_put_str(&b, ((RtClass *)class_of(v))->name);
    if (name != PV_NONE) {
        pith_buf_put(&b, ".", 1);
        rt_buf_put_str(&b, name);
    }
    pith_buf_puts(&b, ": ");
    rt_buf_put_str(&b, vr);
    pith_buf_put(&b, ">", 1);
    pv_decref(c, vr);
    return rt_buf_finish(&b);
}

PV rt_enum_str(PCtx *c, PV v) {
    PV name = member_name(v), value = member_value(v);
    if (!name || !value) return rt_str_cstr(c, "<enum member>");
    if (rt_enum_kind(class_of(v)) & RT_ENUM_VALUE_STR)
        return rt_str(c, rt_instance_value(v) ? rt_instance_value(v) : value);
    PithBuf b = rt_buf_new(c);
    rt_buf_put_str(&b, ((RtClass *)class_of(v))->name);
    if (name == PV_NONE) { /* Flag(0) */
        PV vr = rt_repr(c, value);
        if (!vr) {
            pith_buf_free(&b);
            return PV_NULL;
        }
        pith_buf_put(&b, "(", 1);
        rt_buf_put_str(&b, vr);
        pith_buf_put(&b, ")", 1);
        pv_decref(c, vr);
    } else {
        pith_buf_put(&b, ".", 1);
        rt_buf_put_str(&b, name);
    }
    return rt_buf_finish(&b);
}

PV rt_enum_format(PCtx *c, PV v, PV spec) {
    if ((rt_enum_kind(class_of(v)) & RT_ENUM_VALUE_STR) && rt_instance_value(v))
        return rt_format(c, rt_instance_value(v), spec);
    PV s = rt_str(c, v); /* Enum.__format__ formats str(self): a __str__ the class defines too */
    PV r = s ? rt_format(c, s, spec) : PV_NULL;
    pv_xdecref(c, s);
    return r;
}

int rt_enum_hash(PCtx *c, PV v, pu64 *out) {
    if (rt_instance_value(v)) return rt_hash(c, rt_instance_value(v), out);
    PV name = member_name(v);
    return rt_hash(c, name ? name : PV_NONE, out);
}

int rt_enum_truth(PCtx *c, PV v) {
    if (rt_instance_value(v)) return rt_truth(c, rt_instance_value(v));
    if (rt_enum_kind(class_of(v)) & RT_ENUM_FLAG) return rt_truth(c, member_value(v) ? member_value(v) : PV_NONE);
    return 1;
}

int rt_enum_getattr(PCtx *c, PV o, PV name, PV *out) {
    (void)c;
    if (!rt_is_enum_member(o)) return 0;
    PV v = rt_name_is(name, "name") ? member_name(o) : rt_name_is(name, "value") ? member_value(o) : PV_NULL;
    if (!v) return 0;
    pv_incref(v);
    *out = v;
    return 1;
}

int rt_enum_setattr_refused(PCtx *c, PV o, PV name) {
    if (!rt_is_enum_member(o) || (!rt_name_is(name, "name") && !rt_name_is(name, "value"))) return 0;
    rt_err(c, PITH_B_ATTRIBUTEERROR, "<enum 'Enum'> cannot set attribute '%S'", name);
    return 1;
}

static int flag_member(PV v) {
    return rt_is_enum_member(v) && (rt_enum_kind(class_of(v)) & RT_ENUM_FLAG) && member_value(v);
}

int rt_enum_is_flag_member(PV v) { return flag_member(v); }

PV rt_enum_members(PCtx *c, PV cls) {
    PV d = rt_dict_new(c), k, m;
    pi64 pos = 0;
    while (d && rt_dict_next_entry((RtDict *)own_dict(cls), &pos, &k, &m))
        if (is_member_of(m, cls) && rt_dict_set(c, d, k, m) < 0) {
            pv_decref(c, d);
            return PV_NULL;
        }
    return d;
}

/* iter(Perm.R | Perm.W), len(...): its canonical members (CPython 3.11). */
PV rt_enum_flag_members(PCtx *c, PV flag) {
    pi64 x;
    if (rt_int_to_i64(member_value(flag), &x) < 0) x = 0;
    return bits_members(c, class_of(flag), x);
}

int rt_enum_binop(PCtx *c, int op, PV a, PV b, PV *out) {
    if (op != PITH_OP_BITOR && op != PITH_OP_BITAND && op != PITH_OP_BITXOR) return 0;
    if (!flag_member(a) || !flag_member(b) || class_of(a) != class_of(b)) return 0;
    PV r = rt_binop(c, op, member_value(a), member_value(b));
    *out = r ? rt_enum_class_call(c, class_of(a), &r, 1, PV_NULL) : PV_NULL;
    pv_xdecref(c, r);
    return 1;
}

int rt_enum_invert(PCtx *c, PV a, PV *out) {
    pi64 x;
    if (!flag_member(a) || rt_int_to_i64(member_value(a), &x) < 0) return 0;
    PV v = PV_INT(flag_mask(c, class_of(a)) & ~x);
    *out = rt_enum_class_call(c, class_of(a), &v, 1, PV_NULL);
    return 1;
}

int rt_enum_contains(PCtx *c, PV flag, PV item) {
    if (!flag_member(flag)) return -2;
    if (!flag_member(item) || class_of(item) != class_of(flag)) {
        rt_err(c, PITH_B_TYPEERROR, "unsupported operand type(s) for 'in': '%s' and '%s'", rt_type_name(item),
               rt_type_name(flag));
        return -1;
    }
    pi64 x, y;
    if (rt_int_to_i64(member_value(item), &x) < 0 || rt_int_to_i64(member_value(flag), &y) < 0) return 0;
    return (x & y) == x;
}
