# Walrus in a comprehension filter avoids recomputing, and binds in the enclosing scope.
vals = [1, 4, 9, 16, 25]
res = [y for x in vals if (y := x * 2) > 10]
print(res, y)
# expect: [18, 32, 50] 50
