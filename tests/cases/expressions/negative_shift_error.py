# A negative shift count is a ValueError.
try:
    print(1 << -1)
except ValueError as e:
    print(e)
print(8 >> -2)
# expect: negative shift count
# expect runtime error: ValueError: negative shift count
