# chr and ord round-trip, with unicode code points, and their errors.
print(ord("A"), chr(97), ord("€"), chr(8364), chr(0x1F600) == "😀", ord("😀"))
try:
    ord("ab")
except TypeError as e:
    print(e)
chr(-1)
# expect: 65 a 8364 € True 128512
# expect: ord() expected a character, but string of length 2 found
# expect runtime error: ValueError: chr() arg not in range(0x110000)
