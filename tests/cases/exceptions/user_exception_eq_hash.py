# A user exception class with __eq__ and __hash__ (and one made unhashable by __eq__ alone).
class E(Exception):
    def __eq__(self, o):
        return isinstance(o, E) and self.args == o.args
    def __hash__(self):
        return hash(self.args)
print(E(1) == E(1), len({E(1), E(1), E(2)}), hash(E(3)) == hash((3,)))
class F(Exception):
    def __eq__(self, o):
        return True
try:
    hash(F())
except TypeError as e:
    print(e)
# expect: True 2 True
# expect: unhashable type: 'F'
