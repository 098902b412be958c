# str.maketrans with two strings, with a deletion string, and with a dict.
t = str.maketrans("abc", "xyz")
print("aabbcc".translate(t))
t2 = str.maketrans("", "", "aeiou")
print("education".translate(t2))
t3 = str.maketrans({"a": "4", "e": None, "o": "0"})
print("hello there world".translate(t3))
# expect: xxyyzz
# expect: dctn
# expect: hll0 thr w0rld
