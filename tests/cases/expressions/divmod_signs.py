# divmod on ints and floats with all sign combinations.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(a, b, divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2))
print(divmod(10 ** 20 + 3, 7))
# expect: 7 2 (3, 1)
# expect: -7 2 (-4, 1)
# expect: 7 -2 (-4, -1)
# expect: -7 -2 (3, -1)
# expect: (3.0, 1.5) (-4.0, 0.5)
# expect: (14285714285714285714, 5)
