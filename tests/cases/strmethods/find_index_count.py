# find/rfind return -1, index raises; count is non-overlapping.
s = "banana"
print(s.find("an"), s.rfind("an"), s.find("x"), s.find("a", 2), s.find("a", 2, 3))
print(s.index("n"), s.rindex("n"), s.count("a"), s.count("ana"), s.count(""))
try:
    s.index("z")
except ValueError as e:
    print(e)
# expect: 1 3 -1 3 -1
# expect: 2 4 3 1 7
# expect: substring not found
