# Turns runtime/abi/pith_abi.h followed by pith_abi_fast.h into one C string (cg_abi_text) that codegen prepends
# to every program.
# Comments and blank lines are dropped first: TCC lexes this text on every compile, so it must stay small.
# Run by CMake at build time: cmake -DIN=header -DIN_FAST=fast_header -DOUT=file.c -P embed_abi.cmake
file(READ ${IN} text)
file(READ ${IN_FAST} fast)
string(APPEND text "${fast}")
string(REGEX REPLACE "/\\*([^*]|\\*+[^*/])*\\*+/" "" text "${text}")
string(REGEX REPLACE "[ \t]+\n" "\n" text "${text}")
string(REGEX REPLACE "\n\n+" "\n" text "${text}")
file(WRITE ${OUT}.txt "${text}")
file(READ ${OUT}.txt hex HEX)
string(LENGTH "${hex}" hexlen)
math(EXPR nbytes "${hexlen} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
file(WRITE ${OUT} "/* generated from runtime/abi/pith_abi.h and pith_abi_fast.h: do not edit */\n#include <stddef.h>\nconst char cg_abi_text[] = {${bytes} 0};\nconst size_t cg_abi_text_len = ${nbytes};\n")
