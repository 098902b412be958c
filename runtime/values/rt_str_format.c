/* rt_str_format.c — str formatting: printf-style `fmt % args` as CPython's PyUnicode_Format (%s %r %a %c
 * %d %i %u %o %x %X %e %E %f %F %g %G %%, flags -+ #0, width and precision incl. *, %(key)s with a mapping)
 * and str.format ({} {0} {name} {0[1].attr} {!r} {:spec} with nested {} in specs; the specs themselves are
 * rt_format.c's). Stage: runtime. CPython's error messages throughout. Floats are formatted by C's snprintf,
 * whose output for these conversions equals CPython's (both are correctly rounded). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "rt_values.h"

/* One conversion spec. */
typedef struct Spec {
    int left, plus, space, alt, zero; /* flags - + ' ' # 0 */
    pi64 width;                       /* -1: none */
    pi64 prec;                        /* -1: none */
    char type;                        /* conversion character */
} Spec;

/* Where the arguments come from. */
typedef struct Args {
    PV *items; /* positional arguments (a tuple's items, or &single) */
    pi64 n;    /* how many */
    pi64 next; /* the next one to use */
    PV dict;   /* the mapping for %(key)s (a dict, list, range or bytes, as CPython's PyMapping_Check), or PV_NULL */
    PV single; /* a lone non-tuple argument */
} Args;

static PV next_arg(PCtx *c, Args *a) {
    if (a->next >= a->n) {
        rt_err(c, PITH_B_TYPEERROR, "not enough arguments for format string");
        return PV_NULL;
    }
    return a->items[a->next++];
}

/* Append n copies of ch. */
static int fill(PCtx *c, PithBuf *b, char ch, pi64 n) {
    if (n > 0 && rt_mem_check(c, (double)b->len + (double)n) < 0) return -1;
    for (pi64 i = 0; i < n; i++)
        if (pith_buf_putc(b, ch) < 0) return -1;
    return 0;
}

/* text (nchars code points) padded to the spec's width; the sign/prefix part stays before zero padding. */
static int emit(PCtx *c, PithBuf *b, const Spec *s, const char *prefix, const char *text, size_t n, pi64 nchars,
                int zero_ok) {
    pi64 plen = (pi64)strlen(prefix), pad = s->width - nchars - plen;
    if (s->left) {
        if (pith_buf_puts(b, prefix) < 0 || pith_buf_put(b, text, n) < 0) return -1;
        return fill(c, b, ' ', pad);
    }
    if (s->zero && zero_ok) {
        if (pith_buf_puts(b, prefix) < 0 || fill(c, b, '0', pad) < 0) return -1;
        return pith_buf_put(b, text, n);
    }
    if (fill(c, b, ' ', pad) < 0 || pith_buf_puts(b, prefix) < 0) return -1;
    return pith_buf_put(b, text, n);
}

/* ascii(v): repr with every non-ASCII code point escaped. */
static PV ascii_of(PCtx *c, PV v) {
    PV r = rt_repr(c, v);
    if (!r || (RT_OBJ(r)->flags & RT_STR_ASCII)) return r;
    RtStr *s = rt_strp(r);
    PithBuf b = rt_buf_new(c);
    int rc = 0;
    for (pi64 i = 0; i < s->nbytes && rc == 0;) {
        uint32_t cp;
        int len = rt_utf8_decode((const unsigned char *)s->data + i, &cp);
        char tmp[16];
        if (cp < 0x80)
            rc = pith_buf_put(&b, s->data + i, 1);
        else {
            int m = snprintf(tmp, sizeof tmp,
                             cp <= 0xFF     ? "\\x%02x"
                             : cp <= 0xFFFF ? "\\u%04x"
                                            : "\\U%08x",
                             (unsigned)cp);
            rc = pith_buf_put(&b, tmp, (size_t)m);
        }
        i += len;
    }
    pv_decref(c, r);
    if (rc < 0) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    return rt_buf_finish(&b);
}

static int fmt_text(PCtx *c, PithBuf *b, const Spec *s, PV v) {
    PV t = s->type == 's' ? rt_str(c, v) : s->type == 'r' ? rt_repr(c, v) : ascii_of(c, v);
    if (!t) return -1;
    RtStr *x = rt_strp(t);
    pi64 nchars = x->nchars, nbytes = x->nbytes;
    if (s->prec >= 0 && s->prec < nchars) {
        nchars = s->prec;
        nbytes = rt_str_offset(c, x, nchars);
    }
    int rc = emit(c, b, s, "", x->data, (size_t)nbytes, nchars, 0);
    pv_decref(c, t);
    return rc;
}

static int fmt_char(PCtx *c, PithBuf *b, const Spec *s, PV v) {
    char u[4];
    int n;
    if (rt_is_str(v) && rt_strp(v)->nchars == 1) {
        n = (int)rt_strp(v)->nbytes;
        memcpy(u, rt_strp(v)->data, (size_t)n);
    } else if (rt_is_int(v)) {
        pi64 i;
        if (rt_int_to_i64(v, &i) < 0 || i < 0 || i > 0x10FFFF) {
            rt_err(c, PITH_B_OVERFLOWERROR, "%%c arg not in range(0x110000)");
            return -1;
        }
        n = rt_utf8_encode((uint32_t)i, u);
    } else {
        rt_err(c, PITH_B_TYPEERROR, "%%c requires int or char");
        return -1;
    }
    return emit(c, b, s, "", u, (size_t)n, 1, 0);
}

/* %d %i %u %o %x %X: v an int (a float is truncated for d/i/u only). */
static int fmt_int(PCtx *c, PithBuf *b, const Spec *s, PV v) {
    int decimal = s->type == 'd' || s->type == 'i' || s->type == 'u';
    mpz_t z;
    if (RT_IS(v, RT_T_FLOAT) && decimal) {
        double d = rt_float_value(v);
        if (isnan(d)) {
            rt_err(c, PITH_B_VALUEERROR, "cannot convert float NaN to integer");
            return -1;
        }
        if (isinf(d)) {
            rt_err(c, PITH_B_OVERFLOWERROR, "cannot convert float infinity to integer");
            return -1;
        }
        mpz_init_set_d(z, d);
    } else if (rt_is_int(v)) {
        rt_int_to_mpz(v, z);
    } else {
        if (decimal)
            rt_err(c, PITH_B_TYPEERROR, "%%%c format: a real number is required, not %s", s->type, rt_type_name(v));
        else
            rt_err(c, PITH_B_TYPEERROR, "%%%c format: an integer is required, not %s", s->type, rt_type_name(v));
        return -1;
    }
    int base = decimal ? 10 : s->type == 'o' ? 8 : 16;
    size_t cap = mpz_sizeinbase(z, base) + 2;
    if (decimal && cap > RT_INT_MAX_STR_DIGITS + 2) {
        mpz_clear(z);
        rt_err(c, PITH_B_VALUEERROR,
               "Exceeds the limit (%d digits) for integer string conversion; "
               "use sys.set_int_max_str_digits() to increase the limit",
               RT_INT_MAX_STR_DIGITS);
        return -1;
    }
    char *digits = rt_alloc(c, cap + (size_t)(s->prec > 0 ? s->prec : 0));
    if (!digits) {
        mpz_clear(z);
        return -1;
    }
    int neg = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    mpz_get_str(digits, s->type == 'X' ? -16 : base, z);
    mpz_clear(z);
    size_t n = strlen(digits);
    if (s->prec > 0 && (size_t)s->prec > n) { /* precision: minimum digit count */
        memmove(digits + (s->prec - (pi64)n), digits, n + 1);
        memset(digits, '0', (size_t)s->prec - n);
        n = (size_t)s->prec;
    }
    char prefix[4] = {0};
    int k = 0;
    if (neg)
        prefix[k++] = '-';
    else if (s->plus)
        prefix[k++] = '+';
    else if (s->space)
        prefix[k++] = ' ';
    if (s->alt && !decimal) {
        prefix[k++] = '0';
        prefix[k++] = s->type == 'o' ? 'o' : s->type;
    }
    int rc = emit(c, b, s, prefix, digits, n, (pi64)n, 1);
    rt_free(c, digits, cap + (size_t)(s->prec > 0 ? s->prec : 0));
    return rc;
}

