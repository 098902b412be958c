# Generator expressions materialised by sorted, list, tuple, set and dict.
words = ["b", "a", "c", "a"]
print(sorted(w.upper() for w in words))
print(list(w * 2 for w in words), tuple(len(w) for w in words))
print(sorted(set(w for w in words)))
print(dict((w, i) for i, w in enumerate(words)))
# expect: ['A', 'A', 'B', 'C']
# expect: ['bb', 'aa', 'cc', 'aa'] (1, 1, 1, 1)
# expect: ['a', 'b', 'c']
# expect: {'b': 0, 'a': 3, 'c': 2}
