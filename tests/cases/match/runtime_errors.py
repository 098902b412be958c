# Class patterns raise CPython's TypeErrors for a non-class or too many positional sub-patterns.
def check(f, v):
    try:
        f(v)
    except TypeError as e:
        print("TypeError:", e)


def not_a_class(v):
    Point = (int, str)
    match v:
        case Point():
            print("never")


def too_many(v):
    match v:
        case int(a, b):
            print("never")


def range_positional(v):
    match v:
        case range(n):
            print("never")


def exc_positional(v):
    match v:
        case ValueError(msg):
            print("never")


check(not_a_class, 1)
check(too_many, 1)
check(too_many, "not an int")
check(range_positional, range(3))
check(exc_positional, ValueError("m"))
match [1, 2]:
    case str(1, 2):
        print("never")
    case list(items):
        print("list", items)
match {"a": 1}:
    case {"a": 1, **rest} if not rest:
        print("exactly a")
match 3:
    case len():
        pass
# expect: TypeError: called match pattern must be a type
# expect: TypeError: int() accepts 1 positional sub-pattern (2 given)
# expect: TypeError: range() accepts 0 positional sub-patterns (1 given)
# expect: TypeError: ValueError() accepts 0 positional sub-patterns (1 given)
# expect: list [1, 2]
# expect: exactly a
# expect runtime error: TypeError: called match pattern must be a type
