# The same with no flag: the default host-call limit (1000) applies.
# limit:
# host: ping -> 1
# expect limit: HostCallLimitExceeded
while True:
    ping()
