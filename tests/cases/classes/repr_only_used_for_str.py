# Without __str__, str() and print use __repr__.
class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Tag(" + repr(self.name) + ")"

print(Tag("a"), str(Tag("b")), f"{Tag('c')}")
# expect: Tag('a') Tag('b') Tag('c')
