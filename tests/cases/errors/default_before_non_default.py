# A parameter without a default cannot follow one with a default.
def f(a=1, b):
    return a
print(f(1, 2))
# expect error: 2:12:
