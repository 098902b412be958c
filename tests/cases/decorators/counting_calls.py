# A decorator keeping a call count in a closure.
def counted(fn):
    calls = 0
    def wrapper(*a):
        nonlocal calls
        calls += 1
        return (calls, fn(*a))
    return wrapper
@counted
def sq(x):
    return x * x
print(sq(2), sq(3), sq(4))
# expect: (1, 4) (2, 9) (3, 16)
