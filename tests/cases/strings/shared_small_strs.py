# The empty str and one-character ASCII strs a program makes at run time are shared, as in CPython.
s = "abc"
t = "cab"
print(s[0] is t[1], s[2] is t[0], list("aba")[0] is list("aba")[2])
empty = s[1:1]
print(empty is s[5:], "".join([]) is empty, t[:0] is empty, len(empty))
first = [w[0] for w in ["xa", "xb", "yc"]]
print(first[0] is first[1], first[0] == first[1], first)
d = {}
for ch in "hello":
    d[ch] = d.get(ch, 0) + 1
print(d)
# expect: True True True
# expect: True True True 0
# expect: True True ['x', 'x', 'y']
# expect: {'h': 1, 'e': 1, 'l': 2, 'o': 1}
