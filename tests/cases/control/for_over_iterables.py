# for over range, list, str, dict and tuple.
for i in range(3):
    print("range", i)
for x in [1.5, "s"]:
    print("list", x)
for ch in "hé":
    print("str", ch)
for k in {"one": 1, "two": 2}:
    print("dict", k)
for t in (True, None):
    print("tuple", t)
for a, b in [(1, 2), (3, 4)]:
    print("pairs", a + b)
# expect: range 0
# expect: range 1
# expect: range 2
# expect: list 1.5
# expect: list s
# expect: str h
# expect: str é
# expect: dict one
# expect: dict two
# expect: tuple True
# expect: tuple None
# expect: pairs 3
# expect: pairs 7
