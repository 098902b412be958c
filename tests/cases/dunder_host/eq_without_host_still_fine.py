# Dunders that do not call the host are unaffected in a program that waits on the host elsewhere:
# comparisons, hashing, sorting and operators run as before.
# host: load -> [3, 1, 2]
class V:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, V) and self.x == other.x

    def __hash__(self):
        return hash(self.x)

    def __lt__(self, other):
        return self.x < other.x

    def __add__(self, other):
        return V(self.x + other.x)

    def __repr__(self):
        return "V(%d)" % self.x

vs = [V(x) for x in load()]
print(sorted(vs), V(1) in vs, {V(2): "two"}[V(2)], vs[0] + vs[1], max(vs), V(1) == V(1))
# expect: [V(1), V(2), V(3)] True two V(4) V(3) True
