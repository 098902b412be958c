# Or-patterns, `as` captures and guards: the first case whose pattern and guard both hold runs.
def grade(score):
    match score:
        case int(s) | float(s) if s >= 90:
            return "A"
        case int(s) | float(s) if s >= 80:
            return "B"
        case int() | float() as s if s < 0:
            return f"invalid {s}"
        case int() | float():
            return "C"
        case str() as text:
            return f"not a number: {text!r}"


for s in [95, 85.5, 70, -1, "90"]:
    print(s, grade(s))

match [1, 2]:
    case ([a, b] | (a, b, _)) as whole:
        print(a, b, whole)

match (3, 4):
    case (x, y) | [y, x] if x > y:
        print("swapped", x, y)
    case (x, y):
        print("in order", x, y)

calls = []


def check(v):
    calls.append(v)
    return v > 1


match 5:
    case 1 | 2:
        print("small")
    case n if check(n):
        print("guard passed for", n)
print(calls)
# expect: 95 A
# expect: 85.5 B
# expect: 70 C
# expect: -1 invalid -1
# expect: 90 not a number: '90'
# expect: 1 2 [1, 2]
# expect: in order 3 4
# expect: guard passed for 5
# expect: [5]
