/* pith_value.c — the host-value tree of include/pith.h: constructors, append/dict_set and free.
 * Stage: api, the host-value tree: its own library (pith_values) beneath the runtime, which builds these
 * trees; malloc only, never the per-execution allocator or runtime objects.
 * Invariants: every node and every items/keys/values array is malloc'd and owned by its parent; str,
 * bytes and other payloads are NUL-terminated copies. JSON lives in pith_value_json.c, repr in
 * pith_value_repr.c. */
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include "pith.h"
#include "pith_value_int.h"

/* A zeroed node of the given kind, or NULL on OOM. */
static PithValue *hv_new(PithKind kind) {
    PithValue *v = calloc(1, sizeof *v);
    if (v) v->kind = kind;
    return v;
}

PithValue *pith_value_none(void) { return hv_new(PITH_NONE); }

PithValue *pith_value_bool(int b) {
    PithValue *v = hv_new(PITH_BOOL);
    if (v) v->u.b = b != 0;
    return v;
}

PithValue *pith_value_int(int64_t i) {
    PithValue *v = hv_new(PITH_INT);
    if (v) v->u.i = i;
    return v;
}

PithValue *pith_value_float(double f) {
    PithValue *v = hv_new(PITH_FLOAT);
    if (v) v->u.f = f;
    return v;
}

/* Copies len bytes (NUL-terminated copy). utf8 may be NULL only when len is 0. */
PithValue *pith_value_str(const char *utf8, size_t len) {
    if (!utf8 && len) return NULL;
    if (len == SIZE_MAX) return NULL;
    PithValue *v = hv_new(PITH_STR);
    if (!v) return NULL;
    v->u.s.data = malloc(len + 1);
    if (!v->u.s.data) {
        free(v);
        return NULL;
    }
    if (len) memcpy(v->u.s.data, utf8, len);
    v->u.s.data[len] = '\0';
    v->u.s.len = len;
    return v;
}

PithValue *pith_value_list(void) { return hv_new(PITH_LIST); }
PithValue *pith_value_dict(void) { return hv_new(PITH_DICT); }

/* Make room for one more pointer in *arr holding n items. The capacity is what malloc really gave us
 * (malloc_usable_size), so arrays built by hand with malloc are handled too; growth doubles. */
static int hv_reserve(PithValue ***arr, size_t n) {
    size_t have = *arr ? malloc_usable_size(*arr) / sizeof **arr : 0;
    if (n < have) return 0;
    size_t want = n < 4 ? 4 : n * 2;
    if (want > SIZE_MAX / sizeof **arr) return -1;
    PithValue **grown = realloc(*arr, want * sizeof **arr);
    if (!grown) return -1;
    *arr = grown;
    return 0;
}

/* Append to a PITH_LIST, PITH_TUPLE or PITH_SET. Ownership of item is always taken: on failure (OOM,
 * a NULL item from a failed constructor, or seq not a sequence) the item is freed and -1 returned,
 * so `pith_value_append(list, pith_value_int(1))` never leaks. */
int pith_value_append(PithValue *seq, PithValue *item) {
    if (!seq || !item || (seq->kind != PITH_LIST && seq->kind != PITH_TUPLE && seq->kind != PITH_SET) ||
        hv_reserve(&seq->u.seq.items, seq->u.seq.n) != 0) {
        pith_value_free(item);
        return -1;
    }
    seq->u.seq.items[seq->u.seq.n++] = item;
    return 0;
}

/* Append a key/value pair to a PITH_DICT (insertion order). It does not look for an equal key: a
 * later duplicate wins when the dict enters Python, as in a dict display. Takes both on every path. */
int pith_value_dict_set(PithValue *dict, PithValue *key, PithValue *value) {
    if (!dict || !key || !value || dict->kind != PITH_DICT || hv_reserve(&dict->u.dict.keys, dict->u.dict.n) != 0 ||
        hv_reserve(&dict->u.dict.values, dict->u.dict.n) != 0) {
        pith_value_free(key);
        pith_value_free(value);
        return -1;
    }
    dict->u.dict.keys[dict->u.dict.n] = key;
    dict->u.dict.values[dict->u.dict.n] = value;
    dict->u.dict.n++;
    return 0;
}

/* Number of children of a node (dicts count keys and values) and the i-th of them (NULL slots allowed). */
static size_t hv_nchildren(const PithValue *v) {
    switch (v->kind) {
    case PITH_LIST:
    case PITH_TUPLE:
    case PITH_SET: return v->u.seq.items ? v->u.seq.n : 0;
    case PITH_DICT: return v->u.dict.keys && v->u.dict.values ? 2 * v->u.dict.n : 0;
    default: return 0;
    }
}

static PithValue *hv_child(const PithValue *v, size_t i) {
    if (v->kind == PITH_DICT) return i < v->u.dict.n ? v->u.dict.keys[i] : v->u.dict.values[i - v->u.dict.n];
    return v->u.seq.items[i];
}

/* Free one node's own storage (not its children). */
static void hv_free_node(PithValue *v) {
    switch (v->kind) {
    case PITH_BIGINT: free(v->u.bigint); break;
    case PITH_STR:
    case PITH_BYTES:
    case PITH_OTHER: free(v->u.s.data); break;
    case PITH_LIST:
    case PITH_TUPLE:
    case PITH_SET: free(v->u.seq.items); break;
    case PITH_DICT:
        free(v->u.dict.keys);
        free(v->u.dict.values);
        break;
    default: break;
    }
    free(v);
}

/* One level of the explicit walk in pith_value_free: a container and the next child to visit. */
typedef struct HvFreeFrame {
    PithValue *v; /* the container being freed */
    size_t next;  /* index of its next child (hv_child numbering) */
} HvFreeFrame;

/* Free a whole tree without recursion: the walk keeps its own stack (depth-sized, 64 levels inline),
 * so arbitrarily deep trees cannot exhaust the C stack. If the stack cannot grow (OOM) the subtree is
 * freed by a recursive call instead, so nothing leaks. */
void pith_value_free(PithValue *v) {
    if (!v) return;
    HvFreeFrame inline_stack[64];
    HvFreeFrame *stack = inline_stack;
    size_t cap = 64, top = 0;
    stack[top++] = (HvFreeFrame){v, 0};
    while (top) {
        HvFreeFrame *f = &stack[top - 1];
        if (f->next >= hv_nchildren(f->v)) {
            hv_free_node(f->v);
            top--;
            continue;
        }
        PithValue *c = hv_child(f->v, f->next++);
        if (!c) continue;
        if (hv_nchildren(c) == 0) {
            hv_free_node(c);
            continue;
        }
        if (top == cap) {
            size_t ncap = cap * 2;
            HvFreeFrame *grown =
                stack == inline_stack ? malloc(ncap * sizeof *grown) : realloc(stack, ncap * sizeof *grown);
            if (!grown) {
                pith_value_free(c); /* OOM: fall back to recursion for this subtree */
                continue;
            }
            if (stack == inline_stack) memcpy(grown, inline_stack, sizeof inline_stack);
            stack = grown;
            cap = ncap;
        }
        stack[top++] = (HvFreeFrame){c, 0};
    }
    if (stack != inline_stack) free(stack);
}

/* Python repr of a host value (malloc'd), NULL on OOM or nesting deeper than RT_HV_MAX_RENDER_DEPTH. */
char *pith_value_repr(const PithValue *v) {
    PithBuf b = {0};
    if (rt_hv_repr_into(&b, v, 0) != 0) {
        pith_buf_free(&b);
        return NULL;
    }
    return pith_buf_take(&b, NULL);
}
