# %-formatting numeric conversions: x X o e g with flags.
print("%x %X %o %#x %#o %e %g %G" % (255, 255, 8, 255, 8, 1234.5, 0.00001, 1e20))
print("%05d|%+d|% d|%-6d|%6.2f|%-8.3e|" % (42, 5, 5, 3, 3.14159, 1234.5))
# expect: ff FF 10 0xff 0o10 1.234500e+03 1e-05 1E+20
# expect: 00042|+5| 5|3     |  3.14|1.234e+03|
