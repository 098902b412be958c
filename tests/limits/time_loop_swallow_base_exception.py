# A loop that swallows every exception: except BaseException must not catch the time limit, so
# "swallowed" is never printed and the finally cannot keep the loop alive.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
# expect: start
print("start")
while True:
    try:
        while True:
            pass
    except BaseException:
        print("swallowed")
    finally:
        pass
