# Every ZeroDivisionError message variant.
for f in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1 // 0.0, lambda: 1.5 % 0, lambda: divmod(1, 0), lambda: 0 ** -1, lambda: 0.0 ** -1]:
    try:
        f()
    except ZeroDivisionError as e:
        print(e)
# expect: division by zero
# expect: integer division or modulo by zero
# expect: integer modulo by zero
# expect: float division by zero
# expect: float floor division by zero
# expect: float modulo
# expect: integer division or modulo by zero
# expect: 0.0 cannot be raised to a negative power
# expect: 0.0 cannot be raised to a negative power
