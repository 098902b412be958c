# Common bytes methods mirror str.
b = b"  Key=Value;Other=1  "
print(b.strip(), b.strip().split(b";"), b.upper(), b.find(b"="))
print(b"abc".startswith(b"ab"), b"-".join([b"a", b"b"]), b"ab" * 2, b"a" + b"b")
print(b"abc".hex(), bytes.fromhex("6869"), b"x" in b"xyz", 120 in b"xyz")
# expect: b'Key=Value;Other=1' [b'Key=Value', b'Other=1'] b'  KEY=VALUE;OTHER=1  ' 5
# expect: True b'a-b' b'abab' b'ab'
# expect: 616263 b'hi' True True
