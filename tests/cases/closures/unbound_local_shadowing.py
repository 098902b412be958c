# Assigning a name anywhere in a function makes it local; reading it first is UnboundLocalError.
count = 5
def bump():
    count += 1
    return count
try:
    bump()
except UnboundLocalError as e:
    print(e)
# expect: cannot access local variable 'count' where it is not associated with a value
