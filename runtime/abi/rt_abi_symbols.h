/* rt_abi_symbols.h — every runtime function generated code may call, as an X-macro list.
 * Stage: runtime/codegen boundary. cg_tcc.c registers exactly these with libtcc (nothing else resolves:
 * programs are linked -nostdlib). tests/unit/test_abi.c checks the list matches pith_abi.h. */
#ifndef PITH_RT_ABI_SYMBOLS_H
#define PITH_RT_ABI_SYMBOLS_H

#define PITH_ABI_SYMBOLS(X)   \
    X(rt_assert_fail)         \
    X(rt_binop)               \
    X(rt_builtin)             \
    X(rt_bytes_const)         \
    X(rt_call_builtin)        \
    X(rt_call_ex)             \
    X(rt_call_method)         \
    X(rt_call_value)          \
    X(rt_cell_new)            \
    X(rt_compare)             \
    X(rt_contains)            \
    X(rt_dealloc)             \
    X(rt_delitem)             \
    X(rt_dict_from_steal)     \
    X(rt_dict_update_mapping) \
    X(rt_err_free_unbound)    \
    X(rt_err_global)          \
    X(rt_err_name)            \
    X(rt_err_recursion)       \
    X(rt_err_unbound_local)   \
    X(rt_exc_current)         \
    X(rt_exc_fetch)           \
    X(rt_exc_matches)         \
    X(rt_exc_restore)         \
    X(rt_exc_set_handled)     \
    X(rt_ext_call)            \
    X(rt_ext_value)           \
    X(rt_float_div)           \
    X(rt_float_floordiv)      \
    X(rt_float_mod)           \
    X(rt_float_new)           \
    X(rt_float_pow)           \
    X(rt_float_value)         \
    X(rt_format_value)        \
    X(rt_frame_new)           \
    X(rt_frame_push)          \
    X(rt_fuel_out)            \
    X(rt_func_default)        \
    X(rt_func_new)            \
    X(rt_gen_new)             \
    X(rt_getattr)             \
    X(rt_getitem)             \
    X(rt_inplace)             \
    X(rt_int_from_i64)        \
    X(rt_int_from_text)       \
    X(rt_is_float)            \
    X(rt_iter)                \
    X(rt_join_add)            \
    X(rt_join_end)            \
    X(rt_kwargs_merge)        \
    X(rt_list_append)         \
    X(rt_list_extend)         \
    X(rt_list_from_steal)     \
    X(rt_list_to_tuple)       \
    X(rt_next)                \
    X(rt_raise)               \
    X(rt_raise_from)          \
    X(rt_range_prepare)       \
    X(rt_reraise_current)     \
    X(rt_set_add)             \
    X(rt_set_from_steal)      \
    X(rt_setattr)             \
    X(rt_setitem)             \
    X(rt_slice_new)           \
    X(rt_sm_call_ex)          \
    X(rt_sm_call_value)       \
    X(rt_sm_received)         \
    X(rt_sm_send)             \
    X(rt_str_concat_steal)    \
    X(rt_str_const)           \
    X(rt_tb_add)              \
    X(rt_to_double)           \
    X(rt_truth)               \
    X(rt_tuple_from_steal)    \
    X(rt_unop)                \
    X(rt_unpack)              \
    X(rt_unpack_ex)           \
    /* end */

#endif
