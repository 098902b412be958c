# a > b asks b.__lt__(a) when a has no __gt__; == falls back to identity.
class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __eq__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v == o.v

print(V(2) > V(1), V(1) > V(2), V(1) == V(1), V(1) != V(2), V(1) == 1, 1 == V(1))
print(sorted([V(3), V(1)], key=lambda x: x.v)[0].v, max(V(1), V(5)).v)
# expect: True False True True False False
# expect: 1 5
