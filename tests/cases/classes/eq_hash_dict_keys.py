# __eq__ and __hash__ make instances usable as dict keys and set members.
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return hash((self.a, self.b))

d = {Key(1, 2): "x"}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d, len({Key(1, 2), Key(1, 2), Key(3, 4)}))
print(Key(1, 2) == Key(1, 2), Key(1, 2) != Key(1, 2), Key(1, 2) == 5, Key(1, 2) != "a")
# expect: x True False 2
# expect: True False False True
