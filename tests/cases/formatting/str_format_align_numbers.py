# str.format and format() agree with f-strings.
v = 1234.5
print("{:>12,.2f}".format(v) == f"{v:>12,.2f}", format(v, "e"), "{:_}".format(10 ** 7))
# expect: True 1.234500e+03 10_000_000
