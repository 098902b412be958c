# Union, intersection, difference and symmetric difference operators.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a | set(), set() & a)
# expect: {1, 2, 3, 4, 5} {3, 4} {1, 2} {5} {1, 2, 5}
# expect: {1, 2, 3, 4} set()
