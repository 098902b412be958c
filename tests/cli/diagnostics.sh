#!/usr/bin/env bash
# diagnostics.sh — compile errors print "FILE:LINE:COL: error: message", the source line and a caret on
# stderr, nothing on stdout, exit 2; the file name is shown as given. Run: bash tests/cli/diagnostics.sh PATH/TO/pith
source "$(dirname "$0")/cli_lib.bash" "$@"

printf 'x = 1\nif x\n    print(x)\n' >x.py
run_pith run x.py
expect_code 2
expect_no_out
expect_err_matches '^x\.py:2:[0-9]+: error: .+'
[ "$(printf '%s\n' "$ERR" | head -n 1 | grep -cE '^x\.py:2:[0-9]+: error: ')" = 1 ] && pass || fail "the first line is not the diagnostic"
expect_err_has "if x"
expect_err_matches '^ *\^'

run_pith check x.py
expect_code 2
expect_no_out
[ "$(printf '%s\n' "$ERR" | head -n 1 | grep -cE '^x\.py:2:[0-9]+: error: ')" = 1 ] && pass || fail "check: the first line is not the diagnostic"

# the path is reported as given on the command line
mkdir -p sub
printf 'def f(:\n    pass\n' >sub/y.py
run_pith check sub/y.py
expect_code 2
[ "$(printf '%s\n' "$ERR" | head -n 1 | grep -cE '^sub/y\.py:1:[0-9]+: error: ')" = 1 ] && pass || fail "the path is not sub/y.py as given"

# check takes declarations of host functions and inputs (values optional)
printf 'get_weather(city)\n' >z.py
run_pith check z.py --ext get_weather --input city
expect_code 0
expect_no_err

finish
