# except with a tuple of types binds the actual exception.
def risky(i):
    return [lambda: 1 / 0, lambda: [][1], lambda: int("q"), lambda: "ok"][i]()
for i in range(4):
    try:
        print("value", risky(i))
    except (ZeroDivisionError, IndexError) as e:
        print("arith/index:", type(e).__name__, e)
    except ValueError as e:
        print("value error:", e)
# expect: arith/index: ZeroDivisionError division by zero
# expect: arith/index: IndexError list index out of range
# expect: value error: invalid literal for int() with base 10: 'q'
# expect: value ok
