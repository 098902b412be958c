/* pith_buf.h — the one growable byte buffer: codegen's C and IR text, the runtime's string building,
 * traceback text, host-value repr/JSON, snapshot bytes and the captured output of an execution.
 * Stage: shared by every stage. Who pays for the bytes is chosen at init: plain malloc on the host side
 * (codegen, api, snapshots), the execution's accounted allocator in the runtime (rt_buf_init in
 * rt_values.h), so text a program builds counts against its memory limit.
 * Invariants: p is NULL or holds len bytes followed by a NUL; once an append failed, failed stays set,
 * the bytes written so far stay readable, and every later append is a no-op returning -1 (so a caller
 * may append many pieces and check once at the end). */
#ifndef PITH_BUF_H
#define PITH_BUF_H

#include <stdarg.h>
#include <stddef.h>

/* Where a buffer's storage comes from. */
typedef struct PithAllocator {
    /* Resize the block p of old_n bytes to new_n bytes (p NULL: allocate new_n). NULL on failure, with p
     * untouched; an allocator may report the failure its own way (the runtime's raises MemoryError). */
    void *(*resize)(void *ctx, void *p, size_t old_n, size_t new_n);
    void (*release)(void *ctx, void *p, size_t n);
} PithAllocator;

typedef struct PithBuf {
    char *p;                    /* bytes + NUL, or NULL until the first append */
    size_t len;                 /* bytes used, excluding the NUL */
    size_t cap;                 /* bytes allocated at p */
    int failed;                 /* an allocation failed: the bytes are incomplete */
    size_t first_cap;           /* size of the first allocation (0: 64); doubled from there */
    const PithAllocator *alloc; /* NULL: malloc/realloc/free */
    void *alloc_ctx;            /* passed to alloc's functions */
} PithBuf;

/* An empty buffer on allocator a (NULL: malloc) whose first block is first_cap bytes (0: 64). A
 * zero-initialised PithBuf is the same as pith_buf_init(b, NULL, NULL, 0). */
void pith_buf_init(PithBuf *b, const PithAllocator *a, void *ctx, size_t first_cap);

/* Appends: 0 on success, -1 once the buffer has failed. */
int pith_buf_put(PithBuf *b, const void *s, size_t n);
int pith_buf_puts(PithBuf *b, const char *s); /* a NUL-terminated string */
int pith_buf_putc(PithBuf *b, char ch);
int pith_buf_printf(PithBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int pith_buf_vprintf(PithBuf *b, const char *fmt, va_list ap);

/* Room for n more bytes (plus the NUL): where to write them, or NULL once the buffer has failed. Writing
 * is finished by pith_buf_commit(b, bytes actually written), at most n. */
char *pith_buf_reserve(PithBuf *b, size_t n);
static inline void pith_buf_commit(PithBuf *b, size_t n) {
    b->len += n;
    b->p[b->len] = 0;
}

/* The bytes, NUL-terminated (from the buffer's allocator, so free() them for a malloc buffer; a block
 * is made even when nothing was written), with their count in *len when len is not NULL; NULL if the
 * buffer failed. The buffer is left empty either way, on the same allocator. */
char *pith_buf_take(PithBuf *b, size_t *len);
/* Release the bytes; the buffer is left empty (and no longer failed), on the same allocator. */
void pith_buf_free(PithBuf *b);

#endif
