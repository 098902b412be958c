# A name cannot be both a parameter and nonlocal.
def outer():
    x = 1
    def inner(x):
        nonlocal x
        return x
    return inner(2)
print(outer())
# expect error: 5:9:
