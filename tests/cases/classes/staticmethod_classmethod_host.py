# Host calls inside a staticmethod, a classmethod factory and a bound method stored in a variable.
# host: lookup -> 5
class Repo:
    def __init__(self, n):
        self.n = n

    @classmethod
    def load(cls, key):
        return cls(lookup(key))

    @staticmethod
    def count(key):
        return lookup(key) * 2

    def bump(self):
        self.n += lookup("x")
        return self.n

r = Repo.load("k")
f = r.bump
print(r.n, Repo.count("q"), f(), f())
# expect: 5 10 10 15
