# An uncaught TypeError from mixing types.
print("total:", 3 + None)
# expect runtime error: TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'
