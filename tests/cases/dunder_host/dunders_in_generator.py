# Waiting dunders called inside a generator that a for loop consumes.
# host: fetch -> 10
class Box:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return "Box%d" % (self.v + fetch())

    def __len__(self):
        return fetch() // 5

def describe(boxes):
    for b in boxes:
        yield f"{b}:{len(b)}"

for line in describe([Box(1), Box(2)]):
    print(line)
# expect: Box11:2
# expect: Box12:2
