# Sequence patterns: list and tuple syntax alike, star captures (always a list), nesting; str, bytes and
# dicts are not sequences here, ranges are.
def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"pair: {x!r}, {y!r}"
        case (first, *middle, last):
            return f"first={first!r} middle={middle!r} last={last!r}"
        case _:
            return "not a sequence"


for v in [[], (), [1], (2,), [1, 2], (3, 4), [1, 2, 3], (1, 2, 3, 4, 5), range(4), "ab", b"xy", {"a": 1}, 7]:
    print(shape(v))

match [1, [2, 3], (4, [5])]:
    case [a, [b, c], (d, [e])]:
        print(a, b, c, d, e)

match (1, 2, 3):
    case [*head, tail]:
        print(head, tail, type(head).__name__)

match [1, 2]:
    case [*_, 2]:
        print("ends with 2")

match [0, 1, 2, 3]:
    case [0, *_]:
        print("starts with 0")

match (5,):
    case (*everything,):
        print(everything)

match [1, 2, 3]:
    case [_, _]:
        print("two")
    case [_, _, _]:
        print("three")
# expect: empty
# expect: empty
# expect: one: 1
# expect: one: 2
# expect: pair: 1, 2
# expect: pair: 3, 4
# expect: first=1 middle=[2] last=3
# expect: first=1 middle=[2, 3, 4] last=5
# expect: first=0 middle=[1, 2] last=3
# expect: not a sequence
# expect: not a sequence
# expect: not a sequence
# expect: not a sequence
# expect: 1 2 3 4 5
# expect: [1, 2] 3 list
# expect: ends with 2
# expect: starts with 0
# expect: [5]
# expect: three
