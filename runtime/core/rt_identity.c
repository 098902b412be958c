/* rt_identity.c — the id() of a value and the "0x..." its default repr shows. CPython prints addresses; pith
 * must not, since a heap address is a gift to anyone probing the host. A heap object's id is a keyed
 * bijection of its address over the 43 bits a 16-byte-aligned user-space address can use, so ids stay
 * unique among live objects and stable while an object lives, look like CPython's (multiples of 16 below
 * 2**47), and change with every execution's key. Immediates (small ints, None, True, False) are their own
 * tagged word: never a multiple of 16, so never equal to an object's id. Stage: runtime core. */
#include "rt_ctx.h"

#define ID_BITS 43
#define ID_MASK ((1ull << ID_BITS) - 1)

/* An invertible mix of ID_BITS-bit words: xor with the key, odd multiplications and xor-shifts, each a
 * bijection modulo 2**ID_BITS. */
static pu64 permute(pu64 x, pu64 key) {
    x = (x ^ key) & ID_MASK;
    x = (x * 0x9E3779B97F4A7C15ull) & ID_MASK;
    x ^= x >> 21;
    x = (x * 0xC4CEB9FE1A85EC53ull) & ID_MASK;
    x ^= x >> 19;
    return (x ^ (key >> ID_BITS)) & ID_MASK;
}

pu64 rt_identity(PCtx *c, PV v) {
    if (!PV_IS_OBJ(v)) return (pu64)v;
    pu64 key = RT_CTX(c)->hash_seed * 0xD6E8FEB86659FD93ull;
    pu64 slot = (pu64)v >> 4;
    if (slot > ID_MASK) slot = ((pu64)v * 0x9E3779B97F4A7C15ull) >> (64 - ID_BITS); /* not seen on x86-64 */
    return permute(slot, key) << 4;
}
