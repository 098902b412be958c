# A bare * must be followed by at least one keyword-only parameter.
def f(a, *):
    return a
print(f(1))
# expect error: 2:10:
