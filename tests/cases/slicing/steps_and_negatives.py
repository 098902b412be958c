# Slices with steps and negative bounds on lists and strings.
xs = list(range(10))
print(xs[::2], xs[1::3], xs[::-1], xs[-3:], xs[:-7], xs[8:2:-2])
s = "abcdefgh"
print(s[::-2], s[-1:-4:-1], s[5:1], s[100:], s[-100:2])
# expect: [0, 2, 4, 6, 8] [1, 4, 7] [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] [7, 8, 9] [0, 1, 2] [8, 6, 4]
# expect: hfdb hgf   ab
