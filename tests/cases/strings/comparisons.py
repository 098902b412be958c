# String comparisons are lexicographic by code point.
print("apple" < "banana", "apple" < "Apple", "a" < "aa", "" < "a")
print("abc" == "abc", "abc" != "abd", "Z" < "a", "é" > "z")
print("10" < "9", "b" >= "b", "東" > "a")
# expect: True False True True
# expect: True True True True
# expect: True True True
