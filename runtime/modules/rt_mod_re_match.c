/* rt_mod_re_match.c — re.Match: the groups of one match as spans of its subject (code points for Python,
 * bytes to cut the text), with CPython's methods (group, groups, groupdict, start, end, span, expand,
 * m[g]), attributes (string, re, pos, endpos, lastindex, lastgroup, regs) and repr. In a snapshot a Match is
 * its pattern, its subject and the code point spans; the byte spans are computed again on load.
 * Stage: runtime, part modules/ (rt_mod_re.h). */
#include <stdio.h>
#include <string.h>

#include "rt_mod_re.h"

#define M(v) ((RtReMatch *)(v))

PV re_match_group_value(PCtx *c, RtReMatch *m, int g, PV dflt) {
    const pi64 *sp = &m->span[4 * g];
    if (sp[0] < 0) {
        pv_incref(dflt);
        return dflt;
    }
    if (RT_IS(m->string, RT_T_BYTES))
        return rt_bytes_const(c, (const char *)((RtBytes *)m->string)->data + sp[2], sp[3] - sp[2]);
    return rt_str_new(c, ((RtStr *)m->string)->data + sp[2], sp[3] - sp[2]);
}

int re_match_group_index(PCtx *c, RtReMatch *m, PV key, int *g) {
    pi64 i;
    if (rt_is_int(key)) {
        if (rt_int_to_i64(PV_IS_BOOL(key) ? PV_INT(key == PV_TRUE) : key, &i) == 0 && i >= 0 && i < m->ngroups) {
            *g = (int)i;
            return 0;
        }
    } else if (RT_IS(key, RT_T_STR) && (size_t)((RtStr *)key)->nbytes == strlen(((RtStr *)key)->data)) {
        int n = pcre2_substring_number_from_name(((RtRePattern *)m->pattern)->code, (PCRE2_SPTR)((RtStr *)key)->data);
        if (n > 0 && n < m->ngroups) {
            *g = n;
            return 0;
        }
    }
    rt_err(c, PITH_B_INDEXERROR, "no such group");
    return -1;
}

static PV group_of(PCtx *c, RtReMatch *m, PV key) {
    int g;
    return re_match_group_index(c, m, key, &g) < 0 ? PV_NULL : re_match_group_value(c, m, g, PV_NONE);
}

/* ---- methods ---- */

static PV m_group(PCtx *c, PV self, PV *a, int n, PV kw) {
    if (kw && ((RtTuple *)kw)->n) {
        rt_err(c, PITH_B_TYPEERROR, "group() takes no keyword arguments");
        return PV_NULL;
    }
    if (n == 0) return re_match_group_value(c, M(self), 0, PV_NONE);
    if (n == 1) return group_of(c, M(self), a[0]);
    PV t = rt_tuple_new(c, n);
    for (int i = 0; t && i < n; i++)
        if (!(((RtTuple *)t)->items[i] = group_of(c, M(self), a[i]))) {
            for (int k = i; k < n; k++) ((RtTuple *)t)->items[k] = PV_NONE;
            pv_decref(c, t);
            return PV_NULL;
        }
    return t;
}

static PV m_groups(PCtx *c, PV self, PV *a, int n, PV kw) {
    (void)n, (void)kw;
    RtReMatch *m = M(self);
    PV dflt = a[0] ? a[0] : PV_NONE;
    PV t = rt_tuple_new(c, m->ngroups - 1);
    for (int g = 1; t && g < m->ngroups; g++)
        if (!(((RtTuple *)t)->items[g - 1] = re_match_group_value(c, m, g, dflt))) {
            for (int k = g; k < m->ngroups; k++) ((RtTuple *)t)->items[k - 1] = PV_NONE;
            pv_decref(c, t);
            return PV_NULL;
        }
    return t;
}

static PV m_groupdict(PCtx *c, PV self, PV *a, int n, PV kw) {
    (void)n, (void)kw;
    RtReMatch *m = M(self);
    PV dflt = a[0] ? a[0] : PV_NONE;
    PV index = re_pattern_groupindex(c, (RtRePattern *)m->pattern);
    PV d = index ? rt_dict_new(c) : PV_NULL;
    pi64 pos = 0;
    PV name, num;
    while (d && rt_dict_next_entry((RtDict *)index, &pos, &name, &num)) {
        PV v = PV_IS_INT(num) && PV_IVAL(num) > 0 && PV_IVAL(num) < m->ngroups
                   ? re_match_group_value(c, m, (int)PV_IVAL(num), dflt)
                   : PV_NULL;
        if (!v || rt_dict_set(c, d, name, v) < 0) {
            pv_xdecref(c, v);
            pv_decref(c, d);
            d = PV_NULL;
            break;
        }
        pv_decref(c, v);
    }
    pv_xdecref(c, index);
    return d;
}

