# assert with a message, caught; passing asserts do nothing.
assert 1 + 1 == 2
assert [1], "non-empty list is truthy"
try:
    assert 2 < 1, "math is broken"
except AssertionError as e:
    print("caught:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("no message:", repr(e), e.args)
# expect: caught: math is broken ('math is broken',)
# expect: no message: AssertionError() ()
