# __radd__ accepting 0 lets sum() add instances.
class Money:
    def __init__(self, c):
        self.c = c

    def __add__(self, other):
        return Money(self.c + (other.c if isinstance(other, Money) else other))

    def __radd__(self, other):
        return self + other

    def __repr__(self):
        return f"Money({self.c})"

print(sum([Money(1), Money(2), Money(3)]), 5 + Money(1), Money(1) + 5)
# expect: Money(6) Money(6) Money(6)
