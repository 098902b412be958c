# set() from a string and from a dict (keys); printed sorted.
print(sorted(set("mississippi")))
print(sorted(set({"b": 1, "a": 2})))
print(set(range(5)), set((4, 4, 0)))
# expect: ['i', 'm', 'p', 's']
# expect: ['a', 'b']
# expect: {0, 1, 2, 3, 4} {0, 4}
