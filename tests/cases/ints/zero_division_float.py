# float % 0.0 raised uncaught.
ratio = 3.5
print(ratio % 0.0)
# expect runtime error: ZeroDivisionError: float modulo
