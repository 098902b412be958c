# Two closures from the same call share one cell.
def make():
    n = 0
    def get():
        return n
    def put(v):
        nonlocal n
        n = v
    return get, put
get, put = make()
print(get())
put(42)
print(get())
# expect: 0
# expect: 42
