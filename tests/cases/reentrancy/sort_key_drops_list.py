# A sort key that drops every other reference to the list being sorted and to itself, and one that
# changes the list: the sort keeps what it uses alive, and reports the change as CPython does.
# expect: [3, 2, 1] None None
# expect: ValueError: list modified during sort
# expect: [1, 2, 3]
# expect: [4, 5, 6] None
# expect: 1 9
def drop(v):
    global data, key
    data = None
    key = None
    return -v

data = [3, 1, 2]
key = drop
keep = data
keep.sort(key=key)
print(keep, data, key)

items = [3, 1, 2]
def grow(v):
    items.append(v)
    return v

try:
    items.sort(key=grow)
except ValueError as e:
    print("ValueError:", e)
print(items)

def drop_sorted(v):
    global src
    src = None
    return v

src = [5, 4, 6]
print(sorted(src, key=drop_sorted), src)
print(max([1, 3, 2], key=lambda v: -v), min(iter([4, 2, 9]), key=lambda v: v % 3))
