# The infinite loop is in a closure two levels deep, called through a variable.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
def outer():
    count = 0
    def inner():
        nonlocal count
        while True:
            count += 1
    return inner
run = outer()
run()
