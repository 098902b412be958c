# reversed over lists, strings, tuples, ranges and dicts.
print(list(reversed([1, 2, 3])), "".join(reversed("abc")), tuple(reversed((1, 2))))
print(list(reversed(range(1, 8, 3))), list(reversed({"a": 1, "b": 2})))
# expect: [3, 2, 1] cba (2, 1)
# expect: [7, 4, 1] ['b', 'a']
