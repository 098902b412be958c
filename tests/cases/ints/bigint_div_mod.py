# Floor division and modulo between big ints and small ints, all signs.
big = 10 ** 30 + 7
print(big // 10 ** 15, big % 10 ** 15)
print(-big // 10 ** 15, -big % 10 ** 15)
print(big // -1000, big % -1000)
print(big // big, big % big, (big * 3) // big)
print(big / 10 ** 30)
# expect: 1000000000000000 7
# expect: -1000000000000001 999999999999993
# expect: -1000000000000000000000000001 -993
# expect: 1 0 3
# expect: 1.0
