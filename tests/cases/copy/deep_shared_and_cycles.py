# deepcopy keeps shared references shared and copies cycles as cycles (the memo).
import copy

shared = [1, 2]
a = [shared, shared, {"again": shared}]
b = copy.deepcopy(a)
print(b[0] is b[1], b[0] is b[2]["again"], b[0] is shared)
loop = [1]
loop.append(loop)
c = copy.deepcopy(loop)
print(c[1] is c, c is loop, c)
d = {}
d["self"] = d
e = copy.deepcopy(d)
print(e["self"] is e, e)
memo = {}
x = copy.deepcopy([shared], memo)
y = copy.deepcopy([shared], memo)
print(x[0] is y[0])
# expect: True True False
# expect: True False [1, [...]]
# expect: True {'self': {...}}
# expect: True
