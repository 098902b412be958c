# str.format with format specs and nested replacement fields.
print("{:>8}|{:<6}|{:^7}|".format("r", "l", "c"))
print("{:08.3f} {:,} {:x}".format(3.14159, 1234567, 255))
print("{:{w}.{p}f}".format(2.71828, w=10, p=2))
# expect:        r|l     |   c   |
# expect: 0003.142 1,234,567 ff
# expect:       2.72
