/* cg_buf.h — a growable text buffer for everything codegen prints (IR text, C text).
 * Stage: codegen. An allocation failure sets oom and turns later writes into no-ops. */
#ifndef PITH_CG_BUF_H
#define PITH_CG_BUF_H

#include <stddef.h>

typedef struct CgBuf {
    char *p;      /* NUL-terminated text (malloc'd), NULL until the first write */
    size_t len;   /* bytes used, excluding the NUL */
    size_t cap;   /* bytes allocated */
    int oom;      /* a write failed: the text is incomplete */
} CgBuf;

void cg_printf(CgBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Writes bytes as the body of a C string literal: every byte escaped as \xNN (user text never reaches C
 * as anything but escaped bytes; see DESIGN.md §5). */
void cg_cstring(CgBuf *b, const char *data, size_t len);

#endif
