/* rt_snap.h — the snapshot codec: a WAITING execution as bytes and back (rt_snap_dump in rt_snap_encode.c,
 * rt_snap_open / rt_snap_load_state in rt_snap_decode.c). Stage: runtime. The engine layer (api/api_snapshot.c)
 * decides which program a snapshot belongs to and compiles it again on load; the codec only carries that
 * program section. The byte format is written here and nowhere else; change it only together with
 * RT_SNAP_FORMAT (tests/snapshots/golden_v1.snap pins version 1).
 *
 * Format, version 1. Fixed-width fields are little-endian; "uv" is an unsigned LEB128 varint, "sv" a zigzag
 * varint, "str" is uv length + bytes. Every length, count and index is checked on load.
 *   header (28 bytes): "PITHSNAP" | u32 format (1) | u32 PITH_ABI_VERSION | u32 flags (bit 0: has MAC)
 *                      | u64 total length of the snapshot, trailer included
 *   program:  16 bytes program identity (api_program_id) | str source | u8 filename given? | str filename
 *             | uv ninputs, str each | uv nexternals, str each          (the pith_compile options)
 *   state:    u64 hash seed | f64 remaining seconds | f64 max_seconds | uv nallocs | str captured output
 *   objects:  uv nobj, then nobj records "u8 SNAP_O_* tag + body" (bodies below); object i is "#i"
 *   roots:    uv nglobals, ref each | ref top frame | sv pending ext id | ref args tuple | ref kwargs dict
 *             | ref handled exception
 *   trailer:  u64 XXH3-64 of every byte before it | [32 bytes HMAC-SHA256 of every byte before it]
 * A ref is u8 SNAP_R_* + payload: NULL, None, False, True, the set dummy (no payload); a small int (sv);
 * #i (uv i < nobj); the program's constant k[i] (uv i < nconsts: constants are remade by init_consts).
 * Records (refs as above; fn ids index PProgDesc.funcs; "f64" is the IEEE bits as u64):
 *   FLOAT f64 | BIGINT u8 negative, str magnitude (LE bytes) | STR str (UTF-8) | BYTES str
 *   LIST uv n, ref* | TUPLE uv n, ref* | DICT uv n, (ref key, ref value)* in order
 *   RANGE sv start, stop, step, len | SLICE ref start, stop, step
 *   ITER uv kind, ref src, sv pos, cur, stop, step, ref aux
 *   FUNC uv fn id, ref defaults, kwdefaults, closure, attrs | BUILTIN uv id | EXTFN uv ext id
 *   METHOD ref self, name | DICTVIEW uv kind, ref dict | CELL ref v | GEN ref frame (NULL when finished)
 *   EXC uv type, ref args, cause, context, uv suppress, ref name, sv attr_cls, uv ntb, (sv fn id, sv line)*
 *   FRAME uv fn id, sv state, sv line, ref parent, closure, ret, callret, uv nslots, ref*
 *   SET/FROZENSET f64-style u64 hash, u8 hashed, sv finger, uv slots (0 or a power of two),
 *                 per slot: ref key (NULL empty, dummy deleted, else the key) + u64 hash when a key
 */
#ifndef PITH_RT_SNAP_H
#define PITH_RT_SNAP_H

#include <stddef.h>
#include <stdint.h>

#include "rt_exec.h"

#define RT_SNAP_MAGIC "PITHSNAP"
#define RT_SNAP_FORMAT 1u
#define RT_SNAP_FLAG_MAC 1u
#define RT_SNAP_HEADER 28u   /* magic + format + abi + flags + total length */
#define RT_SNAP_SUM 8u       /* the XXH3-64 trailer */
#define RT_SNAP_MAC 32u      /* the HMAC-SHA256 trailer */

/* Object record tags (explicit numbers: they are the format, not RtType). */
enum {
    SNAP_O_FLOAT = 1, SNAP_O_BIGINT, SNAP_O_STR, SNAP_O_BYTES, SNAP_O_LIST, SNAP_O_TUPLE, SNAP_O_DICT,
    SNAP_O_RANGE, SNAP_O_SLICE, SNAP_O_ITER, SNAP_O_FUNC, SNAP_O_BUILTIN, SNAP_O_METHOD, SNAP_O_EXC,
    SNAP_O_FRAME, SNAP_O_DICTVIEW, SNAP_O_EXTFN, SNAP_O_GEN, SNAP_O_CELL, SNAP_O_SET, SNAP_O_FROZENSET,
    SNAP_O_LAST = SNAP_O_FROZENSET
};

/* Ref kinds. */
enum { SNAP_R_NULL = 0, SNAP_R_NONE, SNAP_R_FALSE, SNAP_R_TRUE, SNAP_R_DUMMY, SNAP_R_INT, SNAP_R_OBJ, SNAP_R_CONST };

/* The program section: which program a snapshot belongs to and the request that compiles it again. */
typedef struct RtSnapProgram {
    unsigned char id[16];                 /* the program's identity (api_program_id) */
    const char *source;
    size_t source_len;
    const char *filename;                 /* NULL: none was given */
    const char *const *inputs;
    size_t ninputs;
    const char *const *externals;
    size_t nexternals;
} RtSnapProgram;

/* Dumps x (WAITING) with program as its program section. On success *out is malloc'd and *len set. */
PithSnapError rt_snap_dump(const PithExec *x, const RtSnapProgram *program, const unsigned char *key,
                           size_t keylen, unsigned char **out, size_t *len);

/* A snapshot being loaded: the verified bytes, where decoding goes on, and the program section read so far
 * (its strings malloc'd, freed by rt_snap_close). */
typedef struct RtSnapLoad {
    const unsigned char *data;
    size_t pos, end;                      /* the state starts at pos; the trailer at end */
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
void rt_snap_mac(const unsigned char *key, size_t keylen, const unsigned char *data, size_t n,
                 unsigned char out[32]);
/* XXH3-64 of data[0..n) (the checksum trailer). */
uint64_t rt_snap_sum(const unsigned char *data, size_t n);
/* rt_gen.c: sets the frame (stolen) of a generator made by rt_gen_new(c, NULL). */
void rt_gen_set_frame(PObj *gen, PFrame *frame_steal);

#endif
