# Many garbage cycles (lists, dicts, closures, generators, exceptions) made in loops, so the cycle
# collector runs many times; the live cyclic structures, a suspended generator, a closure's cell and the
# frames waiting on host calls keep their values across collections (and across snapshots in replay mode).
# host: ask -> 5
def garbage(n):
    for i in range(n):
        a = [i]
        b = {"a": a}
        a.append(b)
        def f():
            return f
        err = KeyError([a])
        err.args[0].append(err)
        g = (x for x in a)
        a.append(g)
    return n

def counter():
    count = [0]
    def bump():
        count[0] += 1
        return count[0]
    return bump

ring = [1, 2]
ring.append(ring)
d = {"name": "root"}
d["self"] = d
bump = counter()
gen = (i for i in range(1000000))
kept = []
for r in range(4):
    garbage(20000)
    kept.append((next(gen), bump(), ask(r)))
    pair = [r]
    pair.append([pair])
    kept.append(pair)
print(ring, d)
print([k if isinstance(k, tuple) else (k[0], k[1][0] is k) for k in kept])
print(next(gen), bump())
# expect: [1, 2, [...]] {'name': 'root', 'self': {...}}
# expect: [(0, 1, 5), (0, True), (1, 2, 5), (1, True), (2, 3, 5), (2, True), (3, 4, 5), (3, True)]
# expect: 4 5
