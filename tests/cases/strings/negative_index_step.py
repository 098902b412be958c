# Negative indices, negative steps and out-of-range slice bounds.
s = "abcdefgh"
print(s[-1], s[-8], s[-3:], s[:-3])
print(s[::-1], s[::-2], s[6:1:-2], s[-2:-6:-1])
print(s[2:100], s[100:], s[-100:2], s[5:2])
print(s[1::2], s[:0], s[::1])
# expect: h a fgh abcde
# expect: hgfedcba hfdb gec gfed
# expect: cdefgh  ab 
# expect: bdfh  abcdefgh
