# Assigning or deleting a property without a setter or deleter.
class R:
    @property
    def v(self):
        return 1

r = R()
for op in ("set", "del"):
    try:
        if op == "set":
            r.v = 2
        else:
            del r.v
    except AttributeError as e:
        print(e)
print(r.v)
# expect: property 'v' of 'R' object has no setter
# expect: property 'v' of 'R' object has no deleter
# expect: 1
