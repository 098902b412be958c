# Class patterns with the builtin classes: isinstance, then the self-matching builtins take one positional
# sub-pattern (the subject itself); keyword patterns read attributes.
def describe(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(real=r, imag=0):
            return f"int {r}"
        case float(f):
            return f"float {f}"
        case str("") | bytes(b""):
            return "empty text"
        case str(s):
            return f"str of {len(s)}"
        case list([first, *_]):
            return f"list starting {first!r}"
        case list():
            return "empty list"
        case tuple((a, b)):
            return f"pair tuple {a} {b}"
        case dict({"id": i}):
            return f"record {i}"
        case set() | frozenset():
            return f"set of {len(v)}"
        case _:
            return f"something else: {type(v).__name__}"


for v in [True, 0, -3, 7, 1.5, "", b"", "hello", [9, 8], [], (1, 2), (1, 2, 3), {"id": 4}, {1, 2}, frozenset(), None]:
    print(describe(v))

match ValueError("bad", 3):
    case ValueError(args=(msg, code)):
        print("ValueError", msg, code)

match KeyError("k"):
    case LookupError():
        print("a LookupError")

match 3:
    case (int() | float()) as num:
        print("number", num)
# expect: bool True
# expect: int zero
# expect: negative int -3
# expect: int 7
# expect: float 1.5
# expect: empty text
# expect: empty text
# expect: str of 5
# expect: list starting 9
# expect: empty list
# expect: pair tuple 1 2
# expect: something else: tuple
# expect: record 4
# expect: set of 2
# expect: set of 0
# expect: something else: NoneType
# expect: ValueError bad 3
# expect: a LookupError
# expect: number 3
