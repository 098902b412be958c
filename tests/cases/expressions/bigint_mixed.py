# Big ints mixed with small ints, floats and comparisons.
big = 2 ** 100
print(big + 1, big * -3, big // 7, big % 1000)
print(big > 1e30, big < 1e31, big == float(big), big / 2 ** 99)
print(-big // 3, -big % 3)
# expect: 1267650600228229401496703205377 -3802951800684688204490109616128 181092942889747057356671886482 376
# expect: True True True 2.0
# expect: -422550200076076467165567735126 2
