# Ellipsis is an ordinary object to operators: CPython's TypeErrors name its type, 'ellipsis'.
for f in [lambda: ... + 1, lambda: len(...), lambda: ...[0], lambda: int | ...]:
    try:
        f()
    except TypeError as e:
        print(e)
print(isinstance(..., type(...)), type(...) is type(...))
# expect: unsupported operand type(s) for +: 'ellipsis' and 'int'
# expect: object of type 'ellipsis' has no len()
# expect: 'ellipsis' object is not subscriptable
# expect: unsupported operand type(s) for |: 'type' and 'ellipsis'
# expect: True True
