# __repr__ and __str__ are used by print, str(), repr(), f-strings and containers.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents / 100:.2f}"

m = Money(1234)
print(m)
print(repr(m), str(m))
print([m, Money(5)])
print(f"{m} {m!r}")
print({"total": m})
# expect: $12.34
# expect: Money(1234) $12.34
# expect: [Money(1234), Money(5)]
# expect: $12.34 Money(1234)
# expect: {'total': Money(1234)}
