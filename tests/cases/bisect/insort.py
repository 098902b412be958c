# insort keeps a list sorted; left and right differ on equal items.
import bisect

a = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(a, x)
print(a)
b = [(1, "a"), (2, "b")]
bisect.insort_left(b, (1, "a"))
bisect.insort_right(b, (2, "b"))
print(b)
c = [1.0, 2.0]
bisect.insort_left(c, 2)
bisect.insort_right(c, 1)
print(c)
# expect: [1, 1, 3, 4, 5]
# expect: [(1, 'a'), (1, 'a'), (2, 'b'), (2, 'b')]
# expect: [1.0, 1, 2, 2.0]
