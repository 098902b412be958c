# int -> str beyond 4300 digits is refused, as in CPython.
x = 10 ** 5000
print(len(str(x)))
# expect runtime error: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
