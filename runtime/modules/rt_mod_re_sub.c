/* rt_mod_re_sub.c — replacement templates (CPython 3.11's sre_parse.parse_template: \g<name>, \g<1>, \1,
 * the escapes \n \t ..., CPython's errors) and sub/subn, whose replacement is a template or a function called
 * with each Match. Stage: runtime, part modules/ (rt_mod_re.h).
 *
 * A function replacement runs as a loop of steps (re_sub_step) over a small state of values: it finds the next
 * match, asks for one call of the function with it, and takes the result in the next step. Run on the C stack
 * when the function cannot wait on the host (sub_run), the same steps run as a native frame when it can
 * (RtTypeDesc.drive, rt_native.c's NF_DRIVE), so a function that calls the host suspends the whole run and a
 * snapshot holds the loop. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "rt_exec.h"
#include "rt_mod_re.h"

/* ---- templates ---- */

typedef struct TItem {
    int group; /* >= 0: that group's text; -1: literal text lit[off .. off + len) */
    pi64 off, len;
} TItem;

typedef struct Template {
    PithBuf lit;
    TItem *items;
    int n, cap;
} Template;

static void tmpl_free(PCtx *c, Template *t) {
    pith_buf_free(&t->lit);
    rt_free(c, t->items, sizeof(TItem) * (size_t)t->cap);
}

static int tmpl_add(PCtx *c, Template *t, int group, pi64 off, pi64 len) {
    if (group < 0 && t->n && t->items[t->n - 1].group < 0) { /* extend the literal run */
        t->items[t->n - 1].len += len;
        return 0;
    }
    if (t->n == t->cap) {
        int cap = t->cap ? t->cap * 2 : 8;
        TItem *it = rt_realloc(c, t->items, sizeof(TItem) * (size_t)t->cap, sizeof(TItem) * (size_t)cap);
        if (!it) return -1;
        t->items = it;
        t->cap = cap;
    }
    t->items[t->n++] = (TItem){group, off, len};
    return 0;
}

static int lit(PCtx *c, Template *t, const void *s, pi64 n) {
    pi64 off = (pi64)t->lit.len;
    if (pith_buf_put(&t->lit, s, (size_t)n) < 0) return -1;
    return tmpl_add(c, t, -1, off, n);
}

static int lit_code(PCtx *c, Template *t, unsigned v, int is_bytes) {
    char b[4];
    if (is_bytes || v < 0x80) {
        b[0] = (char)v;
        return lit(c, t, b, 1);
    }
    b[0] = (char)(0xC0 | v >> 6); /* v <= 0377 here */
    b[1] = (char)(0x80 | (v & 0x3F));
    return lit(c, t, b, 2);
}

static int is_digit(int ch) { return ch >= '0' && ch <= '9'; }
static int is_oct(int ch) { return ch >= '0' && ch <= '7'; }
static int is_alpha(int ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }

