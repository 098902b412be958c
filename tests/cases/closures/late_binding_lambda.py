# Lambdas in a comprehension share the variable; binding through a default fixes it.
late = [lambda: k for k in range(4)]
early = [lambda k=k: k for k in range(4)]
print([f() for f in late])
print([f() for f in early])
# expect: [3, 3, 3, 3]
# expect: [0, 1, 2, 3]
