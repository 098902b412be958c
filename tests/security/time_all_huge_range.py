# all() over a huge range: one call, the loop is in the runtime.
print(all(range(1, 10**18)))
# limit: --max-time 1
# expect limit: TimeLimitExceeded
