/* rt_type.c — the descriptor table, indexed by RT_T_* (rt_type.h). Each descriptor lives with its type. */
#include "rt_type.h"

const RtTypeDesc *const rt_types[RT_T_COUNT] = {
    [RT_T_FLOAT] = &rt_float_type,       [RT_T_BIGINT] = &rt_bigint_type, [RT_T_STR] = &rt_str_type,
    [RT_T_BYTES] = &rt_bytes_type,       [RT_T_LIST] = &rt_list_type,     [RT_T_TUPLE] = &rt_tuple_type,
    [RT_T_DICT] = &rt_dict_type,         [RT_T_RANGE] = &rt_range_type,   [RT_T_SLICE] = &rt_slice_type,
    [RT_T_ITER] = &rt_iter_type,         [RT_T_FUNC] = &rt_func_type,     [RT_T_BUILTIN] = &rt_builtin_type,
    [RT_T_METHOD] = &rt_method_type,     [RT_T_EXC] = &rt_exc_type,       [RT_T_FRAME] = &rt_frame_type,
    [RT_T_DICTVIEW] = &rt_dictview_type, [RT_T_EXTFN] = &rt_extfn_type,   [RT_T_GEN] = &rt_gen_type,
    [RT_T_CELL] = &rt_cell_type,         [RT_T_SET] = &rt_set_type,       [RT_T_FROZENSET] = &rt_frozenset_type,
    [RT_T_ALIAS] = &rt_alias_type,       [RT_T_CLASS] = &rt_class_type,   [RT_T_INSTANCE] = &rt_instance_type,
    [RT_T_BOUNDMETH] = &rt_bound_type,   [RT_T_WRAP] = &rt_wrap_type,
    [RT_T_MODULE] = &rt_module_type, [RT_T_MODFN] = &rt_modfn_type,
    [RT_T_DEQUE] = &rt_deque_type,   [RT_T_DEQUEITER] = &rt_dequeiter_type, [RT_T_CHAINMAP] = &rt_chainmap_type,
    [RT_T_TRACEBACK] = &rt_traceback_type,
    [RT_T_MODOBJ] = &rt_modobj_type,
    [RT_T_CORO] = &rt_coro_type,     [RT_T_FUTURE] = &rt_future_type, [RT_T_AGEN] = &rt_agen_type,
    [RT_T_LOCK] = &rt_lock_type,
    [RT_T_NATMETH] = &rt_natmeth_type, [RT_T_DCFIELD] = &rt_dcfield_type,
    [RT_T_RE_PATTERN] = &rt_re_pattern_type, [RT_T_RE_MATCH] = &rt_re_match_type,
    [RT_T_RE_SCANNER] = &rt_re_scanner_type,
};

/* A scan: it serves only attribute access on a class object (str.lower), and the table is short. */
const RtTypeDesc *rt_type_with_methods(int cls) {
    for (int t = 0; t < RT_T_COUNT; t++)
        if (rt_types[t] && rt_types[t]->cls == cls && rt_types[t]->methods) return rt_types[t];
    return NULL;
}

/* f(...) from C: whatever the callee, through its type's call hook (functions: exec/rt_func.c). */
PV rt_call_value(PCtx *c, PV f, PV *args, int nargs, PV kwnames) {
    const RtTypeDesc *t = f && PV_IS_OBJ(f) ? rt_type_desc(RT_OBJ(f)) : NULL;
    if (t && t->call) return t->call(c, f, args, nargs, kwnames);
    rt_err(c, PITH_B_TYPEERROR, "'%T' object is not callable", f);
    return PV_NULL;
}
