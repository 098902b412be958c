# zip_longest() pads the shorter iterables with fillvalue (None by default) until the longest one ends.
from itertools import zip_longest

print(list(zip_longest("ABCD", "xy")))
print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest([1, 2], [3], [4, 5, 6], fillvalue=0)))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest("ab")))
headers, row = ["id", "name", "email"], [7, "ada"]
print(dict(zip_longest(headers, row, fillvalue="")))
try:
    zip_longest([1], fill=0)
except TypeError as e:
    print("TypeError:", e)
try:
    zip_longest([1], 2)
except TypeError as e:
    print("TypeError:", e)
# expect: [('A', 'x'), ('B', 'y'), ('C', None), ('D', None)]
# expect: [('A', 'x'), ('B', 'y'), ('C', '-'), ('D', '-')]
# expect: [(1, 3, 4), (2, 0, 5), (0, 0, 6)]
# expect: [] [] [('a',), ('b',)]
# expect: {'id': 7, 'name': 'ada', 'email': ''}
# expect: TypeError: zip_longest() got an unexpected keyword argument
# expect: TypeError: 'int' object is not iterable
