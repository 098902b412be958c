# + and * on lists, and membership.
a = [1, 2]
b = a + [3]
print(a, b, a * 2, [0] * 3, [] * 5)
a += [4]
print(a, 4 in a, 5 in a, 5 not in a, [1] in [[1], 2])
print("x" in ["x", "y"], 2.0 in [1, 2])
# expect: [1, 2] [1, 2, 3] [1, 2, 1, 2] [0, 0, 0] []
# expect: [1, 2, 4] True False True True
# expect: True True
