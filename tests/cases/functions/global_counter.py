# global lets a function rebind a module variable; without it, the read is of the global.
calls = 0
def tick():
    global calls
    calls += 1
def peek():
    return calls
for _ in range(4):
    tick()
print(calls, peek())
# expect: 4 4
