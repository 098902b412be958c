# A parameter name may appear only once.
def f(a, b, a):
    return a
print(f(1, 2, 3))
# expect error: 2:13:
