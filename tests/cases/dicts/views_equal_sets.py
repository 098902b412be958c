# keys and items views equal sets (and each other) as sets; values views only themselves.
d = {1: 2, 3: 4}
print(d.keys() == {1, 3}, {1, 3} == d.keys(), d.keys() != {1}, d.items() == {(1, 2), (3, 4)}, frozenset({1, 3}) == d.keys())
print(d.values() == d.values(), d.keys() == [1, 3], d.keys() == d.keys(), {1: 2}.keys() == {1: 5}.keys())
# expect: True True True True True
# expect: False False True True
