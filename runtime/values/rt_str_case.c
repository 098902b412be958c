/* rt_str_case.c — str case mapping (upper, lower, casefold, swapcase, title, capitalize: full Unicode
 * mappings incl. 'ß'.upper() == 'SS' and the Greek final sigma) and the is* predicates (isdigit, isalpha,
 * isalnum, isspace, isupper, islower, istitle, isdecimal, isnumeric, isascii, isprintable, isidentifier),
 * with CPython 3.11's definitions. Stage: runtime. Character data: rt_str_unicode.c. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "rt_values.h"

/* A str decoded to code points (rt_alloc'd). */
typedef struct Cps {
    uint32_t *cp; /* the code points */
    pi64 n;       /* how many */
} Cps;

static int decode(PCtx *c, const RtStr *s, Cps *out) {
    out->n = s->nchars;
    out->cp = rt_alloc(c, (size_t)(s->nchars ? s->nchars : 1) * sizeof(uint32_t));
    if (!out->cp) return -1;
    const unsigned char *p = (const unsigned char *)s->data;
    for (pi64 i = 0, k = 0; i < s->nbytes; k++) i += rt_utf8_decode(p + i, &out->cp[k]);
    return 0;
}

static void release(PCtx *c, Cps *x) { rt_free(c, x->cp, (size_t)(x->n ? x->n : 1) * sizeof(uint32_t)); }

/* CPython's final-sigma rule for U+03A3 at position i: ς when it ends a word, σ otherwise. */
static uint32_t sigma(const Cps *x, pi64 i) {
    pi64 j = i - 1;
    while (j >= 0 && rt_uc_iscaseignorable(x->cp[j])) j--;
    int final = j >= 0 && rt_uc_iscased(x->cp[j]);
    if (final) {
        j = i + 1;
        while (j < x->n && rt_uc_iscaseignorable(x->cp[j])) j++;
        final = j == x->n || !rt_uc_iscased(x->cp[j]);
    }
    return final ? 0x3C2 : 0x3C3;
}

/* Lower-case mapping of x->cp[i] including the sigma rule. */
static int lower_at(const Cps *x, pi64 i, uint32_t out[3]) {
    if (x->cp[i] == 0x3A3) {
        out[0] = sigma(x, i);
        return 1;
    }
    return rt_uc_map(x->cp[i], RT_CASE_LOWER, out);
}

enum { MODE_UPPER, MODE_LOWER, MODE_SWAP, MODE_TITLE, MODE_CAPITALIZE };

/* Map every code point of s as mode says, writing UTF-8 into a new str. */
static PV convert(PCtx *c, PV self, int mode) {
    RtStr *s = rt_strp(self);
    Cps x;
    if (decode(c, s, &x) < 0) return PV_NULL;
    PithBuf b = rt_buf_new(c);
    int rc = 0, prev_cased = 0;
    for (pi64 i = 0; i < x.n && rc == 0; i++) {
        uint32_t cp = x.cp[i], m[3];
        int k;
        switch (mode) {
        case MODE_UPPER: k = rt_uc_map(cp, RT_CASE_UPPER, m); break;
        case MODE_LOWER: k = lower_at(&x, i, m); break;
        case MODE_SWAP:
            k = rt_uc_isupper(cp)   ? lower_at(&x, i, m)
                : rt_uc_islower(cp) ? rt_uc_map(cp, RT_CASE_UPPER, m)
                                    : (m[0] = cp, 1);
            break;
        case MODE_TITLE:
            k = prev_cased ? lower_at(&x, i, m) : rt_uc_map(cp, RT_CASE_TITLE, m);
            prev_cased = rt_uc_iscased(cp);
            break;
        default: k = i == 0 ? rt_uc_map(cp, RT_CASE_TITLE, m) : lower_at(&x, i, m); break;
        }
        for (int j = 0; j < k && rc == 0; j++) {
            char u[4];
            rc = pith_buf_put(&b, u, (size_t)rt_utf8_encode(m[j], u));
        }
    }
    release(c, &x);
    if (rc < 0) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    return rt_buf_finish(&b);
}

