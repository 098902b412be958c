# print(*objs) with waiting __str__, and zip/enumerate over objects whose __iter__ is a generator that waits.
# host: label -> "L"
class Tagged:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        return label() + str(self.n)

class Letters:
    def __init__(self, word):
        self.word = word

    def __iter__(self):
        for ch in self.word:
            yield ch + label()

objs = [Tagged(1), Tagged(2)]
print(*objs)
print(*objs, sep=", ")
print(list(zip(Letters("ab"), Letters("xyz"))), list(enumerate(Letters("q"))))
print(dict(zip(Letters("ab"), range(2))))
# expect: L1 L2
# expect: L1, L2
# expect: [('aL', 'xL'), ('bL', 'yL')] [(0, 'qL')]
# expect: {'aL': 0, 'bL': 1}
