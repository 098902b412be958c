/* rt_mod_re_syntax.c — a Python pattern (CPython 3.11's sre_parse syntax) rewritten as the PCRE2 pattern that
 * matches the same strings, with CPython's re.error messages and positions for the mistakes people make.
 * Stage: runtime, part modules/ (rt_mod_re.h).
 *
 * PCRE2 already reads most of Python's syntax ((?P<name>...), (?P=name), lookarounds, atomic groups and
 * possessive quantifiers); what differs is rewritten here:
 *   \Z -> \z (end of string; PCRE2's \Z also matches before a final newline), \v -> \x0b (PCRE2: a class),
 *   \xhh / \uXXXX / \UXXXXXXXX / \0oo / \ooo -> \x{...}, \N -> a group reference \g{N}, {,n} / {,} -> {0,n} / {0,},
 *   a literal { -> \{, [ inside a class -> \[ (PCRE2 would read [:alpha:]), inline flags a/u/L (not PCRE2's)
 *   become compile options, and verbose mode (re.X, (?x)) is applied here, so PCRE2 never sees it.
 * Escapes Python refuses (\q, \e, \K...) are refused with CPython's "bad escape", so PCRE2's extensions stay
 * unreachable. Positions in messages count code points of the pattern, as CPython's do. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_mod_re.h"

enum { L_NONE, L_ATOM, L_QUANT, L_QUANT_MOD }; /* what the last item was: may a quantifier follow? */

typedef struct Open {
    pi64 pos;    /* byte offset of its '(' */
    int group;   /* its capturing group number, or 0 */
    int verbose; /* verbose mode outside it */
    int outer;   /* the capturing group enclosing it */
} Open;

typedef struct Tr {
    PCtx *c;
    const unsigned char *s;
    pi64 n, i;
    int is_bytes, flags, verbose, last, started;
    PithBuf *out;
    Open *stack;
    int depth, cap;
    int ngroups, pcap, cur;
    int *parent;
    pi64 *name_off; /* group g's name: name_off[g] (byte offset in s, -1: unnamed) and name_len[g] */
    int *name_len;
    int failed;
} Tr;

/* ---- errors ---- */

static pi64 cp_index(const Tr *t, pi64 b) {
    if (t->is_bytes) return b;
    pi64 k = 0;
    for (pi64 j = 0; j < b && j < t->n; j++) k += (t->s[j] & 0xC0) != 0x80;
    return k;
}

