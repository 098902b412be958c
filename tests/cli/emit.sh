#!/usr/bin/env bash
# emit.sh — `pith emit-c` prints generated C without any #include (the sandbox rule of docs/ARCHITECTURE.md §5) and
# `pith emit-ir` prints a non-empty IR; both report compile errors like `pith check`.
# Run: bash tests/cli/emit.sh PATH/TO/pith
source "$(dirname "$0")/cli_lib.bash" "$@"

cat >p.py <<'PY'
def add(a, b=2):
    return a + b


s = "#include <stdio.h>"
print(add(1), s)
add(40)
PY

run_pith emit-c p.py
expect_code 0
[ -n "$OUT" ] && pass || fail "emit-c printed nothing"
# no preprocessor include line at all, even though the program's own string contains one
printf '%s\n' "$OUT" | grep -qE '^[[:space:]]*#[[:space:]]*include' && fail "emit-c output has an #include line" || pass
expect_no_err

run_pith emit-ir p.py
expect_code 0
[ -n "$OUT" ] && pass || fail "emit-ir printed nothing"
expect_no_err

# externals must be declared to emit a program that calls them
printf 'tool(1)\n' >t.py
run_pith emit-ir t.py --ext tool
expect_code 0
[ -n "$OUT" ] && pass || fail "emit-ir with --ext printed nothing"

printf 'def f(:\n' >bad.py
run_pith emit-c bad.py
expect_code 2
expect_no_out
expect_err_matches '^bad\.py:1:[0-9]+: error: '
run_pith emit-ir bad.py
expect_code 2
expect_err_matches '^bad\.py:1:[0-9]+: error: '

run_pith emit-c missing.py
expect_code 2
expect_err_has "pith: cannot read missing.py:"

finish
