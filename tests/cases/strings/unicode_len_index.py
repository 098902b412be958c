# len and indexing count code points, not bytes.
s = "café"
print(len(s), s[3], s[-1], s[0])
e = "hi 😀 there"
print(len(e), e[3], e[4])
c = "東京都"
print(len(c), c[1], c[-1])
mixed = "aé東😀"
print(len(mixed), mixed[0], mixed[1], mixed[2], mixed[3])
# expect: 4 é é c
# expect: 10 😀  
# expect: 3 京 都
# expect: 4 a é 東 😀
