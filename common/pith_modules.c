/* pith_modules.c — the module table of pith_modules.h, built from its rows, and the two look-ups every stage
 * uses. Stage: common. */
#include "pith_modules.h"

#include <string.h>

#define NAME_ROW(name, kind) {name, kind},
#define NAMES_OF(id, name, NAMES) static const PithModName names_##id[] = {NAMES(NAME_ROW)};
PITH_MODULES(NAMES_OF)
#undef NAMES_OF
#undef NAME_ROW

const PithModule pith_modules[PITH_MOD_COUNT] = {
#define MODULE_ROW(id, name, NAMES) [PITH_MOD_##id] = {name, names_##id, sizeof names_##id / sizeof names_##id[0]},
    PITH_MODULES(MODULE_ROW)
#undef MODULE_ROW
};

int pith_module_find(const char *name) {
    for (int id = 0; id < PITH_MOD_COUNT; id++)
        if (strcmp(pith_modules[id].name, name) == 0) return id;
    return -1;
}

const PithModName *pith_module_name(int id, const char *name) {
    if (id < 0 || id >= PITH_MOD_COUNT) return NULL;
    const PithModule *m = &pith_modules[id];
    for (int i = 0; i < m->nnames; i++)
        if (strcmp(m->names[i].name, name) == 0) return &m->names[i];
    return NULL;
}
