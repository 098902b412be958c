# format() builtin with specs.
print(format(3.14159, ".2f"), format(42, "08b"), format(1234567, ","), format("x", ">3"), format(0.5, "%"))
print(format(255, "#x"), format(-3, "+d"), format(12, ""), format(True, "d"))
# expect: 3.14 00101010 1,234,567   x 50.000000%
# expect: 0xff -3 12 1
