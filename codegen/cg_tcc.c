/* cg_tcc.c — the only user of libtcc: compiles generated C in memory into an image we own.
 * Stage: codegen. The sandbox: -nostdlib, so the only symbols that resolve are the
 * runtime entry points registered here (plus memmove/memset, which TCC itself emits calls to). */
#include <libtcc.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "codegen.h"
#include "pith_abi.h"
#include "rt_abi_symbols.h"

#ifndef PITH_TCC_LIBDIR
#define PITH_TCC_LIBDIR "/usr/lib/x86_64-linux-gnu/tcc"
#endif

/* libtcc keeps global state in this version: one compile at a time per process. */
static pthread_mutex_t tcc_lock = PTHREAD_MUTEX_INITIALIZER;

typedef struct TccErr {
    char *buf;
    size_t len;
    int seen;
} TccErr;

static void on_tcc_error(void *opaque, const char *msg) {
    TccErr *e = opaque;
    if (e->seen++ || !e->len) return; /* keep the first message: it names the real problem */
    snprintf(e->buf, e->len, "%s", msg);
}

static void add_runtime_symbols(TCCState *s) {
#define PITH_ADD_SYM(name) tcc_add_symbol(s, #name, (const void *)(name));
    PITH_ABI_SYMBOLS(PITH_ADD_SYM)
#undef PITH_ADD_SYM
    tcc_add_symbol(s, "memmove", (const void *)memmove);
    tcc_add_symbol(s, "memset", (const void *)memset);
    tcc_add_symbol(s, "memcpy", (const void *)memcpy);
}

static int compile_locked(const char *c_text, CgCode *out, char *err, size_t errlen) {
    TccErr te = {err, errlen, 0};
    TCCState *s = tcc_new();
    if (!s) {
        snprintf(err, errlen, "out of memory starting the C compiler");
        return -1;
    }
    tcc_set_error_func(s, &te, on_tcc_error);
    tcc_set_options(s, "-nostdlib");
    tcc_set_output_type(s, TCC_OUTPUT_MEMORY);
    int rc = -1;
    if (tcc_compile_string(s, c_text) < 0) goto done;
    /* helpers TCC calls for some conversions; must be added after the code */
    if (tcc_add_file(s, PITH_TCC_LIBDIR "/libtcc1.a") < 0) goto done;
    add_runtime_symbols(s);
    int size = tcc_relocate(s, NULL);
    if (size <= 0) goto done;
    void *mem = mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mem == MAP_FAILED) {
        snprintf(err, errlen, "out of memory for compiled code");
        goto done;
    }
    if (tcc_relocate(s, mem) < 0) {
        munmap(mem, (size_t)size);
        goto done;
    }
    const PProgDesc *prog = tcc_get_symbol(s, "pith_program");
    if (!prog || prog->abi != PITH_ABI_VERSION) {
        snprintf(err, errlen, "generated code has no valid program descriptor");
        munmap(mem, (size_t)size);
        goto done;
    }
    out->mem = mem;
    out->size = (size_t)size;
    out->prog = prog;
    rc = 0;
done:
    if (rc && !te.seen && errlen && !err[0]) snprintf(err, errlen, "C compilation failed");
    tcc_delete(s);
    return rc;
}

int cg_tcc_compile(const char *c_text, CgCode *out, char *err, size_t errlen) {
    if (errlen) err[0] = 0;
    memset(out, 0, sizeof *out);
    pthread_mutex_lock(&tcc_lock);
    int rc = compile_locked(c_text, out, err, errlen);
    pthread_mutex_unlock(&tcc_lock);
    return rc;
}

void cg_code_free(CgCode *code) {
    if (code && code->mem) munmap(code->mem, code->size);
    if (code) memset(code, 0, sizeof *code);
}
