# %-formatting argument errors.
for fmt, args in [("%d %d", (1,)), ("%d", (1, 2)), ("%d", ("x",))]:
    try:
        print(fmt % args)
    except TypeError as e:
        print(e)
"%z" % 1
# expect: not enough arguments for format string
# expect: not all arguments converted during string formatting
# expect: %d format: a real number is required, not str
# expect runtime error: ValueError: unsupported format character 'z' (0x7a) at index 1
