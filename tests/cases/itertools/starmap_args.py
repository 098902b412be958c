# starmap() calls the function with each item unpacked: tuples, lists and any iterable item.
from itertools import starmap

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda a, b: a + b, [[1, 2], "ab", (x for x in (5, 6))])))
print(list(starmap(max, [(1, 9, 3), (4, 2)])))
print(list(starmap(lambda: "none", [(), []])))
prices = [("apple", 3, 0.5), ("pear", 2, 0.75)]
print(list(starmap(lambda name, n, unit: f"{name}: {n * unit:.2f}", prices)))
try:
    list(starmap(pow, [1]))
except TypeError as e:
    print("TypeError:", e)
# expect: [32, 9, 1000]
# expect: [3, 'ab', 11]
# expect: [9, 4]
# expect: ['none', 'none']
# expect: ['apple: 1.50', 'pear: 1.50']
# expect: TypeError: 'int' object is not iterable
