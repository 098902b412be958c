# all() over a range of 10**18 true values: the loop is inside the runtime, which must spend fuel per item.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
print(all(range(1, 10**18)))
