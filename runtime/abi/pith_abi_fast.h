/* pith_abi_fast.h — the second half of what generated code sees: the inline fast paths (small-int arithmetic and
 * comparisons, truth, the C-call depth check) and the same as statement macros for TCC, which never inlines.
 * Stage: runtime ABI. Prepended by codegen right after pith_abi.h (embed_abi.cmake joins the two), and included
 * after it by the runtime files that use a fast path (builtins). Same rules as pith_abi.h: no #include, no libc
 * names; any change bumps PITH_ABI_VERSION there. */
#ifndef PITH_ABI_FAST_H
#define PITH_ABI_FAST_H

/* ---- inline fast paths generated code uses ---- */
static inline double pv_f64(pu64 bits) {
    union {
        pu64 u;
        double d;
    } x;
    x.u = bits;
    return x.d;
}
static inline int pv_enter(PCtx *c) {
    if (++c->depth > c->max_depth || pv_stack_low(c)) {
        rt_err_recursion(c);
        c->depth--;
        return -1;
    }
    return 0;
}
static inline PV pv_add(PCtx *c, PV a, PV b) {
    if (a & b & 1) {
        PV r = a + (b - 1);
        if (!(((a ^ r) & ((b - 1) ^ r)) >> 63)) return r;
    }
    return rt_binop(c, PITH_OP_ADD, a, b);
}
static inline PV pv_sub(PCtx *c, PV a, PV b) {
    if (a & b & 1) {
        PV b1 = b - 1, r = a - b1;
        if (!(((a ^ b1) & (a ^ r)) >> 63)) return r;
    }
    return rt_binop(c, PITH_OP_SUB, a, b);
}
static inline PV pv_mul(PCtx *c, PV a, PV b) {
    if (a & b & 1) {
        pi64 x = PV_IVAL(a), y = PV_IVAL(b);
        if ((pu64)(x + 0x40000000LL) < 0x80000000ULL && (pu64)(y + 0x40000000LL) < 0x80000000ULL) return PV_INT(x * y);
    }
    return rt_binop(c, PITH_OP_MUL, a, b);
}
static inline PV pv_floordiv(PCtx *c, PV a, PV b) {
    if (a & b & 1 && b != PV_INT(0) && b != PV_INT(-1)) {
        pi64 x = PV_IVAL(a), y = PV_IVAL(b), q = x / y;
        if (q * y != x && ((x ^ y) < 0)) q--;
        return PV_INT(q);
    }
    return rt_binop(c, PITH_OP_FLOORDIV, a, b);
}
static inline PV pv_mod(PCtx *c, PV a, PV b) {
    if (a & b & 1 && b != PV_INT(0) && b != PV_INT(-1)) {
        pi64 x = PV_IVAL(a), y = PV_IVAL(b), m = x % y;
        if (m != 0 && ((m ^ y) < 0)) m += y;
        return PV_INT(m);
    }
    return rt_binop(c, PITH_OP_MOD, a, b);
}
/* comparisons: a Python bool, or PV_NULL on error; pv_cmp_* give a C truth value (0/1) or -1 */
#define PV_CMP_FAST(name, op, code)               \
    static inline int name(PCtx *c, PV a, PV b) { \
        if (a & b & 1) return (pi64)a op(pi64) b; \
        PV r = rt_compare(c, code, a, b);         \
        return r ? r == PV_TRUE : -1;             \
    }
PV_CMP_FAST(pv_cmp_lt, <, PITH_CMP_LT)
PV_CMP_FAST(pv_cmp_le, <=, PITH_CMP_LE)
PV_CMP_FAST(pv_cmp_gt, >, PITH_CMP_GT)
PV_CMP_FAST(pv_cmp_ge, >=, PITH_CMP_GE)
PV_CMP_FAST(pv_cmp_eq, ==, PITH_CMP_EQ)
PV_CMP_FAST(pv_cmp_ne, !=, PITH_CMP_NE)

/* ---- the same fast paths as statement macros: TCC never inlines a function, so generated code uses these
 *      (each expands to the small-int path in place and calls the runtime only when it does not apply) ---- */
/* Arguments are plain variables or literals (codegen never passes an expression with side effects),
 * so the macros read them directly: every copy costs TCC a load and a store. */
