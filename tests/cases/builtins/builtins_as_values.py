# Builtin functions can be stored and called through variables.
conv = int
print(conv("12") + 1)
fns = [str, len, abs]
print(fns[0](5) + "!", fns[1]("abc"), fns[2](-2))
# expect: 13
# expect: 5! 3 2