/* ASCII-only fast path of upper/lower. */
static PV ascii_case(PCtx *c, RtStr *s, int upper) {
    RtStr *r = rt_str_alloc(c, s->nbytes);
    if (!r) return PV_NULL;
    for (pi64 i = 0; i < s->nbytes; i++) {
        char ch = s->data[i];
        if (upper && ch >= 'a' && ch <= 'z') ch = (char)(ch - 32);
        if (!upper && ch >= 'A' && ch <= 'Z') ch = (char)(ch + 32);
        r->data[i] = ch;
    }
    return rt_str_seal(r);
}

static PV m_upper(PCtx *c, PV self, PV *a, int n, PV kw) {
    RtStr *s = rt_strp(self);
    return (s->h.flags & RT_STR_ASCII) ? ascii_case(c, s, 1) : convert(c, self, MODE_UPPER);
}
static PV m_lower(PCtx *c, PV self, PV *a, int n, PV kw) {
    RtStr *s = rt_strp(self);
    return (s->h.flags & RT_STR_ASCII) ? ascii_case(c, s, 0) : convert(c, self, MODE_LOWER);
}
static PV m_swapcase(PCtx *c, PV self, PV *a, int n, PV kw) { return convert(c, self, MODE_SWAP); }
static PV m_title(PCtx *c, PV self, PV *a, int n, PV kw) { return convert(c, self, MODE_TITLE); }
static PV m_capitalize(PCtx *c, PV self, PV *a, int n, PV kw) { return convert(c, self, MODE_CAPITALIZE); }

/* casefold: Unicode full case folding, by utf8proc (its buffer is malloc'd and freed at once). */
static PV m_casefold(PCtx *c, PV self, PV *a, int n, PV kw) {
    RtStr *s = rt_strp(self);
    if (s->h.flags & RT_STR_ASCII) return ascii_case(c, s, 0);
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t len = utf8proc_map((const utf8proc_uint8_t *)s->data, s->nbytes, &out, UTF8PROC_CASEFOLD);
    if (len < 0) {
        rt_err_nomem(c);
        return PV_NULL;
    }
    PV r = rt_str_new(c, (const char *)out, len);
    free(out);
    return r;
}

/* ---- predicates ---- */

/* Non-empty and every code point satisfies pred. */
static PV all_of(PV self, int (*pred)(uint32_t)) {
    RtStr *s = rt_strp(self);
    if (s->nbytes == 0) return PV_FALSE;
    for (pi64 i = 0; i < s->nbytes;) {
        uint32_t cp;
        i += rt_utf8_decode((const unsigned char *)s->data + i, &cp);
        if (!pred(cp)) return PV_FALSE;
    }
    return PV_TRUE;
}

static int isalnum_cp(uint32_t cp) {
    return rt_uc_isalpha(cp) || rt_uc_isdecimal(cp) || rt_uc_isdigit(cp) || rt_uc_isnumeric(cp);
}

static PV m_isdigit(PCtx *c, PV self, PV *a, int n, PV kw) { return all_of(self, rt_uc_isdigit); }
static PV m_isdecimal(PCtx *c, PV self, PV *a, int n, PV kw) { return all_of(self, rt_uc_isdecimal); }
static PV m_isnumeric(PCtx *c, PV self, PV *a, int n, PV kw) { return all_of(self, rt_uc_isnumeric); }
static PV m_isalpha(PCtx *c, PV self, PV *a, int n, PV kw) { return all_of(self, rt_uc_isalpha); }
static PV m_isalnum(PCtx *c, PV self, PV *a, int n, PV kw) { return all_of(self, isalnum_cp); }
static PV m_isspace(PCtx *c, PV self, PV *a, int n, PV kw) { return all_of(self, rt_uc_isspace); }

static PV m_isprintable(PCtx *c, PV self, PV *a, int n, PV kw) {
    return rt_strp(self)->nbytes == 0 ? PV_TRUE : all_of(self, rt_uc_isprintable);
}

static PV m_isascii(PCtx *c, PV self, PV *a, int n, PV kw) { return PV_BOOL(rt_strp(self)->h.flags & RT_STR_ASCII); }

