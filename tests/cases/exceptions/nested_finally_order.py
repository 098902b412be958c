# Nested finally blocks run innermost first.
def f():
    try:
        try:
            return "value"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f())
# expect: inner finally
# expect: outer finally
# expect: value
