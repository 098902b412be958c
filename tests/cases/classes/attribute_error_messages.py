# Missing attributes on instances and classes word their AttributeError as CPython.
class Box:
    size = 1

b = Box()
for get in (lambda: b.weight, lambda: Box.weight):
    try:
        get()
    except AttributeError as e:
        print(e)
try:
    del b.size
except AttributeError as e:
    print(e)
b.color = "red"
del b.color
print(hasattr(b, "color"), hasattr(b, "size"), getattr(b, "nope", "default"))
# expect: 'Box' object has no attribute 'weight'
# expect: type object 'Box' has no attribute 'weight'
# expect: 'Box' object has no attribute 'size'
# expect: False True default