/* Template parse errors: re.error at a code point position of the template. */
static int terr(PCtx *c, PV src, const unsigned char *s, pi64 at, int is_bytes, const char *fmt, ...) {
    char msg[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    pi64 pos = at;
    if (!is_bytes) {
        pos = 0;
        for (pi64 j = 0; j < at; j++) pos += (s[j] & 0xC0) != 0x80;
    }
    re_raise_error(c, msg, is_bytes ? PV_NULL : src, pos);
    return -1;
}

static int group_ref(PCtx *c, Template *t, RtRePattern *p, PV src, const unsigned char *s, pi64 at, int g) {
    if (g > p->groups) return terr(c, src, s, at, p->is_bytes, "invalid group reference %d", g);
    return tmpl_add(c, t, g, 0, 0);
}

/* \g<...> at s[i] ('\\'): the group by name or number. *next: past '>'. */
static int g_escape(PCtx *c, Template *t, RtRePattern *p, PV src, const unsigned char *s, pi64 n, pi64 i, pi64 *next) {
    int isb = p->is_bytes;
    if (i + 2 >= n || s[i + 2] != '<') return terr(c, src, s, i + 2, isb, "missing <");
    pi64 a = i + 3, j = a;
    while (j < n && s[j] != '>') j++;
    if (j == a) return terr(c, src, s, a, isb, "missing group name");
    if (j >= n) return terr(c, src, s, a, isb, "missing >, unterminated name");
    *next = j + 1;
    char name[128];
    pi64 len = j - a < (pi64)sizeof name - 1 ? j - a : (pi64)sizeof name - 1;
    memcpy(name, s + a, (size_t)len);
    name[len] = 0;
    int ident = is_alpha(s[a]) || s[a] == '_' || s[a] >= 0x80, digits = 1;
    for (pi64 k = a; k < j; k++) {
        ident &= is_alpha(s[k]) || is_digit(s[k]) || s[k] == '_' || s[k] >= 0x80;
        digits &= is_digit(s[k]);
    }
    if (ident && j - a < (pi64)sizeof name) {
        int g = pcre2_substring_number_from_name(p->code, (PCRE2_SPTR)name);
        if (g <= 0) {
            rt_err(c, PITH_B_INDEXERROR, "unknown group name '%s'", name);
            return -1;
        }
        return tmpl_add(c, t, g, 0, 0);
    }
    if (!digits || j - a > 9) return terr(c, src, s, a, isb, "bad character in group name '%s'", name);
    int g = 0;
    for (pi64 k = a; k < j; k++) g = g * 10 + (s[k] - '0');
    return group_ref(c, t, p, src, s, a, g);
}

/* The template tmpl (a str or bytes, like the pattern) of pattern p, parsed. */
static int tmpl_parse(PCtx *c, RtRePattern *p, PV src, Template *t) {
    memset(t, 0, sizeof *t);
    t->lit = rt_buf_new(c);
    int isb = p->is_bytes;
    if (isb ? !RT_IS(src, RT_T_BYTES) : !RT_IS(src, RT_T_STR)) { /* CPython's words for these */
        rt_err(c, PITH_B_TYPEERROR,
               isb ? "sequence item 0: expected a bytes-like object, %s found"
                   : "decoding to str: need a bytes-like object, %s found",
               rt_type_name(src));
        return -1;
    }
    const unsigned char *s = isb ? ((RtBytes *)src)->data : (const unsigned char *)((RtStr *)src)->data;
    pi64 n = isb ? ((RtBytes *)src)->n : ((RtStr *)src)->nbytes, i = 0;
    if (rt_tick(c, n >> 4) < 0) return -1;
    while (i < n) {
        pi64 j = i;
        while (j < n && s[j] != '\\') j++;
        if (j > i && lit(c, t, s + i, j - i) < 0) return -1;
        if (j >= n) break;
        i = j;
        if (i + 1 >= n) return terr(c, src, s, i, isb, "bad escape (end of pattern)");
        int ch = s[i + 1];
        if (ch == 'g') {
            if (g_escape(c, t, p, src, s, n, i, &i) < 0) return -1;
            continue;
        }
        if (ch == '0') {
            pi64 k = i + 2;
            unsigned v = 0;
            while (k < n && k < i + 4 && is_oct(s[k])) v = v * 8 + (unsigned)(s[k++] - '0');
            if (lit_code(c, t, v & 0xff, isb) < 0) return -1;
            i = k;
            continue;
        }
        if (is_digit(ch)) {
            pi64 k = i + 2;
            int g = ch - '0';
            if (k < n && is_digit(s[k])) {
                if (is_oct(ch) && is_oct(s[k]) && k + 1 < n && is_oct(s[k + 1])) {
                    unsigned v = (unsigned)((ch - '0') * 64 + (s[k] - '0') * 8 + (s[k + 1] - '0'));
                    if (v > 0377) {
                        char e[5] = {'\\', (char)ch, (char)s[k], (char)s[k + 1], 0};
                        return terr(c, src, s, i, isb, "octal escape value %s outside of range 0-0o377", e);
                    }
                    if (lit_code(c, t, v, isb) < 0) return -1;
                    i = k + 2;
                    continue;
                }
                g = g * 10 + (s[k++] - '0');
            }
            if (group_ref(c, t, p, src, s, i + 1, g) < 0) return -1;
            i = k;
            continue;
        }
        static const char esc_from[] = "abfnrtv\\", esc_to[] = "\a\b\f\n\r\t\v\\";
        const char *e = ch ? strchr(esc_from, ch) : NULL;
        if (e) {
            if (lit(c, t, esc_to + (e - esc_from), 1) < 0) return -1;
        } else if (is_alpha(ch)) {
            return terr(c, src, s, i, isb, "bad escape \\%c", ch);
        } else if (lit(c, t, s + i, 1) < 0) { /* \. stays \. */
            return -1;
        }
        i++; /* the character after the backslash is copied as the text that follows */
        if (e) i++;
    }
    return t->lit.failed ? (rt_err_nomem(c), -1) : 0;
}

/* Appends the expansion of t for the last match (group text from the ovector, or a Match's spans). */
static int tmpl_put(PithBuf *b, const Template *t, const unsigned char *subject, const pi64 *spans, int stride) {
    for (int k = 0; k < t->n; k++) {
        const TItem *it = &t->items[k];
        if (it->group < 0) {
            pith_buf_put(b, t->lit.p + it->off, (size_t)it->len);
            continue;
        }
        pi64 a = spans[stride * it->group], e = spans[stride * it->group + 1];
        if (a >= 0 && e >= a) pith_buf_put(b, subject + a, (size_t)(e - a)); /* an unmatched group: '' */
    }
    return b->failed ? -1 : 0;
}

static PV finish_text(PCtx *c, PithBuf *b, int is_bytes) {
    if (!is_bytes) return rt_buf_finish(b);
    PV r = b->failed ? PV_NULL : rt_bytes_const(c, b->p ? b->p : "", (pi64)b->len);
    pith_buf_free(b);
    return r;
}

PV re_expand(PCtx *c, RtReMatch *m, PV tmpl) {
    RtRePattern *p = (RtRePattern *)m->pattern;
    Template t;
    if (tmpl_parse(c, p, tmpl, &t) < 0) {
        tmpl_free(c, &t);
        return PV_NULL;
    }
    const unsigned char *subject =
        p->is_bytes ? ((RtBytes *)m->string)->data : (const unsigned char *)((RtStr *)m->string)->data;
    PithBuf b = rt_buf_new(c);
    tmpl_put(&b, &t, subject, m->span + 2, 4);
    tmpl_free(c, &t);
    return finish_text(c, &b, p->is_bytes);
}

static PV sub_result(PCtx *c, PV text, pi64 n, int subn) {
    if (!text || !subn) return text;
    PV kv[2] = {text, rt_int_from_i64(c, n)};
    if (!kv[1]) {
        pv_decref(c, text);
        return PV_NULL;
    }
    return rt_tuple_from_steal(c, kv, 2);
}

/* sub with a template: one pass, the result built as it goes. */
static PV sub_template(PCtx *c, RtRePattern *p, PV repl, PV string, pi64 count, int subn) {
    Template t;
    ReRun r;
    if (tmpl_parse(c, p, repl, &t) < 0 || re_run_init(c, &r, p, string, 0, 0x7fffffffffffffffLL) < 0) {
        tmpl_free(c, &t);
        return PV_NULL;
    }
    PithBuf b = rt_buf_new(c);
    pi64 last = 0, n = 0, *spans = rt_alloc(c, sizeof(pi64) * 2 * (size_t)(p->groups + 1));
    int rc = spans ? 0 : -1;
    while (spans && (count == 0 || n < count) && (rc = re_scan_next(&r)) > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r.md);
        pith_buf_put(&b, r.text.data + last, (size_t)((pi64)ov[0] - last));
        for (int g = 0; g <= p->groups; g++) { /* the ovector holds every group (made from the pattern) */
            spans[2 * g] = ov[2 * g] == PCRE2_UNSET ? -1 : (pi64)ov[2 * g];
            spans[2 * g + 1] = ov[2 * g] == PCRE2_UNSET ? -1 : (pi64)ov[2 * g + 1];
        }
        tmpl_put(&b, &t, r.text.data, spans, 2);
        last = (pi64)ov[1];
        n++;
        if (b.failed) {
            rc = -1;
            break;
        }
    }
    rt_free(c, spans, sizeof(pi64) * 2 * (size_t)(p->groups + 1));
    if (rc >= 0) pith_buf_put(&b, r.text.data + last, (size_t)(r.text.nbytes - last));
    re_run_free(&r);
    tmpl_free(c, &t);
    if (rc < 0 || b.failed) {
        pith_buf_free(&b);
        if (!rt_exc_pending(c)) rt_err_nomem(c);
        return PV_NULL;
    }
    return sub_result(c, finish_text(c, &b, p->is_bytes), n, subn);
}

