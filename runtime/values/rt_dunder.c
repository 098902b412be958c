/* rt_dunder.c — the few dunder attributes a snippet may read: names of classes, functions and generators, and the
 * chaining fields of exceptions, each its type's dunder hook (rt_type.h). Stage: runtime. Everything here is
 * read-only data; no dunder that reaches code, classes' internals, frames or globals exists. Which names:
 * common/pith_dunder.h, the list the frontend also checks at compile time. */
#include "rt_type.h"

/* 1 with *out set (new ref), 0 when o has no such attribute, -1 on error. */
int rt_dunder_get(PCtx *c, PV o, const char *name, PV *out) {
    const RtTypeDesc *t = PV_IS_OBJ(o) ? rt_type_desc(RT_OBJ(o)) : NULL;
    return t && t->dunder ? t->dunder(c, o, name, out) : 0;
}
