# int / 0 raises ZeroDivisionError: division by zero.
total = 10
count = 0
print("before")
avg = total / count
print("not reached")
# expect: before
# expect runtime error: ZeroDivisionError: division by zero
