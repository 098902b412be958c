# Bitwise operators on floats are a TypeError with the operand types.
try:
    print(1.0 & 1)
except TypeError as e:
    print(e)
print(3 | 1.5)
# expect: unsupported operand type(s) for &: 'float' and 'int'
# expect runtime error: TypeError: unsupported operand type(s) for |: 'int' and 'float'
