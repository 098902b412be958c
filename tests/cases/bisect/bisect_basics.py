# bisect_left / bisect_right / bisect on duplicates, with lo and hi.
import bisect

a = [1, 2, 2, 2, 5, 8]
for x in (0, 2, 3, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect(a, 5, hi=4), bisect.bisect(a, 2, lo=5))
print(bisect.bisect_left((1, 3, 5), 4), bisect.bisect_right("aceg", "d"))
# expect: 0 0 0 0
# expect: 2 1 4 4
# expect: 3 4 4 4
# expect: 8 5 6 6
# expect: 9 6 6 6
# expect: 2 3 4 5
# expect: 2 2
