/* pith_compile_limits.h — the compiler's explicit limits, in one table. Stage: frontend and codegen.
 *
 * Why: every compile must end, compiled or refused, within about a second and 64 MiB, whatever the source
 * holds (the compiler runs inside the host). Every pass is linear or n·log n, so the source size bounds the
 * work; the other limits refuse shapes that would blow up a later stage (tcc's 256-entry value stack, the
 * grammar's indentation scanner, try/finally duplication) and give each a clear diagnostic
 * (FILE:LINE:COL: error: ... (the compile limit is N)), exit 2. They sit far above what agent code writes
 * (10–300 lines); README.md ("Compile limits") lists them. tests/cli/compile_limits.py reads this file
 * and checks every limit at and just above its value. */
#ifndef PITH_COMPILE_LIMITS_H
#define PITH_COMPILE_LIMITS_H

/* Source size in bytes, as given (before a Latin-1 transcoding). tree-sitter needs ~300 bytes of memory
 * per source byte on the densest shapes, so this bounds the parse to ~40 MiB. */
#define PITH_MAX_SOURCE_BYTES (128 * 1024)

/* Nesting of expressions, statements and blocks: the frontend's converters and every later pass recurse
 * over the tree (FE_MAX_DEPTH in frontend/ast.h is this value). */
#define PITH_MAX_NESTING 500

/* Comment-only or continuation-only (`\`) lines in one run, counted where tree-sitter-python's external
 * scanner re-reads the rest of the run for each of them (inside an indented block, or a block about to
 * open, and on any continuation line): its cost grows with the square of the run. With this run length
 * and the source limit the scanner reads at most ~13 MB in all. Blank lines continue a run. */
#define PITH_MAX_SCANNER_RUN 200

/* Columns of indentation before a statement (a tab counts to the next multiple of 8, as CPython counts it).
 * tree-sitter-python's scanner saves its stack of indentation widths one byte each, so a deeper statement
 * (64 levels of 4 spaces) would be misread after the first re-lex; CPython itself stops at 100 levels. */
#define PITH_MAX_INDENT_COLUMNS 255

/* Items in one list/tuple/set/dict display, arguments in one call, operands of one and/or chain,
 * targets of one assignment or del, names in one global/nonlocal/import. */
#define PITH_MAX_ITEMS 10000

/* Keyword arguments (and **mappings) in one call: their names travel as one constant tuple. */
#define PITH_MAX_KEYWORDS 256

/* Parameters of one def or lambda: a function that cannot suspend is a C function taking them all, and
 * tcc's value stack holds 256 entries (253 parameters already fail there). */
#define PITH_MAX_PARAMS 200

/* Variables of one function (parameters, locals, comprehension variables), or globals of the module. */
#define PITH_MAX_LOCALS 5000

/* Replacement fields ({...}) in one f-string, concatenated parts and nested format specs included. */
#define PITH_MAX_FSTRING_FIELDS 1000

/* Comparisons in one chain (a < b < c is 2). */
#define PITH_MAX_COMPARE_CHAIN 1000

/* Distinct constants of a module (strings, bytes, big ints, attribute and keyword names). */
#define PITH_MAX_CONSTANTS 10000

/* IR instructions of a module: finally bodies are copied on every way out, so nested try/finally grows
 * the IR exponentially with depth; this refuses it while building. */
#define PITH_MAX_IR_INSTRUCTIONS 100000

/* Bytes of generated C (tcc compiles ~10 MB/s of it: this keeps tcc under half a second). */
#define PITH_MAX_C_BYTES (4 * 1024 * 1024)

#endif
