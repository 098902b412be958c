# int() of infinity overflows.
x = float('inf')
print(int(x))
# expect runtime error: OverflowError: cannot convert float infinity to integer
