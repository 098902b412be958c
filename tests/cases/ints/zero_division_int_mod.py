# int % 0 has its own message.
n = 0
print(7 % n)
# expect runtime error: ZeroDivisionError: integer modulo by zero
