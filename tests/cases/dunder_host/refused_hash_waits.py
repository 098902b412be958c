# __hash__ runs inside dict and set lookups, where the run cannot wait: a host call in it is refused at
# compile time, at the def.
# host: digest -> 1
class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return digest(self.k)

d = {Key(1): "one"}
print(len(d))
# expect error: 8:5: a host call inside __hash__ is not supported
