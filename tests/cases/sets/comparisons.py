# Subset and superset comparisons.
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a)
print(a == {2, 1}, a != b, {1, 4} < b, {1, 4} > b)
print(a.issubset(b), b.issuperset(a), a.isdisjoint({3, 4}), a.isdisjoint(b))
# expect: True True True True False True
# expect: True True False False
# expect: True True True False
