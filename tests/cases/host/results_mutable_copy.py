# Each call returns a fresh value: mutating one result does not change the next one.
# host: get_items -> [1, 2]
a = get_items()
a.append(3)
b = get_items()
print(a, b)
# expect: [1, 2, 3] [1, 2]
