# Nested try blocks: an inner handler that does not match lets the outer one handle it.
try:
    try:
        [][1]
    except KeyError:
        print("inner: wrong type")
    finally:
        print("inner finally")
except IndexError as e:
    print("outer:", e)
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
except TypeError as e:
    print("replaced:", e)
# expect: inner finally
# expect: outer: list index out of range
# expect: replaced: b
