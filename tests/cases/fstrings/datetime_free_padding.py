# Zero-padded time-like output from ints.
h, m, s = 3, 7, 9
print(f"{h:02d}:{m:02d}:{s:02d}", f"{h:>2}h")
# expect: 03:07:09  3h
