# An exhausted zip keeps its iterators and asks the first one again on every next(), as CPython does.
# expect: [] None [3]
# expect: [11] None []
# expect: (0, 1) [] [3]
a = iter([1, 2, 3])
z = zip(a, iter([]))
print(list(z), next(z, None), list(a))
b = iter([1, 2, 3])
m = map(lambda x, y: x + y, b, iter([10]))
print(list(m), next(m, None), list(b))
c = iter([1, 2, 3])
e = enumerate(c)
print(next(e), list(zip(e, iter([]))), list(c))
