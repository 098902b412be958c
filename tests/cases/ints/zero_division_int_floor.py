# int // 0 has its own message.
print(7 // 0)
# expect runtime error: ZeroDivisionError: integer division or modulo by zero
