/* fe_prescan.c — checks on the source text before tree-sitter sees it: its size, and the runs of lines
 * that would make the grammar's external scanner quadratic. Stage: frontend (called by fe_compile).
 *
 * Why the runs: at the end of a line, tree-sitter-python's indentation scanner reads ahead over every
 * following blank, comment-only and `\`-continuation line to find the next token's indentation, and it is
 * called again after each comment or continuation token of that run. Inside an indented block (or right
 * after a `try:` body, where DEDENT/NEWLINE/EXCEPT are possible) a run of n comment lines therefore costs
 * ~n²/2 line reads (20,000 lines: 14 s); a run of continuation-only lines costs the same anywhere. The
 * grammar comes from npm and stays as it is, so such runs are refused above PITH_MAX_SCANNER_RUN.
 * Comment runs at module level or inside brackets are read once and are not limited. The same scanner saves
 * indentation widths one byte each, so statements indented deeper than PITH_MAX_INDENT_COLUMNS are refused. */
#include <string.h>

#include "fe_internal.h"

/* Line and column (1-based, bytes) of offset at in src. */
static void position_of(const char *src, size_t at, int *line, int *col) {
    int ln = 1;
    size_t ls = 0;
    for (const char *p = src; (p = memchr(p, '\n', at - (size_t)(p - src))) != NULL; p++) {
        ln++;
        ls = (size_t)(p - src) + 1;
    }
    *line = ln;
    *col = (int)(at - ls) + 1;
}

int fe_check_source_size(const char *src, size_t len, FeDiag *d) {
    if (len <= PITH_MAX_SOURCE_BYTES) return 0;
    int line, col;
    position_of(src, PITH_MAX_SOURCE_BYTES, &line, &col);
    fe_errorf(d, NULL, line, col, "source too large: %zu bytes (the compile limit is %d)", len, PITH_MAX_SOURCE_BYTES);
    return -1;
}

/* What a physical line holds, seen from its first non-blank byte (outside any string). */
typedef enum LineKind { LK_BLANK, LK_COMMENT, LK_CONTINUATION, LK_CODE } LineKind;

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\r'; }

/* A statement indented deeper than the grammar's scanner can record (PITH_MAX_INDENT_COLUMNS): 1 + diagnostic. */
static int indent_too_deep(const char *src, size_t start, size_t code, int line, FeDiag *d) {
    int col = 0;
    for (size_t k = start; k < code; k++) col = src[k] == '\t' ? (col / 8 + 1) * 8 : src[k] == '\f' ? 0 : col + 1;
    if (col <= PITH_MAX_INDENT_COLUMNS) return 0;
    fe_errorf(d, NULL, line, (int)(code - start) + 1, "statement indented %d columns deep (the compile limit is %d)",
              col, PITH_MAX_INDENT_COLUMNS);
    return 1;
}

int fe_prescan(const char *src, size_t len, FeDiag *d) {
    int depth = 0;     /* open brackets of the logical line */
    int continued = 0; /* the previous physical line ended with a `\` continuation */
    int indented = 0;  /* the last logical line was inside a block or opened one (':' at its end) */
    int run = 0;       /* counted lines in the current run of comment/continuation/blank lines */
    char quote = 0;    /* inside a string: its quote character */
    int triple = 0;    /* ... and whether it is triple-quoted */
    int line = 1;
    size_t i = 0;
    while (i < len) {
        /* one physical line from i */
        size_t start = i;
        LineKind kind = LK_CODE;
        if (!quote) {
            while (i < len && is_blank(src[i])) i++;
            if (i == len || src[i] == '\n')
                kind = LK_BLANK;
            else if (src[i] == '#')
                kind = LK_COMMENT;
            else if (src[i] == '\\' && (i + 1 == len || src[i + 1] == '\n' ||
                                        (src[i + 1] == '\r' && (i + 2 == len || src[i + 2] == '\n'))))
                kind = LK_CONTINUATION;
            if (kind == LK_CODE && depth == 0 && !continued) { /* a logical line starts */
                indented = i > start;
                if (indent_too_deep(src, start, i, line, d)) return -1;
            }
        }
        char last = 0; /* last significant byte of the line outside strings and comments */
        int ends_continued = 0, string_continued = 0;
        while (i < len && src[i] != '\n') {
            char c = src[i];
            if (quote) {
                if (c == '\\') {
                    string_continued = i + 1 == len || src[i + 1] == '\n';
                    i += string_continued ? 1 : 2;
                    continue;
                }
                if (c == quote && (!triple || (i + 2 < len && src[i + 1] == quote && src[i + 2] == quote))) {
                    i += triple ? 3 : 1;
                    quote = 0;
                    last = c;
                    continue;
                }
                i++;
                continue;
            }
            if (c == '#') {
                while (i < len && src[i] != '\n') i++;
                break;
            }
            if (c == '\'' || c == '"') {
                triple = i + 2 < len && src[i + 1] == c && src[i + 2] == c;
                quote = c;
                i += triple ? 3 : 1;
                continue;
            }
            if (c == '\\' && (i + 1 == len || src[i + 1] == '\n' || src[i + 1] == '\r'))
                ends_continued = 1;
            else if (c == '(' || c == '[' || c == '{')
                depth++;
            else if ((c == ')' || c == ']' || c == '}') && depth > 0)
                depth--;
            if (!is_blank(c)) last = c;
            i++;
        }
        if (quote && !triple && !string_continued) quote = 0; /* unterminated: ends with its line (an error) */
        if (kind == LK_CODE)
            run = 0;
        else if (kind == LK_CONTINUATION || (kind == LK_COMMENT && indented && depth == 0)) {
            if (++run > PITH_MAX_SCANNER_RUN) {
                fe_errorf(d, NULL, line, 1, "too many comment or continuation lines in a row (the compile limit is %d)",
                          PITH_MAX_SCANNER_RUN);
                return -1;
            }
        }
        continued = kind == LK_CONTINUATION || ends_continued;
        if (kind == LK_CODE && !quote && !continued && depth == 0 && last == ':') indented = 1;
        if (i < len) i++; /* the newline */
        line++;
    }
    return 0;
}
