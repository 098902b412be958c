# Calling a closure before its free variable is assigned raises NameError.
def outer():
    def show():
        return value
    try:
        show()
    except NameError as e:
        print(type(e).__name__, e)
    value = 1
    return show()
print(outer())
# expect: NameError cannot access free variable 'value' where it is not associated with a value in enclosing scope
# expect: 1
