# Matching caught exceptions by class, with keyword patterns on their args.
def run(f):
    try:
        return f()
    except Exception as e:
        match e:
            case ZeroDivisionError(args=(msg,)):
                return f"math: {msg}"
            case KeyError() | IndexError() as err:
                return f"lookup: {type(err).__name__} {err}"
            case ValueError(args=[first, *more]):
                return f"value: {first} +{len(more)}"
            case Exception():
                return f"other: {e!r}"


print(run(lambda: 1 / 0))
print(run(lambda: {}["k"]))
print(run(lambda: [][1]))
print(run(lambda: int("x")))
# expect: math: division by zero
# expect: lookup: KeyError 'k'
# expect: lookup: IndexError list index out of range
# expect: value: invalid literal for int() with base 10: 'x' +0
