/* rt_exc_tb.c — the traceback text of an exception and its __cause__/__context__ chain, in CPython 3.11's
 * layout (what `python3 file.py` prints to stderr), for the CLI and the host API.
 * Stage: runtime, host side: the text is malloc'd and belongs to the host (never the execution heap).
 * Invariants: RtExc.tb is outermost first (rt_exc.c); the fine-grained ^^^ markers of 3.11 are not shown
 * (traceback entries carry no column spans); the "Did you mean" hint comes from rt_exc_suggest.c. */
#include <stdlib.h>
#include <string.h>

#include "pith_buf.h"
#include "rt_svc.h"

#define TB_RECURSIVE_CUTOFF 3 /* identical consecutive entries shown before "[Previous line repeated ...]" */
#define TB_LIMIT 1000         /* CPython's default traceback limit: only the innermost entries are shown */
#define CHAIN_MAX 1000        /* longest cause/context chain followed */

/* Line lineno (1-based) of src, without its line break ("\n", "\r\n" or "\r"); 0 when there is none. */
static int source_line(const char *src, size_t len, int lineno, const char **start, size_t *n) {
    if (!src || lineno < 1) return 0;
    size_t i = 0;
    for (int cur = 1; cur < lineno; cur++) {
        while (i < len && src[i] != '\n' && src[i] != '\r') i++;
        if (i >= len) return 0;
        if (src[i] == '\r' && i + 1 < len && src[i + 1] == '\n') i++;
        i++;
        if (i >= len) return 0; /* the text ends with that line break: no such line */
    }
    size_t e = i;
    while (e < len && src[e] != '\n' && src[e] != '\r') e++;
    *start = src + i;
    *n = e - i;
    return 1;
}

/* `  File "F", line N, in NAME` and the source line without its indentation (CPython strips only leading
 * spaces, tabs and form feeds). */
static void print_entry(PithBuf *b, const RtTbEntry *t, const char *filename, const char *src, size_t len) {
    pith_buf_puts(b, "  File \"");
    pith_buf_puts(b, filename);
    pith_buf_puts(b, "\", line ");
    pith_buf_printf(b, "%d", t->line);
    pith_buf_puts(b, ", in ");
    pith_buf_puts(b, t->fn && t->fn->name ? t->fn->name : "<unknown>");
    pith_buf_puts(b, "\n");
    const char *s;
    size_t n;
    if (source_line(src, len, t->line, &s, &n)) {
        while (n && (*s == ' ' || *s == '\t' || *s == '\f')) {
            s++;
            n--;
        }
        pith_buf_puts(b, "    ");
        pith_buf_put(b, s, n);
        pith_buf_puts(b, "\n");
    }
}

static void print_repeated(PithBuf *b, int cnt) {
    cnt -= TB_RECURSIVE_CUTOFF;
    pith_buf_puts(b, "  [Previous line repeated ");
    pith_buf_printf(b, "%d", cnt);
    pith_buf_puts(b, cnt > 1 ? " more times]\n" : " more time]\n");
}

/* The "Traceback (most recent call last):" block of one exception (nothing when it has no entries). */
static void print_tb(PithBuf *b, const RtExc *e, const char *filename, const char *src, size_t len) {
    if (e->ntb <= 0) return;
    pith_buf_puts(b, "Traceback (most recent call last):\n");
    int first = e->ntb > TB_LIMIT ? e->ntb - TB_LIMIT : 0;
    const char *last_name = NULL;
    int last_line = -1, cnt = 0;
    for (int i = first; i < e->ntb; i++) {
        const RtTbEntry *t = &e->tb[i];
        const char *name = t->fn && t->fn->name ? t->fn->name : "<unknown>";
        if (!last_name || t->line != last_line || strcmp(name, last_name) != 0) {
            if (cnt > TB_RECURSIVE_CUTOFF) print_repeated(b, cnt);
            last_name = name;
            last_line = t->line;
            cnt = 0;
        }
        cnt++;
        if (cnt <= TB_RECURSIVE_CUTOFF) print_entry(b, t, filename, src, len);
    }
    if (cnt > TB_RECURSIVE_CUTOFF) print_repeated(b, cnt);
}

/* Traceback block plus "Type: message" (just "Type" when str(e) is empty) of one exception. */
static void print_one(PithBuf *b, PCtx *c, PV exc, const char *filename, const char *src, size_t len) {
    if (exc && RT_IS(exc, RT_T_EXC)) print_tb(b, (const RtExc *)exc, filename, src, len);
    pith_buf_puts(b, rt_exc_type_qualname(exc)); /* json.decoder.JSONDecodeError */
    PV msg = rt_exc_message(c, exc);
    if (!msg) {
        pv_xdecref(c, rt_exc_fetch(c));
        pith_buf_puts(b, ": <exception str() failed>");
    } else {
        if (rt_slen(msg) > 0) {
            pith_buf_puts(b, ": ");
            pith_buf_put(b, rt_sdata(msg), (size_t)rt_slen(msg));
        }
        pv_decref(c, msg);
    }
    const char *hint;
    size_t hn;
    if (rt_exc_suggest(c, exc, &hint, &hn)) {
        pith_buf_puts(b, ". Did you mean: '");
        pith_buf_put(b, hint, hn);
        pith_buf_puts(b, "'?");
    }
    pith_buf_puts(b, "\n");
}

char *rt_exc_format(PCtx *c, PV exc, const char *filename, const char *source, size_t source_len) {
    if (!filename) filename = "<snippet>";
    /* the chain, innermost-raised first: chain[i+1] is chain[i]'s cause (link 1) or context (link 2) */
    PV *chain = malloc(CHAIN_MAX * sizeof(PV));
    int *link = malloc(CHAIN_MAX * sizeof(int));
    if (!chain || !link) {
        free(chain);
        free(link);
        return NULL;
    }
    int n = 0;
    chain[n++] = exc;
    while (n < CHAIN_MAX) {
        PV cur = chain[n - 1], next = PV_NULL;
        if (!cur || !RT_IS(cur, RT_T_EXC)) break;
        const RtExc *e = (const RtExc *)cur;
        int kind = 0;
        if (e->cause) {
            next = e->cause;
            kind = 1;
        } else if (e->context && !e->suppress_context) {
            next = e->context;
            kind = 2;
        }
        if (!next) break;
        int seen = 0;
        for (int i = 0; i < n; i++)
            if (chain[i] == next) seen = 1;
        if (seen) break;
        link[n - 1] = kind;
        chain[n++] = next;
    }

    /* str(e) may allocate on the execution heap: allow it past a limit, and leave the pending state alone */
    PV pending = rt_exc_fetch(c);
    size_t saved = rt_grace_begin(c);
    PithBuf b = {0};
    for (int i = n - 1; i >= 0; i--) {
        print_one(&b, c, chain[i], filename, source, source_len);
        if (i > 0)
            pith_buf_puts(&b, link[i - 1] == 1
                                  ? "\nThe above exception was the direct cause of the following exception:\n\n"
                                  : "\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    rt_grace_end(c, saved);
    pv_xdecref(c, rt_exc_fetch(c));
    rt_exc_restore(c, pending);
    free(chain);
    free(link);
    return b.p ? pith_buf_take(&b, NULL) : NULL;
}