/* start/end/span's group argument (default 0). */
static int group_arg(PCtx *c, RtReMatch *m, PV *a, int n, int *g) {
    *g = 0;
    return n ? re_match_group_index(c, m, a[0], g) : 0;
}

static PV m_start(PCtx *c, PV self, PV *a, int n, PV kw) {
    (void)kw;
    int g;
    return group_arg(c, M(self), a, n, &g) < 0 ? PV_NULL : rt_int_from_i64(c, M(self)->span[4 * g]);
}

static PV m_end(PCtx *c, PV self, PV *a, int n, PV kw) {
    (void)kw;
    int g;
    return group_arg(c, M(self), a, n, &g) < 0 ? PV_NULL : rt_int_from_i64(c, M(self)->span[4 * g + 1]);
}

static PV span_tuple(PCtx *c, RtReMatch *m, int g) {
    PV kv[2] = {rt_int_from_i64(c, m->span[4 * g]), PV_NULL};
    kv[1] = kv[0] ? rt_int_from_i64(c, m->span[4 * g + 1]) : PV_NULL;
    if (!kv[1]) {
        pv_xdecref(c, kv[0]);
        return PV_NULL;
    }
    return rt_tuple_from_steal(c, kv, 2);
}

static PV m_span(PCtx *c, PV self, PV *a, int n, PV kw) {
    (void)kw;
    int g;
    return group_arg(c, M(self), a, n, &g) < 0 ? PV_NULL : span_tuple(c, M(self), g);
}

static PV m_expand(PCtx *c, PV self, PV *a, int n, PV kw) {
    (void)n, (void)kw;
    return re_expand(c, M(self), a[0]);
}

static const char *const kw_default[] = {"default"};

static const RtMethDef match_methods[] = {
    {"group", m_group, RT_M_RAW, 0, -1, 0, NULL},
    {"groups", m_groups, RT_M_KW, 0, 1, 1, kw_default},
    {"groupdict", m_groupdict, RT_M_KW, 0, 1, 1, kw_default},
    {"start", m_start, RT_M_POS, 0, 1, 0, NULL},
    {"end", m_end, RT_M_POS, 0, 1, 0, NULL},
    {"span", m_span, RT_M_POS, 0, 1, 0, NULL},
    {"expand", m_expand, RT_M_O, 1, 1, 0, NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL},
};
static const RtMethDef *const match_tables[] = {match_methods, NULL};

/* ---- attributes, repr, m[g] ---- */

static int match_getattr(PCtx *c, PV o, PV name, PV *out) {
    RtReMatch *m = M(o);
    if (rt_name_is(name, "string"))
        pv_incref(*out = m->string);
    else if (rt_name_is(name, "re"))
        pv_incref(*out = m->pattern);
    else if (rt_name_is(name, "pos"))
        *out = rt_int_from_i64(c, m->pos);
    else if (rt_name_is(name, "endpos"))
        *out = rt_int_from_i64(c, m->endpos);
    else if (rt_name_is(name, "lastindex"))
        *out = m->lastindex ? PV_INT(m->lastindex) : PV_NONE;
    else if (rt_name_is(name, "lastgroup")) {
        const char *g = m->lastindex ? re_pattern_group_name((RtRePattern *)m->pattern, m->lastindex) : NULL;
        *out = g ? rt_str_cstr(c, g) : PV_NONE;
    } else if (rt_name_is(name, "regs")) {
        PV t = rt_tuple_new(c, m->ngroups);
        for (int g = 0; t && g < m->ngroups; g++)
            if (!(((RtTuple *)t)->items[g] = span_tuple(c, m, g))) {
                for (int k = g; k < m->ngroups; k++) ((RtTuple *)t)->items[k] = PV_NONE;
                pv_decref(c, t);
                t = PV_NULL;
            }
        *out = t;
    } else {
        return 0;
    }
    return *out ? 1 : -1;
}

static PV match_getitem(PCtx *c, PV v, PV key) { return group_of(c, M(v), key); }

/* <re.Match object; span=(0, 3), match='abc'> (the match's repr cut at 50 characters, as CPython). */
static PV match_repr(PCtx *c, PV v) {
    RtReMatch *m = M(v);
    PV g = re_match_group_value(c, m, 0, PV_NONE), r = g ? rt_repr(c, g) : PV_NULL;
    pv_xdecref(c, g);
    if (!r) return PV_NULL;
    RtStr *rs = (RtStr *)r;
    pi64 cut = rs->nchars <= 50 ? rs->nbytes : rt_str_offset(c, rs, 50);
    PithBuf b = rt_buf_new(c);
    pith_buf_printf(&b, "<re.Match object; span=(%lld, %lld), match=", (long long)m->span[0], (long long)m->span[1]);
    pith_buf_put(&b, rs->data, (size_t)cut);
    pith_buf_puts(&b, ">");
    pv_decref(c, r);
    return rt_buf_finish(&b);
}

