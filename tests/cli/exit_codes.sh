#!/usr/bin/env bash
# exit_codes.sh — `pith` exit statuses: 0 done, 1 uncaught exception, 2 usage / unreadable file / compile
# error, and the messages that go with them. Run: bash tests/cli/exit_codes.sh PATH/TO/pith
source "$(dirname "$0")/cli_lib.bash" "$@"

printf 'print("hi")\n1 + 2\n' >ok.py
printf 'def f():\n    raise ValueError("bad")\nf()\n' >boom.py
printf 'x = (1,\n' >bad.py

run_pith run ok.py
expect_code 0
expect_out "$(printf 'hi\n3')"
expect_no_err

run_pith run boom.py
expect_code 1
expect_err_line -1 "ValueError: bad"

run_pith run bad.py
expect_code 2
expect_no_out
expect_err_matches '^bad\.py:[0-9]+:[0-9]+: error: '

run_pith run missing.py
expect_code 2
expect_err_has "pith: cannot read missing.py: No such file or directory"

run_pith run .
expect_code 2
expect_err_has "pith: cannot read .: "

run_pith check ok.py
expect_code 0
expect_no_out
expect_no_err

run_pith check boom.py
expect_code 0
expect_no_out

run_pith check bad.py
expect_code 2
expect_err_matches '^bad\.py:[0-9]+:[0-9]+: error: '

run_pith
expect_code 2
expect_err_has "Usage: pith"

run_pith frobnicate ok.py
expect_code 2
expect_err_has "unknown command 'frobnicate'"
expect_err_has "Usage: pith"

run_pith --frobnicate
expect_code 2

run_pith run ok.py --frobnicate
expect_code 2
expect_err_has "unknown option '--frobnicate'"
expect_err_has "Usage: pith run FILE"

run_pith run
expect_code 2
expect_err_has "missing FILE"

run_pith run ok.py extra.py
expect_code 2

run_pith run ok.py --input 'x={"a": '
expect_code 2
expect_err_has "pith: --input x: invalid JSON: "

run_pith run ok.py --input x
expect_code 2

run_pith run ok.py --max-time nope
expect_code 2

run_pith run ok.py --max-depth 0
expect_code 2

finish
