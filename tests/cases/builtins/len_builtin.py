# len of every sized type.
print(len("héllo"), len([1, 2]), len((1,)), len({"a": 1}), len(""), len(range(10)), len(range(0, 10, 3)))
print(len(range(5, 0, -2)), len(range(3, 3)), len("😀😀"))
# expect: 5 2 1 1 0 10 4
# expect: 3 0 2
