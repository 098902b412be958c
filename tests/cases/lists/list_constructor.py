# list() from strings, tuples, ranges, dicts and lists (a copy).
print(list(), list("abc"), list((1, 2)), list(range(3)))
d = {"b": 1, "a": 2}
print(list(d))
orig = [1, 2]
copy = list(orig)
copy.append(3)
print(orig, copy)
# expect: [] ['a', 'b', 'c'] [1, 2] [0, 1, 2]
# expect: ['b', 'a']
# expect: [1, 2] [1, 2, 3]
