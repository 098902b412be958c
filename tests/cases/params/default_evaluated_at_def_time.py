# Default values are evaluated once, when def runs, not at each call.
n = 10
def f(x=n * 2):
    return x
n = 99
print(f())
# expect: 20
