# A loop whose body is only a call of a lambda.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
step = lambda x: (x + 1) % 1000
x = 0
while True:
    x = step(x)
