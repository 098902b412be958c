# A class with only __repr__ (which waits): str() and print fall back to it, as object.__str__ does.
# host: describe -> "widget"
class Part:
    def __repr__(self):
        return "<" + describe() + ">"

p = Part()
print(p, str(p), f"{p}", format(p), f"{p!r:*^12}")
# expect: <widget> <widget> <widget> <widget> **<widget>**
