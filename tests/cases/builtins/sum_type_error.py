# sum of strings mixed with ints.
values = [1, "2", 3]
print(sum(values))
# expect runtime error: TypeError: unsupported operand type(s) for +: 'int' and 'str'
