# A list containing itself prints with [...].
xs = [1]
xs.append(xs)
print(xs)
d = {}
d["self"] = d
print(d)
# expect: [1, [...]]
# expect: {'self': {...}}
