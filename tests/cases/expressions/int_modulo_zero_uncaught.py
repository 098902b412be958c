# Integer modulo by zero, uncaught.
n = 0
print(10 % n)
# expect runtime error: ZeroDivisionError: integer modulo by zero
