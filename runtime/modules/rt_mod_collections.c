/* rt_mod_collections.c — the run-time side of `collections`: each of its names is a constant whose value is the
 * class (a builtin class value, so `Counter(...)`, isinstance and repr work as for dict). The classes live in
 * runtime/values/ (rt_dict_kind.c, rt_counter.c, rt_deque.c, rt_chainmap.c); namedtuple, a function that makes
 * classes, is rt_mod_namedtuple.c's. Stage: runtime, part modules/. */
#include "pith_mod_collections.h"
#include "rt_modules.h"

#define CLASS_MAKER(fn, id) \
    static PV fn(PCtx *c, PV *a, int n, PV kw) { return (void)a, (void)n, (void)kw, rt_builtin(c, PITH_B_##id); }
CLASS_MAKER(m_chainmap, CHAINMAP)
CLASS_MAKER(m_counter, COUNTER)
CLASS_MAKER(m_ordereddict, ORDEREDDICT)
CLASS_MAKER(m_defaultdict, DEFAULTDICT)
CLASS_MAKER(m_deque, DEQUE)
#undef CLASS_MAKER

const RtModImpl rt_mod_collections_impls[] = {
#define IMPL(name, kind, arity, min, max, fn) fn,
    PITH_COLLECTIONS_NAMES(IMPL)
#undef IMPL
};
