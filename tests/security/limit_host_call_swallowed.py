# HostCallLimitExceeded passes except BaseException.
print("start")
try:
    while True:
        tool()
except BaseException:
    print("caught")
# limit: --max-host-calls 10
# host: tool -> {"a": 1}
# expect: start
# expect limit: HostCallLimitExceeded
