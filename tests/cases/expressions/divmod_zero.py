# divmod by zero raises ZeroDivisionError.
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
divmod(1.0, 0.0)
# expect: integer division or modulo by zero
# expect runtime error: ZeroDivisionError: float divmod()