/* isupper / islower: at least one cased character and none of the other case (or title case). */
static PV cased_check(PV self, int want_upper) {
    RtStr *s = rt_strp(self);
    int cased = 0;
    for (pi64 i = 0; i < s->nbytes;) {
        uint32_t cp;
        i += rt_utf8_decode((const unsigned char *)s->data + i, &cp);
        int up = rt_uc_isupper(cp), lo = rt_uc_islower(cp);
        if ((want_upper ? lo : up) || rt_uc_istitle(cp)) return PV_FALSE;
        if (want_upper ? up : lo) cased = 1;
    }
    return PV_BOOL(cased);
}
static PV m_isupper(PCtx *c, PV self, PV *a, int n, PV kw) { return cased_check(self, 1); }
static PV m_islower(PCtx *c, PV self, PV *a, int n, PV kw) { return cased_check(self, 0); }

static PV m_istitle(PCtx *c, PV self, PV *a, int n, PV kw) {
    RtStr *s = rt_strp(self);
    int cased = 0, prev = 0;
    for (pi64 i = 0; i < s->nbytes;) {
        uint32_t cp;
        i += rt_utf8_decode((const unsigned char *)s->data + i, &cp);
        if (rt_uc_isupper(cp) || rt_uc_istitle(cp)) {
            if (prev) return PV_FALSE;
            prev = cased = 1;
        } else if (rt_uc_islower(cp)) {
            if (!prev) return PV_FALSE;
            prev = cased = 1;
        } else {
            prev = 0;
        }
    }
    return PV_BOOL(cased);
}

/* isidentifier, approximated with the letter/number categories (XID_Start/XID_Continue are not in
 * utf8proc): a letter or '_' first, then letters, digits, marks, connector punctuation. */
static PV m_isidentifier(PCtx *c, PV self, PV *a, int n, PV kw) {
    RtStr *s = rt_strp(self);
    if (s->nbytes == 0) return PV_FALSE;
    for (pi64 i = 0, k = 0; i < s->nbytes; k++) {
        uint32_t cp;
        i += rt_utf8_decode((const unsigned char *)s->data + i, &cp);
        int cat = utf8proc_category((utf8proc_int32_t)cp);
        int start = cp == '_' || rt_uc_isalpha(cp) || cat == UTF8PROC_CATEGORY_NL;
        int cont = start || cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ND ||
                   cat == UTF8PROC_CATEGORY_PC;
        if (!(k == 0 ? start : cont)) return PV_FALSE;
    }
    return PV_TRUE;
}

const RtMethDef rt_str_case_methods[] = {
    {"upper", m_upper, RT_M_NOARGS, 0, 0, 0, NULL},
    {"lower", m_lower, RT_M_NOARGS, 0, 0, 0, NULL},
    {"casefold", m_casefold, RT_M_NOARGS, 0, 0, 0, NULL},
    {"swapcase", m_swapcase, RT_M_NOARGS, 0, 0, 0, NULL},
    {"title", m_title, RT_M_NOARGS, 0, 0, 0, NULL},
    {"capitalize", m_capitalize, RT_M_NOARGS, 0, 0, 0, NULL},
    {"isdigit", m_isdigit, RT_M_NOARGS, 0, 0, 0, NULL},
    {"isdecimal", m_isdecimal, RT_M_NOARGS, 0, 0, 0, NULL},
    {"isnumeric", m_isnumeric, RT_M_NOARGS, 0, 0, 0, NULL},
    {"isalpha", m_isalpha, RT_M_NOARGS, 0, 0, 0, NULL},
    {"isalnum", m_isalnum, RT_M_NOARGS, 0, 0, 0, NULL},
    {"isspace", m_isspace, RT_M_NOARGS, 0, 0, 0, NULL},
    {"isupper", m_isupper, RT_M_NOARGS, 0, 0, 0, NULL},
    {"islower", m_islower, RT_M_NOARGS, 0, 0, 0, NULL},
    {"istitle", m_istitle, RT_M_NOARGS, 0, 0, 0, NULL},
    {"isascii", m_isascii, RT_M_NOARGS, 0, 0, 0, NULL},
    {"isprintable", m_isprintable, RT_M_NOARGS, 0, 0, 0, NULL},
    {"isidentifier", m_isidentifier, RT_M_NOARGS, 0, 0, 0, NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL},
};
