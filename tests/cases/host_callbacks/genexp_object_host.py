# A generator expression kept in a variable, calling the host, consumed later (not inline).
# host: lookup -> "x"
keys = ["k1", "k2", "k3"]
values = (lookup(k) + k for k in keys)
pairs = zip(keys, values)
print(next(pairs))
print(dict(pairs))
lazy = (lookup(k) for k in keys)
print(list(enumerate(lazy)))
again = (k + lookup(k) for k in keys)
print(sorted(again, key=lambda s: -ord(s[1])))
# expect: ('k1', 'xk1')
# expect: {'k2': 'xk2', 'k3': 'xk3'}
# expect: [(0, 'x'), (1, 'x'), (2, 'x')]
# expect: ['k3x', 'k2x', 'k1x']
