# Recursion through map and a lambda (runtime frames in between).
f = lambda n: list(map(f, [n + 1]))
f(0)
# expect runtime error: RecursionError: maximum recursion depth exceeded
