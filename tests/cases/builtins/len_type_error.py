# len() of an int.
n = 42
print(len(n))
# expect runtime error: TypeError: object of type 'int' has no len()
