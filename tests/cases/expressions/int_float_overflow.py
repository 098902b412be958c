# Converting a huge int to float overflows.
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print(e)
print(10 ** 400 // 10 ** 399)
# expect: int too large to convert to float
# expect: integer division result too large for a float
# expect: 10
