/* rt_mod_re_scanner.c — what finditer returns: an iterator that finds the next match only when asked (CPython's
 * callable_iterator over a scanner), so a loop that stops early scans only what it used and holds one Match at a
 * time. Its state is the scan's (where the next search starts, whether the last match was empty); in a snapshot
 * that state is checked against the subject, and the code point cursor, a cache, starts again from the start.
 * Stage: runtime, part modules/ (rt_mod_re.h). */
#include <string.h>

#include "rt_mod_re.h"

typedef struct RtReScanner {
    PObj h;
    PV pattern;           /* the RtRePattern (owned) */
    PV string;            /* the subject (owned) */
    pi64 pos, endpos;     /* the window, code points (clamped) */
    pi64 next_b;          /* where the next search starts (bytes) */
    int last_empty, done; /* the scan's state (re_scan_next) */
    int checked;          /* the subject's UTF-8 was checked */
    pi64 cur_b, cur_c;    /* the code point cursor (not in snapshots: a cache) */
} RtReScanner;

#define S(v) ((RtReScanner *)(v))

PV re_pattern_finditer(PCtx *c, RtRePattern *p, PV s, pi64 pos, pi64 endpos) {
    ReRun r;
    if (re_run_init(c, &r, p, s, pos, endpos) < 0) return PV_NULL; /* the subject's TypeError, clamping */
    RtReScanner *it = (RtReScanner *)rt_obj_new(c, RT_T_RE_SCANNER, sizeof(RtReScanner));
    if (it) {
        pv_incref((PV)p);
        pv_incref(s);
        it->pattern = (PV)p;
        it->string = s;
        it->pos = r.pos_c;
        it->endpos = r.endpos_c;
        it->next_b = r.next_b;
        it->done = r.done;
    }
    re_run_free(&r);
    return (PV)it;
}

static int scanner_next(PCtx *c, PV v, PV *out) {
    RtReScanner *it = S(v);
    if (it->done) return 0;
    ReRun r;
    if (re_run_init(c, &r, (RtRePattern *)it->pattern, it->string, it->pos, it->endpos) < 0) return -1;
    r.next_b = it->next_b;
    r.last_empty = it->last_empty;
    r.checked = it->checked;
    r.text.cur_b = it->cur_b;
    r.text.cur_c = it->cur_c;
    int rc = re_scan_next(&r);
    *out = rc > 0 ? re_match_new(&r, it->string) : PV_NULL;
    it->next_b = r.next_b;
    it->last_empty = r.last_empty;
    it->checked = r.checked;
    it->cur_b = r.text.cur_b;
    it->cur_c = r.text.cur_c;
    it->done = rc <= 0;
    re_run_free(&r);
    if (rc > 0 && !*out) return -1;
    return rc;
}

static void scanner_traverse(PObj *o, RtVisit visit, void *arg) {
    visit(&((RtReScanner *)o)->pattern, arg);
    visit(&((RtReScanner *)o)->string, arg);
}

/* Payload: uv pos, uv endpos, uv next_b, uv bits (1 last_empty, 2 done, 4 checked). */
static void scanner_snap_put(RtSnapW *w, PObj *o) {
    RtReScanner *it = (RtReScanner *)o;
    rt_snap_put_uv(w, (uint64_t)it->pos);
    rt_snap_put_uv(w, (uint64_t)it->endpos);
    rt_snap_put_uv(w, (uint64_t)it->next_b);
    rt_snap_put_uv(w, (uint64_t)(it->last_empty | it->done << 1 | it->checked << 2));
}

static PV scanner_snap_make(RtSnapR *r, int type) {
    (void)type;
    uint64_t pos = rt_snap_get_uv(r), endpos = rt_snap_get_uv(r), next = rt_snap_get_uv(r), bits = rt_snap_get_uv(r);
    if (rt_snap_r_bad(r) || pos > PV_SMALL_MAX || endpos > PV_SMALL_MAX || next > PV_SMALL_MAX || bits > 7) {
        rt_snap_corrupt(r);
        return PV_NULL;
    }
    RtReScanner *it = (RtReScanner *)rt_obj_new(rt_snap_ctx(r), RT_T_RE_SCANNER, sizeof(RtReScanner));
    if (!it) return PV_NULL;
    it->pos = (pi64)pos;
    it->endpos = (pi64)endpos;
    it->next_b = (pi64)next;
    it->last_empty = (int)(bits & 1);
    it->done = (int)(bits >> 1 & 1);
    it->checked = (int)(bits >> 2 & 1);
    return (PV)it;
}

/* The pattern and subject agree, the window lies in the subject and the next search starts at a character. */
static int scanner_snap_check(RtSnapR *r, PObj *o) {
    (void)r;
    RtReScanner *it = (RtReScanner *)o;
    if (!it->pattern || !it->string || !RT_IS(it->pattern, RT_T_RE_PATTERN)) return -1;
    PV src = ((RtRePattern *)it->pattern)->pattern;
    if (!src) return -1;
    int isb = RT_IS(src, RT_T_BYTES);
    if ((!isb && !RT_IS(src, RT_T_STR)) || (isb ? !RT_IS(it->string, RT_T_BYTES) : !RT_IS(it->string, RT_T_STR)))
        return -1;
    pi64 nchars = isb ? ((RtBytes *)it->string)->n : ((RtStr *)it->string)->nchars;
    pi64 nbytes = isb ? ((RtBytes *)it->string)->n : ((RtStr *)it->string)->nbytes;
    const unsigned char *d = isb ? ((RtBytes *)it->string)->data : (const unsigned char *)((RtStr *)it->string)->data;
    if (it->pos > nchars || it->endpos > nchars || it->next_b > nbytes) return -1;
    if (!isb && it->next_b < nbytes && (d[it->next_b] & 0xC0) == 0x80) return -1;
    return 0;
}

const RtTypeDesc rt_re_scanner_type = {
    .name = "callable_iterator",
    .cls = PITH_B_RE_SCANNER,
    .iter = rt_iter_self,
    .next = scanner_next,
    .traverse = scanner_traverse,
    .snap_tag = SNAP_O_RE_SCANNER,
    .snap_put = scanner_snap_put,
    .snap_make = scanner_snap_make,
    .snap_check = scanner_snap_check,
};
