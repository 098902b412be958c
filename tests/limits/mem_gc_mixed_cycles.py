# Cycles through dicts, closures (function -> cell -> function), exceptions and bound methods, made in a
# loop: all freed by the cycle collector during the run, while the results kept in `kept` survive.
# limit: --max-memory 16M
# expect: 300000 [0, 99999, 199998, 299997]
def make(i):
    d = {"i": i}
    d["self"] = d
    def f():
        return f, d
    lst = [f]
    e = ValueError(lst)
    lst.append(e)
    m = [d].append
    box = [m]
    box.append(box)
    return f()[1]["i"]

total = 0
kept = []
for i in range(300000):
    v = make(i)
    total += 1
    if i % 99999 == 0:
        kept.append(v)
print(total, kept)
