/* rt_functools.h — what the two files of functools share (rt_mod_functools.c: reduce, partial, cmp_to_key, wraps
 * and the module's rows; rt_mod_functools_class.c: lru_cache/cache, total_ordering, cached_property): the kinds
 * of its objects (rt_modobj.h), appended only since a snapshot stores them. Stage: runtime, part modules/. */
#ifndef PITH_RT_FUNCTOOLS_H
#define PITH_RT_FUNCTOOLS_H

#include "rt_modobj.h"

enum {
    FT_REDUCE,          /* a reduce() in progress */
    FT_PARTIAL,         /* functools.partial */
    FT_LRU,             /* functools._lru_cache_wrapper */
    FT_LRU_DECORATOR,   /* what lru_cache(maxsize) returns: applied to a function, an FT_LRU */
    FT_LRU_METHOD,      /* wrapper.cache_info / cache_clear / cache_parameters */
    FT_CACHE_INFO,      /* CacheInfo(hits=..., misses=..., maxsize=..., currsize=...) */
    FT_CMP_TO_KEY,      /* cmp_to_key(mycmp) */
    FT_KEY,             /* cmp_to_key(mycmp)(obj) */
    FT_WRAPS,           /* wraps(wrapped): applied to a wrapper, update_wrapper */
    FT_ORDER_OP,        /* an ordering method total_ordering added */
    FT_CACHED_PROPERTY, /* functools.cached_property */
    FT_SINGLEDISPATCH,  /* functools.singledispatch(func) */
    FT_SD_METHOD,       /* its register / dispatch */
    FT_SD_REGISTER,     /* what register(cls) returns: applied to a function, registers it */
    FT_KIND_COUNT
};

int rt_ft_callable(PV v); /* callable(v) */

/* rt_mod_functools_class.c */
PV rt_ft_lru_cache(PCtx *c, PV *a, int n, PV kw);
PV rt_ft_cache(PCtx *c, PV *a, int n, PV kw);
PV rt_ft_total_ordering(PCtx *c, PV *a, int n, PV kw);
PV rt_ft_cached_property(PCtx *c, PV *a, int n, PV kw);
int rt_ft_lru_step(PCtx *c, PV self, RtStep *s);
int rt_ft_lru_waits(PV v);
int rt_ft_lru_getattr(PCtx *c, PV o, PV name, PV *out);
int rt_ft_lru_dunder(PCtx *c, PV o, const char *name, PV *out);
int rt_ft_lru_check(const RtModObj *o);
PV rt_ft_lru_decorate(PCtx *c, PV f, PV *args, int nargs, PV kw);
PV rt_ft_lru_method_call(PCtx *c, PV f, PV *args, int nargs, PV kw);
PV rt_ft_lru_method_repr(PCtx *c, PV v);
int rt_ft_lru_method_check(const RtModObj *o);
PV rt_ft_cache_info_repr(PCtx *c, PV v);
int rt_ft_cache_info_getattr(PCtx *c, PV o, PV name, PV *out);
int rt_ft_cache_info_compare(PCtx *c, int op, PV a, PV b, PV *out);
PV rt_ft_bind_method(PCtx *c, PV v, PV instance, PV name);
PV rt_ft_order_call(PCtx *c, PV f, PV *args, int nargs, PV kw);
int rt_ft_order_check(const RtModObj *o);
PV rt_ft_cached_property_get(PCtx *c, PV v, PV instance, PV name);
int rt_ft_cached_property_getattr(PCtx *c, PV o, PV name, PV *out);
PV rt_ft_singledispatch(PCtx *c, PV *a, int n, PV kw);
int rt_ft_sd_step(PCtx *c, PV self, RtStep *s);
int rt_ft_sd_waits(PV v);
int rt_ft_sd_getattr(PCtx *c, PV o, PV name, PV *out);
int rt_ft_sd_dunder(PCtx *c, PV o, const char *name, PV *out);
int rt_ft_sd_check(const RtModObj *o);
PV rt_ft_sd_method_call(PCtx *c, PV f, PV *args, int nargs, PV kw);
int rt_ft_sd_method_check(const RtModObj *o);
PV rt_ft_sd_register_call(PCtx *c, PV f, PV *args, int nargs, PV kw);
int rt_ft_sd_register_check(const RtModObj *o);

#endif
