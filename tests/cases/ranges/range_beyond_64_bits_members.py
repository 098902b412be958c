# in, index, count, ==, hash and iteration of ranges past 64 bits, as CPython computes them.
big = range(-2**70, 2**70, 3**20)
print(2**69 in big, (-2**70 + 3**20 * 5) in big, big.index(-2**70 + 3**20 * 5), big.count(2**70), -2**70 in big)
x = range(2**64, 2**64 + 3)
print(float(2**64 + 1) in x, 2.5 in x, "a" in x, x.index(2**64 + 2), x.count(float(2**64)))
print(big == range(-2**70, 2**70, 3**20), big == big[:], big != x, range(0) == range(2**64, 2**64))
print(range(2**64, 2**64 + 1) == range(2**64, 2**64 + 1, 7), range(0, 2**64, 2**62) == range(0, 2**64 - 1, 2**62))
print(hash(big) == hash(range(-2**70, 2**70, 3**20)), hash(range(2**64, 2**64 + 1)) == hash(range(2**64, 2**64 + 1, 5)))
print({x: "x"}[range(2**64, 2**64 + 3)])
it = reversed(big)
print(next(it), next(it))
print(list(x), list(reversed(x)), [i * 2 for i in x], sum(x), max(x), sorted(x, reverse=True))
print(list(enumerate(range(2**64, 2**64 + 2))), list(zip(range(2**64, 2**64 + 2), "ab")))
for i in x:
    print(i - 2**64)
print(list(reversed(range(-2**63, -2**63 + 2))), list(reversed(range(2**63 - 3, 2**63 - 1))))
try:
    big.index(0)
except ValueError as e:
    print("ValueError:", e)
# expect: False True 5 0 True
# expect: True False False 2 1
# expect: True True True True
# expect: True True
# expect: True True
# expect: x
# expect: 1180591620716163803132 1180591620712677018731
# expect: [18446744073709551616, 18446744073709551617, 18446744073709551618] [18446744073709551618, 18446744073709551617, 18446744073709551616] [36893488147419103232, 36893488147419103234, 36893488147419103236] 55340232221128654851 18446744073709551618 [18446744073709551618, 18446744073709551617, 18446744073709551616]
# expect: [(0, 18446744073709551616), (1, 18446744073709551617)] [(18446744073709551616, 'a'), (18446744073709551617, 'b')]
# expect: 0
# expect: 1
# expect: 2
# expect: [-9223372036854775807, -9223372036854775808] [9223372036854775806, 9223372036854775805]
# expect: ValueError: 0 is not in range
