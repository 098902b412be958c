# Cells of a closure.
def outer():
    secret = 42
    def inner():
        return secret
    return inner

print(outer().__closure__[0].cell_contents)
# expect error: 8:15: attribute '__closure__' is not supported
