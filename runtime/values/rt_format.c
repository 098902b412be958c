/* rt_format.c — format(value, spec): CPython's format-spec mini-language for int, bool, float and str
 * ([[fill]align][sign][z][#][0][width][,|_][.precision][type]), with its error messages. Used by str.format
 * (rt_str_format.c) and meant for f-strings. Stage: runtime. A number is built as sign + prefix + digits +
 * rest (fraction, exponent, '%'); grouping and zero padding act on the digits, as CPython's
 * _PyUnicode_InsertThousandsGrouping does. Float digits come from snprintf / rt_float_repr_buf. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "rt_class.h"
#include "rt_values.h"

/* A parsed format spec. */
typedef struct FSpec {
    char fill[5]; /* the fill character's UTF-8 (NUL-terminated) */
    int fill_set; /* a fill was written explicitly */
    char align;   /* '<' '>' '^' '=' or 0 (the type's default) */
    char sign;    /* '+' '-' ' ' or 0 */
    int z, alt;   /* 'z' (no negative zero) and '#' */
    pi64 width;   /* -1: none */
    char group;   /* ',' '_' or 0 */
    pi64 prec;    /* -1: none */
    char type;    /* presentation type or 0 */
} FSpec;

static int is_align(char ch) { return ch == '<' || ch == '>' || ch == '^' || ch == '='; }

