# A with statement inside a generator: __exit__ runs when the generator finishes or is closed.
class Scope:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)

def gen(name):
    with Scope(name):
        yield 1
        yield 2

print(list(gen("full")))
g = gen("closed")
print(next(g))
g.close()
print("closed")
# expect: enter full
# expect: exit full None
# expect: [1, 2]
# expect: enter closed
# expect: 1
# expect: exit closed GeneratorExit
# expect: closed