/* ---- sub with a function: the loop of steps ----
 * state: s[0] the Pattern, s[1] the subject, s[2] the function, s[3] the pieces so far (a list), then small
 * ints: s[4] where the scan goes on (bytes), s[5] bit 0: the last match was empty, bit 1: the subject's UTF-8 was
 * checked, s[6] replacements made, s[7] the most
 * to make (0: all), s[8] the end of the last match (bytes), s[9] 1 for subn; s[10] the Match being replaced. */

static int slot_int(PV v, pi64 lo, pi64 hi, pi64 *out) {
    if (!v || !PV_IS_INT(v) || PV_IVAL(v) < lo || PV_IVAL(v) > hi) return -1;
    *out = PV_IVAL(v);
    return 0;
}

static int append_text(PCtx *c, PV list, const unsigned char *s, pi64 n, int is_bytes) {
    if (n == 0) return 0; /* CPython keeps no empty piece: the join's error names the same item */
    PV v = is_bytes ? rt_bytes_const(c, (const char *)s, n) : rt_str_new(c, (const char *)s, n);
    int r = v ? rt_list_append(c, list, v) : -1;
    pv_xdecref(c, v);
    return r;
}

static PV join(PCtx *c, PV list, int is_bytes) {
    PithBuf b = rt_buf_new(c);
    RtList *l = (RtList *)list;
    for (pi64 k = 0; k < l->n; k++) {
        PV v = l->items[k];
        if (is_bytes ? !RT_IS(v, RT_T_BYTES) : !RT_IS(v, RT_T_STR)) {
            pith_buf_free(&b);
            rt_err(c, PITH_B_TYPEERROR,
                   is_bytes ? "sequence item %lld: expected a bytes-like object, %s found"
                            : "sequence item %lld: expected str instance, %s found",
                   (long long)k, rt_type_name(v));
            return PV_NULL;
        }
        if (is_bytes)
            pith_buf_put(&b, ((RtBytes *)v)->data, (size_t)((RtBytes *)v)->n);
        else
            rt_buf_put_str(&b, v);
    }
    return finish_text(c, &b, is_bytes);
}

