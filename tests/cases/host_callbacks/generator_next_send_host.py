# next(), send(), throw() and close() on a generator whose body calls the host.
# host: fetch -> {"ok": true}
def worker():
    results = []
    try:
        while True:
            job = yield len(results)
            resp = fetch(job)
            results.append((job, resp["ok"]))
    except ValueError as e:
        print("worker got", e, fetch("error")["ok"])
        yield results
    finally:
        print("worker cleanup", fetch("cleanup")["ok"])

w = worker()
print(next(w))
print(w.send("a"), w.send("b"))
print(w.throw(ValueError("stop")))
w.close()
print(next(w, "closed"))

def pages():
    for i in range(3):
        yield fetch(i)["ok"] and i

p = pages()
print(next(p), next(p), next(p), next(p, "end"))
try:
    next(p)
except StopIteration:
    print("stop")
# expect: 0
# expect: 1 2
# expect: worker got stop True
# expect: [('a', True), ('b', True)]
# expect: worker cleanup True
# expect: closed
# expect: 0 1 2 end
# expect: stop