/* %e %f %g (and capitals) through snprintf with the same flags; the width is applied here (zeros go after
 * the sign, for inf and nan too, as CPython does). */
static int fmt_float(PCtx *c, PithBuf *b, const Spec *s, PV v) {
    double d;
    if (!rt_is_int(v) && !RT_IS(v, RT_T_FLOAT)) {
        rt_err(c, PITH_B_TYPEERROR, "must be real number, not %s", rt_type_name(v));
        return -1;
    }
    if (rt_to_double(c, v, &d) < 0) return -1;
    pi64 prec = s->prec < 0 ? 6 : s->prec;
    char f[48];
    snprintf(f, sizeof f, "%%%s%s%s.%lld%c", s->plus ? "+" : "", s->space ? " " : "", s->alt ? "#" : "", prec, s->type);
    size_t cap = (size_t)prec + 330;
    if (rt_mem_check(c, (double)cap) < 0) return -1;
    char *tmp = rt_alloc(c, cap);
    if (!tmp) return -1;
    int n = snprintf(tmp, cap, f, d);
    char sign[2] = {0, 0};
    if (tmp[0] == '-' || tmp[0] == '+' || tmp[0] == ' ') sign[0] = tmp[0];
    int k = sign[0] != 0;
    int rc = emit(c, b, s, sign, tmp + k, (size_t)(n - k), n - k, 1);
    rt_free(c, tmp, cap);
    return rc;
}

/* A width or precision given as '*': the next argument, an int. */
static int star(PCtx *c, Args *a, pi64 *out) {
    PV v = next_arg(c, a);
    if (!v) return -1;
    if (!rt_is_int(v) || rt_int_to_i64(v, out) < 0) {
        rt_err(c, PITH_B_TYPEERROR, "* wants int");
        return -1;
    }
    return 0;
}

/* Parse the spec after '%' at *p (fmt text of n bytes); *v gets the argument for it (a new reference). */
static int parse_spec(PCtx *c, const char *fmt, pi64 n, pi64 *p, Spec *s, Args *a, PV *v) {
    pi64 i = *p, first = *p;
    *v = PV_NULL;
    if (i < n && fmt[i] == '(') {
        if (!a->dict) {
            rt_err(c, PITH_B_TYPEERROR, "format requires a mapping");
            return -1;
        }
        pi64 depth = 1, start = ++i;
        while (i < n && depth) {
            if (fmt[i] == '(')
                depth++;
            else if (fmt[i] == ')')
                depth--;
            i++;
        }
        if (depth) {
            rt_err(c, PITH_B_VALUEERROR, "incomplete format key");
            return -1;
        }
        PV key = rt_str_new(c, fmt + start, i - 1 - start);
        if (!key) return -1;
        *v = rt_getitem(c, a->dict, key);
        pv_decref(c, key);
        if (!*v) return -1;
    }
    for (;; i++) {
        if (i >= n) break;
        char f = fmt[i];
        if (f == '-')
            s->left = 1;
        else if (f == '+')
            s->plus = 1;
        else if (f == ' ')
            s->space = 1;
        else if (f == '#')
            s->alt = 1;
        else if (f == '0')
            s->zero = 1;
        else
            break;
    }
    if (i < n && fmt[i] == '*') {
        if (star(c, a, &s->width) < 0) return -1;
        i++;
        if (s->width < 0) {
            s->left = 1;
            s->width = -s->width;
        }
    } else
        while (i < n && fmt[i] >= '0' && fmt[i] <= '9')
            s->width = (s->width < 0 ? 0 : s->width) * 10 + (fmt[i++] - '0');
    if (i < n && fmt[i] == '.') {
        s->prec = 0;
        if (++i < n && fmt[i] == '*') {
            if (star(c, a, &s->prec) < 0) return -1;
            i++;
        } else
            while (i < n && fmt[i] >= '0' && fmt[i] <= '9') s->prec = s->prec * 10 + (fmt[i++] - '0');
    }
    while (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) i++;
    if (i >= n) {
        rt_err(c, PITH_B_VALUEERROR, "incomplete format");
        return -1;
    }
    s->type = fmt[i];
    *p = i + 1;
    if (s->type == '%' && i == first) return 0; /* "%%"; a '%' after flags or a width is an error (below) */
    if (!*v) {
        *v = next_arg(c, a);
        if (!*v) return -1;
        pv_incref(*v);
    }
    return 0;
}

