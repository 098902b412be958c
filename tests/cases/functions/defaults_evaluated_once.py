# Defaults are evaluated once, at def time; a mutable default is shared between calls.
base = 10
def add(x, y=base):
    return x + y
base = 1000
print(add(1))
def remember(item, seen=[]):
    seen.append(item)
    return seen
print(remember("a"))
print(remember("b"))
print(remember("c", []))
print(remember("d"))
def order():
    print("default evaluated")
    return 5
def g(v=order()):
    return v
print("defined")
print(g(), g())
# expect: 11
# expect: ['a']
# expect: ['a', 'b']
# expect: ['c']
# expect: ['a', 'b', 'd']
# expect: default evaluated
# expect: defined
# expect: 5 5
