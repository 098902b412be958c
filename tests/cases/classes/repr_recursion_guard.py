# A container holding an instance whose __repr__ prints the container.
class Holder:
    def __init__(self):
        self.items = [self]

    def __repr__(self):
        return f"Holder(n={len(self.items)})"

h = Holder()
print(h.items, [h, [h]])
# expect: [Holder(n=1)] [Holder(n=1), [Holder(n=1)]]