/* Code points in s before byte offset off (for error positions). */
static pi64 cp_index(const RtStr *s, pi64 off) {
    pi64 k = 0;
    for (pi64 i = 0; i < off; i++) k += ((unsigned char)s->data[i] & 0xC0) != 0x80;
    return k;
}

static int convert(PCtx *c, PithBuf *b, const Spec *s, PV v, pi64 at) {
    switch (s->type) {
    case '%':
        if (!v) return pith_buf_putc(b, '%');
        break;
    case 's':
    case 'r':
    case 'a': return fmt_text(c, b, s, v);
    case 'c': return fmt_char(c, b, s, v);
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X': return fmt_int(c, b, s, v);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': return fmt_float(c, b, s, v);
    default: break;
    }
    unsigned char ch = (unsigned char)s->type;
    if (ch < 0x80)
        rt_err(c, PITH_B_VALUEERROR, "unsupported format character '%c' (0x%x) at index %lld", ch, ch, at);
    else
        rt_err(c, PITH_B_VALUEERROR, "unsupported format character at index %lld", at);
    return -1;
}

/* fmt % args. */
PV rt_str_percent(PCtx *c, PV fmtv, PV args) {
    RtStr *f = rt_strp(fmtv);
    Args a = {0};
    if (RT_IS(args, RT_T_TUPLE))
        a.items = rt_seq_items(args, &a.n);
    else {
        a.single = args;
        a.items = &a.single;
        a.n = 1;
    }
    int t = RT_TYPE(args);
    if (t == RT_T_DICT || t == RT_T_LIST || t == RT_T_RANGE || t == RT_T_BYTES) a.dict = args;
    PithBuf b = rt_buf_new(c);
    pi64 i = 0, n = f->nbytes;
    int rc = 0;
    while (i < n && rc == 0) {
        const char *pct = memchr(f->data + i, '%', (size_t)(n - i));
        pi64 stop = pct ? pct - f->data : n;
        rc = pith_buf_put(&b, f->data + i, (size_t)(stop - i));
        if (!pct || rc < 0) {
            i = n;
            break;
        }
        i = stop + 1;
        Spec s = {0, 0, 0, 0, 0, -1, -1, 0};
        PV v = PV_NULL;
        rc = parse_spec(c, f->data, n, &i, &s, &a, &v);
        if (rc == 0) rc = convert(c, &b, &s, v, cp_index(f, i - 1));
        pv_xdecref(c, v);
    }
    if (rc == 0 && a.next < a.n && !a.dict) {
        rt_err(c, PITH_B_TYPEERROR, "not all arguments converted during string formatting");
        rc = -1;
    }
    if (rc < 0) {
        pith_buf_free(&b);
        return PV_NULL;
    }
    return rt_buf_finish(&b);
}

/* ---- str.format ---- */

/* Where str.format's replacement fields take their values from. */
typedef struct FmtArgs {
    PV *pos;       /* positional arguments */
    int npos;      /* how many */
    PV *kwv;       /* keyword values */
    PV kwnames;    /* tuple of keyword names, or PV_NULL */
    int next_auto; /* the next automatic field number */
    int mode;      /* 0 not decided, 1 automatic numbering, 2 manual numbering */
} FmtArgs;

