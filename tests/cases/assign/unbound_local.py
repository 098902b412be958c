# Reading a local before it is assigned is an UnboundLocalError.
total = 10
def add(n):
    total = total + n
    return total
print(add(1))
# expect runtime error: UnboundLocalError: cannot access local variable 'total' where it is not associated with a value
