# | merges dicts (right wins), |= updates in place.
base = {"host": "x", "port": 1}
over = {"port": 2, "debug": True}
print(base | over, over | base)
base |= over
print(base)
base |= [("k", "v")]
print(base)
# expect: {'host': 'x', 'port': 2, 'debug': True} {'port': 1, 'debug': True, 'host': 'x'}
# expect: {'host': 'x', 'port': 2, 'debug': True}
# expect: {'host': 'x', 'port': 2, 'debug': True, 'k': 'v'}
