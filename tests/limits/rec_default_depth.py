# Plain infinite recursion with no flag: the default depth (1000) applies.
# limit:
# expect limit: RecursionError
def f(n):
    return 1 + f(n + 1)
print(f(0))
