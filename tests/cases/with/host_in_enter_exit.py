# __enter__, the body and __exit__ each call a host tool: the run waits at each call and resumes exactly.
# host: acquire -> {"lease": "L1"}
# host: release -> true
class Lease:
    def __init__(self, name):
        self.name = name
        self.lease = None

    def __enter__(self):
        self.lease = acquire(self.name)["lease"]
        print("acquired", self.lease)
        return self

    def __exit__(self, exc_type, exc, tb):
        ok = release(self.lease)
        print("released", self.lease, ok, exc_type)
        return exc_type is KeyError

with Lease("a") as first, Lease("b") as second:
    print("both", first.name, second.name, acquire("inner")["lease"])
with Lease("c"):
    raise KeyError("suppressed after a host call")
print("end")
# expect: acquired L1
# expect: acquired L1
# expect: both a b L1
# expect: released L1 True None
# expect: released L1 True None
# expect: acquired L1
# expect: released L1 True <class 'KeyError'>
# expect: end
