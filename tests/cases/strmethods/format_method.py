# str.format with positional indexes, names, attribute and index access.
print("{} + {} = {}".format(1, 2, 3))
print("{1}{0}{1}".format("a", "b"))
print("{name} is {age}".format(name="ann", age=31))
d = {"k": [10, 20]}
print("{0[k][1]} {d[k]}".format(d, d=d))
print("{0.real} {0.imag} {0.denominator}".format(7))
print("{{literal}} {}".format("x"))
# expect: 1 + 2 = 3
# expect: bab
# expect: ann is 31
# expect: 20 [10, 20]
# expect: 7 0 1
# expect: {literal} x
