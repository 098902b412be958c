# Unpacking a dict unpacks its keys in insertion order.
k1, k2 = {"b": 1, "a": 2}
print(k1, k2)
(k, v), = {"only": 9}.items()
print(k, v)
# expect: b a
# expect: only 9
