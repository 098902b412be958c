/* rt_str_methods.c — str methods that search and cut: split/rsplit, join, strip/lstrip/rstrip, replace,
 * find/rfind/index/rindex/count, startswith/endswith, partition/rpartition, splitlines, removeprefix,
 * removesuffix, zfill, center/ljust/rjust, expandtabs; and the method table. Case mapping and the is*
 * predicates are in rt_str_case.c. Stage: runtime. Indices given to and returned from Python count code
 * points; the work is done on UTF-8 bytes (a UTF-8 match is always on a code point boundary). */
#include <string.h>

#include "rt_values.h"

PV rt_str_encode(PCtx *c, PV self, PV *a, int n, PV kw); /* rt_bytes.c */

static RtStr *S(PV v) { return rt_strp(v); }

int rt_str_arg(PCtx *c, PV v, const char *what) {
    if (rt_is_str(v)) return 0;
    rt_err(c, PITH_B_TYPEERROR, "%s", what);
    return -1;
}

/* "must be str, not int" — the message of find/count/split/... for a non-str argument. */
static int need_str(PCtx *c, PV v) {
    if (rt_is_str(v)) return 0;
    rt_err(c, PITH_B_TYPEERROR, "must be str, not %s", rt_type_name(v));
    return -1;
}

/* data[from..to) as a str. A piece of an ASCII str is ASCII: its length is known without a scan. */
static PV substr(PCtx *c, RtStr *s, pi64 from, pi64 to) {
    if (!(s->h.flags & RT_STR_ASCII) || to - from <= 1) return rt_str_new(c, s->data + from, to - from);
    RtStr *r = rt_str_alloc(c, to - from);
    if (!r) return PV_NULL;
    memcpy(r->data, s->data + from, (size_t)(to - from));
    return rt_str_seal_known(r, to - from);
}

/* Code points in data[from..to). */
static pi64 count_cps(const RtStr *s, pi64 from, pi64 to) {
    if (s->h.flags & RT_STR_ASCII) return to - from;
    pi64 n = 0;
    for (pi64 i = from; i < to; i++) n += ((unsigned char)s->data[i] & 0xC0) != 0x80;
    return n;
}

/* The code point ending just before byte offset `end` (end > 0): its start offset. */
static pi64 prev_start(const RtStr *s, pi64 end) {
    pi64 i = end - 1;
    while (i > 0 && ((unsigned char)s->data[i] & 0xC0) == 0x80) i--;
    return i;
}

static uint32_t cp_at(const RtStr *s, pi64 off) {
    uint32_t cp;
    rt_utf8_decode((const unsigned char *)s->data + off, &cp);
    return cp;
}

/* ---- start/end arguments (slice semantics, in code points) ---- */

typedef struct Span {
    pi64 cs, ce; /* start/end as code point indices (ce <= len; cs may exceed len) */
    pi64 bs, be; /* the same bounds as byte offsets */
} Span;

