# except BaseException around the host call must not catch the host-call limit.
# limit: --max-host-calls 50
# host: fetch -> [1, 2, 3]
# expect limit: HostCallLimitExceeded
# expect: start
print("start")
while True:
    try:
        fetch("x")
    except BaseException:
        print("swallowed")
