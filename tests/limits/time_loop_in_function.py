# The infinite loop is inside a function called from the module.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
# expect: start
def spin():
    n = 0
    while True:
        n += 1
print("start")
spin()