int re_sub_step(PCtx *c, PV *s, PV got, PV *f, PV *arg, PV *out) {
    pi64 next, empty, n, count, last, subn;
    /* RT_IS reads the object: a slot must be tested for PV_NULL first */
    if (!s[0] || !s[1] || !s[2] || !s[3] || !RT_IS(s[0], RT_T_RE_PATTERN) || !RT_IS(s[3], RT_T_LIST)) goto corrupt;
    RtRePattern *p = (RtRePattern *)s[0];
    if (p->is_bytes ? !RT_IS(s[1], RT_T_BYTES) : !RT_IS(s[1], RT_T_STR)) goto corrupt;
    pi64 nbytes = p->is_bytes ? ((RtBytes *)s[1])->n : ((RtStr *)s[1])->nbytes;
    if (slot_int(s[4], 0, nbytes, &next) < 0 || slot_int(s[5], 0, 3, &empty) < 0 ||
        slot_int(s[6], 0, PV_SMALL_MAX, &n) < 0 || slot_int(s[7], 0, PV_SMALL_MAX, &count) < 0 ||
        slot_int(s[8], 0, next, &last) < 0 || slot_int(s[9], 0, 1, &subn) < 0)
        goto corrupt;
    const unsigned char *text = p->is_bytes ? ((RtBytes *)s[1])->data : (const unsigned char *)((RtStr *)s[1])->data;
    if (!p->is_bytes &&
        ((next < nbytes && (text[next] & 0xC0) == 0x80) || (last < nbytes && (text[last] & 0xC0) == 0x80)))
        goto corrupt; /* offsets inside a character would cut the text apart */
    if (got) { /* the function's result for the Match in s[10]; its type is checked by the join, as CPython does */
        if (got != PV_NONE && rt_list_append(c, s[3], got) < 0) return -1;
        pv_xdecref(c, s[10]);
        s[10] = PV_NULL;
    }
    if (count == 0 || n < count) {
        ReRun r;
        if (re_run_init(c, &r, p, s[1], 0, 0x7fffffffffffffffLL) < 0) return -1;
        r.next_b = next;
        r.last_empty = (int)(empty & 1);
        r.checked = (int)(empty >> 1); /* the subject's UTF-8 was checked by an earlier step */
        int rc = re_scan_next(&r);
        if (rc > 0) {
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r.md);
            PV m = append_text(c, s[3], r.text.data + last, (pi64)ov[0] - last, p->is_bytes) < 0
                       ? PV_NULL
                       : re_match_new(&r, s[1]);
            s[4] = PV_INT(r.next_b);
            s[5] = PV_INT(r.last_empty | r.checked << 1);
            s[6] = PV_INT(n + 1);
            s[8] = PV_INT((pi64)ov[1]);
            re_run_free(&r);
            if (!m) return -1;
            s[10] = m;
            *f = s[2];
            *arg = m;
            return 1;
        }
        re_run_free(&r);
        if (rc < 0) return -1;
    }
    if (append_text(c, s[3], text + last, nbytes - last, p->is_bytes) < 0) return -1;
    *out = sub_result(c, join(c, s[3], p->is_bytes), n, (int)subn);
    return *out ? 0 : -1;
