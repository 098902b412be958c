# abs() of a str.
print(abs("-3"))
# expect runtime error: TypeError: bad operand type for abs(): 'str'