/* Digits at *i into *out; -1 ValueError when they overflow. */
static int parse_num(PCtx *c, const char *s, pi64 n, pi64 *i, pi64 *out) {
    pi64 v = 0;
    while (*i < n && s[*i] >= '0' && s[*i] <= '9') {
        if (v > (INT64_MAX - 9) / 10) {
            rt_err(c, PITH_B_VALUEERROR, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + (s[(*i)++] - '0');
    }
    *out = v;
    return 0;
}

/* Parse spec text for a value of type tname; default alignment dalign. */
static int parse_spec(PCtx *c, RtStr *spec, const char *tname, char dalign, FSpec *f) {
    const char *s = spec->data;
    pi64 n = spec->nbytes, i = 0;
    memset(f, 0, sizeof *f);
    f->fill[0] = ' ';
    f->width = f->prec = -1;
    int flen = n ? rt_utf8_len((unsigned char)s[0]) : 0;
    if (n > flen && is_align(s[flen])) {
        memcpy(f->fill, s, (size_t)flen);
        f->fill[flen] = 0;
        f->fill_set = 1;
        f->align = s[flen];
        i = flen + 1;
    } else if (n && is_align(s[0])) {
        f->align = s[0];
        i = 1;
    }
    if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) f->sign = s[i++];
    if (i < n && s[i] == 'z') {
        f->z = 1;
        i++;
    }
    if (i < n && s[i] == '#') {
        f->alt = 1;
        i++;
    }
    if (i < n && s[i] == '0' && !f->fill_set) {
        f->fill[0] = '0';
        f->fill[1] = 0;
        if (!f->align && dalign == '>') f->align = '=';
        i++;
    }
    if (i < n && s[i] >= '0' && s[i] <= '9' && parse_num(c, s, n, &i, &f->width) < 0) return -1;
    if (i < n && (s[i] == ',' || s[i] == '_')) {
        f->group = s[i++];
        if (i < n && (s[i] == ',' || s[i] == '_')) {
            rt_err(c, PITH_B_VALUEERROR, "Cannot specify both ',' and '_'.");
            return -1;
        }
    }
    if (i < n && s[i] == '.') {
        i++;
        if (i >= n || s[i] < '0' || s[i] > '9') {
            rt_err(c, PITH_B_VALUEERROR, "Format specifier missing precision");
            return -1;
        }
        if (parse_num(c, s, n, &i, &f->prec) < 0) return -1;
    }
    if (n - i > 1) {
        rt_err(c, PITH_B_VALUEERROR, "Invalid format specifier '%s' for object of type '%s'", s, tname);
        return -1;
    }
    if (i < n) f->type = s[i];
    if (!f->align) f->align = dalign;
    if (f->group) {
        const char *ok = f->group == ',' ? "deEfFgG%" : "deEfFgG%boxX";
        if (f->type && !strchr(ok, f->type)) {
            rt_err(c, PITH_B_VALUEERROR, "Cannot specify '%c' with '%c'.", f->group, f->type);
            return -1;
        }
    }
    return 0;
}

static void err_unknown(PCtx *c, char type, const char *tname) {
    if ((unsigned char)type < 0x80 && type > ' ')
        rt_err(c, PITH_B_VALUEERROR, "Unknown format code '%c' for object of type '%s'", type, tname);
    else
        rt_err(c, PITH_B_VALUEERROR, "Unknown format code '\\x%x' for object of type '%s'", (unsigned char)type, tname);
}

/* Append n copies of the fill. */
static int put_fill(PCtx *c, PithBuf *b, const FSpec *f, pi64 n) {
    if (n > 0 && rt_mem_check(c, (double)b->len + (double)n * (double)strlen(f->fill)) < 0) return -1;
    for (pi64 i = 0; i < n; i++) {
        if (pith_buf_puts(b, f->fill) < 0) return -1;
        if ((i & 1023) == 1023 && rt_tick(c, 1024) < 0) return -1; /* a width of millions takes time */
    }
    return 0;
}

/* body (nchars code points) aligned in the spec's width; for '=' the first `head` bytes (sign, prefix)
 * go before the padding. */
static int put_aligned(PCtx *c, PithBuf *b, const FSpec *f, const char *body, size_t n, pi64 nchars, size_t head) {
    pi64 pad = f->width - nchars, left = 0;
    if (pad < 0) pad = 0;
    if (f->align == '>')
        left = pad;
    else if (f->align == '^')
        left = pad / 2;
    if (f->align == '=') {
        if (pith_buf_put(b, body, head) < 0 || put_fill(c, b, f, pad) < 0) return -1;
        return pith_buf_put(b, body + head, n - head);
    }
    if (put_fill(c, b, f, left) < 0 || pith_buf_put(b, body, n) < 0) return -1;
    return put_fill(c, b, f, pad - left);
}

/* digits[0..nd) grouped by `size` with sep, zero-extended to at least min_width characters (CPython's
 * grouping with a minimum width: leading zeros are grouped too). */
static int put_grouped(PCtx *c, PithBuf *b, const char *digits, pi64 nd, char sep, int size, pi64 min_width) {
    if (!sep) {
        if (put_fill(c, b, &(FSpec){.fill = "0"}, min_width - nd) < 0) return -1;
        return pith_buf_put(b, digits, (size_t)nd);
    }
    /* build right to left into tmp, then append reversed */
    pi64 cap = nd + nd / size + (min_width > 0 ? min_width : 0) + 4;
    if (rt_mem_check(c, (double)cap) < 0) return -1;
    char *tmp = rt_alloc(c, (size_t)cap);
    if (!tmp) return -1;
    pi64 w = 0, remaining = nd, left = min_width;
    int sep_before = 0;
    for (;;) {
        pi64 l = remaining > left ? remaining : left;
        if (l < 1) l = 1;
        if (l > size) l = size;
        pi64 chars = remaining < l ? remaining : l, zeros = l - chars;
        if (sep_before) tmp[w++] = sep;
        for (pi64 k = 0; k < chars; k++) tmp[w++] = digits[remaining - 1 - k];
        for (pi64 k = 0; k < zeros; k++) tmp[w++] = '0';
        remaining -= chars;
        left -= l;
        if (remaining <= 0 && left <= 0) break;
        left -= 1;
        sep_before = 1;
    }
    for (pi64 i = 0, j = w - 1; i < j; i++, j--) {
        char t = tmp[i];
        tmp[i] = tmp[j];
        tmp[j] = t;
    }
    int rc = pith_buf_put(b, tmp, (size_t)w);
    rt_free(c, tmp, (size_t)cap);
    return rc;
}

/* Assemble sign + prefix + grouped digits + rest, then align. */
static PV put_number(PCtx *c, const FSpec *f, int neg, const char *prefix, const char *digits, pi64 nd,
                     const char *rest, int group_size) {
    char sign[2] = {0, 0};
    if (neg)
        sign[0] = '-';
    else if (f->sign == '+' || f->sign == ' ')
        sign[0] = f->sign;
    size_t head = strlen(sign) + strlen(prefix), nrest = strlen(rest);
    pi64 min_width = 0;
    if (f->align == '=' && f->fill[0] == '0' && f->fill[1] == 0 && f->width > 0)
        min_width = f->width - (pi64)head - (pi64)nrest; /* zero padding goes into the (grouped) digits */
    PithBuf body = rt_buf_new(c);
    int rc = pith_buf_puts(&body, sign);
    if (rc == 0) rc = pith_buf_puts(&body, prefix);
    if (rc == 0) rc = put_grouped(c, &body, digits, nd, f->group, group_size, min_width);
    if (rc == 0) rc = pith_buf_puts(&body, rest);
    PithBuf out = rt_buf_new(c);
    if (rc == 0) rc = put_aligned(c, &out, f, body.p ? body.p : "", body.len, (pi64)body.len, head);
    pith_buf_free(&body);
    if (rc < 0) {
        pith_buf_free(&out);
        return PV_NULL;
    }
    return rt_buf_finish(&out);
}

/* ---- int ---- */

static PV format_float_value(PCtx *c, double d, const FSpec *f);

static PV format_int(PCtx *c, PV v, const FSpec *f, const char *tname) {
    char type = f->type ? f->type : 'd';
    if (strchr("eEfFgG%", type)) {
        double d;
        if (rt_int_to_double(c, v, &d) < 0) return PV_NULL;
        return format_float_value(c, d, f);
    }
    if (!strchr("bcdoxXn", type)) {
        err_unknown(c, type, tname);
        return PV_NULL;
    }
    if (f->prec >= 0) {
        rt_err(c, PITH_B_VALUEERROR, "Precision not allowed in integer format specifier");
        return PV_NULL;
    }
    if (f->z) {
        rt_err(c, PITH_B_VALUEERROR, "Negative zero coercion (z) not allowed in integer format specifier");
        return PV_NULL;
    }
    if (type == 'c') {
        if (f->sign) {
            rt_err(c, PITH_B_VALUEERROR, "Sign not allowed with integer format specifier 'c'");
            return PV_NULL;
        }
        if (f->alt) {
            rt_err(c, PITH_B_VALUEERROR, "Alternate form (#) not allowed with integer format specifier 'c'");
            return PV_NULL;
        }
        pi64 i;
        if (rt_int_to_i64(v, &i) < 0) {
            rt_err(c, PITH_B_OVERFLOWERROR, "Python int too large to convert to C long");
            return PV_NULL;
        }
        if (i < 0 || i > 0x10FFFF) {
            rt_err(c, PITH_B_OVERFLOWERROR, "%%c arg not in range(0x110000)");
            return PV_NULL;
        }
        char u[5];
        int n = rt_utf8_encode((uint32_t)i, u);
        PithBuf out = rt_buf_new(c);
        FSpec g = *f;
        if (g.align == '=') g.align = '>';
        if (put_aligned(c, &out, &g, u, (size_t)n, 1, 0) < 0) {
            pith_buf_free(&out);
            return PV_NULL;
        }
        return rt_buf_finish(&out);
    }
    int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    RtIntView t;
    mpz_t z;
    mpz_init(z);
    mpz_abs(z, rt_int_view(v, &t));
    if (base == 10 && mpz_sizeinbase(z, 10) > RT_INT_MAX_STR_DIGITS + 1) {
        mpz_clear(z);
        rt_err(c, PITH_B_VALUEERROR,
               "Exceeds the limit (%d digits) for integer string conversion; "
               "use sys.set_int_max_str_digits() to increase the limit",
               RT_INT_MAX_STR_DIGITS);
        return PV_NULL;
    }
    size_t cap = mpz_sizeinbase(z, base) + 2;
    char *digits = rt_alloc(c, cap);
    if (!digits) {
        mpz_clear(z);
        return PV_NULL;
    }
    mpz_get_str(digits, type == 'X' ? -16 : base, z);
    mpz_clear(z);
    const char *prefix = !f->alt || base == 10 ? ""
                         : type == 'b'         ? "0b"
                         : type == 'o'         ? "0o"
                         : type == 'x'         ? "0x"
                                               : "0X";
    PV r = put_number(c, f, rt_int_sign(v) < 0, prefix, digits, (pi64)strlen(digits), "", base == 10 ? 3 : 4);
    rt_free(c, digits, cap);
    return r;
}

/* ---- float ---- */

/* The digits of d (d >= 0) for the spec's type into buf; returns what to append after them ('%'). */
static const char *float_text(double d, const FSpec *f, char *buf, size_t cap) {
    char type = f->type, fmt[32];
    if (!type && f->prec < 0) {
        rt_float_repr_buf(d, buf, cap);
        return "";
    }
    pi64 prec = f->prec < 0 ? 6 : f->prec;
    const char *suffix = "";
    if (type == '%') {
        d *= 100.0;
        type = 'f';
        suffix = "%";
    }
    if (!type || type == 'n') type = 'g';
    if (!f->type && prec == 0) prec = 1;
    snprintf(fmt, sizeof fmt, "%%%s.%lld%c", f->alt ? "#" : "", prec, type);
    snprintf(buf, cap, fmt, d);
    if (!f->type && isfinite(d) && !strpbrk(buf, ".e")) strcat(buf, ".0"); /* None type: at least one decimal */
    return suffix;
}

static PV format_float_value(PCtx *c, double d, const FSpec *f) {
    if (f->type && !strchr("eEfFgGn%", f->type)) {
        err_unknown(c, f->type, "float");
        return PV_NULL;
    }
    pi64 prec = f->prec < 0 ? 6 : f->prec;
    size_t cap = (size_t)prec + 400;
    if (rt_mem_check(c, (double)cap) < 0) return PV_NULL;
    char *buf = rt_alloc(c, cap);
    if (!buf) return PV_NULL;
    int neg = signbit(d) && !isnan(d);
    const char *suffix = float_text(fabs(d), f, buf, cap - 2);
    if (isinf(d) || isnan(d)) { /* inf/nan: lower or upper case by the type */
        strcpy(buf, isinf(d) ? "inf" : "nan");
        if (f->type && strchr("EFG", f->type))
            for (char *p = buf; *p; p++) *p = (char)(*p - 32);
    }
    if (neg && f->z && isfinite(d)) { /* 'z': a result that rounded to zero loses its sign */
        int zero = 1;
        for (const char *p = buf; *p && *p != 'e' && *p != 'E'; p++)
            if (*p >= '1' && *p <= '9') zero = 0;
        if (zero) neg = 0;
    }
    pi64 nd = 0;
    while (buf[nd] >= '0' && buf[nd] <= '9') nd++;
    PithBuf rest = rt_buf_new(c);
    PV r = PV_NULL;
    FSpec g = *f;
    if (!isfinite(d)) g.group = 0; /* "inf" is not grouped */
    if (pith_buf_puts(&rest, buf + nd) == 0 && pith_buf_puts(&rest, suffix) == 0)
        r = put_number(c, &g, neg, "", buf, nd ? nd : (pi64)strlen(buf), nd ? rest.p : suffix, 3);
    pith_buf_free(&rest);
    rt_free(c, buf, cap);
    return r;
}

/* ---- str and the dispatcher ---- */

static PV format_str(PCtx *c, PV v, const FSpec *f) {
    if (f->type && f->type != 's') {
        err_unknown(c, f->type, "str");
        return PV_NULL;
    }
    if (f->sign) {
        rt_err(c, PITH_B_VALUEERROR, "Sign not allowed in string format specifier");
        return PV_NULL;
    }
    if (f->alt) {
        rt_err(c, PITH_B_VALUEERROR, "Alternate form (#) not allowed in string format specifier");
        return PV_NULL;
    }
    if (f->align == '=') {
        rt_err(c, PITH_B_VALUEERROR, "'=' alignment not allowed in string format specifier");
        return PV_NULL;
    }
    if (f->group) {
        rt_err(c, PITH_B_VALUEERROR, "Cannot specify '%c' with 's'.", f->group);
        return PV_NULL;
    }
    RtStr *s = rt_strp(v);
    pi64 nchars = s->nchars, nbytes = s->nbytes;
    if (f->prec >= 0 && f->prec < nchars) {
        nchars = f->prec;
        nbytes = rt_str_offset(c, s, nchars);
    }
    PithBuf out = rt_buf_new(c);
    if (put_aligned(c, &out, f, s->data, (size_t)nbytes, nchars, 0) < 0) {
        pith_buf_free(&out);
        return PV_NULL;
    }
    return rt_buf_finish(&out);
}

/* format(v, spec): spec a str. Empty spec: str(v). */
PV rt_format(PCtx *c, PV v, PV spec) {
    if (rt_is_user_obj(v)) return rt_user_format(c, v, spec); /* __format__ (rt_instance.c) */
    RtStr *sp = rt_strp(spec);
    if (sp->nbytes == 0) return rt_str(c, v);
    FSpec f;
    int is_num = rt_is_int(v) || RT_IS(v, RT_T_FLOAT);
    if (!is_num && !rt_is_str(v)) {
        rt_err(c, PITH_B_TYPEERROR, "unsupported format string passed to %s.__format__", rt_type_name(v));
        return PV_NULL;
    }
    const char *tname = RT_IS(v, RT_T_FLOAT) ? "float" : rt_is_str(v) ? "str" : PV_IS_BOOL(v) ? "bool" : "int";
    if (parse_spec(c, sp, tname, is_num ? '>' : '<', &f) < 0) return PV_NULL;
    if (RT_IS(v, RT_T_FLOAT)) return format_float_value(c, rt_float_value(v), &f);
    if (rt_is_str(v)) return format_str(c, v, &f);
    return format_int(c, v, &f, tname);
}
