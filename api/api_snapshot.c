/* api_snapshot.c — the snapshot half of the public API: pith_exec_dump / pith_exec_load /
 * pith_exec_load_program and the snapshot's program section. Stage: api. A snapshot names its program by
 * identity and by the request that built it (source and compile options, copied into every PithProgram), so
 * pith_exec_load compiles it again through the engine — a cache hit when the engine has it — and refuses a
 * program whose identity differs (another source, options or frame layout). pith_exec_load_program compiles
 * nothing: it pins the snapshot to a program the host compiled and refuses a section that names any other.
 * Everything else in the bytes is the runtime's codec (runtime/snap). */
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "rt_snap.h"

PithSnapError pith_exec_dump(const PithExec *x, const unsigned char *key, size_t keylen, unsigned char **out,
                             size_t *len) {
    if (out) *out = NULL;
    if (len) *len = 0;
    if (!x || !out || !len) return PITH_SNAP_NOT_WAITING;
    const PithProgram *p = api_program_of(x);
    RtSnapProgram section = {.source = p->source,
                             .source_len = p->source_len,
                             .filename = p->options.filename,
                             .inputs = p->options.inputs,
                             .ninputs = p->options.ninputs,
                             .externals = p->options.externals,
                             .nexternals = p->options.nexternals};
    api_program_id(p, section.id);
    return rt_snap_dump(x, &section, key, keylen, out, len);
}

/* The program of a snapshot's program section, compiled through e; NULL when it does not compile or is not
 * the program the snapshot was taken from. */
static PithProgram *program_of_section(PithEngine *e, const RtSnapProgram *s) {
    PithCompileOptions o = {.filename = s->filename,
                            .inputs = s->inputs,
                            .ninputs = s->ninputs,
                            .externals = s->externals,
                            .nexternals = s->nexternals};
    PithProgram *p = pith_compile(e, s->source, s->source_len, &o, NULL, 0);
    unsigned char id[16];
    if (p) api_program_id(p, id);
    if (p && memcmp(id, s->id, 16) != 0) {
        pith_program_free(p);
        p = NULL;
    }
    return p;
}

static int same_text(const char *a, const char *b) { return (!a && !b) || (a && b && strcmp(a, b) == 0); }

static int same_names(const char *const *a, size_t na, const char *const *b, size_t nb) {
    if (na != nb) return 0;
    for (size_t i = 0; i < na; i++)
        if (!same_text(a[i], b[i])) return 0;
    return 1;
}

/* Whether a snapshot's program section names p: its identity, and byte for byte the request that built it
 * (the identity is a hash of that request; comparing the request too leaves nothing to a collision). */
static int section_names(const RtSnapProgram *s, const PithProgram *p) {
    unsigned char id[16];
    api_program_id(p, id);
    return memcmp(id, s->id, 16) == 0 && s->source_len == p->source_len &&
           memcmp(s->source, p->source, p->source_len) == 0 && same_text(s->filename, p->options.filename) &&
           same_names(s->inputs, s->ninputs, p->options.inputs, p->options.ninputs) &&
           same_names(s->externals, s->nexternals, p->options.externals, p->options.nexternals);
}

/* The two loads share everything but where the program comes from: compiled again from the section through
 * e, or the host's own program `pinned`, which the section must name (NULL e and pinned: PITH_SNAP_PROGRAM). */
static PithExec *load(PithEngine *e, PithProgram *pinned, const unsigned char *data, size_t len,
                      const unsigned char *key, size_t keylen, const PithRunOptions *opts, PithSnapError *err) {
    RtSnapLoad l;
    PithExec *x = NULL;
    PithSnapError rc = rt_snap_open(&l, data, len, key, keylen);
    if (!rc) {
        PithProgram *p = NULL;
        if (pinned && section_names(&l.program, pinned)) {
            p = pinned;
            api_program_retain(p);
        } else if (!pinned && e) {
            p = program_of_section(e, &l.program);
        }
        x = p ? api_exec_create(p, opts, 0, 0) : NULL;
        pith_program_free(p); /* the execution holds its own reference */
        if (!p)
            rc = PITH_SNAP_PROGRAM;
        else if (!x || x->status == PITH_FAILED)
            rc = PITH_SNAP_NOMEM;
    }
    if (!rc) rc = rt_snap_load_state(&l, x);
    rt_snap_close(&l);
    if (rc) {
        pith_exec_free(x); /* the allocator sweep frees every object made so far */
        x = NULL;
    }
    if (err) *err = rc;
    return x;
}

PithExec *pith_exec_load(PithEngine *e, const unsigned char *data, size_t len, const unsigned char *key, size_t keylen,
                         const PithRunOptions *opts, PithSnapError *err) {
    return load(e, NULL, data, len, key, keylen, opts, err);
}

PithExec *pith_exec_load_program(PithProgram *p, const unsigned char *data, size_t len, const unsigned char *key,
                                 size_t keylen, const PithRunOptions *opts, PithSnapError *err) {
    return load(NULL, p, data, len, key, keylen, opts, err);
}

const char *pith_snap_error_text(PithSnapError err) {
    switch (err) {
    case PITH_SNAP_OK: return "ok";
    case PITH_SNAP_NOT_WAITING: return "the execution is not waiting on an external call";
    case PITH_SNAP_TRUNCATED: return "the snapshot is truncated";
    case PITH_SNAP_CORRUPT: return "the snapshot is corrupt (checksum, tag, length or index check failed)";
    case PITH_SNAP_BAD_MAC: return "the snapshot's MAC does not match the key (or it has none)";
    case PITH_SNAP_VERSION: return "the snapshot has another format or pith ABI version";
    case PITH_SNAP_PROGRAM:
        return "the snapshot belongs to another program (or its program does not compile or match its hash)";
    case PITH_SNAP_NOMEM: return "out of memory";
    case PITH_SNAP_UNSUPPORTED:
        return "the execution holds an object the snapshot codec does not support, or waits in a function too large "
               "to check when loaded";
    case PITH_SNAP_NEEDS_KEY: return "the snapshot is signed: loading it needs the key it was signed with";
    }
    return "unknown snapshot error";
}
