# Dunders attached to a class after its statement, or a property made by calling property(): they may
# wait on the host like the ones a class body defines.
# host: fetch -> 3
class Bag:
    def __init__(self, n):
        self.n = n

def bag_iter(self):
    for i in range(self.n):
        yield i * fetch(i)

def bag_len(self):
    return fetch("len")

def bag_str(self):
    return "Bag of %d" % fetch("str")

Bag.__iter__ = bag_iter
Bag.__len__ = bag_len
Bag.__str__ = bag_str
Bag.size = property(lambda self: self.n * fetch("size"))

b = Bag(2)
print(list(b), len(b), str(b), b.size)
for x in b:
    print(x)
print(f"{b}", bool(b))
# expect: [0, 3] 3 Bag of 3 6
# expect: 0
# expect: 3
# expect: Bag of 3 True
