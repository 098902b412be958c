# Instances that reference each other (and themselves) are ordinary objects.
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
a.me = a
print(a.peer.peer.name, a.me.me.name, b.peer is a)
for i in range(1000):
    x, y = Node(i), Node(i)
    x.peer, y.peer = y, x
print("done")
# expect: a a True
# expect: done
