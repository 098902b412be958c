# filterfalse() keeps the items its predicate calls false; None or bool tests the items themselves.
from itertools import filterfalse

print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(list(filterfalse(bool, [0, 2, 0.0, 3])))
print(list(filterfalse(str.isupper, "aBcDe")))
evens, odds = list(filterfalse(lambda n: n % 2, range(6))), list(filter(lambda n: n % 2, range(6)))
print(evens, odds)
# expect: [0, 2, 4, 6, 8]
# expect: [0, '', None, []]
# expect: [0, 0.0]
# expect: ['a', 'c', 'e']
# expect: [0, 2, 4] [1, 3, 5]
