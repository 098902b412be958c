# __len__, __bool__ and __contains__ answer len(), truth tests and `in`.
class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        return x in self.items

class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on

b = Bag(1, 2)
print(len(b), bool(b), bool(Bag()), 2 in b, 5 in b, 5 not in b)
print(bool(Flag(True)), not Flag(False), "yes" if Flag(True) else "no")
if not Bag():
    print("empty bag is falsy")
# expect: 2 True False True False True
# expect: True True yes
# expect: empty bag is falsy
