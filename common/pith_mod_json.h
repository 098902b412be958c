/* pith_mod_json.h — the names of the `json` module, one row each, expanded by the module table
 * (pith_modules.c) and the run-time side (runtime/modules/rt_mod_json.c), as pith_mod_math.h is. dumps and
 * loads are CPython 3.11's; load and dump (files) and the encoder/decoder classes are not offered: a program
 * that names them gets CPython's ImportError or AttributeError for a missing name.
 * Stage: common. Appending rows keeps the ids a snapshot stores stable. */
#ifndef PITH_MOD_JSON_H
#define PITH_MOD_JSON_H

#define PITH_JSON_NAMES(X)                                         \
    X("JSONDecodeError", CONST, PITH_MA_ONE, 0, 0, j_decode_error) \
    X("dumps", FUNC, PITH_MA_KW, 1, 1, j_dumps)                    \
    X("loads", FUNC, PITH_MA_KW, 1, 1, j_loads)

#endif
