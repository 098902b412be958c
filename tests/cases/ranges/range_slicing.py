# Slicing a range gives a range.
r = range(10)
print(r[2:8:2], r[::-1], r[-3:], list(r[::3]))
# expect: range(2, 8, 2) range(9, -1, -1) range(7, 10) [0, 3, 6, 9]
