# Positional, default and keyword arguments in every combination.
def describe(name, kind="file", size=0):
    return name + ":" + kind + ":" + str(size)
print(describe("a"))
print(describe("b", "dir"))
print(describe("c", size=5))
print(describe(kind="link", name="d"))
print(describe("e", "pipe", 9))
print(describe(size=1, name="f", kind="x"))
# expect: a:file:0
# expect: b:dir:0
# expect: c:file:5
# expect: d:link:0
# expect: e:pipe:9
# expect: f:x:1
