/* rt_mod_re_compile.c — compiling patterns with PCRE2 and running one match within the execution's limits.
 * Stage: runtime, part modules/ (rt_mod_re.h).
 *
 * Memory: every block PCRE2 takes (the compiled code, match data, its backtracking frames) comes from the
 * execution's allocator through a general context whose hooks call rt_alloc, so the memory limit holds and a
 * finished run releases them with everything else.
 * Time: one pcre2_match call cannot be interrupted, so it runs under a match limit; when the limit is hit the
 * clock is read (the time limit's error if it passed) and the match is tried again with a larger limit, sized
 * from the rate just measured so that one try cannot overrun what is left of the time by much. Catastrophic
 * backtracking thus ends with the time limit like any other runaway loop, whatever the machine's speed.
 * Compiled patterns are cached per execution (RtCtx.re_cache, like CPython's re._cache: at most 512,
 * the oldest dropped first). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "rt_mod_re.h"

enum { RE_CACHE_MAX = 512 };
#define RE_FIRST_LIMIT 1000000u /* match() steps of the first try: a few milliseconds */

/* ---- PCRE2's memory on the execution's allocator (the block's size is kept before it) ---- */

static void *re_malloc(size_t n, void *data) {
    size_t *p = rt_alloc((PCtx *)data, n + 16);
    if (!p) return NULL;
    p[0] = n + 16;
    return (char *)p + 16;
}

static void re_free(void *p, void *data) {
    if (!p) return;
    size_t *b = (size_t *)((char *)p - 16);
    rt_free((PCtx *)data, b, b[0]);
}

/* ---- offsets: code points and bytes ---- */

int re_text_init(PCtx *c, ReText *t, PV s) {
    memset(t, 0, sizeof *t);
    if (RT_IS(s, RT_T_STR)) {
        RtStr *x = (RtStr *)s;
        t->data = (const unsigned char *)x->data;
        t->nbytes = x->nbytes;
        t->nchars = x->nchars;
        t->ascii = x->nbytes == x->nchars;
        return 0;
    }
    if (RT_IS(s, RT_T_BYTES)) {
        RtBytes *x = (RtBytes *)s;
        t->data = x->data;
        t->nbytes = t->nchars = x->n;
        t->ascii = 1;
        return 0;
    }
    rt_err(c, PITH_B_TYPEERROR, "expected string or bytes-like object, got '%s'", rt_type_name(s));
    return -1;
}

pi64 re_text_cp(ReText *t, pi64 b) {
    if (t->ascii) return b;
    if (b < t->cur_b / 2) t->cur_b = t->cur_c = 0; /* nearer the start than the cursor */
    while (t->cur_b < b) t->cur_c += (t->data[t->cur_b++] & 0xC0) != 0x80;
    while (t->cur_b > b) t->cur_c -= (t->data[--t->cur_b] & 0xC0) != 0x80;
    return t->cur_c;
}

pi64 re_text_byte(PCtx *c, ReText *t, pi64 cp) {
    (void)c;
    if (t->ascii) return cp;
    if (cp < t->cur_c / 2) t->cur_b = t->cur_c = 0;
    while (t->cur_c < cp && t->cur_b < t->nbytes) {
        t->cur_b++;
        while (t->cur_b < t->nbytes && (t->data[t->cur_b] & 0xC0) == 0x80) t->cur_b++;
        t->cur_c++;
    }
    while (t->cur_c > cp) {
        while (t->cur_b > 0 && (t->data[--t->cur_b] & 0xC0) == 0x80) {}
        t->cur_c--;
    }
    return t->cur_b;
}

/* ---- re.error ---- */

PV re_error_class(PCtx *c) { return rt_builtin(c, PITH_B_REERROR); }

void re_raise_error(PCtx *c, const char *msg, PV pattern, pi64 pos) {
    char text[320];
    if (pos < 0) {
        snprintf(text, sizeof text, "%s", msg);
    } else if (pattern && RT_IS(pattern, RT_T_STR) &&
               memchr(((RtStr *)pattern)->data, '\n', (size_t)((RtStr *)pattern)->nbytes)) {
        /* CPython adds the line and column in a pattern of several lines */
        const unsigned char *s = (const unsigned char *)((RtStr *)pattern)->data;
        pi64 line = 1, col = 1, k = 0;
        for (pi64 b = 0; b < ((RtStr *)pattern)->nbytes && k < pos; b++) {
            if ((s[b] & 0xC0) == 0x80) continue;
            k++;
            if (s[b] == '\n')
                line++, col = 1;
            else
                col++;
        }
        snprintf(text, sizeof text, "%s at position %lld (line %lld, column %lld)", msg, (long long)pos,
                 (long long)line, (long long)col);
    } else {
        snprintf(text, sizeof text, "%s at position %lld", msg, (long long)pos);
    }
    PV m = rt_str_cstr(c, text);
    PV args = m ? rt_tuple_from_steal(c, &m, 1) : PV_NULL;
    PV e = args ? rt_exc_new(c, PITH_B_REERROR, args) : PV_NULL;
    if (!e) return;
    rt_raise(c, e);
    pv_decref(c, e);
}

