# RecursionError is an ordinary exception: catch it and go on.
def f(n):
    return f(n + 1)

for i in range(3):
    try:
        f(0)
    except RecursionError:
        print("caught", i)
# expect: caught 0
# expect: caught 1
# expect: caught 2
