# sorted's key advances the generator sorted is consuming.
g = (x for x in [3, 1, 2])
print(sorted(g, key=lambda x: next(g, 0)))
# expect: [3, 1, 2]
