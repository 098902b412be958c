# Recursion through a lambda bound to a global name.
# limit: --max-depth 200
# expect limit: RecursionError
f = lambda n: f(n + 1) + 1
f(0)
