# Chained comparisons evaluate each operand once and short-circuit.
calls = []
def val(x):
    calls.append(x)
    return x
print(1 < val(2) < 3)
print(calls)
print(val(5) < val(1) < val(10))
print(calls)
x = 5
print(0 <= x < 10, 0 < x == 5 > 4, 1 < 2 > 3, "a" < "b" < "c" != "c")
# expect: True
# expect: [2]
# expect: False
# expect: [2, 5, 1]
# expect: True True False False
