# The consumer calls the host while a generator waits at a yield: the snapshot taken there holds the
# suspended generator, which resumes exactly where it was.
# host: score -> 3
def running_total(values):
    total = 0
    for v in values:
        total += v
        sent = yield total
        if sent:
            total += sent

g = running_total([1, 2, 3, 4])
out = [next(g)]
extra = score(out[0])
out.append(g.send(extra))
for t in g:
    out.append(t + score(t))
print(out)
# expect: [1, 6, 12, 16]
