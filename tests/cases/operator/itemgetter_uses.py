# itemgetter(): one item or a tuple of items, from sequences and dicts; the usual sort and max key.
from operator import itemgetter

rows = [("ada", 36, "eu"), ("bob", 25, "us"), ("cy", 36, "us")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0), reverse=True))
print(max(rows, key=itemgetter(1)), list(map(itemgetter(0), rows)))
print(itemgetter(1)("abc"), itemgetter(0, -1)("abc"), itemgetter("a", "b")({"a": 1, "b": 2}))
print(itemgetter(2, 0)([7, 8, 9]))
people = [{"name": "x", "age": 3}, {"name": "y", "age": 1}]
print([p["name"] for p in sorted(people, key=itemgetter("age"))])
print(repr(itemgetter(1)), repr(itemgetter("a", 2)))
for f, v in [(itemgetter(5), [1]), (itemgetter("z"), {}), (itemgetter(0), 5)]:
    try:
        f(v)
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
# expect: [('bob', 25, 'us'), ('ada', 36, 'eu'), ('cy', 36, 'us')] [('cy', 36, 'us'), ('ada', 36, 'eu'), ('bob', 25, 'us')]
# expect: ('ada', 36, 'eu') ['ada', 'bob', 'cy']
# expect: b ('a', 'c') (1, 2)
# expect: (9, 7)
# expect: ['y', 'x']
# expect: operator.itemgetter(1) operator.itemgetter('a', 2)
# expect: IndexError list index out of range
# expect: KeyError 'z'
# expect: TypeError 'int' object is not subscriptable
