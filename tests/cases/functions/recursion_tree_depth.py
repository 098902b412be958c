# Recursion over a nested dict tree.
tree = {"v": 1, "kids": [{"v": 2, "kids": []}, {"v": 3, "kids": [{"v": 4, "kids": []}]}]}
def depth(t):
    return 1 + max([depth(k) for k in t["kids"]], default=0)
def total(t):
    return t["v"] + sum(total(k) for k in t["kids"])
print(depth(tree), total(tree))
# expect: 3 10
