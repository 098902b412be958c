/* rt_mod_re.c — the run-time side of `re` (CPython 3.11's re.py over _sre, here over PCRE2): the module's
 * functions, which compile their pattern through the per-execution cache and call the Pattern's, its flags and
 * classes, registered in rt_mod_re_impls by the rows of common/pith_mod_re.h. sub and subn also have a
 * state-machine entry (rt_mod_re_sm_impls), so a replacement function that calls the host runs as a native
 * frame. Stage: runtime, part modules/ (rt_mod_re.h: the map of re's files). */
#include <stdio.h>
#include <string.h>

#include "pith_mod_re.h"
#include "rt_exec.h"
#include "rt_mod_re.h"

#define M_ARGS PCtx *c, PV *a, int n, PV kw
#define MAXPOS 0x7fffffffffffffffLL

/* ---- arguments, in the words CPython uses for a function written in Python ---- */

int re_bind(PCtx *c, const char *fn, const char *const *names, int nreq, int nmax, PV *args, int npos, PV kw, PV *out) {
    for (int i = 0; i < nmax; i++) out[i] = i < npos ? args[i] : PV_NULL;
    if (npos > nmax) {
        if (nreq == nmax)
            rt_err(c, PITH_B_TYPEERROR, "%s() takes %d positional argument%s but %d %s given", fn, nmax,
                   nmax == 1 ? "" : "s", npos, npos == 1 ? "was" : "were");
        else
            rt_err(c, PITH_B_TYPEERROR, "%s() takes from %d to %d positional arguments but %d were given", fn, nreq,
                   nmax, npos);
        return -1;
    }
    pi64 nkw = kw ? ((RtTuple *)kw)->n : 0;
    for (pi64 k = 0; k < nkw; k++) {
        PV name = ((RtTuple *)kw)->items[k];
        int slot = -1;
        for (int i = 0; i < nmax; i++)
            if (rt_name_is(name, names[i])) slot = i;
        if (slot < 0) {
            rt_err(c, PITH_B_TYPEERROR, "%s() got an unexpected keyword argument '%S'", fn, name);
            return -1;
        }
        if (out[slot]) {
            rt_err(c, PITH_B_TYPEERROR, "%s() got multiple values for argument '%s'", fn, names[slot]);
            return -1;
        }
        out[slot] = args[npos + k];
    }
    int missing = 0, first = -1, last = -1;
    for (int i = 0; i < nreq; i++)
        if (!out[i]) {
            if (first < 0) first = i;
            last = i;
            missing++;
        }
    if (!missing) return 0;
    if (missing == 1) {
        rt_err(c, PITH_B_TYPEERROR, "%s() missing 1 required positional argument: '%s'", fn, names[first]);
    } else {
        char list[160] = "";
        size_t len = 0;
        for (int i = 0; i < nreq; i++) {
            if (out[i]) continue;
            const char *sep = i == first ? "" : i == last ? (missing == 2 ? " and " : ", and ") : ", ";
            len += (size_t)snprintf(list + len, len < sizeof list ? sizeof list - len : 0, "%s'%s'", sep, names[i]);
        }
        rt_err(c, PITH_B_TYPEERROR, "%s() missing %d required positional arguments: %s", fn, missing, list);
    }
    return -1;
}

/* The compiled pattern of a module function's first argument and flags. */
static RtRePattern *pattern_of(PCtx *c, PV pattern, PV flags) {
    int f;
    if (re_flags_arg(c, flags, &f) < 0) return NULL;
    return (RtRePattern *)re_compile_value(c, pattern, f);
}

static int int_arg(PCtx *c, PV v, pi64 *out) { return v ? rt_index_arg(c, v, out) : (*out = 0, 0); }

/* ---- functions ---- */

static const char *const names_compile[] = {"pattern", "flags"};
static const char *const names_match[] = {"pattern", "string", "flags"};
static const char *const names_split[] = {"pattern", "string", "maxsplit", "flags"};
static const char *const names_sub[] = {"pattern", "repl", "string", "count", "flags"};
static const char *const names_escape[] = {"pattern"};

static PV m_compile(M_ARGS) {
    PV v[2];
    if (re_bind(c, "compile", names_compile, 1, 2, a, n, kw, v) < 0) return PV_NULL;
    int f;
    return re_flags_arg(c, v[1], &f) < 0 ? PV_NULL : re_compile_value(c, v[0], f);
}

