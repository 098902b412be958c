# print with custom sep/end, empty sep, no args, and sep=None.
print(1, 2, 3, sep=", ", end=";\n")
print("a", "b", sep="")
print()
print("x", end="")
print("y", sep=None)
print(*[1, 2], sep="-", end=None)
# expect: 1, 2, 3;
# expect: ab
# expect:
# expect: xy
# expect: 1-2
