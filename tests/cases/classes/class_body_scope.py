# The class body runs once, top to bottom, in its own scope; methods do not see class-level names.
print("before")
x = "global"

class K:
    print("in body")
    x = "class"
    y = x + "!"
    items = [i * 2 for i in range(3)]

    def get_x(self):
        return x

    if y.endswith("!"):
        flag = True

print("after", K.x, K.y, K.items, K().get_x(), K.flag)
# expect: before
# expect: in body
# expect: after class class! [0, 2, 4] global True
