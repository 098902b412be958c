# String methods return new strings; the original is unchanged.
s = "Hello"
u = s.upper()
print(s, u, s.replace("l", "L"), s)
# expect: Hello HELLO HeLLo Hello
