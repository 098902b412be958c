# A loop that calls a host function forever.
# limit: --max-host-calls 50
# host: ping -> {"ok": true}
# expect limit: HostCallLimitExceeded
n = 0
while True:
    ping(n)
    n += 1
