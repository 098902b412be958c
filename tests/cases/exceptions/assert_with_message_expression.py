# assert evaluates the message only on failure.
def msg():
    print("building message")
    return "bad value"
x = 3
assert x == 3, msg()
try:
    assert x > 5, msg()
except AssertionError as e:
    print("caught:", e, e.args)
assert x < 0, f"x was {x}"
# expect: building message
# expect: caught: bad value ('bad value',)
# expect runtime error: AssertionError: x was 3
