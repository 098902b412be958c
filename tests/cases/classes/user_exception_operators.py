# An exception class of the program answers operators (reflected too) and next() by its dunders; builtin
# exceptions keep CPython's TypeErrors.
class Money(Exception):
    def __init__(self, v):
        super().__init__(v)
        self.v = v
    def __add__(self, o):
        return Money(self.v + (o.v if isinstance(o, Money) else o))
    def __radd__(self, o):
        return Money(o + self.v)
    def __neg__(self):
        return Money(-self.v)
    def __iter__(self):
        return self
    def __next__(self):
        if self.v <= 0:
            raise StopIteration
        self.v -= 1
        return self.v
m = Money(3) + Money(4)
print(m.v, (10 + Money(1)).v, (-Money(2)).v, (Money(1) + 5).v)
print(next(Money(2)), next(Money(3)))
try:
    ValueError("x") + 1
except TypeError as e:
    print(e)
try:
    next(ValueError("x"))
except TypeError as e:
    print(e)
try:
    -KeyError(1)
except TypeError as e:
    print(e)
# expect: 7 11 -2 6
# expect: 1 2
# expect: unsupported operand type(s) for +: 'ValueError' and 'int'
# expect: 'ValueError' object is not an iterator
# expect: bad operand type for unary -: 'KeyError'
