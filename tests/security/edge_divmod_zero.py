# Division by zero on big and small ints.
try:
    (10 ** 100) // 0
except ZeroDivisionError as e:
    print(e)
print(divmod(1, 0))
# expect: integer division or modulo by zero
# expect runtime error: ZeroDivisionError: integer division or modulo by zero
