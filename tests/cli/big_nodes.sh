#!/usr/bin/env bash
# big_nodes.sh — programs whose syntax tree has a node with 65,536 or more children (a long module, a list
# or set display) are parsed safely: a parser runtime that counts children in 16 bits corrupted the heap on
# exactly these (the tree-sitter runtime is now built from the pinned npm package: CMakeLists.txt). Within
# the source size limit such a node is a module of 33,000 short statements, which compiles and runs as
# CPython runs it, or a display of 33,000 items, which the items limit refuses with its diagnostic after
# the parse (common/pith_compile_limits.h; tests/cli/compile_limits.py checks every limit).
# Run: bash tests/cli/big_nodes.sh PATH/TO/pith
source "$(dirname "$0")/cli_lib.bash" "$@"

python3 - <<'PY'
with open("statements.py", "w") as f:
    f.write("n = 1\n" + "0;" * 33000 + "\nprint(n)\n")
with open("list.py", "w") as f:
    f.write("xs = [" + ", ".join(str(i % 10) for i in range(33000)) + "]\nprint(len(xs), sum(xs))\n")
with open("set.py", "w") as f:
    f.write("s = {" + ",".join(str(i % 100) for i in range(33000)) + "}\nprint(len(s), max(s))\n")
PY

want="$(python3 statements.py)"
run_pith run statements.py
expect_code 0
expect_out "$want"
expect_no_err

for p in list set; do
    run_pith run "$p.py"
    expect_code 2
    expect_no_out
    expect_err_has "$p.py:1:"
    expect_err_has "error: too many items in one display, call, and/or chain or target list (the compile limit is 10000)"
done
finish