/* ---- compiling ---- */

int re_flags_arg(PCtx *c, PV v, int *flags) {
    pi64 f;
    if (!v) {
        *flags = 0;
        return 0;
    }
    if (!rt_is_int(v)) {
        rt_err(c, PITH_B_TYPEERROR, "unsupported operand type(s) for &: '%s' and 'int'", rt_type_name(v));
        return -1;
    }
    if (rt_int_to_i64(v, &f) < 0 || f < 0 || f > 0x7fffffff) {
        rt_err(c, PITH_B_VALUEERROR, "bad flags %R", v); /* unreachable through re's own flags */
        return -1;
    }
    *flags = (int)f;
    return 0;
}

/* CPython's message for a PCRE2 compile error that the translation did not catch first. */
static void compile_error(PCtx *c, int code, PV pattern, pi64 pos) {
    if (code == PCRE2_ERROR_LOOKBEHIND_NOT_FIXED_LENGTH) {
        re_raise_error(c, "look-behind requires fixed-width pattern", pattern, -1);
        return;
    }
    char msg[160] = "";
    pcre2_get_error_message(code, (PCRE2_UCHAR *)msg, sizeof msg);
    if (code == PCRE2_ERROR_TOO_MANY_CONDITION_BRANCHES)
        snprintf(msg, sizeof msg, "conditional backref with more than two branches");
    else if (code == PCRE2_ERROR_QUANTIFIER_TOO_BIG)
        snprintf(msg, sizeof msg, "the repetition number is too large");
    re_raise_error(c, msg, pattern, pos);
}

static void pattern_free_parts(PCtx *c, RtRePattern *p) {
    if (p->code) pcre2_code_free(p->code);
    p->code = NULL;
    rt_free(c, p->parent, sizeof(int) * (size_t)(p->groups + 1));
    p->parent = NULL;
}

