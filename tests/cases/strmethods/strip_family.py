# strip/lstrip/rstrip with and without a character set.
s = "xx--hello--xx"
print(s.strip("x"), s.strip("x-"), s.lstrip("x"), s.rstrip("-x"))
print(repr("\t pad \n".strip()), repr("  left".lstrip()), repr("right  ".rstrip()))
# expect: --hello-- hello --hello--xx xx--hello
# expect: 'pad' 'left' 'right'
