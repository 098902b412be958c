# str -> int beyond 4300 digits is refused, as in CPython.
print(int("7" * 5000))
# expect runtime error: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