static int span_of(PCtx *c, RtStr *s, PV start, PV end, Span *sp) {
    pi64 n = s->nchars, cs = 0, ce = n;
    PV parts[2] = {start, end};
    pi64 *outs[2] = {&cs, &ce};
    for (int k = 0; k < 2; k++) {
        PV v = parts[k];
        if (!v || v == PV_NONE) continue;
        if (!rt_is_int(v)) {
            rt_err(c, PITH_B_TYPEERROR, "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        pi64 i;
        if (rt_int_to_i64(v, &i) < 0) i = rt_int_sign(v) < 0 ? -n - 1 : n + 1;
        if (i < 0) {
            i += n;
            if (i < 0) i = 0;
        }
        *outs[k] = i;
    }
    if (ce > n) ce = n;
    sp->cs = cs;
    sp->ce = ce;
    sp->bs = cs <= n ? rt_str_offset(c, s, cs) : s->nbytes;
    sp->be = rt_str_offset(c, s, ce);
    return 0;
}

/* Last occurrence of n in h[lo..hi), or -1 (memrchr finds the candidates). Also used by bytes. */
pi64 rt_str_rfind(const char *h, pi64 lo, pi64 hi, const char *n, pi64 nn) {
    if (nn == 0) return hi >= lo ? hi : -1;
    pi64 end = hi - nn + 1; /* candidates start in [lo, end) */
    while (end > lo) {
        const char *p = memrchr(h + lo, n[0], (size_t)(end - lo));
        if (!p) return -1;
        if (memcmp(p, n, (size_t)nn) == 0) return p - h;
        end = p - h;
    }
    return -1;
}

/* find/rfind core: code point index of sub in s[start:end], -1 if absent, -2 on error. */
static pi64 find_impl(PCtx *c, PV self, PV *a, int reverse) {
    RtStr *s = S(self);
    Span sp;
    if (need_str(c, a[0]) < 0 || span_of(c, s, a[1], a[2], &sp) < 0) return -2;
    RtStr *sub = S(a[0]);
    if (sp.ce - sp.cs < sub->nchars) return -1;
    pi64 pos = reverse ? rt_str_rfind(s->data, sp.bs, sp.be, sub->data, sub->nbytes)
                       : rt_str_find(s->data, sp.be, sub->data, sub->nbytes, sp.bs);
    return pos < 0 ? -1 : sp.cs + count_cps(s, sp.bs, pos);
}

static PV m_find(PCtx *c, PV self, PV *a, int n, PV kw) { return rt_find_result(c, find_impl(c, self, a, 0)); }
static PV m_rfind(PCtx *c, PV self, PV *a, int n, PV kw) { return rt_find_result(c, find_impl(c, self, a, 1)); }
static PV m_index(PCtx *c, PV self, PV *a, int n, PV kw) {
    return rt_index_result(c, find_impl(c, self, a, 0), "substring not found");
}
static PV m_rindex(PCtx *c, PV self, PV *a, int n, PV kw) {
    return rt_index_result(c, find_impl(c, self, a, 1), "substring not found");
}

static PV m_count(PCtx *c, PV self, PV *a, int n, PV kw) {
    RtStr *s = S(self);
    Span sp;
    if (need_str(c, a[0]) < 0 || span_of(c, s, a[1], a[2], &sp) < 0) return PV_NULL;
    RtStr *sub = S(a[0]);
    if (sp.ce - sp.cs < sub->nchars) return PV_INT(0);
    if (sub->nbytes == 0) return rt_int_from_i64(c, sp.ce - sp.cs + 1);
    pi64 count = 0, pos = sp.bs;
    while ((pos = rt_str_find(s->data, sp.be, sub->data, sub->nbytes, pos)) >= 0) {
        count++;
        pos += sub->nbytes;
    }
    return rt_int_from_i64(c, count);
}

/* startswith/endswith: prefix is a str or a tuple of str. */
static PV affix_impl(PCtx *c, PV self, PV *a, int at_end) {
    const char *name = at_end ? "endswith" : "startswith";
    RtStr *s = S(self);
    Span sp;
    if (span_of(c, s, a[1], a[2], &sp) < 0) return PV_NULL;
    pi64 nchoices = 1;
    PV *choices = &a[0];
    if (RT_IS(a[0], RT_T_TUPLE))
        choices = rt_seq_items(a[0], &nchoices);
    else if (!rt_is_str(a[0])) {
        rt_err(c, PITH_B_TYPEERROR, "%s first arg must be str or a tuple of str, not %s", name, rt_type_name(a[0]));
        return PV_NULL;
    }
    for (pi64 i = 0; i < nchoices; i++) {
        if (!rt_is_str(choices[i])) {
            rt_err(c, PITH_B_TYPEERROR, "tuple for %s must only contain str, not %s", name, rt_type_name(choices[i]));
            return PV_NULL;
        }
        RtStr *x = S(choices[i]);
        if (sp.ce - sp.cs < x->nchars || sp.cs > s->nchars) continue;
        pi64 at = at_end ? sp.be - x->nbytes : sp.bs;
        if (at >= sp.bs && at + x->nbytes <= sp.be && memcmp(s->data + at, x->data, (size_t)x->nbytes) == 0)
            return PV_TRUE;
    }
    return PV_FALSE;
}
static PV m_startswith(PCtx *c, PV self, PV *a, int n, PV kw) { return affix_impl(c, self, a, 0); }
static PV m_endswith(PCtx *c, PV self, PV *a, int n, PV kw) { return affix_impl(c, self, a, 1); }

/* ---- split family ---- */

static int push(PCtx *c, PV list, PV item) {
    if (!item) return -1;
    int r = rt_list_append(c, list, item);
    pv_decref(c, item);
    return r;
}

/* str.isspace() of an ASCII byte: \t \n \v \f \r, the separators \x1c-\x1f and the space. */
static int ascii_space(unsigned char b) { return b == ' ' || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F); }

/* split() of an ASCII str left to right: a byte test instead of decoding and looking up each code point. */
static int split_ws_ascii(PCtx *c, RtStr *s, pi64 maxsplit, PV out) {
    const unsigned char *p = (const unsigned char *)s->data;
    pi64 n = s->nbytes, i = 0;
    for (;;) {
        while (i < n && ascii_space(p[i])) i++;
        if (i >= n) return 0;
        if (maxsplit == 0) return push(c, out, substr(c, s, i, n));
        pi64 j = i + 1;
        while (j < n && !ascii_space(p[j])) j++;
        if (push(c, out, substr(c, s, i, j)) < 0) return -1;
        maxsplit--;
        i = j;
    }
}

/* Whitespace split (sep=None), left to right or right to left. */
static int split_ws(PCtx *c, RtStr *s, pi64 maxsplit, int reverse, PV out) {
    pi64 n = s->nbytes;
    if (!reverse && (s->h.flags & RT_STR_ASCII)) return split_ws_ascii(c, s, maxsplit, out);
    if (!reverse) {
        pi64 i = 0;
        for (;;) {
            while (i < n && rt_uc_isspace(cp_at(s, i))) i += rt_utf8_len((unsigned char)s->data[i]);
            if (i >= n) return 0;
            if (maxsplit == 0) return push(c, out, substr(c, s, i, n));
            pi64 j = i;
            while (j < n && !rt_uc_isspace(cp_at(s, j))) j += rt_utf8_len((unsigned char)s->data[j]);
            if (push(c, out, substr(c, s, i, j)) < 0) return -1;
            maxsplit--;
            i = j;
        }
    }
    pi64 j = n;
    for (;;) {
        while (j > 0 && rt_uc_isspace(cp_at(s, prev_start(s, j)))) j = prev_start(s, j);
        if (j <= 0) return 0;
        if (maxsplit == 0) return push(c, out, substr(c, s, 0, j));
        pi64 i = j;
        while (i > 0 && !rt_uc_isspace(cp_at(s, prev_start(s, i)))) i = prev_start(s, i);
        if (push(c, out, substr(c, s, i, j)) < 0) return -1;
        maxsplit--;
        j = i;
    }
}

static int split_sep(PCtx *c, RtStr *s, RtStr *sep, pi64 maxsplit, int reverse, PV out) {
    pi64 n = s->nbytes, m = sep->nbytes;
    if (!reverse) {
        pi64 i = 0, pos;
        while (maxsplit != 0 && (pos = rt_str_find(s->data, n, sep->data, m, i)) >= 0) {
            if (push(c, out, substr(c, s, i, pos)) < 0) return -1;
            i = pos + m;
            maxsplit--;
        }
        return push(c, out, substr(c, s, i, n));
    }
    pi64 j = n, pos;
    while (maxsplit != 0 && (pos = rt_str_rfind(s->data, 0, j, sep->data, m)) >= 0) {
        if (push(c, out, substr(c, s, pos + m, j)) < 0) return -1;
        j = pos;
        maxsplit--;
    }
    return push(c, out, substr(c, s, 0, j));
}

static PV split_impl(PCtx *c, PV self, PV *a, int reverse) {
    pi64 maxsplit = -1;
    if (a[0] && a[0] != PV_NONE && !rt_is_str(a[0])) {
        rt_err(c, PITH_B_TYPEERROR, "must be str or None, not %s", rt_type_name(a[0]));
        return PV_NULL;
    }
    if (a[1] && rt_index_arg(c, a[1], &maxsplit) < 0) return PV_NULL;
    int ws = !a[0] || a[0] == PV_NONE;
    if (!ws && S(a[0])->nbytes == 0) {
        rt_err(c, PITH_B_VALUEERROR, "empty separator");
        return PV_NULL;
    }
    PV out = rt_list_new(c, 0);
    if (!out) return PV_NULL;
    int r = ws ? split_ws(c, S(self), maxsplit, reverse, out) : split_sep(c, S(self), S(a[0]), maxsplit, reverse, out);
    if (r < 0) {
        pv_decref(c, out);
        return PV_NULL;
    }
    if (reverse) { /* pieces were collected right to left */
        RtList *l = (RtList *)out;
        for (pi64 i = 0, j = l->n - 1; i < j; i++, j--) {
            PV t = l->items[i];
            l->items[i] = l->items[j];
            l->items[j] = t;
        }
    }
    return out;
}
static PV m_split(PCtx *c, PV self, PV *a, int n, PV kw) { return split_impl(c, self, a, 0); }
static PV m_rsplit(PCtx *c, PV self, PV *a, int n, PV kw) { return split_impl(c, self, a, 1); }

static PV m_splitlines(PCtx *c, PV self, PV *a, int n, PV kw) {
    RtStr *s = S(self);
    int keep = 0;
    if (a[0]) {
        if (!rt_is_int(a[0])) {
            rt_err(c, PITH_B_TYPEERROR, "'%s' object cannot be interpreted as an integer", rt_type_name(a[0]));
            return PV_NULL;
        }
        keep = rt_int_sign(a[0]) != 0;
    }
    PV out = rt_list_new(c, 0);
    if (!out) return PV_NULL;
    pi64 i = 0, start = 0;
    while (i < s->nbytes) {
        uint32_t cp = cp_at(s, i);
        pi64 next = i + rt_utf8_len((unsigned char)s->data[i]);
        if (rt_uc_islinebreak(cp)) {
            pi64 eol = next;
            if (cp == '\r' && next < s->nbytes && s->data[next] == '\n') eol = next + 1;
            if (push(c, out, substr(c, s, start, keep ? eol : i)) < 0) {
                pv_decref(c, out);
                return PV_NULL;
            }
            start = next = eol;
        }
        i = next;
    }
    if (start < s->nbytes && push(c, out, substr(c, s, start, s->nbytes)) < 0) {
        pv_decref(c, out);
        return PV_NULL;
    }
    return out;
}

static PV partition_impl(PCtx *c, PV self, PV sepv, int reverse) {
    if (need_str(c, sepv) < 0) return PV_NULL;
    RtStr *s = S(self), *sep = S(sepv);
    if (sep->nbytes == 0) {
        rt_err(c, PITH_B_VALUEERROR, "empty separator");
        return PV_NULL;
    }
    pi64 pos = reverse ? rt_str_rfind(s->data, 0, s->nbytes, sep->data, sep->nbytes)
                       : rt_str_find(s->data, s->nbytes, sep->data, sep->nbytes, 0);
    PV t[3];
    if (pos < 0) {
        PV empty = rt_str_new(c, "", 0), empty2 = empty ? rt_str_new(c, "", 0) : PV_NULL;
        if (!empty2) {
            pv_xdecref(c, empty);
            return PV_NULL;
        }
        pv_incref(self);
        t[0] = reverse ? empty : self;
        t[1] = reverse ? empty2 : empty;
        t[2] = reverse ? self : empty2;
        return rt_tuple_from_steal(c, t, 3);
    }
    t[0] = substr(c, s, 0, pos);
    t[1] = t[0] ? sepv : PV_NULL;
    t[2] = t[0] ? substr(c, s, pos + sep->nbytes, s->nbytes) : PV_NULL;
    if (!t[2]) {
        pv_xdecref(c, t[0]);
        return PV_NULL;
    }
    pv_incref(sepv);
    return rt_tuple_from_steal(c, t, 3);
}
static PV m_partition(PCtx *c, PV self, PV *a, int n, PV kw) { return partition_impl(c, self, a[0], 0); }
static PV m_rpartition(PCtx *c, PV self, PV *a, int n, PV kw) { return partition_impl(c, self, a[0], 1); }

/* ---- join, strip, replace ---- */

/* sep.join(items[0..cnt)): every item must be a str; base is the index of items[0] in the whole sequence
 * (for the "sequence item N" message of a join whose first items were already folded). */
static PV join_items(PCtx *c, RtStr *sep, PV *items, pi64 cnt, pi64 base) {
    pi64 total = 0, nchars = 0; /* the parts' code points add up: the result needs no re-scan */
    for (pi64 i = 0; i < cnt; i++) {
        if (!rt_is_str(items[i])) {
            rt_err(c, PITH_B_TYPEERROR, "sequence item %lld: expected str instance, %s found", base + i,
                   rt_type_name(items[i]));
            return PV_NULL;
        }
        total += S(items[i])->nbytes + (i ? sep->nbytes : 0);
        nchars += S(items[i])->nchars + (i ? sep->nchars : 0);
    }
    if (cnt == 1) {
        pv_incref(items[0]);
        return items[0];
    }
    if (cnt == 0) return rt_str_new(c, "", 0); /* the shared empty str, as CPython's */
    RtStr *r = rt_tick(c, cnt / 64) < 0 ? NULL : rt_str_alloc(c, total);
    if (!r) return PV_NULL;
    pi64 w = 0;
    for (pi64 i = 0; i < cnt; i++) {
        if (i) {
            memcpy(r->data + w, sep->data, (size_t)sep->nbytes);
            w += sep->nbytes;
        }
        memcpy(r->data + w, S(items[i])->data, (size_t)S(items[i])->nbytes);
        w += S(items[i])->nbytes;
    }
    return rt_str_seal_known(r, nchars);
}

static PV m_join(PCtx *c, PV self, PV *a, int n, PV kw) {
    PV seq;
    if (RT_IS(a[0], RT_T_LIST) || RT_IS(a[0], RT_T_TUPLE)) {
        seq = a[0];
        pv_incref(seq);
    } else {
        if (!rt_is_iterable(a[0])) {
            rt_err(c, PITH_B_TYPEERROR, "can only join an iterable");
            return PV_NULL;
        }
        seq = rt_seq_to_list(c, a[0]);
        if (!seq) return PV_NULL;
    }
    pi64 cnt;
    PV *items = rt_seq_items(seq, &cnt);
    PV r = join_items(c, S(self), items, cnt, 0);
    pv_decref(c, seq);
    return r;
}

/* ---- sep.join(<generator expression>), lowered inline (codegen/ir_build_comp.c) ----
 * CPython drains the whole generator into a list and only then checks the items. The accumulator keeps
 * the same observable behaviour in bounded memory: it folds the strs seen so far into one str every
 * JOIN_FOLD items, and after a non-str item it keeps only that item and its index and goes on draining.
 * Its layout is a private list, living in a frame slot (so snapshots carry it like any list):
 *   []                                   nothing added yet
 *   [n, folded, pending...]              n >= 0 items folded into the str `folded`, then pending strs
 *   [-1 - k, bad]                        item k was not a str (bad); later items are dropped
 * A layout that is none of these, or a separator that is not a str (a forged snapshot), raises SystemError
 * instead of being trusted. */
#define JOIN_FOLD 64

static int join_acc_state(PCtx *c, PV sep, PV accv, pi64 *state) {
    RtList *acc = (RtList *)accv;
    if (!sep || !rt_is_str(sep) || !accv || !RT_IS(accv, RT_T_LIST)) goto corrupt; /* both live in frame slots */
    if (acc->n == 0) {
        *state = 0;
        return 0;
    }
    if (acc->n >= 2 && PV_IS_INT(acc->items[0])) {
        *state = PV_IVAL(acc->items[0]);
        if (*state >= 0 ? rt_is_str(acc->items[1]) : acc->n == 2) return 0;
    }
corrupt:
    rt_err(c, PITH_B_SYSTEMERROR, "corrupt join accumulator");
    return -1;
}

/* Replace acc's strs (folded and pending) by one folded str. */
static int join_acc_fold(PCtx *c, RtList *acc, RtStr *sep, pi64 state) {
    int skip = state == 0; /* an empty fold contributes no separator */
    PV folded = join_items(c, sep, acc->items + 1 + skip, acc->n - 1 - skip, 0);
    if (!folded) return -1;
    for (pi64 i = 1; i < acc->n; i++) pv_decref(c, acc->items[i]);
    acc->items[0] = PV_INT(state + acc->n - 2);
    acc->items[1] = folded;
    acc->n = 2;
    return 0;
}

int rt_join_add(PCtx *c, PV sep, PV acc, PV item) {
    RtList *l = (RtList *)acc;
    pi64 state;
    if (join_acc_state(c, sep, acc, &state) < 0) return -1;
    if (state < 0) return 0; /* an earlier item decided the error: drain */
    if (l->n == 0) {
        PV empty = rt_str_new(c, "", 0);
        if (!empty || rt_list_append(c, acc, PV_INT(0)) < 0) {
            pv_xdecref(c, empty);
            return -1;
        }
        if (rt_list_append(c, acc, empty) < 0) {
            pv_decref(c, empty);
            return -1;
        }
        pv_decref(c, empty);
    }
    if (!rt_is_str(item)) {
        pi64 k = state + l->n - 2;
        for (pi64 i = 1; i < l->n; i++) pv_decref(c, l->items[i]);
        l->items[0] = PV_INT(-1 - k);
        l->items[1] = item;
        pv_incref(item);
        l->n = 2;
        return 0;
    }
    if (rt_list_append(c, acc, item) < 0) return -1;
    return l->n - 2 >= JOIN_FOLD ? join_acc_fold(c, l, S(sep), state) : 0;
}

PV rt_join_end(PCtx *c, PV sep, PV acc) {
    RtList *l = (RtList *)acc;
    pi64 state;
    if (join_acc_state(c, sep, acc, &state) < 0) return PV_NULL;
    if (l->n == 0) return rt_str_new(c, "", 0);
    if (state < 0) {
        rt_err(c, PITH_B_TYPEERROR, "sequence item %lld: expected str instance, %s found", -1 - state,
               rt_type_name(l->items[1]));
        return PV_NULL;
    }
    if (state == 0) return join_items(c, S(sep), l->items + 2, l->n - 2, 0);
    return join_items(c, S(sep), l->items + 1, l->n - 1, 0);
}

/* Is cp in the strip set (chars: a str, or NULL for whitespace)? */
static int strip_hit(RtStr *chars, uint32_t cp) {
    if (!chars) return rt_uc_isspace(cp);
    for (pi64 i = 0; i < chars->nbytes;) {
        uint32_t x;
        i += rt_utf8_decode((const unsigned char *)chars->data + i, &x);
        if (x == cp) return 1;
    }
    return 0;
}

static PV strip_impl(PCtx *c, PV self, PV arg, int left, int right) {
    RtStr *chars = NULL;
    if (arg && arg != PV_NONE) {
        if (rt_str_arg(c, arg, "strip arg must be None or str") < 0) return PV_NULL;
        chars = S(arg);
    }
    RtStr *s = S(self);
    pi64 i = 0, j = s->nbytes;
    while (left && i < j && strip_hit(chars, cp_at(s, i))) i += rt_utf8_len((unsigned char)s->data[i]);
    while (right && j > i && strip_hit(chars, cp_at(s, prev_start(s, j)))) j = prev_start(s, j);
    if (i == 0 && j == s->nbytes) {
        pv_incref(self);
        return self;
    }
    return substr(c, s, i, j);
}
static PV m_strip(PCtx *c, PV self, PV *a, int n, PV kw) { return strip_impl(c, self, a[0], 1, 1); }
static PV m_lstrip(PCtx *c, PV self, PV *a, int n, PV kw) { return strip_impl(c, self, a[0], 1, 0); }
static PV m_rstrip(PCtx *c, PV self, PV *a, int n, PV kw) { return strip_impl(c, self, a[0], 0, 1); }

static PV m_replace(PCtx *c, PV self, PV *a, int n, PV kw) {
    pi64 count = -1;
    if (need_str(c, a[0]) < 0 || need_str(c, a[1]) < 0) return PV_NULL;
    if (a[2] && rt_index_arg(c, a[2], &count) < 0) return PV_NULL;
    RtStr *s = S(self), *old = S(a[0]), *new = S(a[1]);
    pi64 hits = 0, pos = 0;
    if (old->nbytes == 0)
        hits = s->nchars + 1;
    else
        while ((pos = rt_str_find(s->data, s->nbytes, old->data, old->nbytes, pos)) >= 0) {
            hits++;
            pos += old->nbytes;
        }
    if (count >= 0 && hits > count) hits = count;
    if (hits == 0) {
        pv_incref(self);
        return self;
    }
    double size = (double)s->nbytes + (double)hits * ((double)new->nbytes - (double)old->nbytes);
    if (rt_mem_check(c, size) < 0) return PV_NULL;
    RtStr *r = rt_str_alloc(c, (pi64)size);
    if (!r) return PV_NULL;
    pi64 w = 0, i = 0;
    for (pi64 k = 0; k < hits; k++) {
        pi64 at = old->nbytes ? rt_str_find(s->data, s->nbytes, old->data, old->nbytes, i)
                              : (k == 0 ? 0 : i + rt_utf8_len((unsigned char)s->data[i]));
        memcpy(r->data + w, s->data + i, (size_t)(at - i));
        w += at - i;
        memcpy(r->data + w, new->data, (size_t) new->nbytes);
        w += new->nbytes;
        i = at + old->nbytes;
    }
    memcpy(r->data + w, s->data + i, (size_t)(s->nbytes - i));
    return rt_str_seal(r);
}

static PV affix_remove(PCtx *c, PV self, PV x, int suffix) {
    if (!rt_is_str(x)) {
        rt_err(c, PITH_B_TYPEERROR, "%s() argument must be str, not %s", suffix ? "removesuffix" : "removeprefix",
               rt_type_name(x));
        return PV_NULL;
    }
    RtStr *s = S(self), *p = S(x);
    if (p->nbytes && p->nbytes <= s->nbytes &&
        memcmp(s->data + (suffix ? s->nbytes - p->nbytes : 0), p->data, (size_t)p->nbytes) == 0)
        return suffix ? substr(c, s, 0, s->nbytes - p->nbytes) : substr(c, s, p->nbytes, s->nbytes);
    pv_incref(self);
    return self;
}
static PV m_removeprefix(PCtx *c, PV self, PV *a, int n, PV kw) { return affix_remove(c, self, a[0], 0); }
static PV m_removesuffix(PCtx *c, PV self, PV *a, int n, PV kw) { return affix_remove(c, self, a[0], 1); }

/* ---- padding ---- */

/* s with `left` and `right` copies of the fill code point around it. */
static PV pad(PCtx *c, PV self, pi64 left, pi64 right, const char *fill, int nfill) {
    RtStr *s = S(self);
    if (left <= 0 && right <= 0) {
        pv_incref(self);
        return self;
    }
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    RtStr *r = rt_str_alloc(c, s->nbytes + (left + right) * nfill);
    if (!r) return PV_NULL;
    pi64 w = 0;
    for (pi64 i = 0; i < left; i++, w += nfill) memcpy(r->data + w, fill, (size_t)nfill);
    memcpy(r->data + w, s->data, (size_t)s->nbytes);
    w += s->nbytes;
    for (pi64 i = 0; i < right; i++, w += nfill) memcpy(r->data + w, fill, (size_t)nfill);
    return rt_str_seal(r);
}

/* width and fill char of center/ljust/rjust. */
static int pad_args(PCtx *c, PV *a, pi64 *width, const char **fill, int *nfill) {
    if (rt_index_arg(c, a[0], width) < 0) return -1;
    *fill = " ";
    *nfill = 1;
    if (!a[1]) return 0;
    if (!rt_is_str(a[1])) {
        rt_err(c, PITH_B_TYPEERROR, "The fill character must be a unicode character, not %s", rt_type_name(a[1]));
        return -1;
    }
    if (S(a[1])->nchars != 1) {
        rt_err(c, PITH_B_TYPEERROR, "The fill character must be exactly one character long");
        return -1;
    }
    *fill = S(a[1])->data;
    *nfill = (int)S(a[1])->nbytes;
    return 0;
}

static PV m_center(PCtx *c, PV self, PV *a, int n, PV kw) {
    pi64 width;
    const char *fill;
    int nfill;
    if (pad_args(c, a, &width, &fill, &nfill) < 0) return PV_NULL;
    pi64 marg = width - S(self)->nchars;
    if (marg <= 0) return pad(c, self, 0, 0, fill, nfill);
    pi64 left = marg / 2 + (marg & width & 1);
    return pad(c, self, left, marg - left, fill, nfill);
}

static PV m_ljust(PCtx *c, PV self, PV *a, int n, PV kw) {
    pi64 width;
    const char *fill;
    int nfill;
    if (pad_args(c, a, &width, &fill, &nfill) < 0) return PV_NULL;
    return pad(c, self, 0, width - S(self)->nchars, fill, nfill);
}

static PV m_rjust(PCtx *c, PV self, PV *a, int n, PV kw) {
    pi64 width;
    const char *fill;
    int nfill;
    if (pad_args(c, a, &width, &fill, &nfill) < 0) return PV_NULL;
    return pad(c, self, width - S(self)->nchars, 0, fill, nfill);
}

static PV m_zfill(PCtx *c, PV self, PV *a, int n, PV kw) {
    pi64 width;
    if (rt_index_arg(c, a[0], &width) < 0) return PV_NULL;
    RtStr *s = S(self);
    PV r = pad(c, self, width - s->nchars, 0, "0", 1);
    if (!r || r == self || s->nbytes == 0) return r;
    RtStr *x = S(r);
    pi64 fill = width - s->nchars;
    if (s->data[0] == '+' || s->data[0] == '-') {
        x->data[0] = s->data[0];
        x->data[fill] = '0';
    }
    return r;
}

static PV m_expandtabs(PCtx *c, PV self, PV *a, int n, PV kw) {
    pi64 tab = 8;
    if (a[0] && rt_index_arg(c, a[0], &tab) < 0) return PV_NULL;
    RtStr *s = S(self);
    PithBuf b = rt_buf_new(c);
    pi64 col = 0;
    int rc = 0;
    for (pi64 i = 0; i < s->nbytes && rc == 0;) {
        int len = rt_utf8_len((unsigned char)s->data[i]);
        char ch = s->data[i];
        if (ch == '\t') {
            pi64 k = tab > 0 ? tab - col % tab : 0;
            if (rt_mem_check(c, (double)b.len + (double)k) < 0) rc = -1;
            for (pi64 j = 0; j < k && rc == 0; j++) rc = pith_buf_putc(&b, ' ');
            col += k;
        } else {
            rc = pith_buf_put(&b, s->data + i, (size_t)len);
            col = (ch == '\n' || ch == '\r') ? 0 : col + 1;
        }
        i += len;
    }
    if (rc < 0) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    return rt_buf_finish(&b);
}

/* ---- the table ---- */

static const char *const split_kw[] = {"sep", "maxsplit"};
static const char *const splitlines_kw[] = {"keepends"};
static const char *const encode_kw[] = {"encoding", "errors"};
static const char *const expandtabs_kw[] = {"tabsize"};

const RtMethDef rt_str_methods[] = {
    {"split", m_split, RT_M_KW, 0, 2, 2, split_kw},
    {"rsplit", m_rsplit, RT_M_KW, 0, 2, 2, split_kw},
    {"splitlines", m_splitlines, RT_M_KW, 0, 1, 1, splitlines_kw},
    {"join", m_join, RT_M_O, 1, 1, 0, NULL},
    {"strip", m_strip, RT_M_POS, 0, 1, 0, NULL},
    {"lstrip", m_lstrip, RT_M_POS, 0, 1, 0, NULL},
    {"rstrip", m_rstrip, RT_M_POS, 0, 1, 0, NULL},
    {"replace", m_replace, RT_M_POS, 2, 3, 0, NULL},
    {"find", m_find, RT_M_OLD, 1, 3, 0, NULL},
    {"rfind", m_rfind, RT_M_OLD, 1, 3, 0, NULL},
    {"index", m_index, RT_M_OLD, 1, 3, 0, NULL},
    {"rindex", m_rindex, RT_M_OLD, 1, 3, 0, NULL},
    {"count", m_count, RT_M_OLD, 1, 3, 0, NULL},
    {"startswith", m_startswith, RT_M_OLD, 1, 3, 0, NULL},
    {"endswith", m_endswith, RT_M_OLD, 1, 3, 0, NULL},
    {"partition", m_partition, RT_M_O, 1, 1, 0, NULL},
    {"rpartition", m_rpartition, RT_M_O, 1, 1, 0, NULL},
    {"removeprefix", m_removeprefix, RT_M_O, 1, 1, 0, NULL},
    {"removesuffix", m_removesuffix, RT_M_O, 1, 1, 0, NULL},
    {"zfill", m_zfill, RT_M_O, 1, 1, 0, NULL},
    {"center", m_center, RT_M_POS, 1, 2, 0, NULL},
    {"ljust", m_ljust, RT_M_POS, 1, 2, 0, NULL},
    {"rjust", m_rjust, RT_M_POS, 1, 2, 0, NULL},
    {"expandtabs", m_expandtabs, RT_M_KW, 0, 1, 1, expandtabs_kw},
    {"encode", rt_str_encode, RT_M_KW, 0, 2, 2, encode_kw},
    {"format", rt_str_format_method, RT_M_RAW, 0, 0, 0, NULL},
    {"translate", rt_str_translate, RT_M_O, 1, 1, 0, NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL},
};
