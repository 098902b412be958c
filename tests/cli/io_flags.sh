#!/usr/bin/env bash
# io_flags.sh — `pith run` inputs and host calls: --input NAME=JSON becomes a global, --ext NAME=JSON answers
# every call to NAME with the value, --ext NAME alone answers None; printed output comes first, then the
# repr of a non-None result, counted against --max-output. Run: bash tests/cli/io_flags.sh PATH/TO/pith
source "$(dirname "$0")/cli_lib.bash" "$@"

# inputs: JSON objects become dicts, arrays lists, big integers ints
printf 'print(len(items), cfg["name"])\n[cfg["n"] + 1, items[-1], big + 1]\n' >inp.py
run_pith run inp.py --input 'items=[1, "two", 3.5]' --input 'cfg={"name": "pith", "n": 41}' \
    --input big=123456789012345678901234567890
expect_code 0
expect_out "$(printf '3 pith\n[42, 3.5, 123456789012345678901234567891]')"
expect_no_err

# the "--flag=value" spelling works too; items[-1] on the empty list then fails as in CPython
run_pith run inp.py --input='items=[]' --input='cfg={"name": "x", "n": 0}' --input=big=0
expect_code 1
expect_out "0 x"
expect_err_line -1 "IndexError: list index out of range"

# --ext with a value: every call returns it; args and kwargs are accepted
printf 'w = get_weather("Paris", units="metric")\nprint(w["city"], w["temp_c"])\nw\n' >ext.py
run_pith run ext.py --ext 'get_weather={"city": "Paris", "temp_c": 21.5}'
expect_code 0
expect_out "$(printf "Paris 21.5\n{'city': 'Paris', 'temp_c': 21.5}")"

# --ext without a value: the call returns None, and a None result prints nothing
printf 'r = notify("done")\nprint(r)\nr\n' >none.py
run_pith run none.py --ext notify
expect_code 0
expect_out "None"

# several externals, each answered with its own value, called in a loop
printf 'total = 0\nfor i in range(3):\n    total += a(i) + b()\ntotal\n' >two.py
run_pith run two.py --ext a=10 --ext b=1
expect_code 0
expect_out "33"

# a str result shows as its repr; output printed before it stays in order
printf 'print("x")\n"it'"'"'s"\n' >s.py
run_pith run s.py
expect_code 0
expect_out "$(printf 'x\n"it'"'"'s"')"

# the result's repr counts against --max-output like printed text: refused whole when it does not fit
# (here 4 bytes printed + 11 for the repr and its newline), shown when it just fits
printf 'print("abc")\n"x" * 8\n' >big_result.py
run_pith run big_result.py --max-output 14
expect_code 1
expect_out "abc"
expect_err "OutputLimitExceeded: output limit of 14 bytes exceeded"
run_pith run big_result.py --max-output 15
expect_code 0
expect_out "$(printf "abc\n'xxxxxxxx'")"

# the same after a host call, through pith start / resume
printf 'print(ask())\n"x" * 8\n' >big_result_ext.py
run_pith start big_result_ext.py --ext ask -o br.snap
expect_code 3
run_pith resume br.snap --value '"abc"' --max-output 14
expect_code 1
expect_out "abc"
expect_err "OutputLimitExceeded: output limit of 14 bytes exceeded"

# what was printed before a snapshot counts too: 8 bytes before the host call and 8 after do not fit in 12
printf 'print("1234567")\nask()\nprint("7654321")\n' >split_output.py
run_pith start split_output.py --ext ask -o so.snap --max-output 12
expect_code 3
run_pith resume so.snap --value 0 --max-output 12
expect_code 1
expect_err_line -1 "OutputLimitExceeded: output limit of 12 bytes exceeded"
run_pith resume so.snap --value 0 --max-output 16
expect_code 0
expect_out "7654321"

# unicode passes through --input and print unchanged
printf 'print(msg)\nmsg\n' >u.py
run_pith run u.py --input 'msg="caf\u00e9 \u4e2d"'
expect_code 0
expect_out "$(printf "café 中\n'café 中'")"

finish
