/* fe_source.c — source bytes as CPython 3.11 reads them (PEP 263): a coding declaration in a comment on line
 * 1, or on line 2 when line 1 is blank or a comment, chooses how the bytes are decoded. UTF-8 (the default)
 * and ASCII are read as they are, Latin-1 is transcoded to UTF-8, and any other declared coding is refused
 * with a diagnostic rather than silently read as UTF-8. Stage: frontend. UTF-8 validity and NUL bytes are
 * checked afterwards by fe_check_source (fe_diag.c), on the text the parser will see. */
#include <stdlib.h>
#include <string.h>

#include "fe_internal.h"

typedef enum Coding { CODING_UTF8, CODING_ASCII, CODING_LATIN1, CODING_OTHER } Coding;

/* Python's codec aliases (encodings/aliases.py), after its normalisation: lower case, every character other
 * than a letter, digit or '.' becomes '_'. */
static const struct {
    const char *name;
    Coding coding;
} CODINGS[] = {
    {"utf_8", CODING_UTF8},
    {"utf8", CODING_UTF8},
    {"u8", CODING_UTF8},
    {"utf", CODING_UTF8},
    {"utf8_ucs2", CODING_UTF8},
    {"utf8_ucs4", CODING_UTF8},
    {"cp65001", CODING_UTF8},
    {"ascii", CODING_ASCII},
    {"646", CODING_ASCII},
    {"ansi_x3.4_1968", CODING_ASCII},
    {"ansi_x3_4_1968", CODING_ASCII},
    {"ansi_x3.4_1986", CODING_ASCII},
    {"cp367", CODING_ASCII},
    {"csascii", CODING_ASCII},
    {"ibm367", CODING_ASCII},
    {"iso646_us", CODING_ASCII},
    {"iso_646.irv_1991", CODING_ASCII},
    {"iso_ir_6", CODING_ASCII},
    {"us", CODING_ASCII},
    {"us_ascii", CODING_ASCII},
    {"latin_1", CODING_LATIN1},
    {"latin1", CODING_LATIN1},
    {"latin", CODING_LATIN1},
    {"l1", CODING_LATIN1},
    {"8859", CODING_LATIN1},
    {"cp819", CODING_LATIN1},
    {"csisolatin1", CODING_LATIN1},
    {"ibm819", CODING_LATIN1},
    {"iso8859", CODING_LATIN1},
    {"iso8859_1", CODING_LATIN1},
    {"iso_8859_1", CODING_LATIN1},
    {"iso_8859_1_1987", CODING_LATIN1},
    {"iso_ir_100", CODING_LATIN1},
};

static int is_alnum(unsigned char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}

/* The coding a declared name stands for. CPython first maps "utf-8", "latin-1", "iso-8859-1" and
 * "iso-latin-1", alone or followed by "-suffix", case-insensitively with '_' read as '-'. */
static Coding coding_of(const char *name, size_t n) {
    char norm[64];
    if (n >= sizeof norm) return CODING_OTHER;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)name[i];
        norm[i] = (char)(is_alnum(ch) || ch == '.' ? (ch >= 'A' && ch <= 'Z' ? ch + 32 : ch) : '_');
    }
    norm[n] = 0;
    static const struct {
        const char *prefix;
        Coding coding;
    } PREFIXES[] = {
        {"utf_8", CODING_UTF8},
        {"latin_1", CODING_LATIN1},
        {"iso_8859_1", CODING_LATIN1},
        {"iso_latin_1", CODING_LATIN1},
    };
    for (size_t i = 0; i < sizeof PREFIXES / sizeof *PREFIXES; i++) {
        size_t k = strlen(PREFIXES[i].prefix);
        if (!strncmp(norm, PREFIXES[i].prefix, k) && (norm[k] == 0 || norm[k] == '_')) return PREFIXES[i].coding;
    }
    for (size_t i = 0; i < sizeof CODINGS / sizeof *CODINGS; i++)
        if (!strcmp(norm, CODINGS[i].name)) return CODINGS[i].coding;
    return CODING_OTHER;
}

