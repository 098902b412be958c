# map and filter with lambdas, consumed by list.
nums = [1, 2, 3, 4, 5, 6]
print(list(map(lambda x: x * x, nums)))
print(list(filter(lambda x: x % 2 == 0, nums)))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])))
# expect: [1, 4, 9, 16, 25, 36]
# expect: [2, 4, 6]
# expect: [11, 22, 33]