/* ---- the type ---- */

static void match_traverse(PObj *o, RtVisit visit, void *arg) {
    visit(&((RtReMatch *)o)->pattern, arg);
    visit(&((RtReMatch *)o)->string, arg);
}

/* Payload: sv pos, sv endpos, uv ngroups, uv lastindex, then sv start, sv end per group (code points). */
static void match_snap_put(RtSnapW *w, PObj *o) {
    RtReMatch *m = (RtReMatch *)o;
    rt_snap_put_sv(w, m->pos);
    rt_snap_put_sv(w, m->endpos);
    rt_snap_put_uv(w, (uint64_t)m->ngroups);
    rt_snap_put_uv(w, (uint64_t)m->lastindex);
    for (int g = 0; g < m->ngroups; g++) {
        rt_snap_put_sv(w, m->span[4 * g]);
        rt_snap_put_sv(w, m->span[4 * g + 1]);
    }
}

static PV match_snap_make(RtSnapR *r, int type) {
    (void)type;
    int64_t pos = rt_snap_get_sv(r), endpos = rt_snap_get_sv(r);
    uint64_t n = rt_snap_get_uv(r), last = rt_snap_get_uv(r);
    if (rt_snap_r_bad(r) || n < 1 || n > 0x10000 || last >= n) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    RtReMatch *m = (RtReMatch *)rt_obj_new(rt_snap_ctx(r), RT_T_RE_MATCH, sizeof(RtReMatch) + sizeof(pi64) * 4 * n);
    if (!m) return PV_NULL;
    m->pos = pos;
    m->endpos = endpos;
    m->ngroups = (int)n;
    m->lastindex = (int)last;
    for (uint64_t g = 0; g < n; g++) {
        m->span[4 * g] = rt_snap_get_sv(r);
        m->span[4 * g + 1] = rt_snap_get_sv(r);
        m->span[4 * g + 2] = m->span[4 * g + 3] = -1;
    }
    if (rt_snap_r_bad(r)) {
        pv_decref(rt_snap_ctx(r), (PV)m);
        return PV_NULL;
    }
    return (PV)m;
}

/* The pattern and subject agree, and every span lies inside the subject (group 0's included). */
static int match_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    RtReMatch *m = (RtReMatch *)o;
    if (!m->pattern || !RT_IS(m->pattern, RT_T_RE_PATTERN) || !m->string) return -1;
    RtRePattern *p = (RtRePattern *)m->pattern; /* not compiled yet: its source and group count are known */
    if (!p->pattern) return -1;                 /* its own check may not have run yet */
    int isb = RT_IS(p->pattern, RT_T_BYTES);
    if (p->groups + 1 != m->ngroups || (!isb && !RT_IS(p->pattern, RT_T_STR)) ||
        (isb ? !RT_IS(m->string, RT_T_BYTES) : !RT_IS(m->string, RT_T_STR)))
        return -1;
    pi64 len = RT_IS(m->string, RT_T_STR) ? ((RtStr *)m->string)->nchars : ((RtBytes *)m->string)->n;
    if (m->pos < 0 || m->pos > len || m->endpos < 0 || m->endpos > len || m->span[0] < 0) return -1;
    for (int g = 0; g < m->ngroups; g++) {
        pi64 s = m->span[4 * g], e = m->span[4 * g + 1];
        if (!(s == -1 && e == -1) && !(0 <= s && s <= e && e <= len)) return -1;
    }
    return 0;
}

static int match_snap_finish(RtSnapR *r, PObj *o) {
    RtReMatch *m = (RtReMatch *)o;
    ReText t;
    if (re_text_init(rt_snap_ctx(r), &t, m->string) < 0) return -1;
    for (int g = 0; g < m->ngroups; g++) {
        pi64 *sp = &m->span[4 * g];
        if (sp[0] < 0) continue;
        sp[2] = re_text_byte(rt_snap_ctx(r), &t, sp[0]);
        sp[3] = re_text_byte(rt_snap_ctx(r), &t, sp[1]);
    }
    return 0;
}

const RtTypeDesc rt_re_match_type = {
    .name = "re.Match",
    .cls = PITH_B_RE_MATCH,
    .repr = match_repr,
    .getattr = match_getattr,
    .getitem = match_getitem,
    .methods = match_tables,
    .traverse = match_traverse,
    .snap_tag = SNAP_O_RE_MATCH,
    .snap_put = match_snap_put,
    .snap_make = match_snap_make,
    .snap_check = match_snap_check,
    .snap_finish = match_snap_finish,
};
