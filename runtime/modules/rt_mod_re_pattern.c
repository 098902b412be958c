/* rt_mod_re_pattern.c — re.Pattern: a compiled regular expression, its attributes (pattern, flags, groups,
 * groupindex), its methods (match, fullmatch, search, findall, finditer, split, sub, subn) and its type-table
 * entry. In a snapshot a Pattern is its source and flags, compiled again on load. Stage: runtime, part modules/
 * (rt_mod_re.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_mod_re.h"

#define P(v) ((RtRePattern *)(v))

/* ---- searching, shared with the module's functions ---- */

PV re_pattern_search(PCtx *c, RtRePattern *p, PV s, pi64 pos, pi64 endpos, uint32_t opts) {
    ReRun r;
    if (re_run_init(c, &r, p, s, pos, endpos) < 0) return PV_NULL;
    int rc = r.done ? 0 : re_run_exec(&r, r.start_b, opts);
    PV out = rc < 0 ? PV_NULL : rc == 0 ? PV_NONE : re_match_new(&r, s);
    re_run_free(&r);
    return out;
}

/* findall's item: the whole match, group 1, or a tuple of every group ('' for those that did not match). */
static PV findall_item(ReRun *r, PV empty) {
    int n = r->p->groups;
    if (n <= 1) return re_run_group(r, n, empty);
    PV t = rt_tuple_new(r->c, n);
    if (!t) return PV_NULL;
    for (int g = 1; g <= n; g++)
        if (!(((RtTuple *)t)->items[g - 1] = re_run_group(r, g, empty))) {
            for (int k = g; k <= n; k++) ((RtTuple *)t)->items[k - 1] = PV_NONE;
            pv_decref(r->c, t);
            return PV_NULL;
        }
    return t;
}

static PV empty_of(PCtx *c, RtRePattern *p) { return p->is_bytes ? rt_bytes_const(c, "", 0) : rt_str_new(c, "", 0); }

PV re_pattern_findall(PCtx *c, RtRePattern *p, PV s, pi64 pos, pi64 endpos) {
    ReRun r;
    if (re_run_init(c, &r, p, s, pos, endpos) < 0) return PV_NULL;
    PV list = rt_list_new(c, 0), empty = list ? empty_of(c, p) : PV_NULL;
    int rc = empty ? 0 : -1;
    while (empty && (rc = re_scan_next(&r)) > 0) {
        PV item = findall_item(&r, empty);
        if (!item || rt_list_append(c, list, item) < 0) {
            pv_xdecref(c, item);
            rc = -1;
            break;
        }
        pv_decref(c, item);
    }
    re_run_free(&r);
    pv_xdecref(c, empty);
    if (rc < 0) {
        pv_xdecref(c, list);
        return PV_NULL;
    }
    return list;
}

/* s[a:b] in bytes of the subject. */
static PV slice_of(ReRun *r, pi64 a, pi64 b) {
    if (r->p->is_bytes) return rt_bytes_const(r->c, (const char *)r->text.data + a, b - a);
    return rt_str_new(r->c, (const char *)r->text.data + a, b - a);
}

static int append_steal(PCtx *c, PV list, PV v) {
    if (!v) return -1;
    int r = rt_list_append(c, list, v);
    pv_decref(c, v);
    return r;
}

PV re_pattern_split(PCtx *c, RtRePattern *p, PV s, pi64 maxsplit) {
    ReRun r;
    if (re_run_init(c, &r, p, s, 0, 0x7fffffffffffffffLL) < 0) return PV_NULL;
    PV list = rt_list_new(c, 0);
    int rc = list ? 0 : -1;
    pi64 last = 0, n = 0;
    while (list && (maxsplit == 0 || n < maxsplit) && maxsplit >= 0 && (rc = re_scan_next(&r)) > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r.md);
        if (append_steal(c, list, slice_of(&r, last, (pi64)ov[0])) < 0) {
            rc = -1;
            break;
        }
        for (int g = 1; g <= p->groups && rc >= 0; g++)
            if (append_steal(c, list, re_run_group(&r, g, PV_NONE)) < 0) rc = -1;
        if (rc < 0) break;
        last = (pi64)ov[1];
        n++;
    }
    if (rc >= 0 && append_steal(c, list, slice_of(&r, last, r.text.nbytes)) < 0) rc = -1;
    re_run_free(&r);
    if (rc < 0) {
        pv_xdecref(c, list);
        return PV_NULL;
    }
    return list;
}

