# __lt__ runs inside sorting: a host call in it is refused at compile time.
# host: rank -> 1
class Task:
    def __init__(self, name):
        self.name = name

    def __lt__(self, other):
        return rank(self.name) < rank(other.name)

print(sorted([Task("b"), Task("a")]))
# expect error: 7:5: a host call inside __lt__ is not supported
