# int and float mix: the result is a float; sums of prices keep binary rounding.
prices = [19.99, 5.01, 0.1, 3]
total = 0
for p in prices:
    total += p
print(total)
print(3 * 0.1, 0.1 * 3 == 0.3)
print(10 - 0.5, 2 * 2.5, 7 + 0.0)
print(1.1 + 2.2, 100 * 1.1)
# expect: 28.1
# expect: 0.30000000000000004 False
# expect: 9.5 5.0 7.0
# expect: 3.3000000000000003 110.00000000000001
