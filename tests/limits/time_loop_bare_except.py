# Same as above with a bare `except:` around the loop body, retried forever.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
# expect: start
print("start")
n = 0
while True:
    try:
        n += 1
    except:
        print("swallowed")
