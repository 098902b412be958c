# A bound method knows its function and its instance.
class Greeter:
    def hello(self):
        return "hi"

g = Greeter()
m = g.hello
print(repr(m).startswith("<bound method Greeter.hello of <__main__.Greeter object at 0x"), m(), m.__name__)
print(m == g.hello, m.__qualname__, repr(Greeter.hello).startswith("<function Greeter.hello at 0x"))
# expect: True hi hello
# expect: True Greeter.hello True
