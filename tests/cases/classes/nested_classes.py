# A class nested in a class is an attribute of it, with a dotted __qualname__.
class Outer:
    class Inner:
        def hello(self):
            return "inner"

    def make(self):
        return self.Inner()

i = Outer().make()
print(i.hello(), type(i).__qualname__, type(i).__name__, isinstance(i, Outer.Inner))
print(Outer.Inner.hello.__qualname__)
# expect: inner Outer.Inner Inner True
# expect: Outer.Inner.hello