static PV search_like(PCtx *c, const char *fn, PV *a, int n, PV kw, uint32_t opts) {
    PV v[3];
    if (re_bind(c, fn, names_match, 2, 3, a, n, kw, v) < 0) return PV_NULL;
    RtRePattern *p = pattern_of(c, v[0], v[2]);
    if (!p) return PV_NULL;
    PV r = re_pattern_search(c, p, v[1], 0, MAXPOS, opts);
    pv_decref(c, (PV)p);
    return r;
}

static PV m_match(M_ARGS) { return search_like(c, "match", a, n, kw, PCRE2_ANCHORED); }
static PV m_fullmatch(M_ARGS) { return search_like(c, "fullmatch", a, n, kw, PCRE2_ANCHORED | PCRE2_ENDANCHORED); }
static PV m_search(M_ARGS) { return search_like(c, "search", a, n, kw, 0); }

static PV m_findall(M_ARGS) {
    PV v[3];
    if (re_bind(c, "findall", names_match, 2, 3, a, n, kw, v) < 0) return PV_NULL;
    RtRePattern *p = pattern_of(c, v[0], v[2]);
    PV r = p ? re_pattern_findall(c, p, v[1], 0, MAXPOS) : PV_NULL;
    pv_xdecref(c, (PV)p);
    return r;
}

static PV m_finditer(M_ARGS) {
    PV v[3];
    if (re_bind(c, "finditer", names_match, 2, 3, a, n, kw, v) < 0) return PV_NULL;
    RtRePattern *p = pattern_of(c, v[0], v[2]);
    PV r = p ? re_pattern_finditer(c, p, v[1], 0, MAXPOS) : PV_NULL;
    pv_xdecref(c, (PV)p);
    return r;
}

static PV m_split(M_ARGS) {
    PV v[4];
    pi64 maxsplit;
    if (re_bind(c, "split", names_split, 2, 4, a, n, kw, v) < 0 || int_arg(c, v[2], &maxsplit) < 0) return PV_NULL;
    RtRePattern *p = pattern_of(c, v[0], v[3]);
    PV r = p ? re_pattern_split(c, p, v[1], maxsplit) : PV_NULL;
    pv_xdecref(c, (PV)p);
    return r;
}

static PV sub_fn(PCtx *c, const char *fn, PV *a, int n, PV kw, int subn) {
    PV v[5];
    pi64 count;
    if (re_bind(c, fn, names_sub, 3, 5, a, n, kw, v) < 0 || int_arg(c, v[3], &count) < 0) return PV_NULL;
    RtRePattern *p = pattern_of(c, v[0], v[4]);
    PV r = p ? re_sub(c, p, v[1], v[2], count, subn) : PV_NULL;
    pv_xdecref(c, (PV)p);
    return r;
}

static PV m_sub(M_ARGS) { return sub_fn(c, "sub", a, n, kw, 0); }
static PV m_subn(M_ARGS) { return sub_fn(c, "subn", a, n, kw, 1); }

/* re.escape: a backslash before each character of CPython's _special_chars_map. */
static PV m_escape(M_ARGS) {
    PV v[1];
    if (re_bind(c, "escape", names_escape, 1, 1, a, n, kw, v) < 0) return PV_NULL;
    int is_bytes = RT_IS(v[0], RT_T_BYTES);
    if (!is_bytes && !RT_IS(v[0], RT_T_STR)) {
        rt_err(c, PITH_B_ATTRIBUTEERROR, "'%s' object has no attribute '%s'", rt_type_name(v[0]), "translate");
        return PV_NULL;
    }
    const char *s = is_bytes ? (const char *)((RtBytes *)v[0])->data : ((RtStr *)v[0])->data;
    pi64 len = is_bytes ? ((RtBytes *)v[0])->n : ((RtStr *)v[0])->nbytes;
    if (rt_tick(c, len >> 4) < 0) return PV_NULL;
    static const char special[] = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
    PithBuf b = rt_buf_new(c);
    for (pi64 i = 0; i < len; i++) {
        if (s[i] && strchr(special, s[i])) pith_buf_putc(&b, '\\');
        pith_buf_putc(&b, s[i]);
    }
    if (!is_bytes) return rt_buf_finish(&b);
    PV r = b.failed ? PV_NULL : rt_bytes_const(c, b.p ? b.p : "", (pi64)b.len);
    pith_buf_free(&b);
    return r;
}

static PV m_purge(M_ARGS) {
    PV v[1];
    if (re_bind(c, "purge", names_escape, 0, 0, a, n, kw, v) < 0) return PV_NULL;
    re_purge(c);
    return PV_NONE;
}

