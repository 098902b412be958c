# Half a million pairs of instances that point at each other (and one at itself) in a small heap: each
# pair is garbage only the cycle collector can free, through the instances' attribute dicts.
# (the time limit is generous: the point is memory, and a loaded machine or a sanitizer build is slower)
# limit: --max-memory 16M --max-time 15
# expect: done 500000
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

n = 0
for i in range(500000):
    a = Node(i)
    b = Node(i)
    a.other = b
    b.other = a
    a.me = a
    n += 1
print("done", n)
