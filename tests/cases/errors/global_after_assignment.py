# A global declaration after the name is assigned in the same function.
def f():
    x = 1
    global x
    return x
print(f())
# expect error: 4:5:
