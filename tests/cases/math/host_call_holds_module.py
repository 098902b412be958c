# A run waiting on a host call holds the module and a module function in variables (and in a list): the
# runner replays it through a snapshot at every host call, so both survive dump and load.
import math
from math import sqrt as root

m = math
keep = [math.floor, root, m]


def scaled(x):
    v = fetch_value(x)
    return round(m.sqrt(v) * x, 3)


total = 0.0
for i in range(1, 4):
    total += scaled(i)
print(total, keep[0](2.5), keep[1](9), keep[2].pi, root == math.sqrt)
print(math.fsum(fetch_value(i) for i in range(3)), math.prod(fetch_value(i) for i in range(2)))
# host: fetch_value -> 16
# expect: 24.0 2 3.0 3.141592653589793 True
# expect: 48.0 256
