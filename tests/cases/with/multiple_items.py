# `with a as x, b as y:` enters left to right and exits right to left, as nested with statements.
class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, t, v, tb):
        print("exit", self.name, t)
        return False

with CM("a") as a, CM("b") as b, CM("c"):
    print("body", a.name, b.name)
# expect: enter a
# expect: enter b
# expect: enter c
# expect: body a b
# expect: exit c None
# expect: exit b None
# expect: exit a None
