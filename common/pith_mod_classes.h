/* pith_mod_classes.h — the names of the modules that define classes: dataclasses and enum (collections.namedtuple
 * is a row of pith_mod_collections.h), as CPython 3.11 has them, one row each, expanded both into the module
 * table (pith_modules.c) and into each module's run-time file (runtime/modules/rt_mod_dataclasses.c,
 * rt_mod_enum.c), so they cannot disagree.
 * Stage: common. Appending rows keeps the ids a snapshot stores stable. Names pith does not support
 * (dataclasses.InitVar, make_dataclass; enum.EnumMeta, verify, the Flag boundaries STRICT...) are REFUSED
 * rows: importing one is a compile-time error saying so.
 *
 * X(name, kind, arity, min, max, implementation), as in pith_mod_math.h. The functions are Python functions in
 * CPython, so they check their own arguments (PITH_MA_KW) in CPython's words. */
#ifndef PITH_MOD_CLASSES_H
#define PITH_MOD_CLASSES_H

#define PITH_DATACLASSES_NAMES(X)                                       \
    X("dataclass", FUNC, PITH_MA_KW, 0, -1, dc_dataclass)               \
    X("field", FUNC, PITH_MA_KW, 0, -1, dc_field)                       \
    X("fields", FUNC, PITH_MA_KW, 0, -1, dc_fields)                     \
    X("asdict", FUNC, PITH_MA_KW, 0, -1, dc_asdict)                     \
    X("astuple", FUNC, PITH_MA_KW, 0, -1, dc_astuple)                   \
    X("replace", FUNC, PITH_MA_KW, 0, -1, dc_replace)                   \
    X("is_dataclass", FUNC, PITH_MA_KW, 0, -1, dc_is_dataclass)         \
    X("FrozenInstanceError", CONST, PITH_MA_ONE, 0, 0, dc_frozen_error) \
    X("MISSING", CONST, PITH_MA_ONE, 0, 0, dc_missing)                  \
    X("KW_ONLY", CONST, PITH_MA_ONE, 0, 0, dc_kw_only)                  \
    X("InitVar", REFUSED, PITH_MA_ONE, 0, 0, NULL)                      \
    X("Field", REFUSED, PITH_MA_ONE, 0, 0, NULL)                        \
    X("make_dataclass", REFUSED, PITH_MA_ONE, 0, 0, NULL)

#define PITH_ENUM_NAMES(X)                              \
    X("Enum", CONST, PITH_MA_ONE, 0, 0, en_enum)        \
    X("IntEnum", CONST, PITH_MA_ONE, 0, 0, en_intenum)  \
    X("StrEnum", CONST, PITH_MA_ONE, 0, 0, en_strenum)  \
    X("Flag", CONST, PITH_MA_ONE, 0, 0, en_flag)        \
    X("IntFlag", CONST, PITH_MA_ONE, 0, 0, en_intflag)  \
    X("auto", FUNC, PITH_MA_KW, 0, -1, en_auto)         \
    X("unique", FUNC, PITH_MA_KW, 0, -1, en_unique)     \
    X("EnumMeta", REFUSED, PITH_MA_ONE, 0, 0, NULL)     \
    X("EnumType", REFUSED, PITH_MA_ONE, 0, 0, NULL)     \
    X("ReprEnum", REFUSED, PITH_MA_ONE, 0, 0, NULL)     \
    X("FlagBoundary", REFUSED, PITH_MA_ONE, 0, 0, NULL) \
    X("STRICT", REFUSED, PITH_MA_ONE, 0, 0, NULL)       \
    X("CONFORM", REFUSED, PITH_MA_ONE, 0, 0, NULL)      \
    X("EJECT", REFUSED, PITH_MA_ONE, 0, 0, NULL)        \
    X("KEEP", REFUSED, PITH_MA_ONE, 0, 0, NULL)         \
    X("verify", REFUSED, PITH_MA_ONE, 0, 0, NULL)       \
    X("EnumCheck", REFUSED, PITH_MA_ONE, 0, 0, NULL)    \
    X("member", REFUSED, PITH_MA_ONE, 0, 0, NULL)       \
    X("nonmember", REFUSED, PITH_MA_ONE, 0, 0, NULL)    \
    X("global_enum", REFUSED, PITH_MA_ONE, 0, 0, NULL)  \
    X("property", REFUSED, PITH_MA_ONE, 0, 0, NULL)

#endif
