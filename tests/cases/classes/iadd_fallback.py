# __iadd__ mutates in place; without it, += falls back to __add__ and rebinds.
class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

class Num:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        return Num(self.n + o)

a = Acc()
b = a
a += 1
a += 2
print(a is b, b.items)
n = Num(1)
m = n
n += 5
print(n is m, n.n, m.n)
# expect: True [1, 2]
# expect: False 6 1
