# Int true division is correctly rounded even for big operands.
print(10 ** 30 / 10 ** 10, 1 / 3, 2 ** 60 / 3)
print(7 / 7, type(7 / 7).__name__)
# expect: 1e+20 0.3333333333333333 3.843071682022823e+17
# expect: 1.0 float
