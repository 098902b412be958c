# Slicing non-ASCII strings by code points.
s = "naïve café 東京 😀!"
print(s[0:5])
print(s[6:10])
print(s[11:13])
print(s[-2:])
print(s[::-1])
print(s[::3])
# expect: naïve
# expect: café
# expect: 東京
# expect: 😀!
# expect: !😀 京東 éfac evïan
# expect: nvcé京!
