# Floor division and modulo on ints with every sign combination (Python floors toward -inf).
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5), (1, 10), (-1, 10)]
for p in pairs:
    a = p[0]
    b = p[1]
    print(a, b, a // b, a % b)
# expect: 7 2 3 1
# expect: -7 2 -4 1
# expect: 7 -2 -4 -1
# expect: -7 -2 3 -1
# expect: 6 3 2 0
# expect: -6 3 -2 0
# expect: 0 5 0 0
# expect: 0 -5 0 0
# expect: 1 10 0 1
# expect: -1 10 -1 9