corrupt:
    rt_err(c, PITH_B_SYSTEMERROR, "corrupt native frame");
    return -1;
}

/* The state of a sub with a function, in RT_DRIVE_SLOTS values (new references). */
static int sub_state(PCtx *c, RtRePattern *p, PV repl, PV string, pi64 count, int subn, PV *s) {
    memset(s, 0, sizeof(PV) * RT_DRIVE_SLOTS);
    if (p->is_bytes ? !RT_IS(string, RT_T_BYTES) : !RT_IS(string, RT_T_STR)) {
        ReRun r; /* the TypeError CPython raises for this subject */
        if (re_run_init(c, &r, p, string, 0, 0) == 0) re_run_free(&r);
        return -1;
    }
    if (!(s[3] = rt_list_new(c, 0))) return -1;
    pv_incref((PV)p);
    pv_incref(string);
    pv_incref(repl);
    s[0] = (PV)p;
    s[1] = string;
    s[2] = repl;
    s[4] = s[5] = s[6] = s[8] = PV_INT(0);
    s[7] = PV_INT(count > PV_SMALL_MAX ? PV_SMALL_MAX : count);
    s[9] = PV_INT(subn);
    return 0;
}

static void state_clear(PCtx *c, PV *s) {
    for (int k = 0; k < RT_DRIVE_SLOTS; k++) pv_xdecref(c, s[k]), s[k] = PV_NULL;
}

/* The loop on the C stack: the function cannot wait on the host. */
static PV sub_run(PCtx *c, PV *s) {
    PV got = PV_NULL, f, arg, out = PV_NULL;
    int r;
    while ((r = re_sub_step(c, s, got, &f, &arg, &out)) == 1) {
        pv_xdecref(c, got);
        got = rt_call_value(c, f, &arg, 1, PV_NULL);
        if (!got) break;
    }
    pv_xdecref(c, got);
    state_clear(c, s);
    return r == 0 ? out : PV_NULL;
}

static int is_function(PV repl) {
    return PV_IS_OBJ(repl) && !RT_IS(repl, RT_T_STR) && !RT_IS(repl, RT_T_BYTES) && rt_type_desc(RT_OBJ(repl))->call;
}

PV re_sub(PCtx *c, RtRePattern *p, PV repl, PV string, pi64 count, int subn) {
    if (count < 0) { /* CPython replaces nothing (its loop runs while n < count) */
        ReRun r;
        if (re_run_init(c, &r, p, string, 0, 0) < 0) return PV_NULL;
        re_run_free(&r);
        pv_incref(string);
        return sub_result(c, string, 0, subn);
    }
    if (!is_function(repl)) return sub_template(c, p, repl, string, count, subn);
    PV s[RT_DRIVE_SLOTS];
    if (sub_state(c, p, repl, string, count, subn, s) < 0) {
        state_clear(c, s);
        return PV_NULL;
    }
    return sub_run(c, s);
}

int re_sub_sm(PCtx *c, PFrame *caller, RtRePattern *p, PV repl, PV string, pi64 count, int subn) {
    if (count < 0 || !is_function(repl) || !rt_call_waits(repl))
        return rt_sm_deliver(c, caller, re_sub(c, p, repl, string, count, subn));
    PV s[RT_DRIVE_SLOTS];
    if (sub_state(c, p, repl, string, count, subn, s) < 0) {
        state_clear(c, s);
        return PITH_STEP_ERR;
    }
    return rt_sm_drive(c, caller, s);
}
