# The comprehension variable does not leak into the enclosing scope.
x = "outer"
ys = [x for x in range(3)]
print(x, ys)
# expect: outer [0, 1, 2]
