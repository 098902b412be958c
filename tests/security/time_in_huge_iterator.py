# `in` over an endless-looking iterator.
print(-1 in iter(range(10**18)))
# limit: --max-time 1
# expect limit: TimeLimitExceeded
