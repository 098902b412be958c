# Host calls in a loop.
while True:
    tool()
# limit: --max-host-calls 10
# host: tool -> {"a": 1}
# expect limit: HostCallLimitExceeded
