/* pith_modules.h — the standard-library modules a program may import, and the names each one has.
 * Stage: common (the frontend checks `import M` / `from M import n` against it, codegen asks it what an
 * imported name binds; a module's run-time side, when it has one, is one file runtime/modules/rt_mod_<name>.c).
 * A module not listed here cannot be imported: that is the sandbox's rule for imports, in one place.
 * Appending rows keeps ids stable. */
#ifndef PITH_MODULES_H
#define PITH_MODULES_H

/* What importing a name binds. */
typedef enum PithModNameKind {
    /* Nothing at run time: the name may be imported (and written in annotations, which are not evaluated), but
     * a use outside an annotation is a name bound nowhere (a compile error). typing's names are all of this
     * kind today. */
    PITH_MN_UNBOUND,
} PithModNameKind;

/* One row per module: X(ID, "name", NAMES), NAMES being the array of its names in pith_modules.c. */
#define PITH_MODULES(X) X(TYPING, "typing", typing_names)

enum {
#define PITH_MOD_ENUM(id, name, names) PITH_MOD_##id,
    PITH_MODULES(PITH_MOD_ENUM)
#undef PITH_MOD_ENUM
        PITH_MOD_COUNT
};

typedef struct PithModName {
    const char *name;
    PithModNameKind kind;
} PithModName;

typedef struct PithModule {
    const char *name;
    const PithModName *names;
    int nnames;
} PithModule;

extern const PithModule pith_modules[PITH_MOD_COUNT];

/* The id of the module called name (a dotted name as written: "os.path"), or -1 when it cannot be imported. */
int pith_module_find(const char *name);

/* The row of `name` in module id, or NULL when the module has no such name. */
const PithModName *pith_module_name(int id, const char *name);

#endif
