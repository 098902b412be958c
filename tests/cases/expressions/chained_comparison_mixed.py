# Chained comparisons mixing int/float and membership.
x = 5
print(0 <= x < 10, 0 < x < 5, 1.5 < x <= 5.0)
print(1 in [1, 2] in [[1, 2]])
print("a" < "b" < "c" < "ab")
# expect: True False True
# expect: True
# expect: False
