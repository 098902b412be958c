# A closure reads the current value of its cell, including assignments made after the def.
def outer():
    def show():
        return msg
    msg = "first"
    a = show()
    msg = "second"
    return a, show()
print(outer())
# expect: ('first', 'second')
