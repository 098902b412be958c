# Arguments are passed by reference: mutating a list argument is visible to the caller; rebinding is not.
def add_item(xs, v):
    xs.append(v)
def rebind(xs):
    xs = [0]
    return xs
data = [1]
add_item(data, 2)
print(data, rebind(data), data)
# expect: [1, 2] [0] [1, 2]
