# Function definitions nested inside functions are outside the subset.
def outer(x):
    def inner(y):
        return y + 1
    return inner(x)
print(outer(1))
# expect error: 3:5: nested function definition is not supported
