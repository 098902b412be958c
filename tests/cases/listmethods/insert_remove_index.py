# insert (incl. negative and past-end), remove first occurrence, index with start.
xs = [1, 2, 3]
xs.insert(0, 0)
xs.insert(-1, 2.5)
xs.insert(100, 9)
print(xs)
xs.remove(2)
print(xs, xs.index(9), [1, 2, 1].index(1, 1))
try:
    xs.remove(42)
except ValueError as e:
    print(e)
# expect: [0, 1, 2, 2.5, 3, 9]
# expect: [0, 1, 2.5, 3, 9] 4 2
# expect: list.remove(x): x not in list
