/* rt_int_cost.c — what a big-int operation will cost, asked before doing it, and the long ones cut into
 * steps that read the clock. One GMP call cannot be interrupted, so a product, a quotient or a power that
 * cannot fit the memory or the time left is refused before it starts (MemoryLimitExceeded /
 * TimeLimitExceeded), and x ** n and pow(b, e, m) run as a chain of GMP calls with a fuel tick between them.
 * Stage: runtime. Memory estimates include GMP's scratch space, which goes through the execution's
 * accounting (rt_alloc.c), so what the estimate lets through is counted as it is used. */
#include <math.h>
#include <stdatomic.h>

#include "rt_values.h"

/* GMP's peak for a product or a quotient of n result limbs is about three times the result: the result,
 * and FFT / divide-and-conquer scratch of up to twice its size (measured: 20 MB squared peaks near 100 MB). */
#define SCRATCH_FACTOR 3.0

/* Below this many limbs one multiplication takes well under a millisecond: fuel alone keeps time. */
#define TIMED_LIMBS ((size_t)1 << 15)

/* x ** n with a result below this many limbs is one mpz_pow_ui (a few milliseconds at most). */
#define STEPPED_LIMBS ((size_t)1 << 12)

/* The fuel of one chunk of a stepped operation: about one clock read per chunk. */
#define CHUNK_FUEL 20000.0

/* Fuel of a product of n limbs: n log n work (Karatsuba, Toom, FFT) at about one tick per limb step. */
static double mul_fuel(double n) { return n < 2 ? 1 : n * (1.0 + log2(n)) / 2.0; }

/* Seconds per n·log2(n) unit of a large multiplication on this machine: first measured on a product of
 * CAL_LIMBS limbs (a millisecond or so, the best of three), then learned from every long product made
 * (larger products run slower per unit, and the machine's load changes). */
#define CAL_LIMBS ((size_t)1 << 15)
static _Atomic double mul_rate;

static double rate(void) {
    double r = atomic_load(&mul_rate);
    if (r > 0) return r;
    mpz_t a, p;
    mpz_inits(a, p, NULL);
    mpz_setbit(a, (mp_bitcnt_t)CAL_LIMBS * GMP_NUMB_BITS / 2);
    mpz_sub_ui(a, a, 1); /* all ones: as costly as any other operand */
    double best = HUGE_VAL;
    for (int i = 0; i < 3; i++) {
        double t0 = rt_now();
        mpz_mul(p, a, a);
        double dt = rt_now() - t0;
        if (dt < best) best = dt;
    }
    mpz_clears(a, p, NULL);
    r = best / ((double)CAL_LIMBS * log2((double)CAL_LIMBS));
    if (!(r > 0)) r = 1e-12;
    atomic_store(&mul_rate, r);
    return r;
}

/* Estimated seconds of a product of n result limbs. */
static double mul_seconds(double n) { return n < 2 ? 0 : rate() * n * log2(n); }

/* Stop the run for time now when the work ahead (est seconds) cannot end before the deadline. */
static int time_fits(PCtx *c, double est) {
    RtCtx *x = RT_CTX(c);
    if (x->deadline <= 0 || rt_now() + est <= x->deadline) return 0;
    x->limit = RT_LIMIT_TIME;
    rt_err(c, PITH_B_RUNTIMEERROR, "time limit of %g s exceeded", x->max_seconds);
    return -1;
}

static double limb_bytes(double n) { return n * (double)sizeof(mp_limb_t); }

/* Before a product of about n result limbs: room for it and its scratch, time for it, and its fuel. */
static int guard_mul(PCtx *c, size_t n) {
    if (rt_mem_check(c, SCRATCH_FACTOR * limb_bytes((double)n) + 64) < 0) return -1;
    if (n >= TIMED_LIMBS && time_fits(c, mul_seconds((double)n)) < 0) return -1;
    return rt_tick(c, (pi64)mul_fuel((double)n));
}

/* r = x * y, guarded, its time learned when it is long. 0 or -1 (the limit's error set). */
int rt_big_mul(PCtx *c, mpz_t r, mpz_srcptr x, mpz_srcptr y) {
    size_t n = mpz_size(x) + mpz_size(y);
    if (guard_mul(c, n) < 0) return -1;
    if (n < TIMED_LIMBS) {
        mpz_mul(r, x, y);
        return 0;
    }
    double t0 = rt_now();
    mpz_mul(r, x, y);
    double dt = rt_now() - t0;
    if (dt > 0) atomic_store(&mul_rate, dt / ((double)n * log2((double)n)));
    return 0;
}

/* Before a quotient or remainder of an nn-limb number by a dn-limb one. Division by a short number is
 * linear; by a long one it costs a few products of the dividend's size. */
