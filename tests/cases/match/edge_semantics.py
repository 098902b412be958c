# Edge cases: **rest when nothing is left, keyword patterns naming a missing attribute, equal value-pattern
# keys (CPython's run-time ValueError), 0.0 == 0, negative zero, big int literals.
def f(v):
    match v:
        case {"a": 1, **rest} if not rest:
            return "only a"
        case {"a": 1, **rest}:
            return f"a and {rest}"
        case int(real=r, foo=x):
            return "never"
        case bool() | int() as n:
            return f"intish {n!r}"
        case [1, [2, *inner], *outer]:
            return f"nested {inner} {outer}"
    return "none"
for v in [{"a": 1}, {"a": 1, "b": 2}, 3, True, [1, [2, 3, 4], 5, 6], [1, [3]]]:
    print(f(v))
class_ = dict
match {"x": 1}:
    case class_(x=1):
        print("never: dict has no attribute x")
    case class_():
        print("a dict")
k1 = [0]
def g():
    pass
g.a = 1
g.b = 1
match {1: "x"}:
    case {g.a: v}:
        print("single", v)
try:
    match {1: "x", 2: "y"}:
        case {g.a: v, g.b: w}:
            print("never")
except ValueError as e:
    print("ValueError:", e)
match {1: 2, 3: 4}:
    case {**rest}:
        print(rest)
match 0.0:
    case 0:
        print("0.0 == 0")
match -0.0:
    case -0.0:
        print("negative zero")
match 10**30:
    case 1000000000000000000000000000000:
        print("big int literal")
# expect: only a
# expect: a and {'b': 2}
# expect: intish 3
# expect: intish True
# expect: nested [3, 4] [5, 6]
# expect: none
# expect: a dict
# expect: single x
# expect: ValueError: mapping pattern checks duplicate key (1)
# expect: {1: 2, 3: 4}
# expect: 0.0 == 0
# expect: negative zero
# expect: big int literal
