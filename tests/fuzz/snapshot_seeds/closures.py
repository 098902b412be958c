# A call three frames deep inside closures with cells, defaults and keyword-only defaults.
def make(n, *, scale=2):
    total = [0]

    def add(x, y=10):
        total[0] += x * scale + y + n
        return deep(total[0])

    return add


def deep(v):
    def inner(w=v):
        return ask(w, depth=3)
    return inner()


adder = make(5)
sq = lambda q, k=3: q ** k
print(adder(1), sq(2), adder(2))
