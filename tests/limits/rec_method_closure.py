# A "method": a closure stored in a dict-as-object that calls itself through the object.
# limit: --max-depth 200
# expect limit: RecursionError
def make_counter():
    obj = {"n": 0}
    def tick(self):
        self["n"] += 1
        return self["tick"](self)
    obj["tick"] = tick
    return obj
c = make_counter()
c["tick"](c)
