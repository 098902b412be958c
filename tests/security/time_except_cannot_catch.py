# TimeLimitExceeded passes every except, including a bare one.
print("start")
try:
    while True:
        pass
except:
    print("caught")
# limit: --max-time 1
# expect: start
# expect limit: TimeLimitExceeded
