# Set operators require sets on both sides (methods accept any iterable).
a = {1, 2}
print(a.union([3]))
try:
    a | [3]
except TypeError as e:
    print(e)
# expect: {1, 2, 3}
# expect: unsupported operand type(s) for |: 'set' and 'list'
