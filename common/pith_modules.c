/* pith_modules.c — the module table of pith_modules.h: each module's names (what importing each binds), the
 * table built from the rows, and the two look-ups every stage uses. Stage: common. */
#include "pith_modules.h"

#include <stdio.h>
#include <string.h>

#include "pith_mod_asyncio.h"
#include "pith_mod_bisect.h"
#include "pith_mod_classes.h"
#include "pith_mod_collections.h"
#include "pith_mod_copy.h"
#include "pith_mod_heapq.h"
#include "pith_mod_functools.h"
#include "pith_mod_itertools.h"
#include "pith_mod_json.h"
#include "pith_mod_math.h"
#include "pith_mod_operator.h"
#include "pith_mod_re.h"
#include "pith_mod_typing.h"

/* typing: CPython 3.11's typing.__all__ (pith_mod_typing.h). */
static const PithModName typing_names[] = {
#define TYPING_ROW(name, kind, arity, min, max, fn) {name, PITH_MN_##kind, arity, min, max},
    PITH_TYPING_NAMES(TYPING_ROW)
#undef TYPING_ROW
};

/* math: every name of CPython 3.11's math module (pith_mod_math.h). */
static const PithModName math_names[] = {
#define MATH_ROW(name, kind, arity, min, max, fn) {name, PITH_MN_##kind, arity, min, max},
    PITH_MATH_NAMES(MATH_ROW)
};

#define MOD_ROW(name, kind, arity, min, max, fn) {name, PITH_MN_##kind, arity, min, max},
static const PithModName collections_names[] = {PITH_COLLECTIONS_NAMES(MOD_ROW)};
static const PithModName heapq_names[] = {PITH_HEAPQ_NAMES(MOD_ROW)};
static const PithModName bisect_names[] = {PITH_BISECT_NAMES(MOD_ROW)};
static const PithModName copy_names[] = {PITH_COPY_NAMES(MOD_ROW)};
static const PithModName json_names[] = {PITH_JSON_NAMES(MOD_ROW)};
static const PithModName itertools_names[] = {PITH_ITERTOOLS_NAMES(MOD_ROW)};
static const PithModName functools_names[] = {PITH_FUNCTOOLS_NAMES(MOD_ROW)};
static const PithModName operator_names[] = {PITH_OPERATOR_NAMES(MOD_ROW)};
static const PithModName asyncio_names[] = {PITH_ASYNCIO_NAMES(MOD_ROW)};
static const PithModName dataclasses_names[] = {PITH_DATACLASSES_NAMES(MOD_ROW)};
static const PithModName enum_names[] = {PITH_ENUM_NAMES(MOD_ROW)};
static const PithModName re_names[] = {PITH_RE_NAMES(MOD_ROW)};
#undef MOD_ROW

const PithModule pith_modules[PITH_MOD_COUNT] = {
#define MODULE_ROW(id, name, names) [PITH_MOD_##id] = {name, names, sizeof names / sizeof names[0]},
    PITH_MODULES(MODULE_ROW)
#undef MODULE_ROW
};

int pith_module_find(const char *name) {
    for (int id = 0; id < PITH_MOD_COUNT; id++)
        if (strcmp(pith_modules[id].name, name) == 0) return id;
    return -1;
}

const PithModName *pith_module_name(int id, const char *name) {
    if (id < 0 || id >= PITH_MOD_COUNT || strchr(name, '.')) return NULL; /* chain.from_iterable: pith_module_attr */
    const PithModule *m = &pith_modules[id];
    for (int i = 0; i < m->nnames; i++)
        if (strcmp(m->names[i].name, name) == 0) return &m->names[i];
    return NULL;
}

int pith_module_binds(int id) {
    if (id == PITH_MOD_TYPING) return 0;
    for (int i = 0; id >= 0 && id < PITH_MOD_COUNT && i < pith_modules[id].nnames; i++)
        if (pith_modules[id].names[i].kind == PITH_MN_FUNC || pith_modules[id].names[i].kind == PITH_MN_CONST) return 1;
    return 0;
}

int pith_module_name_index(int id, const char *name) {
    const PithModName *n = pith_module_name(id, name);
    return n ? (int)(n - pith_modules[id].names) : -1;
}

int pith_module_attr_index(int id, int row, const char *attr) {
    if (id < 0 || id >= PITH_MOD_COUNT || row < 0 || row >= pith_modules[id].nnames) return -1;
    const char *fn = pith_modules[id].names[row].name;
    size_t n = strlen(fn);
    for (int i = 0; i < pith_modules[id].nnames; i++) {
        const char *s = pith_modules[id].names[i].name;
        if (strncmp(s, fn, n) == 0 && s[n] == '.' && strcmp(s + n + 1, attr) == 0) return i;
    }
    return -1;
}

int pith_modfn_arity_error(int id, int index, int npos, int nkw, char *msg, size_t cap) {
    if (id < 0 || id >= PITH_MOD_COUNT || index < 0 || index >= pith_modules[id].nnames) return 0;
    const PithModName *f = &pith_modules[id].names[index];
    /* CPython's operator functions are _operator's, and their errors say so */
    const char *mod = id == PITH_MOD_OPERATOR ? "_operator" : pith_modules[id].name;
    if (f->kind != PITH_MN_FUNC && f->kind != PITH_MN_CLASS) return 0;
#define SAY(...) (snprintf(msg, cap, __VA_ARGS__), 1)
    switch (f->arity) {
    case PITH_MA_ONE:
        if (nkw) return SAY("%s.%s() takes no keyword arguments", mod, f->name);
        if (npos != 1) return SAY("%s.%s() takes exactly one argument (%d given)", mod, f->name, npos);
        return 0;
    case PITH_MA_POS:
        if (nkw) return SAY("%s.%s() takes no keyword arguments", mod, f->name);
        if (npos < f->min)
            return SAY("%s expected %s%d argument%s, got %d", f->name, f->min == f->max ? "" : "at least ", f->min,
                       f->min == 1 ? "" : "s", npos);
        if (f->max >= 0 && npos > f->max)
            return SAY("%s expected %s%d argument%s, got %d", f->name, f->min == f->max ? "" : "at most ", f->max,
                       f->max == 1 ? "" : "s", npos);
        return 0;
    case PITH_MA_LOG:
        if (nkw) return SAY("%s() takes no keyword arguments", f->name);
        if (npos < f->min || npos > f->max)
            return SAY("%s.%s requires %d to %d arguments", mod, f->name, f->min, f->max);
        return 0;
    case PITH_MA_TYPE:
        if (nkw) return SAY("%s() takes no keyword arguments", f->name);
        if (npos < f->min)
            return SAY("%s expected %s%d argument%s, got %d", f->name, f->min == f->max ? "" : "at least ", f->min,
                       f->min == 1 ? "" : "s", npos);
        if (f->max >= 0 && npos > f->max)
            return SAY("%s expected %s%d argument%s, got %d", f->name, f->min == f->max ? "" : "at most ", f->max,
                       f->max == 1 ? "" : "s", npos);
        return 0;
    case PITH_MA_KW: return 0;
    }
    return 0;
#undef SAY
}
