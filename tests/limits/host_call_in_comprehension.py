# Host calls from a comprehension over a huge range.
# limit: --max-host-calls 50
# host: lookup -> "v"
# expect limit: HostCallLimitExceeded
vals = [lookup(i) for i in range(10**9)]
print(len(vals))
