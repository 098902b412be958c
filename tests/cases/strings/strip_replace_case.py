# strip family, replace, upper and lower.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "--a--".lstrip("-"), "--a--".rstrip("-"))
print(s.replace("l", "L"), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("MiXeD 123 é".upper(), "MiXeD 123 É".lower())
# expect: 'Hello, World!' 'Hello, World!  ' '  Hello, World!'
# expect: hi a-- --a
# expect:   HeLLo, WorLd!   bba -a-b-c-
# expect: MIXED 123 É mixed 123 é