/* ---- attributes ---- */

/* {name: group} in the order the groups are defined (PCRE2's name table is sorted by name). */
PV re_pattern_groupindex(PCtx *c, RtRePattern *p) {
    uint32_t count = 0, size = 0;
    PCRE2_SPTR table = NULL;
    pcre2_pattern_info(p->code, PCRE2_INFO_NAMECOUNT, &count);
    pcre2_pattern_info(p->code, PCRE2_INFO_NAMEENTRYSIZE, &size);
    pcre2_pattern_info(p->code, PCRE2_INFO_NAMETABLE, &table);
    PV d = rt_dict_new(c);
    for (int g = 1; d && g <= p->groups; g++)
        for (uint32_t k = 0; k < count; k++) {
            PCRE2_SPTR e = table + (size_t)k * size;
            if ((e[0] << 8 | e[1]) != g) continue;
            PV name = rt_str_cstr(c, (const char *)e + 2);
            if (!name || rt_dict_set(c, d, name, PV_INT(g)) < 0) {
                pv_xdecref(c, name);
                pv_decref(c, d);
                return PV_NULL;
            }
            pv_decref(c, name);
        }
    return d;
}

/* The name of group g, or NULL. */
const char *re_pattern_group_name(RtRePattern *p, int g) {
    uint32_t count = 0, size = 0;
    PCRE2_SPTR table = NULL;
    pcre2_pattern_info(p->code, PCRE2_INFO_NAMECOUNT, &count);
    pcre2_pattern_info(p->code, PCRE2_INFO_NAMEENTRYSIZE, &size);
    pcre2_pattern_info(p->code, PCRE2_INFO_NAMETABLE, &table);
    for (uint32_t k = 0; k < count; k++) {
        PCRE2_SPTR e = table + (size_t)k * size;
        if ((e[0] << 8 | e[1]) == g) return (const char *)e + 2;
    }
    return NULL;
}

static int pattern_getattr(PCtx *c, PV o, PV name, PV *out) {
    RtRePattern *p = P(o);
    if (rt_name_is(name, "pattern"))
        pv_incref(*out = p->pattern);
    else if (rt_name_is(name, "flags"))
        *out = PV_INT(p->flags);
    else if (rt_name_is(name, "groups"))
        *out = PV_INT(p->groups);
    else if (rt_name_is(name, "groupindex"))
        *out = re_pattern_groupindex(c, p);
    else
        return 0;
    return *out ? 1 : -1;
}

/* re.compile('a+', re.IGNORECASE): the flags by name, UNICODE left out for a str pattern. */
static PV pattern_repr(PCtx *c, PV v) {
    RtRePattern *p = P(v);
    static const struct {
        int flag;
        const char *name;
    } names[] = {{RE_TEMPLATE, "re.TEMPLATE"},   {RE_IGNORECASE, "re.IGNORECASE"}, {RE_LOCALE, "re.LOCALE"},
                 {RE_MULTILINE, "re.MULTILINE"}, {RE_DOTALL, "re.DOTALL"},         {RE_UNICODE, "re.UNICODE"},
                 {RE_VERBOSE, "re.VERBOSE"},     {RE_DEBUG, "re.DEBUG"},           {RE_ASCII, "re.ASCII"}};
    int flags = p->flags;
    if (!p->is_bytes && (flags & (RE_LOCALE | RE_UNICODE | RE_ASCII)) == RE_UNICODE) flags &= ~RE_UNICODE;
    PithBuf b = rt_buf_new(c);
    pith_buf_puts(&b, "re.compile(");
    PV r = rt_repr(c, p->pattern);
    if (!r) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    /* CPython cuts the pattern's repr at 200 characters */
    RtStr *rs = (RtStr *)r;
    pith_buf_put(&b, rs->data, (size_t)(rs->nchars <= 200 ? rs->nbytes : rt_str_offset(c, rs, 200)));
    pv_decref(c, r);
    if (flags) {
        pith_buf_puts(&b, ", ");
        int first = 1;
        for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
            if (flags & names[k].flag) {
                pith_buf_printf(&b, "%s%s", first ? "" : "|", names[k].name);
                flags &= ~names[k].flag;
                first = 0;
            }
        if (flags) pith_buf_printf(&b, "%s0x%x", first ? "" : "|", flags);
    }
    pith_buf_puts(&b, ")");
    return rt_buf_finish(&b);
}

