#!/usr/bin/env bash
# big_nodes.sh — valid programs whose syntax tree has a node with 65,536 or more children (a comment block,
# a list or set display, a long module) compile and run as CPython runs them. A parser runtime that counts
# children in 16 bits corrupted the heap on exactly these (the tree-sitter runtime is now built from the
# pinned npm package: CMakeLists.txt). Each program's output is compared with CPython 3.11's.
# Run: bash tests/cli/big_nodes.sh PATH/TO/pith
source "$(dirname "$0")/cli_lib.bash" "$@"

python3 - <<'PY'
with open("comments.py", "w") as f:
    f.write("x = 1\n" + "# a comment\n" * 70000 + "print(x)\n")
with open("list.py", "w") as f:
    f.write("xs = [" + ", ".join(str(i % 10) for i in range(33000)) + "]\nprint(len(xs), sum(xs))\n")
with open("set.py", "w") as f:
    f.write("s = {" + ", ".join(str(i) for i in range(33000)) + "}\nprint(len(s), max(s))\n")
with open("statements.py", "w") as f:
    f.write("n = 0\n" + "n += 1\n" * 66000 + "print(n)\n")
PY

for p in comments list set statements; do
    want="$(python3 "$p.py")"
    run_pith run "$p.py"
    expect_code 0
    expect_out "$want"
    expect_no_err
done
finish