static int all_digits(const char *s, pi64 n) {
    if (n == 0) return 0;
    for (pi64 i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    return 1;
}

/* The object a field name's first part names (new ref): "" automatic, "3" positional, "x" keyword. */
static PV field_base(PCtx *c, FmtArgs *a, const char *s, pi64 n) {
    int index = -1;
    if (n == 0 || all_digits(s, n)) {
        int want = n == 0 ? 1 : 2;
        if (a->mode && a->mode != want) {
            rt_err(c, PITH_B_VALUEERROR,
                   want == 1 ? "cannot switch from manual field specification to automatic field numbering"
                             : "cannot switch from automatic field numbering to manual field specification");
            return PV_NULL;
        }
        a->mode = want;
        if (n == 0)
            index = a->next_auto++;
        else
            for (pi64 i = 0; i < n && index < 1000000000; i++) index = (index < 0 ? 0 : index * 10) + (s[i] - '0');
        if (index >= a->npos) {
            rt_err(c, PITH_B_INDEXERROR, "Replacement index %d out of range for positional args tuple", index);
            return PV_NULL;
        }
        pv_incref(a->pos[index]);
        return a->pos[index];
    }
    pi64 nkw = a->kwnames ? ((RtTuple *)a->kwnames)->n : 0;
    for (pi64 k = 0; k < nkw; k++) {
        RtStr *kn = rt_strp(((RtTuple *)a->kwnames)->items[k]);
        if (kn->nbytes == n && memcmp(kn->data, s, (size_t)n) == 0) {
            pv_incref(a->kwv[k]);
            return a->kwv[k];
        }
    }
    PV key = rt_str_new(c, s, n);
    if (key) {
        rt_err_key(c, key);
        pv_decref(c, key);
    }
    return PV_NULL;
}

/* Resolve "name.attr[key]..." (s[0..n)) to a value (new ref). */
static PV field_value(PCtx *c, FmtArgs *a, const char *s, pi64 n) {
    pi64 i = 0;
    while (i < n && s[i] != '.' && s[i] != '[') i++;
    PV v = field_base(c, a, s, i);
    while (v && i < n) {
        char kind = s[i++];
        pi64 j = i;
        while (j < n && (kind == '[' ? s[j] != ']' : (s[j] != '.' && s[j] != '['))) j++;
        PV key;
        if (kind == '[' && all_digits(s + i, j - i) && j - i < 18) {
            pi64 k = 0;
            for (pi64 t = i; t < j; t++) k = k * 10 + (s[t] - '0');
            key = PV_INT(k);
        } else {
            key = rt_str_new(c, s + i, j - i);
        }
        PV next = PV_NULL;
        if (key) next = kind == '[' ? rt_getitem(c, v, key) : rt_getattr(c, v, key);
        pv_xdecref(c, key);
        pv_decref(c, v);
        v = next;
        i = kind == '[' ? j + 1 : j;
    }
    return v;
}

static int expand(PCtx *c, FmtArgs *a, const char *s, pi64 n, PithBuf *out, int depth);

/* One replacement field (the text between the braces). */
static int put_field(PCtx *c, FmtArgs *a, const char *s, pi64 n, PithBuf *out, int depth) {
    pi64 i = 0;
    while (i < n && s[i] != '!' && s[i] != ':') {
        if (s[i] == '[')
            while (i < n && s[i] != ']') i++;
        if (i < n) i++;
    }
    pi64 name_end = i;
    char conv = 0;
    if (i < n && s[i] == '!') {
        if (i + 1 >= n) {
            rt_err(c, PITH_B_VALUEERROR, "unmatched '{' in format spec");
            return -1;
        }
        conv = s[i + 1];
        i += 2;
        if (i < n && s[i] != ':') {
            rt_err(c, PITH_B_VALUEERROR, "expected ':' after conversion specifier");
            return -1;
        }
    }
    PV v = field_value(c, a, s, name_end);
    if (!v) return -1;
    if (conv) {
        PV cv = conv == 'r' ? rt_repr(c, v) : conv == 's' ? rt_str(c, v) : conv == 'a' ? ascii_of(c, v) : PV_NULL;
        if (!cv && conv != 'r' && conv != 's' && conv != 'a')
            rt_err(c, PITH_B_VALUEERROR, "Unknown conversion specifier %c", conv);
        pv_decref(c, v);
        if (!cv) return -1;
        v = cv;
    }
    PithBuf spec = rt_buf_new(c);
    int rc = 0;
    if (i < n) { /* the spec after ':' may hold nested fields */
        if (depth >= 1 && memchr(s + i + 1, '{', (size_t)(n - i - 1))) {
            rt_err(c, PITH_B_VALUEERROR, "Max string recursion exceeded");
            rc = -1;
        } else {
            rc = expand(c, a, s + i + 1, n - i - 1, &spec, depth + 1);
        }
    }
    PV specv = rc == 0 ? rt_str_new(c, spec.p ? spec.p : "", (pi64)spec.len) : PV_NULL;
    pith_buf_free(&spec);
    PV r = specv ? rt_format(c, v, specv) : PV_NULL;
    pv_xdecref(c, specv);
    pv_decref(c, v);
    if (!r) return -1;
    rc = rt_buf_put_str(out, r);
    pv_decref(c, r);
    return rc;
}

/* Copy s[0..n) to out, replacing fields and {{ }}. */
static int expand(PCtx *c, FmtArgs *a, const char *s, pi64 n, PithBuf *out, int depth) {
    for (pi64 i = 0; i < n;) {
        char ch = s[i];
        if (ch == '}') {
            if (i + 1 < n && s[i + 1] == '}') {
                if (pith_buf_putc(out, '}') < 0) return -1;
                i += 2;
                continue;
            }
            rt_err(c, PITH_B_VALUEERROR, "Single '}' encountered in format string");
            return -1;
        }
        if (ch != '{') {
            pi64 j = i;
            while (j < n && s[j] != '{' && s[j] != '}') j++;
            if (pith_buf_put(out, s + i, (size_t)(j - i)) < 0) return -1;
            i = j;
            continue;
        }
        if (i + 1 < n && s[i + 1] == '{') {
            if (pith_buf_putc(out, '{') < 0) return -1;
            i += 2;
            continue;
        }
        if (i + 1 >= n) {
            rt_err(c, PITH_B_VALUEERROR, "Single '{' encountered in format string");
            return -1;
        }
        pi64 j = i + 1, nest = 1;
        int in_name = 1;
        while (j < n) { /* find the matching '}' ([...] in the name may hold anything) */
            if (in_name && s[j] == '[') {
                while (j < n && s[j] != ']') j++;
                if (j >= n) break;
            } else if (s[j] == ':' || s[j] == '!')
                in_name = 0;
            else if (s[j] == '{')
                nest++;
            else if (s[j] == '}' && --nest == 0)
                break;
            j++;
        }
        if (j >= n) {
            rt_err(c, PITH_B_VALUEERROR, "expected '}' before end of string");
            return -1;
        }
        if (put_field(c, a, s + i + 1, j - i - 1, out, depth) < 0) return -1;
        i = j + 1;
    }
    return 0;
}

/* str.format(*args, **kwargs). */
PV rt_str_format_method(PCtx *c, PV self, PV *args, int nargs, PV kwnames) {
    int nkw = kwnames ? (int)((RtTuple *)kwnames)->n : 0;
    FmtArgs a = {args, nargs - nkw, args + (nargs - nkw), kwnames, 0, 0};
    PithBuf out = rt_buf_new(c);
    if (expand(c, &a, rt_strp(self)->data, rt_strp(self)->nbytes, &out, 0) < 0) {
        pith_buf_free(&out);
        return PV_NULL;
    }
    return rt_buf_finish(&out);
}
