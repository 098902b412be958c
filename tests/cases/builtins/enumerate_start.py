# enumerate with a start value over different iterables.
for i, c in enumerate("abc", 1):
    print(i, c)
print(list(enumerate([10, 20], start=-1)), list(enumerate({})))
# expect: 1 a
# expect: 2 b
# expect: 3 c
# expect: [(-1, 10), (0, 20)] []
