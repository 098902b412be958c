# A nested function can call itself recursively through its enclosing scope.
def flatten(data):
    out = []
    def walk(x):
        if isinstance(x, list):
            for y in x:
                walk(y)
        else:
            out.append(x)
    walk(data)
    return out
print(flatten([1, [2, [3, [4]], 5], [[6]]]))
# expect: [1, 2, 3, 4, 5, 6]
