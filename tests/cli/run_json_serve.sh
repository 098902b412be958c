#!/usr/bin/env bash
# run_json_serve.sh — `pith run --json` (one JSON object on stdout for each outcome, the exit statuses of
# `run`) and the command-line side of `pith serve` (help, flags, exit on end of input); the protocol itself is
# tested by tests/protocol. Run: bash tests/cli/run_json_serve.sh PATH/TO/pith
source "$(dirname "$0")/cli_lib.bash" "$@"

printf 'print("{\\"status\\": \\"done\\"}")\nt = tool(1, k="v")\n(t, b"x", 2**70)\n' > ok.py
run_pith run --json --ext 'tool=[1, 2]' ok.py
expect_code 0
expect_out '{"status": "done", "value": {"$tuple": [[1, 2], {"$bytes": "eA=="}, {"$int": "1180591620717411303424"}]}, "repr": "([1, 2], b'"'"'x'"'"', 1180591620717411303424)", "output": "{\"status\": \"done\"}\n"}'
expect_no_err

run_pith run --json --replay-snapshots --ext 'tool=[1, 2]' ok.py
expect_code 0
expect_out_has '"repr": "([1, 2], b'"'"'x'"'"', 1180591620717411303424)", "output": "{\"status\": \"done\"}\n"}'

printf 'print("a")\n{}["k"]\n' > fail.py
run_pith run --json fail.py
expect_code 1
expect_out '{"status": "failed", "type": "KeyError", "message": "'"'"'k'"'"'", "traceback": "Traceback (most recent call last):\n  File \"fail.py\", line 2, in <module>\n    {}[\"k\"]\nKeyError: '"'"'k'"'"'\n", "output": "a\n"}'
expect_no_err

printf 'while True:\n    pass\n' > spin.py
run_pith run --json --max-time 0.1 spin.py
expect_code 1
expect_out_has '{"status": "limit", "limit": "time", "type": "TimeLimitExceeded", "message": "time limit of 0.1 s exceeded"'

printf 'x = [\n' > bad.py
run_pith run --json bad.py
expect_code 2
expect_out_has '{"status": "compile_error", "diagnostic": "bad.py:1:5: error: '
expect_out_has '"file": "bad.py", "line": 1, "col": 5, "message": '
expect_no_err

run_pith run --json missing.py
expect_code 2
expect_no_out
expect_err_has "pith: cannot read missing.py"

# pith serve: help, flags, and a clean exit when stdin ends
run_pith help serve
expect_code 0
expect_out_has "Usage: pith serve"
expect_out_has "docs/PROTOCOL.md"
expect_out_has "Exit status:"
help_text="$OUT"
run_pith serve --help
expect_code 0
[ "$OUT" = "$help_text" ] && pass || fail "pith serve --help differs from pith help serve"
run_pith --help
expect_out_has "  serve "
run_pith serve --bogus
expect_code 2
expect_err_has "pith serve: unknown argument '--bogus'"
run_pith serve --max-request 12X
expect_code 2
run_pith serve </dev/null
expect_code 0
expect_out_has '{"event": "hello", "protocol": 1, "pith": "'
run_pith serve --max-request 4K <<<'{"id": 1, "op": "stats"}'
expect_code 0
expect_out_has '{"event": "stats", "id": 1, "protocol": 1, "programs": 0, "executions": 0, "requests": 1,'

finish
