# Functions stored in variables, lists and dicts, passed as arguments and returned.
def double(x):
    return x * 2
def square(x):
    return x * x
def apply_all(fns, v):
    out = []
    for fn in fns:
        out.append(fn(v))
    return out
op = double
print(op(21))
print(apply_all([double, square, op], 5))
table = {"d": double, "s": square}
print(table["s"](9))
def pick(name):
    return table[name]
print(pick("d")(4))
def compose(f, g, x):
    return f(g(x))
print(compose(square, double, 3))
print(max([3, -7, 5], key=square))
# expect: 42
# expect: [10, 25, 10]
# expect: 81
# expect: 8
# expect: 36
# expect: -7
