# Tuple unpacking: flat, nested, from lists and strings, swap, and chained unpacking (targets assigned left to right).
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = (10, 20), 30
print(x, y, z)
first, (second, third), fourth = [1, [2, 3], 4]
print(first, second, third, fourth)
p, q, r = "abc"
print(p, q, r)
[m, n] = (5, 6)
print(m, n)
a, b, c = b, c, a = 7, 8, 9
print(a, b, c)
# expect: 1 2
# expect: 2 1
# expect: 10 20 30
# expect: 1 2 3 4
# expect: a b c
# expect: 5 6
# expect: 9 7 8
