# print writes each argument as it goes: a waiting __str__ that prints itself appears between pieces,
# and sep/end are honoured.
# host: tag -> "t"
class Noisy:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        print("(str of %s)" % self.name, end="")
        return self.name + tag()

print(Noisy("a"), 1, Noisy("b"))
print(Noisy("c"), Noisy("d"), sep=" | ", end=" <end>\n")
print(Noisy("e"), sep=None, end=None)
print()
# expect: (str of a)at 1 (str of b)bt
# expect: (str of c)ct | (str of d)dt <end>
# expect: (str of e)et
# expect:
