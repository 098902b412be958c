# split with and without separators, maxsplit, and rsplit.
s = "  a  b c  "
print(s.split(), s.split(" "), "a,b,,c".split(","))
print("k=v=w".split("=", 1), "k=v=w".rsplit("=", 1), "a b c d".rsplit(None, 2))
print("".split(), "".split(","), "x".split("x"))
# expect: ['a', 'b', 'c'] ['', '', 'a', '', 'b', 'c', '', ''] ['a', 'b', '', 'c']
# expect: ['k', 'v=w'] ['k=v', 'w'] ['a b', 'c', 'd']
# expect: [] [''] ['', '']
