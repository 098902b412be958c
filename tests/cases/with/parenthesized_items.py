# The parenthesised form (Python 3.10+) with several items and a trailing comma.
class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, t, v, tb):
        print("exit", self.name)

with (
    CM("first") as x,
    CM("second") as y,
):
    print(x, y)
with (CM("only")):
    print("one item in parentheses")
with (CM("p") as p, CM("q")):
    print(p)
# expect: enter first
# expect: enter second
# expect: first second
# expect: exit second
# expect: exit first
# expect: enter only
# expect: one item in parentheses
# expect: exit only
# expect: enter p
# expect: enter q
# expect: p
# expect: exit q
# expect: exit p
