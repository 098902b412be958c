/* rt_mod_re.h — what the files of `re` share: the Pattern and Match objects, compiling (Python's syntax
 * translated for PCRE2), running one match within the execution's limits, and the scan that findall, finditer,
 * sub and split share. Stage: runtime, part modules/.
 *
 * Files: rt_mod_re_syntax.c (Python pattern -> PCRE2 pattern, with CPython's error messages),
 * rt_mod_re_compile.c (compiling, the per-execution cache, PCRE2's memory on the execution's allocator, one
 * match under the time limit), rt_mod_re_pattern.c (the Pattern type and its methods), rt_mod_re_match.c (the
 * Match type), rt_mod_re_scanner.c (the lazy iterator finditer returns), rt_mod_re_sub.c (templates, sub/subn, and the callback loop of a function replacement),
 * rt_mod_re.c (the module's functions and constants).
 *
 * Offsets: Python speaks in code points, PCRE2 in bytes of the UTF-8 subject; a ReText converts between them
 * with a cursor, so a scan from left to right costs one pass over the text. */
#ifndef PITH_RT_MOD_RE_H
#define PITH_RT_MOD_RE_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "rt_modules.h"
#include "rt_snap_codec.h"

/* CPython's flag values (re.RegexFlag). */
enum {
    RE_TEMPLATE = 1,
    RE_IGNORECASE = 2,
    RE_LOCALE = 4,
    RE_MULTILINE = 8,
    RE_DOTALL = 16,
    RE_UNICODE = 32,
    RE_VERBOSE = 64,
    RE_DEBUG = 128,
    RE_ASCII = 256,
};

typedef struct RtRePattern {
    PObj h;
    PV pattern;       /* the source as written: a str or bytes (owned) */
    int flags;        /* RE_* as CPython reports them (UNICODE added for a str pattern, inline flags included) */
    int groups;       /* capturing groups */
    int is_bytes;     /* a bytes pattern: matches bytes, without Unicode */
    int *parent;      /* parent[g]: the group enclosing group g (0: none), g in 1..groups (rt_alloc'd) */
    pcre2_code *code; /* on the execution's allocator (its memory control remembers the context) */
} RtRePattern;

typedef struct RtReMatch {
    PObj h;
    PV pattern;       /* the RtRePattern (owned) */
    PV string;        /* the subject (owned) */
    pi64 pos, endpos; /* code points, as given to the method */
    int ngroups;      /* groups + 1 */
    int lastindex;    /* 0: none */
    pi64 span[];      /* 4 per group: start, end in code points (-1, -1: unmatched), then in bytes */
} RtReMatch;

/* ---- the subject as text (rt_mod_re_compile.c) ---- */
typedef struct ReText {
    const unsigned char *data;
    pi64 nbytes, nchars;
    int ascii;         /* bytes or an ASCII str: offsets are the same in both units */
    pi64 cur_b, cur_c; /* the cursor: byte offset cur_b is code point cur_c */
} ReText;
int re_text_init(PCtx *c, ReText *t, PV s);     /* s a str or bytes; 0, or -1 + TypeError */
pi64 re_text_byte(PCtx *c, ReText *t, pi64 cp); /* byte offset of code point cp (0..nchars) */
pi64 re_text_cp(ReText *t, pi64 byte);          /* code point of byte offset byte (a boundary) */

/* ---- compiling (rt_mod_re_syntax.c, rt_mod_re_compile.c) ---- */
/* The PCRE2 pattern of a Python pattern, in *out (rt_buf), with the compile options it implies and the inline
 * global flags added to *flags; parent[] (rt_alloc'd, *ngroups + 1 entries) of each capturing group. 0, or -1
 * with re.error (CPython's message and position) or MemoryError raised. */
