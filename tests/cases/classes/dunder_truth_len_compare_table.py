# truth, len() and ordering of user objects and user exceptions go through their types' hooks: __bool__ before
# __len__, errors raised inside them, reflected comparisons with builtins on either side.
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __lt__(self, other):
        return len(self) < (len(other) if isinstance(other, Bag) else other)
    def __gt__(self, other):
        return len(self) > (len(other) if isinstance(other, Bag) else other)

class Flag:
    def __bool__(self):
        return False
    def __len__(self):
        return 7

class Broken:
    def __len__(self):
        return -1

class BadBool:
    def __bool__(self):
        return 1

class Problem(Exception):
    def __init__(self, n):
        super().__init__(f"problem {n}")
        self.n = n
    def __len__(self):
        return self.n
    def __lt__(self, other):
        return self.n < other.n

print(bool(Bag([])), bool(Bag([1])), len(Bag("abc")))
print(bool(Flag()), len(Flag()), "yes" if Flag() else "no")
print(Bag([1, 2]) < 3, 3 < Bag([1, 2]), 1 > Bag([]), [len(b) for b in sorted([Bag("ab"), Bag(""), Bag("a")])])
print(len(Problem(4)), bool(Problem(0)), sorted([Problem(3), Problem(1)], key=lambda p: p.n)[0].n)
print(Problem(2) < Problem(5), min(Problem(9), Problem(4)).n)
for make in (Broken, BadBool, lambda: ValueError("x"), object):
    try:
        x = make()
        print(len(x) if not isinstance(x, BadBool) else bool(x))
    except Exception as e:
        print(type(e).__name__, e)
try:
    Problem(1) < 3
except AttributeError as e:
    print("AttributeError", e)
try:
    Problem(1) > Problem(2)
except TypeError as e:
    print("TypeError", e)
# expect: False True 3
# expect: False 7 no
# expect: True False True [0, 1, 2]
# expect: 4 False 1
# expect: True 4
# expect: ValueError __len__() should return >= 0
# expect: TypeError __bool__ should return bool, returned int
# expect: TypeError object of type 'ValueError' has no len()
# expect: TypeError object of type 'object' has no len()
# expect: AttributeError 'int' object has no attribute 'n'
