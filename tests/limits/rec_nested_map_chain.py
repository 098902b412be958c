# 300,000 nested map objects: asking the outermost for an item recurses through every level in C. Their
# nesting is bounded like generator nesting (RecursionError, here uncaught); dropping the chain afterwards
# is iterative (no test can see it, but the run must not crash before the error is reported).
# limit:
# expect limit: RecursionError
it = iter([1])
for _ in range(300000):
    it = map(abs, it)
print(list(it))
