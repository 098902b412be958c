# Names are bound only when the whole pattern matches; a failing guard leaves them bound; locals, globals
# and closure cells are all targets; the subject is evaluated once.
count = 0


def subject():
    global count
    count += 1
    return [1, 2, 3]


match subject():
    case [a, b]:
        pass
    case [a, b, c] if c > 5:
        pass
    case [1, *rest]:
        pass
print(count, a, b, c, rest)

x = "unchanged"
match (1, 2):
    case (x, 3):
        pass
    case _:
        pass
print(x)


def outer():
    match {"v": 41}:
        case {"v": v}:
            pass

    def inner():
        return v + 1

    return inner()


print(outer())


def loop():
    out = []
    for item in [1, "two", [3], None, 5]:
        match item:
            case None:
                break
            case str():
                continue
            case [n]:
                out.append(n * 10)
            case n:
                out.append(n)
    return out


print(loop())

y = None
match 10:
    case y if y > 100:
        print("big")
    case _:
        print("y stays bound:", y)
# expect: 1 1 2 3 [2, 3]
# expect: unchanged
# expect: 42
# expect: [1, 30]
# expect: y stays bound: 10
