# An unboxed float local that may be unbound still raises UnboundLocalError.
def pick(flag):
    if flag:
        y = 2.5
    return y * 2.0


print(pick(True))
print(pick(False))
# expect: 5.0
# expect runtime error: UnboundLocalError: cannot access local variable 'y' where it is not associated with a value