static int fail(Tr *t, pi64 at, const char *fmt, ...) {
    char msg[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (!t->failed) {
        PV pat = t->is_bytes ? PV_NULL : rt_str_new(t->c, (const char *)t->s, t->n);
        re_raise_error(t->c, msg, pat, at < 0 ? -1 : cp_index(t, at));
        pv_xdecref(t->c, pat);
    }
    t->failed = 1;
    return -1;
}

/* ---- output ---- */

static int put(Tr *t, const char *s) {
    if (pith_buf_puts(t->out, s) < 0) return fail(t, -1, "out of memory");
    return 0;
}

static int putn(Tr *t, const unsigned char *s, pi64 n) {
    if (pith_buf_put(t->out, (const char *)s, (size_t)n) < 0) return fail(t, -1, "out of memory");
    return 0;
}

static int put_code(Tr *t, unsigned long v) {
    char buf[24];
    snprintf(buf, sizeof buf, "\\x{%lx}", v);
    return put(t, buf);
}

/* The length of the character at byte i (UTF-8 for a str pattern; one byte for bytes). */
static pi64 char_len(const Tr *t, pi64 i) {
    if (t->is_bytes) return 1;
    unsigned char b = t->s[i];
    pi64 k = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    return i + k <= t->n ? k : t->n - i;
}

static int is_hex(int ch) { return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F'); }
static int hex_val(int ch) { return ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10; }
static int is_oct(int ch) { return ch >= '0' && ch <= '7'; }
static int is_digit(int ch) { return ch >= '0' && ch <= '9'; }
static int is_alpha(int ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }
static int is_space(int ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\v' || ch == '\f'; }

/* The escape text s[i .. i + len) quoted as CPython shows it in messages ("\\x1" -> \x1). */
static const char *esc_text(const Tr *t, pi64 i, pi64 len, char *buf, size_t cap) {
    size_t k = 0;
    for (pi64 j = i; j < i + len && j < t->n && k + 1 < cap; j++) buf[k++] = (char)t->s[j];
    buf[k] = 0;
    return buf;
}

/* The source token at byte i as CPython's messages quote it: one character, or an escape and its character. */
static const char *token_text(const Tr *t, pi64 i, char *buf, size_t cap) {
    pi64 len = i < t->n ? char_len(t, i) : 0;
    if (len == 1 && t->s[i] == '\\' && i + 1 < t->n) len += char_len(t, i + 1);
    return esc_text(t, i, len, buf, cap);
}

/* \x, \u, \U at byte i: exactly `digits` hex digits follow, else "incomplete escape". *v the value. */
static int hex_escape(Tr *t, pi64 i, int digits, unsigned long *v, pi64 *end) {
    pi64 j = i + 2;
    unsigned long x = 0;
    while (j < t->n && j < i + 2 + digits && is_hex(t->s[j])) x = x * 16 + (unsigned long)hex_val(t->s[j++]);
    if (j - (i + 2) != digits) {
        char buf[16];
        return fail(t, i, "incomplete escape %s", esc_text(t, i, j - i, buf, sizeof buf));
    }
    if (digits == 8 && x > 0x10FFFF) {
        char buf[16];
        return fail(t, i, "bad escape %s", esc_text(t, i, j - i, buf, sizeof buf));
    }
    *v = x;
    *end = j;
    return 0;
}

/* The escapes a class and the pattern outside one share: a code (\x, \u, \U, octal), a control character or a
 * class shorthand. 1 handled (t->i past it), 0 not one of them, -1 error. */
static int common_escape(Tr *t, int in_class) {
    pi64 i = t->i;
    int ch = t->s[i + 1];
    unsigned long v;
    pi64 end;
    switch (ch) {
    case 'd':
    case 'D':
    case 's':
    case 'S':
    case 'w':
    case 'W':
    case 'a':
    case 'f':
    case 'n':
    case 'r':
    case 't': {
        char e[3] = {'\\', (char)ch, 0};
        if (put(t, e) < 0) return -1;
        t->i = i + 2;
        return 1;
    }
    case 'v':
        if (put(t, "\\x0b") < 0) return -1;
        t->i = i + 2;
        return 1;
    case 'x':
        if (hex_escape(t, i, 2, &v, &end) < 0) return -1;
        break;
    case 'u':
    case 'U':
        if (t->is_bytes) return 0;
        if (hex_escape(t, i, ch == 'u' ? 4 : 8, &v, &end) < 0) return -1;
        break;
    case 'N':
        if (t->is_bytes) return 0;
        return fail(t, i, "\\N{...} escapes are not supported");
    default:
        if (!is_oct(ch) || (!in_class && ch != '0')) return 0;
        /* \0, \0o, \0oo outside a class; inside, any \o, \oo, \ooo */
        end = i + 2;
        v = (unsigned long)(ch - '0');
        while (end < t->n && end < i + 4 && is_oct(t->s[end])) v = v * 8 + (unsigned long)(t->s[end++] - '0');
        if (v > 0377) {
            char buf[8];
            return fail(t, i, "octal escape value %s outside of range 0-0o377",
                        esc_text(t, i, end - i, buf, sizeof buf));
        }
        break;
    }
    if (put_code(t, v) < 0) return -1;
    t->i = end;
    return 1;
}

/* A character that is not an escape Python knows: ASCII letters and digits are refused ("bad escape"), any
 * other character stands for itself. */
static int literal_escape(Tr *t) {
    pi64 i = t->i;
    int ch = t->s[i + 1];
    if (is_alpha(ch) || is_digit(ch)) return fail(t, i, "bad escape \\%c", ch);
    pi64 k = char_len(t, i + 1);
    if (ch < 0x80 ? putn(t, t->s + i, 2) : putn(t, t->s + i + 1, k)) return -1;
    t->i = i + 1 + k;
    return 0;
}

/* \1 .. \99 (or a three-digit octal escape) outside a class. */
static int backref(Tr *t) {
    pi64 i = t->i, j = i + 2;
    int g = t->s[i + 1] - '0';
    if (j < t->n && is_digit(t->s[j])) {
        if (is_oct(t->s[i + 1]) && is_oct(t->s[j]) && j + 1 < t->n && is_oct(t->s[j + 1])) {
            unsigned long v = (unsigned long)((t->s[i + 1] - '0') * 64 + (t->s[j] - '0') * 8 + (t->s[j + 1] - '0'));
            if (v > 0377) {
                char buf[8];
                return fail(t, i, "octal escape value %s outside of range 0-0o377", esc_text(t, i, 4, buf, sizeof buf));
            }
            t->i = j + 2;
            return put_code(t, v);
        }
        g = g * 10 + (t->s[j++] - '0');
    }
    if (g > t->ngroups) return fail(t, i + 1, "invalid group reference %d", g);
    for (int k = 0; k < t->depth; k++)
        if (t->stack[k].group == g) return fail(t, i, "cannot refer to an open group");
    char buf[24];
    snprintf(buf, sizeof buf, "(?:\\g{%d})", g);
    t->i = j;
    return put(t, buf);
}

static int escape(Tr *t) {
    pi64 i = t->i;
    if (i + 1 >= t->n) return fail(t, i, "bad escape (end of pattern)");
    int ch = t->s[i + 1];
    t->last = L_ATOM;
    switch (ch) {
    case 'A':
    case 'b':
    case 'B':
    case 'Z': {
        char e[3] = {'\\', (char)(ch == 'Z' ? 'z' : ch), 0};
        t->i = i + 2;
        t->last = L_NONE; /* an assertion: nothing to repeat */
        /* CPython's \B never matches in an empty string (up to endpos); PCRE2's does */
        return ch == 'B' ? put(t, "(?!\\A\\z)\\B") : put(t, e);
    }
    default: break;
    }
    int r = common_escape(t, 0);
    if (r) return r < 0 ? -1 : 0;
    if (ch >= '1' && ch <= '9') return backref(t);
    return literal_escape(t);
}

/* [...] from t->i (at '['): copied with '[' escaped, Python's escapes rewritten, reversed ranges refused. */
static int char_class(Tr *t) {
    pi64 start = t->i, j = start + 1;
    if (put(t, "[") < 0) return -1;
    if (j < t->n && t->s[j] == '^') {
        if (put(t, "^") < 0) return -1;
        j++;
    }
    int first = 1;
    long prev = -1; /* the previous plain character, for a range check */
    pi64 prev_at = -1;
    for (;;) {
        if (j >= t->n) return fail(t, start, "unterminated character set");
        int ch = t->s[j];
        if (ch == ']' && !first) {
            t->i = j + 1;
            t->last = L_ATOM;
            return put(t, "]");
        }
        first = 0;
        if (ch == '\\') {
            if (j + 1 >= t->n) return fail(t, j, "bad escape (end of pattern)");
            t->i = j;
            int nx = t->s[j + 1];
            int r = nx == 'b' ? (put(t, "\\x08") < 0 ? -1 : (t->i = j + 2, 1)) : common_escape(t, 1);
            if (r < 0) return -1;
            if (!r && literal_escape(t) < 0) return -1;
            j = t->i;
            prev = -1;
            continue;
        }
        if (ch == '-' && prev >= 0 && j + 1 < t->n && t->s[j + 1] != ']' && t->s[j + 1] != '\\') {
            /* a range of two plain characters: CPython refuses it reversed */
            pi64 k = char_len(t, j + 1);
            long hi = 0;
            if (t->is_bytes || t->s[j + 1] < 0x80)
                hi = t->s[j + 1];
            else {
                hi = t->s[j + 1] & (0x3F >> (k - 1));
                for (pi64 q = 1; q < k; q++) hi = hi << 6 | (t->s[j + 1 + q] & 0x3F);
            }
            if (hi < prev) {
                char a[8] = {0}, b[8] = {0};
                memcpy(a, t->s + prev_at, (size_t)char_len(t, prev_at));
                memcpy(b, t->s + j + 1, (size_t)k);
                return fail(t, prev_at, "bad character range %s-%s", a, b);
            }
            if (put(t, "-") < 0 || putn(t, t->s + j + 1, k) < 0) return -1;
            j += 1 + k;
            prev = -1;
            continue;
        }
        pi64 k = char_len(t, j);
        if (ch == '[' || ch == ']') {
            if (put(t, ch == '[' ? "\\[" : "\\]") < 0) return -1;
        } else if (putn(t, t->s + j, k) < 0) {
            return -1;
        }
        if (t->is_bytes || ch < 0x80)
            prev = ch;
        else {
            prev = ch & (0x3F >> (k - 1));
            for (pi64 q = 1; q < k; q++) prev = prev << 6 | (t->s[j + q] & 0x3F);
        }
        prev_at = j;
        j += k;
    }
}

/* ---- quantifiers ---- */

static int quantifier(Tr *t, pi64 at, const unsigned char *text, pi64 len) {
    if (t->last == L_QUANT && len == 1 && (text[0] == '?' || text[0] == '+')) {
        t->last = L_QUANT_MOD; /* lazy a*? or possessive a*+ */
    } else if (t->last == L_QUANT || t->last == L_QUANT_MOD) {
        return fail(t, at, "multiple repeat");
    } else if (t->last == L_NONE) {
        return fail(t, at, "nothing to repeat");
    } else {
        t->last = L_QUANT;
    }
    return putn(t, text, len);
}

/* CPython's OverflowError for a repeat count of 2**32 - 1 or more (MAXREPEAT). */
static int too_large(Tr *t) {
    if (!t->failed) rt_err(t->c, PITH_B_OVERFLOWERROR, "the repetition number is too large");
    t->failed = 1;
    return -1;
}

/* '{' at t->i: a repeat {m}, {m,}, {,n}, {m,n}, {,} as CPython reads it, or a literal '{'. */
static int brace(Tr *t) {
    pi64 at = t->i, j = at + 1, lo_at = j;
    while (j < t->n && is_digit(t->s[j])) j++;
    pi64 lo_end = j, hi_at = -1, hi_end = -1;
    if (j < t->n && t->s[j] == ',') {
        hi_at = ++j;
        while (j < t->n && is_digit(t->s[j])) j++;
        hi_end = j;
    }
    if (j >= t->n || t->s[j] != '}' || (lo_end == lo_at && hi_at < 0)) { /* "{", "{}", "{x": a literal */
        t->i = at + 1;
        t->last = L_ATOM;
        return put(t, "\\{");
    }
    char lo[24] = "0", hi[24] = "";
    if (lo_end - lo_at > 10 || hi_end - hi_at > 10) return too_large(t);
    if (lo_end > lo_at) {
        memcpy(lo, t->s + lo_at, (size_t)(lo_end - lo_at));
        lo[lo_end - lo_at] = 0;
    }
    if (hi_at < 0) {
        memcpy(hi, lo, sizeof hi);
    } else if (hi_end > hi_at) {
        memcpy(hi, t->s + hi_at, (size_t)(hi_end - hi_at));
        hi[hi_end - hi_at] = 0;
    }
    if (strtoull(lo, NULL, 10) >= 4294967295ull || (hi[0] && strtoull(hi, NULL, 10) >= 4294967295ull))
        return too_large(t);
    if (hi[0] && strtoull(hi, NULL, 10) < strtoull(lo, NULL, 10))
        return fail(t, at + 1, "min repeat greater than max repeat");
    char q[56];
    snprintf(q, sizeof q, "{%s,%s}", lo, hi);
    t->i = j + 1;
    return quantifier(t, at, (const unsigned char *)q, (pi64)strlen(q));
}

/* ---- groups ---- */

static int push(Tr *t, pi64 pos, int group) {
    if (t->depth == t->cap) {
        int cap = t->cap ? t->cap * 2 : 16;
        Open *s = rt_realloc(t->c, t->stack, sizeof(Open) * (size_t)t->cap, sizeof(Open) * (size_t)cap);
        if (!s) return t->failed = 1, -1;
        t->stack = s;
        t->cap = cap;
    }
    t->stack[t->depth++] = (Open){pos, group, t->verbose, t->cur};
    if (group) t->cur = group;
    t->last = L_NONE;
    return 0;
}

/* A new capturing group (named: name at byte off, len bytes). */
static int new_group(Tr *t, pi64 off, int len) {
    int g = t->ngroups + 1;
    if (g >= t->pcap) {
        int cap = t->pcap ? t->pcap * 2 : 16;
        int *p = rt_realloc(t->c, t->parent, sizeof(int) * (size_t)t->pcap, sizeof(int) * (size_t)cap);
        pi64 *no = p ? rt_realloc(t->c, t->name_off, sizeof(pi64) * (size_t)t->pcap, sizeof(pi64) * (size_t)cap) : NULL;
        if (p) t->parent = p;
        if (no) t->name_off = no;
        int *nl = no ? rt_realloc(t->c, t->name_len, sizeof(int) * (size_t)t->pcap, sizeof(int) * (size_t)cap) : NULL;
        if (!nl) return t->failed = 1, -1;
        t->name_len = nl;
        t->pcap = cap;
    }
    t->parent[g] = t->cur;
    t->name_off[g] = off;
    t->name_len[g] = len;
    t->ngroups = g;
    return g;
}

/* The group called s[off .. off + len), or 0. */
static int group_named(const Tr *t, pi64 off, pi64 len) {
    for (int g = 1; g <= t->ngroups; g++)
        if (t->name_off[g] >= 0 && t->name_len[g] == len && memcmp(t->s + t->name_off[g], t->s + off, (size_t)len) == 0)
            return g;
    return 0;
}

/* A group name between `at` and the terminator `term`: checked as CPython does. *end: past the terminator. */
static int group_name(Tr *t, pi64 at, int term, pi64 *end) {
    pi64 j = at;
    while (j < t->n && t->s[j] != term) j++;
    if (j == at) return fail(t, at, "missing group name");
    if (j >= t->n) return fail(t, at, term == '>' ? "missing >, unterminated name" : "missing ), unterminated name");
    int ok = is_alpha(t->s[at]) || t->s[at] == '_';
    for (pi64 k = at; k < j && ok; k++) ok = is_alpha(t->s[k]) || is_digit(t->s[k]) || t->s[k] == '_';
    if (!ok) {
        char name[80];
        return fail(t, at, "bad character in group name '%s'", esc_text(t, at, j - at, name, sizeof name));
    }
    *end = j + 1;
    return 0;
}

/* The letters of an inline flag group (?aiLmsux-imsx...) from byte j: applied (global) or emitted (scoped). */
static int inline_flags(Tr *t, pi64 open, pi64 j, int started) {
    int add = 0, del = 0;
    static const struct {
        char ch;
        int flag;
    } letters[] = {{'a', RE_ASCII},  {'i', RE_IGNORECASE}, {'L', RE_LOCALE}, {'m', RE_MULTILINE},
                   {'s', RE_DOTALL}, {'u', RE_UNICODE},    {'x', RE_VERBOSE}};
    int *set = &add;
    for (;; j++) {
        if (j >= t->n) return fail(t, j, "missing -, : or )");
        int ch = t->s[j], f = 0;
        if (ch == ')' || ch == ':') break;
        if (ch == '-') {
            if (set == &del) return fail(t, j, "unknown flag");
            set = &del;
            if (j + 1 >= t->n) return fail(t, j + 1, "missing flag");
            if (!is_alpha(t->s[j + 1])) return fail(t, j + 1, "missing flag");
            continue;
        }
        for (size_t k = 0; k < sizeof letters / sizeof letters[0]; k++)
            if (letters[k].ch == ch) f = letters[k].flag;
        if (!f) return fail(t, j, is_alpha(ch) ? "unknown flag" : "missing -, : or )");
        if (set == &del && (f & (RE_ASCII | RE_UNICODE | RE_LOCALE)))
            return fail(t, j + 1, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
        *set |= f;
    }
    int kinds = (add | t->flags) & (RE_ASCII | RE_UNICODE | RE_LOCALE);
    if ((add & RE_LOCALE) && !t->is_bytes)
        return fail(t, j, "bad inline flags: cannot use 'L' flag with a str pattern");
    if ((add & RE_UNICODE) && t->is_bytes)
        return fail(t, j, "bad inline flags: cannot use 'u' flag with a bytes pattern");
    if (kinds & (kinds - 1)) return fail(t, j, "bad inline flags: flags 'a', 'u' and 'L' are incompatible");
    if (t->s[j] == ')') { /* global flags: only at the start of the pattern */
        if (started || t->depth) return fail(t, open, "global flags not at the start of the expression");
        t->flags |= add;
        if (add & RE_VERBOSE) t->verbose = 1;
        t->i = j + 1;
        return 0;
    }
    if (push(t, open, 0) < 0) return -1;
    if (add & RE_VERBOSE) t->verbose = 1;
    if (del & RE_VERBOSE) t->verbose = 0;
    char buf[32];
    int k = 0;
    buf[k++] = '(';
    buf[k++] = '?';
    for (int f = 0; f < 2; f++) {
        int m = f ? del : add;
        if (f && !(m & (RE_IGNORECASE | RE_MULTILINE | RE_DOTALL))) break;
        if (f) buf[k++] = '-';
        if (m & RE_IGNORECASE) buf[k++] = 'i';
        if (m & RE_MULTILINE) buf[k++] = 'm';
        if (m & RE_DOTALL) buf[k++] = 's';
    }
    buf[k++] = ':';
    buf[k] = 0;
    t->i = j + 1;
    return put(t, buf);
}

static int open_group(Tr *t) {
    pi64 i = t->i;
    int started = t->started; /* global flags may follow only global flags (and comments) */
    t->started = 1;
    if (i + 1 >= t->n || t->s[i + 1] != '?') {
        int g = new_group(t, -1, 0);
        if (g < 0 || push(t, i, g) < 0) return -1;
        t->i = i + 1;
        return put(t, "(");
    }
    if (i + 2 >= t->n) return fail(t, i + 2, "unexpected end of pattern");
    int ch = t->s[i + 2];
    pi64 end;
    switch (ch) {
    case ':':
    case '=':
    case '!':
    case '>': {
        char buf[4] = {'(', '?', (char)ch, 0};
        if (push(t, i, 0) < 0) return -1;
        t->i = i + 3;
        return put(t, buf);
    }
    case '<':
        if (i + 3 >= t->n) return fail(t, i + 3, "unexpected end of pattern");
        if (t->s[i + 3] != '=' && t->s[i + 3] != '!') {
            char tok[16];
            return fail(t, i + 1, "unknown extension ?<%s", token_text(t, i + 3, tok, sizeof tok));
        }
        if (push(t, i, 0) < 0) return -1;
        t->i = i + 4;
        return putn(t, t->s + i, 4);
    case '#': {
        t->started = started;
        pi64 j = i + 3;
        while (j < t->n && t->s[j] != ')') j++;
        if (j >= t->n) return fail(t, i, "missing ), unterminated comment");
        t->i = j + 1;
        return 0;
    }
    case 'P': {
        if (i + 3 >= t->n) return fail(t, i + 3, "unexpected end of pattern");
        int kind = t->s[i + 3];
        pi64 at = i + 4;
        if (kind == '<') {
            if (group_name(t, at, '>', &end) < 0) return -1;
            int len = (int)(end - 1 - at), was = group_named(t, at, len);
            if (was) {
                char name[80];
                return fail(t, at, "redefinition of group name '%s' as group %d; was group %d",
                            esc_text(t, at, len, name, sizeof name), t->ngroups + 1, was);
            }
            int g = new_group(t, at, len);
            if (g < 0 || push(t, i, g) < 0) return -1;
            t->i = end;
            return put(t, "(?<") < 0 || putn(t, t->s + at, len) < 0 ? -1 : put(t, ">");
        }
        if (kind == '=') {
            if (group_name(t, at, ')', &end) < 0) return -1;
            int len = (int)(end - 1 - at), g = group_named(t, at, len);
            if (!g) {
                char name[80];
                return fail(t, at, "unknown group name '%s'", esc_text(t, at, len, name, sizeof name));
            }
            for (int k = 0; k < t->depth; k++)
                if (t->stack[k].group == g) return fail(t, at, "cannot refer to an open group");
            char buf[32];
            snprintf(buf, sizeof buf, "(?:\\g{%d})", g);
            t->i = end;
            t->last = L_ATOM;
            return put(t, buf);
        }
        char tok[16];
        return fail(t, i + 1, "unknown extension ?P%s", token_text(t, i + 3, tok, sizeof tok));
    }
    case '(': { /* (?(1)yes|no), (?(name)yes|no) */
        pi64 at = i + 3, j = at;
        while (j < t->n && t->s[j] != ')') j++;
        if (j >= t->n) return fail(t, at, "missing ), unterminated name");
        if (j == at) return fail(t, at, "missing group name");
        char buf[48];
        if (is_digit(t->s[at])) {
            int g = 0;
            for (pi64 k = at; k < j; k++) {
                if (!is_digit(t->s[k]) || g > 100000) {
                    char name[80];
                    return fail(t, at, "bad character in group name '%s'", esc_text(t, at, j - at, name, sizeof name));
                }
                g = g * 10 + (t->s[k] - '0');
            }
            if (g == 0) return fail(t, at, "bad group number");
            if (g > t->ngroups) return fail(t, at, "invalid group reference %d", g);
            snprintf(buf, sizeof buf, "(?(%d)", g);
        } else {
            if (group_name(t, at, ')', &end) < 0) return -1;
            int g = group_named(t, at, j - at);
            if (!g) {
                char name[80];
                return fail(t, at, "unknown group name '%s'", esc_text(t, at, j - at, name, sizeof name));
            }
            snprintf(buf, sizeof buf, "(?(%d)", g);
        }
        if (push(t, i, 0) < 0) return -1;
        t->i = j + 1;
        return put(t, buf);
    }
    default:
        if (ch == '-' || (ch && strchr("aiLmsux", ch))) return inline_flags(t, i, i + 2, started);
        char tok[16];
        return fail(t, i + 1, "unknown extension ?%s", token_text(t, i + 2, tok, sizeof tok));
    }
}

static int close_group(Tr *t) {
    if (!t->depth) return fail(t, t->i, "unbalanced parenthesis");
    Open o = t->stack[--t->depth];
    t->verbose = o.verbose;
    t->cur = o.outer;
    t->last = L_ATOM;
    t->i++;
    return put(t, ")");
}

/* ---- the walk ---- */

static int walk(Tr *t) {
    while (t->i < t->n && !t->failed) {
        pi64 i = t->i;
        int ch = t->s[i];
        if (t->verbose && is_space(ch)) {
            t->i++;
            continue;
        }
        if (t->verbose && ch == '#') { /* to the end of the line; as in CPython, an escape's character is part of it */
            while (t->i < t->n && t->s[t->i] != '\n') t->i += t->s[t->i] == '\\' && t->i + 1 < t->n ? 2 : 1;
            continue;
        }
        int r = 0;
        switch (ch) {
        case '\\': t->started = 1, r = escape(t); break;
        case '[': t->started = 1, r = char_class(t); break;
        case '(': r = open_group(t); break;
        case ')': r = close_group(t); break;
        case '*':
        case '+':
        case '?':
            t->i++;
            r = quantifier(t, i, t->s + i, 1);
            break;
        case '{': r = brace(t); break;
        case '|':
        case '^':
        case '$':
            t->started = 1;
            t->last = L_NONE;
            t->i++;
            r = putn(t, t->s + i, 1);
            break;
        default: {
            pi64 k = char_len(t, i);
            t->started = 1;
            t->last = L_ATOM;
            t->i += k;
            r = putn(t, t->s + i, k);
        }
        }
        if (r < 0) return -1;
    }
    if (t->failed) return -1;
    if (t->depth) return fail(t, t->stack[t->depth - 1].pos, "missing ), unterminated subpattern");
    return 0;
}

int re_translate(PCtx *c, const char *src, pi64 n, int is_bytes, int *flags, PithBuf *out, int **parent, int *ngroups) {
    Tr t = {.c = c, .s = (const unsigned char *)src, .n = n, .is_bytes = is_bytes, .flags = *flags, .out = out};
    t.verbose = (*flags & RE_VERBOSE) != 0;
    int r = rt_tick(c, n >> 4) < 0 ? -1 : walk(&t);
    rt_free(c, t.stack, sizeof(Open) * (size_t)t.cap);
    rt_free(c, t.name_off, sizeof(pi64) * (size_t)t.pcap);
    rt_free(c, t.name_len, sizeof(int) * (size_t)t.pcap);
    if (r < 0) {
        rt_free(c, t.parent, sizeof(int) * (size_t)t.pcap);
        return -1;
    }
    /* parent[] sized exactly groups + 1 for the Pattern (it is freed with that size) */
    int *p = rt_alloc(c, sizeof(int) * (size_t)(t.ngroups + 1));
    if (!p) {
        rt_free(c, t.parent, sizeof(int) * (size_t)t.pcap);
        return -1;
    }
    p[0] = 0;
    for (int g = 1; g <= t.ngroups; g++) p[g] = t.parent[g];
    rt_free(c, t.parent, sizeof(int) * (size_t)t.pcap);
    *parent = p;
    *ngroups = t.ngroups;
    *flags = t.flags;
    return 0;
}
