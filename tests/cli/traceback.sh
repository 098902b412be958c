#!/usr/bin/env bash
# traceback.sh — an uncaught exception prints CPython's traceback layout on stderr (after flushing the
# program's stdout) and exits 1. Run: bash tests/cli/traceback.sh PATH/TO/pith
source "$(dirname "$0")/cli_lib.bash" "$@"

cat >x.py <<'PY'
def f(n):
    if n > 2:
        raise ValueError("bad")
    return n


print("before")
f(1)
f(5)
print("after")
PY

run_pith run x.py
expect_code 1
expect_out "before"
expect_err_line 1 "Traceback (most recent call last):"
expect_err_has '  File "x.py", line 9, in <module>'
expect_err_has '  File "x.py", line 3, in f'
expect_err_line -1 "ValueError: bad"
# the frames come outermost first, as in CPython
[ "$(printf '%s\n' "$ERR" | grep -n 'File "x.py"' | head -n 1 | grep -c '<module>')" = 1 ] && pass || fail "the first frame is not <module>"

# an exception raised inside a caught-and-re-raised block still ends with its own type and message
cat >y.py <<'PY'
def g():
    try:
        return {}["missing"]
    except KeyError:
        raise RuntimeError("wrapped")


g()
PY
run_pith run y.py
expect_code 1
expect_err_line 1 "Traceback (most recent call last):"
expect_err_line -1 "RuntimeError: wrapped"

# a caught exception is not an error
printf 'try:\n    1 // 0\nexcept ZeroDivisionError as e:\n    print("caught", e)\n' >z.py
run_pith run z.py
expect_code 0
expect_out "caught integer division or modulo by zero"
expect_no_err

# an attribute misspelt on an instance or a class of the program gets CPython's hint from its dir()
cat >h.py <<'PY'
class Order:
    TIMEOUT = 30

    def __init__(self):
        self.total = 10

    def add_item(self, x):
        return x


o = Order()
try:
    Order.TIMEOUTS
except AttributeError as e:
    print(e)
o.add_itme(2)
PY
run_pith run h.py
expect_code 1
expect_out "type object 'Order' has no attribute 'TIMEOUTS'"
expect_err_line -1 "AttributeError: 'Order' object has no attribute 'add_itme'. Did you mean: 'add_item'?"
printf 'class C:\n    RETRIES = 3\n\n\nC.RETRIE\n' >k.py
run_pith run k.py
expect_code 1
expect_err_line -1 "AttributeError: type object 'C' has no attribute 'RETRIE'. Did you mean: 'RETRIES'?"
finish
