# Characters from every plane round-trip.
s = "a\u00e9\u20ac\U0001F600\U0010FFFF"
b = s.encode()
print(len(s), len(b), b.decode() == s, [hex(ord(c)) for c in s])
# expect: 5 14 True ['0x61', '0xe9', '0x20ac', '0x1f600', '0x10ffff']
