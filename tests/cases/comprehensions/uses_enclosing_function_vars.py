# Comprehensions inside functions read locals and parameters.
def scale_all(xs, k):
    offset = 1
    return [x * k + offset for x in xs]
print(scale_all([1, 2, 3], 10))
# expect: [11, 21, 31]
