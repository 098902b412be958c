# Host calls inside a delegate reached through yield from, and in the delegating generator itself.
# host: lookup -> "v"
def inner(keys):
    for k in keys:
        yield k + "=" + lookup(k)
    return len(keys)

def outer():
    n = yield from inner(["a", "b"])
    yield "count=" + str(n) + lookup("total")

for line in outer():
    print(line)
# expect: a=v
# expect: b=v
# expect: count=2v
