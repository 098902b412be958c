# Every ZeroDivisionError message for / // % on ints, floats and big ints, caught one by one.
def div(a, b):
    return a / b
def fdiv(a, b):
    return a // b
def mod(a, b):
    return a % b
ops = [div, fdiv, mod]
values = [1, 1.5, 2 ** 80]
zeros = [0, 0.0]
for op in ops:
    for v in values:
        for z in zeros:
            try:
                op(v, z)
            except ZeroDivisionError as e:
                print(e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(e)
# expect: division by zero
# expect: float division by zero
# expect: float division by zero
# expect: float division by zero
# expect: division by zero
# expect: float division by zero
# expect: integer division or modulo by zero
# expect: float floor division by zero
# expect: float floor division by zero
# expect: float floor division by zero
# expect: integer division or modulo by zero
# expect: float floor division by zero
# expect: integer modulo by zero
# expect: float modulo
# expect: float modulo
# expect: float modulo
# expect: integer modulo by zero
# expect: float modulo
# expect: 0.0 cannot be raised to a negative power