int rt_big_guard_div(PCtx *c, size_t nn, size_t dn) {
    if (rt_mem_check(c, SCRATCH_FACTOR * limb_bytes((double)nn) + 64) < 0) return -1;
    if (dn < 64) return rt_tick(c, (pi64)(nn * dn / 4 + 1));
    if (nn >= TIMED_LIMBS && time_fits(c, 3.0 * mul_seconds((double)nn)) < 0) return -1;
    return rt_tick(c, (pi64)(3.0 * mul_fuel((double)nn)));
}

/* Before one GMP call that builds a result of about `limbs` limbs from a chain of products (math.factorial,
 * comb, perm): room for the result and its scratch, time for about two products of its size, and their fuel. */
int rt_big_guard_chain(PCtx *c, double limbs) {
    if (rt_mem_check(c, SCRATCH_FACTOR * limb_bytes(limbs) + 64) < 0) return -1;
    if (limbs >= TIMED_LIMBS && time_fits(c, 2.0 * mul_seconds(limbs)) < 0) return -1;
    return rt_tick(c, (pi64)(2.0 * mul_fuel(limbs)));
}

/* x ** n for |x| >= 2 and a result of about `bits` bits: square-and-multiply over mpz_mul, each product
 * guarded (memory, time, fuel). The whole chain costs about twice its last squaring, so it is refused up
 * front when that cannot fit. */
PV rt_big_pow(PCtx *c, mpz_srcptr x, unsigned long n, double bits) {
    double limbs = bits / GMP_NUMB_BITS + 1;
    if (rt_mem_check(c, SCRATCH_FACTOR * limb_bytes(limbs) + 64) < 0) return PV_NULL;
    mpz_t r;
    if (limbs < STEPPED_LIMBS) { /* short: one GMP call */
        if (rt_tick(c, (pi64)(2.0 * mul_fuel(limbs))) < 0) return PV_NULL;
        mpz_init(r);
        mpz_pow_ui(r, x, n);
        return rt_big_steal(c, r);
    }
    if (time_fits(c, 2.0 * mul_seconds(limbs)) < 0) return PV_NULL;
    mpz_init_set(r, x);
    for (int bit = 62 - __builtin_clzl(n); bit >= 0; bit--) { /* below the top bit, high to low */
        if (rt_big_mul(c, r, r, r) < 0 || (((n >> bit) & 1) && rt_big_mul(c, r, r, x) < 0)) {
            mpz_clear(r);
            return PV_NULL;
        }
    }
    return rt_big_steal(c, r);
}

/* The w bits of e from bit lo up, as a number (w <= 32). */
static unsigned long bits_at(mpz_srcptr e, mp_bitcnt_t lo, unsigned w) {
    unsigned long v = 0;
    for (unsigned i = w; i-- > 0;) v = (v << 1) | (unsigned long)mpz_tstbit(e, lo + i);
    return v;
}

/* r = b ** e mod m for e >= 0 and m > 0 (b of any sign), in [0, m). A long one is cut into chunks of w
 * exponent bits, high to low: r = r ** (2 ** w) * b ** chunk mod m, each an mpz_powm, with a fuel tick
 * after each chunk. 0, or -1 with the run stopped (time) or a MemoryError. */
int rt_big_powm(PCtx *c, mpz_t r, mpz_srcptr b, mpz_srcptr e, mpz_srcptr m) {
    double n = (double)mpz_size(m);
    if (rt_mem_check(c, 4.0 * SCRATCH_FACTOR * limb_bytes(n) + 64) < 0) return -1; /* r, t, their product */
    double step = 2.0 * mul_fuel(2 * n); /* one modular squaring: a 2n-limb product and its reduction */
    mp_bitcnt_t ebits = mpz_sgn(e) ? mpz_sizeinbase(e, 2) : 0;
    if (step * (double)ebits <= CHUNK_FUEL) {
        if (rt_tick(c, (pi64)(step * (double)ebits)) < 0) return -1;
        mpz_powm(r, b, e, m);
        return 0;
    }
    double per_chunk = CHUNK_FUEL / step;
    unsigned w = per_chunk >= 32 ? 32 : per_chunk >= 1 ? (unsigned)per_chunk : 1;
    mpz_t t, bm;
    mpz_inits(t, bm, NULL);
    mpz_mod(bm, b, m); /* once, not in every chunk */
    mpz_set_ui(r, 1);
    int rc = 0;
    for (mp_bitcnt_t hi = ebits; hi > 0 && rc == 0;) {
        unsigned k = hi >= w ? w : (unsigned)hi;
        hi -= k;
        mpz_powm_ui(r, r, 1UL << k, m);
        mpz_powm_ui(t, bm, bits_at(e, hi, k), m);
        mpz_mul(r, r, t);
        mpz_mod(r, r, m);
        rc = rt_tick(c, (pi64)(2.0 * step * k));
    }
    mpz_clears(t, bm, NULL);
    return rc;
}
