# split with and without separators, join.
line = "  alpha  beta\tgamma\n"
print(line.split())
print("a,b,,c".split(","))
print("a,b,,c".split(",", 1))
print("k=v=w".split("="))
print("".split(), "".split(","))
print("-".join(["x", "y", "z"]), "".join(["a", "b"]), ", ".join([]))
words = "the quick brown fox".split(" ")
print(" | ".join(words))
# expect: ['alpha', 'beta', 'gamma']
# expect: ['a', 'b', '', 'c']
# expect: ['a', 'b,,c']
# expect: ['k', 'v', 'w']
# expect: [] ['']
# expect: x-y-z ab 
# expect: the | quick | brown | fox
