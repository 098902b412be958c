# Numeric builtins together.
print(abs(-7), round(3.14159, 3), divmod(17, 5), pow(2, 10), pow(2.0, -1), round(-2.5))
# expect: 7 3.142 (3, 2) 1024 0.5 -2
