# Waiting __bool__ in every truth test generated code makes: if/elif, while, not, conditional expressions,
# and/or, assert and comprehension conditions.
# host: check -> true
class Gate:
    def __init__(self, name):
        self.name = name

    def __bool__(self):
        ok = check(self.name)
        print("asked", self.name)
        return ok

g = Gate("g")
if not g:
    print("closed")
elif g:
    print("open")
print("x" if g else "y")
print(g and "and-result", (Gate("h") or "unused").name)
assert g, "never"
print([n for n in range(2) if Gate(str(n))])
# expect: asked g
# expect: asked g
# expect: open
# expect: asked g
# expect: x
# expect: asked g
# expect: asked h
# expect: and-result h
# expect: asked g
# expect: asked 0
# expect: asked 1
# expect: [0, 1]
