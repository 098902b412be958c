# center, ljust, rjust with fill chars, and zfill with signs.
print("[" + "ab".center(7, "*") + "]", "[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5, ".") + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "[" + "x".center(4) + "]")
# expect: [***ab**] [ab   ] [...ab]
# expect: 00042 -0042 +007 abc [ x  ]