/* A coding declaration in line[0..n): the comment must be the first thing on the line, and holds
 * "coding" followed by ':' or '=', optional blanks, then the name. 1 with the name in name, len. */
static int coding_spec(const char *line, size_t n, const char **name, size_t *len) {
    size_t i = 0;
    while (i < n && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) i++;
    if (i == n || line[i] != '#') return 0;
    for (; i + 6 < n; i++) {
        if (memcmp(line + i, "coding", 6) != 0 || (line[i + 6] != ':' && line[i + 6] != '=')) continue;
        size_t b = i + 7;
        while (b < n && (line[b] == ' ' || line[b] == '\t')) b++;
        size_t e = b;
        while (e < n && (is_alnum((unsigned char)line[e]) || line[e] == '-' || line[e] == '_' || line[e] == '.')) e++;
        if (e > b) {
            *name = line + b;
            *len = e - b;
            return 1;
        }
    }
    return 0;
}

/* 1 when line[0..n) is blank or only a comment (then line 2 may still declare the coding). */
static int blank_or_comment(const char *line, size_t n) {
    size_t i = 0;
    while (i < n && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f' || line[i] == '\r')) i++;
    return i == n || line[i] == '#';
}

static size_t line_end(const char *s, size_t len, size_t from) {
    const char *nl = memchr(s + from, '\n', len - from);
    return nl ? (size_t)(nl - s) : len;
}

int fe_source_decode(const char *src, size_t len, char **out, size_t *outlen, FeDiag *d) {
    *out = NULL;
    *outlen = len;
    int bom = len >= 3 && !memcmp(src, "\xEF\xBB\xBF", 3);
    size_t start = bom ? 3 : 0, end1 = line_end(src, len, start);
    const char *name = NULL;
    size_t n = 0;
    int line = 1;
    if (!coding_spec(src + start, end1 - start, &name, &n) && end1 < len &&
        blank_or_comment(src + start, end1 - start)) {
        line = 2;
        if (!coding_spec(src + end1 + 1, line_end(src, len, end1 + 1) - end1 - 1, &name, &n)) name = NULL;
    }
    if (!name) return 0;
    Coding coding = coding_of(name, n);
    if (bom && coding != CODING_UTF8) {
        fe_errorf(d, NULL, line, 1, "encoding problem: %.*s with BOM", (int)n, name);
        return -1;
    }
    if (coding == CODING_OTHER) {
        fe_errorf(d, NULL, line, 1, "source encoding '%.*s' is not supported (pith reads UTF-8, ASCII and Latin-1)",
                  (int)n, name);
        return -1;
    }
    if (coding == CODING_ASCII) {
        for (size_t i = 0, l = 1, ls = 0; i < len; i++) {
            if (src[i] == '\n') {
                l++;
                ls = i + 1;
            }
            if ((unsigned char)src[i] >= 0x80) {
                fe_errorf(d, NULL, (int)l, (int)(i - ls) + 1,
                          "'ascii' codec can't decode byte 0x%02x in position %zu: ordinal not in range(128)",
                          (unsigned char)src[i], i);
                return -1;
            }
        }
    }
    if (coding != CODING_LATIN1) return 0;
    size_t extra = 0;
    for (size_t i = 0; i < len; i++) extra += (unsigned char)src[i] >= 0x80;
    char *t = malloc(len + extra + 1);
    if (!t) {
        fe_errorf(d, NULL, 1, 1, "out of memory");
        return -1;
    }
    size_t w = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)src[i];
        if (ch < 0x80)
            t[w++] = (char)ch;
        else {
            t[w++] = (char)(0xC0 | (ch >> 6));
            t[w++] = (char)(0x80 | (ch & 0x3F));
        }
    }
    t[w] = 0;
    *out = t;
    *outlen = w;
    return 0;
}