static int pattern_eq(PCtx *c, PV a, PV b) {
    RtRePattern *x = P(a), *y = P(b);
    if (x->flags != y->flags || x->is_bytes != y->is_bytes) return 0;
    return rt_eq(c, x->pattern, y->pattern);
}

static int pattern_hash(PCtx *c, PV v, pu64 *out) {
    if (rt_hash(c, P(v)->pattern, out) < 0) return -1;
    *out ^= (pu64)P(v)->flags * 0x9e3779b97f4a7c15ull;
    return 0;
}

/* ---- methods ---- */

/* pos and endpos: ints, clamped later (re_run_init); an absent endpos is the end. */
static int window(PCtx *c, PV pos, PV endpos, pi64 *p, pi64 *e) {
    *p = 0;
    *e = 0x7fffffffffffffffLL;
    if (pos && rt_index_arg(c, pos, p) < 0) return -1;
    if (endpos && rt_index_arg(c, endpos, e) < 0) return -1;
    return 0;
}

static PV m_match_like(PCtx *c, PV self, PV *a, uint32_t opts) {
    pi64 pos, endpos;
    if (window(c, a[1], a[2], &pos, &endpos) < 0) return PV_NULL;
    return re_pattern_search(c, P(self), a[0], pos, endpos, opts);
}

static PV m_match(PCtx *c, PV self, PV *a, int n, PV kw) {
    return (void)n, (void)kw, m_match_like(c, self, a, PCRE2_ANCHORED);
}
static PV m_fullmatch(PCtx *c, PV self, PV *a, int n, PV kw) {
    return (void)n, (void)kw, m_match_like(c, self, a, PCRE2_ANCHORED | PCRE2_ENDANCHORED);
}
static PV m_search(PCtx *c, PV self, PV *a, int n, PV kw) { return (void)n, (void)kw, m_match_like(c, self, a, 0); }

static PV m_findall(PCtx *c, PV self, PV *a, int n, PV kw) {
    (void)n, (void)kw;
    pi64 pos, endpos;
    if (window(c, a[1], a[2], &pos, &endpos) < 0) return PV_NULL;
    return re_pattern_findall(c, P(self), a[0], pos, endpos);
}

static PV m_finditer(PCtx *c, PV self, PV *a, int n, PV kw) {
    (void)n, (void)kw;
    pi64 pos, endpos;
    if (window(c, a[1], a[2], &pos, &endpos) < 0) return PV_NULL;
    return re_pattern_finditer(c, P(self), a[0], pos, endpos);
}

static PV m_split(PCtx *c, PV self, PV *a, int n, PV kw) {
    (void)n, (void)kw;
    pi64 maxsplit = 0;
    if (a[1] && rt_index_arg(c, a[1], &maxsplit) < 0) return PV_NULL;
    return re_pattern_split(c, P(self), a[0], maxsplit);
}

