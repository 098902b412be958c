# Generators that call the host, unpacked into displays and calls.
# host: fetch -> 4
def gen(n):
    for i in range(n):
        yield fetch(i) + i

def f(*a):
    return sum(a)

print([*gen(3)], (*gen(1), 9), sorted({*gen(2)}), f(*gen(2)))
print(*gen(2), sep="-")
first, *rest = gen(3)
print(first, rest)
# expect: [4, 5, 6] (4, 9) [4, 5] 9
# expect: 4-5
# expect: 4 [5, 6]