int re_translate(PCtx *c, const char *src, pi64 n, int is_bytes, int *flags, PithBuf *out, int **parent, int *ngroups);
PV re_compile_value(PCtx *c, PV pattern, int flags); /* re.compile: a Pattern (cached), or the Pattern itself */
PV re_pattern_new(PCtx *c, PV pattern, int flags);   /* compiles, no cache (snapshot loading) */
int re_flags_arg(PCtx *c, PV v, int *flags);         /* a flags argument: an int */
void re_raise_error(PCtx *c, const char *msg, PV pattern, pi64 pos); /* re.error(msg, pattern, pos) */
PV re_error_class(PCtx *c);                                          /* the class value re.error */
void re_purge(PCtx *c);
void re_pattern_finalize(PCtx *c, PObj *o);               /* frees the compiled code (the type's finalize hook) */
int re_pattern_recompile(PCtx *c, RtRePattern *p);        /* compiles p->pattern again (a loaded snapshot) */
PV re_pattern_groupindex(PCtx *c, RtRePattern *p);        /* {name: group}, in the order of the groups */
const char *re_pattern_group_name(RtRePattern *p, int g); /* the name of group g, or NULL */

/* ---- matching (rt_mod_re_compile.c) ---- */
typedef struct ReRun {
    PCtx *c;
    RtRePattern *p;
    ReText text;
    pi64 start_b, end_b;  /* the window [pos, endpos) in bytes */
    pi64 pos_c, endpos_c; /* ... and in code points */
    pcre2_match_data *md;
    pcre2_match_context *mc;
    pcre2_general_context *gc;
    int checked; /* the subject's UTF-8 was checked once: later matches skip it */
    /* the scan (re_scan_next) */
    pi64 next_b;
    int last_empty, done;
} ReRun;
/* Prepares a run of pattern p over subject s in the window [pos, endpos) (code points, clamped as CPython
 * does). 0, or -1 + exception (TypeError for a str pattern on bytes...). */
int re_run_init(PCtx *c, ReRun *r, RtRePattern *p, PV s, pi64 pos, pi64 endpos);
void re_run_free(ReRun *r);
/* One match from byte offset at (opts: PCRE2_ANCHORED...): 1 found (ovector in r->md), 0 none, -1 error. */
int re_run_exec(ReRun *r, pi64 at, uint32_t opts);
/* The next match of a left-to-right scan (findall, finditer, sub, split), with CPython 3.7's rule for empty
 * matches (one may follow a non-empty match, never another empty one at the same place): 1, 0, -1. */
int re_scan_next(ReRun *r);
/* The Match object of the last match of r. */
PV re_match_new(ReRun *r, PV string);
/* Group g of the last match of r as a str/bytes, or dflt (borrowed) when it did not take part. */
PV re_run_group(ReRun *r, int g, PV dflt);

/* ---- Match (rt_mod_re_match.c) ---- */
PV re_match_group_value(PCtx *c, RtReMatch *m, int g, PV dflt);  /* group g, or dflt (borrowed) */
int re_match_group_index(PCtx *c, RtReMatch *m, PV key, int *g); /* m.group(key): 0, or -1 IndexError */

/* ---- templates and substitution (rt_mod_re_sub.c) ---- */
PV re_expand(PCtx *c, RtReMatch *m, PV tmpl); /* Match.expand */
/* sub/subn of pattern p: repl a template or a callable. */
PV re_sub(PCtx *c, RtRePattern *p, PV repl, PV string, pi64 count, int subn);
/* The same from state-machine code: a function that may wait on the host runs as a native frame. */
int re_sub_sm(PCtx *c, PFrame *caller, RtRePattern *p, PV repl, PV string, pi64 count, int subn);
int re_sub_step(PCtx *c, PV *s, PV got, PV *f, PV *arg, PV *out); /* the Pattern's drive hook (rt_type.h) */
int re_pattern_sm_call(PCtx *c, PFrame *caller, PV self, PV name, PV *a, int nargs, PV kw); /* its sm_call */

/* ---- the module's argument binding (rt_mod_re.c): CPython's words for a Python function ---- */
int re_bind(PCtx *c, const char *fn, const char *const *names, int nreq, int nmax, PV *args, int npos, PV kw, PV *out);
/* split/findall/finditer/search... of a Pattern: shared by the module functions and the methods */
PV re_pattern_search(PCtx *c, RtRePattern *p, PV s, pi64 pos, pi64 endpos, uint32_t opts);
PV re_pattern_findall(PCtx *c, RtRePattern *p, PV s, pi64 pos, pi64 endpos);
PV re_pattern_finditer(PCtx *c, RtRePattern *p, PV s, pi64 pos, pi64 endpos);
PV re_pattern_split(PCtx *c, RtRePattern *p, PV s, pi64 maxsplit);

#endif
