# Stacked decorators apply bottom-up and run outside-in.
def tag(t):
    def deco(fn):
        def wrapper():
            return "<" + t + ">" + fn() + "</" + t + ">"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "x"
print(text())
# expect: <b><i>x</i></b>