#define PV_INCREF(v)                           \
    do {                                       \
        if (((v)&7) == 0) ((PObj *)(v))->rc++; \
    } while (0)
#define PV_DECREF(c, v)                                                             \
    do {                                                                            \
        if (((v)&7) == 0 && --((PObj *)(v))->rc == 0) rt_dealloc((c), (PObj *)(v)); \
    } while (0)
#define PV_XDECREF(c, v)                                                                   \
    do {                                                                                   \
        if ((v) && ((v)&7) == 0 && --((PObj *)(v))->rc == 0) rt_dealloc((c), (PObj *)(v)); \
    } while (0)
#define PV_ADD(c, r, a, b)                                                                 \
    do {                                                                                   \
        PV r_;                                                                             \
        if (((a) & (b)&1) && (r_ = (a) + ((b)-1), !((((a) ^ r_) & (((b)-1) ^ r_)) >> 63))) \
            (r) = r_;                                                                      \
        else                                                                               \
            (r) = rt_binop((c), PITH_OP_ADD, (a), (b));                                    \
    } while (0)
#define PV_SUB(c, r, a, b)                                                                  \
    do {                                                                                    \
        PV r_;                                                                              \
        if (((a) & (b)&1) && (r_ = (a) - ((b)-1), !((((a) ^ ((b)-1)) & ((a) ^ r_)) >> 63))) \
            (r) = r_;                                                                       \
        else                                                                                \
            (r) = rt_binop((c), PITH_OP_SUB, (a), (b));                                     \
    } while (0)
/* a + k / a - k for a literal small int k (tagged K = 2k+1) with 0 <= k < 2**32: one tag test, one bound test */
#define PV_ADDK(c, r, a, K)                                                \
    do {                                                                   \
        if (((a)&1) && (pi64)(a) < (pi64)(0x7fffffffffffffffLL - ((K)-1))) \
            (r) = (a) + ((K)-1);                                           \
        else                                                               \
            (r) = rt_binop((c), PITH_OP_ADD, (a), (K));                    \
    } while (0)
#define PV_SUBK(c, r, a, K)                                                 \
    do {                                                                    \
        if (((a)&1) && (pi64)(a) > (pi64)(-0x7fffffffffffffffLL + ((K)-1))) \
            (r) = (a) - ((K)-1);                                            \
        else                                                                \
            (r) = rt_binop((c), PITH_OP_SUB, (a), (K));                     \
    } while (0)
#define PV_MUL(c, r, a, b)                                                        \
    do {                                                                          \
        if (((a) & (b)&1) && (pu64)(PV_IVAL(a) + 0x40000000LL) < 0x80000000ULL && \
            (pu64)(PV_IVAL(b) + 0x40000000LL) < 0x80000000ULL)                    \
            (r) = PV_INT(PV_IVAL(a) * PV_IVAL(b));                                \
        else                                                                      \
            (r) = rt_binop((c), PITH_OP_MUL, (a), (b));                           \
    } while (0)
/* r = a <op> b as a C truth value (-1 on error) */
#define PV_CMP(c, r, a, b, op, code)                   \
    do {                                               \
        if ((a) & (b)&1)                               \
            (r) = (pi64)(a)op(pi64)(b);                \
        else {                                         \
            PV t_ = rt_compare((c), (code), (a), (b)); \
            (r) = t_ ? t_ == PV_TRUE : -1;             \
        }                                              \
    } while (0)
#define PV_TRUTH(c, r, v)                           \
    do {                                            \
        if ((v) == PV_TRUE)                         \
            (r) = 1;                                \
        else if ((v) == PV_FALSE || (v) == PV_NONE) \
            (r) = 0;                                \
        else if ((v)&1)                             \
            (r) = (v) != PV_INT(0);                 \
        else                                        \
            (r) = rt_truth((c), (v));               \
    } while (0)

static inline int pv_truth(PCtx *c, PV v) {
    if (v == PV_TRUE) return 1;
    if (v == PV_FALSE || v == PV_NONE) return 0;
    if (v & 1) return v != PV_INT(0);
    return rt_truth(c, v);
}

#endif
