# Nested zip/filter/enumerate chains, 300,000 deep, under a depth limit the C stack cannot reach: the C
# stack guard raises a catchable RecursionError; then the chain is dropped (iteratively) and the program
# finishes.
# limit: --max-depth 1000000
# expect: zip RecursionError
# expect: filter RecursionError
# expect: enumerate RecursionError
# expect: dropped
for name in ["zip", "filter", "enumerate"]:
    it = iter([1])
    for _ in range(300000):
        if name == "zip":
            it = zip(it)
        elif name == "filter":
            it = filter(None, it)
        else:
            it = enumerate(it)
    try:
        print(len(list(it)))
    except RecursionError:
        print(name, "RecursionError")
it = None
print("dropped")