/* Compiles into p (p->pattern set, p->flags the flags given). 0, or -1 + exception. */
static int compile_into(PCtx *c, RtRePattern *p) {
    PV src = p->pattern;
    int is_bytes = RT_IS(src, RT_T_BYTES), flags = p->flags;
    if (!is_bytes && !RT_IS(src, RT_T_STR)) {
        rt_err(c, PITH_B_TYPEERROR, "first argument must be string or compiled pattern");
        return -1;
    }
    const char *s = is_bytes ? (const char *)((RtBytes *)src)->data : ((RtStr *)src)->data;
    pi64 n = is_bytes ? ((RtBytes *)src)->n : ((RtStr *)src)->nbytes;
    PithBuf out = rt_buf_new(c);
    int *parent = NULL, ngroups = 0;
    if (re_translate(c, s, n, is_bytes, &flags, &out, &parent, &ngroups) < 0) {
        pith_buf_free(&out);
        return -1;
    }
    /* sre_parse.fix_flags */
    const char *bad = NULL;
    if (!is_bytes && (flags & RE_LOCALE))
        bad = "cannot use LOCALE flag with a str pattern";
    else if (!is_bytes && (flags & RE_ASCII) && (flags & RE_UNICODE))
        bad = "ASCII and UNICODE flags are incompatible";
    else if (is_bytes && (flags & RE_UNICODE))
        bad = "cannot use UNICODE flag with a bytes pattern";
    else if (is_bytes && (flags & RE_LOCALE) && (flags & RE_ASCII))
        bad = "ASCII and LOCALE flags are incompatible";
    if (bad) {
        rt_free(c, parent, sizeof(int) * (size_t)(ngroups + 1));
        pith_buf_free(&out);
        rt_err(c, PITH_B_VALUEERROR, "%s", bad);
        return -1;
    }
    if (!is_bytes && !(flags & RE_ASCII)) flags |= RE_UNICODE;
    uint32_t opts = PCRE2_ALT_CIRCUMFLEX; /* (?m)^ matches after a final newline too, as in Python */
    if (!is_bytes) opts |= PCRE2_UTF | (flags & RE_ASCII ? 0 : PCRE2_UCP);
    if (flags & RE_IGNORECASE) opts |= PCRE2_CASELESS;
    if (flags & RE_MULTILINE) opts |= PCRE2_MULTILINE;
    if (flags & RE_DOTALL) opts |= PCRE2_DOTALL;
    pcre2_general_context *gc = pcre2_general_context_create(re_malloc, re_free, c);
    pcre2_compile_context *cc = gc ? pcre2_compile_context_create(gc) : NULL;
    if (!cc) {
        pcre2_general_context_free(gc);
        rt_free(c, parent, sizeof(int) * (size_t)(ngroups + 1));
        pith_buf_free(&out);
        if (!rt_exc_pending(c)) rt_err_nomem(c);
        return -1;
    }
    pcre2_set_newline(cc, PCRE2_NEWLINE_LF);
    pcre2_set_bsr(cc, PCRE2_BSR_UNICODE);
    int err = 0;
    PCRE2_SIZE off = 0;
    pcre2_code *code =
        out.failed ? NULL : pcre2_compile((PCRE2_SPTR)(out.p ? out.p : ""), out.len, opts, &err, &off, cc);
    pcre2_compile_context_free(cc);
    pcre2_general_context_free(gc);
    pith_buf_free(&out);
    if (!code) {
        rt_free(c, parent, sizeof(int) * (size_t)(ngroups + 1));
        if (!rt_exc_pending(c)) {
            if (err == PCRE2_ERROR_NOMEMORY || err == 0)
                rt_err_nomem(c);
            else
                compile_error(c, err, is_bytes ? PV_NULL : src, -1);
        }
        return -1;
    }
    uint32_t count = 0;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &count);
    if ((int)count != ngroups) { /* the translation keeps group numbers: this cannot happen */
        pcre2_code_free(code);
        rt_free(c, parent, sizeof(int) * (size_t)(ngroups + 1));
        rt_err(c, PITH_B_SYSTEMERROR, "re: group count mismatch");
        return -1;
    }
    if (rt_tick(c, n) < 0) { /* compiling costs about a pass per pattern byte */
        pcre2_code_free(code);
        rt_free(c, parent, sizeof(int) * (size_t)(ngroups + 1));
        return -1;
    }
    p->code = code;
    p->parent = parent;
    p->groups = ngroups;
    p->flags = flags;
    p->is_bytes = is_bytes;
    return 0;
}

PV re_pattern_new(PCtx *c, PV pattern, int flags) {
    RtRePattern *p = (RtRePattern *)rt_obj_new(c, RT_T_RE_PATTERN, sizeof(RtRePattern));
    if (!p) return PV_NULL;
    pv_incref(pattern);
    p->pattern = pattern;
    p->flags = flags;
    if (compile_into(c, p) < 0) {
        pv_decref(c, (PV)p);
        return PV_NULL;
    }
    return (PV)p;
}

void re_purge(PCtx *c) {
    PV d = RT_CTX(c)->re_cache;
    RT_CTX(c)->re_cache = PV_NULL;
    pv_xdecref(c, d);
}

PV re_compile_value(PCtx *c, PV pattern, int flags) {
    if (RT_IS(pattern, RT_T_RE_PATTERN)) {
        if (flags) {
            rt_err(c, PITH_B_VALUEERROR, "cannot process flags argument with a compiled pattern");
            return PV_NULL;
        }
        pv_incref(pattern);
        return pattern;
    }
    if (!RT_IS(pattern, RT_T_STR) && !RT_IS(pattern, RT_T_BYTES)) {
        rt_err(c, PITH_B_TYPEERROR, "first argument must be string or compiled pattern");
        return PV_NULL;
    }
    RtCtx *x = RT_CTX(c);
    PV kv[2] = {pattern, PV_INT(flags)};
    pv_incref(pattern);
    PV key = rt_tuple_from_steal(c, kv, 2);
    if (!key) return PV_NULL;
    if (x->re_cache) {
        PV hit;
        int r = rt_dict_lookup(c, x->re_cache, key, &hit);
        if (r != 0) {
            pv_decref(c, key);
            if (r < 0) return PV_NULL;
            pv_incref(hit);
            return hit;
        }
    }
    PV p = re_pattern_new(c, pattern, flags);
    if (!p) {
        pv_decref(c, key);
        return PV_NULL;
    }
    if (!x->re_cache && !(x->re_cache = rt_dict_new(c))) {
        pv_decref(c, key);
        return p; /* the cache is optional: the pattern is still good */
    }
    RtDict *d = (RtDict *)x->re_cache;
    if (d->n >= RE_CACHE_MAX) { /* drop the oldest */
        pi64 pos = 0;
        PV k, v;
        if (rt_dict_next_entry(d, &pos, &k, &v)) {
            pv_incref(k);
            rt_dict_del(c, x->re_cache, k);
            pv_decref(c, k);
        }
    }
    if (rt_dict_set(c, x->re_cache, key, p) < 0) {
        pv_decref(c, key);
        pv_decref(c, p);
        return PV_NULL;
    }
    pv_decref(c, key);
    return p;
}

