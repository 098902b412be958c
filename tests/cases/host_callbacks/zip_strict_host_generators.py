# zip(strict=True) over generators that call the host: CPython's length checks, as they come.
# host: ask -> 1
def g(n):
    for i in range(n):
        yield ask(i) + i
print(list(zip(g(2), g(2), strict=True)))
for a, b in [(1, 2), (2, 1), (2, 2)]:
    try:
        print(list(zip(g(a), g(b), strict=True)))
    except ValueError as e:
        print(e)
try:
    print(list(zip(g(2), g(2), g(3), strict=True)))
except ValueError as e:
    print(e)
try:
    print(list(zip(g(3), g(3), g(2), strict=True)))
except ValueError as e:
    print(e)
# expect: [(1, 1), (2, 2)]
# expect: zip() argument 2 is longer than argument 1
# expect: zip() argument 2 is shorter than argument 1
# expect: [(1, 1), (2, 2)]
# expect: zip() argument 3 is longer than arguments 1-2
# expect: zip() argument 3 is shorter than arguments 1-2
