# 'in' over an iterator that never yields the value: the search loop is inside the runtime.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
print(-1 in iter(range(10**18)))
