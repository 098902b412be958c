# Small and big arguments mixed, values that leave the small-int range while counting, a count that is
# itself too big for a small int, and the loop inside a function that keeps its locals.
for i in range(-2**62, 2**62, 2**62):
    print(i)
for i in range(2**62 - 2, 2**62 + 1):
    print(i)
for i in range(-2**62, 2**62 - 1):
    print(i)
    break
def total(lo, n):
    t = 0
    for i in range(lo, lo + n):
        t += i
    return t
print(total(2**100, 3), total(5, 3))
for i in range(True, 3, True):
    print(i)
# expect: -4611686018427387904
# expect: 0
# expect: 4611686018427387902
# expect: 4611686018427387903
# expect: 4611686018427387904
# expect: -4611686018427387904
# expect: 3802951800684688204490109616131 18
# expect: 1
# expect: 2
