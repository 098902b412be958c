# An exception raised inside a comprehension propagates out of it.
vals = ["1", "2", "x", "4"]
try:
    print([int(v) for v in vals])
except ValueError as e:
    print(e)
print([int(v) for v in vals if v.isdigit()])
# expect: invalid literal for int() with base 10: 'x'
# expect: [1, 2, 4]
