# What an agent computes: mean, standard deviation, distances, rounding of square roots.
import math

data = [2.5, 3.7, 1.2, 9.8, 4.4, 6.1]
mean = sum(data) / len(data)
var = sum((x - mean) ** 2 for x in data) / (len(data) - 1)
std = math.sqrt(var)
print(f"mean={mean:.3f} std={std:.3f}")
print(round(math.sqrt(var), 2), round(std / math.sqrt(len(data)), 4))
points = [(0, 0), (3, 4), (6, 8), (1, 1)]
dists = [math.dist(points[0], p) for p in points]
print(dists)
print(max(points, key=lambda p: math.hypot(p[0], p[1])))
print(math.ceil(len(data) / 4), math.floor(mean), math.fsum(data), sum(data))
angles = [math.degrees(math.atan2(y, x)) for x, y in points[1:]]
print([round(a, 2) for a in angles])
geo = math.exp(math.fsum(math.log(x) for x in data) / len(data))
print(round(geo, 6), math.prod(range(1, 6)), math.isclose(0.1 + 0.2, 0.3))
pages = math.ceil(101 / 20)
print(pages, math.gcd(48, 180), math.lcm(4, 6, 10), math.comb(10, 3))
# expect: mean=4.617 std=3.037
# expect: 3.04 1.2397
# expect: [0.0, 5.0, 10.0, 1.4142135623730951]
# expect: (6, 8)
# expect: 2 4 27.7 27.700000000000003
# expect: [53.13, 53.13, 45.0]
# expect: 3.780552 120 True
# expect: 6 12 60 120
