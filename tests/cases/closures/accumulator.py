# An accumulator closure over a list: the cell holds a mutable object.
def make_acc():
    items = []
    def add(x):
        items.append(x)
        return sum(items)
    return add
acc = make_acc()
for v in [3, 4, 5]:
    print(acc(v))
# expect: 3
# expect: 7
# expect: 12
