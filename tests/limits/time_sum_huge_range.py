# sum() over a huge range: one builtin call that iterates for centuries.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
print(sum(range(10**18)))
