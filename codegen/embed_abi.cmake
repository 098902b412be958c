# Turns runtime/pith_abi.h into a C string (cg_abi_text) that codegen prepends to every program.
# Run by CMake at build time: cmake -DIN=header -DOUT=file.c -P embed_abi.cmake
file(READ ${IN} text HEX)
string(LENGTH "${text}" hexlen)
math(EXPR nbytes "${hexlen} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${text}")
file(WRITE ${OUT} "/* generated from runtime/pith_abi.h: do not edit */\n#include <stddef.h>\nconst char cg_abi_text[] = {${bytes} 0};\nconst size_t cg_abi_text_len = ${nbytes};\n")
