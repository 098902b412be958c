# A memory store with __contains__, __len__, __getitem__ and a summary computed from host answers.
# host: embed -> [0.5, 0.25]
class Memory:
    def __init__(self):
        self._items = {}

    def add(self, key, text):
        self._items[key] = {"text": text, "vec": embed(text)}

    def __contains__(self, key):
        return key in self._items

    def __len__(self):
        return len(self._items)

    def __getitem__(self, key):
        return self._items[key]["text"]

    def score(self, key):
        v = self._items[key]["vec"]
        return sum(x * x for x in v)

m = Memory()
for k, t in [("a", "alpha"), ("b", "beta")]:
    m.add(k, t)
print(len(m), "a" in m, "z" in m, m["b"], m.score("a"))
try:
    m["z"]
except KeyError as e:
    print("missing", e)
# expect: 2 True False beta 0.3125
# expect: missing 'z'
