# Subjects: a tuple written with commas, a starred display, a literal list (the header `match [a, b]:`
# with one case is read as a match statement, not as an annotated assignment), and ranges as sequences.
x, y = 3, 4
match x, y:
    case (0, 0):
        print("origin")
    case (a, b):
        print("point", a, b)

match x,:
    case [v]:
        print("one-tuple", v)

match [x, y]:
    case [a, b]:
        print(a + b)

match [*range(3), 9]:
    case [0, *mid, 9]:
        print(mid)

match range(5):
    case [first, *_, last]:
        print(first, last)

match "hello":
    case [*letters]:
        print("a str is no sequence here")
    case str(s) if s.startswith("he"):
        print("str", s)

match b"ab":
    case [_, _]:
        print("nor bytes")
    case bytes(b):
        print("bytes", b)

match {"k": 1}.items():
    case [_]:
        print("nor a dict view")
    case _:
        print("views are not sequences")
# expect: point 3 4
# expect: one-tuple 3
# expect: 7
# expect: [1, 2]
# expect: 0 4
# expect: str hello
# expect: bytes b'ab'
# expect: views are not sequences
