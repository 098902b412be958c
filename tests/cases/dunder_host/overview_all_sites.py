# Dunders the runtime calls may wait on the host: iteration, str/repr/len/bool, item and property reads,
# f-strings and print; each waits at its host call and resumes exactly from a snapshot.
# host: fetch -> 7
class Pages:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __iter__(self):
        print("iter", fetch("iter"))
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * fetch("next")

class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Item(%s, %d)" % (self.name, fetch(self.name))

    def __str__(self):
        return "<" + self.name + str(fetch("s")) + ">"

    def __len__(self):
        return fetch("len")

    def __bool__(self):
        return fetch("b") > 3

    def __getitem__(self, k):
        return k * fetch("gi")

    @property
    def price(self):
        return fetch("price") + 0.5

for x in Pages(2):
    print("got", x)
print(list(Pages(3)))
it = Item("a")
print(it, repr(it), str(it), len(it), bool(it), it[3], it.price)
print(f"{it} {it!r} {it!s:>8} {it.price:.2f}")
if it:
    print("truthy")
print(not it, format(it))
print(it, it, sep="|", end="!\n")
# expect: iter 7
# expect: got 7
# expect: got 14
# expect: iter 7
# expect: [7, 14, 21]
# expect: <a7> Item(a, 7) <a7> 7 True 21 7.5
# expect: <a7> Item(a, 7)     <a7> 7.50
# expect: truthy
# expect: False <a7>
# expect: <a7>|<a7>!
