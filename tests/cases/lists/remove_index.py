# remove deletes the first match; index finds the first position.
xs = ["a", "b", "c", "b"]
xs.remove("b")
print(xs, xs.index("b"), xs.index("a"))
print([1, 2, 3].index(3))
try:
    xs.remove("zz")
except ValueError as e:
    print(e)
print(xs.index("q"))
# expect: ['a', 'c', 'b'] 2 0
# expect: 2
# expect: list.remove(x): x not in list
# expect runtime error: ValueError: 'q' is not in list
