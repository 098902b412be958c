# Inputs are globals: functions can read them, and global can rebind them.
# input: rate = 3
# input: history = []
def scaled(x):
    return x * rate
def record(v):
    global rate
    history.append(v)
    rate = rate + 1
print(scaled(2))
record(10)
print(scaled(2), history, rate)
# expect: 6
# expect: 8 [10] 4
