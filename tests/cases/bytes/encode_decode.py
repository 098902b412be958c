# str.encode / bytes.decode with utf-8.
s = "héllo €"
b = s.encode()
print(b, len(s), len(b))
print(b.decode("utf-8") == s, "abc".encode("ascii"))
# expect: b'h\xc3\xa9llo \xe2\x82\xac' 7 10
# expect: True b'abc'
