# range.index and range.count; reversed(range).
r = range(0, 50, 5)
print(r.index(25), r.count(25), r.count(3), list(reversed(range(4))))
print(r.start, r.stop, r.step)
try:
    r.index(7)
except ValueError as e:
    print(e)
# expect: 5 1 0 [3, 2, 1, 0]
# expect: 0 50 5
# expect: 7 is not in range
