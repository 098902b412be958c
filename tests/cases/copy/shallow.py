# copy.copy: a new outer container sharing its items; immutable values are themselves.
import copy

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
print(b == a, b is a, b[1] is a[1])
b[1].append(99)
print(a)
d = {"x": [1]}
e = copy.copy(d)
e["y"] = 2
print(d, e, e["x"] is d["x"])
s = {1, 2}
t = (1, [2])
print(copy.copy(s) == s, copy.copy(s) is s, copy.copy(t) is t, copy.copy("str") == "str", copy.copy(5), copy.copy(None))
# expect: True False True
# expect: [1, [2, 3, 99], {'k': [4]}]
# expect: {'x': [1]} {'x': [1], 'y': 2} True
# expect: True False True True 5 None
