# print with several arguments, sep=, end= and no arguments.
print("a", "b", 3)
print("a", "b", sep="")
print("x", "y", "z", sep=", ")
print("no newline", end="")
print(" <- continued")
print("dots", end="...\n")
print()
print(1, 2, sep="\n")
print("tab", "sep", sep="\t", end="|\n")
print(None, True, 1.0, [1], "s")
# expect: a b 3
# expect: ab
# expect: x, y, z
# expect: no newline <- continued
# expect: dots...
# expect:
# expect: 1
# expect: 2
# expect: tab	sep|
# expect: None True 1.0 [1] s
