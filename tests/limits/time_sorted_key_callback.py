# sorted() with a key function that is itself slow: the time passes in Python code called by the runtime.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
def slow_key(v):
    n = 0
    for i in range(10**12):
        n += i
    return n
print(sorted([3, 1, 2], key=slow_key))
