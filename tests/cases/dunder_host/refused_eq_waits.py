# __eq__ runs inside comparisons and container lookups: a host call in it, even through a helper the
# method calls directly, is refused at compile time.
# host: same_entity -> true
def check(a, b):
    return same_entity(a, b)

class Entity:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return check(self.name, other.name)

print(Entity("a") == Entity("b"))
# expect error: 11:5: a host call inside __eq__ is not supported
