# raise ... from ...: the new exception is what propagates; __cause__ is not visible in the last line.
def load(raw):
    try:
        return int(raw)
    except ValueError as e:
        raise RuntimeError("could not load " + repr(raw)) from e
try:
    load("x")
except RuntimeError as e:
    print("caught:", e)
load("y")
# expect: caught: could not load 'x'
# expect runtime error: RuntimeError: could not load 'y'
