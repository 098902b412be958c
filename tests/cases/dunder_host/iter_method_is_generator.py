# __iter__ written as a generator that calls the host, consumed by for, list(), sorted() and in.
# host: load -> {"value": 3}
class Dataset:
    def __init__(self, keys):
        self.keys = keys

    def __iter__(self):
        for k in self.keys:
            yield k + str(load(k)["value"])

ds = Dataset(["b", "a", "c"])
for item in ds:
    print(item)
print(list(ds), sorted(ds), "a3" in ds, max(ds), ",".join(ds))
a, b, c = ds
print(a, b, c)
# expect: b3
# expect: a3
# expect: c3
# expect: ['b3', 'a3', 'c3'] ['a3', 'b3', 'c3'] True c3 b3,a3,c3
# expect: b3 a3 c3
