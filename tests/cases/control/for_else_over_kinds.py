# for/else over a str, a dict and a tuple, with and without break.
for ch in "abc":
    if ch == "z":
        break
else:
    print("no z in str")
for key in {"id": 1, "name": 2}:
    if key == "name":
        print("found key", key)
        break
else:
    print("not printed")
for item in (3, 5, 7):
    if item % 2 == 0:
        print("even found")
        break
else:
    print("all odd")
for nothing in ():
    print("never")
else:
    print("empty tuple: else runs")
# expect: no z in str
# expect: found key name
# expect: all odd
# expect: empty tuple: else runs
