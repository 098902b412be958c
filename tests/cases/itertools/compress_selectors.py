# compress() keeps the items whose selector is true, and stops at the shorter of the two.
from itertools import compress, cycle

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress(range(10), cycle([True, False, False]))))
print(list(compress([1, 2, 3], [0, "", None])), list(compress("abc", [1])))
names = ["ada", "bob", "cy"]
active = [n != "bob" for n in names]
print(list(compress(names, active)))
print(list(compress(data=[1, 2], selectors=[1, 1])))
# expect: ['A', 'C', 'E', 'F']
# expect: [0, 3, 6, 9]
# expect: [] ['a']
# expect: ['ada', 'cy']
# expect: [1, 2]