static PV sub_method(PCtx *c, PV self, PV *a, int subn) {
    pi64 count = 0;
    if (a[2] && rt_index_arg(c, a[2], &count) < 0) return PV_NULL;
    return re_sub(c, P(self), a[0], a[1], count, subn);
}
static PV m_sub(PCtx *c, PV self, PV *a, int n, PV kw) { return (void)n, (void)kw, sub_method(c, self, a, 0); }
static PV m_subn(PCtx *c, PV self, PV *a, int n, PV kw) { return (void)n, (void)kw, sub_method(c, self, a, 1); }

static const char *const kw_search[] = {"string", "pos", "endpos"};
static const char *const kw_split[] = {"string", "maxsplit"};
static const char *const kw_sub[] = {"repl", "string", "count"};

static const RtMethDef pattern_methods[] = {
    {"match", m_match, RT_M_KW, 1, 3, 3, kw_search},
    {"fullmatch", m_fullmatch, RT_M_KW, 1, 3, 3, kw_search},
    {"search", m_search, RT_M_KW, 1, 3, 3, kw_search},
    {"findall", m_findall, RT_M_KW, 1, 3, 3, kw_search},
    {"finditer", m_finditer, RT_M_KW, 1, 3, 3, kw_search},
    {"split", m_split, RT_M_KW, 1, 2, 2, kw_split},
    {"sub", m_sub, RT_M_KW, 2, 3, 3, kw_sub},
    {"subn", m_subn, RT_M_KW, 2, 3, 3, kw_sub},
    {NULL, NULL, 0, 0, 0, 0, NULL},
};
static const RtMethDef *const pattern_tables[] = {pattern_methods, NULL};

/* ---- the type ---- */

static void pattern_traverse(PObj *o, RtVisit visit, void *arg) { visit(&((RtRePattern *)o)->pattern, arg); }

/* Payload: uv flags, uv groups; the ref is the source. Compiled again once loaded (snap_finish). */
static void pattern_snap_put(RtSnapW *w, PObj *o) {
    rt_snap_put_uv(w, (uint64_t)((RtRePattern *)o)->flags);
    rt_snap_put_uv(w, (uint64_t)((RtRePattern *)o)->groups);
}

static PV pattern_snap_make(RtSnapR *r, int type) {
    (void)type;
    uint64_t flags = rt_snap_get_uv(r), groups = rt_snap_get_uv(r);
    if (rt_snap_r_bad(r) || flags > 0x1ff || groups > 0xffff) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    RtRePattern *p = (RtRePattern *)rt_obj_new(rt_snap_ctx(r), RT_T_RE_PATTERN, sizeof(RtRePattern));
    if (!p) return PV_NULL;
    p->flags = (int)flags;
    p->groups = (int)groups; /* what the Matches that refer to it are checked against */
    return (PV)p;
}

static int pattern_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    PV s = ((RtRePattern *)o)->pattern;
    return s && (RT_IS(s, RT_T_STR) || RT_IS(s, RT_T_BYTES)) ? 0 : -1;
}

static int pattern_snap_finish(RtSnapR *r, PObj *o) {
    PCtx *c = rt_snap_ctx(r);
    RtRePattern *p = (RtRePattern *)o;
    int groups = p->groups;
    p->groups = 0;
    if (re_pattern_recompile(c, p) < 0) {
        pv_xdecref(c, rt_exc_fetch(c));
        return -1;
    }
    return p->groups == groups ? 0 : -1;
}

const RtTypeDesc rt_re_pattern_type = {
    .name = "re.Pattern",
    .cls = PITH_B_RE_PATTERN,
    .repr = pattern_repr,
    .hash = pattern_hash,
    .eq = pattern_eq,
    .getattr = pattern_getattr,
    .methods = pattern_tables,
    .sm_call_method = re_pattern_sm_call,
    .drive = re_sub_step,
    .traverse = pattern_traverse,
    .finalize = re_pattern_finalize,
    .snap_tag = SNAP_O_RE_PATTERN,
    .snap_put = pattern_snap_put,
    .snap_make = pattern_snap_make,
    .snap_check = pattern_snap_check,
    .snap_finish = pattern_snap_finish,
};
