# Mixing positional-only, normal and keyword-only parameters.
def f(a, b=2, /, c=3, *, d, e=5):
    return (a, b, c, d, e)
print(f(1, d=4))
print(f(1, 20, 30, d=40))
print(f(1, c=9, d=8, e=7))
# expect: (1, 2, 3, 4, 5)
# expect: (1, 20, 30, 40, 5)
# expect: (1, 2, 9, 8, 7)