/* ---- the Pattern's parts that deallocation and snapshots need (rt_mod_re_pattern.c) ---- */
void re_pattern_finalize(PCtx *c, PObj *o) { pattern_free_parts(c, (RtRePattern *)o); }
int re_pattern_recompile(PCtx *c, RtRePattern *p) {
    pattern_free_parts(c, p);
    return compile_into(c, p);
}

/* ---- running ---- */

int re_run_init(PCtx *c, ReRun *r, RtRePattern *p, PV s, pi64 pos, pi64 endpos) {
    memset(r, 0, sizeof *r);
    r->c = c;
    r->p = p;
    if (re_text_init(c, &r->text, s) < 0) return -1;
    if (p->is_bytes && !RT_IS(s, RT_T_BYTES)) {
        rt_err(c, PITH_B_TYPEERROR, "cannot use a bytes pattern on a string-like object");
        return -1;
    }
    if (!p->is_bytes && !RT_IS(s, RT_T_STR)) {
        rt_err(c, PITH_B_TYPEERROR, "cannot use a string pattern on a bytes-like object");
        return -1;
    }
    pi64 len = r->text.nchars;
    pos = pos < 0 ? 0 : pos > len ? len : pos;
    endpos = endpos < 0 ? 0 : endpos > len ? len : endpos;
    r->pos_c = pos;
    r->endpos_c = endpos;
    r->start_b = re_text_byte(c, &r->text, pos);
    r->end_b = re_text_byte(c, &r->text, endpos);
    r->next_b = r->start_b;
    r->done = pos > endpos;
    r->gc = pcre2_general_context_create(re_malloc, re_free, c);
    r->mc = r->gc ? pcre2_match_context_create(r->gc) : NULL;
    r->md = r->mc ? pcre2_match_data_create_from_pattern(p->code, r->gc) : NULL;
    if (!r->md) {
        re_run_free(r);
        if (!rt_exc_pending(c)) rt_err_nomem(c);
        return -1;
    }
    return 0;
}

void re_run_free(ReRun *r) {
    if (r->md) pcre2_match_data_free(r->md);
    if (r->mc) pcre2_match_context_free(r->mc);
    if (r->gc) pcre2_general_context_free(r->gc);
    r->md = NULL;
    r->mc = NULL;
    r->gc = NULL;
}

/* The match limit of the next try after `limit` steps took `took` seconds and did not finish. */
static uint32_t next_limit(PCtx *c, uint32_t limit, double took) {
    double deadline = RT_CTX(c)->deadline, left = deadline - rt_now(), next = (double)limit * 2;
    if (deadline > 0 && took > 0) {
        double fit = (double)limit / took * left * 0.5; /* what half the time left allows at this rate */
        if (fit < next) next = fit;
    }
    if (next < RE_FIRST_LIMIT / 4) next = RE_FIRST_LIMIT / 4;
    return next > 4.0e9 ? 4000000000u : (uint32_t)next;
}

int re_run_exec(ReRun *r, pi64 at, uint32_t opts) {
    PCtx *c = r->c;
    uint32_t limit = RE_FIRST_LIMIT;
    for (;;) {
        pcre2_set_match_limit(r->mc, limit);
        double t0 = rt_now();
        int rc = pcre2_match(r->p->code, (PCRE2_SPTR)r->text.data, (PCRE2_SIZE)r->end_b, (PCRE2_SIZE)at,
                             opts | (r->checked ? PCRE2_NO_UTF_CHECK : 0), r->md, r->mc);
        if (rc >= 0 || rc == PCRE2_ERROR_NOMATCH) {
            r->checked = 1;
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->md);
            pi64 scanned = rc >= 0 ? (pi64)ov[1] - at : r->end_b - at;
            if (rt_tick(c, 1 + (scanned > 0 ? scanned >> 4 : 0)) < 0) return -1;
            return rc >= 0;
        }
        if (rc == PCRE2_ERROR_MATCHLIMIT) {
            double took = rt_now() - t0;
            c->fuel = 0; /* read the clock now: the time limit stops a runaway match here */
            if (rt_fuel_out(c) < 0) return -1;
            limit = next_limit(c, limit, took);
            continue;
        }
        if (rt_exc_pending(c)) return -1; /* the allocator refused PCRE2 some memory */
        if (rc == PCRE2_ERROR_NOMEMORY)
            rt_err_nomem(c);
        else if (rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT)
            rt_err(c, PITH_B_RECURSIONERROR, "maximum recursion limit exceeded");
        else if (rc <= PCRE2_ERROR_UTF8_ERR1 && rc >= PCRE2_ERROR_UTF8_ERR21)
            rt_err(c, PITH_B_VALUEERROR, "cannot match a string that is not valid UTF-8 (a lone surrogate)");
        else
            rt_err(c, PITH_B_SYSTEMERROR, "re: PCRE2 match error %d", rc);
        return -1;
    }
}

int re_scan_next(ReRun *r) {
    if (r->done || r->next_b > r->end_b) return 0;
    int rc = re_run_exec(r, r->next_b, r->last_empty ? PCRE2_NOTEMPTY_ATSTART : 0);
    if (rc <= 0) {
        r->done = 1;
        return rc;
    }
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->md);
    r->last_empty = ov[0] == ov[1];
    r->next_b = (pi64)ov[1] > r->next_b ? (pi64)ov[1] : r->next_b; /* \K cannot move a scan backwards */
    return 1;
}

PV re_run_group(ReRun *r, int g, PV dflt) {
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->md);
    if (g >= (int)pcre2_get_ovector_count(r->md) || ov[2 * g] == PCRE2_UNSET) {
        pv_incref(dflt);
        return dflt;
    }
    pi64 a = (pi64)ov[2 * g], b = (pi64)ov[2 * g + 1];
    if (b < a) b = a;
    if (r->p->is_bytes) return rt_bytes_const(r->c, (const char *)r->text.data + a, b - a);
    return rt_str_new(r->c, (const char *)r->text.data + a, b - a);
}

/* Python's lastindex: the group that closed last on the match's path. Among the groups that end furthest
 * right, that is the last one in the pattern, or the outermost group around it that ends there too (groups
 * close inside out). 0: no group matched. */
static int last_index(const RtRePattern *p, const PCRE2_SIZE *ov, int n) {
    int best = 0;
    PCRE2_SIZE end = 0;
    for (int g = 1; g < n; g++) {
        if (ov[2 * g] == PCRE2_UNSET) continue;
        if (!best || ov[2 * g + 1] >= end) best = g, end = ov[2 * g + 1];
    }
    while (best && p->parent[best] && ov[2 * p->parent[best]] != PCRE2_UNSET && ov[2 * p->parent[best] + 1] == end)
        best = p->parent[best];
    return best;
}

PV re_match_new(ReRun *r, PV string) {
    PCtx *c = r->c;
    int n = r->p->groups + 1;
    RtReMatch *m = (RtReMatch *)rt_obj_new(c, RT_T_RE_MATCH, sizeof(RtReMatch) + sizeof(pi64) * 4 * (size_t)n);
    if (!m) return PV_NULL;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->md);
    int have = (int)pcre2_get_ovector_count(r->md);
    pv_incref((PV)r->p);
    pv_incref(string);
    m->pattern = (PV)r->p;
    m->string = string;
    m->pos = r->pos_c;
    m->endpos = r->endpos_c;
    m->ngroups = n;
    for (int g = 0; g < n; g++) {
        pi64 *sp = &m->span[4 * g];
        if (g >= have || ov[2 * g] == PCRE2_UNSET) {
            sp[0] = sp[1] = sp[2] = sp[3] = -1;
            continue;
        }
        sp[2] = (pi64)ov[2 * g];
        sp[3] = (pi64)ov[2 * g + 1] < sp[2] ? sp[2] : (pi64)ov[2 * g + 1];
        sp[0] = re_text_cp(&r->text, sp[2]);
        sp[1] = re_text_cp(&r->text, sp[3]);
    }
    m->lastindex = last_index(r->p, ov, n < have ? n : have);
    return (PV)m;
}