/* ---- constants ---- */

#define FLAG(name, value) \
    static PV name(M_ARGS) { return (void)c, (void)a, (void)n, (void)kw, PV_INT(value); }
FLAG(m_flag_a, RE_ASCII)
FLAG(m_flag_i, RE_IGNORECASE)
FLAG(m_flag_l, RE_LOCALE)
FLAG(m_flag_m, RE_MULTILINE)
FLAG(m_flag_s, RE_DOTALL)
FLAG(m_flag_u, RE_UNICODE)
FLAG(m_flag_x, RE_VERBOSE)
FLAG(m_flag_none, 0)

static PV m_error(M_ARGS) { return (void)a, (void)n, (void)kw, re_error_class(c); }
static PV m_pattern_class(M_ARGS) { return (void)a, (void)n, (void)kw, rt_builtin(c, PITH_B_RE_PATTERN); }
static PV m_match_class(M_ARGS) { return (void)a, (void)n, (void)kw, rt_builtin(c, PITH_B_RE_MATCH); }

const RtModImpl rt_mod_re_impls[] = {
#define RE_IMPL(name, kind, arity, min, max, fn) fn,
    PITH_RE_NAMES(RE_IMPL)
#undef RE_IMPL
};

/* ---- sub/subn from state-machine code: a replacement function that may wait runs as a native frame ---- */

/* The repl argument of a call (position 1, or the keyword), or PV_NULL. */
static PV repl_arg(PV *a, int n, PV kw, int at) {
    if (n > at) return a[at];
    pi64 nkw = kw ? ((RtTuple *)kw)->n : 0;
    for (pi64 k = 0; k < nkw; k++)
        if (rt_name_is(((RtTuple *)kw)->items[k], "repl")) return a[n + k];
    return PV_NULL;
}

static int waits(PV repl) {
    return repl && PV_IS_OBJ(repl) && !RT_IS(repl, RT_T_STR) && !RT_IS(repl, RT_T_BYTES) &&
           rt_type_desc(RT_OBJ(repl))->call && rt_call_waits(repl);
}

static int sub_sm(PCtx *c, PFrame *caller, PV *a, int n, PV kw, int subn) {
    if (!waits(repl_arg(a, n, kw, 1))) return RT_SM_DECLINED;
    PV v[5];
    pi64 count;
    if (re_bind(c, subn ? "subn" : "sub", names_sub, 3, 5, a, n, kw, v) < 0 || int_arg(c, v[3], &count) < 0)
        return PITH_STEP_ERR;
    RtRePattern *p = pattern_of(c, v[0], v[4]);
    if (!p) return PITH_STEP_ERR;
    int rc = re_sub_sm(c, caller, p, v[1], v[2], count, subn);
    pv_decref(c, (PV)p);
    return rc;
}

static int sm_sub(PCtx *c, PFrame *caller, PV *a, int n, PV kw) { return sub_sm(c, caller, a, n, kw, 0); }
static int sm_subn(PCtx *c, PFrame *caller, PV *a, int n, PV kw) { return sub_sm(c, caller, a, n, kw, 1); }

#define RE_SM(name, kind, arity, min, max, fn) \
    (strcmp(name, "sub") == 0 ? sm_sub : strcmp(name, "subn") == 0 ? sm_subn : NULL),
const RtModSmImpl rt_mod_re_sm_impls[] = {PITH_RE_NAMES(RE_SM)};
#undef RE_SM

/* Pattern.sub / Pattern.subn from state-machine code (the Pattern type's sm_call hook). */
int re_pattern_sm_call(PCtx *c, PFrame *caller, PV self, PV name, PV *a, int nargs, PV kw) {
    int subn = name && RT_IS(name, RT_T_STR) && rt_name_is(name, "subn");
    if (!name || !RT_IS(name, RT_T_STR) || (!subn && !rt_name_is(name, "sub"))) return RT_SM_DECLINED;
    int n = nargs - (kw ? (int)((RtTuple *)kw)->n : 0);
    if (!waits(repl_arg(a, n, kw, 0))) return RT_SM_DECLINED;
    static const char *const names[] = {"repl", "string", "count"};
    PV v[3];
    pi64 count;
    if (re_bind(c, subn ? "subn" : "sub", names, 2, 3, a, n, kw, v) < 0 || int_arg(c, v[2], &count) < 0)
        return PITH_STEP_ERR;
    return re_sub_sm(c, caller, (RtRePattern *)self, v[0], v[1], count, subn);
}
