# Lists compare element-wise, then by length.
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
print([] < [0], [2] > [1, 99], [[1]] == [[1]], [1, 2.0] == [1.0, 2])
print([1, "a"] == [1, "a"], [1] == (1,), ["b"] >= ["a", "z"])
# expect: True True True True
# expect: True True True True
# expect: True False True
