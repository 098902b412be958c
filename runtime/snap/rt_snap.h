/* rt_snap.h — the snapshot codec: a WAITING execution as bytes and back (rt_snap_dump in rt_snap_encode.c,
 * rt_snap_open / rt_snap_load_state in rt_snap_decode.c). Stage: runtime. The engine layer (api/api_snapshot.c)
 * decides which program a snapshot belongs to and compiles it again on load; the codec only carries that
 * program section. The byte format is written here, each record's payload by its type's codec
 * (RtTypeDesc.snap_*, rt_type.h); change it only together with RT_SNAP_FORMAT (tests/snapshots/golden_v2.snap
 * pins version 2).
 *
 * Format, version 2. Fixed-width fields are little-endian; "uv" is an unsigned LEB128 varint, "sv" a zigzag
 * varint, "str" is uv length + bytes. Every length, count and index is checked on load.
 *   header (28 bytes): "PITHSNAP" | u32 format (2) | u32 PITH_ABI_VERSION | u32 flags (bit 0: has MAC)
 *                      | u64 total length of the snapshot, trailer included
 *   program:  16 bytes program identity (api_program_id) | str source | u8 filename given? | str filename
 *             | uv ninputs, str each | uv nexternals, str each          (the pith_compile options)
 *   state:    u64 hash seed | f64 remaining seconds | f64 max_seconds | uv nallocs | uv bytes printed |
 *             str captured output
 *   objects:  uv nobj, then nobj records; object i is "#i"
 *   roots:    uv nglobals, ref each | ref top frame | sv pending ext id | ref args tuple | ref kwargs dict
 *             | ref handled exception | uv the last call id given | uv the pending call's id
 *             (the two ids were appended to version 2: a snapshot without them has one call, id 1). The
 *             pending ext id is -1 (args and kwargs NULL) when the top frame is asyncio's event loop waiting
 *             on its tasks' host calls (runtime/exec/rt_async.c), which its slots hold.
 *   trailer:  u64 XXH3-64 of every byte before it | [32 bytes HMAC-SHA256 of every byte before it]
 * A ref is u8 SNAP_R_* + payload: NULL, None, False, True (no payload); a small int (sv); #i (uv i < nobj);
 * the program's constant k[i] (uv i < nconsts: constants are remade by init_consts).
 * A record is u8 SNAP_O_* tag (rt_snap_codec.h), the type's payload, then one ref per reference slot its
 * type's traverse reports, in traverse order (rt_type.h). Payloads (fn ids index PProgDesc.funcs; "f64" is
 * the IEEE bits as u64) and the slots after them:
 *   FLOAT f64 | BIGINT u8 negative, str magnitude (LE bytes) | STR str (UTF-8) | BYTES str
 *   LIST uv n; n items | TUPLE uv n; n items | DICT uv n; (key, value) * n in order
 *   RANGE sv start, stop, step, len; a range beyond 64 bits writes 0, 0, 0, -1 and then start, stop and step
 *         each as u8 negative, str magnitude (LE bytes) | SLICE -; start, stop, step
 *   ITER uv kind, sv pos, cur, stop, step; src, aux
 *   FUNC uv fn id; defaults, kwdefaults, closure, attrs | EXTFN uv ext id
 *   BUILTIN uv id, or for a class the host named uv PITH_B_COUNT + base id, str name
 *   METHOD -; self, name | DICTVIEW uv kind; dict | CELL -; v | GEN -; frame (NULL when finished)
 *   EXC uv type, uv flags (bit 0 suppress_context, bit 1 a class the host named: str name follows, bit 2
 *       an instance of a user class), sv attr_cls, uv ntb, (sv fn id, sv line) * ntb; args, cause, context,
 *       name, and with bit 2 also its class, dict
 *   FRAME uv fn id, sv state (-1 - state for an __init__ frame run by C(...)), sv line, ref parent (a link,
 *         not a slot), uv nslots; closure, ret, callret, nslots slots
 *   CLASS uv builtin base id; name, qualname, bases, mro, dict, slots | INSTANCE -; class, dict
 *   BOUNDMETH -; func, self | WRAP uv kind (rt_class.h RtWrapKind); a, b, c
 *   SET/FROZENSET u64 hash, u8 hashed, sv finger, uv slots (0 or a power of two), per slot u8 0 empty /
 *                 1 deleted / 2 active (+ u64 hash); one key per active slot
 *   ALIAS u8 is_union; origin, args
 *   CORO, AGEN as GEN | FUTURE sv kind, sv state, sv flag, sv id, f64 when; result, a, b, waiters (rt_async.c)
 */
#ifndef PITH_RT_SNAP_H
#define PITH_RT_SNAP_H

#include <stddef.h>
#include <stdint.h>

#include "rt_exec.h"
#include "rt_snap_codec.h"

#define RT_SNAP_MAGIC "PITHSNAP"
#define RT_SNAP_FORMAT 2u
#define RT_SNAP_FLAG_MAC 1u
#define RT_SNAP_HEADER 28u /* magic + format + abi + flags + total length */
#define RT_SNAP_SUM 8u     /* the XXH3-64 trailer */
#define RT_SNAP_MAC 32u    /* the HMAC-SHA256 trailer */

/* The program section: which program a snapshot belongs to and the request that compiles it again. */
typedef struct RtSnapProgram {
    unsigned char id[16]; /* the program's identity (api_program_id) */
    const char *source;
    size_t source_len;
    const char *filename; /* NULL: none was given */
    const char *const *inputs;
    size_t ninputs;
    const char *const *externals;
    size_t nexternals;
} RtSnapProgram;

/* Dumps x (WAITING) with program as its program section. On success *out is malloc'd and *len set. */
PithSnapError rt_snap_dump(const PithExec *x, const RtSnapProgram *program, const unsigned char *key, size_t keylen,
                           unsigned char **out, size_t *len);

/* A snapshot being loaded: the verified bytes, where decoding goes on, and the program section read so far
 * (its strings malloc'd, freed by rt_snap_close). */
typedef struct RtSnapLoad {
    const unsigned char *data;
    size_t pos, end; /* the state starts at pos; the trailer at end */
    RtSnapProgram program;
} RtSnapLoad;

/* Loading, step 1: checks length, versions, checksum and MAC (key may be NULL), then reads the program
 * section into l->program. Call rt_snap_close(l) whatever it returns. */
PithSnapError rt_snap_open(RtSnapLoad *l, const unsigned char *data, size_t len, const unsigned char *key,
                           size_t keylen);
/* Step 2: decodes the rest into x, a fresh execution of the snapshot's program that has not run (made with the
 * loader's limits); leaves it WAITING with its call published. The time the snapshot says is left can only
 * shorten the loader's time limit. On an error x is half-made: free it. */
PithSnapError rt_snap_load_state(RtSnapLoad *l, PithExec *x);
void rt_snap_close(RtSnapLoad *l);

/* HMAC-SHA256 of data[0..n) under key into out (rt_snap_encode.c; the decoder verifies with it). */
void rt_snap_mac(const unsigned char *key, size_t keylen, const unsigned char *data, size_t n, unsigned char out[32]);
/* XXH3-64 of data[0..n) (the checksum trailer). */
uint64_t rt_snap_sum(const unsigned char *data, size_t n);

#endif
