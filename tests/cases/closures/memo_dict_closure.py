# Memoisation with a dict captured by a closure.
def memo_fib():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib, cache
fib, cache = memo_fib()
print(fib(80))
print(len(cache))
# expect: 23416728348467685
# expect: 81
