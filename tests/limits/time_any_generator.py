# any() consumes a generator expression that never yields a true value: the loop is in the runtime.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
print(any(i < 0 for i in range(10**18)))
