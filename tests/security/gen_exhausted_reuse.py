# An exhausted generator stays exhausted.
g = (x for x in [1, 2])
print(list(g), list(g), next(g, "done"))
# expect: [1, 2] [] done
