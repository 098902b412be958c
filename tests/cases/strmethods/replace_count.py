# replace with a count limit and with an empty pattern.
print("aaaa".replace("a", "b", 2), "a-b-c".replace("-", ""), "abc".replace("", "."))
# expect: bbaa abc .a.b.c.
