# Unary operators on the wrong type.
try:
    -"a"
except TypeError as e:
    print(e)
try:
    ~1.5
except TypeError as e:
    print(e)
print(-[1])
# expect: bad operand type for unary -: 'str'
# expect: bad operand type for unary ~: 'float'
# expect runtime error: TypeError: bad operand type for unary -: 'list'
