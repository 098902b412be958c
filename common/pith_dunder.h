/* pith_dunder.h — the sandbox's dunder policy: the few dunder attributes a snippet may read. Stage: common.
 * The frontend rejects every other dunder attribute at compile time; the runtime serves exactly these,
 * read-only (runtime/values/rt_dunder.c). One list, so the two can never disagree. */
#ifndef PITH_DUNDER_H
#define PITH_DUNDER_H

#include <string.h>

static inline int pith_dunder_allowed(const char *name) {
    static const char *const allowed[] = {"__name__", "__qualname__", "__cause__", "__context__",
                                          "__suppress_context__"};
    for (size_t i = 0; i < sizeof allowed / sizeof allowed[0]; i++)
        if (strcmp(name, allowed[i]) == 0) return 1;
    return 0;
}

#endif
