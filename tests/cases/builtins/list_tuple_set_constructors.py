# list/tuple/set/frozenset constructors from various iterables.
print(list("ab"), list((1, 2)), list({"k": 1}), list(range(3)), list())
print(tuple([1, 2]), tuple("xy"), tuple(), sorted(set([3, 3, 1])), frozenset("aa"))
# expect: ['a', 'b'] [1, 2] ['k'] [0, 1, 2] []
# expect: (1, 2) ('x', 'y') () [1, 3] frozenset({'a'})
